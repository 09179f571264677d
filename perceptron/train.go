package perceptron

import (
	"errors"
	"fmt"
	"slices"
)

// Config holds the settings of [Perceptron.Train]. No field has a default:
// a LearningRate or MaxEpochs left at zero is an error.
type Config struct {
	// LearningRate is lr in w ← w + lr·e·x; it must be > 0. From a zero
	// start its size does not matter: every weight is then a multiple of
	// lr, so lr only scales the line w·x + b = 0, never moves it. The
	// classroom value is 1, which keeps every number an integer.
	LearningRate float64
	// MaxEpochs is the limit on the number of passes over the data; it
	// must be at least 1. Training stops earlier, after the first epoch
	// without mistakes.
	MaxEpochs int
	// Trace makes every Epoch record one Update per sample, for printing
	// a step-by-step trace. It costs a copy of the weights per sample.
	Trace bool
}

// ErrNotConverged is returned, wrapped, by [Perceptron.Train] when every
// epoch up to Config.MaxEpochs made a mistake. Test for it with errors.Is.
// On separable data a higher MaxEpochs would eventually succeed; on data
// no line separates, such as XOR, no limit is high enough.
var ErrNotConverged = errors.New("perceptron: no epoch without mistakes; the data may not be linearly separable")

// Train fits the perceptron to the samples by the perceptron learning rule.
// It starts from the current Weights and Bias and passes over the samples in
// the given order; for each input row x with label y it computes
//
//	z = w·x + b
//	ŷ = step(z)
//	e = y − ŷ
//	w ← w + lr·e·x
//	b ← b + lr·e
//
// A correct prediction gives e = 0 and changes nothing. A mistake changes z
// for that same x by lr·e·(‖x‖² + 1), a step towards the right side of the
// line w·x + b = 0 (it may take several). Training stops after the
// first epoch with no mistakes, and returns one [Epoch] per pass, that last
// one included. Prediction and training use the same step function.
//
// If Config.MaxEpochs epochs all make mistakes, Train returns the history
// together with an error wrapping [ErrNotConverged]; p then holds the weights
// of the last epoch, and [History.Best] finds better ones.
//
// Train returns an error, and changes nothing, if cfg has a LearningRate that
// is not a finite number > 0 or a MaxEpochs < 1, if there are no samples, if
// the number of input rows and labels differ, if a row's length is not
// len(p.Weights) (ragged rows included), if an input is NaN or ±Inf, if a
// label is not 0 or 1, or if one of p's Weights or its Bias is NaN or ±Inf.
// The error names the field, row, weight or value.
//
// Train also returns an error during training, and then restores the
// Weights and Bias it started from and returns no history: if p's
// Activation gives an output other than 0 or 1, or, wrapping [ErrOverflow],
// if z, a weight or the bias leaves the range of float64 (a huge
// LearningRate or huge inputs). That error names the epoch and row and
// suggests a smaller LearningRate or rescaled inputs. Train never panics on
// data or settings; the caller's slices are never modified or retained.
func (p *Perceptron) Train(inputs [][]float64, labels []float64, cfg Config) (History, error) {
	if err := checkConfig(cfg); err != nil {
		return nil, err
	}
	if err := p.checkData(inputs, labels); err != nil {
		return nil, err
	}
	if err := p.checkWeights(); err != nil {
		return nil, err
	}
	startWeights := slices.Clone(p.Weights)
	startBias := p.Bias

	var history History
	for epoch := 1; epoch <= cfg.MaxEpochs; epoch++ {
		record, err := p.trainEpoch(inputs, labels, cfg, epoch)
		if err != nil {
			copy(p.Weights, startWeights)
			p.Bias = startBias
			return nil, err
		}
		history = append(history, record)
		if record.Mistakes == 0 {
			return history, nil
		}
	}

	last := history[len(history)-1]
	best := history.Best()
	return history, fmt.Errorf("%w: epoch %d, the last that Config.MaxEpochs allows, misclassified %d of %d samples; "+
		"the best weights, after epoch %d, classify %d of %d (see History.Best)",
		ErrNotConverged, last.Epoch, last.Mistakes, len(inputs),
		best.Epoch, best.Correct, len(inputs))
}

// trainEpoch applies the learning rule to every sample once, in order, and
// records the pass as the given epoch. It stops with an error at the first
// output that is not 0 or 1 and at the first number that overflows.
func (p *Perceptron) trainEpoch(inputs [][]float64, labels []float64, cfg Config, epoch int) (Epoch, error) {
	record := Epoch{Epoch: epoch, Samples: len(inputs)}
	for i, x := range inputs {
		y := labels[i]
		z := p.weightedSum(x)
		if !isFinite(z) {
			return Epoch{}, fmt.Errorf("%w: in epoch %d, row %d, z = w·x + b is %v; %s",
				ErrOverflow, epoch, i, z, trainingAdvice)
		}
		yHat := p.activate(z)
		if yHat != 0 && yHat != 1 {
			return Epoch{}, fmt.Errorf("perceptron: Activation %s gave %v for row %d; "+
				"the learning rule needs outputs 0 or 1, so use the step activation",
				p.activationName(), yHat, i)
		}
		e := y - yHat
		for j := range p.Weights {
			p.Weights[j] += cfg.LearningRate * e * x[j]
		}
		p.Bias += cfg.LearningRate * e
		if err := p.checkUpdate(epoch, i); err != nil {
			return Epoch{}, err
		}

		if e != 0 {
			record.Mistakes++
		}
		if cfg.Trace {
			record.Updates = append(record.Updates, Update{
				Sample:     i,
				Z:          z,
				Prediction: yHat,
				Label:      y,
				Error:      e,
				Weights:    slices.Clone(p.Weights),
				Bias:       p.Bias,
			})
		}
	}
	correct, overflowRow := p.countCorrect(inputs, labels)
	if overflowRow >= 0 {
		z := p.weightedSum(inputs[overflowRow])
		return Epoch{}, fmt.Errorf("%w: at the end of epoch %d, scoring row %d gives z = w·x + b = %v; %s",
			ErrOverflow, epoch, overflowRow, z, trainingAdvice)
	}
	record.Loss = float64(record.Mistakes) / float64(len(inputs))
	record.Weights = slices.Clone(p.Weights)
	record.Bias = p.Bias
	record.Correct = correct
	return record, nil
}
