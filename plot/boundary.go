package plot

import "fmt"

// A Boundary is a classifier of two inputs and the points it learned from,
// ready to be drawn as PNG (WritePNG), SVG (WriteSVG) or terminal text
// (Lines, WriteText). Set exactly one of Probability and Predict; every
// other field is optional.
//
// Each picture calls the classifier many times, once per pixel, heat map cell
// or character, so it should depend on (x, y) alone, as a trained network
// does.
type Boundary struct {
	// Probability returns the probability of class 1 at (x, y), in [0, 1],
	// e.g. the output of a network with a sigmoid output. The heat map goes
	// from orange (p = 0) through white (p = 0.5) to blue (p = 1) and the
	// p = 0.5 contour is drawn as a dark line.
	Probability func(x, y float64) float64
	// Predict returns the predicted class index at (x, y), from 0 to
	// MaxClasses-1, e.g. the argmax of a softmax output. Each class's region
	// gets a light colour of its own and the lines between regions are drawn.
	Predict func(x, y float64) int

	// Points are the samples to mark, each {x, y}; Classes[n] is the class of
	// Points[n]. With Probability the classes are 0 and 1.
	Points  [][]float64
	Classes []int
	// ClassNames name the classes in the legend; default "class 0",
	// "class 1", ... When set, it needs a name for every class shown.
	ClassNames []string

	// The data window. When XMin == XMax (both zero by default) the x range
	// is that of Points widened by 10% on each side; likewise for y.
	XMin, XMax, YMin, YMax float64

	Title  string // shown above the picture (SVG and text)
	XLabel string // name of the horizontal axis, default "x"
	YLabel string // name of the vertical axis, default "y"

	// Width and Height are the size of the heat map in pixels, default 400 × 400.
	// A PNG is exactly this size; an SVG adds room for axes and legend.
	Width, Height int
	// Resolution is the number of SVG heat map cells along the longer side,
	// default 100. The PNG samples every pixel.
	Resolution int
	// Columns is the width of the terminal picture in characters, default 72.
	Columns int
	// Rows is the number of character rows of the terminal plot area; the
	// default keeps the Width:Height shape of the other pictures, counting a
	// character cell as twice as tall as it is wide.
	Rows int
	// ASCII draws the terminal picture in plain 7-bit ASCII, for terminals
	// that cannot show Unicode block characters.
	ASCII bool
}

// Defaults of Boundary's zero-valued options.
const (
	defaultSide       = 400 // Width and Height in pixels
	defaultResolution = 100 // SVG heat map cells along the longer side
	defaultColumns    = 72  // width of a terminal picture
	windowMargin      = 0.1 // share of the points' range added on each side
)

// window is the rectangle of the (x, y) plane a picture shows.
type window struct {
	xMin, xMax, yMin, yMax float64
}

// contains reports whether point {x, y} lies in the window, edges included.
func (w window) contains(point []float64) bool {
	return point[0] >= w.xMin && point[0] <= w.xMax && point[1] >= w.yMin && point[1] <= w.yMax
}

// boundaryPlan is a checked Boundary with its defaults filled in.
type boundaryPlan struct {
	Boundary
	win window
	// classes is the number of classes the legend lists: 2 for
	// Probability, 1 + the largest class seen for Predict.
	classes int
}

// String describes the boundary in one line, e.g.
// "Boundary(Probability, 4 points, x ∈ [-0.1, 1.1], y ∈ [-0.1, 1.1])".
func (b Boundary) String() string {
	kind := "no classifier"
	switch {
	case b.Probability != nil && b.Predict != nil:
		kind = "Probability and Predict"
	case b.Probability != nil:
		kind = "Probability"
	case b.Predict != nil:
		kind = "Predict"
	}
	plan, err := b.plan()
	if err != nil {
		return fmt.Sprintf("Boundary(%s, %d points)", kind, len(b.Points))
	}
	w := plan.win
	return fmt.Sprintf("Boundary(%s, %d points, x ∈ [%.3g, %.3g], y ∈ [%.3g, %.3g])",
		kind, len(b.Points), w.xMin, w.xMax, w.yMin, w.yMax)
}

// plan checks the boundary's data and fills in its defaults. It does not
// call the classifier; sample does, and checks what it returns.
func (b Boundary) plan() (boundaryPlan, error) {
	p := boundaryPlan{Boundary: b}
	if (b.Probability == nil) == (b.Predict == nil) {
		return p, fmt.Errorf("plot: Boundary needs exactly one of Probability and Predict; set Probability for a p(class 1) output, Predict for a class index")
	}
	if err := b.checkPoints(); err != nil {
		return p, err
	}
	if err := b.checkOptions(); err != nil {
		return p, err
	}
	var err error
	p.win.xMin, p.win.xMax, err = axisRange("x", b.XMin, b.XMax, b.Points, 0)
	if err != nil {
		return p, err
	}
	p.win.yMin, p.win.yMax, err = axisRange("y", b.YMin, b.YMax, b.Points, 1)
	if err != nil {
		return p, err
	}
	if p.Width == 0 {
		p.Width = defaultSide
	}
	if p.Height == 0 {
		p.Height = defaultSide
	}
	if p.Resolution == 0 {
		p.Resolution = defaultResolution
	}
	if p.Columns == 0 {
		p.Columns = defaultColumns
	}
	if p.XLabel == "" {
		p.XLabel = "x"
	}
	if p.YLabel == "" {
		p.YLabel = "y"
	}
	p.classes = 2
	for _, class := range b.Classes {
		p.classes = max(p.classes, class+1)
	}
	if b.ClassNames != nil {
		if b.Probability != nil && len(b.ClassNames) != 2 {
			return p, fmt.Errorf("plot: Boundary has %d ClassNames; with Probability there are 2 classes, name both", len(b.ClassNames))
		}
		if len(b.ClassNames) < p.classes {
			return p, fmt.Errorf("plot: Boundary has %d ClassNames but %d classes; name every class, or leave ClassNames nil", len(b.ClassNames), p.classes)
		}
		p.classes = len(b.ClassNames)
	}
	return p, nil
}
