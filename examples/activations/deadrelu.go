package main

import (
	"fmt"
	"io"
	"math/rand/v2"

	"github.com/tocha-go/tocha/dataset"
	"github.com/tocha-go/tocha/loss"
	"github.com/tocha-go/tocha/mlp"
)

// The dead-ReLU sweep: small networks on XOR, full batch, Adam. Adam takes
// steps of about its learning rate whatever the gradient's size, so a
// leaky unit's small gradient is enough to move it; a dead unit's is
// exactly 0, and nothing moves it.
const (
	sweepEpochs       = 300
	sweepLearningRate = 0.1
)

// sweepNetwork is one of the networks the sweep compares.
type sweepNetwork struct {
	hidden     int    // units in the hidden layer
	activation string // the hidden layer's activation
}

func (n sweepNetwork) String() string { return fmt.Sprintf("2-%d-1 %s", n.hidden, n.activation) }

// sweepNetworks returns the trap and its two fixes.
func sweepNetworks() []sweepNetwork {
	return []sweepNetwork{{2, "relu"}, {8, "relu"}, {2, "leaky_relu"}}
}

// outcome is how one training run ended.
type outcome struct {
	correct   int // XOR rows classified correctly, of 4
	offUnits  int // hidden units with z ≤ 0 on all four inputs
	onUnits   int // hidden units with z > 0 on all four inputs
	offAtInit int // units off, before training
}

// linear reports whether every hidden unit kept its z on one side of 0 on
// all four inputs. Each unit is then one straight piece of its activation
// on the data, and the network, on those four inputs, a logistic
// regression: sigmoid(v·x + c) for some v and c.
func (o outcome) linear(hidden int) bool { return o.offUnits+o.onUnits == hidden }

// tally counts the outcomes of one network over the seeds.
type tally struct {
	network                    sweepNetwork
	solved, atThree, atMostTwo int
	solvedWithOff              int    // solved although a unit was off at the end
	threeWithOff, offFromInit  int    // of the runs at 3/4: a unit off at the end; and also at the start
	haveStuck                  bool   // a run ended at 3/4 with a unit off
	stuckSeed                  uint64 // the first seed that did
	atMostTwoLinear            int    // runs at ≤ 2/4 whose network was linear on the data
	haveFlat                   bool   // a run ended at ≤ 2/4
	flatSeed                   uint64 // the first that did without being linear, else the first
	flatLinear                 bool   // whether the flatSeed run was linear on the data
}

// trainXOR trains the network from the seed's PyTorch default weights and
// reports how it ended. The network is returned for a closer look.
func trainXOR(network sweepNetwork, seed uint64) (outcome, *mlp.Network, error) {
	net, err := mlp.New([]int{2, network.hidden, 1}, []string{network.activation, "sigmoid"}, rand.New(rand.NewPCG(seed, 0)))
	if err != nil {
		return outcome{}, nil, err
	}
	data := dataset.XOR()
	result := outcome{}
	result.offAtInit, _ = countOneSided(net, data.Inputs)
	_, err = mlp.Train(net, data.Inputs, data.LabelColumn(), mlp.TrainConfig{
		Epochs:    sweepEpochs,
		Loss:      loss.MustNew("bce"),
		Optimizer: mlp.NewAdam(sweepLearningRate),
	})
	if err != nil {
		return outcome{}, nil, fmt.Errorf("%v, seed %d: %w", network, seed, err)
	}
	for k, x := range data.Inputs {
		if net.PredictClass(x) == data.Classes[k] {
			result.correct++
		}
	}
	result.offUnits, result.onUnits = countOneSided(net, data.Inputs)
	return result, net, nil
}

// countOneSided counts the hidden units whose z = w·x + b is ≤ 0 for every
// input (off) and those whose z is > 0 for every input (on). An off ReLU
// unit outputs 0 and has relu′(z) = 0 on every sample, so no gradient ever
// reaches its weights: it is dead for good.
func countOneSided(net *mlp.Network, inputs [][]float64) (off, on int) {
	hidden := &net.Layers[0]
	for j := range hidden.Biases {
		positive := 0
		for _, x := range inputs {
			net.Forward(x)
			if hidden.Z[j] > 0 {
				positive++
			}
		}
		switch positive {
		case 0:
			off++
		case len(inputs):
			on++
		}
	}
	return off, on
}

// deadReLU sweeps the seeds for each network, shows one dead unit,
// compares the fixes and shows the trap leaky ReLU leaves. It returns the
// tallies, in the order of sweepNetworks.
func deadReLU(w io.Writer, s settings) ([]tally, error) {
	fmt.Fprintln(w, "== 3. ReLU's own trap: dead units ==")
	last := s.seed + uint64(s.seeds) - 1
	seeds := fmt.Sprintf("seeds %d to %d", s.seed, last)
	if s.seeds == 1 {
		seeds = fmt.Sprintf("seed %d", s.seed)
	}
	fmt.Fprintf(w, "XOR with a small network (hidden layer, sigmoid output, BCE), PyTorch's default init from\n")
	fmt.Fprintf(w, "%s, Adam lr = %g, %d full-batch epochs.\n", seeds, sweepLearningRate, sweepEpochs)
	// The count columns are as wide as their headers or the largest count.
	width := max(len("4/4"), len(fmt.Sprint(s.seeds)))
	fmt.Fprintf(w, "  %-17s %*s %*s %*s | at 3/4 with a unit off (z ≤ 0 on all 4 inputs)\n",
		"network", width+1, "4/4", width+2, "3/4", width+3, "≤ 2/4")
	tallies := make([]tally, 0, len(sweepNetworks()))
	for _, network := range sweepNetworks() {
		t := tally{network: network}
		for seed := s.seed; seed <= last; seed++ {
			result, _, err := trainXOR(network, seed)
			if err != nil {
				return nil, err
			}
			t.add(result, seed)
		}
		fmt.Fprintf(w, "  %-17s %*d %*d %*d | %d (off from the start: %d)\n",
			network, width+1, t.solved, width+2, t.atThree, width+3, t.atMostTwo, t.threeWithOff, t.offFromInit)
		tallies = append(tallies, t)
	}
	if err := showDeadUnit(w, tallies[0]); err != nil {
		return nil, err
	}
	concludeDeadReLU(w, tallies, s.seeds)
	if err := showFlatSpot(w, tallies[len(tallies)-1]); err != nil {
		return nil, err
	}
	fmt.Fprintln(w)
	return tallies, nil
}

// add counts one run.
func (t *tally) add(result outcome, seed uint64) {
	switch {
	case result.correct == 4:
		t.solved++
		if result.offUnits > 0 {
			t.solvedWithOff++
		}
	case result.correct == 3:
		t.atThree++
		if result.offUnits > 0 {
			t.threeWithOff++
			if result.offAtInit > 0 {
				t.offFromInit++
			}
			if !t.haveStuck {
				t.haveStuck, t.stuckSeed = true, seed
			}
		}
	default:
		t.atMostTwo++
		linear := result.linear(t.network.hidden)
		if linear {
			t.atMostTwoLinear++
		}
		// Show the first run that is not linear on the data, as it is the
		// less obvious one; failing that, the first.
		if !t.haveFlat || (!linear && t.flatLinear) {
			t.haveFlat, t.flatSeed, t.flatLinear = true, seed, linear
		}
	}
}
