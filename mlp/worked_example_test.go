package mlp

import (
	"testing"

	"github.com/tocha-go/tocha/activation"
	"github.com/tocha-go/tocha/loss"
)

// The widely used step-by-step backpropagation example: a 2-2-2 sigmoid
// network, one sample, one gradient step at learning rate 0.5.
//
// The example's error is E = Σₖ ½(targetₖ − outₖ)². With n = 2 outputs that
// is exactly the MSE mean, (1/2)·Σₖ (outₖ − targetₖ)², and its gradient
// ∂E/∂outₖ = outₖ − targetₖ is exactly MSEGradient's 2·(outₖ − targetₖ)/2:
// loss.MSE reproduces the numbers, with no factor to adjust.
//
// The example's own text keeps the biases fixed and updates only the
// weights, which gives an error of about 0.291028 after the step. The value
// 0.280471447 below is what a real network gets, whose biases (one per
// neuron, as in nn.Linear) learn too. Both variants give the same new
// weights, since every gradient is computed from the weights before the
// step.

// workedExampleTol: the published numbers have 9 significant digits.
const workedExampleTol = 1e-9

func TestWorkedExample(t *testing.T) {
	sigmoid := activation.MustNew("sigmoid")
	net, err := FromLayers(
		Layer{Weights: [][]float64{{0.15, 0.20}, {0.25, 0.30}}, Biases: []float64{0.35, 0.35}, Activation: sigmoid},
		Layer{Weights: [][]float64{{0.40, 0.45}, {0.50, 0.55}}, Biases: []float64{0.60, 0.60}, Activation: sigmoid},
	)
	if err != nil {
		t.Fatal(err)
	}
	x := []float64{0.05, 0.10}
	target := []float64{0.01, 0.99}
	mse := loss.MustNew("mse")

	// Forward and loss.
	output := net.Forward(x)
	lossBefore := mse.Forward([][]float64{output}, [][]float64{target})
	halfSumOfSquares := 0.0
	for k := range output {
		halfSumOfSquares += 0.5 * (target[k] - output[k]) * (target[k] - output[k])
	}

	// Backward and one step.
	net.ZeroGrad()
	dOutput := mse.Backward(nil, [][]float64{output}, [][]float64{target})
	net.Backward(dOutput[0])
	(&SGD{LearningRate: 0.5}).Step(net)

	output = net.Forward(x)
	lossAfter := mse.Forward([][]float64{output}, [][]float64{target})

	tests := []struct {
		what      string
		got, want float64
	}{
		{"loss before the step", lossBefore, 0.298371109},
		{"½·Σ(target − out)² before the step", halfSumOfSquares, 0.298371109},
		{"loss after the step", lossAfter, 0.280471447},
		{"first output weight (w5) after the step", net.Layers[1].Weights[0][0], 0.35891648},
		{"first hidden weight (w1) after the step", net.Layers[0].Weights[0][0], 0.149780716},
	}
	for _, tt := range tests {
		if !closeTo(tt.got, tt.want, 0, workedExampleTol) {
			t.Errorf("%s = %.10f; want %.9f", tt.what, tt.got, tt.want)
		}
	}
}
