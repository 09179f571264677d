package activation

import "math"

// DefaultLeakySlope is the negative slope of [LeakyReLU] when none is given,
// the same as PyTorch's nn.LeakyReLU.
const DefaultLeakySlope = 0.01

// ReLU, the rectified linear unit, keeps positive inputs and zeroes the rest:
//
//	relu(z) = max(0, z)
//
// A NaN input gives NaN, as in PyTorch, so that a broken value upstream is
// not silently turned into a plausible 0.
//
// It is the most used hidden activation because its derivative is exactly 1
// for every positive z: the activation itself does not shrink a gradient on
// its way back, unlike the sigmoid's factor of at most 0.25, and it costs one
// comparison. The weights still scale the gradient at every layer, so it
// keeps its size through many layers only when they are initialised for
// ReLU (He initialisation); with other initialisations it shrinks too, as
// examples/activations shows.
func ReLU(z float64) float64 {
	if z > 0 || math.IsNaN(z) {
		return z
	}
	return 0
}

// ReLUDerivative returns relu′ computed from the input z:
//
//	relu′(z) = 1  if z > 0
//	relu′(z) = 0  if z ≤ 0
//
// At the kink z = 0 it returns 0, as PyTorch does. A unit whose z is negative
// for every sample gets no gradient at all and never recovers: a "dead ReLU".
func ReLUDerivative(z float64) float64 {
	if z > 0 {
		return 1
	}
	return 0
}

// LeakyReLU is ReLU with a small slope for negative inputs, so that a unit
// is never completely dead:
//
//	leaky(z) = z          if z > 0
//	leaky(z) = slope·z    if z ≤ 0
//
// PyTorch's default slope is [DefaultLeakySlope] (0.01).
func LeakyReLU(z, slope float64) float64 {
	if z > 0 {
		return z
	}
	return slope * z
}

// LeakyReLUDerivative returns leaky′ computed from the input z:
//
//	leaky′(z) = 1      if z > 0
//	leaky′(z) = slope  if z ≤ 0
//
// At z = 0 it returns slope, as PyTorch does.
func LeakyReLUDerivative(z, slope float64) float64 {
	if z > 0 {
		return 1
	}
	return slope
}
