package main

import (
	"fmt"
	"io"
)

// answer prints the lesson's answer to "why is cross-entropy so common?",
// citing a part only where its measurement supports the point.
func answer(w io.Writer, bceSooner, bceFaster bool) {
	part1, part2 := "part 1 measured it", "part 2 measured it on XOR"
	if !bceSooner {
		part1 = "part 1 did not show it this time"
	}
	if !bceFaster {
		part2 = "part 2 did not show it with these seeds"
	}
	fmt.Fprintln(w)
	fmt.Fprintln(w, "== So, why is cross-entropy so common? ==")
	fmt.Fprintln(w, "- Through a sigmoid, its gradient is just ∂L/∂z = p − y: as large as the mistake, however")
	fmt.Fprintf(w, "  sure the network is. MSE's carries σ′(z), which vanishes exactly then (%s).\n", part1)
	fmt.Fprintf(w, "- So training gets out of confident mistakes quickly instead of crawling out (%s).\n", part2)
	fmt.Fprintln(w, "- Minimising it is maximum likelihood: it is −log of the probability the network gives the")
	fmt.Fprintln(w, "  observed labels, the same loss as logistic regression in statistics.")
	fmt.Fprintln(w, "- For several classes, softmax + cross-entropy on the logits (loss \"cross_entropy\") does the")
	fmt.Fprintln(w, "  same, with ∂L/∂z = softmax(z) − y; examples/classify trains iris with it.")
}
