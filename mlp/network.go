package mlp

import (
	"errors"
	"fmt"
	"math/rand/v2"
	"strings"

	"github.com/tocha-go/tocha/activation"
)

// Network is a multi-layer perceptron: layers applied one after the other,
// each layer's output being the next layer's input,
//
//	a⁰ = x,   aˡ = φˡ(Wˡ·aˡ⁻¹ + bˡ)   for l = 1 … L,   output = aᴸ
//
// Layers[0] is the first hidden layer (there is no input layer object: the
// input is just x) and Layers[len-1] the output layer. Build one with [New]
// (random weights) or [FromLayers] (given weights).
//
// A Network keeps the values of its last forward pass for Backward, so it is
// not safe for concurrent use: train or evaluate one network from one
// goroutine at a time (or give each goroutine its own network).
type Network struct {
	// Layers holds the layers in order, from the first hidden layer to the
	// output layer.
	Layers []Layer

	// input is the network's copy of the current sample's x (a⁰).
	input []float64
	// traces holds one forward pass per sample of the last ForwardBatch; the
	// layers' Z and A, and input, are views of one of them (see batch.go).
	traces []trace
	// batchOutputs[b] is sample b's output in the last ForwardBatch.
	batchOutputs [][]float64
	// batchSize is the number of samples of the last ForwardBatch.
	batchSize int
	// forwarded records that a Forward has run since the work space was
	// allocated, so that Backward has values to work from.
	forwarded bool
}

// New returns a network with the given layer sizes, one activation name per
// layer (see [activation.Names]) and PyTorch's default initialisation drawn
// from rng (see [Network.Initialize]). sizes lists the input size first:
//
//	mlp.New([]int{2, 4, 1}, []string{"sigmoid", "sigmoid"}, rng)
//
// is 2 inputs, a hidden layer of 4 sigmoid neurons and 1 sigmoid output.
// For a leaky ReLU with a slope other than 0.01, replace the layer's
// Activation with [activation.NewLeakyReLU] afterwards.
//
// New returns an error if there are fewer than two sizes, a size is not
// positive, the number of activations is not len(sizes)−1, a name is
// unknown, or rng is nil.
func New(sizes []int, activations []string, rng *rand.Rand) (*Network, error) {
	if len(sizes) < 2 {
		return nil, fmt.Errorf("mlp: New got %d sizes, want at least 2 (input size, then one size per layer)", len(sizes))
	}
	for k, size := range sizes {
		if size < 1 {
			return nil, fmt.Errorf("mlp: New got size %d at position %d, want at least 1", size, k)
		}
	}
	if len(activations) != len(sizes)-1 {
		return nil, fmt.Errorf("mlp: New got %d activations for %d layers, want one per layer (len(sizes)-1 = %d)",
			len(activations), len(sizes)-1, len(sizes)-1)
	}
	if rng == nil {
		return nil, errors.New("mlp: New got a nil *rand.Rand; pass one such as rand.New(rand.NewPCG(1, 2))")
	}
	layers := make([]Layer, len(activations))
	for l, name := range activations {
		phi, err := activation.New(name)
		if err != nil {
			return nil, fmt.Errorf("mlp: layer %d: %w", l+1, err)
		}
		layers[l] = Layer{
			Weights:    newMatrix(sizes[l+1], sizes[l]),
			Biases:     make([]float64, sizes[l+1]),
			Activation: phi,
		}
	}
	n := &Network{Layers: layers}
	if err := n.Initialize("default", rng); err != nil {
		return nil, err
	}
	n.allocate()
	return n, nil
}

// FromLayers returns a network made of copies of the given layers' Weights,
// Biases and Activation, for hand-wired networks and reference values:
//
//	net, err := mlp.FromLayers(
//		mlp.Layer{Weights: [][]float64{{20, 20}, {-20, -20}}, Biases: []float64{-10, 30},
//			Activation: activation.MustNew("sigmoid")},
//		mlp.Layer{Weights: [][]float64{{20, 20}}, Biases: []float64{-30},
//			Activation: activation.MustNew("sigmoid")})
//
// The caller's slices are not kept. FromLayers returns an error, naming the
// layer and neuron, if there are no layers, a layer has no neurons, a row of
// Weights does not have one weight per input of the layer (the previous
// layer's size), Biases does not have one bias per neuron, an Activation
// is unset, or a weight or bias is NaN or infinite.
func FromLayers(layers ...Layer) (*Network, error) {
	n := &Network{Layers: make([]Layer, len(layers))}
	for l, given := range layers {
		n.Layers[l] = Layer{
			Weights:    copyMatrix(given.Weights),
			Biases:     append([]float64(nil), given.Biases...),
			Activation: given.Activation,
		}
	}
	if err := n.check(); err != nil {
		return nil, err
	}
	if where := n.firstNonFinite(); where != "" {
		return nil, fmt.Errorf("mlp: %s; every weight and bias must be a finite number", where)
	}
	n.allocate()
	return n, nil
}

// InputSize returns the length of the x that Forward takes.
func (n *Network) InputSize() int {
	if len(n.Layers) == 0 {
		return 0
	}
	return n.Layers[0].InputSize()
}

// OutputSize returns the length of the output that Forward returns.
func (n *Network) OutputSize() int {
	if len(n.Layers) == 0 {
		return 0
	}
	return n.Layers[len(n.Layers)-1].OutputSize()
}

// NumParameters returns the number of weights and biases of all layers.
func (n *Network) NumParameters() int {
	count := 0
	for l := range n.Layers {
		count += n.Layers[l].NumParameters()
	}
	return count
}

// String describes the architecture, one layer per line:
//
//	Network 2-4-1, 17 parameters
//	  1: Dense(in=2, out=4, sigmoid)
//	  2: Dense(in=4, out=1, sigmoid)
func (n *Network) String() string {
	sizes := []string{fmt.Sprint(n.InputSize())}
	for l := range n.Layers {
		sizes = append(sizes, fmt.Sprint(n.Layers[l].OutputSize()))
	}
	var b strings.Builder
	fmt.Fprintf(&b, "Network %s, %d parameters", strings.Join(sizes, "-"), n.NumParameters())
	for l := range n.Layers {
		fmt.Fprintf(&b, "\n  %d: %v", l+1, n.Layers[l])
	}
	return b.String()
}
