package main

import (
	"fmt"
	"io"

	"github.com/tocha-go/tocha/activation"
)

// whatIsAnActivation answers the first half of the question before the
// measurements: what an activation is, why a network needs one, and the
// values and slopes of the usual ones at a few points.
func whatIsAnActivation(w io.Writer) {
	fmt.Fprintln(w, "== 0. What is an activation? ==")
	fmt.Fprintln(w, "Each neuron computes a weighted sum z = w·x + b, a linear function of its inputs, and then")
	fmt.Fprintln(w, "its activation φ, a fixed function of one number: its output is a = φ(z). Without φ (or with")
	fmt.Fprintln(w, "φ(z) = z) a stack of layers is still one linear function and draws one straight line, no")
	fmt.Fprintln(w, "better than one neuron: go run ./examples/xor -activation identity stays stuck on XOR.")
	fmt.Fprintln(w, "A nonlinear φ is what lets each layer bend the boundary.")
	fmt.Fprintln(w, "Backpropagation multiplies the error signal δ by φ′(z) in every layer, so the slope φ′")
	fmt.Fprintln(w, "matters as much as φ itself:")
	var phis []activation.Activation
	for _, name := range []string{"step", "sigmoid", "tanh", "relu"} {
		phis = append(phis, activation.MustNew(name))
	}
	fmt.Fprintf(w, "  %5s |", "z")
	for _, phi := range phis {
		fmt.Fprintf(w, " %7s", phi.Name)
	}
	fmt.Fprint(w, " |")
	for _, phi := range phis {
		fmt.Fprintf(w, " %8s", phi.Name+"′")
	}
	fmt.Fprintln(w)
	for _, z := range []float64{-4, -1, 0, 1, 4} {
		fmt.Fprintf(w, "  %5g |", z) // φ(z) for each, then φ′(z)
		for _, phi := range phis {
			fmt.Fprintf(w, " %7.3f", phi.Forward(z))
		}
		fmt.Fprint(w, " |")
		for _, phi := range phis {
			fmt.Fprintf(w, " %8.3f", phi.Derivative(z, phi.Forward(z)))
		}
		fmt.Fprintln(w)
	}
	fmt.Fprintln(w, "The step's slope is 0 everywhere (its jump at 0 has none), so no gradient flows back through")
	fmt.Fprintln(w, "it: backpropagation needs an activation with a slope. The sigmoid's slope is at most 0.25;")
	fmt.Fprintln(w, "ReLU's is 1 for every z > 0 and 0 from z = 0 down. What that does in a deep network is")
	fmt.Fprintln(w, "measured next.")
	fmt.Fprintln(w)
}
