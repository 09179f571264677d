package plot

import (
	"fmt"
	"math"
)

// checkPoints checks that every point is a finite {x, y} with a class the
// palette can show.
func (b Boundary) checkPoints() error {
	if len(b.Points) != len(b.Classes) {
		return fmt.Errorf("plot: Boundary has %d Points but %d Classes; give one class per point", len(b.Points), len(b.Classes))
	}
	for n, point := range b.Points {
		if len(point) != 2 {
			return fmt.Errorf("plot: Boundary point %d has %d coordinates, want 2 (x, y)", n, len(point))
		}
		if !isFinite(point[0]) || !isFinite(point[1]) {
			return fmt.Errorf("plot: Boundary point %d is (%v, %v); coordinates must be finite numbers", n, point[0], point[1])
		}
	}
	maxClass := MaxClasses - 1
	if b.Probability != nil {
		maxClass = 1
	}
	for n, class := range b.Classes {
		if class < 0 || class > maxClass {
			if b.Probability != nil {
				return fmt.Errorf("plot: Boundary point %d has class %d; with Probability the classes are 0 and 1 (use Predict for more classes)", n, class)
			}
			return fmt.Errorf("plot: Boundary point %d has class %d; classes run from 0 to %d", n, class, maxClass)
		}
	}
	return nil
}

// checkOptions rejects negative sizes and a window that is set but empty.
func (b Boundary) checkOptions() error {
	sizes := []struct {
		name  string
		value int
	}{{"Width", b.Width}, {"Height", b.Height}, {"Resolution", b.Resolution}, {"Rows", b.Rows}}
	for _, size := range sizes {
		if size.value < 0 {
			return fmt.Errorf("plot: Boundary %s is %d; it must be positive, or 0 for the default", size.name, size.value)
		}
	}
	if b.Resolution == 1 {
		return fmt.Errorf("plot: Boundary Resolution is 1; it needs at least 2 cells, or 0 for the default %d", defaultResolution)
	}
	if b.Columns != 0 && b.Columns < minColumns {
		return fmt.Errorf("plot: Boundary Columns is %d; a terminal picture needs at least %d, or 0 for the default %d", b.Columns, minColumns, defaultColumns)
	}
	for _, v := range []float64{b.XMin, b.XMax, b.YMin, b.YMax} {
		if !isFinite(v) {
			return fmt.Errorf("plot: Boundary window [%v, %v] × [%v, %v] must be finite", b.XMin, b.XMax, b.YMin, b.YMax)
		}
	}
	return nil
}

// axisRange returns the range [lo, hi] of one axis: the one set by the
// caller, or that of the points' coordinate dim widened by windowMargin.
func axisRange(name string, lo, hi float64, points [][]float64, dim int) (float64, float64, error) {
	if lo != hi {
		if lo > hi {
			return 0, 0, fmt.Errorf("plot: Boundary %sMin %v is above %sMax %v; swap them", upper(name), lo, upper(name), hi)
		}
		return lo, hi, checkSpan(name, lo, hi)
	}
	if lo != 0 {
		return 0, 0, fmt.Errorf("plot: Boundary %sMin and %sMax are both %v; set a range, or leave both 0 to fit the points", upper(name), upper(name), lo)
	}
	if len(points) == 0 {
		return 0, 0, fmt.Errorf("plot: Boundary has no Points to fit the %s range to; set %sMin and %sMax", name, upper(name), upper(name))
	}
	lo, hi = math.Inf(1), math.Inf(-1)
	for _, point := range points {
		lo = math.Min(lo, point[dim])
		hi = math.Max(hi, point[dim])
	}
	span := hi - lo
	if span == 0 {
		// All points share this coordinate: show one unit around it.
		lo, hi = lo-1, hi+1
	} else {
		lo, hi = lo-windowMargin*span, hi+windowMargin*span
	}
	return lo, hi, checkSpan(name, lo, hi)
}

// checkSpan returns an error unless the range [lo, hi] can be drawn: its
// width must be finite and at least 1e-9 times its largest coordinate (and
// at least 1e-9), so that the cells' coordinates differ and the tick labels
// need about a dozen characters.
func checkSpan(name string, lo, hi float64) error {
	span, magnitude := hi-lo, math.Max(1, math.Max(math.Abs(lo), math.Abs(hi)))
	switch {
	case math.IsInf(span, 0) || math.IsInf(magnitude, 0):
		return fmt.Errorf("plot: Boundary %s range [%g, %g] is too wide to compute with; "+
			"scale the data first (dataset.Standardizer)", name, lo, hi)
	case span < 1e-9*magnitude:
		return fmt.Errorf("plot: Boundary %s range [%g, %g] is too narrow to draw (%.3g wide); "+
			"make it at least %.3g wide, or scale the data first (dataset.Standardizer)", name, lo, hi, span, 1e-9*magnitude)
	}
	return nil
}

func upper(axis string) string {
	if axis == "x" {
		return "X"
	}
	return "Y"
}

func isFinite(v float64) bool {
	return !math.IsNaN(v) && !math.IsInf(v, 0)
}
