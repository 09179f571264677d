package mlp

import (
	"fmt"
	"math"
	"slices"
	"strings"

	"github.com/tocha-go/tocha/activation"
)

// checkSavable returns an error unless every file format can store n: its
// shapes are consistent, every activation is one that activation.New knows
// by name (a file stores the name, not the function), a leaky ReLU's slope
// is finite, and every weight and bias is a finite number.
func (n *Network) checkSavable() error {
	if err := n.check(); err != nil {
		return err
	}
	for l := range n.Layers {
		layer := &n.Layers[l]
		if err := checkSavableActivation(layer.Activation, l+1); err != nil {
			return err
		}
	}
	if where := n.firstNonFinite(); where != "" {
		return fmt.Errorf("%s; a network with NaN or infinite parameters has diverged "+
			"and is not worth saving (train it again with a smaller learning rate)", where)
	}
	return nil
}

// firstNonFinite describes the first NaN or infinite weight or bias of n,
// "layer 1, Weights[6][0] is NaN", or returns "" if every one is finite.
func (n *Network) firstNonFinite() string {
	for l := range n.Layers {
		layer := &n.Layers[l]
		for j, row := range layer.Weights {
			for i, w := range row {
				if math.IsNaN(w) || math.IsInf(w, 0) {
					return fmt.Sprintf("layer %d, Weights[%d][%d] is %v", l+1, j, i, w)
				}
			}
		}
		for j, b := range layer.Biases {
			if math.IsNaN(b) || math.IsInf(b, 0) {
				return fmt.Sprintf("layer %d, Biases[%d] is %v", l+1, j, b)
			}
		}
	}
	return ""
}

// checkSavableActivation returns an error unless a file can name phi, the
// activation of layer number index.
func checkSavableActivation(phi activation.Activation, index int) error {
	if !slices.Contains(activation.Names(), phi.Name) {
		return fmt.Errorf("layer %d has activation %q, which a file cannot name; only the activations of activation.New (%s) can be saved",
			index, phi.Name, strings.Join(activation.Names(), ", "))
	}
	if phi.Name == "leaky_relu" && (math.IsNaN(phi.Slope) || math.IsInf(phi.Slope, 0)) {
		return fmt.Errorf("layer %d has a leaky_relu with slope %v; the slope must be a finite number such as 0.01",
			index, phi.Slope)
	}
	return nil
}

// activationFromFile returns the activation that a file names, with the
// given slope for "leaky_relu" (nil if the file gave none). The name must
// be exactly one of activation.Names(): files are written by programs, so
// a different spelling means the file is not what it claims to be. field
// names the place in the file, for the message.
func activationFromFile(name string, slope *float64, field string) (activation.Activation, error) {
	if name == "" {
		return activation.Activation{}, fmt.Errorf("%s is missing; use one of %s",
			field, strings.Join(activation.Names(), ", "))
	}
	if !slices.Contains(activation.Names(), name) {
		return activation.Activation{}, fmt.Errorf("%s is %q, an unknown activation; use one of %s",
			field, name, strings.Join(activation.Names(), ", "))
	}
	if name != "leaky_relu" {
		if slope != nil {
			return activation.Activation{}, fmt.Errorf("%s is %q, which has no slope; remove its slope (only leaky_relu has one)",
				field, name)
		}
		return activation.New(name)
	}
	if slope == nil {
		return activation.Activation{}, fmt.Errorf("%s is leaky_relu but its slope is missing; give it, e.g. 0.01 (PyTorch's default)",
			field)
	}
	if math.IsNaN(*slope) || math.IsInf(*slope, 0) {
		return activation.Activation{}, fmt.Errorf("%s is leaky_relu with slope %v; the slope must be a finite number",
			field, *slope)
	}
	return activation.NewLeakyReLU(*slope), nil
}
