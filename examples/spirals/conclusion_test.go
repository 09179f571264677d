package main

import (
	"strings"
	"testing"
)

func TestConclusion(t *testing.T) {
	for _, tt := range []struct {
		deep, wide float64
		want       string
	}{
		{0.967, 0.530, "two hidden layers are right\nabout 0.967 of the points, one hidden layer about 0.530, 43.7 percentage points less."},
		{0.487, 0.477, "about the same result:\n0.487 of the points right with two hidden layers, 0.477 with one"},
		{0.500, 0.520, "about the same result"},
		{0.520, 0.500, "about the same result"},
		{0.500, 0.521, "one hidden layer is right"},
		{0.400, 0.600, "one hidden layer is right\nabout 0.600 of the points and two hidden layers only about 0.400, 20.0 percentage"},
	} {
		c := comparison{deep: tt.deep, wide: tt.wide, deepParameters: 371, wideParameters: 369, epochs: 300}
		if got := conclusion(c); !strings.Contains(got, tt.want) {
			t.Errorf("conclusion(%.3f, %.3f) = %q; want it to contain %q", tt.deep, tt.wide, got, tt.want)
		}
	}
}

// TestConclusionBudget: "the same number" only when the two counts are
// equal; 371 against 369 is "about the same".
func TestConclusionBudget(t *testing.T) {
	for _, tt := range []struct {
		deep, wide int
		want, lack string
	}{
		{371, 369, "About the same number of weights and biases, same training", "\nSame number"},
		{369, 369, "Same number of weights and biases, same training", "About"},
	} {
		for _, accuracy := range []float64{0.3, 0.5, 0.9} { // each of the three endings
			got := conclusion(comparison{deep: 0.5, wide: accuracy, deepParameters: tt.deep, wideParameters: tt.wide, epochs: 300})
			if !strings.HasPrefix(got, tt.want) || strings.Contains(got, tt.lack) {
				t.Errorf("conclusion with %d and %d parameters = %q; want it to start with %q", tt.deep, tt.wide, got, tt.want)
			}
		}
	}
}

// TestConclusionSuggestsEpochsOnlyWhenFewer: -epochs 3000 is suggested to
// a shorter run only; a run that long is told the gap that remains.
func TestConclusionSuggestsEpochsOnlyWhenFewer(t *testing.T) {
	for _, tt := range []struct {
		epochs     int
		want, lack string
	}{
		{300, "(try -epochs 3000)", "still"},
		{2999, "(try -epochs 3000)", "still"},
		{3000, "after 3000 epochs it is still 4.0 percentage points behind.", "try -epochs"},
		{5000, "after 5000 epochs it is still 4.0 percentage points behind.", "try -epochs"},
	} {
		got := conclusion(comparison{deep: 0.990, wide: 0.950, deepParameters: 371, wideParameters: 369, epochs: tt.epochs})
		if !strings.Contains(got, tt.want) || strings.Contains(got, tt.lack) {
			t.Errorf("-epochs %d: conclusion = %q; want %q and no %q", tt.epochs, got, tt.want, tt.lack)
		}
	}
}
