package main

import (
	"errors"
	"fmt"
	"io"

	"github.com/tocha-go/tocha/dataset"
	"github.com/tocha-go/tocha/perceptron"
)

// lesson trains NAND, OR and AND step by step, then XOR, which fails.
func lesson(w io.Writer, learningRate float64, maxEpochs int) error {
	fmt.Fprintln(w, "The perceptron learning rule, one sample at a time:")
	fmt.Fprintln(w, "  z = w·x + b,  ŷ = step(z) (1 if z ≥ 0),  e = y − ŷ,  w ← w + lr·e·x,  b ← b + lr·e")
	fmt.Fprintf(w, "Start: w = [0 0], b = 0, lr = %g, samples in truth-table order.\n", learningRate)

	gates := []struct {
		name string
		data dataset.Dataset
	}{
		{"NAND", dataset.NAND()},
		{"OR", dataset.OR()},
		{"AND", dataset.AND()},
	}
	for _, gate := range gates {
		if err := learnGate(w, gate.name, gate.data, learningRate, maxEpochs); err != nil {
			return err
		}
	}
	return failOnXOR(w, learningRate)
}

// learnGate trains a fresh perceptron on one gate and prints its trace.
func learnGate(w io.Writer, name string, data dataset.Dataset, learningRate float64, maxEpochs int) error {
	fmt.Fprintf(w, "\n== %s ==\n", name)
	p := perceptron.New(2)
	config := perceptron.Config{LearningRate: learningRate, MaxEpochs: maxEpochs, Trace: true}
	history, err := p.Train(data.Inputs, data.Labels(), config)
	printTrace(w, history, data.Inputs)
	if err != nil {
		return fmt.Errorf("%s: %w", name, err)
	}
	fmt.Fprintf(w, "%s learned in %d epochs (%d updates): w = [%s %s], b = %s\n",
		name, len(history), history.TotalMistakes(),
		number(p.Weights[0]), number(p.Weights[1]), number(p.Bias))
	printTruthTable(w, name, p, data)
	return nil
}

// printTrace prints one row per sample: what the perceptron computed and the
// weights after the update, the whiteboard table.
func printTrace(w io.Writer, history perceptron.History, inputs [][]float64) {
	fmt.Fprintln(w, "epoch  x1 x2  y |      z  ŷ   e |     w1     w2      b")
	for _, epoch := range history {
		for _, u := range epoch.Updates {
			mark := ""
			if u.Error != 0 {
				mark = "  ← update"
			}
			x := inputs[u.Sample]
			fmt.Fprintf(w, "%5d  %2.0f %2.0f %2.0f | %6s %2.0f %3.0f | %6s %6s %6s%s\n",
				epoch.Epoch, x[0], x[1], u.Label,
				number(u.Z), u.Prediction, u.Error,
				number(u.Weights[0]), number(u.Weights[1]), number(u.Bias), mark)
		}
	}
}

// printTruthTable prints the gate next to the perceptron's answers.
func printTruthTable(w io.Writer, name string, p *perceptron.Perceptron, data dataset.Dataset) {
	correct := 0
	fmt.Fprintf(w, "  x1 x2 | %-4s | perceptron\n", name)
	for k, x := range data.Inputs {
		got := p.Predict(x)
		want := data.Labels()[k]
		verdict := "✓"
		if got == want {
			correct++
		} else {
			verdict = "✗"
		}
		fmt.Fprintf(w, "  %2.0f %2.0f | %4.0f | %4.0f %s\n", x[0], x[1], want, got, verdict)
	}
	fmt.Fprintf(w, "  %d of %d correct\n", correct, data.Len())
}

// failOnXOR trains on XOR, which no line separates, and shows the cycle.
func failOnXOR(w io.Writer, learningRate float64) error {
	fmt.Fprintln(w, "\n== XOR ==")
	const xorEpochs = 6
	data := dataset.XOR()
	p := perceptron.New(2)
	history, err := p.Train(data.Inputs, data.Labels(), perceptron.Config{LearningRate: learningRate, MaxEpochs: xorEpochs})
	if !errors.Is(err, perceptron.ErrNotConverged) {
		return fmt.Errorf("XOR: expected training to fail, got %v", err)
	}
	for _, epoch := range history {
		fmt.Fprintln(w, epoch)
	}
	for later := 1; later < len(history); later++ {
		for earlier := 0; earlier < later; earlier++ {
			if sameState(history[earlier], history[later]) {
				fmt.Fprintf(w, "Epoch %d ends where epoch %d did: the weights cycle and will never settle.\n",
					history[later].Epoch, history[earlier].Epoch)
				later = len(history)
				break
			}
		}
	}
	fmt.Fprintln(w, "Train says:", err)
	fmt.Fprintln(w, "Why: XOR needs b < 0, w2 + b ≥ 0, w1 + b ≥ 0 and w1 + w2 + b < 0; the middle two")
	fmt.Fprintln(w, "add up to w1 + w2 + b ≥ −b > 0, against the last. No line separates the 1s from the 0s.")
	fmt.Fprintln(w, "See go run ./examples/xor for the two ways out: wiring perceptrons, and an MLP.")
	return nil
}

// sameState reports whether two epochs ended with the same weights and bias.
func sameState(a, b perceptron.Epoch) bool {
	if a.Bias != b.Bias {
		return false
	}
	for i := range a.Weights {
		if a.Weights[i] != b.Weights[i] {
			return false
		}
	}
	return true
}

// number formats a weight for the table: integers as integers, others with
// three decimals, so that the lr = 1 trace reads like the whiteboard.
func number(v float64) string {
	if v == float64(int64(v)) {
		return fmt.Sprintf("%d", int64(v))
	}
	return fmt.Sprintf("%.3f", v)
}
