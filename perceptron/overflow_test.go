package perceptron

import (
	"errors"
	"fmt"
	"math"
	"slices"
	"strings"
	"testing"
)

// Numbers too large for float64 are bad settings or data, not a programmer's
// mistake: Train returns an error naming where it happened and what to do,
// puts the Weights and Bias back as they were, and never panics.
func TestTrainOverflowIsAnError(t *testing.T) {
	huge := 1e308 // finite, but twice it is +Inf
	nandInputs, nandLabels := gate("NAND")
	tests := []struct {
		name   string
		inputs [][]float64
		labels []float64
		lr     float64
		want   []string // parts of the error message
	}{
		// NAND from zero: epoch 1 ends at w = [−1e308, −1e308], b = −1e308,
		// and scoring row 1 with those gives z = −2e308 = −Inf.
		{"learning rate 1e308", nandInputs, nandLabels, huge,
			[]string{"at the end of epoch 1, scoring row 1", "-Inf", "smaller Config.LearningRate", "rescale the inputs"}},
		// Row 0 is a mistake that moves w to [−1e308, −1e308]; row 1 then
		// computes z = −1e308·1e308·2 − 1 = −Inf during the pass.
		{"inputs 1e308", [][]float64{{huge, huge}, {huge, huge}}, []float64{0, 0}, 1,
			[]string{"in epoch 1, row 1", "z = w·x + b is -Inf", "smaller Config.LearningRate", "rescale the inputs"}},
		// The update for row 0 is lr·e·x = −1e308·10 = −Inf.
		{"update overflows a weight", [][]float64{{10, 0}}, []float64{0}, huge,
			[]string{"in epoch 1, the update for row 0", "Weights[0] -Inf"}},
		// Row 0 is a mistake: w = −1e308, b = −1e308. Row 1 has
		// z = 1e308 − 1e308 = 0, another mistake: w = 0, b = −2e308 = −Inf.
		{"update overflows the bias", [][]float64{{1}, {-1}}, []float64{0, 0}, huge,
			[]string{"in epoch 1, the update for row 1", "Bias -Inf"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := &Perceptron{Weights: make([]float64, len(tt.inputs[0])), Bias: 0}
			inputsBefore := cloneRows(tt.inputs)
			var history History
			var err error
			if msg := panicMessage(func() {
				history, err = p.Train(tt.inputs, tt.labels, Config{LearningRate: tt.lr, MaxEpochs: 10, Trace: true})
			}); msg != "" {
				t.Fatalf("Train panicked with %q; want an error", msg)
			}
			if err == nil {
				t.Fatalf("Train = %v, nil; want an overflow error", history)
			}
			for _, part := range tt.want {
				if !strings.Contains(err.Error(), part) {
					t.Errorf("Train error = %q; want it to contain %q", err, part)
				}
			}
			if !errors.Is(err, ErrOverflow) {
				t.Errorf("Train error = %q; want one wrapping ErrOverflow", err)
			}
			if history != nil {
				t.Errorf("Train history = %v; want nil on error", history)
			}
			if !slices.Equal(p.Weights, make([]float64, len(p.Weights))) || p.Bias != 0 {
				t.Errorf("after a failed Train: %v; want the zero start restored", p)
			}
			if !rowsEqual(tt.inputs, inputsBefore) {
				t.Errorf("Train modified the caller's inputs: %v; want %v", tt.inputs, inputsBefore)
			}
		})
	}
}

// Weights or a Bias that are already NaN or ±Inf are refused before the
// first sample, with an error naming the weight; nothing changes.
func TestTrainRejectsNonFiniteWeights(t *testing.T) {
	inputs, labels := gate("NAND")
	nan, inf := math.NaN(), math.Inf(1)
	tests := []struct {
		weights []float64
		bias    float64
		want    string
	}{
		{[]float64{nan, 0}, 0, "Weights[0] is NaN"},
		{[]float64{0, inf}, 0, "Weights[1] is +Inf"},
		{[]float64{0, 0}, -inf, "Bias is -Inf"},
		{[]float64{0, 0}, nan, "Bias is NaN"},
	}
	for _, tt := range tests {
		t.Run(tt.want, func(t *testing.T) {
			p := &Perceptron{Weights: slices.Clone(tt.weights), Bias: tt.bias}
			var history History
			var err error
			if msg := panicMessage(func() { history, err = p.Train(inputs, labels, classroom()) }); msg != "" {
				t.Fatalf("Train panicked with %q; want an error", msg)
			}
			if err == nil || !strings.Contains(err.Error(), tt.want) || history != nil {
				t.Fatalf("Train = %v, %v; want nil and an error containing %q", history, err, tt.want)
			}
			if !slices.EqualFunc(p.Weights, tt.weights, sameFloat) || !sameFloat(p.Bias, tt.bias) {
				t.Errorf("after a rejected Train: %v; want it unchanged", p)
			}
			if _, err := p.CountCorrect(inputs, labels); err == nil || !strings.Contains(err.Error(), tt.want) {
				t.Errorf("CountCorrect error = %v; want one containing %q", err, tt.want)
			}
		})
	}
}

// CountCorrect reports a z that overflows as an error naming the row, where
// it used to reach Forward's panic.
func TestCountCorrectOverflowIsAnError(t *testing.T) {
	p := &Perceptron{Weights: []float64{1e308, 1e308}}
	inputs := [][]float64{{0, 1}, {1, 1}, {1, -1}}
	labels := []float64{1, 1, 0}
	var got int
	var err error
	if msg := panicMessage(func() { got, err = p.CountCorrect(inputs, labels) }); msg != "" {
		t.Fatalf("CountCorrect panicked with %q; want an error", msg)
	}
	if err == nil || !strings.Contains(err.Error(), "row 1") || !strings.Contains(err.Error(), "+Inf") || !errors.Is(err, ErrOverflow) {
		t.Errorf("CountCorrect = %d, %v; want an ErrOverflow error naming row 1 and +Inf", got, err)
	}
}

// Train never panics on finite data and settings, however large: a sweep
// over learning rates and input scales up to the edge of float64 gives
// either a result or an error.
func TestTrainNeverPanicsOnFiniteValues(t *testing.T) {
	_, labels := gate("XOR")
	for _, lr := range []float64{1e-308, 1, 1e154, 1e300, 1e308, math.MaxFloat64} {
		for _, scale := range []float64{1e-300, 1, 1e154, 1e300, -1e308, math.MaxFloat64} {
			inputs := [][]float64{{0, 0}, {0, scale}, {scale, 0}, {scale, -scale}}
			name := fmt.Sprintf("lr %g, inputs %g", lr, scale)
			p := New(2)
			if msg := panicMessage(func() { _, _ = p.Train(inputs, labels, Config{LearningRate: lr, MaxEpochs: 20}) }); msg != "" {
				t.Errorf("%s: Train panicked with %q; want a result or an error", name, msg)
			}
		}
	}
}
