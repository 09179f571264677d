package mlp

import (
	"errors"
	"fmt"
	"math"
)

// checkData returns an error unless inputs and targets are a non-empty data
// set that fits net: as many targets as inputs, every input row of the
// network's input size and every target row of its output size, and every
// value finite. The message names the first offending row and column.
func checkData(net *Network, inputs, targets [][]float64) error {
	if net == nil {
		return errors.New("mlp: the network is nil; build one with mlp.New or mlp.FromLayers")
	}
	if err := net.check(); err != nil {
		return err
	}
	net.ready()
	if len(inputs) == 0 {
		return errors.New("mlp: the data set is empty; give at least one input row")
	}
	if len(targets) != len(inputs) {
		return fmt.Errorf("mlp: got %d input rows and %d target rows, want one target per input",
			len(inputs), len(targets))
	}
	if err := checkRows("inputs", inputs, net.InputSize(), "the network's input size"); err != nil {
		return err
	}
	what := "the network's output size"
	if net.OutputSize() > 1 {
		what += "; turn class indices into one-hot rows with dataset.OneHot"
	}
	return checkRows("targets", targets, net.OutputSize(), what)
}

// checkRows returns an error naming the first row of rows whose length is
// not width, or the first NaN or infinite value.
func checkRows(name string, rows [][]float64, width int, what string) error {
	for r, row := range rows {
		if len(row) != width {
			return fmt.Errorf("mlp: %s row %d has %d values, want %d (%s)", name, r, len(row), width, what)
		}
		// A NaN or an infinity anywhere in the row makes its sum NaN or
		// infinite; only then look for which value it is. (Summing is
		// cheaper than testing each value, and Train checks every row.)
		sum := 0.0
		for _, value := range row {
			sum += value
		}
		if !math.IsNaN(sum) && !math.IsInf(sum, 0) {
			continue
		}
		for c, value := range row {
			if math.IsNaN(value) || math.IsInf(value, 0) {
				return fmt.Errorf("mlp: %s row %d, column %d is %v; remove or fill in that value", name, r, c, value)
			}
		}
	}
	return nil
}

// targetsAreClasses reports whether every target names a class: a single
// 0 or 1, or a one-hot row (all 0 but one 1).
func targetsAreClasses(targets [][]float64) bool {
	for _, row := range targets {
		ones := 0
		for _, y := range row {
			switch y {
			case 1:
				ones++
			case 0:
			default:
				return false
			}
		}
		if len(row) > 1 && ones != 1 {
			return false
		}
	}
	return true
}

// targetClass returns the class a target row names: the target itself for
// one output, the position of the 1 for a one-hot row.
func targetClass(target []float64) int {
	if len(target) == 1 {
		return int(target[0])
	}
	return Argmax(target)
}

// accuracyThreshold is where Train reads a single output as class 1: as
// [Network.PredictClass] does, except that the loss tells what the output
// was trained to be. With "bce_with_logits" it is a logit (class 1 from 0);
// with "mse" or "bce" it was pulled towards the targets 0 and 1 (class 1
// from 0.5), whatever the activation.
func accuracyThreshold(net *Network, lossName string) float64 {
	switch lossName {
	case "bce_with_logits":
		return 0
	case "mse", "bce":
		return 0.5
	}
	return net.threshold()
}

// countCorrect returns how many outputs, read as classes with the given
// threshold (see classAt), are the class of their target.
func countCorrect(outputs, targets [][]float64, threshold float64) int {
	correct := 0
	for b, output := range outputs {
		if classAt(output, threshold) == targetClass(targets[b]) {
			correct++
		}
	}
	return correct
}
