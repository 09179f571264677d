package mlp

import (
	"math/rand/v2"
	"strings"
	"testing"

	"github.com/tocha-go/tocha/activation"
	"github.com/tocha-go/tocha/loss"
)

// TestHugeLearningRatesStop: a learning rate far too large must stop
// training with an error that names an epoch and suggests a smaller one,
// whether the loss overflows or merely saturates (BCE's clamp keeps it
// finite at 50 once every output is confidently wrong).
func TestHugeLearningRatesStop(t *testing.T) {
	optimizers := []func(lr float64) Optimizer{
		func(lr float64) Optimizer { return &SGD{LearningRate: lr} },
		func(lr float64) Optimizer { return &SGD{LearningRate: lr, Momentum: 0.9} },
		func(lr float64) Optimizer { return NewAdam(lr) },
	}
	for _, lr := range []float64{1e3, 1e6, 1e100, 1e300} {
		for _, newOptimizer := range optimizers {
			optimizer := newOptimizer(lr)
			net, err := New([]int{2, 4, 1}, []string{"sigmoid", "sigmoid"}, rand.New(rand.NewPCG(1, 1)))
			if err != nil {
				t.Fatal(err)
			}
			_, err = Train(net, xorInputs, xorTargets, TrainConfig{
				Epochs: 500, Loss: loss.MustNew("bce"), Optimizer: optimizer,
			})
			if err == nil || !strings.Contains(err.Error(), "smaller learning rate") || !strings.Contains(err.Error(), "epoch") {
				t.Errorf("%v on XOR: error %v; want one naming the epoch and suggesting a smaller learning rate", optimizer, err)
			}
		}
	}
}

// TestGoodTrainingIsNotStopped: a trained network trained further, with
// mini-batches whose losses wobble, must not be called diverged.
func TestGoodTrainingIsNotStopped(t *testing.T) {
	net, err := New([]int{2, 4, 1}, []string{"tanh", "sigmoid"}, rand.New(rand.NewPCG(2, 2)))
	if err != nil {
		t.Fatal(err)
	}
	for round := 0; round < 3; round++ {
		_, err := Train(net, xorInputs, xorTargets, TrainConfig{
			Epochs: 300, BatchSize: 1, Shuffle: rand.New(rand.NewPCG(3, uint64(round))),
			Loss: loss.MustNew("bce"), Optimizer: &SGD{LearningRate: 0.5, Momentum: 0.9},
		})
		if err != nil {
			t.Fatalf("round %d: %v", round, err)
		}
	}
}

func TestLossFit(t *testing.T) {
	sigmoidNet := func() *Network {
		net, _ := New([]int{2, 1}, []string{"sigmoid"}, rand.New(rand.NewPCG(1, 1)))
		return net
	}
	linearNet := func(outputs int) *Network {
		net, _ := New([]int{2, outputs}, []string{"identity"}, rand.New(rand.NewPCG(1, 1)))
		return net
	}
	inputs := [][]float64{{0, 1}, {1, 0}}
	tests := []struct {
		name    string
		net     *Network
		loss    string
		targets [][]float64
		want    string
	}{
		{"bce target 2", sigmoidNet(), "bce", [][]float64{{0}, {2}}, "targets row 1, column 0 is 2"},
		{"bce target -1", sigmoidNet(), "bce", [][]float64{{-1}, {1}}, "targets row 0, column 0 is -1"},
		{"bce on logits", linearNet(1), "bce", [][]float64{{0}, {1}}, "use the loss bce_with_logits"},
		{"bce_with_logits target", linearNet(1), "bce_with_logits", [][]float64{{0}, {3}}, "needs targets from 0 to 1"},
		{"cross_entropy one output", linearNet(1), "cross_entropy", [][]float64{{1}, {1}}, "needs one output per class"},
		{"cross_entropy negative", linearNet(2), "cross_entropy", [][]float64{{1, 0}, {-1, 2}}, "row 1, column 0 is -1"},
		{"cross_entropy sum", linearNet(2), "cross_entropy", [][]float64{{1, 0}, {1, 1}}, "row 1 sums to 2"},
	}
	for _, tt := range tests {
		_, err := Train(tt.net, inputs, tt.targets, TrainConfig{
			Epochs: 1, Loss: loss.MustNew(tt.loss), Optimizer: &SGD{LearningRate: 0.1},
		})
		if err == nil || !strings.Contains(err.Error(), tt.want) {
			t.Errorf("%s: error %v; want one containing %q", tt.name, err, tt.want)
		}
	}
}

func TestTrainRefusesBrokenSetups(t *testing.T) {
	var nilSGD *SGD
	net, _ := New([]int{2, 1}, []string{"sigmoid"}, rand.New(rand.NewPCG(1, 1)))
	tests := []struct {
		name   string
		net    *Network
		config TrainConfig
		want   string
	}{
		{"nil *SGD", net, TrainConfig{Epochs: 1, Loss: loss.MustNew("bce"), Optimizer: nilSGD}, "nil *SGD"},
		{"empty network", &Network{}, TrainConfig{Epochs: 1, Loss: loss.MustNew("bce"), Optimizer: &SGD{LearningRate: 1}},
			"at least one layer"},
	}
	for _, tt := range tests {
		_, err := Train(tt.net, xorInputs, xorTargets, tt.config)
		if err == nil || !strings.Contains(err.Error(), tt.want) {
			t.Errorf("%s: error %v; want one containing %q", tt.name, err, tt.want)
		}
	}
	// NaN weights before training are caught in the first epoch.
	broken, _ := FromLayers(Layer{Weights: [][]float64{{1, 1}}, Biases: []float64{0}, Activation: activation.MustNew("relu")})
	broken.Layers[0].Weights[0][0] = nanValue()
	_, err := Train(broken, xorInputs, xorTargets, TrainConfig{Epochs: 5, Loss: loss.MustNew("mse"), Optimizer: &SGD{LearningRate: 0.1}})
	if err == nil {
		t.Error("training a network with a NaN weight returned no error")
	}
}

func nanValue() float64 {
	zero := 0.0
	return zero / zero
}

// TestUnscaledTargetsAreNotDivergence: with one sample per batch and
// targets from 1 to 1000, the first batch's loss is tiny next to the
// epoch's; that alone must not be taken for divergence.
func TestUnscaledTargetsAreNotDivergence(t *testing.T) {
	var inputs, targets [][]float64
	for k := 1; k <= 20; k++ {
		inputs = append(inputs, []float64{float64(k) / 20})
		targets = append(targets, []float64{float64(k * k * 50 / 20)})
	}
	targets[0][0] = 1 // the first batch: nearly right from the start
	net, err := New([]int{1, 8, 1}, []string{"relu", "identity"}, rand.New(rand.NewPCG(4, 4)))
	if err != nil {
		t.Fatal(err)
	}
	_, err = Train(net, inputs, targets, TrainConfig{
		Epochs: 20, BatchSize: 1, Loss: loss.MustNew("mse"), Optimizer: NewAdam(0.01),
	})
	if err != nil {
		t.Errorf("Train on unscaled targets: %v; want no error", err)
	}
}

// TestHugeLearningRateInFirstEpoch: mini-batches with a learning rate so
// large that the first epoch's loss is already enormous.
func TestHugeLearningRateInFirstEpoch(t *testing.T) {
	inputs := [][]float64{{0, 0}, {0, 1}, {1, 0}, {1, 1}, {0.5, 0.5}, {0.2, 0.8}, {0.8, 0.2}, {0.9, 0.9}}
	targets := [][]float64{{1, 0}, {0, 1}, {0, 1}, {1, 0}, {1, 0}, {0, 1}, {0, 1}, {1, 0}}
	for _, optimizer := range []Optimizer{&SGD{LearningRate: 1e100}, NewAdam(1e6)} {
		net, err := New([]int{2, 16, 2}, []string{"tanh", "identity"}, rand.New(rand.NewPCG(1, 1)))
		if err != nil {
			t.Fatal(err)
		}
		_, err = Train(net, inputs, targets, TrainConfig{
			Epochs: 50, BatchSize: 2, Loss: loss.MustNew("cross_entropy"), Optimizer: optimizer,
		})
		if err == nil || !strings.Contains(err.Error(), "smaller learning rate") {
			t.Errorf("%v: error %v; want divergence", optimizer, err)
		}
	}
}
