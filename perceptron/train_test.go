package perceptron

import (
	"errors"
	"slices"
	"testing"
)

// Every separable gate is learned, and the learned weights reproduce its
// truth table.
func TestTrainLearnsSeparableGates(t *testing.T) {
	for _, name := range []string{"AND", "OR", "NAND", "NOR"} {
		inputs, labels := gate(name)
		p := New(2)
		history, err := p.Train(inputs, labels, classroom())
		if err != nil {
			t.Fatalf("%s: Train = %v; want no error", name, err)
		}
		last := history[len(history)-1]
		if last.Mistakes != 0 || last.Correct != 4 || last.Loss != 0 {
			t.Errorf("%s: last epoch = %v with Loss %v; want 0 mistakes, 4 correct, Loss 0", name, last, last.Loss)
		}
		for i, x := range inputs {
			if got := p.Predict(x); got != labels[i] {
				t.Errorf("%s: Predict(%v) = %v; want %v", name, x, got, labels[i])
			}
		}
	}
}

// traceRow is one line of the hand-computed NAND trace: z before the update,
// the error e, and the weights and bias after it.
type traceRow struct{ z, e, w1, w2, b float64 }

// The NAND trace a student computes on the whiteboard: zero start, lr = 1,
// truth-table order, step(0) = 1. Every number is pinned, sample by sample,
// and it ends at w = [−2, −1], b = 2 after 5 epochs with mistakes and a 6th
// without.
func TestTrainNANDTrace(t *testing.T) {
	want := [][]traceRow{
		{{0, 0, 0, 0, 0}, {0, 0, 0, 0, 0}, {0, 0, 0, 0, 0}, {0, -1, -1, -1, -1}},
		{{-1, 1, -1, -1, 0}, {-1, 1, -1, 0, 1}, {0, 0, -1, 0, 1}, {0, -1, -2, -1, 0}},
		{{0, 0, -2, -1, 0}, {-1, 1, -2, 0, 1}, {-1, 1, -1, 0, 2}, {1, -1, -2, -1, 1}},
		{{1, 0, -2, -1, 1}, {0, 0, -2, -1, 1}, {-1, 1, -1, -1, 2}, {0, -1, -2, -2, 1}},
		{{1, 0, -2, -2, 1}, {-1, 1, -2, -1, 2}, {0, 0, -2, -1, 2}, {-1, 0, -2, -1, 2}},
		{{2, 0, -2, -1, 2}, {1, 0, -2, -1, 2}, {0, 0, -2, -1, 2}, {-1, 0, -2, -1, 2}},
	}
	wantMistakes := []int{1, 3, 3, 2, 1, 0}
	wantCorrect := []int{1, 2, 3, 2, 4, 4}

	inputs, labels := gate("NAND")
	p := New(2)
	cfg := classroom()
	cfg.Trace = true
	history, err := p.Train(inputs, labels, cfg)
	if err != nil {
		t.Fatalf("Train(NAND) = %v; want no error", err)
	}
	if len(history) != len(want) {
		t.Fatalf("Train(NAND) ran %d epochs; want %d", len(history), len(want))
	}
	for e, epoch := range history {
		if epoch.Epoch != e+1 || epoch.Mistakes != wantMistakes[e] || epoch.Correct != wantCorrect[e] {
			t.Errorf("epoch %d = %v; want epoch %d with %d mistakes, %d correct",
				e+1, epoch, e+1, wantMistakes[e], wantCorrect[e])
		}
		if wantLoss := float64(wantMistakes[e]) / 4; epoch.Loss != wantLoss {
			t.Errorf("epoch %d: Loss = %v; want %v", e+1, epoch.Loss, wantLoss)
		}
		for i, u := range epoch.Updates {
			w := want[e][i]
			got := traceRow{u.Z, u.Error, u.Weights[0], u.Weights[1], u.Bias}
			if u.Sample != i || got != w || u.Label != labels[i] || u.Prediction != labels[i]-u.Error {
				t.Errorf("epoch %d, sample %d: (z, e, w1, w2, b) = %v, update %+v; want %v",
					e+1, i, got, u, w)
			}
		}
		lastRow := want[e][len(want[e])-1]
		if !slices.Equal(epoch.Weights, []float64{lastRow.w1, lastRow.w2}) || epoch.Bias != lastRow.b {
			t.Errorf("epoch %d ends at Weights %v, Bias %v; want [%v %v], %v",
				e+1, epoch.Weights, epoch.Bias, lastRow.w1, lastRow.w2, lastRow.b)
		}
	}
	if !slices.Equal(p.Weights, []float64{-2, -1}) || p.Bias != 2 {
		t.Errorf("after Train(NAND): %v; want Weights [-2 -1], Bias 2", p)
	}
	if got := history.TotalMistakes(); got != 10 {
		t.Errorf("TotalMistakes() = %d; want 10", got)
	}
}

// Without Config.Trace no per-sample record is kept.
func TestTrainWithoutTrace(t *testing.T) {
	inputs, labels := gate("NAND")
	history, err := New(2).Train(inputs, labels, classroom())
	if err != nil {
		t.Fatal(err)
	}
	for _, epoch := range history {
		if epoch.Updates != nil {
			t.Errorf("epoch %d: Updates = %v; want nil without Trace", epoch.Epoch, epoch.Updates)
		}
	}
}

// From a zero start the learning rate only scales the weights: every weight
// is a multiple of lr, so the line and the epochs are the same.
func TestTrainLearningRateOnlyScales(t *testing.T) {
	inputs, labels := gate("NAND")
	for _, lr := range []float64{0.5, 0.25, 2} { // powers of 2 keep the products exact
		p := New(2)
		history, err := p.Train(inputs, labels, Config{LearningRate: lr, MaxEpochs: 100})
		if err != nil {
			t.Fatalf("lr %v: Train = %v", lr, err)
		}
		want := []float64{-2 * lr, -1 * lr}
		if len(history) != 6 || !slices.Equal(p.Weights, want) || p.Bias != 2*lr {
			t.Errorf("lr %v: %d epochs, %v; want 6 epochs, Weights %v, Bias %v",
				lr, len(history), p, want, 2*lr)
		}
	}
}

// Train continues from the perceptron's current weights: a perceptron that
// already computes the gate finishes after one clean epoch, unchanged.
func TestTrainStartsFromCurrentWeights(t *testing.T) {
	inputs, labels := gate("NAND")
	p := &Perceptron{Weights: []float64{-2, -1}, Bias: 2}
	history, err := p.Train(inputs, labels, classroom())
	if err != nil || len(history) != 1 || history[0].Mistakes != 0 {
		t.Fatalf("Train(NAND) from a solution = %v, %v; want one clean epoch", history, err)
	}
	if !slices.Equal(p.Weights, []float64{-2, -1}) || p.Bias != 2 {
		t.Errorf("after Train: %v; want the weights unchanged", p)
	}
}

// The history holds copies: training further does not rewrite it.
func TestHistoryDoesNotAliasWeights(t *testing.T) {
	inputs, labels := gate("NAND")
	p := New(2)
	cfg := Config{LearningRate: 1, MaxEpochs: 1, Trace: true}
	history, _ := p.Train(inputs, labels, cfg)
	first := slices.Clone(history[0].Weights)
	firstUpdate := slices.Clone(history[0].Updates[3].Weights)
	if _, err := p.Train(inputs, labels, classroom()); err != nil {
		t.Fatal(err)
	}
	if !slices.Equal(history[0].Weights, first) || !slices.Equal(history[0].Updates[3].Weights, firstUpdate) {
		t.Errorf("history changed by later training: %v, %v; want %v, %v",
			history[0].Weights, history[0].Updates[3].Weights, first, firstUpdate)
	}
}

// Hitting MaxEpochs on separable data is the same error: the limit cannot
// tell "not yet" from "never".
func TestTrainStopsAtMaxEpochs(t *testing.T) {
	inputs, labels := gate("NAND")
	history, err := New(2).Train(inputs, labels, Config{LearningRate: 1, MaxEpochs: 3})
	if !errors.Is(err, ErrNotConverged) {
		t.Fatalf("Train(NAND, MaxEpochs 3) error = %v; want ErrNotConverged", err)
	}
	if len(history) != 3 {
		t.Errorf("Train(NAND, MaxEpochs 3) returned %d epochs; want 3", len(history))
	}
}

func TestHistoryBest(t *testing.T) {
	history := History{
		{Epoch: 1, Correct: 2}, {Epoch: 2, Correct: 3}, {Epoch: 3, Correct: 1}, {Epoch: 4, Correct: 3},
	}
	if got := history.Best().Epoch; got != 2 {
		t.Errorf("Best().Epoch = %d; want 2 (the earliest with 3 correct)", got)
	}
	if got := (History{}).Best(); got.Epoch != 0 || got.Weights != nil {
		t.Errorf("empty History: Best() = %v; want the zero Epoch", got)
	}
}
