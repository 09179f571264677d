package mlp

import (
	"math"

	"github.com/tocha-go/tocha/loss"
)

// gradientCheckStep is the h of the central difference. The difference has
// two errors: the formula's own, about h²·L‴/6 (≈ 1e-11), and the rounding
// of the two losses, about 1e-16 divided by 2h (≈ 1e-11), which grows as h
// shrinks. h = 1e-5 balances the two, far below the size of a real
// backpropagation bug.
const gradientCheckStep = 1e-5

// gradientCheckFloor is the smallest denominator of the relative error:
// gradients smaller than it are compared by their absolute difference
// divided by it, because for a gradient near 0 the finite difference's
// rounding noise (≈ 1e-11) would otherwise look like a large relative error.
const gradientCheckFloor = 1e-4

// GradientCheck tests backpropagation against the definition of a
// derivative. For every weight and bias w of the network it nudges w by ±h
// and measures the loss of the batch both times, which gives the slope
//
//	numeric = (L(w + h) − L(w − h)) / 2h
//
// and compares it with the gradient that Backward computed for the same
// batch. It returns the largest relative error over all parameters,
//
//	|backprop − numeric| / max(|backprop|, |numeric|, 1e-4)
//
// Below about 1e-6 the two agree (they differ only by rounding); above about
// 1e-3 the backward pass has a bug (a wrong derivative, a missing term, a
// transposed weight). A ReLU whose z lies within h of its kink can give a
// large error without a bug, because the numeric slope straddles the kink.
//
// GradientCheck leaves the weights and biases exactly as they were, and
// WeightGrads and BiasGrads holding the batch's gradient. It panics if there
// are no samples, or if the shapes do not fit the network or the loss.
func GradientCheck(net *Network, lossFunction loss.Loss, inputs, targets [][]float64) float64 {
	if len(inputs) == 0 {
		panic("mlp: GradientCheck got no samples; give it a few, such as the four rows of XOR")
	}
	// Backpropagation's answer.
	net.ZeroGrad()
	outputs := net.ForwardBatch(inputs)
	dOutputs := lossFunction.Backward(nil, outputs, targets)
	net.BackwardBatch(dOutputs)

	// The numeric answer, one parameter at a time.
	largest := 0.0
	for l := range net.Layers {
		layer := &net.Layers[l]
		for j := range layer.Weights {
			for i := range layer.Weights[j] {
				numeric := centralDifference(net, lossFunction, inputs, targets, &layer.Weights[j][i])
				largest = math.Max(largest, relativeError(layer.WeightGrads[j][i], numeric))
			}
			numeric := centralDifference(net, lossFunction, inputs, targets, &layer.Biases[j])
			largest = math.Max(largest, relativeError(layer.BiasGrads[j], numeric))
		}
	}
	return largest
}

// centralDifference returns the numeric derivative of the batch loss with
// respect to the parameter w points to, and restores w.
func centralDifference(net *Network, lossFunction loss.Loss, inputs, targets [][]float64, w *float64) float64 {
	saved := *w
	plus := saved + gradientCheckStep
	minus := saved - gradientCheckStep

	*w = plus
	lossPlus := lossFunction.Forward(net.ForwardBatch(inputs), targets)
	*w = minus
	lossMinus := lossFunction.Forward(net.ForwardBatch(inputs), targets)
	*w = saved

	// plus − minus is the step actually taken, which rounding makes
	// slightly different from 2h.
	return (lossPlus - lossMinus) / (plus - minus)
}

// relativeError returns |a − b| relative to the larger of |a|, |b| and
// gradientCheckFloor.
func relativeError(a, b float64) float64 {
	scale := math.Max(math.Max(math.Abs(a), math.Abs(b)), gradientCheckFloor)
	return math.Abs(a-b) / scale
}
