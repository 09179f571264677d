package mlp

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/tocha-go/tocha/activation"
)

// PyTorch returns the Python source of the torch.nn.Sequential that has the
// same architecture as n, for the 2-4-1 sigmoid network of XOR
//
//	nn.Sequential(nn.Linear(2, 4), nn.Sigmoid(), nn.Linear(4, 1), nn.Sigmoid())
//
// Every layer becomes an nn.Linear(inputs, outputs), which computes the same
// z = W·x + b with the same Weights[j][i] layout, followed by the module of
// its activation:
//
//	sigmoid      nn.Sigmoid()
//	tanh         nn.Tanh()
//	relu         nn.ReLU()
//	leaky_relu   nn.LeakyReLU(slope)
//	identity     no module: the Linear's z is the layer's output
//
// The source builds the architecture only; the weights travel in a file
// written by [Network.WriteSafetensors], whose tensor names are those of
// this Sequential's state_dict(). In Python, after "from torch import nn",
// call .double() on the model to compute in float64 as tocha does.
//
// PyTorch returns an error, naming the layer, if the network's shapes are
// inconsistent or a layer's activation has no PyTorch module: step (whose
// derivative is 0, so backpropagation could not have trained it anyway), or
// an activation that activation.New does not know.
func (n *Network) PyTorch() (string, error) {
	if err := n.check(); err != nil {
		return "", err
	}
	var modules []string
	for l := range n.Layers {
		layer := &n.Layers[l]
		modules = append(modules, fmt.Sprintf("nn.Linear(%d, %d)", layer.InputSize(), layer.OutputSize()))
		module, err := torchActivation(layer.Activation, l+1)
		if err != nil {
			return "", fmt.Errorf("mlp: PyTorch: %w", err)
		}
		if module != "" {
			modules = append(modules, module)
		}
	}
	return "nn.Sequential(" + strings.Join(modules, ", ") + ")", nil
}

// torchActivation returns the source of the PyTorch module that computes
// phi, the activation of layer number index, or "" for the identity, which
// needs no module.
func torchActivation(phi activation.Activation, index int) (string, error) {
	switch phi.Name {
	case "identity":
		return "", nil
	case "sigmoid":
		return "nn.Sigmoid()", nil
	case "tanh":
		return "nn.Tanh()", nil
	case "relu":
		return "nn.ReLU()", nil
	case "leaky_relu":
		return "nn.LeakyReLU(" + strconv.FormatFloat(phi.Slope, 'g', -1, 64) + ")", nil
	case "step":
		return "", fmt.Errorf("layer %d has the step activation, which PyTorch has no module for "+
			"(its derivative is 0, so backpropagation cannot train it); use sigmoid, a smooth step", index)
	}
	return "", fmt.Errorf("layer %d has activation %q, which PyTorch has no module for", index, phi.Name)
}

// linearIndices returns, for each layer, the index of its nn.Linear in the
// nn.Sequential that [Network.PyTorch] prints. Every activation other than
// the identity is a module of its own after the Linear, so the Linears of
// two sigmoid layers are modules 0 and 2, and those of a relu layer
// followed by identity layers are 0, 2, 3, 4. The index is the prefix of
// the Linear's tensors in the state_dict: "2.weight", "2.bias".
func linearIndices(activations []activation.Activation) []int {
	indices := make([]int, len(activations))
	next := 0
	for l, phi := range activations {
		indices[l] = next
		next++ // the Linear
		if phi.Name != "identity" {
			next++ // its activation module
		}
	}
	return indices
}
