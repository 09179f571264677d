package plot

import (
	"io"
	"math"
	"strconv"
	"strings"
)

// seriesMarks are the characters of the curves in a terminal chart, one per
// series in order; they are ASCII, so they look the same in both charsets.
const seriesMarks = "*+ox#@%&"

// Lines draws the curves as a small terminal chart, one string per line,
// none wider than Columns (default 72), Rows (default 10) high. The top
// row's label is the largest value and the bottom row's the smallest, so
// the chart uses its full height; with LogScale the rows are spaced by
// log10 of the Loss. Each character column covers an equal share of the
// epochs and shows the lowest to highest value among them, joined to its
// neighbours, so a noisy history shows as a band. Series are drawn with
// * + o x # @ % &, the later on top. It returns an error for bad data (see
// LossCurve).
func (c LossCurve) Lines() ([]string, error) {
	c, err := c.plan()
	if err != nil {
		return nil, err
	}
	frame := frameCharsFor(c.ASCII)
	lo, hi := c.valueRange()
	top, bottom := formatShort(hi), formatShort(lo)
	labelWidth := max(width(top), width(bottom))
	cols := c.Columns - labelWidth - 2 // labels, a space, the axis

	scale := valueScale{log: c.LogScale, lo: lo, hi: hi}
	scale.lo, scale.hi = scale.position(lo), scale.position(hi)
	rowOf := func(v float64) int {
		if scale.hi == scale.lo {
			return c.Rows / 2 // a flat curve runs through the middle
		}
		fraction := (scale.hi - scale.position(v)) / (scale.hi - scale.lo)
		return int(math.Round(fraction * float64(c.Rows-1)))
	}
	cells := make([][]rune, c.Rows)
	for r := range cells {
		cells[r] = []rune(strings.Repeat(" ", cols))
	}
	for k, series := range c.Series {
		mark := rune(seriesMarks[k%len(seriesMarks)])
		columns := columnRanges(series.Values, cols*len(series.Values)/c.epochs())
		previousTop, previousBottom := -1, -1
		for col, span := range columns {
			rowTop, rowBottom := rowOf(span.hi), rowOf(span.lo)
			// Join to the previous column, so the curve has no gaps.
			if previousTop >= 0 && previousBottom < rowTop-1 {
				rowTop = previousBottom + 1
			}
			if previousTop >= 0 && previousTop > rowBottom+1 {
				rowBottom = previousTop - 1
			}
			for r := rowTop; r <= rowBottom; r++ {
				cells[r][col] = mark
			}
			previousTop, previousBottom = rowOf(span.hi), rowOf(span.lo)
		}
	}

	yName := c.YLabel
	if c.LogScale {
		yName += " (log scale)"
	}
	lines := headerLines(yName, c.Title, labelWidth+1, cols+1)
	for r := range cells {
		label, edge := "", frame.vertical
		switch r {
		case 0:
			label, edge = top, frame.leftTick
		case c.Rows - 1:
			label, edge = bottom, frame.leftTick
		}
		lines = append(lines, strings.TrimRight(padLeft(label, labelWidth)+" "+string(edge)+string(cells[r]), " "))
	}
	indent := strings.Repeat(" ", labelWidth+1)
	lines = append(lines, indent+string(frame.bottomLeft)+strings.Repeat(string(frame.horizontal), cols))
	// The first and last epoch at the ends, the axis name in between.
	last := strconv.Itoa(c.epochs())
	tickLine := []rune(padRight(indent+" 1", c.Columns-width(last)) + last)
	nameStart := labelWidth + 2 + (cols-width(c.XLabel))/2
	copy(tickLine[max(0, nameStart):], []rune(c.XLabel))
	lines = append(lines, string(tickLine))
	if c.hasNames() {
		var items []string
		for k, series := range c.Series {
			items = append(items, string(seriesMarks[k%len(seriesMarks)])+" "+series.Name)
		}
		lines = append(lines, wrapItems(items, labelWidth+2, c.Columns)...)
	}
	return lines, nil
}

// WriteText writes Lines to w, each ending in a newline. It returns Lines'
// error or w's.
func (c LossCurve) WriteText(w io.Writer) error {
	lines, err := c.Lines()
	if err != nil {
		return err
	}
	return writeLines(w, lines)
}

// hasNames reports whether any series has a name for the legend.
func (c LossCurve) hasNames() bool {
	for _, series := range c.Series {
		if series.Name != "" {
			return true
		}
	}
	return false
}

// valueSpan is the lowest and highest value within one column of a chart.
type valueSpan struct {
	lo, hi float64
}

// columnRanges spreads values over n columns (n ≥ 1). With more values than
// columns, each column gets the lowest and highest of its share; with fewer,
// each column gets the value linearly interpolated at its place, so a short
// history still draws a line rather than steps.
func columnRanges(values []float64, n int) []valueSpan {
	n = max(1, n)
	spans := make([]valueSpan, n)
	if len(values) >= n {
		for col := range spans {
			start, end := col*len(values)/n, (col+1)*len(values)/n
			span := valueSpan{math.Inf(1), math.Inf(-1)}
			for _, v := range values[start:end] {
				span.lo, span.hi = math.Min(span.lo, v), math.Max(span.hi, v)
			}
			spans[col] = span
		}
		return spans
	}
	for col := range spans {
		position := 0.0 // where the column falls among the values, 0 … len-1
		if n > 1 {
			position = float64(col) * float64(len(values)-1) / float64(n-1)
		}
		left := int(position)
		right := min(left+1, len(values)-1)
		t := position - float64(left)
		v := values[left] + t*(values[right]-values[left])
		spans[col] = valueSpan{v, v}
	}
	return spans
}
