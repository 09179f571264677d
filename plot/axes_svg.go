package plot

// A plotArea is the rectangle of an SVG picture where the data is drawn, in
// pixels from the picture's top-left corner.
type plotArea struct {
	left, top, width, height float64
}

func (a plotArea) right() float64  { return a.left + a.width }
func (a plotArea) bottom() float64 { return a.top + a.height }

// axes says how to draw the frame, ticks and axis names around a plotArea.
// x and y map a data value to its pixel position.
type axes struct {
	area           plotArea
	xTicks, yTicks []tick
	x, y           func(float64) float64
	xLabel, yLabel string
	// grid draws light lines across the area at each tick, which helps to
	// read values off a line chart.
	grid bool
}

// Text sizes in SVG pictures, in pixels.
const (
	titleSize = 16
	labelSize = 14 // axis names
	tickSize  = 12 // tick labels and legend
)

// tickLength is how far tick marks stick out of the frame, in pixels.
const tickLength = 5

// drawGrid draws the grid lines of a; call it before the data so the data
// covers them.
func (s *svgWriter) drawGrid(a axes) {
	if !a.grid {
		return
	}
	for _, t := range a.yTicks {
		y := a.y(t.value)
		s.line(a.area.left, y, a.area.right(), y, hex(rgb(gridGrey)), 1, "")
	}
	for _, t := range a.xTicks {
		x := a.x(t.value)
		s.line(x, a.area.top, x, a.area.bottom(), hex(rgb(gridGrey)), 1, "")
	}
}

// drawAxes draws the frame, tick marks, tick labels and axis names of a;
// call it after the data so the frame stays on top.
func (s *svgWriter) drawAxes(a axes) {
	area := a.area
	frame := hex(rgb(frameGrey))
	s.rect(area.left, area.top, area.width, area.height, "none", `stroke="`+frame+`" stroke-width="1"`)
	for _, t := range a.xTicks {
		x := a.x(t.value)
		s.line(x, area.bottom(), x, area.bottom()+tickLength, frame, 1, "")
		s.text(x, area.bottom()+tickLength+tickSize+2, tickSize, "middle", t.label, "")
	}
	for _, t := range a.yTicks {
		y := a.y(t.value)
		s.line(area.left-tickLength, y, area.left, y, frame, 1, "")
		// A third of the font size below the tick centres the digits on it.
		s.text(area.left-tickLength-3, y+tickSize/3, tickSize, "end", t.label, "")
	}
	xNameY := area.bottom() + tickLength + tickSize + labelSize + 12
	s.text(area.left+area.width/2, xNameY, labelSize, "middle", a.xLabel, "")
	yNameX := area.left - 50
	yNameY := area.top + area.height/2
	s.text(yNameX, yNameY, labelSize, "middle", a.yLabel,
		`transform="rotate(-90 `+num(yNameX)+` `+num(yNameY)+`)"`)
}
