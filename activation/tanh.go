package activation

import "math"

// Tanh is the hyperbolic tangent, an S-shaped curve like the sigmoid but
// centred on 0, with outputs in (−1, 1):
//
//	tanh(z) = (e^z − e^(−z)) / (e^z + e^(−z)) = 2·σ(2z) − 1
//
// It uses math.Tanh, which returns exactly ±1 for large |z| and never NaN.
func Tanh(z float64) float64 {
	return math.Tanh(z)
}

// TanhDerivative returns tanh′ computed from the output a = tanh(z), not
// from z:
//
//	tanh′(z) = 1 − tanh(z)² = 1 − a²
//
// It is computed as math.FMA(−a, a, 1), one rounding instead of two, as
// PyTorch does; near |a| = 1 the plain 1 − a·a differs by a few ulps.
func TanhDerivative(a float64) float64 {
	return math.FMA(-a, a, 1)
}
