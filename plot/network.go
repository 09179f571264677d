package plot

import (
	"fmt"
	"math"
	"strconv"
	"strings"
)

// A Network is a dense network's parameters, ready to be drawn as a diagram
// (WriteSVG). Layer l takes the outputs of layer l−1 (layer 0 takes the
// inputs) and computes
//
//	z[j] = Σᵢ Weights[l][j][i] · a[i] + Biases[l][j]
//
// so Weights[l][j][i] is the weight from input i to neuron j, the torch
// nn.Linear layout. Only Weights and Biases are needed.
type Network struct {
	Weights [][][]float64
	Biases  [][]float64
	// Activations name each layer's Activation, e.g. "tanh", shown above the
	// layer; nil, or one per layer.
	Activations []string
	// InputNames and OutputNames label the inputs and outputs; nil, or one
	// per input or output. The default is x1, x2, … and y1, y2, …
	InputNames, OutputNames []string
	Title                   string // shown above the diagram
}

// maxLayerSize is the largest layer the diagram draws: beyond it the
// neurons would be too small to see, e.g. the 784 inputs of MNIST.
const maxLayerSize = 64

// String describes the network by its layer sizes and Activations, e.g.
// "Network(2-4-1, tanh, sigmoid)".
func (n Network) String() string {
	sizes := []string{"?"}
	if len(n.Weights) > 0 && len(n.Weights[0]) > 0 {
		sizes = []string{strconv.Itoa(len(n.Weights[0][0]))}
	}
	for _, layer := range n.Weights {
		sizes = append(sizes, strconv.Itoa(len(layer)))
	}
	parts := append([]string{strings.Join(sizes, "-")}, n.Activations...)
	return "Network(" + strings.Join(parts, ", ") + ")"
}

// sizes returns the number of neurons of each layer, inputs first.
func (n Network) sizes() []int {
	sizes := []int{len(n.Weights[0][0])}
	for _, layer := range n.Weights {
		sizes = append(sizes, len(layer))
	}
	return sizes
}

// check reports the first shape mismatch or non-finite number.
func (n Network) check() error {
	if len(n.Weights) == 0 {
		return fmt.Errorf("plot: Network has no Weights; give at least one layer")
	}
	if len(n.Biases) != len(n.Weights) {
		return fmt.Errorf("plot: Network has %d layers of Weights but %d of Biases; give one Bias per neuron of each layer", len(n.Weights), len(n.Biases))
	}
	if len(n.Weights[0]) == 0 || len(n.Weights[0][0]) == 0 {
		return fmt.Errorf("plot: Network layer 0 has no weights; Weights[0][j][i] needs at least one neuron j and input i")
	}
	inputs := len(n.Weights[0][0])
	for l, layer := range n.Weights {
		if len(layer) == 0 {
			return fmt.Errorf("plot: Network layer %d has no neurons", l)
		}
		if len(n.Biases[l]) != len(layer) {
			return fmt.Errorf("plot: Network layer %d has %d neurons in Weights but %d Biases", l, len(layer), len(n.Biases[l]))
		}
		for j, row := range layer {
			if len(row) != inputs {
				return fmt.Errorf("plot: Network Weights[%d][%d] has %d weights, want %d (one per output of the layer before)", l, j, len(row), inputs)
			}
			for i, w := range row {
				if math.IsNaN(w) || math.IsInf(w, 0) {
					return fmt.Errorf("plot: Network Weights[%d][%d][%d] is %v; training diverged, try a smaller LearningRate", l, j, i, w)
				}
			}
			if b := n.Biases[l][j]; math.IsNaN(b) || math.IsInf(b, 0) {
				return fmt.Errorf("plot: Network Biases[%d][%d] is %v; training diverged, try a smaller LearningRate", l, j, b)
			}
		}
		inputs = len(layer)
	}
	sizes := n.sizes()
	for l, size := range sizes {
		if size > maxLayerSize {
			return fmt.Errorf("plot: Network layer %d has %d neurons; a diagram shows at most %d per layer", l, size, maxLayerSize)
		}
	}
	if n.Activations != nil && len(n.Activations) != len(n.Weights) {
		return fmt.Errorf("plot: Network has %d Activations for %d layers; give one per layer, or none", len(n.Activations), len(n.Weights))
	}
	if n.InputNames != nil && len(n.InputNames) != sizes[0] {
		return fmt.Errorf("plot: Network has %d InputNames for %d inputs; name every input, or none", len(n.InputNames), sizes[0])
	}
	if outputs := sizes[len(sizes)-1]; n.OutputNames != nil && len(n.OutputNames) != outputs {
		return fmt.Errorf("plot: Network has %d OutputNames for %d outputs; name every output, or none", len(n.OutputNames), outputs)
	}
	return nil
}

// neuronName is the name of neuron j of layer l (layer 0 being the
// inputs) in tooltips: an input or output name, or h<l>.<j+1> when hidden.
func (n Network) neuronName(l, j int) string {
	last := len(n.Weights)
	switch {
	case l == 0 && n.InputNames != nil:
		return n.InputNames[j]
	case l == 0:
		return "x" + strconv.Itoa(j+1)
	case l == last && n.OutputNames != nil:
		return n.OutputNames[j]
	case l == last:
		return "y" + strconv.Itoa(j+1)
	}
	return "h" + strconv.Itoa(l) + "." + strconv.Itoa(j+1)
}

// largest returns the largest |v| among the weights (or biases), at least
// a tiny positive number so it can divide.
func largest(values [][]float64, current float64) float64 {
	for _, row := range values {
		for _, v := range row {
			current = math.Max(current, math.Abs(v))
		}
	}
	return current
}
