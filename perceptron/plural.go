package perceptron

import "fmt"

// inputCount writes n with the noun "input", singular for 1: "1 input", "3
// inputs", so that a message reads "got 1 input, want 2".
func inputCount(n int) string {
	if n == 1 {
		return "1 input"
	}
	return fmt.Sprintf("%d inputs", n)
}
