package dataset

// The logic gates as data sets. Each has the four rows of its truth table
// in the order (0,0), (0,1), (1,0), (1,1), features named "x1" and "x2",
// and classes "0" (false) and "1" (true). Every call returns a new Dataset,
// so a caller may change it freely.
//
//	x1 x2 | AND OR NAND NOR XOR
//	 0  0 |  0   0   1   1   0
//	 0  1 |  0   1   1   0   1
//	 1  0 |  0   1   1   0   1
//	 1  1 |  1   1   0   0   0
//
// AND, OR, NAND and NOR are linearly separable: one perceptron learns each.
// XOR is not: no single line puts (0,1) and (1,0) on one side and (0,0)
// and (1,1) on the other, which is why it needs a hidden layer.

// AND returns the truth table of x1 AND x2: true only when both inputs are 1.
func AND() Dataset { return gate([4]int{0, 0, 0, 1}) }

// OR returns the truth table of x1 OR x2: true when at least one input is 1.
func OR() Dataset { return gate([4]int{0, 1, 1, 1}) }

// NAND returns the truth table of NOT (x1 AND x2).
func NAND() Dataset { return gate([4]int{1, 1, 1, 0}) }

// NOR returns the truth table of NOT (x1 OR x2).
func NOR() Dataset { return gate([4]int{1, 0, 0, 0}) }

// XOR returns the truth table of x1 XOR x2: true when exactly one input is 1.
// It is the classic data set a single perceptron cannot learn.
func XOR() Dataset { return gate([4]int{0, 1, 1, 0}) }

// gate builds a two-input gate from its outputs in truth-table order.
func gate(outputs [4]int) Dataset {
	return Dataset{
		Inputs:       [][]float64{{0, 0}, {0, 1}, {1, 0}, {1, 1}},
		Classes:      outputs[:],
		ClassNames:   []string{"0", "1"},
		FeatureNames: []string{"x1", "x2"},
	}
}
