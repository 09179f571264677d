package plot

import (
	"fmt"
	"image/color"
	"io"
	"strings"
)

// Margins around the plot area of a loss chart, in pixels.
const (
	lossLeft   = 80
	lossTop    = 40
	lossRight  = 24 // plus the legend's width, if there is one
	lossBottom = 60
)

// lossMarkerLimit is the longest history drawn with a dot on every epoch;
// beyond it the dots would merge into the line.
const lossMarkerLimit = 30

// WriteSVG draws the curves as an SVG line chart with labelled axes, grid
// lines, and a legend when the series have names. The Loss axis starts at 0
// unless a value is negative; with LogScale it spans the values' powers of
// ten. The plot area is Width × Height pixels; the picture adds about 100
// down and 100 across, plus the legend. It returns an error for bad data
// (see LossCurve) or from w.
func (c LossCurve) WriteSVG(w io.Writer) error {
	c, err := c.plan()
	if err != nil {
		return err
	}
	n := c.epochs()
	legend := c.svgLegendWidth()
	area := plotArea{lossLeft, lossTop, float64(c.Width), float64(c.Height)}
	s := newSVG(area.right()+lossRight+legend, area.bottom()+lossBottom, c.Title)
	if c.Title != "" {
		s.text(area.left+area.width/2, 26, titleSize, "middle", c.Title, `font-weight="bold"`)
	}

	// Epochs run from 1 to n; a single epoch gets room on both sides.
	xLo, xHi := 1.0, float64(n)
	if n == 1 {
		xLo, xHi = 0.5, 1.5
	}
	yScale := c.yScale()
	x := func(epoch float64) float64 { return area.left + (epoch-xLo)/(xHi-xLo)*area.width }
	y := func(v float64) float64 {
		return area.top + (yScale.hi-yScale.position(v))/(yScale.hi-yScale.lo)*area.height
	}
	ax := axes{
		area: area, x: x, y: y, grid: true,
		xTicks: integerTicks(linearTicks(xLo, xHi, max(2, c.Width/80))),
		yTicks: yScale.ticks(max(2, c.Height/60)),
		xLabel: c.XLabel, yLabel: c.YLabel,
	}
	if c.LogScale {
		ax.yLabel += " (log scale)"
	}
	s.drawGrid(ax)
	for k, series := range c.Series {
		var d strings.Builder
		for i, e := range keptEpochs(series.Values, c.Width) {
			command := "L"
			if i == 0 {
				command = "M"
			}
			d.WriteString(command + num(x(float64(e+1))) + " " + num(y(series.Values[e])))
		}
		color := hex(seriesColor(k))
		s.raw(`<path d="` + d.String() + `" fill="none" stroke="` + color + `" stroke-width="2" stroke-linejoin="round"` + seriesDash(k) + "/>\n")
		if len(series.Values) <= lossMarkerLimit {
			for e, v := range series.Values {
				s.circle(x(float64(e+1)), y(v), 3, color, color, 0)
			}
		}
	}
	s.drawAxes(ax)
	if legend > 0 {
		c.drawSVGLegend(s, area.right()+lossRight, area.top+10)
	}
	return s.writeTo(w)
}

// svgLegendWidth estimates the legend's width (see Boundary's legendWidth),
// or returns 0 when no series has a name.
func (c LossCurve) svgLegendWidth() float64 {
	longest := 0
	for _, series := range c.Series {
		longest = max(longest, width(series.Name))
	}
	if longest == 0 {
		return 0
	}
	return 30 + float64(longest)*0.6*tickSize + 10
}

// drawSVGLegend draws a line sample and the name of each series.
func (c LossCurve) drawSVGLegend(s *svgWriter, x, y float64) {
	for k, series := range c.Series {
		s.line(x, y, x+22, y, hex(seriesColor(k)), 2, strings.TrimSpace(seriesDash(k)))
		s.text(x+30, y+tickSize/3, tickSize, "start", series.Name, "")
		y += legendRow
	}
}

// seriesColor is the colour of series k: blue, orange, then the rest of
// the class palette, so train and validation look like the Playground's.
func seriesColor(k int) color.RGBA {
	switch k % MaxClasses {
	case 0:
		return classColor(1)
	case 1:
		return classColor(0)
	}
	return classColor(k % MaxClasses)
}

// seriesDash gives every series after the first a dash pattern, so the
// curves stay apart when printed in grey or seen by a colour-blind reader.
func seriesDash(k int) string {
	patterns := []string{"", "8 4", "2 3", "8 3 2 3"}
	pattern := patterns[k%len(patterns)]
	if pattern == "" {
		return ""
	}
	return fmt.Sprintf(` stroke-dasharray="%s"`, pattern)
}

// keptEpochs returns the epochs (0-based) of values to draw on a chart of
// the given pixel width. A long history is thinned to the lowest and highest
// value of each pixel column, in the order they came, which keeps every
// spike visible while the file stays small.
func keptEpochs(values []float64, pixels int) []int {
	n := len(values)
	kept := make([]int, 0, min(n, 2*pixels))
	if n <= 2*pixels {
		for e := range n {
			kept = append(kept, e)
		}
		return kept
	}
	for column := range pixels {
		start, end := column*n/pixels, (column+1)*n/pixels
		lowest, highest := start, start
		for e := start; e < end; e++ {
			if values[e] < values[lowest] {
				lowest = e
			}
			if values[e] > values[highest] {
				highest = e
			}
		}
		kept = append(kept, min(lowest, highest))
		if highest != lowest {
			kept = append(kept, max(lowest, highest))
		}
	}
	return kept
}
