package perceptron

import (
	"math"
	"slices"
	"strings"
	"testing"

	"github.com/tocha-go/tocha/activation"
)

// Bad data or settings give an error that names the problem, and change
// neither the perceptron nor the caller's slices.
func TestTrainRejectsBadInput(t *testing.T) {
	tests := []struct {
		name   string
		inputs [][]float64
		labels []float64
		cfg    Config
		want   string // a part of the error message
	}{
		{"no samples", [][]float64{}, []float64{}, classroom(), "no samples"},
		{"nil samples", nil, nil, classroom(), "no samples"},
		{"more labels than rows", [][]float64{{0, 0}}, []float64{0, 1}, classroom(), "1 input rows but 2 labels"},
		{"more rows than labels", [][]float64{{0, 0}, {1, 1}}, []float64{0}, classroom(), "2 input rows but 1 labels"},
		{"ragged rows", [][]float64{{0, 0}, {0, 1, 1}, {1, 0}}, []float64{0, 1, 1}, classroom(), "row 1 has 3 inputs, want 2"},
		{"rows shorter than weights", [][]float64{{0}, {1}}, []float64{0, 1}, classroom(), "row 0 has 1 input, want 2"},
		{"label 2", [][]float64{{0, 0}, {1, 1}}, []float64{0, 2}, classroom(), "labels[1] is 2; labels must be 0 or 1"},
		{"label -1", [][]float64{{0, 0}, {1, 1}}, []float64{-1, 1}, classroom(), "labels[0] is -1"},
		{"label NaN", [][]float64{{0, 0}}, []float64{math.NaN()}, classroom(), "labels[0] is NaN"},
		{"input NaN", [][]float64{{0, 0}, {math.NaN(), 1}}, []float64{0, 1}, classroom(), "row 1, input 0 is NaN"},
		{"input +Inf", [][]float64{{0, math.Inf(1)}}, []float64{0}, classroom(), "row 0, input 1 is +Inf"},
		{"input -Inf", [][]float64{{math.Inf(-1), 0}}, []float64{0}, classroom(), "row 0, input 0 is -Inf"},
		{"learning rate 0", [][]float64{{0, 0}}, []float64{0}, Config{MaxEpochs: 10}, "LearningRate is 0"},
		{"learning rate < 0", [][]float64{{0, 0}}, []float64{0}, Config{LearningRate: -1, MaxEpochs: 10}, "LearningRate is -1"},
		{"learning rate NaN", [][]float64{{0, 0}}, []float64{0}, Config{LearningRate: math.NaN(), MaxEpochs: 10}, "LearningRate is NaN"},
		{"learning rate +Inf", [][]float64{{0, 0}}, []float64{0}, Config{LearningRate: math.Inf(1), MaxEpochs: 10}, "LearningRate is +Inf"},
		{"max epochs 0", [][]float64{{0, 0}}, []float64{0}, Config{LearningRate: 1}, "MaxEpochs is 0"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := &Perceptron{Weights: []float64{0.5, -0.5}, Bias: 0.25}
			inputsBefore := cloneRows(tt.inputs)
			labelsBefore := slices.Clone(tt.labels)

			history, err := p.Train(tt.inputs, tt.labels, tt.cfg)
			if err == nil || !strings.Contains(err.Error(), tt.want) {
				t.Fatalf("Train error = %v; want one containing %q", err, tt.want)
			}
			if history != nil {
				t.Errorf("Train history = %v; want nil on bad input", history)
			}
			if !slices.Equal(p.Weights, []float64{0.5, -0.5}) || p.Bias != 0.25 {
				t.Errorf("after a rejected Train: %v; want it unchanged", p)
			}
			if !rowsEqual(tt.inputs, inputsBefore) || !slices.EqualFunc(tt.labels, labelsBefore, sameFloat) {
				t.Errorf("Train modified the caller's data: %v %v; want %v %v",
					tt.inputs, tt.labels, inputsBefore, labelsBefore)
			}
			if tt.cfg == classroom() {
				if _, err := p.CountCorrect(tt.inputs, tt.labels); err == nil || !strings.Contains(err.Error(), tt.want) {
					t.Errorf("CountCorrect error = %v; want one containing %q", err, tt.want)
				}
			}
		})
	}
}

// Training needs outputs of exactly 0 or 1; a smooth activation is refused
// and the weights are put back as they were.
func TestTrainRejectsNonStepActivation(t *testing.T) {
	inputs, labels := gate("NAND")
	p := &Perceptron{Weights: []float64{0.5, -0.5}, Bias: 0.25, Activation: activation.MustNew("sigmoid")}
	_, err := p.Train(inputs, labels, classroom())
	if err == nil || !strings.Contains(err.Error(), "Activation sigmoid gave") {
		t.Fatalf("Train with sigmoid: error = %v; want one naming the activation", err)
	}
	if !slices.Equal(p.Weights, []float64{0.5, -0.5}) || p.Bias != 0.25 {
		t.Errorf("after a rejected Train: %v; want it unchanged", p)
	}

	// An activation that answers 0.5 for z < 0 passes the first epoch of
	// NAND (every z is 0 there) and its update, then fails in epoch 2:
	// the weights are restored to the zero start.
	halfStep := activation.Activation{Name: "half_step", Forward: func(z float64) float64 {
		if z < 0 {
			return 0.5
		}
		return 1
	}}
	p = &Perceptron{Weights: []float64{0, 0}, Activation: halfStep}
	_, err = p.Train(inputs, labels, classroom())
	if err == nil || !strings.Contains(err.Error(), "half_step gave 0.5 for row 0") {
		t.Fatalf("Train with half_step: error = %v; want one naming the activation, value and row", err)
	}
	if !slices.Equal(p.Weights, []float64{0, 0}) || p.Bias != 0 {
		t.Errorf("after a rejected Train: %v; want the zero start restored", p)
	}
}

// Training writes nothing into the caller's inputs and labels on success
// either, and keeps no reference to them.
func TestTrainDoesNotModifyData(t *testing.T) {
	inputs, labels := gate("XOR")
	inputsBefore := cloneRows(inputs)
	labelsBefore := slices.Clone(labels)
	history, _ := New(2).Train(inputs, labels, Config{LearningRate: 1, MaxEpochs: 5, Trace: true})
	if !rowsEqual(inputs, inputsBefore) || !slices.Equal(labels, labelsBefore) {
		t.Errorf("Train modified the caller's data: %v %v; want %v %v", inputs, labels, inputsBefore, labelsBefore)
	}
	before := history[0].Updates[0]
	inputs[0][0], labels[0] = 9, 9
	if after := history[0].Updates[0]; after.Label != before.Label || !slices.Equal(after.Weights, before.Weights) {
		t.Errorf("history changed with the caller's data: %+v; want %+v", after, before)
	}
}

// sameFloat is == that also counts NaN equal to NaN, for "unchanged" checks.
func sameFloat(a, b float64) bool {
	return a == b || (math.IsNaN(a) && math.IsNaN(b))
}

func cloneRows(rows [][]float64) [][]float64 {
	if rows == nil {
		return nil
	}
	out := make([][]float64, len(rows))
	for i, row := range rows {
		out[i] = slices.Clone(row)
	}
	return out
}

func rowsEqual(a, b [][]float64) bool {
	return slices.EqualFunc(a, b, func(x, y []float64) bool {
		return slices.EqualFunc(x, y, sameFloat)
	})
}
