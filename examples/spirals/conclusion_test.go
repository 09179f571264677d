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
		if got := conclusion(tt.deep, tt.wide); !strings.Contains(got, tt.want) {
			t.Errorf("conclusion(%.3f, %.3f) = %q; want it to contain %q", tt.deep, tt.wide, got, tt.want)
		}
	}
}
