package mlp

import (
	"fmt"
	"math"
	"math/rand/v2"
	"slices"
	"strings"
	"testing"

	"github.com/tocha-go/tocha/activation"
	"github.com/tocha-go/tocha/loss"
)

// countingOptimizer records the batch size of every Step and changes nothing.
type countingOptimizer struct{ batchSizes []int }

func (o *countingOptimizer) Step(net *Network) { o.batchSizes = append(o.batchSizes, net.batchSize) }

// identityNetwork returns a 1-1 network whose output equals its input.
func identityNetwork(t *testing.T) *Network {
	t.Helper()
	net, err := FromLayers(Layer{Weights: [][]float64{{1}}, Biases: []float64{0}, Activation: activation.MustNew("identity")})
	if err != nil {
		t.Fatal(err)
	}
	return net
}

// TestTrainBatches checks the mini-batches: sizes 4, 4, 2 for 10 samples,
// every sample exactly once per epoch, inputs and targets still paired, and
// a new order each epoch.
func TestTrainBatches(t *testing.T) {
	var inputs, targets [][]float64
	for k := range 10 {
		inputs = append(inputs, []float64{float64(k)})
		targets = append(targets, []float64{float64(100 + k)}) // target = 100 + input
	}
	inputsBefore := copyMatrix(inputs)

	var seen [][]float64 // the outputs (= inputs) each batch's loss saw
	recording := loss.MustNew("mse")
	mse := recording.Forward
	recording.Forward = func(outputs, batchTargets [][]float64) float64 {
		for b := range outputs {
			if batchTargets[b][0] != 100+outputs[b][0] {
				t.Errorf("sample with input %v got target %v; want %v", outputs[b][0], batchTargets[b][0], 100+outputs[b][0])
			}
			seen = append(seen, []float64{outputs[b][0]})
		}
		return mse(outputs, batchTargets)
	}
	optimizer := &countingOptimizer{}
	_, err := Train(identityNetwork(t), inputs, targets, TrainConfig{
		Epochs: 3, BatchSize: 4, Shuffle: rand.New(rand.NewPCG(1, 2)), Loss: recording, Optimizer: optimizer,
	})
	if err != nil {
		t.Fatal(err)
	}
	if want := []int{4, 4, 2, 4, 4, 2, 4, 4, 2}; !slices.Equal(optimizer.batchSizes, want) {
		t.Errorf("batch sizes = %v; want %v", optimizer.batchSizes, want)
	}
	var orders [][]float64
	for epoch := range 3 {
		var order []float64
		for _, row := range seen[10*epoch : 10*epoch+10] {
			order = append(order, row[0])
		}
		sorted := slices.Sorted(slices.Values(order))
		if want := []float64{0, 1, 2, 3, 4, 5, 6, 7, 8, 9}; !slices.Equal(sorted, want) {
			t.Errorf("epoch %d saw samples %v; want each of 0…9 once", epoch+1, order)
		}
		orders = append(orders, order)
	}
	if slices.Equal(orders[0], orders[1]) || slices.Equal(orders[1], orders[2]) {
		t.Errorf("orders %v; want a new shuffle each epoch", orders)
	}
	compareMatrix(t, "inputs after Train", inputs, inputsBefore, 0, 0)
}

func TestTrainErrors(t *testing.T) {
	good := TrainConfig{Epochs: 1, Loss: loss.MustNew("mse"), Optimizer: &SGD{LearningRate: 0.1}}
	with := func(change func(c *TrainConfig)) TrainConfig {
		c := good
		change(&c)
		return c
	}
	xs := [][]float64{{1, 2}, {3, 4}}
	ys := [][]float64{{1}, {0}}
	tests := []struct {
		name            string
		inputs, targets [][]float64
		config          TrainConfig
		want            string // a part of the message
	}{
		{"zero learning rate", xs, ys, with(func(c *TrainConfig) { c.Optimizer = &SGD{} }), "learning rate is 0"},
		{"negative learning rate", xs, ys, with(func(c *TrainConfig) { c.Optimizer = &SGD{LearningRate: -1} }), "learning rate is -1"},
		{"Adam zero learning rate", xs, ys, with(func(c *TrainConfig) { c.Optimizer = NewAdam(0) }), "learning rate is 0"},
		{"momentum 1", xs, ys, with(func(c *TrainConfig) { c.Optimizer = &SGD{LearningRate: 1, Momentum: 1} }), "momentum is 1"},
		{"Adam struct literal", xs, ys, with(func(c *TrainConfig) { c.Optimizer = &Adam{LearningRate: 0.01} }), "make it with mlp.NewAdam(0.01)"},
		{"Adam epsilon 0", xs, ys, with(func(c *TrainConfig) { c.Optimizer = &Adam{LearningRate: 0.01, Beta1: 0.9, Beta2: 0.999} }), "Epsilon is 0"},
		{"no epochs", xs, ys, with(func(c *TrainConfig) { c.Epochs = 0 }), "Epochs is 0"},
		{"negative batch", xs, ys, with(func(c *TrainConfig) { c.BatchSize = -2 }), "BatchSize is -2"},
		{"no loss", xs, ys, with(func(c *TrainConfig) { c.Loss = loss.Loss{} }), "Loss is not set"},
		{"no optimizer", xs, ys, with(func(c *TrainConfig) { c.Optimizer = nil }), "Optimizer is not set"},
		{"negative target loss", xs, ys, with(func(c *TrainConfig) { c.TargetLoss = -1 }), "TargetLoss is -1"},
		{"no data", nil, nil, good, "empty"},
		{"counts differ", xs, ys[:1], good, "2 input rows and 1 target rows"},
		{"short input row", [][]float64{{1, 2}, {3}}, ys, good, "inputs row 1 has 1 values, want 2"},
		{"long target row", xs, [][]float64{{1}, {0, 1}}, good, "targets row 1 has 2 values, want 1"},
		{"NaN input", [][]float64{{1, 2}, {3, math.NaN()}}, ys, good, "inputs row 1, column 1 is NaN"},
		{"Inf target", xs, [][]float64{{math.Inf(1)}, {0}}, good, "targets row 0, column 0 is +Inf"},
	}
	for _, tt := range tests {
		net, err := New([]int{2, 1}, []string{"sigmoid"}, rand.New(rand.NewPCG(1, 1)))
		if err != nil {
			t.Fatal(err)
		}
		_, err = Train(net, tt.inputs, tt.targets, tt.config)
		if err == nil || !strings.Contains(err.Error(), tt.want) {
			t.Errorf("%s: Train error = %v; want one containing %q", tt.name, err, tt.want)
		}
	}
}

// TestCheckRowsLargeValues checks that finite values whose sum overflows
// are not taken for an infinity (checkRows sums a row before looking at its
// values one by one), and that a NaN after them is still found.
func TestCheckRowsLargeValues(t *testing.T) {
	rows := [][]float64{{math.MaxFloat64, math.MaxFloat64}, {-math.MaxFloat64, -math.MaxFloat64}}
	if err := checkRows("inputs", rows, 2, "the network's inputs"); err != nil {
		t.Errorf("checkRows(huge finite values) = %v; want nil", err)
	}
	rows = append(rows, []float64{math.MaxFloat64, math.NaN()})
	err := checkRows("inputs", rows, 2, "the network's inputs")
	if err == nil || !strings.Contains(err.Error(), "row 2, column 1 is NaN") {
		t.Errorf("checkRows(a NaN after huge values) = %v; want row 2, column 1 is NaN", err)
	}
}

// TestTrainRefusesStep checks that Train refuses an output layer with the
// step activation, whose derivative is 0, whatever its name; and that it
// trains a hidden step layer (the layers after it learn) and a step with a
// derivative of the caller's (the straight-through estimator's 1).
func TestTrainRefusesStep(t *testing.T) {
	config := TrainConfig{Epochs: 1, Loss: loss.MustNew("mse"), Optimizer: &SGD{LearningRate: 0.5}}
	const want = "the output layer's activation is step, whose derivative is 0"
	net, _ := New([]int{2, 2, 1}, []string{"sigmoid", "step"}, rand.New(rand.NewPCG(1, 2)))
	if _, err := Train(net, xorInputs, xorTargets, config); err == nil || !strings.Contains(err.Error(), want) {
		t.Errorf("Train with a step output: error = %v; want one containing %q", err, want)
	}
	net.Layers[1].Activation.Name = "heaviside"
	if _, err := Train(net, xorInputs, xorTargets, config); err == nil || !strings.Contains(err.Error(), want) {
		t.Errorf("Train with a renamed step output: error = %v; want one containing %q", err, want)
	}
	net.Layers[1].Activation.Derivative = func(z, a float64) float64 { return 1 } // straight-through
	if _, err := Train(net, xorInputs, xorTargets, config); err != nil {
		t.Errorf("Train with a straight-through step output: %v; want no error", err)
	}
	net, _ = New([]int{2, 2, 1}, []string{"step", "sigmoid"}, rand.New(rand.NewPCG(1, 2)))
	config.Loss = loss.MustNew("bce")
	if _, err := Train(net, xorInputs, xorTargets, config); err != nil {
		t.Errorf("Train with a hidden step layer: %v; want no error", err)
	}
}

// TestTrainHugeInputs checks that a loss that is already infinite on the
// first batch, before any update, is not blamed on the learning rate.
func TestTrainHugeInputs(t *testing.T) {
	net, _ := New([]int{2, 1}, []string{"identity"}, rand.New(rand.NewPCG(1, 2)))
	inputs := [][]float64{{math.MaxFloat64, math.MaxFloat64}, {1, 2}}
	_, err := Train(net, inputs, [][]float64{{1}, {0}}, TrainConfig{Epochs: 1, Loss: loss.MustNew("mse"),
		Optimizer: &SGD{LearningRate: 0.1}})
	if err == nil || !strings.Contains(err.Error(), "before any update") || strings.Contains(err.Error(), "learning rate") {
		t.Errorf("Train on huge inputs: error = %v; want one that says before any update, not the learning rate", err)
	}
}

// TestTrainDiverges checks that a loss that overflows stops training with
// an error naming the epoch and suggesting a smaller learning rate.
func TestTrainDiverges(t *testing.T) {
	net, err := New([]int{1, 8, 1}, []string{"relu", "identity"}, rand.New(rand.NewPCG(5, 5)))
	if err != nil {
		t.Fatal(err)
	}
	inputs := [][]float64{{1}, {2}, {3}, {4}}
	targets := [][]float64{{10}, {20}, {30}, {40}}
	history, err := Train(net, inputs, targets, TrainConfig{
		Epochs: 1000, Loss: loss.MustNew("mse"), Optimizer: &SGD{LearningRate: 10},
	})
	if err == nil {
		t.Fatalf("Train with learning rate 10 returned no error; last loss %v", history[len(history)-1].Loss)
	}
	wantEpoch := fmt.Sprintf("epoch %d:", len(history)+1)
	t.Log(err)
	for _, want := range []string{wantEpoch, "smaller learning rate", "SGD(lr=10)"} {
		if !strings.Contains(err.Error(), want) {
			t.Errorf("Train error = %q; want it to contain %q", err, want)
		}
	}
}

// TestTrainStopsAndReports checks TargetLoss, OnEpoch and the accuracy.
func TestTrainStopsAndReports(t *testing.T) {
	net, err := New([]int{2, 4, 1}, []string{"sigmoid", "sigmoid"}, rand.New(rand.NewPCG(0, 0)))
	if err != nil {
		t.Fatal(err)
	}
	calls := 0
	history, err := Train(net, xorInputs, xorTargets, TrainConfig{
		Epochs: 5000, Loss: loss.MustNew("bce"), Optimizer: &SGD{LearningRate: 1},
		TargetLoss: 0.05,
		OnEpoch:    func(EpochStats) { calls++ },
	})
	if err != nil {
		t.Fatal(err)
	}
	last := history[len(history)-1]
	if len(history) == 5000 || last.Loss > 0.05 {
		t.Errorf("Train ran %d epochs to loss %v; want it to stop early at loss ≤ 0.05", len(history), last.Loss)
	}
	if calls != len(history) {
		t.Errorf("OnEpoch called %d times; want %d, once per epoch", calls, len(history))
	}
	if last.Epoch != len(history) {
		t.Errorf("last Epoch = %d; want %d (epochs count from 1)", last.Epoch, len(history))
	}
	if !last.HasAccuracy || last.Accuracy != 1 {
		t.Errorf("last epoch accuracy = %v (HasAccuracy %v); want 1 (true)", last.Accuracy, last.HasAccuracy)
	}
	if want := "accuracy 1.000"; !strings.Contains(last.String(), want) {
		t.Errorf("EpochStats.String() = %q; want it to contain %q", last.String(), want)
	}
}

// TestTrainNoAccuracyForRegression checks that targets that are not classes
// get no accuracy.
func TestTrainNoAccuracyForRegression(t *testing.T) {
	history, err := Train(identityNetwork(t), [][]float64{{1}, {2}}, [][]float64{{0.5}, {3}}, TrainConfig{
		Epochs: 1, Loss: loss.MustNew("mse"), Optimizer: &SGD{LearningRate: 0.1},
	})
	if err != nil {
		t.Fatal(err)
	}
	if history[0].HasAccuracy {
		t.Errorf("HasAccuracy = true for regression targets; want false")
	}
}
