package mlp

import "fmt"

// Backward backpropagates one sample: given dOutput = ∂L/∂a, the gradient of
// the loss with respect to the output of the last Forward, it computes every
// neuron's error signal δ = ∂L/∂z and adds each parameter's gradient to
// Layer.WeightGrads and Layer.BiasGrads. By the chain rule, from the output
// layer L back to the first:
//
//	δᴸ      = ∂L/∂aᴸ ⊙ φ′(zᴸ)           the output layer
//	∂L/∂Wˡ += δˡ·(aˡ⁻¹)ᵀ                WeightGrads[j][i] += δⱼ·aᵢ
//	∂L/∂bˡ += δˡ                        BiasGrads[j] += δⱼ
//	δˡ⁻¹    = ((Wˡ)ᵀ·δˡ) ⊙ φ′(zˡ⁻¹)      one layer back
//
// where ⊙ multiplies element by element and aˡ⁻¹ is the layer's input (x for
// the first layer). Every δ is computed from the weights that produced the
// forward pass: nothing is updated here, the optimizer's Step does that.
//
// The gradients add up, so that calling Backward for each sample of a
// mini-batch sums them; the loss's mean already put the 1/B into dOutput.
// Call [Network.ZeroGrad] before each new batch. Backward allocates nothing
// and does not modify or keep dOutput.
//
// Backward panics if no Forward has run, or if len(dOutput) is not the
// network's output size: "mlp: Backward got 2 output gradients, want 1".
func (n *Network) Backward(dOutput []float64) {
	n.ready()
	last := len(n.Layers) - 1
	output := &n.Layers[last]
	if len(dOutput) != len(output.A) {
		panic(fmt.Sprintf("mlp: Backward got %s, want %d",
			count(len(dOutput), "output gradient", "output gradients"), len(output.A)))
	}
	if !n.forwarded {
		panic("mlp: Backward called before Forward; run Forward on the sample first")
	}

	// Output layer: δ = ∂L/∂a ⊙ φ′(z).
	for j := range output.Delta {
		derivative := output.Activation.Derivative(output.Z[j], output.A[j])
		output.Delta[j] = dOutput[j] * derivative
	}

	for l := last; l >= 0; l-- {
		layer := &n.Layers[l]
		input := n.layerInput(l)

		// ∂L/∂W = δ·inputᵀ and ∂L/∂b = δ, added to what is there.
		for j, delta := range layer.Delta {
			weightGrads := layer.WeightGrads[j] // neuron j's row
			for i, a := range input {
				weightGrads[i] += delta * a
			}
			layer.BiasGrads[j] += delta
		}

		if l == 0 {
			break // the input x has no δ
		}

		// One layer back: δ_prev = (Wᵀ·δ) ⊙ φ′(z_prev). Each previous neuron
		// i collects the δ of every neuron j it feeds, weighted by Weights[j][i].
		previous := &n.Layers[l-1]
		for i := range previous.Delta {
			dOutputPrevious := 0.0 // ∂L/∂a of previous neuron i
			for j, delta := range layer.Delta {
				dOutputPrevious += layer.Weights[j][i] * delta
			}
			derivative := previous.Activation.Derivative(previous.Z[i], previous.A[i])
			previous.Delta[i] = dOutputPrevious * derivative
		}
	}
}

// ZeroGrad sets every WeightGrads and BiasGrads entry to 0, so that the next
// Backward calls start a new sum. Call it before each mini-batch, as
// PyTorch's optimizer.zero_grad(). Clearing is safe whatever the shapes, so
// ZeroGrad leaves checking them to Forward, Backward and the optimizer's
// Step, which run in the same training step.
func (n *Network) ZeroGrad() {
	for l := range n.Layers {
		layer := &n.Layers[l]
		for j := range layer.WeightGrads {
			clear(layer.WeightGrads[j])
		}
		clear(layer.BiasGrads)
	}
}
