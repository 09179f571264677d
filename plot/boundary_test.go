package plot

import (
	"bytes"
	"image/png"
	"math"
	"strings"
	"testing"
)

// xorBoundary is a hand-made XOR classifier: p > 0.5 where exactly one of
// x, y is above 0.5, with the four corners of the unit square as samples.
func xorBoundary() Boundary {
	return Boundary{
		Probability: func(x, y float64) float64 {
			z := 16 * (x - 0.5) * (0.5 - y)
			return 1 / (1 + math.Exp(-z))
		},
		Points:  [][]float64{{0, 0}, {0, 1}, {1, 0}, {1, 1}},
		Classes: []int{0, 1, 1, 0},
		Title:   "XOR",
	}
}

// threeClasses splits the plane into three regions by two lines.
func threeClasses() Boundary {
	return Boundary{
		Predict: func(x, y float64) int {
			switch {
			case y > 0.3*x+0.5:
				return 2
			case x > 0.6:
				return 1
			}
			return 0
		},
		Points:     [][]float64{{0.1, 0.1}, {0.8, 0.2}, {0.3, 0.9}, {0.9, 0.9}},
		Classes:    []int{0, 1, 2, 2},
		ClassNames: []string{"setosa", "versicolor", "virginica"},
	}
}

func TestBoundarySVG(t *testing.T) {
	tests := []struct {
		b          Boundary
		legendDots int
		wantTexts  []string // axis names, tick labels, legend entries
	}{
		{xorBoundary(), 2, []string{"XOR", "x", "y", "0.0", "0.5", "1.0", "class 0", "class 1", "boundary p = 0.5", "P(class 1)"}},
		{threeClasses(), 3, []string{"x", "y", "0.2", "0.8", "setosa", "versicolor", "virginica", "border between classes"}},
	}
	for _, test := range tests {
		b := test.b
		summary := parseSVG(t, render(t, b.WriteSVG))
		if got, want := summary.elements["circle"], len(b.Points)+test.legendDots; got != want {
			t.Errorf("%v: SVG has %d circles; want %d (points and legend)", b, got, want)
		}
		for _, want := range test.wantTexts {
			if !summary.hasText(want) {
				t.Errorf("%v: SVG has no text %q among %q", b, want, summary.texts)
			}
		}
		if summary.elements["path"] < 2 {
			t.Errorf("%v: SVG has %d paths; want heat map paths and the contour", b, summary.elements["path"])
		}
	}
}

func TestBoundarySVGSize(t *testing.T) {
	b := xorBoundary()
	b.Width, b.Height = 300, 200
	summary := parseSVG(t, render(t, b.WriteSVG))
	wantHeight := num(200 + boundaryTop + boundaryBottom)
	if summary.height != wantHeight {
		t.Errorf("SVG height = %s; want %s", summary.height, wantHeight)
	}
}

func TestBoundaryPNG(t *testing.T) {
	tests := []struct {
		width, height int
		wantW, wantH  int
	}{
		{0, 0, defaultSide, defaultSide},
		{120, 80, 120, 80},
	}
	for _, test := range tests {
		for _, b := range []Boundary{xorBoundary(), threeClasses()} {
			b.Width, b.Height = test.width, test.height
			img, err := png.Decode(bytes.NewReader(render(t, b.WritePNG)))
			if err != nil {
				t.Fatalf("PNG does not decode: %v", err)
			}
			if size := img.Bounds().Size(); size.X != test.wantW || size.Y != test.wantH {
				t.Errorf("Width, Height = %d, %d: PNG is %v; want %dx%d", test.width, test.height, size, test.wantW, test.wantH)
			}
		}
	}
}

// TestBoundaryPNGColours checks the picture where a person would look: a
// blue corner where p ≈ 1, an orange one where p ≈ 0, the dark boundary
// through the middle and a sample's dark rim.
func TestBoundaryPNGColours(t *testing.T) {
	b := xorBoundary()
	b.Points, b.Classes = nil, nil
	b.XMin, b.XMax, b.YMin, b.YMax = 0, 1, 0, 1
	b.Width, b.Height = 100, 100
	img, err := png.Decode(bytes.NewReader(render(t, b.WritePNG)))
	if err != nil {
		t.Fatal(err)
	}
	at := func(x, y int) (r, g, b uint32) {
		r, g, b, _ = img.At(x, y).RGBA()
		return r >> 8, g >> 8, b >> 8
	}
	if r, _, bl := at(5, 5); bl <= r { // top left: x < 0.5, y > 0.5, p ≈ 1
		t.Errorf("top-left pixel = (%d, _, %d); want blue for p ≈ 1", r, bl)
	}
	if r, _, bl := at(5, 95); r <= bl { // bottom left: p ≈ 0
		t.Errorf("bottom-left pixel = (%d, _, %d); want orange for p ≈ 0", r, bl)
	}
	if r, g, bl := at(50, 20); r > 0x80 || g > 0x80 || bl > 0x80 {
		t.Errorf("pixel on x = 0.5 = (%d, %d, %d); want the dark boundary line", r, g, bl)
	}
}

func TestBoundaryDeterministic(t *testing.T) {
	for _, b := range []Boundary{xorBoundary(), threeClasses()} {
		// Small pictures: the size does not matter here, and it keeps the
		// race-detector run fast.
		b.Width, b.Height, b.Resolution = 120, 100, 40
		for _, format := range []struct {
			name  string
			write func(Boundary) []byte
		}{
			{"SVG", func(b Boundary) []byte { return render(t, b.WriteSVG) }},
			{"PNG", func(b Boundary) []byte { return render(t, b.WritePNG) }},
			{"text", func(b Boundary) []byte { return render(t, b.WriteText) }},
		} {
			first, second := format.write(b), format.write(b)
			if !bytes.Equal(first, second) {
				t.Errorf("%v: two %s renderings differ", b, format.name)
			}
		}
	}
}

func TestBoundaryString(t *testing.T) {
	got := xorBoundary().String()
	want := "Boundary(Probability, 4 points, x ∈ [-0.1, 1.1], y ∈ [-0.1, 1.1])"
	if got != want {
		t.Errorf("String() = %q; want %q", got, want)
	}
	if got := (Boundary{}).String(); !strings.Contains(got, "no classifier") {
		t.Errorf("Boundary{}.String() = %q; want it to say there is no classifier", got)
	}
}
