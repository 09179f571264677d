package main

import (
	"fmt"
	"io"
	"math"
	"slices"
)

// stuckAtLn2: a BCE loss this close to ln 2 means p ≈ 0.5 everywhere, a
// network that has not started to learn.
const stuckAtLn2 = 0.01

// learnedCount is how many of the entry's runs reached raceAccuracy.
func (e raceEntry) learnedCount() int {
	count := 0
	for _, r := range e.runs {
		if r.learned >= 0 {
			count++
		}
	}
	return count
}

// stuckCount is how many of the entry's runs ended with a loss within
// stuckAtLn2 of ln 2.
func (e raceEntry) stuckCount() int {
	count := 0
	for _, r := range e.runs {
		if math.Abs(r.final.Loss-math.Ln2) < stuckAtLn2 {
			count++
		}
	}
	return count
}

// medianEpochs is the median over the seeds of the epoch each run reached
// raceAccuracy, a run that never did counting as epochs + 1.
func (e raceEntry) medianEpochs(epochs int) float64 {
	var counts []int
	for _, r := range e.runs {
		counts = append(counts, epochsOrNever(r.learned, epochs))
	}
	slices.Sort(counts)
	middle := len(counts) / 2
	if len(counts)%2 == 1 {
		return float64(counts[middle])
	}
	return float64(counts[middle-1]+counts[middle]) / 2
}

// epochsOrNever counts a run that never learned as one epoch past the end.
func epochsOrNever(learned, epochs int) int {
	if learned < 0 {
		return epochs + 1
	}
	return learned
}

// medianText formats a median number of epochs, or "never" when runs that
// never learned decided it.
func medianText(median float64, epochs int) string {
	if median > float64(epochs) {
		return "never"
	}
	return fmt.Sprintf("%.3g", median)
}

// concludeRace says which activations trained the deep network, from how
// many seeds, and how tanh and ReLU compare.
func concludeRace(w io.Writer, entries []raceEntry, epochs int) {
	seeds := len(entries[0].runs)
	from := fmt.Sprintf("from seed %d", entries[0].runs[0].seed)
	if seeds > 1 {
		from = fmt.Sprintf("from any of the %d seeds", seeds)
	}
	prefix := "So: " // only the first sentence starts with it
	var trained []string
	for _, e := range entries {
		switch n := e.learnedCount(); {
		case n == 0:
			fmt.Fprintf(w, "%s%s did not reach %.0f%% within %s %s.\n",
				prefix, e.hidden, 100*raceAccuracy, plural(epochs, "epoch"), from)
			if stuck := e.stuckCount(); stuck > 0 {
				fmt.Fprintf(w, "Its final loss was within %g of ln 2 = %.3f, the loss of answering p = 0.5 everywhere", stuckAtLn2, math.Ln2)
				if seeds > 1 {
					fmt.Fprintf(w, ",\nfrom %d of %d seeds: it", stuck, seeds)
				} else {
					fmt.Fprint(w, ":\nit")
				}
				fmt.Fprintln(w, " did not start to learn.")
			}
		case n == seeds:
			trained = append(trained, e.hidden)
			continue
		default:
			fmt.Fprintf(w, "%s%s reached %.0f%% from %d of %d seeds.\n", prefix, e.hidden, 100*raceAccuracy, n, seeds)
		}
		prefix = ""
	}
	if len(trained) > 0 {
		every := "every seed"
		if seeds == 1 {
			every = "this seed"
		}
		fmt.Fprintf(w, "With its matched init, %s trained it from %s.\n", listOf(trained), every)
	}
	compareTanhReLU(w, entries, epochs)
	fmt.Fprintln(w)
}

// compareTanhReLU compares the two activations that can train the deep
// network, seed by seed and by their medians, without taking sides.
func compareTanhReLU(w io.Writer, entries []raceEntry, epochs int) {
	byName := map[string]raceEntry{}
	for _, e := range entries {
		byName[e.hidden] = e
	}
	tanh, relu, sigmoid := byName["tanh"], byName["relu"], byName["sigmoid"]
	if tanh.learnedCount() == 0 && relu.learnedCount() == 0 {
		return
	}
	var tanhSooner []string // "seed 1 (12 epochs against 20)", for every seed tanh won
	reluSooner := 0
	for k := range relu.runs {
		t, r := epochsOrNever(tanh.runs[k].learned, epochs), epochsOrNever(relu.runs[k].learned, epochs)
		switch {
		case t < r:
			tanhSooner = append(tanhSooner, fmt.Sprintf("seed %d (%s epochs against %s)",
				relu.runs[k].seed, reached(tanh.runs[k].learned), reached(relu.runs[k].learned)))
		case r < t:
			reluSooner++
		}
	}
	seeds := len(relu.runs)
	tanhMedian, reluMedian := tanh.medianEpochs(epochs), relu.medianEpochs(epochs)
	medians := fmt.Sprintf("ReLU's median %s, tanh's %s", medianText(reluMedian, epochs), medianText(tanhMedian, epochs))
	switch {
	case seeds == 1:
		t, r := tanh.runs[0].learned, relu.runs[0].learned
		faster := "tanh and ReLU reached it in the same epoch"
		if epochsOrNever(t, epochs) < epochsOrNever(r, epochs) {
			faster = "tanh reached it sooner than ReLU"
		} else if epochsOrNever(r, epochs) < epochsOrNever(t, epochs) {
			faster = "ReLU reached it sooner than tanh"
		}
		fmt.Fprintf(w, "From this one seed %s (epochs: tanh %s, ReLU %s);\n", faster, reached(t), reached(r))
		fmt.Fprintln(w, "-race-seeds 5 shows whether that holds from other seeds.")
		return
	case reluSooner == seeds:
		fmt.Fprintf(w, "ReLU reached %.0f%% sooner than tanh from every seed (%s).\n", 100*raceAccuracy, medians)
	case reluMedian < tanhMedian:
		fmt.Fprintf(w, "ReLU reached %.0f%% sooner than tanh in the median (%s) and from %d of %d seeds,\n",
			100*raceAccuracy, medians, reluSooner, seeds)
		fmt.Fprintf(w, "but not always: tanh was sooner from %s.\n", listOf(tanhSooner))
	case tanhMedian < reluMedian:
		fmt.Fprintf(w, "tanh reached %.0f%% sooner than ReLU in the median (%s), and from %d of %d seeds:\n",
			100*raceAccuracy, medians, len(tanhSooner), seeds)
		fmt.Fprintln(w, "on this task ReLU is not the faster learner.")
	case reluMedian > float64(epochs):
		fmt.Fprintf(w, "Neither tanh nor ReLU reached %.0f%% from most seeds; -epochs gives them longer.\n", 100*raceAccuracy)
		return
	default:
		fmt.Fprintf(w, "tanh and ReLU needed the same median number of epochs (%s); tanh was sooner\n", medians)
		fmt.Fprintf(w, "from %d of %d seeds, ReLU from %d.\n", len(tanhSooner), seeds, reluSooner)
	}
	if sigmoid.learnedCount() == 0 && tanh.learnedCount() == seeds && relu.learnedCount() == seeds && reluSooner < seeds {
		fmt.Fprintln(w, "On a task this small the race separates sigmoid from the other two far more than it")
		fmt.Fprintln(w, "separates tanh from ReLU.")
	}
}
