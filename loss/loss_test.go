package loss

import (
	"math"
	"strings"
	"testing"
)

func TestClampsAndOverflow(t *testing.T) {
	tests := []struct {
		name      string
		got, want float64
	}{
		// BCE: log(0) is clamped to −100, so a certain, wrong prediction costs 100.
		{"BCE(p=0, y=1)", BCE([][]float64{{0}}, [][]float64{{1}}), 100},
		{"BCE(p=1, y=0)", BCE([][]float64{{1}}, [][]float64{{0}}), 100},
		{"BCE(p=1, y=1)", BCE([][]float64{{1}}, [][]float64{{1}}), 0},
		{"BCE(p=0.5, y=1)", BCE([][]float64{{0.5}}, [][]float64{{1}}), math.Ln2},
		// bceEpsilon keeps the gradient finite: (0 − 1)/ε.
		{"BCEGradient(p=0, y=1)", BCEGradient(nil, [][]float64{{0}}, [][]float64{{1}})[0][0], -1 / bceEpsilon},
		{"BCEWithLogits(z=50, y=0)", BCEWithLogits([][]float64{{50}}, [][]float64{{0}}), 50},
		{"BCEWithLogits(z=-50, y=0)", BCEWithLogits([][]float64{{-50}}, [][]float64{{0}}), 0},
		{"BCEWithLogitsGradient(z=1000, y=0)", BCEWithLogitsGradient(nil, [][]float64{{1000}}, [][]float64{{0}})[0][0], 1},
		{"CrossEntropy([1000 0], 1)", CrossEntropy([][]float64{{1000, 0}}, []int{1}), 1000},
		{"CrossEntropyGradient([1000 0], 1)[0]", CrossEntropyGradient(nil, [][]float64{{1000, 0}}, []int{1})[0][0], 1},
		{"CrossEntropyGradient([1000 0], 1)[1]", CrossEntropyGradient(nil, [][]float64{{1000, 0}}, []int{1})[0][1], -1},
		{"CrossEntropyOneHot([1000 0], [0 1])", CrossEntropyOneHot([][]float64{{1000, 0}}, [][]float64{{0, 1}}), 1000},
		{"MSE mean over B·n", MSE([][]float64{{1, 2}, {3, 4}}, [][]float64{{0, 0}, {0, 0}}), 30.0 / 4},
		{"CrossEntropy mean over B", CrossEntropy([][]float64{{0, 0}, {0, 0}}, []int{0, 1}), math.Ln2},
	}
	for _, tt := range tests {
		if tt.got != tt.want {
			t.Errorf("%s = %v; want %v", tt.name, tt.got, tt.want)
		}
	}
}

// lossCase is one loss with a batch to differentiate it at.
type lossCase struct {
	name     string
	value    func(outputs [][]float64) float64
	gradient func(outputs [][]float64) [][]float64
	outputs  [][]float64
}

func lossCases() []lossCase {
	probabilities := [][]float64{{0.2, 0.9}, {0.6, 0.35}, {0.05, 0.7}}
	targets := [][]float64{{0, 1}, {1, 0}, {0.3, 1}}
	logits := [][]float64{{1.5, -0.4, 0.3}, {-2, 0.1, 0.8}}
	oneHot := [][]float64{{1, 0, 0}, {0, 0.25, 0.75}}
	classes := []int{0, 2}
	return []lossCase{
		{"MSE", func(o [][]float64) float64 { return MSE(o, targets) },
			func(o [][]float64) [][]float64 { return MSEGradient(nil, o, targets) }, probabilities},
		{"BCE", func(o [][]float64) float64 { return BCE(o, targets) },
			func(o [][]float64) [][]float64 { return BCEGradient(nil, o, targets) }, probabilities},
		{"BCEWithLogits", func(o [][]float64) float64 { return BCEWithLogits(o, targets) },
			func(o [][]float64) [][]float64 { return BCEWithLogitsGradient(nil, o, targets) },
			[][]float64{{1.2, -0.3}, {0.4, 2}, {-1, 0.1}}},
		{"CrossEntropy", func(o [][]float64) float64 { return CrossEntropy(o, classes) },
			func(o [][]float64) [][]float64 { return CrossEntropyGradient(nil, o, classes) }, logits},
		{"CrossEntropyOneHot", func(o [][]float64) float64 { return CrossEntropyOneHot(o, oneHot) },
			func(o [][]float64) [][]float64 { return CrossEntropyOneHotGradient(nil, o, oneHot) }, logits},
	}
}

// TestGradientFiniteDifference nudges each output by ±h and compares
// (L(o+h) − L(o−h)) / 2h with the analytic gradient.
func TestGradientFiniteDifference(t *testing.T) {
	// h balances truncation error (∝ h²) against rounding error (∝ ε/h).
	const h = 1e-6
	// fdTolerance: what a central difference with that h can resolve.
	const fdTolerance = 1e-7
	for _, c := range lossCases() {
		analytic := c.gradient(c.outputs)
		for b := range c.outputs {
			for k := range c.outputs[b] {
				plus, minus := copyBatch(c.outputs), copyBatch(c.outputs)
				plus[b][k] += h
				minus[b][k] -= h
				numeric := (c.value(plus) - c.value(minus)) / (2 * h)
				if math.Abs(numeric-analytic[b][k]) > fdTolerance {
					t.Errorf("%s: ∂L/∂o[%d][%d] = %v; finite difference gives %v",
						c.name, b, k, analytic[b][k], numeric)
				}
			}
		}
	}
}

// TestInputsUnchanged calls every function and checks that the outputs
// and targets it was given are bit-identical afterwards.
func TestInputsUnchanged(t *testing.T) {
	for _, c := range lossCases() {
		before := copyBatch(c.outputs)
		c.value(c.outputs)
		c.gradient(c.outputs)
		for b := range before {
			for k := range before[b] {
				if math.Float64bits(before[b][k]) != math.Float64bits(c.outputs[b][k]) {
					t.Fatalf("%s changed its input: %v; was %v", c.name, c.outputs, before)
				}
			}
		}
	}
	targets := [][]float64{{0, 1}}
	classes := []int{1}
	for _, name := range Names() {
		l := MustNew(name)
		outputs := [][]float64{{0.3, 0.6}}
		l.Forward(outputs, targets)
		l.Backward(nil, outputs, targets)
		if outputs[0][0] != 0.3 || outputs[0][1] != 0.6 || targets[0][0] != 0 || targets[0][1] != 1 {
			t.Errorf("%s changed its inputs", name)
		}
	}
	CrossEntropyGradient(nil, [][]float64{{1, 2}}, classes)
	if classes[0] != 1 {
		t.Error("CrossEntropyGradient changed its classes")
	}
}

func TestGradientIntoDst(t *testing.T) {
	outputs := [][]float64{{0.2, 0.7}}
	targets := [][]float64{{0, 1}}
	dst := [][]float64{{99, 99}}
	got := MSEGradient(dst, outputs, targets)
	if &got[0][0] != &dst[0][0] {
		t.Fatal("MSEGradient did not write into dst")
	}
	if got[0][0] != 0.2 || math.Abs(got[0][1]+0.3) > 1e-15 {
		t.Errorf("MSEGradient = %v; want [[0.2 -0.3]]", got)
	}
}

func TestShapePanics(t *testing.T) {
	tests := []struct {
		name string
		call func()
		want string
	}{
		{"rows", func() { MSE([][]float64{{1}, {2}}, [][]float64{{1}}) }, "MSE got 1 target rows, want 2"},
		{"row length", func() { BCE([][]float64{{0.5, 0.5}}, [][]float64{{1}}) }, "BCE row 0 has 1 targets, want 2"},
		{"empty", func() { MSE(nil, nil) }, "MSE got an empty batch"},
		{"dst", func() { MSEGradient([][]float64{{0}}, [][]float64{{1, 2}}, [][]float64{{1, 2}}) }, "dst row 0 of length 1, want 2"},
		{"class range", func() { CrossEntropy([][]float64{{1, 2}}, []int{2}) }, "row 0 has class 2, want 0 to 1"},
		{"class count", func() { CrossEntropy([][]float64{{1, 2}}, []int{0, 1}) }, "got 2 classes, want 1"},
		{"empty row", func() { MSE([][]float64{{}}, [][]float64{{}}) }, "MSE row 0 is empty"},
		{"empty logits", func() { CrossEntropy([][]float64{{1, 2}, {}}, []int{0, 0}) }, "CrossEntropy row 1 is empty"},
		{"empty one-hot row", func() { CrossEntropyOneHot([][]float64{{}}, [][]float64{{}}) }, "CrossEntropyOneHot row 0 is empty"},
		{"p above 1", func() { BCE([][]float64{{0.5}, {1.5}}, [][]float64{{1}, {1}}) }, "BCE got p = 1.5 in row 1, column 0"},
		{"p below 0", func() { BCEGradient(nil, [][]float64{{-0.1}}, [][]float64{{0}}) }, "BCEGradient got p = -0.1 in row 0"},
	}
	for _, tt := range tests {
		func() {
			defer func() {
				msg, _ := recover().(string)
				if !strings.Contains(msg, tt.want) {
					t.Errorf("%s: panic %q; want it to contain %q", tt.name, msg, tt.want)
				}
			}()
			tt.call()
		}()
	}
}

func TestNew(t *testing.T) {
	for _, name := range Names() {
		l, err := New(name)
		if err != nil || l.Name != name {
			t.Errorf("New(%q) = %v, %v", name, l, err)
		}
	}
	if _, err := New("hinge"); err == nil || !strings.Contains(err.Error(), "cross_entropy") {
		t.Errorf("New(\"hinge\") error = %v; want one listing the known names", err)
	}
}

func copyBatch(batch [][]float64) [][]float64 {
	out := make([][]float64, len(batch))
	for b := range batch {
		out[b] = append([]float64(nil), batch[b]...)
	}
	return out
}

// TestBCENaNOutput checks that a NaN output is not refused but gives a NaN
// loss, which mlp.Train reports as divergence, naming the epoch.
func TestBCENaNOutput(t *testing.T) {
	if got := BCE([][]float64{{math.NaN()}}, [][]float64{{1}}); !math.IsNaN(got) {
		t.Errorf("BCE of a NaN output = %v; want NaN", got)
	}
}
