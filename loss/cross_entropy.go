package loss

import (
	"fmt"
	"math"

	"github.com/tocha-go/tocha/activation"
)

// CrossEntropy is the softmax cross-entropy of logits against class indices,
// PyTorch's nn.CrossEntropyLoss: sample b's loss is minus the log of the
// probability softmax gives its correct class t_b, averaged over the B
// samples:
//
//	L = (1/B) · Σ_b −log softmax(z_b)[t_b] = (1/B) · Σ_b ( logsumexp(z_b) − z_b[t_b] )
//
// It takes logits (the outputs of a linear last layer), never probabilities:
// the log-sum-exp form cannot overflow, so logits [1000, 0] with class 1 cost
// exactly 1000.
//
// It panics if the batch is empty, if classes has another length than
// logits, or if a class is outside [0, n).
func CrossEntropy(logits [][]float64, classes []int) float64 {
	checkClasses("CrossEntropy", logits, classes)
	sum := 0.0
	for b, z := range logits {
		sum += activation.LogSumExp(z) - z[classes[b]]
	}
	return sum / float64(len(logits))
}

// CrossEntropyGradient returns ∂L/∂z for [CrossEntropy]:
//
//	∂L/∂z_bk = (softmax(z_b)_k − y_bk) / B
//
// where y_b is the one-hot vector of class t_b: prediction minus target, as
// for [BCEWithLogits]. For logits [1000, 0] and class 1 (B = 1) it is exactly
// [1, −1]. It writes into dst (nil: a new batch) and returns it; it panics as
// CrossEntropy does, or if dst has the wrong shape.
func CrossEntropyGradient(dst, logits [][]float64, classes []int) [][]float64 {
	checkClasses("CrossEntropyGradient", logits, classes)
	dst = gradientBuffer("CrossEntropyGradient", dst, logits)
	scale := 1 / float64(len(logits))
	for b, z := range logits {
		logSum := activation.LogSumExp(z)
		for k := range z {
			probability := math.Exp(z[k] - logSum)
			target := 0.0
			if k == classes[b] {
				target = 1
			}
			dst[b][k] = (probability - target) * scale
		}
	}
	return dst
}

// CrossEntropyOneHot is [CrossEntropy] with each target given as a vector of
// class probabilities y_b (one-hot, or soft labels summing to 1):
//
//	L = (1/B) · Σ_b Σ_k −y_bk · log softmax(z_b)_k
//
// It panics if the batch is empty or the shapes differ.
func CrossEntropyOneHot(logits, targets [][]float64) float64 {
	checkBatch("CrossEntropyOneHot", logits, targets)
	sum := 0.0
	for b, z := range logits {
		logSum := activation.LogSumExp(z)
		for k := range z {
			if targets[b][k] != 0 { // 0·log p is 0 even where log p is −Inf
				sum -= targets[b][k] * (z[k] - logSum)
			}
		}
	}
	return sum / float64(len(logits))
}

// CrossEntropyOneHotGradient returns ∂L/∂z for [CrossEntropyOneHot]:
//
//	∂L/∂z_bk = (softmax(z_b)_k · Σ_j y_bj − y_bk) / B
//
// which is (softmax − y)/B when the targets sum to 1. It writes into dst
// (nil: a new batch) and returns it. It panics if the batch is empty or the
// shapes differ.
func CrossEntropyOneHotGradient(dst, logits, targets [][]float64) [][]float64 {
	checkBatch("CrossEntropyOneHotGradient", logits, targets)
	dst = gradientBuffer("CrossEntropyOneHotGradient", dst, logits)
	scale := 1 / float64(len(logits))
	for b, z := range logits {
		logSum := activation.LogSumExp(z)
		targetSum := 0.0
		for _, y := range targets[b] {
			targetSum += y
		}
		for k := range z {
			probability := math.Exp(z[k] - logSum)
			dst[b][k] = (probability*targetSum - targets[b][k]) * scale
		}
	}
	return dst
}

// checkClasses panics unless classes has one valid class index per row of
// logits.
func checkClasses(name string, logits [][]float64, classes []int) {
	if len(logits) == 0 {
		panic(fmt.Sprintf("loss: %s got an empty batch", name))
	}
	if len(classes) != len(logits) {
		panic(fmt.Sprintf("loss: %s got %d classes, want %d (one per row of logits)",
			name, len(classes), len(logits)))
	}
	for b, class := range classes {
		if len(logits[b]) == 0 {
			panic(fmt.Sprintf("loss: %s row %d is empty; every row needs a logit per class", name, b))
		}
		if class < 0 || class >= len(logits[b]) {
			panic(fmt.Sprintf("loss: %s row %d has class %d, want 0 to %d",
				name, b, class, len(logits[b])-1))
		}
	}
}
