package perceptron

import (
	"math"
	"math/rand/v2"
	"slices"
	"strings"
	"testing"

	"github.com/tocha-go/tocha/activation"
)

func TestNewStartsAtZero(t *testing.T) {
	p := New(3)
	if !slices.Equal(p.Weights, []float64{0, 0, 0}) || p.Bias != 0 || p.Activation.Name != "step" {
		t.Errorf("New(3) = %v; want Weights [0 0 0], Bias 0, step", p)
	}
}

// NewRandom draws from the caller's generator only, in [−1, 1), and the
// same seed gives the same perceptron.
func TestNewRandom(t *testing.T) {
	a := NewRandom(4, rand.New(rand.NewPCG(1, 2)))
	b := NewRandom(4, rand.New(rand.NewPCG(1, 2)))
	c := NewRandom(4, rand.New(rand.NewPCG(3, 4)))
	if !slices.Equal(a.Weights, b.Weights) || a.Bias != b.Bias {
		t.Errorf("same seed: %v and %v; want equal", a, b)
	}
	if slices.Equal(a.Weights, c.Weights) {
		t.Errorf("different seeds: both %v; want different weights", a)
	}
	for _, v := range append(slices.Clone(a.Weights), a.Bias) {
		if v < -1 || v >= 1 {
			t.Errorf("NewRandom value %v; want it in [-1, 1)", v)
		}
	}
	if a.Activation.Name != "step" {
		t.Errorf("NewRandom activation = %v; want step", a.Activation)
	}
}

// Forward on the NAND perceptron w = [−2, −1], b = 2, the end of the
// classroom trace, including the boundary z = 0 where step gives 1.
func TestForward(t *testing.T) {
	p := &Perceptron{Weights: []float64{-2, -1}, Bias: 2, Activation: activation.MustNew("step")}
	tests := []struct {
		x     []float64
		z, a  float64
		label string
	}{
		{[]float64{0, 0}, 2, 1, "NAND(0,0)"},
		{[]float64{0, 1}, 1, 1, "NAND(0,1)"},
		{[]float64{1, 0}, 0, 1, "NAND(1,0), on the line: step(0) = 1"},
		{[]float64{1, 1}, -1, 0, "NAND(1,1)"},
		{[]float64{0.5, -3}, 4, 1, "off the grid"},
	}
	for _, tt := range tests {
		z, a := p.Forward(tt.x)
		if z != tt.z || a != tt.a {
			t.Errorf("%s: Forward(%v) = (%v, %v); want (%v, %v)", tt.label, tt.x, z, a, tt.z, tt.a)
		}
		if got := p.Predict(tt.x); got != tt.a {
			t.Errorf("%s: Predict(%v) = %v; want %v", tt.label, tt.x, got, tt.a)
		}
	}
}

// A perceptron written as a literal, without an Activation, uses step.
func TestZeroActivationIsStep(t *testing.T) {
	p := &Perceptron{Weights: []float64{1}, Bias: 0}
	for _, x := range []float64{-1, 0, 1} {
		if got, want := p.Predict([]float64{x}), activation.Step(x); got != want {
			t.Errorf("Predict([%v]) = %v; want step(%v) = %v", x, got, x, want)
		}
	}
	if got := p.String(); !strings.HasSuffix(got, "Activation: step)") {
		t.Errorf("String() = %q; want it to name the step activation", got)
	}
}

func TestForwardPanics(t *testing.T) {
	tests := []struct {
		name string
		p    *Perceptron
		x    []float64
		want string
	}{
		{"too many inputs", New(2), []float64{1, 2, 3}, "perceptron: Forward got 3 inputs, want 2"},
		{"too few inputs", New(2), []float64{1}, "perceptron: Forward got 1 input, want 2"},
		{"NaN input", New(2), []float64{math.NaN(), 0}, "z = NaN"},
		{"Inf cancels", &Perceptron{Weights: []float64{1, 1}}, []float64{math.Inf(1), math.Inf(-1)}, "z = NaN"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := panicMessage(func() { tt.p.Forward(tt.x) })
			if !strings.Contains(got, tt.want) {
				t.Errorf("Forward(%v) panicked with %q; want %q", tt.x, got, tt.want)
			}
		})
	}
}

func TestConstructorsPanic(t *testing.T) {
	if got := panicMessage(func() { New(0) }); got != "perceptron: New got 0 inputs, want at least 1" {
		t.Errorf("New(0) panicked with %q", got)
	}
	if got := panicMessage(func() { NewRandom(2, nil) }); !strings.Contains(got, "nil *rand.Rand") {
		t.Errorf("NewRandom(2, nil) panicked with %q", got)
	}
}

func TestCountCorrect(t *testing.T) {
	inputs, _ := gate("NAND")
	p := &Perceptron{Weights: []float64{-2, -1}, Bias: 2}
	for _, tt := range []struct {
		gate string
		want int
	}{{"NAND", 4}, {"AND", 0}, {"OR", 2}, {"XOR", 3}} {
		_, labels := gate(tt.gate)
		got, err := p.CountCorrect(inputs, labels)
		if err != nil || got != tt.want {
			t.Errorf("NAND perceptron: CountCorrect(%s) = %d, %v; want %d, nil", tt.gate, got, err, tt.want)
		}
	}
}

func TestString(t *testing.T) {
	p := &Perceptron{Weights: []float64{-2, -1}, Bias: 2, Activation: activation.MustNew("step")}
	want := "Perceptron(Weights: [-2.000 -1.000], Bias: 2.000, Activation: step)"
	if got := p.String(); got != want {
		t.Errorf("String() = %q; want %q", got, want)
	}
	e := Epoch{Epoch: 5, Mistakes: 1, Samples: 4, Correct: 4, Weights: []float64{-2, -1}, Bias: 2}
	wantEpoch := "epoch 5: 1 of 4 wrong during the pass, ending at Weights [-2.000 -1.000], Bias 2.000, which get 4 of 4 right"
	if got := e.String(); got != wantEpoch {
		t.Errorf("Epoch.String() = %q; want %q", got, wantEpoch)
	}
}

// panicMessage runs f and returns what it panicked with, or "" if it did not.
func panicMessage(f func()) (msg string) {
	defer func() {
		if r := recover(); r != nil {
			msg, _ = r.(string)
			if msg == "" {
				msg = "non-string panic"
			}
		}
	}()
	f()
	return ""
}
