package main

import (
	"fmt"
	"io"
	"math"

	"github.com/tocha-go/tocha/dataset"
	"github.com/tocha-go/tocha/loss"
	"github.com/tocha-go/tocha/mlp"
)

// nearHalf: an output within this distance of 0.5 is the network saying
// "either class"; the runs stuck at 2/4 or worse leave two or four of XOR's
// inputs there.
const nearHalf = 0.05

// flatGradient: a gradient shorter than this is about 0 on this task. At
// initialisation the sweep's networks measure ‖∇L‖ = 4e-3 to 0.4; the runs
// that ended at 2/4 or worse, 5e-11 to 7e-6 (seeds 1 to 300).
const flatGradient = 1e-4

// showFlatSpot retrains the run t.flatSeed names, one that ended at 2/4 or
// worse, and shows why training left it there: no unit is dead, yet the
// gradient is about 0.
func showFlatSpot(w io.Writer, t tally) error {
	if !t.haveFlat {
		return nil
	}
	result, net, err := trainXOR(t.network, t.flatSeed)
	if err != nil {
		return err
	}
	fmt.Fprintf(w, "\nThe other trap. Seed %d, %v, ended at %d/4:\n", t.flatSeed, t.network, result.correct)
	printHiddenUnits(w, net)

	hidden := &net.Layers[0]
	negativeSlope := hidden.Activation.Derivative(-1, hidden.Activation.Forward(-1))
	switch {
	case result.offUnits == 0:
		fmt.Fprint(w, "No unit is dead: each has z > 0 on some input")
	case negativeSlope > 0:
		fmt.Fprintf(w, "No unit is dead: %s's slope for z < 0 is %.3f, not 0", hidden.Activation.Name, negativeSlope)
	default:
		fmt.Fprintf(w, "%s of %d dead", plural(result.offUnits, "unit"), len(hidden.Biases))
	}
	lossValue, gradientNorm := lossAndGradientNorm(net)
	if gradientNorm < flatGradient {
		fmt.Fprintf(w, ". Yet the gradient is only ‖∇L‖ = %.1e,\n", gradientNorm)
		fmt.Fprintf(w, "while the loss is %.3f, not 0: training stopped on a flat spot of the loss, not at its minimum.\n", lossValue)
	} else {
		fmt.Fprintf(w, "; its gradient is ‖∇L‖ = %.1e and its loss %.3f.\n", gradientNorm, lossValue)
	}

	data := dataset.XOR()
	var unsure, allNegative []int // inputs with p ≈ 0.5; inputs with z < 0 at every unit
	var unsureOutputs []string
	for k, x := range data.Inputs {
		p := net.Forward(x)[0]
		if math.Abs(p-0.5) < nearHalf {
			unsure = append(unsure, k)
			unsureOutputs = append(unsureOutputs, fmt.Sprintf("%.3f", p))
		}
		negative := true
		for _, z := range hidden.Z {
			negative = negative && z < 0
		}
		if negative {
			allNegative = append(allNegative, k)
		}
	}
	switch {
	case result.linear(len(hidden.Biases)):
		fmt.Fprintln(w, "Every unit kept its z on one side of 0 on all four inputs, so on them the network is a")
		fmt.Fprintf(w, "logistic regression, and the best one does on XOR is p = 0.5 on all four (loss ln 2 = %.3f).\n", math.Ln2)
	case len(unsure) >= 2 && fmt.Sprint(unsure) == fmt.Sprint(allNegative) && negativeSlope > 0:
		fmt.Fprintf(w, "Inputs %s have z < 0 at every unit, where the slope is only %.3f: the network can\n",
			inputList(data.Inputs, unsure), negativeSlope)
		fmt.Fprintf(w, "hardly tell them apart, and it settled on p ≈ 0.5 for them (%s).\n", listOf(unsureOutputs))
	}
	fmt.Fprintf(w, "Of the %d %v runs that ended at 2/4 or worse, %d had every unit's z on one side of 0 on\n",
		t.atMostTwo, t.network, t.atMostTwoLinear)
	fmt.Fprintln(w, "all four inputs: a logistic regression on them, sigmoid(v·x + c), whose best on XOR is p = 0.5")
	fmt.Fprintf(w, "everywhere. The other %d had units that split the inputs, and still stopped at 2/4 or worse.\n",
		t.atMostTwo-t.atMostTwoLinear)
	return nil
}

// lossAndGradientNorm returns the BCE loss of net on XOR and the length of
// its gradient, every weight and bias of every layer taken together:
//
//	‖∇L‖ = √(Σ (∂L/∂w)² + Σ (∂L/∂b)²)
func lossAndGradientNorm(net *mlp.Network) (lossValue, norm float64) {
	data := dataset.XOR()
	bce := loss.MustNew("bce")
	outputs := net.ForwardBatch(data.Inputs)
	lossValue = bce.Forward(outputs, data.LabelColumn())
	net.ZeroGrad()
	net.BackwardBatch(bce.Backward(nil, outputs, data.LabelColumn()))
	sumOfSquares := 0.0
	for _, layer := range net.Layers {
		for _, row := range layer.WeightGrads {
			for _, g := range row {
				sumOfSquares += g * g
			}
		}
		for _, g := range layer.BiasGrads {
			sumOfSquares += g * g
		}
	}
	return lossValue, math.Sqrt(sumOfSquares)
}

// inputList names the inputs at the given rows: "(0, 0) and (1, 0)".
func inputList(inputs [][]float64, rows []int) string {
	var names []string
	for _, k := range rows {
		names = append(names, fmt.Sprintf("(%g, %g)", inputs[k][0], inputs[k][1]))
	}
	return listOf(names)
}
