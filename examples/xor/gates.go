package main

// truthTable returns the four outputs of a two-input function as a string of
// bits, in truth-table order.
func truthTable(f func(x []float64) bool, inputs [][]float64) string {
	bits := ""
	for _, x := range inputs {
		if f(x) {
			bits += "1"
		} else {
			bits += "0"
		}
	}
	return bits
}

// gateName names a function of two bits by its truth table, read as the
// outputs for (0,0), (0,1), (1,0), (1,1): "0111" is OR.
func gateName(bits string) string {
	switch bits {
	case "0000":
		return "always 0"
	case "0001":
		return "AND"
	case "0010":
		return "x1 AND NOT x2"
	case "0011":
		return "x1"
	case "0100":
		return "NOT x1 AND x2"
	case "0101":
		return "x2"
	case "0110":
		return "XOR"
	case "0111":
		return "OR"
	case "1000":
		return "NOR"
	case "1001":
		return "XNOR"
	case "1010":
		return "NOT x2"
	case "1011":
		return "x1 OR NOT x2"
	case "1100":
		return "NOT x1"
	case "1101":
		return "NOT x1 OR x2"
	case "1110":
		return "NAND"
	case "1111":
		return "always 1"
	}
	return "table " + bits
}

// countCorrect counts the rows where predict agrees with the class.
func countCorrect(predict func(x []float64) int, inputs [][]float64, classes []int) int {
	correct := 0
	for k, x := range inputs {
		if predict(x) == classes[k] {
			correct++
		}
	}
	return correct
}

// check marks a right or wrong answer in a truth table.
func check(got, want int) string {
	if got == want {
		return "✓"
	}
	return "✗"
}
