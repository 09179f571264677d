package plot

import (
	"math"
	"strings"
	"testing"
)

func TestSparkline(t *testing.T) {
	tests := []struct {
		values []float64
		width  int
		want   string
	}{
		{[]float64{0, 1, 2, 3, 4, 5, 6, 7}, 0, "▁▂▃▄▅▆▇█"},
		{[]float64{7, 6, 5, 4, 3, 2, 1, 0}, 100, "█▇▆▅▄▃▂▁"},
		{[]float64{0, 0, 7, 7}, 2, "▁█"}, // means of pairs
		{[]float64{0.5, 0.5, 0.5}, 0, "▁▁▁"},
		{[]float64{3}, 10, "▁"},
	}
	for _, test := range tests {
		got, err := Sparkline(test.values, test.width)
		if err != nil || got != test.want {
			t.Errorf("Sparkline(%v, %d) = %q, %v; want %q", test.values, test.width, got, err, test.want)
		}
	}
	if got, _ := SparklineASCII([]float64{0, 1, 2, 3, 4, 5, 6, 7}, 0); got != "_.-:=+*#" {
		t.Errorf("SparklineASCII(0…7) = %q; want %q", got, "_.-:=+*#")
	}
}

func TestSparklineErrors(t *testing.T) {
	tests := []struct {
		values []float64
		want   string
	}{
		{nil, "no values"},
		{[]float64{1, math.NaN()}, "value 1 is NaN"},
		{[]float64{math.Inf(-1)}, "value 0 is -Inf"},
	}
	for _, test := range tests {
		if _, err := Sparkline(test.values, 10); err == nil || !strings.Contains(err.Error(), test.want) {
			t.Errorf("Sparkline(%v) error = %v; want one containing %q", test.values, err, test.want)
		}
	}
}

func TestSparklinePanicsOnNegativeWidth(t *testing.T) {
	defer func() {
		if recover() == nil {
			t.Error("Sparkline with width -1 did not panic")
		}
	}()
	_, _ = Sparkline([]float64{1}, -1)
}

// TestSparklineHugeRange checks values whose range is wider than the
// largest float64.
func TestSparklineHugeRange(t *testing.T) {
	got, err := Sparkline([]float64{-1e308, 1e308, 0}, 0)
	if err != nil || got != "▁█▅" {
		t.Errorf("Sparkline(-1e308, 1e308, 0) = %q, %v; want \"▁█▅\"", got, err)
	}
	got, err = Sparkline([]float64{0, 5e-324}, 0) // adjacent numbers whose halves are equal
	if err != nil || got != "▁▁" {
		t.Errorf("Sparkline(0, 5e-324) = %q, %v; want \"▁▁\"", got, err)
	}
	got, err = Sparkline([]float64{1e308, 1e308, -1e308, -1e308}, 2)
	if err != nil || got != "█▁" {
		t.Errorf("Sparkline of two means near ±1e308 = %q, %v; want \"█▁\"", got, err)
	}
}
