package main

import (
	"fmt"
	"io"
	"math"
	"strings"
)

// concludeGradients turns the gradient table into sentences: which
// activations lose more than vanishingRatio on the way back to the first
// layer, with the matched initialisation and with PyTorch's default.
func concludeGradients(w io.Writer, columns []gradientColumn, depth int) {
	half := len(columns) / 2
	defaults, matched := columns[:half], columns[half:]
	var vanishing, healthy []string
	for _, c := range matched {
		described := fmt.Sprintf("%s (%s)", c.hidden, times(c.ratio()))
		if c.ratio() > vanishingRatio {
			vanishing = append(vanishing, described)
		} else {
			healthy = append(healthy, described)
		}
	}
	switch {
	case len(vanishing) == 0:
		fmt.Fprintf(w, "So, with the init made for each activation, no gradient vanished on its way back to layer 1\n")
		fmt.Fprintf(w, "(none is more than %d× smaller than the output layer's): %s.\n", vanishingRatio, listOf(healthy))
	case len(healthy) == 0:
		fmt.Fprintf(w, "So, even with the init made for each activation, every gradient vanished on its way back to\n")
		fmt.Fprintf(w, "layer 1 (more than %d× smaller than the output layer's): %s.\n", vanishingRatio, listOf(vanishing))
	default:
		fmt.Fprintf(w, "So, with the init made for each activation, the gradient vanishes on its way back to layer 1\n")
		fmt.Fprintf(w, "(more than %d× smaller than the output layer's) with %s;\n", vanishingRatio, listOf(vanishing))
		fmt.Fprintf(w, "it does not with %s.\n", listOf(healthy))
	}
	for k, c := range defaults {
		if c.ratio() > vanishingRatio && matched[k].ratio() <= vanishingRatio {
			fmt.Fprintf(w, "With PyTorch's default init %s's gradient shrank %s too: the init must suit the activation.\n",
				c.hidden, times(c.ratio()))
		}
	}
	for _, c := range matched {
		if c.hidden != "sigmoid" || c.ratio() <= vanishingRatio {
			continue
		}
		fmt.Fprintf(w, "Why: δ is multiplied by φ′(z) in each of the %d hidden layers; the sigmoid's is at most 0.25\n", depth)
		fmt.Fprintf(w, "(mean %.3f here), and %.3f^%d = %.1e (measured: 1/%.1e).\n",
			c.meanSlope, c.meanSlope, depth, math.Pow(c.meanSlope, float64(depth)), c.ratio())
		fmt.Fprintln(w, "ReLU's φ′ is 1 on every active unit, and He's 2/fan_in makes up for the inactive half.")
	}
	fmt.Fprintln(w)
}

// times formats how many times larger one number is than another.
func times(ratio float64) string {
	switch {
	case ratio < 10:
		return fmt.Sprintf("%.1f×", ratio)
	case ratio < 10000:
		return fmt.Sprintf("%.0f×", ratio)
	}
	return fmt.Sprintf("%.1e×", ratio)
}

// listOf joins the items as a sentence does: "a", "a and b", "a, b and c".
func listOf(items []string) string {
	if len(items) <= 1 {
		return strings.Join(items, "")
	}
	return strings.Join(items[:len(items)-1], ", ") + " and " + items[len(items)-1]
}
