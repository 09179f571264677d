package main

import (
	"fmt"
	"io"

	"github.com/tocha-go/tocha/loss"
)

// whatIsALoss answers the first half of the question before the
// measurements: what a loss is, the two this program compares, and their
// values for a few predictions of a sample whose target is 1.
func whatIsALoss(w io.Writer) {
	fmt.Fprintln(w, "== 0. What is a loss? ==")
	fmt.Fprintln(w, "A loss L is one number that says how far the network's outputs are from the targets:")
	fmt.Fprintln(w, "0 when they match, larger the further off they are. Training lowers it by gradient")
	fmt.Fprintln(w, "descent: every weight takes a small step against ∂L/∂w, its share of the blame.")
	fmt.Fprintln(w, "Two losses for an output p = σ(z) between 0 and 1 and a target y of 0 or 1 (averaged")
	fmt.Fprintln(w, "over the outputs and samples):")
	fmt.Fprintln(w, "  MSE, mean squared error:     L = (p − y)²")
	fmt.Fprintln(w, "  BCE, binary cross-entropy:   L = −[y·log p + (1 − y)·log(1 − p)],")
	fmt.Fprintln(w, "                               the −log of the probability given to the right answer")
	fmt.Fprintln(w, "Their values for one sample whose target is y = 1:")
	fmt.Fprintln(w, "      p |   MSE     BCE")
	mse, bce := loss.MustNew("mse"), loss.MustNew("bce")
	for _, p := range []float64{0.9, 0.5, 0.1, 0.01, 0.001} {
		outputs, targets := [][]float64{{p}}, [][]float64{{1}}
		fmt.Fprintf(w, "  %5g | %5.3f  %6.3f\n", p, mse.Forward(outputs, targets), bce.Forward(outputs, targets))
	}
	fmt.Fprintln(w, "Both are 0 only when p = y. MSE never exceeds 1, however wrong p is; BCE keeps growing")
	fmt.Fprintln(w, "as the network becomes sure of the wrong answer (up to 100, where tocha and PyTorch cap")
	fmt.Fprintln(w, "−log). What matters for learning is the gradient each one sends back, measured next.")
	fmt.Fprintln(w)
}
