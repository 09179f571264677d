package activation

import "math"

// Sigmoid squashes any real number into (0, 1), so its output reads as a
// probability:
//
//	σ(z) = 1 / (1 + e^(−z))
//
// It is computed exactly as written, as PyTorch does. For z above about
// 36.74, e^(−z) is below half the spacing of float64 numbers next to 1, so
// the result rounds to exactly 1. Far enough below 0, e^(−z) overflows to
// +Inf and the result is exactly 0: from about z = −709.4 with Go's math.Exp
// on amd64 (the true e^(−z) overflows only below −709.78, and its small
// results before that are subnormal numbers). Neither case gives NaN.
func Sigmoid(z float64) float64 {
	return 1 / (1 + math.Exp(-z))
}

// SigmoidDerivative returns σ′ computed from the output a = σ(z), not from z:
//
//	σ′(z) = σ(z)·(1 − σ(z)) = (1 − a)·a
//
// Its largest value is 0.25, at z = 0, and it tends to 0 as |z| grows: a
// saturated sigmoid passes almost no gradient back. Stacked over many layers
// these factors of at most 0.25 multiply into the vanishing gradient.
func SigmoidDerivative(a float64) float64 {
	return (1 - a) * a
}
