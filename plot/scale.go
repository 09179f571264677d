package plot

import "math"

// A valueScale maps the Loss axis: position(v) is v itself on a linear
// axis and log10(v) on a log axis, and [lo, hi] is the range of positions
// the chart shows.
type valueScale struct {
	log    bool
	lo, hi float64
}

// position is where v sits along the axis, in the scale's units.
func (s valueScale) position(v float64) float64 {
	if s.log {
		return math.Log10(v)
	}
	return v
}

// ticks returns about n ticks for a linear axis, or the powers of ten (and
// 2 and 5 times them on a short range) for a log axis.
func (s valueScale) ticks(n int) []tick {
	if s.log {
		return logTicks(math.Pow(10, s.lo), math.Pow(10, s.hi))
	}
	return linearTicks(s.lo, s.hi, n)
}

// yScale chooses the SVG chart's Loss axis. A linear axis starts at 0 when
// no value is negative, because a Loss is read against zero; a log axis
// covers the values. Both leave 5% of the range free above and below the
// data, so no curve touches the frame.
func (c LossCurve) yScale() valueScale {
	lo, hi := c.valueRange()
	s := valueScale{log: c.LogScale}
	if c.LogScale {
		lo, hi = math.Log10(lo), math.Log10(hi)
	} else if lo >= 0 {
		lo = 0
	}
	switch {
	case hi == lo && lo == 0 && !c.LogScale:
		// Every value is 0: show 0 to 1.
		hi = 1
	case hi == lo:
		// A flat curve: show half a unit (or half a power of ten) around it.
		lo, hi = lo-0.5, hi+0.5
	}
	margin := 0.05 * (hi - lo)
	s.hi = hi + margin
	s.lo = lo
	if c.LogScale || lo < 0 {
		s.lo = lo - margin
	}
	return s
}

// integerTicks keeps the ticks on whole numbers: epochs have no halves.
func integerTicks(ticks []tick) []tick {
	var whole []tick
	for _, t := range ticks {
		if t.value == math.Trunc(t.value) {
			whole = append(whole, tick{t.value, formatFixed(t.value, 0)})
		}
	}
	return whole
}
