package plot

import (
	"io"
	"math"
	"strings"
	"testing"
)

// TestBoundaryErrors checks that bad data gives an error naming what is
// wrong, from each of the three pictures.
func TestBoundaryErrors(t *testing.T) {
	nan := math.NaN()
	tests := []struct {
		name   string
		change func(b *Boundary)
		want   string // part of the error message
	}{
		{"no classifier", func(b *Boundary) { b.Probability = nil }, "exactly one of Probability and Predict"},
		{"two classifiers", func(b *Boundary) { b.Predict = func(x, y float64) int { return 0 } }, "exactly one"},
		{"fewer classes", func(b *Boundary) { b.Classes = b.Classes[:3] }, "4 Points but 3 Classes"},
		{"3-d point", func(b *Boundary) { b.Points[2] = []float64{1, 0, 5} }, "point 2 has 3 coordinates"},
		{"NaN point", func(b *Boundary) { b.Points[1] = []float64{nan, 1} }, "point 1 is (NaN, 1)"},
		{"class 2", func(b *Boundary) { b.Classes[3] = 2 }, "point 3 has class 2"},
		{"negative class", func(b *Boundary) { b.Classes[0] = -1 }, "point 0 has class -1"},
		{"p above 1", func(b *Boundary) { b.Probability = func(x, y float64) float64 { return 1.5 } }, "= 1.5, want a value in [0, 1]"},
		{"p NaN", func(b *Boundary) { b.Probability = func(x, y float64) float64 { return nan } }, "= NaN"},
		{"XMin above XMax", func(b *Boundary) { b.XMin, b.XMax = 2, 1 }, "XMin 2 is above XMax 1"},
		{"empty y range", func(b *Boundary) { b.YMin, b.YMax = 3, 3 }, "YMin and YMax are both 3"},
		{"no points, no range", func(b *Boundary) { b.Points, b.Classes = nil, nil }, "no Points to fit the x range"},
		{"infinite window", func(b *Boundary) { b.XMax = math.Inf(1) }, "must be finite"},
		{"window below float64's resolution", func(b *Boundary) { b.XMin, b.XMax = 1, math.Nextafter(1, 2) }, "x range [1, 1.0000000000000002] is too narrow"},
		{"tiny window", func(b *Boundary) { b.YMin, b.YMax = 0, 1e-300 }, "y range [0, 1e-300] is too narrow"},
		{"points a few ulps apart", func(b *Boundary) { b.Points = [][]float64{{1e16, 0}, {1e16 + 2, 1}, {1e16, 1}, {1e16 + 2, 0}} },
			"x range [1e+16, 1.0000000000000002e+16] is too narrow to draw (2 wide); make it at least 1e+07 wide"},
		{"points too far apart", func(b *Boundary) { b.Points[0] = []float64{-1e308, 0}; b.Points[3] = []float64{1e308, 1} },
			"x range [-Inf, +Inf] is too wide"},
		{"negative width", func(b *Boundary) { b.Width = -5 }, "Width is -5"},
		{"resolution 1", func(b *Boundary) { b.Resolution = 1 }, "Resolution is 1"},
		{"narrow terminal", func(b *Boundary) { b.Columns = 10 }, "Columns is 10"},
		{"three names", func(b *Boundary) { b.ClassNames = []string{"a", "b", "c"} }, "3 ClassNames"},
	}
	for _, test := range tests {
		for _, picture := range []string{"SVG", "PNG", "text"} {
			b := xorBoundary()
			b.Width, b.Height = 50, 50
			// Deep-copy the points, so a change does not leak into the next case.
			b.Points = [][]float64{{0, 0}, {0, 1}, {1, 0}, {1, 1}}
			test.change(&b)
			var err error
			switch picture {
			case "SVG":
				err = b.WriteSVG(io.Discard)
			case "PNG":
				err = b.WritePNG(io.Discard)
			case "text":
				_, err = b.Lines()
			}
			if err == nil || !strings.Contains(err.Error(), test.want) {
				t.Errorf("%s, %s: error = %v; want one containing %q", test.name, picture, err, test.want)
			}
		}
	}
}

func TestPredictErrors(t *testing.T) {
	tests := []struct {
		name   string
		change func(b *Boundary)
		want   string
	}{
		{"class 8", func(b *Boundary) { b.Predict = func(x, y float64) int { return MaxClasses } }, "= 8, want a class from 0 to 7"},
		{"unnamed class", func(b *Boundary) { b.Predict = func(x, y float64) int { return 3 } }, "ClassNames names only 3 classes"},
		{"point class 8", func(b *Boundary) { b.Classes[0] = 8 }, "point 0 has class 8; classes run from 0 to 7"},
		{"short names", func(b *Boundary) { b.ClassNames = b.ClassNames[:2] }, "2 ClassNames but 3 classes"},
	}
	for _, test := range tests {
		b := threeClasses()
		test.change(&b)
		if err := b.WriteSVG(io.Discard); err == nil || !strings.Contains(err.Error(), test.want) {
			t.Errorf("%s: error = %v; want one containing %q", test.name, err, test.want)
		}
	}
}

func TestBoundaryDoesNotModifyPoints(t *testing.T) {
	b := xorBoundary()
	if err := b.WriteSVG(io.Discard); err != nil {
		t.Fatal(err)
	}
	want := xorBoundary()
	for n := range b.Points {
		if b.Points[n][0] != want.Points[n][0] || b.Points[n][1] != want.Points[n][1] || b.Classes[n] != want.Classes[n] {
			t.Errorf("point %d changed to %v class %d", n, b.Points[n], b.Classes[n])
		}
	}
}

// TestBoundaryWindow checks a window set by hand, with one point outside
// it (not drawn) and one on its corner (drawn).
func TestBoundaryWindow(t *testing.T) {
	b := xorBoundary()
	b.XMin, b.XMax, b.YMin, b.YMax = 0, 0.9, 0, 0.9
	b.Width, b.Height = 100, 100
	summary := parseSVG(t, render(t, b.WriteSVG))
	// (0, 0) is on the corner; (0, 1), (1, 0), (1, 1) are outside.
	if got, want := summary.elements["circle"], 1+2; got != want {
		t.Errorf("SVG has %d circles; want %d (one point, two legend dots)", got, want)
	}
	if _, err := b.Lines(); err != nil {
		t.Errorf("Lines: %v", err)
	}
	if err := b.WritePNG(io.Discard); err != nil {
		t.Errorf("WritePNG: %v", err)
	}
}

// TestBoundarySinglePoint checks the window around points that share a
// coordinate: one unit on each side.
func TestBoundarySinglePoint(t *testing.T) {
	b := xorBoundary()
	b.Points, b.Classes = [][]float64{{2, 3}}, []int{1}
	p, err := b.plan()
	if err != nil {
		t.Fatal(err)
	}
	want := window{1, 3, 2, 4}
	if p.win != want {
		t.Errorf("window = %+v; want %+v", p.win, want)
	}
}

// TestBoundarySmallWindows checks that narrow but drawable windows are
// accepted: data in SI units, and a window of a thousandth at 1000.
func TestBoundarySmallWindows(t *testing.T) {
	for _, window := range [][2]float64{{4e-7, 7e-7}, {1000, 1000.001}, {0, 1e-9}, {-0.001, 0.001}} {
		b := xorBoundary()
		b.XMin, b.XMax, b.YMin, b.YMax = window[0], window[1], window[0], window[1]
		if _, err := b.Lines(); err != nil {
			t.Errorf("window %v: %v", window, err)
		}
		if err := b.WriteSVG(io.Discard); err != nil {
			t.Errorf("window %v, SVG: %v", window, err)
		}
	}
}
