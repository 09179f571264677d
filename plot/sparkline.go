package plot

import (
	"fmt"
	"math"
)

// Sparkline draws values as one line of block characters ▁▂▃▄▅▆▇█, the
// lowest value as ▁ and the highest as █, to print after a training run:
//
//	loss ▇▅▃▂▂▁▁▁▁▁ 0.693 → 0.012
//
// With more values than width, each character shows the mean of an equal
// share of them; width 0 gives one character per value. A flat series
// draws as ▁. It returns an error if values is empty or holds NaN or ±Inf,
// and panics if width is negative.
func Sparkline(values []float64, width int) (string, error) {
	return sparkline(values, width, []rune("▁▂▃▄▅▆▇█"))
}

// SparklineASCII is Sparkline in plain ASCII, rising _.-:=+*# from the
// lowest value to the highest.
func SparklineASCII(values []float64, width int) (string, error) {
	return sparkline(values, width, []rune("_.-:=+*#"))
}

// sparkline maps each (averaged) value v to one of the levels:
//
//	level = round((v − min) / (max − min) · (len(levels) − 1))
func sparkline(values []float64, width int, levels []rune) (string, error) {
	if width < 0 {
		panic(fmt.Sprintf("plot: Sparkline got width %d, want 0 or more", width))
	}
	if len(values) == 0 {
		return "", fmt.Errorf("plot: Sparkline got no values; record at least one")
	}
	for i, v := range values {
		if math.IsNaN(v) || math.IsInf(v, 0) {
			return "", fmt.Errorf("plot: Sparkline value %d is %v; every value must be a finite number", i, v)
		}
	}
	if width == 0 || width > len(values) {
		width = len(values)
	}
	means := make([]float64, width)
	for i := range means {
		start, end := i*len(values)/width, (i+1)*len(values)/width
		count := float64(end - start)
		for _, v := range values[start:end] {
			means[i] += v / count // divided first, so that values near ±1e308 cannot overflow
		}
	}
	lo, hi := means[0], means[0]
	for _, m := range means {
		lo, hi = math.Min(lo, m), math.Max(hi, m)
	}
	// Halved first, so that hi − lo cannot overflow. (Halving loses the last
	// bit of subnormal numbers: two of them may then draw as a flat series.)
	halfRange := hi/2 - lo/2
	line := make([]rune, width)
	for i, m := range means {
		level := 0
		if halfRange > 0 {
			level = int(math.Round((m/2 - lo/2) / halfRange * float64(len(levels)-1)))
		}
		line[i] = levels[level]
	}
	return string(line), nil
}
