package plot

import (
	"math"
	"testing"
)

// contourTolerance allows for the rounding of one division in the
// interpolation; the test grids hold small exact numbers.
const contourTolerance = 1e-12

func TestContourVerticalLine(t *testing.T) {
	// v = column index, so the level 1.5 is crossed half-way between
	// columns 1 and 2 on every row: a vertical line at x = 1.5.
	grid := [][]float64{{0, 1, 2, 3}, {0, 1, 2, 3}, {0, 1, 2, 3}}
	segments := contour(grid, 1.5)
	if len(segments) != 2 {
		t.Fatalf("contour gave %d segments; want 2 (one per row of cells)", len(segments))
	}
	for _, s := range segments {
		if math.Abs(s.x1-1.5) > contourTolerance || math.Abs(s.x2-1.5) > contourTolerance {
			t.Errorf("segment %+v; want x = 1.5 at both ends", s)
		}
		if math.Abs(math.Abs(s.y2-s.y1)-1) > contourTolerance {
			t.Errorf("segment %+v; want it to cross its cell from top to bottom", s)
		}
	}
}

func TestContourInterpolates(t *testing.T) {
	// One cell, 0 on the left and 4 on the right: level 1 is a quarter of
	// the way across.
	grid := [][]float64{{0, 4}, {0, 4}}
	segments := contour(grid, 1)
	if len(segments) != 1 || math.Abs(segments[0].x1-0.25) > contourTolerance {
		t.Errorf("contour = %+v; want one segment at x = 0.25", segments)
	}
}

func TestContourSaddle(t *testing.T) {
	tests := []struct {
		name string
		grid [][]float64
		want []segment
	}{
		// Centre 0.75 ≥ 0.5 sides with the high top-left corner, so the
		// lines cut off the low top-right and bottom-left corners.
		// Along an edge from 2 to 0, level 0.5 lies 3/4 of the way.
		{"high centre", [][]float64{{1, 0}, {0, 2}}, []segment{{0.5, 0, 1, 0.25}, {0.25, 1, 0, 0.5}}},
		// Centre 0.3 < 0.5 sides with the low corners, so the lines cut
		// off the high top-left and bottom-right corners; from 0.6 to 0,
		// level 0.5 lies 1/6 of the way.
		{"low centre", [][]float64{{0.6, 0}, {0, 0.6}}, []segment{{1.0 / 6, 0, 0, 1.0 / 6}, {1, 5.0 / 6, 5.0 / 6, 1}}},
		{"one high corner", [][]float64{{1, 0}, {0, 0}}, nil},
	}
	for _, test := range tests {
		got := contour(test.grid, 0.5)
		if test.want == nil {
			if len(got) != 1 {
				t.Errorf("%s: contour = %+v; want one segment around the corner", test.name, got)
			}
			continue
		}
		if len(got) != len(test.want) {
			t.Fatalf("%s: contour = %+v; want %+v", test.name, got, test.want)
		}
		for i := range got {
			g, w := got[i], test.want[i]
			if math.Abs(g.x1-w.x1)+math.Abs(g.y1-w.y1)+math.Abs(g.x2-w.x2)+math.Abs(g.y2-w.y2) > 4*contourTolerance {
				t.Errorf("%s: segment %d = %+v; want %+v", test.name, i, g, w)
			}
		}
	}
}

func TestClassContourKeepsSharedBordersOnce(t *testing.T) {
	// Class 0 on the left, class 1 on the right: one border, found from
	// both sides, kept once.
	grid := [][]float64{{0, 1}, {0, 1}}
	if got := classContour(grid, 2); len(got) != 1 {
		t.Errorf("classContour = %+v; want one segment", got)
	}
}
