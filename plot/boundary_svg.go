package plot

import (
	"fmt"
	"io"
	"math"
	"strings"
)

// Margins around the heat map of a boundary SVG, in pixels: room for the
// title, the tick labels and axis names, and the legend on the right.
const (
	boundaryLeft   = 70
	boundaryTop    = 40
	boundaryRight  = 24 // plus the legend's width
	boundaryBottom = 60
)

// borderRefinement is how much finer than the heat map the grid is on which
// class borders are traced; 4 makes their steps about a pixel high.
const borderRefinement = 4

// heatLevels is the number of colour steps of the SVG heat map. Neighbouring
// cells of the same step are merged into one rectangle, which keeps the file
// small; 50 steps are more than the eye tells apart.
const heatLevels = 50

// WriteSVG draws the boundary as an SVG picture: the heat map, the boundary
// line, the points, axes with tick labels, and a legend. The heat map is
// Width × Height pixels; the picture adds 100 pixels down and about 250 across
// for the axes and legend. It calls the classifier about 2·Resolution² times,
// 17·Resolution² with Predict, whose borders are traced on a finer grid. It
// returns an error for bad data (see Boundary), for a classifier answer out
// of range, or from w.
func (b Boundary) WriteSVG(w io.Writer) error {
	p, err := b.plan()
	if err != nil {
		return err
	}
	cols, rows := p.gridSize()
	centres, err := p.sampleCentres(cols, rows)
	if err != nil {
		return err
	}
	// Class borders are traced on a finer grid: between two corners of
	// different classes the border can only be placed half-way, which
	// shows as steps unless the grid is much finer than the heat map.
	fine := 1
	if p.Predict != nil {
		fine = borderRefinement
	}
	corners, err := p.sampleCorners(fine*cols, fine*rows)
	if err != nil {
		return err
	}

	area := plotArea{boundaryLeft, boundaryTop, float64(p.Width), float64(p.Height)}
	s := newSVG(area.right()+boundaryRight+p.legendWidth(), area.bottom()+boundaryBottom, p.Title)
	if p.Title != "" {
		s.text(area.left+area.width/2, 26, titleSize, "middle", p.Title, `font-weight="bold"`)
	}
	p.drawHeatMap(s, area, centres)
	p.drawContour(s, area, corners)
	x := func(v float64) float64 { return area.left + (v-p.win.xMin)/(p.win.xMax-p.win.xMin)*area.width }
	y := func(v float64) float64 { return area.top + (p.win.yMax-v)/(p.win.yMax-p.win.yMin)*area.height }
	s.raw("<g>\n")
	for n, point := range p.Points {
		if !p.win.contains(point) {
			continue // outside the window the caller chose
		}
		s.circle(x(point[0]), y(point[1]), 5, hex(classColor(p.Classes[n])), hex(rgb(ink)), 1.2)
	}
	s.raw("</g>\n")
	s.drawAxes(axes{
		area:   area,
		xTicks: linearTicks(p.win.xMin, p.win.xMax, max(2, p.Width/80)),
		yTicks: linearTicks(p.win.yMin, p.win.yMax, max(2, p.Height/80)),
		x:      x, y: y,
		xLabel: p.XLabel, yLabel: p.YLabel,
	})
	p.drawLegend(s, area.right()+boundaryRight, area.top+10)
	return s.writeTo(w)
}

// gridSize returns the SVG heat map's cells across and down: Resolution
// along the longer side, the other side in proportion to the pixel size.
func (p *boundaryPlan) gridSize() (cols, rows int) {
	long := float64(max(p.Width, p.Height))
	cols = max(2, int(math.Round(float64(p.Resolution)*float64(p.Width)/long)))
	rows = max(2, int(math.Round(float64(p.Resolution)*float64(p.Height)/long)))
	return cols, rows
}

// drawHeatMap draws the heat map as one path per colour, each made of one
// rectangle per run of same-coloured cells in a row. Grouping by colour
// keeps the file a few times smaller than one <rect> per run.
func (p *boundaryPlan) drawHeatMap(s *svgWriter, area plotArea, centres [][]float64) {
	cellWidth := area.width / float64(len(centres[0]))
	cellHeight := area.height / float64(len(centres))
	var colors []string // in order of first use, so the output is deterministic
	paths := make(map[string]*strings.Builder)
	for r, row := range centres {
		runStart := 0
		for c := 1; c <= len(row); c++ {
			color := p.heatColor(row[runStart])
			if c < len(row) && p.heatColor(row[c]) == color {
				continue
			}
			if paths[color] == nil {
				colors = append(colors, color)
				paths[color] = &strings.Builder{}
			}
			// Move to the run's top-left corner, then go round it.
			x := area.left + float64(runStart)*cellWidth
			y := area.top + float64(r)*cellHeight
			runWidth := float64(c-runStart) * cellWidth
			fmt.Fprintf(paths[color], "M%s %sh%sv%sh-%sz", num(x), num(y), num(runWidth), num(cellHeight), num(runWidth))
			runStart = c
		}
	}
	// crispEdges stops the browser from leaving faint seams between cells.
	s.raw(`<g shape-rendering="crispEdges">` + "\n")
	for _, color := range colors {
		s.raw(`<path fill="` + color + `" d="` + paths[color].String() + `"/>` + "\n")
	}
	s.raw("</g>\n")
}

// heatColor is the SVG colour of one cell, with the probability rounded to
// one of heatLevels steps.
func (p *boundaryPlan) heatColor(v float64) string {
	if p.Probability != nil {
		v = math.Round(v*heatLevels) / heatLevels
	}
	return hex(p.cellColor(v))
}

// drawContour draws the p = 0.5 line, or the borders between classes, as
// one path.
func (p *boundaryPlan) drawContour(s *svgWriter, area plotArea, corners [][]float64) {
	var segments []segment
	if p.Probability != nil {
		segments = contour(corners, 0.5)
	} else {
		segments = classContour(corners, MaxClasses)
	}
	if len(segments) == 0 {
		return
	}
	cellWidth := area.width / float64(len(corners[0])-1)
	cellHeight := area.height / float64(len(corners)-1)
	var d strings.Builder
	for _, seg := range segments {
		d.WriteString("M" + num(area.left+seg.x1*cellWidth) + " " + num(area.top+seg.y1*cellHeight))
		d.WriteString("L" + num(area.left+seg.x2*cellWidth) + " " + num(area.top+seg.y2*cellHeight))
	}
	s.raw(`<path d="` + d.String() + `" fill="none" stroke="` + hex(rgb(ink)) +
		`" stroke-width="2.5" stroke-linecap="round" stroke-linejoin="round"/>` + "\n")
}
