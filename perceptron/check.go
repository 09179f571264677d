package perceptron

import (
	"fmt"
	"math"
)

// checkConfig returns an error naming the field of cfg that Train cannot
// use. No field has a default: a zero Config is an error, not a guess.
func checkConfig(cfg Config) error {
	if math.IsNaN(cfg.LearningRate) || math.IsInf(cfg.LearningRate, 0) || cfg.LearningRate <= 0 {
		return fmt.Errorf("perceptron: Config.LearningRate is %v; it must be a finite number > 0, such as 1 (the classroom value) or 0.1",
			cfg.LearningRate)
	}
	if cfg.MaxEpochs < 1 {
		return fmt.Errorf("perceptron: Config.MaxEpochs is %d; it must be at least 1, such as 100",
			cfg.MaxEpochs)
	}
	return nil
}

// checkData returns an error naming the first row or value of a data set
// that p cannot be trained or scored on:
//
//   - no samples, or a different number of input rows and labels;
//   - a row whose length is not len(p.Weights) (this also catches ragged
//     rows, since every row is held to the same length);
//   - an input that is NaN or ±Inf;
//   - a label other than 0 or 1.
func (p *Perceptron) checkData(inputs [][]float64, labels []float64) error {
	if len(inputs) == 0 {
		return fmt.Errorf("perceptron: no samples; pass at least one input row and its label")
	}
	if len(inputs) != len(labels) {
		return fmt.Errorf("perceptron: %d input rows but %d labels; pass one label per row",
			len(inputs), len(labels))
	}
	for i, x := range inputs {
		if len(x) != len(p.Weights) {
			return fmt.Errorf("perceptron: row %d has %s, want %d (one per weight)",
				i, inputCount(len(x)), len(p.Weights))
		}
		for j, xj := range x {
			if math.IsNaN(xj) || math.IsInf(xj, 0) {
				return fmt.Errorf("perceptron: row %d, input %d is %v; inputs must be finite numbers",
					i, j, xj)
			}
		}
	}
	for i, y := range labels {
		if y != 0 && y != 1 {
			return fmt.Errorf("perceptron: labels[%d] is %v; labels must be 0 or 1",
				i, y)
		}
	}
	return nil
}
