package plot

import "strconv"

// Legend layout of a boundary SVG, in pixels.
const (
	legendRow    = 22  // height of one legend entry
	legendSwatch = 14  // side of a colour square
	legendBar    = 120 // height of the probability colour bar
)

// drawLegend draws the legend with its top-left corner at (x, y): one entry
// per class, the boundary line, and for Probability a colour bar that reads
// heat map colours back as probabilities.
func (p *boundaryPlan) drawLegend(s *svgWriter, x, y float64) {
	frame := `stroke="` + hex(rgb(frameGrey)) + `" stroke-width="0.5"`
	for k := 0; k < p.classes; k++ {
		if p.Predict != nil {
			// The square shows the class's region colour, the dot its samples.
			s.rect(x, y-legendSwatch/2, legendSwatch, legendSwatch, hex(regionColor(k)), frame)
		}
		s.circle(x+legendSwatch/2, y, 5, hex(classColor(k)), hex(rgb(ink)), 1.2)
		s.text(x+legendSwatch+8, y+tickSize/3, tickSize, "start", p.className(k), "")
		y += legendRow
	}

	lineName := p.lineName()
	s.line(x, y, x+legendSwatch, y, hex(rgb(ink)), 2.5, `stroke-linecap="round"`)
	s.text(x+legendSwatch+8, y+tickSize/3, tickSize, "start", lineName, "")
	if p.Predict != nil {
		return
	}

	y += legendRow + 6
	s.text(x, y, tickSize, "start", "P("+p.className(1)+")", "")
	top := y + 14
	// The heat map colour changes linearly on each side of 0.5, so three
	// gradient stops reproduce it exactly.
	s.raw(`<defs><linearGradient id="probability" x1="0" y1="1" x2="0" y2="0">` +
		`<stop offset="0" stop-color="` + hex(probabilityColor(0)) + `"/>` +
		`<stop offset="0.5" stop-color="` + hex(probabilityColor(0.5)) + `"/>` +
		`<stop offset="1" stop-color="` + hex(probabilityColor(1)) + `"/>` +
		"</linearGradient></defs>\n")
	s.rect(x, top, legendSwatch, legendBar, "url(#probability)", frame)
	for _, mark := range []struct {
		label    string
		fraction float64 // of the way down the bar
	}{{"1", 0}, {"0.5", 0.5}, {"0", 1}} {
		markY := top + mark.fraction*legendBar
		s.line(x+legendSwatch, markY, x+legendSwatch+4, markY, hex(rgb(frameGrey)), 1, "")
		s.text(x+legendSwatch+8, markY+tickSize/3, tickSize, "start", mark.label, "")
	}
}

// lineName is the legend entry of the dark line.
func (p *boundaryPlan) lineName() string {
	if p.Probability != nil {
		return "boundary p = 0.5"
	}
	return "border between classes"
}

// legendWidth estimates the legend's width from its longest entry, taking
// a character of tick-size text as 0.6 of the font size wide (the average
// of DejaVu Sans and Arial, a little generous).
func (p *boundaryPlan) legendWidth() float64 {
	longest := width(p.lineName())
	for k := 0; k < p.classes; k++ {
		longest = max(longest, width(p.className(k)))
	}
	return legendSwatch + 8 + float64(longest)*0.6*tickSize + 10
}

// className is the legend name of class k: ClassNames[k], or "class k".
func (p *boundaryPlan) className(k int) string {
	if p.ClassNames != nil {
		return p.ClassNames[k]
	}
	return "class " + strconv.Itoa(k)
}
