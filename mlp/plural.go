package mlp

import "fmt"

// count writes n with its noun, one for 1 and many otherwise: "1 input",
// "3 inputs". The messages of shape mistakes use it, so that a student
// reads "got 1 input, want 2".
func count(n int, one, many string) string {
	if n == 1 {
		return fmt.Sprintf("%d %s", n, one)
	}
	return fmt.Sprintf("%d %s", n, many)
}
