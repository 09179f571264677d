package perceptron

import "fmt"

// gate returns the two-input truth table of a logic gate, typed out by hand
// so that this package depends on nothing but activation. Rows are in
// truth-table order (0,0), (0,1), (1,0), (1,1). Every call builds new slices,
// so a test that checks "nothing was modified" has an untouched original.
func gate(name string) (inputs [][]float64, labels []float64) {
	inputs = [][]float64{{0, 0}, {0, 1}, {1, 0}, {1, 1}}
	switch name {
	case "AND":
		labels = []float64{0, 0, 0, 1}
	case "OR":
		labels = []float64{0, 1, 1, 1}
	case "NAND":
		labels = []float64{1, 1, 1, 0}
	case "NOR":
		labels = []float64{1, 0, 0, 0}
	case "XOR":
		labels = []float64{0, 1, 1, 0}
	default:
		panic(fmt.Sprintf("perceptron test: no gate %q", name))
	}
	return inputs, labels
}

// classroom returns the setting of the hand-computed traces: learning rate 1
// and a limit far above the 6 epochs the slowest two-input gate needs.
func classroom() Config {
	return Config{LearningRate: 1, MaxEpochs: 100}
}
