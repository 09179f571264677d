package main

import (
	"errors"
	"fmt"
	"io"
	"math"
	"strings"

	"github.com/tocha-go/tocha/dataset"
	"github.com/tocha-go/tocha/perceptron"
)

// learnedGate is a gate's name with the perceptron trained on it.
type learnedGate struct {
	name string
	p    *perceptron.Perceptron
}

// lesson trains NAND, OR and AND step by step, then XOR, which fails.
func lesson(w io.Writer, s settings) error {
	fmt.Fprintln(w, "The perceptron learning rule, one sample at a time:")
	fmt.Fprintln(w, "  z = w·x + b,  ŷ = step(z) (1 if z ≥ 0),  e = y − ŷ,  w ← w + lr·e·x,  b ← b + lr·e")
	fmt.Fprintln(w, "Its loss: the fraction of the samples it gets wrong during an epoch (a pass over all of them);")
	fmt.Fprintln(w, "training stops after the first epoch whose loss is 0.")
	fmt.Fprintf(w, "Start: w = [0 0], b = 0, lr = %g, samples in truth-table order, at most %d epochs.\n",
		s.learningRate, s.maxEpochs)

	gates := []struct {
		name string
		data dataset.Dataset
	}{
		{"NAND", dataset.NAND()},
		{"OR", dataset.OR()},
		{"AND", dataset.AND()},
	}
	var learned []learnedGate
	for _, gate := range gates {
		p, err := learnGate(w, gate.name, gate.data, s)
		if err != nil {
			return err
		}
		learned = append(learned, learnedGate{gate.name, p})
	}
	return failOnXOR(w, s, learned)
}

// learnGate trains a fresh perceptron on one gate and prints its trace.
func learnGate(w io.Writer, name string, data dataset.Dataset, s settings) (*perceptron.Perceptron, error) {
	fmt.Fprintf(w, "\n== %s ==\n", name)
	p := perceptron.New(2)
	config := perceptron.Config{LearningRate: s.learningRate, MaxEpochs: s.maxEpochs, Trace: true}
	history, err := p.Train(data.Inputs, data.Labels(), config)
	printTrace(w, history, data.Inputs)
	if err != nil {
		return nil, explain(name, err, history, s)
	}
	fmt.Fprintf(w, "%s learned in %d epochs (%d updates): w = [%s %s], b = %s\n",
		name, len(history), history.TotalMistakes(),
		number(p.Weights[0]), number(p.Weights[1]), number(p.Bias))
	fmt.Fprintf(w, "Loss per epoch: %s\n", losses(history))
	printTruthTable(w, name, p, data)
	return p, nil
}

// printTrace prints one row per sample: what the perceptron computed with
// the weights before the update (those of the row above) and the weights
// after it, the whiteboard table. A line above the header says which columns
// are which.
func printTrace(w io.Writer, history perceptron.History, inputs [][]float64) {
	fmt.Fprintln(w, "                | before update |         after update")
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

// losses lists the loss of each epoch, "0.25 → 0.75 → 0.00".
func losses(history perceptron.History) string {
	list := make([]string, len(history))
	for k, epoch := range history {
		list[k] = fmt.Sprintf("%.2f", epoch.Loss)
	}
	return strings.Join(list, " → ")
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

// explain turns an error of perceptron.Train into a sentence for a student,
// naming the flag to change rather than the Go API. main starts the line
// with the program's name, "perceptron:", so the library's own
// "perceptron: " prefix is dropped rather than printed twice.
func explain(name string, err error, history perceptron.History, s settings) error {
	switch {
	case errors.Is(err, perceptron.ErrNotConverged):
		last := history[len(history)-1]
		return fmt.Errorf("%s was not learned within the epoch limit (-epochs %d): epoch %d still made %s; raise -epochs",
			name, s.maxEpochs, last.Epoch, count(last.Mistakes, "mistake"))
	case errors.Is(err, perceptron.ErrOverflow):
		return fmt.Errorf("%s: the learning rate -lr %g is too large: during training the numbers grew past "+
			"the largest float64 (about 1.8e308); use a learning rate such as -lr 1", name, s.learningRate)
	default:
		return fmt.Errorf("%s: %s", name, strings.TrimPrefix(err.Error(), "perceptron: "))
	}
}

// count prints n with its noun, "1 mistake" or "3 mistakes".
func count(n int, noun string) string {
	if n == 1 {
		return fmt.Sprintf("%d %s", n, noun)
	}
	return fmt.Sprintf("%d %ss", n, noun)
}

// number formats a weight or z for the tables, in at most 6 characters for
// learning rates of everyday size: integers as integers and others with
// three decimals, so that the lr = 1 trace reads like the whiteboard. A tiny
// value, such as the rounding residue z ≈ −2.8e−17 that -lr 0.1 leaves where
// exact arithmetic gives 0, prints as "-3e-17" rather than "-0.000": it is
// not 0, and its sign decides ŷ. Huge values (from a -lr of 1e300) get three
// significant digits.
func number(v float64) string {
	magnitude := math.Abs(v)
	switch {
	case v == math.Trunc(v) && magnitude < 1e6:
		return fmt.Sprintf("%d", int64(v))
	case magnitude < 1e-3:
		return fmt.Sprintf("%.0e", v)
	case magnitude >= 1e6:
		return fmt.Sprintf("%.3g", v)
	default:
		return fmt.Sprintf("%.3f", v)
	}
}
