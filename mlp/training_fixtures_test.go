package mlp

import (
	"fmt"
	"testing"

	"github.com/tocha-go/tocha/loss"
)

// trainingCase is one case of training_public.json.
type trainingCase struct {
	Name        string      `json:"name"`
	LayerSizes  []int       `json:"layer_sizes"`
	Activations []string    `json:"activations"`
	Loss        string      `json:"loss"`
	Inputs      [][]float64 `json:"inputs"`
	Targets     [][]float64 `json:"targets"`
	Optimizer   struct {
		Name     string  `json:"name"`
		LR       float64 `json:"lr"`
		Momentum float64 `json:"momentum"`
		Beta1    float64 `json:"beta1"`
		Beta2    float64 `json:"beta2"`
		Eps      float64 `json:"eps"`
	} `json:"optimizer"`
	Steps         int            `json:"steps"`
	InitialLayers []fixtureLayer `json:"initial_layers"`
	Expected      struct {
		LossSteps    []int          `json:"loss_steps"`
		Losses       []float64      `json:"losses"`
		FinalLoss    float64        `json:"final_loss"`
		FinalLayers  []fixtureLayer `json:"final_layers"`
		FinalOutputs [][]float64    `json:"final_outputs"`
		SolvesXOR    bool           `json:"solves_xor"`
	} `json:"expected"`
}

// The fixtures' README shows that a 1e-12 relative change of the initial
// weights moves the final ones by at most about 60 times that, and PyTorch
// and an independent numpy version agree to 7e-15; 1e-9 absolute leaves
// ample room for a different summation order and still catches any
// difference in the optimizers' arithmetic.
const trainingAbsTol = 1e-9

func (c *trainingCase) optimizer() Optimizer {
	switch c.Optimizer.Name {
	case "sgd":
		return &SGD{LearningRate: c.Optimizer.LR, Momentum: c.Optimizer.Momentum}
	case "adam":
		return &Adam{LearningRate: c.Optimizer.LR, Beta1: c.Optimizer.Beta1, Beta2: c.Optimizer.Beta2, Epsilon: c.Optimizer.Eps}
	}
	panic("unknown optimizer " + c.Optimizer.Name)
}

func TestTrainingFixtures(t *testing.T) {
	var cases []trainingCase
	readFixture(t, "training_public.json", &cases)
	if len(cases) != 6 {
		t.Fatalf("training_public.json has %d cases; want 6", len(cases))
	}
	for _, c := range cases {
		t.Run(c.Name, func(t *testing.T) {
			net := networkFromFixture(t, c.InitialLayers, c.Activations)
			lossFunction := loss.MustNew(c.Loss)
			history, err := Train(net, c.Inputs, c.Targets, TrainConfig{
				Epochs:    c.Steps,
				Loss:      lossFunction,
				Optimizer: c.optimizer(),
			})
			if err != nil {
				t.Fatal(err)
			}
			if len(history) != c.Steps {
				t.Fatalf("Train returned %d epochs; want %d", len(history), c.Steps)
			}
			// Full batch: epoch e+1 reports the loss after e updates.
			for k, step := range c.Expected.LossSteps {
				want := c.Expected.Losses[k]
				var got float64
				if step < c.Steps {
					got = history[step].Loss
				} else {
					got = lossFunction.Forward(net.ForwardBatch(c.Inputs), c.Targets)
				}
				if !closeTo(got, want, 0, trainingAbsTol) {
					t.Errorf("loss after %d steps = %.17g; want %.17g", step, got, want)
				}
			}
			for l := range net.Layers {
				layer := &net.Layers[l]
				compareMatrix(t, fmt.Sprintf("final Weights of layer %d", l+1), layer.Weights, c.Expected.FinalLayers[l].W, 0, trainingAbsTol)
				compareMatrix(t, fmt.Sprintf("final Biases of layer %d", l+1), [][]float64{layer.Biases}, [][]float64{c.Expected.FinalLayers[l].B}, 0, trainingAbsTol)
			}
			var outputs [][]float64
			solved := true
			for k, x := range c.Inputs {
				outputs = append(outputs, net.Predict(x))
				if net.PredictClass(x) != int(c.Targets[k][0]) {
					solved = false
				}
			}
			compareMatrix(t, "final outputs", outputs, c.Expected.FinalOutputs, 0, trainingAbsTol)
			if solved != c.Expected.SolvesXOR {
				t.Errorf("solves XOR = %v; want %v", solved, c.Expected.SolvesXOR)
			}
		})
	}
}
