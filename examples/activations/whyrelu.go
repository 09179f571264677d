package main

import (
	"fmt"
	"io"
)

// whyReLU answers the lesson's question from what parts 1 to 3 measured,
// and adds the one reason that is a fact rather than a measurement: what
// ReLU costs to compute.
func whyReLU(w io.Writer, columns []gradientColumn, race []raceEntry, tallies []tally, s settings) {
	fmt.Fprintln(w, "== 4. So, why is ReLU the most used? ==")
	matched := map[string]gradientColumn{}
	for _, c := range columns[len(columns)/2:] {
		matched[c.hidden] = c
	}
	entries := map[string]raceEntry{}
	for _, e := range race {
		entries[e.hidden] = e
	}
	relu, sigmoid, tanh := matched["relu"], matched["sigmoid"], matched["tanh"]

	// Part 1: the gradient on its way back.
	switch {
	case relu.ratio() <= vanishingRatio && sigmoid.ratio() > vanishingRatio:
		fmt.Fprintln(w, "- Its gradient does not vanish with depth: relu′(z) = 1 for every z > 0. With He init, layer 1")
		fmt.Fprintf(w, "  of %s got %s the output layer's gradient; with sigmoid, %s (part 1).\n",
			plural(s.depth, "hidden layer"), timesOf(1/relu.ratio()), timesOf(1/sigmoid.ratio()))
	case relu.ratio() <= vanishingRatio:
		fmt.Fprintf(w, "- With %s no gradient vanished: layer 1 got %s the output layer's with ReLU,\n",
			plural(s.depth, "hidden layer"), timesOf(1/relu.ratio()))
		fmt.Fprintf(w, "  %s with sigmoid (part 1). The difference grows with depth: try -depth 8.\n", timesOf(1/sigmoid.ratio()))
	default:
		fmt.Fprintf(w, "- Even ReLU's gradient shrank here: layer 1 got %s the output layer's; with sigmoid,\n", timesOf(1/relu.ratio()))
		fmt.Fprintf(w, "  %s (part 1).\n", timesOf(1/sigmoid.ratio()))
	}
	if tanh.ratio() <= vanishingRatio {
		fmt.Fprintf(w, "  tanh kept its gradient too (%s), but tanh′(z) = 1 − tanh²(z) is below 1 for every\n", timesOf(1/tanh.ratio()))
		fmt.Fprintln(w, "  z ≠ 0 and falls towards 0 as |z| grows, as σ′ does; relu′ stays 1 however large z is.")
	}

	// Part 2: the race.
	reluRuns, tanhRuns, sigmoidRuns := entries["relu"], entries["tanh"], entries["sigmoid"]
	seeds := len(reluRuns.runs)
	fmt.Fprintf(w, "- It trained the deep network from %d of %s; tanh from %d, sigmoid from %d (part 2).\n",
		reluRuns.learnedCount(), plural(seeds, "seed"), tanhRuns.learnedCount(), sigmoidRuns.learnedCount())
	tanhSooner := 0
	for k := range reluRuns.runs {
		if epochsOrNever(tanhRuns.runs[k].learned, s.epochs) < epochsOrNever(reluRuns.runs[k].learned, s.epochs) {
			tanhSooner++
		}
	}
	if tanhSooner > 0 {
		fmt.Fprintf(w, "  It did not always learn faster: tanh reached %.0f%% sooner from %d of %s.\n",
			100*raceAccuracy, tanhSooner, plural(seeds, "seed"))
	}

	// Not measured: the cost of one evaluation.
	fmt.Fprintln(w, "- It is cheap: relu(z) = max(0, z) and relu′(z) is 0 or 1, one comparison each, where")
	fmt.Fprintln(w, "  σ(z) = 1/(1 + e⁻ᶻ) and tanh(z) both need an exponential.")

	// Part 3: its own flaw.
	trap, wide := tallies[0], tallies[1]
	if wide.solved > trap.solved {
		fmt.Fprintf(w, "- Its flaw, dead units, has a cheap fix: %v solved XOR from %d of %s,\n",
			wide.network, wide.solved, plural(s.seeds, "seed"))
		fmt.Fprintf(w, "  %v from %d (part 3).\n", trap.network, trap.solved)
	}
	switch {
	case relu.ratio() > vanishingRatio || sigmoid.ratio() <= vanishingRatio:
		// Part 1 did not show the difference the answer rests on.
	case tanhSooner > 0:
		fmt.Fprintln(w, "So ReLU is the default not because it always learns fastest, but because it keeps the gradient")
		fmt.Fprintln(w, "alive through many layers at the lowest cost.")
	default:
		fmt.Fprintln(w, "So ReLU is the default because it keeps the gradient alive through many layers at the lowest")
		fmt.Fprintln(w, "cost; here it was also never slower than tanh.")
	}
}

// timesOf formats a ratio of two gradients: "1.4 times", "3.7e-05 times".
func timesOf(ratio float64) string {
	if ratio >= 0.01 && ratio < 1000 {
		return fmt.Sprintf("%.2g times", ratio)
	}
	return fmt.Sprintf("%.1e times", ratio)
}
