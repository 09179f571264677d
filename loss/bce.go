package loss

import "math"

// logClamp is the floor PyTorch's BCELoss puts under each logarithm, so that
// a prediction of exactly 0 or 1 costs 100 instead of +Inf.
const logClamp = -100

// bceEpsilon is the floor PyTorch's BCELoss backward puts under p·(1 − p):
// float32(1e-12), read as a float64.
const bceEpsilon = 9.999999960041972e-13

// BCE is the binary cross-entropy of predicted probabilities p ∈ [0, 1]
// (outputs of a sigmoid) against targets y ∈ [0, 1], averaged over every
// value of the batch:
//
//	L = (1 / (B·n)) · Σ_b Σ_k −[ y·log(p) + (1 − y)·log(1 − p) ]
//
// Each log is clamped below at −100, exactly as PyTorch's nn.BCELoss, so a
// prediction of 0 for a target of 1 costs 100: finite, never NaN. log(1 − p)
// is computed as written (not log1p), as PyTorch does.
//
// Prefer [BCEWithLogits] when the network's last layer is linear: it fuses
// the sigmoid and the log and stays exact for large logits.
//
// BCE panics if the batch is empty, the shapes differ, or an output is
// outside [0, 1] (as PyTorch refuses it); a NaN output gives NaN.
func BCE(outputs, targets [][]float64) float64 {
	checkBatch("BCE", outputs, targets)
	sum := 0.0
	for b := range outputs {
		for k := range outputs[b] {
			p, y := outputs[b][k], targets[b][k]
			if p < 0 || p > 1 {
				notAProbability("BCE", p, b, k)
			}
			logP := math.Max(math.Log(p), logClamp)
			logNotP := math.Max(math.Log(1-p), logClamp)
			sum += (y-1)*logNotP - y*logP
		}
	}
	return sum / float64(count(outputs))
}

// BCEGradient returns ∂L/∂p for [BCE], with PyTorch's guard against
// dividing by zero:
//
//	∂L/∂p = (p − y) / max(p·(1 − p), ε) / (B·n),   ε = float32(1e-12)
//
// Backpropagation then multiplies it by the sigmoid's σ′ = p·(1 − p), which
// cancels the denominator and leaves (p − y)/(B·n): the simple gradient that
// makes cross-entropy train fast. A sample whose p rounded to exactly 0 or 1
// gets σ′ = 0 and so contributes 0, as in PyTorch.
//
// It writes into dst (nil: a new batch) and returns it. It panics as [BCE]
// does, or if dst has the wrong shape.
func BCEGradient(dst, outputs, targets [][]float64) [][]float64 {
	checkBatch("BCEGradient", outputs, targets)
	dst = gradientBuffer("BCEGradient", dst, outputs)
	scale := 1 / float64(count(outputs))
	for b := range outputs {
		for k := range outputs[b] {
			p, y := outputs[b][k], targets[b][k]
			if p < 0 || p > 1 {
				notAProbability("BCEGradient", p, b, k)
			}
			denominator := max((1-p)*p, bceEpsilon)
			dst[b][k] = scale * (p - y) / denominator
		}
	}
	return dst
}
