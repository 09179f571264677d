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
	offAtInit int // the same, before training
}

// tally counts the outcomes of one network over the seeds.
type tally struct {
	network                    sweepNetwork
	solved, atThree, atMostTwo int
	solvedWithOff              int    // solved although a unit was off at the end
	threeWithOff, offFromInit  int    // of the runs at 3/4: a unit off at the end; and also at the start
	haveStuck                  bool   // a run ended at 3/4 with a unit off
	stuckSeed                  uint64 // the first seed that did
}

// trainXOR trains the network from the seed's PyTorch default weights and
// reports how it ended. The network is returned for a closer look.
func trainXOR(network sweepNetwork, seed uint64) (outcome, *mlp.Network, error) {
	net, err := mlp.New([]int{2, network.hidden, 1}, []string{network.activation, "sigmoid"}, rand.New(rand.NewPCG(seed, 0)))
	if err != nil {
		return outcome{}, nil, err
	}
	data := dataset.XOR()
	result := outcome{offAtInit: countOffUnits(net, data.Inputs)}
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
	result.offUnits = countOffUnits(net, data.Inputs)
	return result, net, nil
}

// countOffUnits counts the hidden units whose z = w·x + b is ≤ 0 for every
// input. A ReLU unit like that outputs 0 and has relu′(z) = 0 on every
// sample, so no gradient ever reaches its weights: it is dead for good.
func countOffUnits(net *mlp.Network, inputs [][]float64) int {
	hidden := &net.Layers[0]
	off := 0
	for j := range hidden.Biases {
		alive := false
		for _, x := range inputs {
			net.Forward(x)
			if hidden.Z[j] > 0 {
				alive = true
			}
		}
		if !alive {
			off++
		}
	}
	return off
}

// deadReLU sweeps the seeds for each network, shows one dead unit and
// compares the fixes.
func deadReLU(w io.Writer, s settings) error {
	fmt.Fprintln(w, "== 3. ReLU's own trap: dead units ==")
	last := s.seed + uint64(s.seeds) - 1
	fmt.Fprintf(w, "XOR with a small network (hidden layer, sigmoid output, BCE), PyTorch's default init from\n")
	fmt.Fprintf(w, "seeds %d to %d, Adam lr = %g, %d full-batch epochs.\n",
		s.seed, last, sweepLearningRate, sweepEpochs)
	fmt.Fprintln(w, "  network            4/4   3/4  ≤ 2/4 | at 3/4 with a unit off (z ≤ 0 on all 4 inputs)")
	tallies := make([]tally, 0, len(sweepNetworks()))
	for _, network := range sweepNetworks() {
		t := tally{network: network}
		for seed := s.seed; seed <= last; seed++ {
			result, _, err := trainXOR(network, seed)
			if err != nil {
				return err
			}
			t.add(result, seed)
		}
		fmt.Fprintf(w, "  %-17s %4d  %4d   %4d | %d (off from the start: %d)\n",
			network, t.solved, t.atThree, t.atMostTwo, t.threeWithOff, t.offFromInit)
		tallies = append(tallies, t)
	}
	if err := showDeadUnit(w, tallies[0]); err != nil {
		return err
	}
	concludeDeadReLU(w, tallies, s.seeds)
	return nil
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
	}
}
