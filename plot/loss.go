package plot

import (
	"fmt"
	"math"
	"strings"
)

// A Series is one named curve of a LossCurve: Values[e] is the Loss after
// Epoch e+1.
type Series struct {
	Name   string
	Values []float64
}

// A LossCurve is a training history, ready to be drawn as an SVG line chart
// (WriteSVG) or a terminal chart (Lines, WriteText). For one curve:
//
//	curve := plot.LossCurve{Series: []plot.Series{{Name: "train", Values: losses}}}
//
// Several curves share the axes, e.g. training and validation Loss, or the
// same network trained with different LearningRates. Every other field is
// optional.
type LossCurve struct {
	Series []Series
	// LogScale puts the Loss axis on a log scale, which shows the slow late
	// progress of training that a linear axis flattens onto the floor. It
	// needs every value to be positive.
	LogScale bool

	Title  string // shown above the chart
	XLabel string // default "Epoch"
	YLabel string // default "Loss"

	// Width and Height are the size of the SVG plot area in pixels, default
	// 480 × 300; the picture adds room for axes and legend.
	Width, Height int
	// Columns is the width of the terminal chart in characters, default 72;
	// Rows is the height of its plot area, default 10.
	Columns, Rows int
	// ASCII draws the terminal chart in plain 7-bit ASCII.
	ASCII bool
}

// Defaults of LossCurve's zero-valued options.
const (
	defaultLossWidth  = 480
	defaultLossHeight = 300
	defaultLossRows   = 10
)

// String describes the curves in one line, e.g.
// "LossCurve(train: 500 epochs, 0.6931 → 0.01234)".
func (c LossCurve) String() string {
	var parts []string
	for _, series := range c.Series {
		if len(series.Values) == 0 {
			parts = append(parts, series.Name+": empty")
			continue
		}
		first, last := series.Values[0], series.Values[len(series.Values)-1]
		parts = append(parts, fmt.Sprintf("%s: %d epochs, %s → %s",
			series.Name, len(series.Values), formatShort(first), formatShort(last)))
	}
	scale := ""
	if c.LogScale {
		scale = "log scale, "
	}
	return "LossCurve(" + scale + strings.Join(parts, "; ") + ")"
}

// plan checks the curves and fills in the defaults of a copy.
func (c LossCurve) plan() (LossCurve, error) {
	if len(c.Series) == 0 {
		return c, fmt.Errorf("plot: LossCurve has no Series; add one with the Loss of each Epoch")
	}
	for k, series := range c.Series {
		if err := c.checkSeries(k, series); err != nil {
			return c, err
		}
	}
	sizes := []struct {
		name  string
		value int
	}{{"Width", c.Width}, {"Height", c.Height}, {"Rows", c.Rows}}
	for _, size := range sizes {
		if size.value < 0 {
			return c, fmt.Errorf("plot: LossCurve %s is %d; it must be positive, or 0 for the default", size.name, size.value)
		}
	}
	if c.Columns != 0 && c.Columns < minColumns {
		return c, fmt.Errorf("plot: LossCurve Columns is %d; a terminal chart needs at least %d, or 0 for the default %d", c.Columns, minColumns, defaultColumns)
	}
	c.Width = orDefault(c.Width, defaultLossWidth)
	c.Height = orDefault(c.Height, defaultLossHeight)
	c.Columns = orDefault(c.Columns, defaultColumns)
	c.Rows = orDefault(c.Rows, defaultLossRows)
	if c.XLabel == "" {
		c.XLabel = "Epoch"
	}
	if c.YLabel == "" {
		c.YLabel = "Loss"
	}
	return c, nil
}

// maxLossValue bounds the values a chart takes, 1e300 (and 1e-300 on a log
// scale): far beyond any loss of a training that did not diverge, and far
// enough from float64's limits (about 1.8e308) that the chart's scales
// cannot overflow.
const maxLossValue = 1e300

// checkSeries checks series k: not empty, every value finite and within
// ±maxLossValue (and positive on a log scale), and a name when there are
// several to tell apart.
func (c LossCurve) checkSeries(k int, series Series) error {
	name := fmt.Sprintf("series %d", k)
	if series.Name != "" {
		name = fmt.Sprintf("series %d (%q)", k, series.Name)
	}
	if len(series.Values) == 0 {
		return fmt.Errorf("plot: LossCurve %s has no values; record the Loss of at least one Epoch", name)
	}
	if series.Name == "" && len(c.Series) > 1 {
		return fmt.Errorf("plot: LossCurve %s has no Name; name every series so the legend can tell them apart", name)
	}
	for e, v := range series.Values {
		if math.IsNaN(v) || math.IsInf(v, 0) {
			return fmt.Errorf("plot: LossCurve %s is %v at epoch %d; training diverged, try a smaller LearningRate", name, v, e+1)
		}
		if c.LogScale && v <= 0 {
			return fmt.Errorf("plot: LossCurve %s is %v at epoch %d; a log scale needs positive values, turn LogScale off", name, v, e+1)
		}
		if math.Abs(v) > maxLossValue {
			return fmt.Errorf("plot: LossCurve %s is %g at epoch %d, too large to draw; training diverged, try a smaller LearningRate", name, v, e+1)
		}
		if c.LogScale && v < 1/maxLossValue {
			return fmt.Errorf("plot: LossCurve %s is %g at epoch %d, too small for a log scale; turn LogScale off", name, v, e+1)
		}
	}
	return nil
}

// valueRange returns the smallest and largest value of all series.
func (c LossCurve) valueRange() (lo, hi float64) {
	lo, hi = math.Inf(1), math.Inf(-1)
	for _, series := range c.Series {
		for _, v := range series.Values {
			lo = math.Min(lo, v)
			hi = math.Max(hi, v)
		}
	}
	return lo, hi
}

// epochs returns the length of the longest series.
func (c LossCurve) epochs() int {
	n := 0
	for _, series := range c.Series {
		n = max(n, len(series.Values))
	}
	return n
}

// orDefault returns value, or fallback when value is zero.
func orDefault(value, fallback int) int {
	if value == 0 {
		return fallback
	}
	return value
}
