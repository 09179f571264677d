package mlp_test

import (
	"math/rand/v2"
	"strings"
	"testing"

	"github.com/tocha-go/tocha/activation"
	"github.com/tocha-go/tocha/mlp"
)

func TestPyTorch(t *testing.T) {
	tests := []struct {
		sizes       []int
		activations []string
		want        string
	}{
		{[]int{2, 4, 1}, []string{"sigmoid", "sigmoid"},
			"nn.Sequential(nn.Linear(2, 4), nn.Sigmoid(), nn.Linear(4, 1), nn.Sigmoid())"},
		{[]int{4, 8, 3}, []string{"relu", "identity"},
			"nn.Sequential(nn.Linear(4, 8), nn.ReLU(), nn.Linear(8, 3))"},
		{[]int{1, 5, 5, 1}, []string{"tanh", "leaky_relu", "identity"},
			"nn.Sequential(nn.Linear(1, 5), nn.Tanh(), nn.Linear(5, 5), nn.LeakyReLU(0.01), nn.Linear(5, 1))"},
		{[]int{3, 2}, []string{"identity"}, "nn.Sequential(nn.Linear(3, 2))"},
		{[]int{2, 2, 2, 2}, []string{"identity", "identity", "sigmoid"},
			"nn.Sequential(nn.Linear(2, 2), nn.Linear(2, 2), nn.Linear(2, 2), nn.Sigmoid())"},
	}
	for _, tt := range tests {
		net, err := mlp.New(tt.sizes, tt.activations, rand.New(rand.NewPCG(1, 1)))
		if err != nil {
			t.Fatal(err)
		}
		if got, err := net.PyTorch(); got != tt.want || err != nil {
			t.Errorf("PyTorch() of %v %v = %q, %v; want %q", tt.sizes, tt.activations, got, err, tt.want)
		}
	}
}

// A leaky ReLU's slope is printed exactly, as Python reads it.
func TestPyTorchLeakySlope(t *testing.T) {
	for slope, want := range map[float64]string{0.2: "nn.LeakyReLU(0.2)", 1e-5: "nn.LeakyReLU(1e-05)", 1: "nn.LeakyReLU(1)", -0.5: "nn.LeakyReLU(-0.5)"} {
		net, err := mlp.FromLayers(mlp.Layer{Weights: [][]float64{{1}}, Biases: []float64{0}, Activation: activation.NewLeakyReLU(slope)})
		if err != nil {
			t.Fatal(err)
		}
		if got, _ := net.PyTorch(); !strings.Contains(got, want) {
			t.Errorf("PyTorch() with slope %v = %q; want it to contain %q", slope, got, want)
		}
	}
}

// A step layer has no PyTorch module; the error names the layer.
func TestPyTorchRefuses(t *testing.T) {
	net, err := mlp.New([]int{2, 2, 1}, []string{"sigmoid", "step"}, rand.New(rand.NewPCG(1, 1)))
	if err != nil {
		t.Fatal(err)
	}
	if got, err := net.PyTorch(); got != "" || err == nil || !strings.Contains(err.Error(), "layer 2 has the step activation") {
		t.Errorf("PyTorch() of a step network = %q, %v; want an error naming layer 2", got, err)
	}
	net.Layers[1].Activation = activation.Activation{Name: "swish", Forward: func(z float64) float64 { return z },
		Derivative: func(z, a float64) float64 { return 1 }}
	if _, err := net.PyTorch(); err == nil || !strings.Contains(err.Error(), `layer 2 has activation "swish"`) {
		t.Errorf("PyTorch() of a swish network: error %v; want one naming layer 2", err)
	}
	if _, err := (&mlp.Network{}).PyTorch(); err == nil {
		t.Error("PyTorch() of an empty network succeeded; want an error")
	}
}
