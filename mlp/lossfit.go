package mlp

import (
	"fmt"
	"math"

	"github.com/tocha-go/tocha/loss"
)

// targetSumTolerance is how far a cross-entropy target row may sum from 1:
// room for one-hot rows and soft labels written with a few decimals.
const targetSumTolerance = 1e-6

// checkLossFit returns an error if the loss, known by its name, cannot work
// with this network's output layer or these targets, instead of letting
// training produce a meaningless or negative loss:
//
//   - "bce" takes probabilities: the last layer must be a sigmoid, and
//     every target in [0, 1];
//   - "bce_with_logits" takes any output, and targets in [0, 1];
//   - "cross_entropy" needs at least 2 outputs (one per class), and each
//     target row must be class probabilities: ≥ 0, summing to 1.
//
// A loss with another name is not checked.
func checkLossFit(net *Network, lossFunction loss.Loss, targets [][]float64) error {
	last := &net.Layers[len(net.Layers)-1]
	switch lossFunction.Name {
	case "bce":
		if last.Activation.Name != "sigmoid" {
			return fmt.Errorf("mlp: the loss bce takes probabilities, but the last layer's activation is %v; "+
				"make it sigmoid, or use the loss bce_with_logits on a linear (identity) last layer", last.Activation)
		}
		return checkTargetRange(targets, "bce")
	case "bce_with_logits":
		return checkTargetRange(targets, "bce_with_logits")
	case "cross_entropy":
		if len(last.Weights) < 2 {
			return fmt.Errorf("mlp: the loss cross_entropy needs one output per class (at least 2), "+
				"but the network has %d; for two classes use 1 output with bce_with_logits, or 2 outputs", len(last.Weights))
		}
		for r, row := range targets {
			sum := 0.0
			for c, y := range row {
				if y < 0 {
					return fmt.Errorf("mlp: targets row %d, column %d is %v; cross_entropy targets are class probabilities ≥ 0 "+
						"(one-hot rows from dataset.OneHot)", r, c, y)
				}
				sum += y
			}
			if math.Abs(sum-1) > targetSumTolerance {
				return fmt.Errorf("mlp: targets row %d sums to %v; cross_entropy targets are class probabilities "+
					"that sum to 1 (one-hot rows from dataset.OneHot)", r, sum)
			}
		}
	}
	return nil
}

// checkTargetRange returns an error naming the first target outside [0, 1].
func checkTargetRange(targets [][]float64, lossName string) error {
	for r, row := range targets {
		for c, y := range row {
			if y < 0 || y > 1 {
				return fmt.Errorf("mlp: targets row %d, column %d is %v; the loss %s needs targets from 0 to 1 "+
					"(class labels 0 and 1, or probabilities)", r, c, y, lossName)
			}
		}
	}
	return nil
}
