package mlp

import (
	"math"
	"math/rand/v2"
	"strings"
	"testing"

	"github.com/tocha-go/tocha/activation"
)

// panicMessage runs f and returns the message it panicked with, or "".
func panicMessage(f func()) (message string) {
	defer func() {
		if r := recover(); r != nil {
			switch v := r.(type) {
			case string:
				message = v
			case error:
				message = v.Error()
			default:
				message = "non-string panic"
			}
		}
	}()
	f()
	return ""
}

func TestShapePanics(t *testing.T) {
	net, err := New([]int{2, 3, 1}, []string{"tanh", "sigmoid"}, rand.New(rand.NewPCG(1, 2)))
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name string
		call func()
		want string
	}{
		{"Forward, 3 inputs", func() { net.Forward([]float64{1, 2, 3}) }, "mlp: Forward got 3 inputs, want 2"},
		{"Forward, no inputs", func() { net.Forward(nil) }, "mlp: Forward got 0 inputs, want 2"},
		{"Backward, 2 gradients", func() { net.Forward([]float64{1, 2}); net.Backward([]float64{1, 2}) }, "mlp: Backward got 2 output gradients, want 1"},
		{"ForwardBatch, short row", func() { net.ForwardBatch([][]float64{{1, 2}, {1}}) }, "mlp: ForwardBatch row 1 has 1 input, want 2"},
		{"ForwardBatch, empty", func() { net.ForwardBatch(nil) }, "mlp: ForwardBatch got an empty batch"},
		{"BackwardBatch, wrong rows", func() { net.ForwardBatch([][]float64{{1, 2}}); net.BackwardBatch([][]float64{{1}, {2}}) }, "mlp: BackwardBatch got 2 rows, want 1"},
		{"BackwardBatch after Forward", func() {
			net.ForwardBatch([][]float64{{1, 2}})
			net.Forward([]float64{1, 2})
			net.BackwardBatch([][]float64{{1}})
		}, "without a ForwardBatch"},
	}
	for _, tt := range tests {
		if got := panicMessage(tt.call); !strings.Contains(got, tt.want) {
			t.Errorf("%s: panic %q; want %q", tt.name, got, tt.want)
		}
	}
	fresh, _ := New([]int{2, 1}, []string{"sigmoid"}, rand.New(rand.NewPCG(1, 2)))
	if got, want := panicMessage(func() { fresh.Backward([]float64{1}) }), "before Forward"; !strings.Contains(got, want) {
		t.Errorf("Backward before Forward: panic %q; want %q", got, want)
	}
}

func TestNewErrors(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	tests := []struct {
		sizes       []int
		activations []string
		rng         *rand.Rand
		want        string
	}{
		{[]int{2}, nil, rng, "got 1 sizes"},
		{[]int{2, 0, 1}, []string{"relu", "sigmoid"}, rng, "size 0 at position 1"},
		{[]int{2, 3, 1}, []string{"relu"}, rng, "got 1 activations for 2 layers"},
		{[]int{2, 3, 1}, []string{"relu", "softplus"}, rng, `layer 2: activation: unknown name "softplus"`},
		{[]int{2, 1}, []string{"relu"}, nil, "nil *rand.Rand"},
	}
	for _, tt := range tests {
		_, err := New(tt.sizes, tt.activations, tt.rng)
		if err == nil || !strings.Contains(err.Error(), tt.want) {
			t.Errorf("New(%v, %v) error = %v; want one containing %q", tt.sizes, tt.activations, err, tt.want)
		}
	}
}

func TestFromLayersErrors(t *testing.T) {
	sigmoid := activation.MustNew("sigmoid")
	tests := []struct {
		name   string
		layers []Layer
		want   string
	}{
		{"none", nil, "at least one layer"},
		{"no neurons", []Layer{{Activation: sigmoid}}, "layer 1 has no neurons"},
		{"no inputs", []Layer{{Weights: [][]float64{{}}, Biases: []float64{0}, Activation: sigmoid}}, "layer 1 has no inputs"},
		{"ragged", []Layer{{Weights: [][]float64{{1, 2}, {3}}, Biases: []float64{0, 0}, Activation: sigmoid}},
			"layer 1, neuron 1 has 1 weight, want 2"},
		{"biases", []Layer{{Weights: [][]float64{{1, 2}}, Biases: []float64{0, 0}, Activation: sigmoid}},
			"layer 1 has 2 biases, want 1"},
		{"chain", []Layer{
			{Weights: [][]float64{{1, 2}, {3, 4}}, Biases: []float64{0, 0}, Activation: sigmoid},
			{Weights: [][]float64{{1, 2, 3}}, Biases: []float64{0}, Activation: sigmoid}},
			"layer 2, neuron 0 has 3 weights, want 2"},
		{"activation", []Layer{{Weights: [][]float64{{1}}, Biases: []float64{0}}}, "layer 1 has no activation"},
		{"NaN weight", []Layer{{Weights: [][]float64{{1, math.NaN()}}, Biases: []float64{0}, Activation: sigmoid}},
			"layer 1, Weights[0][1] is NaN; every weight and bias must be a finite number"},
		{"infinite bias", []Layer{{Weights: [][]float64{{1, 2}}, Biases: []float64{math.Inf(-1)}, Activation: sigmoid}},
			"layer 1, Biases[0] is -Inf"},
	}
	for _, tt := range tests {
		_, err := FromLayers(tt.layers...)
		if err == nil || !strings.Contains(err.Error(), tt.want) {
			t.Errorf("%s: FromLayers error = %v; want one containing %q", tt.name, err, tt.want)
		}
	}
}

// TestCallerSlices checks that the network neither modifies nor keeps the
// caller's slices.
func TestCallerSlices(t *testing.T) {
	weights := [][]float64{{0.5, -0.5}}
	biases := []float64{0.1}
	net, err := FromLayers(Layer{Weights: weights, Biases: biases, Activation: activation.MustNew("sigmoid")})
	if err != nil {
		t.Fatal(err)
	}
	x := []float64{1, 2}
	output := net.Predict(x)
	net.ZeroGrad()
	net.Backward([]float64{1})
	(&SGD{LearningRate: 1}).Step(net)
	if weights[0][0] != 0.5 || weights[0][1] != -0.5 || biases[0] != 0.1 {
		t.Errorf("after a step the caller's weights = %v, biases = %v; want unchanged", weights, biases)
	}
	if x[0] != 1 || x[1] != 2 {
		t.Errorf("x = %v after Forward; want [1 2]", x)
	}
	x[0] = 100 // a changed x must not change what the network remembers
	net.ZeroGrad()
	net.Backward([]float64{1})
	if got := net.Layers[0].WeightGrads[0][0]; got == 100*net.Layers[0].Delta[0] {
		t.Errorf("WeightGrads used the caller's changed x; want the copy taken by Forward")
	}
	kept := output[0]
	net.Forward([]float64{-3, 3})
	if output[0] != kept {
		t.Errorf("Predict's output changed to %v after another Forward; want %v (a copy)", output[0], kept)
	}
}

// TestStructLiteralNetwork checks that a Network built as a struct literal
// (without New or FromLayers) works: it allocates its work space on first use.
func TestStructLiteralNetwork(t *testing.T) {
	net := &Network{Layers: []Layer{{Weights: [][]float64{{2}}, Biases: []float64{1}, Activation: activation.MustNew("identity")}}}
	if got := net.Forward([]float64{3})[0]; got != 7 {
		t.Errorf("Forward([3]) = %v; want 7", got)
	}
	bad := &Network{Layers: []Layer{{Weights: [][]float64{{2}}, Biases: []float64{1, 2}, Activation: activation.MustNew("identity")}}}
	if got, want := panicMessage(func() { bad.Forward([]float64{3}) }), "layer 1 has 2 biases, want 1"; !strings.Contains(got, want) {
		t.Errorf("Forward on a bad literal: panic %q; want %q", got, want)
	}
}

func TestString(t *testing.T) {
	net, err := New([]int{2, 4, 1}, []string{"leaky_relu", "sigmoid"}, rand.New(rand.NewPCG(1, 2)))
	if err != nil {
		t.Fatal(err)
	}
	want := "Network 2-4-1, 17 parameters\n  1: Dense(in=2, out=4, leaky_relu(0.01))\n  2: Dense(in=4, out=1, sigmoid)"
	if got := net.String(); got != want {
		t.Errorf("String() = %q; want %q", got, want)
	}
}

func TestInitialize(t *testing.T) {
	rng := rand.New(rand.NewPCG(3, 3))
	net, err := New([]int{100, 50, 10}, []string{"relu", "identity"}, rng)
	if err != nil {
		t.Fatal(err)
	}
	// Every weight and bias lies within its scheme's bound; biases are 0
	// for Xavier and He; He's weights have standard deviation √(2/fan_in).
	tests := []struct {
		scheme     string
		bound      func(fanIn, fanOut float64) float64
		zeroBiases bool
	}{
		{"default", func(fanIn, fanOut float64) float64 { return 1 / math.Sqrt(fanIn) }, false},
		{"xavier", func(fanIn, fanOut float64) float64 { return math.Sqrt(6 / (fanIn + fanOut)) }, true},
		{"he", func(fanIn, fanOut float64) float64 { return 6 * math.Sqrt(2/fanIn) }, true}, // 6 standard deviations
	}
	for _, tt := range tests {
		if err := net.Initialize(tt.scheme, rng); err != nil {
			t.Fatal(err)
		}
		for l := range net.Layers {
			layer := &net.Layers[l]
			bound := tt.bound(float64(layer.InputSize()), float64(layer.OutputSize()))
			sumOfSquares := 0.0
			for _, row := range layer.Weights {
				for _, w := range row {
					sumOfSquares += w * w
					if math.Abs(w) > bound {
						t.Fatalf("%s: layer %d weight %v outside ±%v", tt.scheme, l+1, w, bound)
					}
				}
			}
			for _, b := range layer.Biases {
				if tt.zeroBiases && b != 0 {
					t.Fatalf("%s: layer %d bias %v; want 0", tt.scheme, l+1, b)
				}
				if math.Abs(b) > bound {
					t.Fatalf("%s: layer %d bias %v outside ±%v", tt.scheme, l+1, b, bound)
				}
			}
			if tt.scheme == "he" && l == 0 {
				std := math.Sqrt(sumOfSquares / float64(layer.InputSize()*layer.OutputSize()))
				if want := math.Sqrt(2.0 / 100); math.Abs(std-want) > 0.1*want {
					t.Errorf("he: weight standard deviation = %.4f; want %.4f ± 10%%", std, want)
				}
			}
		}
	}
	if err := net.Initialize("lecun", rng); err == nil || !strings.Contains(err.Error(), `unknown initialisation "lecun"`) {
		t.Errorf("Initialize(lecun) error = %v; want unknown initialisation", err)
	}
	// The same seed gives the same network.
	a, _ := New([]int{2, 3, 1}, []string{"tanh", "sigmoid"}, rand.New(rand.NewPCG(9, 9)))
	b, _ := New([]int{2, 3, 1}, []string{"tanh", "sigmoid"}, rand.New(rand.NewPCG(9, 9)))
	compareMatrix(t, "weights from the same seed", a.Layers[0].Weights, b.Layers[0].Weights, 0, 0)
}
