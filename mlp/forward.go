package mlp

import "fmt"

// Forward runs one sample x through the network and returns its output:
// layer by layer, every neuron j computes its weighted sum zⱼ, then its
// output aⱼ:
//
//	zⱼ = Σᵢ Weights[j][i]·aᵢ + Biases[j]
//	aⱼ = φ(zⱼ)
//
// where a is the previous layer's output (x itself for the first layer).
// Each layer keeps its z and a in Layer.Z and Layer.A: Backward needs them,
// and a student can print them.
//
// The returned slice is the output layer's A: it belongs to the network and
// is overwritten by the next Forward (copy it, or use [Network.Predict], to
// keep it). x is copied, never modified or kept. Forward allocates nothing.
//
// Forward panics if len(x) is not the network's input size, with both
// numbers in the message: "mlp: Forward got 3 inputs, want 2".
func (n *Network) Forward(x []float64) []float64 {
	n.ready()
	if len(x) != len(n.input) {
		panic(fmt.Sprintf("mlp: Forward got %s, want %d", count(len(x), "input", "inputs"), len(n.input)))
	}
	copy(n.input, x)
	n.forwarded = true
	n.batchSize = 0 // a batch's traces are no longer all valid; ForwardBatch sets it again
	input := n.input
	for l := range n.Layers {
		layer := &n.Layers[l]
		z, a, biases := layer.Z, layer.A, layer.Biases

		// z = W·input + b: each neuron's weighted sum.
		for j, weights := range layer.Weights {
			weightedSum := 0.0
			for i, w := range weights {
				weightedSum += w * input[i]
			}
			z[j] = weightedSum + biases[j]
		}

		// a = φ(z), neuron by neuron. (A loop of its own: the calls to φ
		// then follow one another, which is faster than one call after
		// each weighted sum.)
		phi := layer.Activation.Forward
		for j := range a {
			a[j] = phi(z[j])
		}
		input = a // this layer's output is the next layer's input
	}
	return input
}

// Predict is [Network.Forward] returning a new slice that the caller owns.
// It panics as Forward does.
func (n *Network) Predict(x []float64) []float64 {
	output := n.Forward(x)
	return append([]float64(nil), output...)
}

// layerInput returns the input that layer l saw in the last Forward: x for
// the first layer, the previous layer's output otherwise.
func (n *Network) layerInput(l int) []float64 {
	if l == 0 {
		return n.input
	}
	return n.Layers[l-1].A
}
