package loss

import (
	"math"

	"github.com/tocha-go/tocha/activation"
)

// BCEWithLogits is the binary cross-entropy of σ(z) against targets y, taking
// the logits z (the outputs of a linear last layer) instead of probabilities:
//
//	L = (1 / (B·n)) · Σ_b Σ_k −[ y·log σ(z) + (1 − y)·log(1 − σ(z)) ]
//
// It is computed as PyTorch's nn.BCEWithLogitsLoss does, in a form that never
// takes the log of a rounded 0:
//
//	ℓ = (1 − y)·z + m + log(e^(−m) + e^(−z−m)),   m = max(−z, 0)
//
// so a logit of 50 on the wrong side costs exactly 50, not 100 or +Inf. It
// panics if the batch is empty or the shapes differ.
func BCEWithLogits(logits, targets [][]float64) float64 {
	checkBatch("BCEWithLogits", logits, targets)
	sum := 0.0
	for b := range logits {
		for k := range logits[b] {
			z, y := logits[b][k], targets[b][k]
			m := math.Max(-z, 0)
			sum += (1-y)*z + m + math.Log(math.Exp(-m)+math.Exp(-z-m))
		}
	}
	return sum / float64(count(logits))
}

// BCEWithLogitsGradient returns ∂L/∂z for [BCEWithLogits]:
//
//	∂L/∂z = (σ(z) − y) / (B·n)
//
// prediction minus target: the sigmoid's derivative has cancelled against
// the log, so a confidently wrong output gets a gradient near ±1/(B·n), never
// a vanishing one. It writes into dst (nil: a new batch) and returns it. It
// panics if the batch is empty or the shapes differ.
func BCEWithLogitsGradient(dst, logits, targets [][]float64) [][]float64 {
	checkBatch("BCEWithLogitsGradient", logits, targets)
	dst = gradientBuffer("BCEWithLogitsGradient", dst, logits)
	scale := 1 / float64(count(logits))
	for b := range logits {
		for k := range logits[b] {
			p := activation.Sigmoid(logits[b][k])
			dst[b][k] = (p - targets[b][k]) * scale
		}
	}
	return dst
}
