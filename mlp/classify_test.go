package mlp

import (
	"math"
	"math/rand/v2"
	"strings"
	"testing"

	"github.com/tocha-go/tocha/activation"
	"github.com/tocha-go/tocha/dataset"
	"github.com/tocha-go/tocha/loss"
)

// TestIris trains a softmax classifier (4-16-3, sigmoid hidden layer, logits
// out, cross-entropy) on iris with full-batch gradient descent, the setup of
// the PyTorch reference in the data's README, which reaches a test accuracy
// of 1.000 for every seed tried there. 0.9 leaves room for a different seed
// (0.9 is 3 mistakes in 30) and still shows a working multi-class path.
func TestIris(t *testing.T) {
	irisTrain, irisTest, err := dataset.Iris()
	if err != nil {
		t.Fatal(err)
	}
	scaler := dataset.FitStandardizer(irisTrain.Inputs)
	train, test := scaler.Transform(irisTrain.Inputs), scaler.Transform(irisTest.Inputs)
	targets, testClasses := irisTrain.OneHot(), irisTest.Classes
	net, err := New([]int{4, 16, 3}, []string{"sigmoid", "identity"}, rand.New(rand.NewPCG(1, 1)))
	if err != nil {
		t.Fatal(err)
	}
	history, err := Train(net, train, targets, TrainConfig{
		Epochs: 500, Loss: loss.MustNew("cross_entropy"), Optimizer: &SGD{LearningRate: 0.5},
	})
	if err != nil {
		t.Fatal(err)
	}
	matrix, err := Confusion(net, test, testClasses)
	if err != nil {
		t.Fatal(err)
	}
	last := history[len(history)-1]
	t.Logf("iris: training loss %.4f, training accuracy %.3f, test accuracy %.3f\n%v",
		last.Loss, last.Accuracy, matrix.Accuracy(), matrix)
	if matrix.Accuracy() < 0.9 {
		t.Errorf("iris test accuracy = %.3f; want ≥ 0.9", matrix.Accuracy())
	}
	total := 0
	for _, row := range matrix {
		for _, count := range row {
			total += count
		}
	}
	if total != len(test) {
		t.Errorf("confusion matrix counts %d samples; want %d", total, len(test))
	}
	for k, x := range test {
		p := net.PredictProbabilities(x)
		sum := p[0] + p[1] + p[2]
		if math.Abs(sum-1) > 1e-15 {
			t.Errorf("test row %d: probabilities %v sum to %v; want 1", k, p, sum)
		}
		if got, want := net.PredictClass(x), Argmax(p); got != want {
			t.Errorf("test row %d: PredictClass = %d; want %d, the most probable class", k, got, want)
		}
	}
}

func TestPredictClassSingleOutput(t *testing.T) {
	tests := []struct {
		activation string
		bias       float64 // with weight 0 the output is φ(bias)
		want       int
	}{
		{"sigmoid", 0.1, 1},   // σ(0.1) = 0.525 ≥ 0.5
		{"sigmoid", -0.1, 0},  // σ(−0.1) = 0.475
		{"sigmoid", 0, 1},     // σ(0) = 0.5 exactly: class 1
		{"identity", 0.2, 1},  // a logit ≥ 0
		{"identity", -0.2, 0}, // a logit < 0
		{"tanh", -0.3, 0},
		{"tanh", 0.3, 0}, // tanh(0.3) = 0.29: below halfway between the targets 0 and 1
		{"tanh", 1, 1},   // tanh(1) = 0.76
		{"step", -1, 0},  // step(−1) = 0: class 0, not a logit ≥ 0
		{"step", 0, 1},   // step(0) = 1
		{"relu", -1, 0},  // relu(−1) = 0
		{"relu", 0.4, 0}, // below halfway between the targets 0 and 1
		{"relu", 0.6, 1},
	}
	for _, tt := range tests {
		net, err := FromLayers(Layer{Weights: [][]float64{{0}}, Biases: []float64{tt.bias}, Activation: activation.MustNew(tt.activation)})
		if err != nil {
			t.Fatal(err)
		}
		if got := net.PredictClass([]float64{1}); got != tt.want {
			t.Errorf("PredictClass with %s output %v = %d; want %d", tt.activation, net.Layers[0].A[0], got, tt.want)
		}
	}
}

func TestPredictProbabilities(t *testing.T) {
	one := func(name string, weights [][]float64) *Network {
		net, err := FromLayers(Layer{Weights: weights, Biases: make([]float64, len(weights)), Activation: activation.MustNew(name)})
		if err != nil {
			t.Fatal(err)
		}
		return net
	}
	tests := []struct {
		name string
		net  *Network
		want []float64
	}{
		{"softmax of logits", one("identity", [][]float64{{1}, {2}, {3}}), activation.Softmax([]float64{1, 2, 3})},
		{"one logit", one("identity", [][]float64{{2}}), []float64{1 - activation.Sigmoid(2), activation.Sigmoid(2)}},
		{"one sigmoid", one("sigmoid", [][]float64{{2}}), []float64{1 - activation.Sigmoid(2), activation.Sigmoid(2)}},
		{"several sigmoids", one("sigmoid", [][]float64{{1}, {-1}}), []float64{activation.Sigmoid(1), activation.Sigmoid(-1)}},
	}
	for _, tt := range tests {
		got := tt.net.PredictProbabilities([]float64{1})
		compareMatrix(t, tt.name, [][]float64{got}, [][]float64{tt.want}, 0, 0)
	}
	relu := one("relu", [][]float64{{1}, {2}})
	if got, want := panicMessage(func() { relu.PredictProbabilities([]float64{1}) }), "got relu"; !strings.Contains(got, want) {
		t.Errorf("PredictProbabilities on a ReLU output: panic %q; want %q", got, want)
	}
}

func TestArgmax(t *testing.T) {
	tests := []struct {
		v    []float64
		want int
	}{
		{[]float64{1}, 0},
		{[]float64{1, 3, 2}, 1},
		{[]float64{-5, -1, -1}, 1}, // ties: the first
		{[]float64{0, 0, 7}, 2},
	}
	for _, tt := range tests {
		if got := Argmax(tt.v); got != tt.want {
			t.Errorf("Argmax(%v) = %d; want %d", tt.v, got, tt.want)
		}
	}
}

func TestConfusion(t *testing.T) {
	// A hand-wired 2-input, 3-class network: class = which of x₀, x₁, or
	// neither is large.
	net, err := FromLayers(Layer{
		Weights: [][]float64{{1, 0}, {0, 1}, {0, 0}}, Biases: []float64{0, 0, 0.5},
		Activation: activation.MustNew("identity"),
	})
	if err != nil {
		t.Fatal(err)
	}
	inputs := [][]float64{{1, 0}, {0, 1}, {0, 0}, {1, 0}, {0, 1}}
	classes := []int{0, 1, 2, 2, 1}
	matrix, err := Confusion(net, inputs, classes)
	if err != nil {
		t.Fatal(err)
	}
	want := ConfusionMatrix{{1, 0, 0}, {0, 2, 0}, {1, 0, 1}}
	for r := range want {
		for c := range want[r] {
			if matrix[r][c] != want[r][c] {
				t.Errorf("Confusion[%d][%d] = %d; want %d", r, c, matrix[r][c], want[r][c])
			}
		}
	}
	if got, want := matrix.Accuracy(), 0.8; got != want {
		t.Errorf("Accuracy() = %v; want %v", got, want)
	}
	wantString := "true\\predicted   0   1   2\n             0   1   0   0\n             1   0   2   0\n             2   1   0   1"
	if got := matrix.String(); got != wantString {
		t.Errorf("String() =\n%s\nwant\n%s", got, wantString)
	}
	if _, err := Confusion(net, inputs, []int{0, 1, 5, 0, 0}); err == nil || !strings.Contains(err.Error(), "row 2 has class 5") {
		t.Errorf("Confusion with class 5: error %v; want one naming row 2", err)
	}
	if _, err := Confusion(net, inputs, classes[:2]); err == nil {
		t.Errorf("Confusion with 2 classes for 5 inputs: no error; want one")
	}
	if _, err := Confusion(nil, inputs, classes); err == nil || !strings.Contains(err.Error(), "nil network") {
		t.Errorf("Confusion of a nil network: error %v; want one saying so", err)
	}
}

// TestTrainAccuracyKnowsTheLoss checks where Train reads a single identity
// output as class 1: at 0.5 when it was trained with MSE towards 0 and 1,
// at 0 when it is a logit for bce_with_logits. The outputs before the
// first update are 0.1 and 0.9.
func TestTrainAccuracyKnowsTheLoss(t *testing.T) {
	tests := []struct {
		loss string
		want float64
	}{
		{"mse", 1},               // 0.1 → class 0, 0.9 → class 1
		{"bce_with_logits", 0.5}, // logits 0.1 and 0.9 are both ≥ 0: class 1
	}
	for _, tt := range tests {
		net, err := FromLayers(Layer{Weights: [][]float64{{0.8}}, Biases: []float64{0.1}, Activation: activation.MustNew("identity")})
		if err != nil {
			t.Fatal(err)
		}
		history, err := Train(net, [][]float64{{0}, {1}}, [][]float64{{0}, {1}},
			TrainConfig{Epochs: 1, Loss: loss.MustNew(tt.loss), Optimizer: &SGD{LearningRate: 0.01}})
		if err != nil {
			t.Fatal(err)
		}
		if got := history[0].Accuracy; got != tt.want {
			t.Errorf("%s: accuracy %v; want %v", tt.loss, got, tt.want)
		}
	}
}
