package main

import (
	"fmt"
	"io"

	"github.com/tocha-go/tocha/activation"
	"github.com/tocha-go/tocha/loss"
	"github.com/tocha-go/tocha/mlp"
)

// result holds the numbers the tests check.
type result struct {
	lossBefore, lossAfter, lossAfterFixedBiases float64
	firstOutputWeight, firstHiddenWeight        float64
}

// workedNetwork builds the example's network: 2 inputs, 2 sigmoid hidden
// neurons, 2 sigmoid outputs, with the published starting weights.
func workedNetwork() (*mlp.Network, error) {
	sigmoid := activation.MustNew("sigmoid")
	return mlp.FromLayers(
		mlp.Layer{Weights: [][]float64{{0.15, 0.20}, {0.25, 0.30}}, Biases: []float64{0.35, 0.35}, Activation: sigmoid},
		mlp.Layer{Weights: [][]float64{{0.40, 0.45}, {0.50, 0.55}}, Biases: []float64{0.60, 0.60}, Activation: sigmoid},
	)
}

// workThrough prints the forward pass, the loss, the backward pass and one
// gradient descent step, then the loss after the step.
func workThrough(w io.Writer, learningRate float64) (result, error) {
	net, err := workedNetwork()
	if err != nil {
		return result{}, err
	}
	x := []float64{0.05, 0.10}
	target := []float64{0.01, 0.99}
	mse := loss.MustNew("mse")
	hidden, output := &net.Layers[0], &net.Layers[1]

	fmt.Fprintln(w, "Matt Mazur's \"A Step by Step Backpropagation Example\" (2015), computed by tocha.")
	fmt.Fprintln(w, "The network: x (2 inputs) → hidden layer h (2 sigmoid neurons) → output layer o (2 sigmoid neurons)")
	fmt.Fprintf(w, "x = %s, target y = %s\n", vector(x), vector(target))
	printLayer(w, "hidden", hidden)
	printLayer(w, "output", output)

	fmt.Fprintln(w, "\nForward pass: z = W·a + b, a = σ(z) = 1/(1 + e^(−z))")
	out := net.Forward(x)
	outputs := [][]float64{append([]float64(nil), out...)}
	for j := range hidden.Z {
		fmt.Fprintf(w, "  hidden %d: z = %.9f   a = %.9f\n", j+1, hidden.Z[j], hidden.A[j])
	}
	for j := range output.Z {
		fmt.Fprintf(w, "  output %d: z = %.9f   a = %.9f\n", j+1, output.Z[j], output.A[j])
	}

	targets := [][]float64{target}
	var r result
	r.lossBefore = mse.Forward(outputs, targets)
	fmt.Fprintln(w, "\nLoss: L = mean over the 2 outputs of (a − y)²; with 2 outputs that is the published E = Σ ½(y − a)²")
	fmt.Fprintf(w, "  L = %.9f\n", r.lossBefore)

	fmt.Fprintln(w, "\nBackward pass, from the output back (δ = ∂L/∂z; ⊙ multiplies element by element):")
	dOutputs := mse.Backward(nil, outputs, targets)
	net.ZeroGrad()
	net.Backward(dOutputs[0])
	fmt.Fprintln(w, "  output layer: ∂L/∂a = 2(a − y)/2 = a − y, δ = ∂L/∂a · σ′(z), σ′(z) = a(1 − a)")
	for j := range output.Delta {
		fmt.Fprintf(w, "    output %d: ∂L/∂a = % .9f   σ′ = %.9f   δ = % .9f\n",
			j+1, dOutputs[0][j], activation.SigmoidDerivative(output.A[j]), output.Delta[j])
	}
	fmt.Fprintln(w, "  hidden layer: δ = (Wᵀ·δ_output) ⊙ σ′(z), using the weights of the forward pass")
	for j := range hidden.Delta {
		fmt.Fprintf(w, "    hidden %d: Σₖ w_kj·δ_k = % .9f   σ′ = %.9f   δ = % .9f\n",
			j+1, backSum(output, j), activation.SigmoidDerivative(hidden.A[j]), hidden.Delta[j])
	}
	fmt.Fprintln(w, "  gradients: ∂L/∂w_ji = δ_j · a_i (weight from input i to neuron j; a_i = that input), ∂L/∂b_j = δ_j")
	printGradients(w, "output", output)
	printGradients(w, "hidden", hidden)

	biasesBefore := [][]float64{append([]float64(nil), hidden.Biases...), append([]float64(nil), output.Biases...)}
	optimizer := &mlp.SGD{LearningRate: learningRate}
	optimizer.Step(net)
	fmt.Fprintf(w, "\nGradient descent step: w ← w − %g·∂L/∂w (every gradient was computed before any update)\n", learningRate)
	printLayer(w, "output", output)
	printLayer(w, "hidden", hidden)
	r.firstOutputWeight, r.firstHiddenWeight = output.Weights[0][0], hidden.Weights[0][0]

	r.lossAfter = mse.Forward([][]float64{net.Forward(x)}, targets)
	copy(hidden.Biases, biasesBefore[0])
	copy(output.Biases, biasesBefore[1])
	r.lossAfterFixedBiases = mse.Forward([][]float64{net.Forward(x)}, targets)

	fmt.Fprintf(w, "\nLoss before the step %.9f, after %.9f: one step downhill.\n", r.lossBefore, r.lossAfter)
	fmt.Fprintf(w, "(The walk-through leaves the biases unchanged: computed that way, the loss after is %.9f;\n",
		r.lossAfterFixedBiases)
	fmt.Fprintln(w, publishedComparison(learningRate))
	answer(w, r)
	return r, nil
}

// The walk-through takes its one step with this learning rate, and reports
// this loss after the step (biases unchanged).
const (
	publishedLearningRate = 0.5
	publishedLossAfter    = "0.291027924"
)

// publishedComparison returns the closing line: the published loss when the
// step used the walk-through's learning rate, otherwise a note that the
// published loss belongs to another learning rate and cannot be compared.
func publishedComparison(learningRate float64) string {
	if learningRate == publishedLearningRate {
		return " the walk-through itself reports " + publishedLossAfter + ".)"
	}
	return fmt.Sprintf(" the walk-through's own figure is for lr %g, not %g: run without -lr to compare with it.)",
		publishedLearningRate, learningRate)
}

// backSum returns Σₖ W[k][j]·δₖ over the neurons k of layer: the gradient
// that reaches input j of the layer, ∂L/∂aⱼ of the layer before.
func backSum(layer *mlp.Layer, j int) float64 {
	sum := 0.0
	for k := range layer.Delta {
		sum += layer.Weights[k][j] * layer.Delta[k]
	}
	return sum
}

func printLayer(w io.Writer, name string, layer *mlp.Layer) {
	for j := range layer.Weights {
		fmt.Fprintf(w, "  %s %d: weights %s   bias %.9f\n", name, j+1, vector(layer.Weights[j]), layer.Biases[j])
	}
}

func printGradients(w io.Writer, name string, layer *mlp.Layer) {
	for j := range layer.WeightGrads {
		fmt.Fprintf(w, "    %s %d: ∂L/∂weights = %s   ∂L/∂bias = % .9f\n",
			name, j+1, vector(layer.WeightGrads[j]), layer.BiasGrads[j])
	}
}

// vector formats numbers with 9 decimals, the precision of the published
// example.
func vector(v []float64) string {
	s := "["
	for i, x := range v {
		if i > 0 {
			s += ", "
		}
		s += fmt.Sprintf("% .9f", x)
	}
	return s + "]"
}
