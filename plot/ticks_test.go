package plot

import (
	"strings"
	"testing"
)

func labels(ticks []tick) string {
	var parts []string
	for _, t := range ticks {
		parts = append(parts, t.label)
	}
	return strings.Join(parts, " ")
}

func TestLinearTicks(t *testing.T) {
	tests := []struct {
		lo, hi float64
		n      int
		want   string
	}{
		{-0.1, 1.1, 5, "0.0 0.2 0.4 0.6 0.8 1.0"},
		{-0.1, 1.1, 2, "0.0 0.5 1.0"},
		{0, 1000, 4, "0 200 400 600 800 1000"},
		{1, 500, 6, "100 200 300 400 500"},
		{-3, 3, 3, "-2 0 2"},
		{0.001, 0.0042, 3, "0.001 0.002 0.003 0.004"},
		{-1, -0.5, 2, "-1.0 -0.8 -0.6"},
	}
	for _, test := range tests {
		if got := labels(linearTicks(test.lo, test.hi, test.n)); got != test.want {
			t.Errorf("linearTicks(%v, %v, %d) = %q; want %q", test.lo, test.hi, test.n, got, test.want)
		}
	}
}

func TestLogTicks(t *testing.T) {
	tests := []struct {
		lo, hi float64
		want   string
	}{
		{0.008, 0.75, "0.01 0.02 0.05 0.1 0.2 0.5"},
		{1e-5, 10, "1e-05 0.0001 0.001 0.01 0.1 1 10"},
		{0.3, 0.9, "0.5"},
	}
	for _, test := range tests {
		if got := labels(logTicks(test.lo, test.hi)); got != test.want {
			t.Errorf("logTicks(%v, %v) = %q; want %q", test.lo, test.hi, got, test.want)
		}
	}
}

func TestFormatFixedNoNegativeZero(t *testing.T) {
	if got := formatFixed(-0.0001, 2); got != "0.00" {
		t.Errorf("formatFixed(-0.0001, 2) = %q; want \"0.00\"", got)
	}
}
