package plot

import (
	"fmt"
	"math"
)

// sampleCentres evaluates the classifier at the centres of a cols × rows grid
// of cells over the window. Row 0 is the top of the picture (y = yMax),
// because images count rows downwards. With Predict the values are class
// indices as float64.
func (p *boundaryPlan) sampleCentres(cols, rows int) ([][]float64, error) {
	xs := spread(p.win.xMin, p.win.xMax, cols, 0.5)
	ys := spread(p.win.yMax, p.win.yMin, rows, 0.5)
	return p.sampleAt(xs, ys)
}

// sampleCorners evaluates the classifier at the corners of the same grid:
// (rows+1) × (cols+1) values, for drawing the contour between them.
func (p *boundaryPlan) sampleCorners(cols, rows int) ([][]float64, error) {
	// The left (top) edges of the cells, then the far edge of the last one.
	xs := append(spread(p.win.xMin, p.win.xMax, cols, 0), p.win.xMax)
	ys := append(spread(p.win.yMax, p.win.yMin, rows, 0), p.win.yMin)
	return p.sampleAt(xs, ys)
}

// spread divides [from, to] into n equal cells and returns the point at
// fraction offset of each cell: 0.5 gives the centres, 0 the left edges.
func spread(from, to float64, n int, offset float64) []float64 {
	points := make([]float64, n)
	for i := range points {
		points[i] = from + (float64(i)+offset)*(to-from)/float64(n)
	}
	return points
}

// sampleAt evaluates the classifier at every (xs[c], ys[r]) and checks each
// answer: a probability must lie in [0, 1], a class in the palette, and
// neither may be NaN.
func (p *boundaryPlan) sampleAt(xs, ys []float64) ([][]float64, error) {
	values := make([][]float64, len(ys))
	for r, y := range ys {
		values[r] = make([]float64, len(xs))
		for c, x := range xs {
			v, err := p.value(x, y)
			if err != nil {
				return nil, err
			}
			values[r][c] = v
		}
	}
	return values, nil
}

// value is the classifier's checked answer at one point.
func (p *boundaryPlan) value(x, y float64) (float64, error) {
	if p.Probability != nil {
		probability := p.Probability(x, y)
		if math.IsNaN(probability) || probability < 0 || probability > 1 {
			return 0, fmt.Errorf("plot: Probability(%.4g, %.4g) = %v, want a value in [0, 1]; for a class index use Predict", x, y, probability)
		}
		return probability, nil
	}
	class := p.Predict(x, y)
	if class < 0 || class >= MaxClasses {
		return 0, fmt.Errorf("plot: Predict(%.4g, %.4g) = %d, want a class from 0 to %d", x, y, class, MaxClasses-1)
	}
	if p.ClassNames != nil && class >= len(p.ClassNames) {
		return 0, fmt.Errorf("plot: Predict(%.4g, %.4g) = %d, but ClassNames names only %d classes", x, y, class, len(p.ClassNames))
	}
	p.classes = max(p.classes, class+1)
	return float64(class), nil
}
