package plot

import (
	"math"
	"strconv"
)

// A tick is one labelled mark on an axis.
type tick struct {
	value float64
	label string
}

// linearTicks returns about n ticks inside [lo, hi], spaced by a "nice" step:
// 1, 2 or 5 times a power of ten, the steps a person would choose. The step
// is the nice one nearest to the raw step:
//
//	raw  = (hi − lo) / n = m · 10ᵏ with 1 ≤ m < 10
//	step = 1·10ᵏ if m < 1.5, 2·10ᵏ if m < 3, 5·10ᵏ if m < 7, else 10·10ᵏ
//
// Labels carry as many decimals as the step needs, so 0.2-steps print as
// "0.4" and 5-steps as "15". It needs lo < hi.
func linearTicks(lo, hi float64, n int) []tick {
	raw := (hi - lo) / float64(n)
	power := math.Pow(10, math.Floor(math.Log10(raw)))
	mantissa := raw / power
	var step float64
	switch {
	case mantissa < 1.5:
		step = power
	case mantissa < 3:
		step = 2 * power
	case mantissa < 7:
		step = 5 * power
	default:
		step = 10 * power
	}
	decimals := 0
	if step < 1 {
		// 1e-9 absorbs the rounding of Log10 for exact powers such as 0.1.
		decimals = int(-math.Floor(math.Log10(step) + 1e-9))
	}
	// Ticks are computed as k·step from integer k, so no rounding error
	// builds up along the axis.
	first := math.Ceil(lo/step - 1e-9)
	last := math.Floor(hi/step + 1e-9)
	// The count is about n; a window narrower than float64 can resolve at
	// its magnitude (which the callers refuse) could make it huge, or k+1
	// equal to k, so the loop counts in integers and stops at 10·n.
	var ticks []tick
	for i := 0; i <= min(int(last-first), 10*n); i++ {
		value := (first + float64(i)) * step
		ticks = append(ticks, tick{value, formatFixed(value, decimals)})
	}
	return ticks
}

// logTicks returns ticks for a log-scale axis over [lo, hi] with 0 < lo < hi:
// every power of ten inside the range, and also 2·10ᵏ and 5·10ᵏ when the
// range holds fewer than three powers of ten.
func logTicks(lo, hi float64) []tick {
	firstPower := int(math.Floor(math.Log10(lo)))
	lastPower := int(math.Ceil(math.Log10(hi)))
	factors := []float64{1}
	if powersInside := math.Floor(math.Log10(hi)) - math.Ceil(math.Log10(lo)) + 1; powersInside < 3 {
		factors = []float64{1, 2, 5}
	}
	var ticks []tick
	for k := firstPower; k <= lastPower; k++ {
		for _, factor := range factors {
			value := factor * math.Pow10(k)
			if value < lo*(1-1e-9) || value > hi*(1+1e-9) {
				continue
			}
			// 'g' with the shortest exact form prints 0.001 and 1e-05.
			ticks = append(ticks, tick{value, strconv.FormatFloat(value, 'g', -1, 64)})
		}
	}
	return ticks
}

// formatFixed prints v with the given decimals and never prints "-0".
func formatFixed(v float64, decimals int) string {
	text := strconv.FormatFloat(v, 'f', decimals, 64)
	if text == "-"+strconv.FormatFloat(0, 'f', decimals, 64) {
		text = text[1:]
	}
	return text
}

// formatShort prints a value in at most four significant digits, for labels
// such as the minimum and maximum loss: 0.6931, 1.2e-05, 1234.
func formatShort(v float64) string {
	return strconv.FormatFloat(v, 'g', 4, 64)
}
