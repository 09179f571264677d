package perceptron

import (
	"errors"
	"fmt"
	"math"
)

// ErrOverflow is returned, wrapped, by [Perceptron.Train] and
// [Perceptron.CountCorrect] when a number grows beyond the range of float64
// (about ±1.8e308): the weighted sum z, a weight or the bias becomes ±Inf
// or NaN. Test for it with errors.Is.
//
// The learning rule adds lr·e·x to the weights at every mistake, so a huge
// LearningRate or huge inputs can overflow within a few updates. The fix is
// a smaller LearningRate or inputs rescaled to about [−1, 1]; from a zero
// start the LearningRate does not change which line is learned at all.
var ErrOverflow = errors.New("perceptron: a number grew beyond the range of float64")

// trainingAdvice ends every overflow error of Train.
const trainingAdvice = "use a smaller Config.LearningRate or rescale the inputs to about [−1, 1]"

// isFinite reports whether v is neither NaN nor ±Inf.
func isFinite(v float64) bool {
	return !math.IsNaN(v) && !math.IsInf(v, 0)
}

// weightedSum returns z = Σᵢ wᵢ·xᵢ + b without checking len(x) or z. It
// is the shared arithmetic of Forward, Train and CountCorrect; the callers
// decide whether a non-finite z panics (Forward) or is an error.
func (p *Perceptron) weightedSum(x []float64) float64 {
	weightedSum := 0.0
	for i := range x {
		weightedSum += p.Weights[i] * x[i]
	}
	z := weightedSum + p.Bias
	return z
}

// checkWeights returns an error naming the first weight, or the bias, of p
// that is NaN or ±Inf. Such a perceptron cannot be trained or scored: its z
// is NaN or infinite, whatever the inputs.
func (p *Perceptron) checkWeights() error {
	for i, weight := range p.Weights {
		if !isFinite(weight) {
			return fmt.Errorf("perceptron: Weights[%d] is %v; the Weights and Bias must be finite numbers, "+
				"such as New or NewRandom give", i, weight)
		}
	}
	if !isFinite(p.Bias) {
		return fmt.Errorf("perceptron: Bias is %v; the Weights and Bias must be finite numbers, "+
			"such as New or NewRandom give", p.Bias)
	}
	return nil
}

// checkUpdate returns an error wrapping ErrOverflow if the update Train
// just made for row i of the given epoch left a weight or the bias
// non-finite.
func (p *Perceptron) checkUpdate(epoch, i int) error {
	for j, weight := range p.Weights {
		if !isFinite(weight) {
			return fmt.Errorf("%w: in epoch %d, the update for row %d made Weights[%d] %v; %s",
				ErrOverflow, epoch, i, j, weight, trainingAdvice)
		}
	}
	if !isFinite(p.Bias) {
		return fmt.Errorf("%w: in epoch %d, the update for row %d made the Bias %v; %s",
			ErrOverflow, epoch, i, p.Bias, trainingAdvice)
	}
	return nil
}
