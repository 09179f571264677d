package main

import (
	"bytes"
	"io"
	"math/rand/v2"
	"regexp"
	"strings"
	"testing"

	"github.com/tocha-go/tocha/activation"
	"github.com/tocha-go/tocha/dataset"
	"github.com/tocha-go/tocha/mlp"
)

// TestStory runs the program and checks the conclusions it prints. Under
// -short (the race run) the sweep and the race are smaller.
func TestStory(t *testing.T) {
	args := []string(nil)
	if testing.Short() {
		args = []string{"-seeds", "20", "-epochs", "20"}
	}
	var out bytes.Buffer
	if err := run(&out, args); err != nil {
		t.Fatal(err)
	}
	text := out.String()
	wants := []string{
		"== 0. What is an activation? ==",
		"      0 |   1.000   0.500   0.000   0.000 |    0.000    0.250    1.000    0.000\n", // φ(0) and φ′(0): ReLU′(0) = 0
		"with sigmoid (",
		"it does not with tanh (",
		"so the product is only an estimate: the two differ by a factor of",
		"The race from seeds 1 to 5",
		"So: sigmoid did not reach 95%",
		"it is dead",
		"Most reliable here: 2-8-1 relu",
		"The other trap. Seed 7, 2-2-1 leaky_relu, ended at 2/4",
		"training stopped on a flat spot of the loss",
		"== 4. So, why is ReLU the most used? ==",
		"- Its gradient does not vanish with depth",
	}
	if !testing.Short() {
		wants = append(wants,
			"With its matched init, tanh and relu trained it from every seed.",
			"but not always: tanh was sooner from seed 1 (12 epochs against 20).",
			"It did not always learn faster: tanh reached 95% sooner from 1 of 5 seeds.")
	}
	for _, want := range wants {
		if !strings.Contains(text, want) {
			t.Errorf("output lacks %q:\n%s", want, text)
		}
	}
	if raw := regexp.MustCompile(`\d\.\d{5,}`).FindString(text); raw != "" {
		t.Errorf("output has an unrounded number %q:\n%s", raw, text)
	}
}

// TestVanishingGradient checks the claim on several seeds: with
// the matched initialisation the sigmoid's first-layer gradient is orders
// of magnitude below its output layer's, ReLU's is not.
func TestVanishingGradient(t *testing.T) {
	const (
		// sigmoidAtLeast: 8 layers of σ′ ≤ 0.25 give about 0.25⁸ ≈ 1.5e-5
		// (measured 1e4 to 1e5); 1000 leaves a wide margin.
		sigmoidAtLeast = 1000
		// reluAtMost: He keeps the gradient's size from layer to layer
		// (measured 0.7 to 5); 10 allows for the randomness of one batch.
		reluAtMost = 10
	)
	const depth = 8
	data := dataset.Moons(rand.New(rand.NewPCG(1, 1)), gradientBatch, moonsNoise)
	for seed := uint64(1); seed <= 5; seed++ {
		ratios := map[string]float64{}
		for _, hidden := range []string{"sigmoid", "relu"} {
			net, err := deepNetwork(hidden, matchedInit(hidden), depth, seed)
			if err != nil {
				t.Fatal(err)
			}
			norms, _ := measureGradients(net, data.Inputs, data.LabelColumn())
			ratios[hidden] = gradientColumn{norms: norms}.ratio()
		}
		if r := ratios["sigmoid"]; r < sigmoidAtLeast {
			t.Errorf("seed %d: sigmoid's output/first gradient ratio = %.1e; want > %d", seed, r, sigmoidAtLeast)
		}
		if r := ratios["relu"]; r > reluAtMost || r < 1.0/reluAtMost {
			t.Errorf("seed %d: relu's output/first gradient ratio = %.1e; want within %d× of 1", seed, r, reluAtMost)
		}
	}
}

// TestDeadReLUSweep checks the trap and its fixes on the counts: some
// 2-2-1 ReLU runs stop at 3/4 with a dead unit, and both fixes solve XOR
// from more seeds.
func TestDeadReLUSweep(t *testing.T) {
	seeds := uint64(100)
	if testing.Short() {
		seeds = 20
	}
	tallies := make([]tally, len(sweepNetworks()))
	for n, network := range sweepNetworks() {
		tallies[n].network = network
		for seed := uint64(1); seed <= seeds; seed++ {
			result, _, err := trainXOR(network, seed)
			if err != nil {
				t.Fatal(err)
			}
			tallies[n].add(result, seed)
		}
	}
	trap, wide, leaky := tallies[0], tallies[1], tallies[2]
	if trap.threeWithOff == 0 {
		t.Errorf("%v: no run ended at 3/4 with a dead unit; want some", trap.network)
	}
	if wide.solved <= trap.solved || leaky.solved <= trap.solved {
		t.Errorf("solved: %v %d, %v %d, %v %d; want both fixes above the first",
			trap.network, trap.solved, wide.network, wide.solved, leaky.network, leaky.solved)
	}
	if leaky.atThree >= trap.atThree {
		t.Errorf("at 3/4: %v %d, %v %d; want fewer with leaky ReLU", trap.network, trap.atThree, leaky.network, leaky.atThree)
	}
}

// TestCountOneSided checks the dead-unit test on a hand-wired network:
// unit 1 has z = −x1 − x2 − 1 < 0 on every XOR input, unit 2 has
// z = x1 + x2, 0 on (0, 0) and > 0 on the others.
func TestCountOneSided(t *testing.T) {
	net, err := mlp.FromLayers(
		mlp.Layer{Weights: [][]float64{{-1, -1}, {1, 1}}, Biases: []float64{-1, 0}, Activation: activation.MustNew("relu")},
		mlp.Layer{Weights: [][]float64{{1, 1}}, Biases: []float64{0}, Activation: activation.MustNew("sigmoid")})
	if err != nil {
		t.Fatal(err)
	}
	if off, on := countOneSided(net, dataset.XOR().Inputs); off != 1 || on != 0 {
		t.Errorf("countOneSided = %d off, %d on; want 1, 0", off, on)
	}
}

func TestHelp(t *testing.T) {
	var out bytes.Buffer
	if err := run(&out, []string{"-h"}); err == nil {
		t.Error("run(-h) returned no error; want flag.ErrHelp")
	}
	help := out.String()
	if !strings.HasPrefix(help, "usage: go run ./examples/activations [flags]\n") {
		t.Errorf("run(-h) printed %q; want a usage line first", help)
	}
	for _, want := range []string{"-depth n", "-seed s", "-race-seeds n", "1 to 1000 (default 100)"} {
		if !strings.Contains(help, want) {
			t.Errorf("run(-h) printed %q; want it to contain %q", help, want)
		}
	}
}

func TestBadFlags(t *testing.T) {
	for _, args := range [][]string{
		{"-depth", "0"}, {"-depth", "51"}, {"-depth", "x"}, {"-epochs", "0"}, {"-epochs", "10001"},
		{"-race-seeds", "0"}, {"-race-seeds", "101"}, {"-seeds", "0"}, {"-seeds", "1001"},
		{"-seed", "-1"}, {"-seed", "18446744073709551615"}, {"-nope"}, {"extra"},
	} {
		var out bytes.Buffer
		err := run(&out, args)
		if err == nil {
			t.Errorf("run(%q) succeeded; want an error", args)
			continue
		}
		if strings.Contains(err.Error(), "\n") {
			t.Errorf("run(%q) error %q spans several lines; want one", args, err)
		}
	}
}

// TestFlagErrorsPointToHelp: an unknown flag, a value its flag cannot take,
// a missing value and a stray argument each give one line that ends by
// pointing to -h.
func TestFlagErrorsPointToHelp(t *testing.T) {
	for _, args := range [][]string{{"-nope"}, {"-seed", "-1"}, {"-depth", "2.5"}, {"-depth"}, {"extra"}} {
		err := run(io.Discard, args)
		if err == nil || !strings.HasSuffix(err.Error(), "; run with -h to see the flags") || strings.Contains(err.Error(), "\n") {
			t.Errorf("run(%q) = %v; want one line ending with \"; run with -h to see the flags\"", args, err)
		}
	}
}
