package main

import (
	"fmt"
	"io"
)

// answer prints the lesson's answer to "how does a network learn: forward
// vs backward?", with the losses this run measured.
func answer(w io.Writer, r result) {
	change := "down"
	if r.lossAfter >= r.lossBefore {
		change = "not down: this learning rate overshot"
	}
	fmt.Fprintln(w)
	fmt.Fprintln(w, "So, how does a network learn?")
	fmt.Fprintln(w, "  Forward:  the input flows through the layers to the output (z = W·a + b, a = σ(z)), and")
	fmt.Fprintf(w, "            the loss measures how wrong that output is (L = %.3f). Nothing is changed yet.\n", r.lossBefore)
	fmt.Fprintln(w, "  Backward: the loss's gradient flows back through the same layers by the chain rule:")
	fmt.Fprintln(w, "            δ = ∂L/∂z from the output layer to the first, and from it every weight's")
	fmt.Fprintln(w, "            ∂L/∂w = δ·(its input): which way, and how much, that weight moves the loss.")
	fmt.Fprintf(w, "  Update:   every weight steps against its gradient, w ← w − lr·∂L/∂w (L: %.3f → %.3f, %s).\n",
		r.lossBefore, r.lossAfter, change)
	fmt.Fprintln(w, "Training repeats the three, batch after batch, epoch after epoch (go run ./examples/xor")
	fmt.Fprintln(w, "takes one step per epoch, over all four samples).")
}
