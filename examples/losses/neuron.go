package main

import (
	"fmt"
	"io"
	"slices"
	"strings"

	"github.com/tocha-go/tocha/activation"
	"github.com/tocha-go/tocha/loss"
	"github.com/tocha-go/tocha/mlp"
	"github.com/tocha-go/tocha/plot"
)

// The confidently wrong neuron: one input x = 1 whose target is 0, and
// weights that make z = w·x + b = 5, so p = σ(5) ≈ 0.993 says "1" with
// near certainty.
const (
	neuronInput        = 1.0
	neuronTarget       = 0.0
	neuronWeight       = 2.0
	neuronBias         = 3.0
	neuronLearningRate = 0.5
)

// neuronRun is what one loss did to the neuron: the gradient at the start
// and, after e updates, the loss losses[e] and the prediction predictions[e].
type neuronRun struct {
	name        string
	dLossdP     float64 // ∂L/∂p at the start
	slope       float64 // σ′(z) at the start
	dLossdZ     float64 // ∂L/∂z = δ at the start, from Backward
	dLossdW     float64 // ∂L/∂w at the start
	losses      []float64
	predictions []float64
}

// confidentlyWrong trains the neuron with MSE and with BCE from the same
// start and compares the gradients and the curves. It reports whether BCE
// corrected the mistake sooner.
func confidentlyWrong(w io.Writer, epochs int) (bceSooner bool, err error) {
	fmt.Fprintln(w, "== 1. One sigmoid neuron, confidently wrong ==")
	z := neuronWeight*neuronInput + neuronBias
	fmt.Fprintf(w, "x = %g, target y = %g, start w = %g, b = %g: z = %g, p = σ(z) = %.3f.\n",
		neuronInput, neuronTarget, neuronWeight, neuronBias, z, activation.Sigmoid(z))
	fmt.Fprintf(w, "Gradient descent, lr = %g, from that same start with each loss.\n\n", neuronLearningRate)

	runs := make([]neuronRun, 0, 2)
	for _, name := range []string{"mse", "bce"} {
		run, err := trainNeuron(name, epochs)
		if err != nil {
			return false, err
		}
		runs = append(runs, run)
	}
	mse, bce := runs[0], runs[1]

	fmt.Fprintln(w, "The gradient at the start (chain rule: ∂L/∂z = ∂L/∂p · σ′(z)):")
	// The header uses the rows' widths (fmt pads by characters, not bytes).
	fmt.Fprintf(w, "  %-4s  %8s  %7s  %7s  %7s\n", "loss", "∂L/∂p", "σ′(z)", "∂L/∂z", "∂L/∂w")
	for _, r := range runs {
		fmt.Fprintf(w, "  %-4s  %8.3f  %7.1e  %7.1e  %7.1e\n", r.name, r.dLossdP, r.slope, r.dLossdZ, r.dLossdW)
	}
	fmt.Fprintln(w, "  MSE: ∂L/∂z = 2(p − y)·σ′(z), and σ′(z) = p(1 − p) is tiny when the neuron is sure.")
	fmt.Fprintln(w, "  BCE: ∂L/∂p = (p − y)/(p(1 − p)) cancels σ′(z), leaving ∂L/∂z = p − y.")
	fmt.Fprintf(w, "  Measured: BCE's ∂L/∂z = %.3f (p − y = %.3f), %.0f× MSE's.\n\n",
		bce.dLossdZ, bce.predictions[0]-neuronTarget, bce.dLossdZ/mse.dLossdZ)

	fmt.Fprintln(w, "Loss curves (p is the neuron's output; the two losses have different scales):")
	width := max(len("epoch"), len(fmt.Sprint(epochs))) // the epoch column fits the last epoch
	fmt.Fprintf(w, "  %*s |   MSE: p   loss |   BCE: p   loss\n", width, "epoch")
	for _, e := range checkpoints(epochs) {
		fmt.Fprintf(w, "  %*d |   %6.3f %6.3f |   %6.3f %6.3f\n",
			width, e, mse.predictions[e], mse.losses[e], bce.predictions[e], bce.losses[e])
	}
	for _, r := range runs {
		line, err := plot.Sparkline(r.losses, 50)
		if err != nil {
			return false, err
		}
		fmt.Fprintf(w, "  %s loss %s %.3f → %.3f\n", r.name, line, r.losses[0], r.losses[epochs])
	}

	mseFlip, bceFlip := firstBelowHalf(mse.predictions), firstBelowHalf(bce.predictions)
	fmt.Fprintf(w, "Epochs until p < 0.5 (the neuron changes its mind): MSE %s, BCE %s.\n",
		epochCount(mseFlip, epochs), epochCount(bceFlip, epochs))
	bceSooner = bceFlip >= 0 && (mseFlip < 0 || bceFlip < mseFlip)
	if bceSooner {
		fmt.Fprintf(w, "So: σ′(z) = %.2g made MSE's gradient %.0f× smaller than BCE's, and BCE corrected the\n",
			mse.slope, bce.dLossdZ/mse.dLossdZ)
		fmt.Fprintf(w, "mistake %s.\n\n", speedup(bceFlip, mseFlip, epochs))
	} else {
		fmt.Fprintf(w, "So: this time BCE did not correct the mistake sooner than MSE (BCE %s, MSE %s).\n\n",
			epochCount(bceFlip, epochs), epochCount(mseFlip, epochs))
	}
	return bceSooner, nil
}

// trainNeuron builds the neuron and trains it for the given number of
// epochs with the named loss, recording the loss and p before every update.
func trainNeuron(lossName string, epochs int) (neuronRun, error) {
	net, err := mlp.FromLayers(mlp.Layer{
		Weights:    [][]float64{{neuronWeight}},
		Biases:     []float64{neuronBias},
		Activation: activation.MustNew("sigmoid"),
	})
	if err != nil {
		return neuronRun{}, err
	}
	lossFunction := loss.MustNew(lossName)
	optimizer := &mlp.SGD{LearningRate: neuronLearningRate}
	inputs := [][]float64{{neuronInput}}
	targets := [][]float64{{neuronTarget}}
	result := neuronRun{name: strings.ToUpper(lossName)}
	for epoch := 0; ; epoch++ {
		outputs := net.ForwardBatch(inputs)
		p := outputs[0][0]
		result.losses = append(result.losses, lossFunction.Forward(outputs, targets))
		result.predictions = append(result.predictions, p)
		if epoch == epochs {
			return result, nil
		}
		net.ZeroGrad()
		dOutputs := lossFunction.Backward(nil, outputs, targets)
		net.BackwardBatch(dOutputs)
		if epoch == 0 {
			result.dLossdP = dOutputs[0][0]
			result.slope = activation.SigmoidDerivative(p)
			result.dLossdZ = net.Layers[0].Delta[0]
			result.dLossdW = net.Layers[0].WeightGrads[0][0]
		}
		optimizer.Step(net)
	}
}

// checkpoints returns the epochs the table shows: the start, then a few
// spread over the run, ending with the last.
func checkpoints(epochs int) []int {
	var list []int
	for _, fraction := range []float64{0, 1.0 / 30, 1.0 / 10, 1.0 / 6, 1.0 / 3, 1.0 / 2, 2.0 / 3, 1} {
		list = append(list, int(fraction*float64(epochs)+0.5))
	}
	return slices.Compact(list)
}

// firstBelowHalf returns the first epoch whose prediction is below 0.5,
// or −1 if there is none.
func firstBelowHalf(predictions []float64) int {
	for e, p := range predictions {
		if p < 0.5 {
			return e
		}
	}
	return -1
}

// epochCount formats an epoch count, or says that it was never reached.
func epochCount(epochs, limit int) string {
	if epochs < 0 {
		return "not within " + plural(limit, "epoch")
	}
	return plural(epochs, "epoch")
}

// speedup says how much sooner fast was than slow (−1: slow never got there).
func speedup(fast, slow, limit int) string {
	if slow < 0 {
		return fmt.Sprintf("in %s, while MSE had not within %s", plural(fast, "epoch"), plural(limit, "epoch"))
	}
	return fmt.Sprintf("%.1f× sooner (%s against %d)", float64(slow)/float64(max(fast, 1)), plural(fast, "epoch"), slow)
}
