package mlp

import (
	"errors"
	"fmt"
	"math"
	"math/rand/v2"
	"strings"
)

// InitNames lists the initialisation schemes [Network.Initialize] accepts.
func InitNames() []string {
	return []string{"default", "xavier", "he"}
}

// Initialize draws new weights and biases for every layer from rng, with
// the named scheme. For a layer with fan_in inputs and fan_out neurons:
//
//	"default"  PyTorch's nn.Linear:   w, b ~ U(−1/√fan_in, +1/√fan_in)
//	"xavier"   Glorot uniform:        w ~ U(−√(6/(fan_in+fan_out)), +√(6/(fan_in+fan_out))),  b = 0
//	"he"       He (Kaiming) normal:   w ~ N(0, 2/fan_in),  b = 0
//
// ("glorot", "kaiming" and "pytorch" are accepted as other names.) Each
// scheme keeps the variance of z about the same from layer to layer, so the
// signal neither dies out nor blows up in a deep network: Xavier was derived
// for tanh and sigmoid, He for ReLU (which zeroes half of its inputs, hence
// the 2).
//
// Why random at all: if every neuron of a layer started with the same
// weights, they would compute the same output, receive the same gradient,
// and stay identical forever; the layer would be as good as one neuron.
//
// The numbers are drawn layer by layer, each layer's weights row by row and
// then its biases, so a seed gives the same network on every computer.
// Initialize returns an error for an unknown name or a nil rng, and leaves
// the network unchanged then. The gradients are not touched.
func (n *Network) Initialize(scheme string, rng *rand.Rand) error {
	if rng == nil {
		return errors.New("mlp: Initialize got a nil *rand.Rand; pass one such as rand.New(rand.NewPCG(1, 2))")
	}
	canonical := map[string]string{
		"default": "default", "pytorch": "default",
		"xavier": "xavier", "glorot": "xavier",
		"he": "he", "kaiming": "he",
	}
	name, ok := canonical[strings.ToLower(scheme)]
	if !ok {
		return fmt.Errorf("mlp: unknown initialisation %q; use one of %s",
			scheme, strings.Join(InitNames(), ", "))
	}
	for l := range n.Layers {
		layer := &n.Layers[l]
		fanIn := float64(layer.InputSize())
		fanOut := float64(layer.OutputSize())
		for j := range layer.Weights {
			for i := range layer.Weights[j] {
				layer.Weights[j][i] = drawWeight(name, fanIn, fanOut, rng)
			}
		}
		for j := range layer.Biases {
			layer.Biases[j] = 0
			if name == "default" {
				layer.Biases[j] = uniform(1/math.Sqrt(fanIn), rng)
			}
		}
	}
	return nil
}

// drawWeight draws one weight of a layer with the given fan-in and fan-out.
func drawWeight(scheme string, fanIn, fanOut float64, rng *rand.Rand) float64 {
	switch scheme {
	case "xavier":
		return uniform(math.Sqrt(6/(fanIn+fanOut)), rng)
	case "he":
		standardDeviation := math.Sqrt(2 / fanIn)
		return standardDeviation * rng.NormFloat64()
	}
	return uniform(1/math.Sqrt(fanIn), rng)
}

// uniform draws from U(−bound, +bound).
func uniform(bound float64, rng *rand.Rand) float64 {
	return bound * (2*rng.Float64() - 1)
}
