package plot

import (
	"bytes"
	"io"
	"math"
	"strings"
	"testing"
)

// history returns a falling loss curve of n epochs.
func history(n int, start, floor float64) []float64 {
	values := make([]float64, n)
	for e := range values {
		values[e] = floor + (start-floor)*math.Exp(-float64(e)/float64(n)*5)
	}
	return values
}

func trainAndValidation() LossCurve {
	return LossCurve{
		Series: []Series{
			{Name: "train", Values: history(200, 0.7, 0.01)},
			{Name: "validation", Values: history(200, 0.75, 0.08)},
		},
		Title: "XOR",
	}
}

func TestLossCurveSVG(t *testing.T) {
	tests := []struct {
		log       bool
		wantTexts []string
	}{
		{false, []string{"XOR", "Epoch", "Loss", "0.0", "0.2", "100", "train", "validation"}},
		{true, []string{"Loss (log scale)", "0.02", "0.1", "0.5"}},
	}
	for _, test := range tests {
		c := trainAndValidation()
		c.LogScale = test.log
		summary := parseSVG(t, render(t, c.WriteSVG))
		for _, want := range test.wantTexts {
			if !summary.hasText(want) {
				t.Errorf("LogScale %v: no text %q among %q", test.log, want, summary.texts)
			}
		}
		if got := summary.elements["path"]; got != 2 {
			t.Errorf("LogScale %v: %d paths; want 2, one per series", test.log, got)
		}
	}
}

// TestLossCurveLogScaleMovesLines checks that LogScale changes the chart:
// on a log axis the late, small losses get far more room.
func TestLossCurveLogScaleMovesLines(t *testing.T) {
	c := trainAndValidation()
	linear := render(t, c.WriteSVG)
	c.LogScale = true
	logarithmic := render(t, c.WriteSVG)
	if bytes.Equal(linear, logarithmic) {
		t.Error("LogScale did not change the SVG")
	}
}

func TestLossCurveShortHistory(t *testing.T) {
	c := LossCurve{Series: []Series{{Values: []float64{0.5}}}}
	summary := parseSVG(t, render(t, c.WriteSVG))
	if summary.elements["circle"] != 1 {
		t.Errorf("one epoch: %d circles; want a dot for it", summary.elements["circle"])
	}
	if lines, err := c.Lines(); err != nil || !strings.Contains(strings.Join(lines, "\n"), "*") {
		t.Errorf("one epoch: Lines() = %q, %v; want a * for it", lines, err)
	}
}

func TestLossCurveLongHistoryIsThinned(t *testing.T) {
	values := history(100000, 1, 0.01)
	values[54321] = 3 // a spike must survive thinning
	kept := keptEpochs(values, 480)
	if len(kept) > 2*480 {
		t.Errorf("keptEpochs kept %d epochs; want at most %d", len(kept), 2*480)
	}
	found := false
	for i, e := range kept {
		found = found || e == 54321
		if i > 0 && e <= kept[i-1] {
			t.Fatalf("keptEpochs not increasing at %d: %d after %d", i, e, kept[i-1])
		}
	}
	if !found {
		t.Error("keptEpochs dropped the spike at epoch 54321")
	}
}

func TestLossCurveDeterministic(t *testing.T) {
	c := trainAndValidation()
	for _, log := range []bool{false, true} {
		c.LogScale = log
		if !bytes.Equal(render(t, c.WriteSVG), render(t, c.WriteSVG)) {
			t.Errorf("LogScale %v: two SVG renderings differ", log)
		}
		if !bytes.Equal(render(t, c.WriteText), render(t, c.WriteText)) {
			t.Errorf("LogScale %v: two text renderings differ", log)
		}
	}
}

func TestLossCurveErrors(t *testing.T) {
	tests := []struct {
		name string
		c    LossCurve
		want string
	}{
		{"no series", LossCurve{}, "no Series"},
		{"empty history", LossCurve{Series: []Series{{Name: "train"}}}, `series 0 ("train") has no values`},
		{"NaN", LossCurve{Series: []Series{{Values: []float64{0.7, math.NaN()}}}}, "series 0 is NaN at epoch 2"},
		{"Inf", LossCurve{Series: []Series{{Values: []float64{math.Inf(1)}}}}, "+Inf at epoch 1"},
		{"huge", LossCurve{Series: []Series{{Values: []float64{-1e308, 1e308, 0}}}}, "series 0 is -1e+308 at epoch 1, too large to draw"},
		{"subnormal on a log scale", LossCurve{LogScale: true, Series: []Series{{Values: []float64{5e-324, 1}}}}, "too small for a log scale"},
		{"log of 0", LossCurve{Series: []Series{{Values: []float64{0.5, 0}}}, LogScale: true}, "log scale needs positive values"},
		{"unnamed", LossCurve{Series: []Series{{Name: "a", Values: []float64{1}}, {Values: []float64{1}}}}, "series 1 has no Name"},
		{"negative height", LossCurve{Series: []Series{{Values: []float64{1}}}, Height: -1}, "Height is -1"},
		{"narrow", LossCurve{Series: []Series{{Values: []float64{1}}}, Columns: 12}, "Columns is 12"},
	}
	for _, test := range tests {
		errSVG := test.c.WriteSVG(io.Discard)
		_, errText := test.c.Lines()
		for _, err := range []error{errSVG, errText} {
			if err == nil || !strings.Contains(err.Error(), test.want) {
				t.Errorf("%s: error = %v; want one containing %q", test.name, err, test.want)
			}
		}
	}
}

func TestLossCurveLines(t *testing.T) {
	for _, size := range []struct{ columns, want int }{{0, defaultColumns}, {60, 60}, {80, 80}} {
		for _, log := range []bool{false, true} {
			c := trainAndValidation()
			columns, want := size.columns, size.want
			c.Columns, c.LogScale = columns, log
			lines, err := c.Lines()
			if err != nil {
				t.Fatal(err)
			}
			text := strings.Join(lines, "\n")
			if got := widest(lines); got != want {
				t.Errorf("Columns %d: widest line = %d; want %d\n%s", columns, got, want, text)
			}
			for _, label := range []string{"0.7", "0.01477", "200", "Epoch", "* train", "+ validation"} {
				if !strings.Contains(text, label) {
					t.Errorf("Columns %d, LogScale %v: no %q in\n%s", columns, log, label, text)
				}
			}
		}
	}
}

func TestLossCurveString(t *testing.T) {
	c := LossCurve{Series: []Series{{Name: "train", Values: []float64{0.6931, 0.25, 0.0123}}}, LogScale: true}
	got := c.String()
	want := "LossCurve(log scale, train: 3 epochs, 0.6931 → 0.0123)"
	if got != want {
		t.Errorf("String() = %q; want %q", got, want)
	}
}
