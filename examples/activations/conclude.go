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
		if c.ratio() > vanishingRatio {
			vanishing = append(vanishing, fmt.Sprintf("%s (%s smaller)", c.hidden, times(c.ratio())))
		} else {
			healthy = append(healthy, fmt.Sprintf("%s (layer 1 gets %.1f× the output layer's)", c.hidden, 1/c.ratio()))
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
		// The product of the mean slopes is an estimate: δ is also
		// multiplied by (Wˡ)ᵀ in each layer, which the estimate leaves out.
		estimate := math.Pow(c.meanSlope, float64(depth))
		measured := 1 / c.ratio()
		factor, larger := measured/estimate, "measured"
		if factor < 1 {
			factor, larger = 1/factor, "estimated"
		}
		fmt.Fprintf(w, "Why: on its way back δ is multiplied by φ′(z) in each of the %d hidden layers, and the\n", depth)
		fmt.Fprintf(w, "sigmoid's φ′ is at most 0.25 (mean %.3f here). That alone makes layer 1's gradient roughly\n", c.meanSlope)
		fmt.Fprintf(w, "%.3f^%d = %.1e of the output layer's; measured: 1/%.1e = %.1e. The weights scale δ too\n",
			c.meanSlope, depth, estimate, c.ratio(), measured)
		fmt.Fprintf(w, "(δˡ⁻¹ = (Wˡ)ᵀ·δˡ ⊙ φ′), so the product is only an estimate: the two differ by a factor of %.1f\n", factor)
		fmt.Fprintf(w, "(the %s gradient is the larger).\n", larger)
		fmt.Fprintln(w, "ReLU's φ′ is 1 on every active unit, and He init's weight variance 2/fan_in makes up for the inactive half.")
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
