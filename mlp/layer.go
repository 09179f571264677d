package mlp

import (
	"fmt"

	"github.com/tocha-go/tocha/activation"
)

// Layer is one fully connected (dense) layer: every neuron j sees every
// input i, computes its weighted sum and applies the activation φ:
//
//	zⱼ = Σᵢ Weights[j][i]·inputᵢ + Biases[j]
//	aⱼ = φ(zⱼ)
//
// Weights[j][i] is the weight from input i to neuron j, the layout of
// PyTorch's nn.Linear, so Weights has one row per neuron and one column per
// input.
//
// The first three fields are the layer's parameters and its activation; the
// others are work space that the network fills in, exported so that a
// student can print them or watch them in a debugger:
//
//   - Z and A after [Network.Forward]: the sample's z and a = φ(z);
//   - Delta after [Network.Backward]: δ = ∂L/∂z for that sample;
//   - WeightGrads and BiasGrads: ∂L/∂Weights and ∂L/∂Biases, added up over
//     every Backward since the last [Network.ZeroGrad].
//
// Build layers with [New] or [FromLayers], which check the shapes and
// allocate the work space.
type Layer struct {
	// Weights[j][i] is the weight from input i to neuron j.
	Weights [][]float64
	// Biases[j] is the bias of neuron j.
	Biases []float64
	// Activation is φ, applied to each neuron's z.
	Activation activation.Activation

	// Z[j] is neuron j's pre-activation z = Σᵢ wⱼᵢ·inputᵢ + bⱼ in the last
	// Forward.
	Z []float64
	// A[j] is neuron j's output a = φ(z) in the last Forward.
	A []float64
	// Delta[j] is δⱼ = ∂L/∂zⱼ, the error signal of neuron j in the last
	// Backward.
	Delta []float64
	// WeightGrads[j][i] is ∂L/∂Weights[j][i], summed over the samples
	// backpropagated since the last ZeroGrad.
	WeightGrads [][]float64
	// BiasGrads[j] is ∂L/∂Biases[j], summed likewise.
	BiasGrads []float64
}

// InputSize returns the number of inputs each neuron sees (the columns of
// Weights).
func (l Layer) InputSize() int {
	if len(l.Weights) == 0 {
		return 0
	}
	return len(l.Weights[0])
}

// OutputSize returns the number of neurons (the rows of Weights).
func (l Layer) OutputSize() int {
	return len(l.Weights)
}

// NumParameters returns the number of weights and biases, in·out + out.
func (l Layer) NumParameters() int {
	return l.InputSize()*l.OutputSize() + len(l.Biases)
}

// String describes the layer, for example "Dense(in=2, out=4, sigmoid)".
func (l Layer) String() string {
	return fmt.Sprintf("Dense(in=%d, out=%d, %v)", l.InputSize(), l.OutputSize(), l.Activation)
}

// check returns an error unless the layer's parameters have consistent
// shapes, with inputSize inputs, and it has an activation. index is the
// layer's 1-based position, for the message.
func (l Layer) check(index, inputSize int) error {
	if len(l.Weights) == 0 {
		return fmt.Errorf("mlp: layer %d has no neurons (Weights is empty)", index)
	}
	for j, row := range l.Weights {
		if len(row) != inputSize {
			return fmt.Errorf("mlp: layer %d, neuron %d has %s, want %d (one per input of the layer)",
				index, j, count(len(row), "weight", "weights"), inputSize)
		}
	}
	if len(l.Biases) != len(l.Weights) {
		return fmt.Errorf("mlp: layer %d has %s, want %d (one per neuron)",
			index, count(len(l.Biases), "bias", "biases"), len(l.Weights))
	}
	if l.Activation.Forward == nil || l.Activation.Derivative == nil {
		return fmt.Errorf("mlp: layer %d has no activation; set it with activation.New, e.g. activation.MustNew(\"sigmoid\")",
			index)
	}
	return nil
}
