package main

import (
	"errors"
	"fmt"
	"io"
	"slices"
	"strings"

	"github.com/tocha-go/tocha/dataset"
	"github.com/tocha-go/tocha/perceptron"
)

// tracedEpochs is how many of XOR's epochs are printed sample by sample:
// from the zero start, enough to see the weights fall into their cycle.
const tracedEpochs = 3

// failOnXOR trains on XOR, which no line separates: it prints the first
// epochs step by step, counts every epoch, finds the cycle the weights fall
// into, and compares where they end with the best line, one of the gates.
func failOnXOR(w io.Writer, s settings, gates []learnedGate) error {
	fmt.Fprintln(w, "\n== XOR ==")
	data := dataset.XOR()
	p := perceptron.New(2)
	start := perceptron.Epoch{Weights: slices.Clone(p.Weights), Bias: p.Bias}
	config := perceptron.Config{LearningRate: s.learningRate, MaxEpochs: s.maxEpochs, Trace: true}
	history, err := p.Train(data.Inputs, data.Labels(), config)
	if err == nil {
		return errors.New("XOR: training finished an epoch without mistakes, which no line can do")
	}
	if !errors.Is(err, perceptron.ErrNotConverged) {
		return explain("XOR", err, history, s)
	}

	traced := history[:min(tracedEpochs, len(history))]
	fmt.Fprintf(w, "XOR is 1 when exactly one input is 1. The same rule from the same start; the first %s in full:\n",
		count(len(traced), "epoch"))
	printTrace(w, traced, data.Inputs)

	earlier, later, found := findCycle(start, history)
	rows := len(history)
	if found {
		rows = max(later, len(traced))
	}
	printEpochCounts(w, history[:rows], data.Len())
	if found {
		printCycle(w, history, earlier, later)
	}
	fmt.Fprintf(w, "Training stopped at the epoch limit (-epochs %d) without an epoch free of mistakes.\n", s.maxEpochs)

	printBestLine(w, history, gates, data)
	fmt.Fprintln(w, "Why no line gets 4 of 4: XOR needs b < 0, w2 + b ≥ 0, w1 + b ≥ 0 and w1 + w2 + b < 0;")
	fmt.Fprintln(w, "the middle two add up to w1 + w2 + b ≥ −b > 0, against the last. No line separates the 1s from the 0s.")
	fmt.Fprintln(w, "See go run ./examples/xor for the two ways out: wiring perceptrons, and an MLP.")
	return nil
}

// printEpochCounts prints one line per epoch with its two counts, which
// measure different things and so need not add up to the number of samples.
func printEpochCounts(w io.Writer, history perceptron.History, samples int) {
	fmt.Fprintln(w, "Each epoch is counted two ways. Its mistakes happen during the epoch, while the weights still move;")
	fmt.Fprintf(w, "\"right at its end\" scores the weights the epoch ends with, on all %d samples.\n", samples)
	for _, epoch := range history {
		if epoch.Mistakes+epoch.Correct != samples {
			fmt.Fprintf(w, "So the two need not add up to %d: epoch %d made %s, then its final weights get %d right.\n",
				samples, epoch.Epoch, count(epoch.Mistakes, "mistake"), epoch.Correct)
			break
		}
	}
	fmt.Fprintln(w, "epoch | mistakes during the epoch | right at its end |     w1     w2      b")
	for _, epoch := range history {
		mistakes := fmt.Sprintf("%d of %d", epoch.Mistakes, samples)
		right := fmt.Sprintf("%d of %d", epoch.Correct, samples)
		fmt.Fprintf(w, "%5d | %25s | %16s | %6s %6s %6s\n", epoch.Epoch, mistakes, right,
			number(epoch.Weights[0]), number(epoch.Weights[1]), number(epoch.Bias))
	}
}

// findCycle returns the first epoch, later, that ends with the same weights
// and bias as an earlier one (0 stands for the start). The rule is
// deterministic, so from then on the epochs earlier+1 to later repeat
// forever. found is false if no state repeats within the history.
func findCycle(start perceptron.Epoch, history perceptron.History) (earlier, later int, found bool) {
	type state struct{ w1, w2, b float64 }
	seen := map[state]int{{start.Weights[0], start.Weights[1], start.Bias}: 0}
	for _, epoch := range history {
		key := state{epoch.Weights[0], epoch.Weights[1], epoch.Bias}
		if first, ok := seen[key]; ok {
			return first, epoch.Epoch, true
		}
		seen[key] = epoch.Epoch
	}
	return 0, 0, false
}

// printCycle says which epochs repeat, after checking in the history that
// every later epoch is indeed a copy of the one a period before it.
func printCycle(w io.Writer, history perceptron.History, earlier, later int) {
	period := later - earlier
	for k := later; k < len(history); k++ {
		if !sameEpoch(history[k], history[k-period]) {
			return // cannot happen: the rule is deterministic
		}
	}
	end := history[later-1]
	startedAt := "the start"
	if earlier > 0 {
		startedAt = fmt.Sprintf("epoch %d", earlier)
	}
	fmt.Fprintf(w, "Epoch %d ends with the same weights as %s, w = [%s %s], b = %s, so every later epoch\n",
		later, startedAt, number(end.Weights[0]), number(end.Weights[1]), number(end.Bias))
	repeated := fmt.Sprintf("epoch %d", later)
	if period > 1 {
		repeated = fmt.Sprintf("epochs %d to %d in turn", earlier+1, later)
	}
	copies := "any further epoch would be a copy"
	if len(history) > later {
		copies = fmt.Sprintf("epochs %d to %d are copies", later+1, len(history))
	}
	fmt.Fprintf(w, "repeats %s row for row (%s): the weights cycle and never settle.\n", repeated, copies)
}

// printBestLine compares where training ends with the best line available:
// the trained gates, scored on XOR.
func printBestLine(w io.Writer, history perceptron.History, gates []learnedGate, xor dataset.Dataset) {
	last := history[len(history)-1]
	best := history.Best()
	var bestGate learnedGate
	bestCorrect := -1
	for _, gate := range gates {
		correct, err := gate.p.CountCorrect(xor.Inputs, xor.Labels())
		if err == nil && correct > bestCorrect {
			bestGate, bestCorrect = gate, correct
		}
	}
	n := xor.Len()
	fmt.Fprintf(w, "Why it ends at %d of %d: the rule only reacts to the sample in front of it; it never compares lines.\n",
		last.Correct, n)
	if bestGate.p == nil || bestCorrect <= best.Correct {
		fmt.Fprintf(w, "Keeping the weights of its best epoch, %d, would give %d of %d (the \"pocket\" perceptron).\n",
			best.Epoch, best.Correct, n)
		return
	}
	fmt.Fprintf(w, "From this start no epoch ends better than %d of %d, so keeping the best epoch's weights\n",
		best.Correct, n)
	fmt.Fprintf(w, "(the \"pocket\" perceptron) would not help. Yet a line can get %d of %d: the %s perceptron\n",
		bestCorrect, n, bestGate.name)
	fmt.Fprintf(w, "learned above, w = [%s %s], b = %s, is wrong only on %s. go run ./examples/xor\n",
		number(bestGate.p.Weights[0]), number(bestGate.p.Weights[1]), number(bestGate.p.Bias),
		wrongRows(bestGate.p, xor))
	fmt.Fprintln(w, "finds such a line with the pocket perceptron started from random weights.")
}

// wrongRows lists the inputs p gets wrong, as "(0, 0)" or "(0, 1) and (1, 0)".
func wrongRows(p *perceptron.Perceptron, data dataset.Dataset) string {
	var wrong []string
	for k, x := range data.Inputs {
		if p.Predict(x) != data.Labels()[k] {
			wrong = append(wrong, fmt.Sprintf("(%.0f, %.0f)", x[0], x[1]))
		}
	}
	return strings.Join(wrong, " and ")
}

// sameEpoch reports whether two epochs counted the same and ended with the
// same weights and bias.
func sameEpoch(a, b perceptron.Epoch) bool {
	return a.Mistakes == b.Mistakes && a.Correct == b.Correct &&
		slices.Equal(a.Weights, b.Weights) && a.Bias == b.Bias
}
