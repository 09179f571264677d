package main

import (
	"fmt"
	"io"

	"github.com/tocha-go/tocha/dataset"
	"github.com/tocha-go/tocha/loss"
	"github.com/tocha-go/tocha/mlp"
)

// showDeadUnit retrains the first run that ended at 3/4 with a unit off
// and shows that unit's z on every input and its gradient: exactly 0.
func showDeadUnit(w io.Writer, t tally) error {
	if !t.haveStuck {
		fmt.Fprintf(w, "No %v run ended at 3/4 with a unit off in this sweep.\n", t.network)
		return nil
	}
	result, net, err := trainXOR(t.network, t.stuckSeed)
	if err != nil {
		return err
	}
	data := dataset.XOR()
	hidden := &net.Layers[0]
	fmt.Fprintf(w, "\nSeed %d, %v, ended at %d/4. Its hidden units and output on the four inputs:\n",
		t.stuckSeed, t.network, result.correct)
	printHiddenUnits(w, net)

	// The gradient of the whole batch, as the next training step would see it.
	bce := loss.MustNew("bce")
	outputs := net.ForwardBatch(data.Inputs)
	net.ZeroGrad()
	net.BackwardBatch(bce.Backward(nil, outputs, data.LabelColumn()))
	for j := range hidden.Biases {
		alive := false
		for _, x := range data.Inputs {
			net.Forward(x)
			alive = alive || hidden.Z[j] > 0
		}
		if alive {
			continue
		}
		gradient := append(append([]float64(nil), hidden.WeightGrads[j]...), hidden.BiasGrads[j])
		fmt.Fprintf(w, "Unit %d has z ≤ 0 on every input, so relu′(z) = 0 and its δ = 0 on every sample:\n", j+1)
		fmt.Fprintf(w, "its gradient (∂L/∂w, ∂L/∂b) on the batch is %s. No step can ever move it again:\n", exactly(gradient))
		working := len(hidden.Biases) - result.offUnits
		if working == 1 {
			fmt.Fprintln(w, "it is dead, leaving 1 working unit. One ReLU unit draws one line,")
			fmt.Fprintln(w, "and no line gets more than 3 of XOR's 4 rows.")
		} else {
			fmt.Fprintf(w, "it is dead, leaving %d working units.\n", working)
		}
		if result.offAtInit > 0 {
			fmt.Fprintln(w, "It was off on every input from the start: its initial weights killed it.")
		} else {
			fmt.Fprintln(w, "It was alive at the start and died during training.")
		}
		break
	}
	return nil
}

// printHiddenUnits prints z of every hidden unit and the output p of a
// 2-n-1 network on each XOR input.
func printHiddenUnits(w io.Writer, net *mlp.Network) {
	data := dataset.XOR()
	hidden := &net.Layers[0]
	fmt.Fprint(w, "  x1 x2 |")
	for j := range hidden.Biases {
		fmt.Fprintf(w, "     z%d", j+1)
	}
	fmt.Fprintln(w, " |     p  y")
	for k, x := range data.Inputs {
		output := net.Forward(x)
		fmt.Fprintf(w, "  %2.0f %2.0f |", x[0], x[1])
		for _, z := range hidden.Z {
			fmt.Fprintf(w, " %6.3f", z)
		}
		fmt.Fprintf(w, " | %5.3f  %d\n", output[0], data.Classes[k])
	}
}

// exactly formats a gradient, saying so when every entry is exactly 0.
func exactly(gradient []float64) string {
	allZero := true
	text := "("
	for i, g := range gradient {
		if i > 0 {
			text += ", "
		}
		text += fmt.Sprintf("%.1e", g)
		allZero = allZero && g == 0
	}
	text += ")"
	if allZero {
		return "exactly 0"
	}
	return text
}

// concludeDeadReLU compares each fix with the plain 2-2-1 ReLU network.
func concludeDeadReLU(w io.Writer, tallies []tally, seeds int) {
	trap := tallies[0]
	fmt.Fprintf(w, "\nSo: %v solved XOR from %d of %s; %s ended at 3/4, %d of them with a dead unit.\n",
		trap.network, trap.solved, plural(seeds, "seed"), plural(trap.atThree, "run"), trap.threeWithOff)
	for _, fix := range tallies[1:] {
		verdict := "helped"
		if fix.solved <= trap.solved {
			verdict = "did not help"
		}
		fmt.Fprintf(w, "  %v %s: solved %d (was %d), at 3/4 %d (was %d).\n",
			fix.network, verdict, fix.solved, trap.solved, fix.atThree, trap.atThree)
		if fix.solvedWithOff > 0 && fix.network.activation == "relu" {
			fmt.Fprintf(w, "    %d of those %d solved runs had a dead unit and solved XOR with the others.\n",
				fix.solvedWithOff, fix.solved)
		}
		if fix.atMostTwo > 0 && fix.atMostTwo >= trap.atMostTwo {
			where := "" // showFlatSpot looks at the last network's runs
			if fix.network == tallies[len(tallies)-1].network {
				where = ", shown below"
			}
			fmt.Fprintf(w, "    It did not help the runs that ended at 2/4 or worse (%d, was %d): that is another trap%s.\n",
				fix.atMostTwo, trap.atMostTwo, where)
		}
	}
	best := trap
	for _, t := range tallies[1:] {
		if t.solved > best.solved {
			best = t
		}
	}
	fmt.Fprintf(w, "Most reliable here: %v, %d of %s.\n", best.network, best.solved, plural(seeds, "seed"))
}
