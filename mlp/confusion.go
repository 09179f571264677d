package mlp

import (
	"fmt"
	"strings"
)

// ConfusionMatrix counts a classifier's answers by true and predicted class:
// ConfusionMatrix[t][p] is the number of samples of true class t that were
// predicted as class p. The diagonal holds the correct answers; a large
// number off the diagonal shows which two classes the network confuses.
type ConfusionMatrix [][]int

// Confusion runs every input through the network and counts its predicted
// classes ([Network.PredictClass]) against the true classes. The matrix has
// one row and column per output of the network, or two (classes 0 and 1)
// for a single output.
//
// Confusion returns an error if net is nil, if inputs is empty, if there is
// not one class per input, or if a class is out of range (naming the row).
// It panics as Forward does if an input row has the wrong length.
func Confusion(net *Network, inputs [][]float64, classes []int) (ConfusionMatrix, error) {
	if net == nil {
		return nil, fmt.Errorf("mlp: Confusion got a nil network; build one with mlp.New or mlp.FromLayers")
	}
	if len(inputs) == 0 {
		return nil, fmt.Errorf("mlp: Confusion got no inputs")
	}
	if len(classes) != len(inputs) {
		return nil, fmt.Errorf("mlp: Confusion got %d inputs and %d classes, want one class per input",
			len(inputs), len(classes))
	}
	numClasses := max(net.OutputSize(), 2)
	matrix := make(ConfusionMatrix, numClasses)
	for t := range matrix {
		matrix[t] = make([]int, numClasses)
	}
	for k, x := range inputs {
		actual := classes[k]
		if actual < 0 || actual >= numClasses {
			return nil, fmt.Errorf("mlp: Confusion row %d has class %d, want 0 to %d", k, actual, numClasses-1)
		}
		predicted := net.PredictClass(x)
		matrix[actual][predicted]++
	}
	return matrix, nil
}

// Accuracy returns the fraction of samples on the diagonal, those predicted
// correctly, or 0 for an empty matrix.
//
//	accuracy = Σₜ m[t][t] / Σₜ Σₚ m[t][p]
func (m ConfusionMatrix) Accuracy() float64 {
	correct, total := 0, 0
	for t, row := range m {
		for p, count := range row {
			total += count
			if p == t {
				correct += count
			}
		}
	}
	if total == 0 {
		return 0
	}
	return float64(correct) / float64(total)
}

// String prints the matrix as a table, one row per true class and one
// column per predicted class:
//
//	true\predicted   0   1   2
//	             0  10   0   0
//	             1   0   9   1
//	             2   0   2   8
func (m ConfusionMatrix) String() string {
	width := 3
	for _, row := range m {
		for _, count := range row {
			width = max(width, len(fmt.Sprint(count))+1)
		}
	}
	var b strings.Builder
	b.WriteString("true\\predicted")
	for p := range m {
		fmt.Fprintf(&b, "%*d", width+1, p)
	}
	for t, row := range m {
		fmt.Fprintf(&b, "\n%14d", t)
		for _, count := range row {
			fmt.Fprintf(&b, "%*d", width+1, count)
		}
	}
	return b.String()
}
