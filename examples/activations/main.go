// Command activations answers "what is an activation, and why is ReLU the
// most used?" with numbers it measures.
//
// It starts with what an activation is and the values and slopes of step,
// sigmoid, tanh and ReLU at a few points. Then a deep narrow network at initialisation: the gradient that reaches
// each layer with sigmoid, tanh and ReLU hidden layers, where the sigmoid's
// vanishes on its way back to the first layer. Then how fast the same deep
// network learns a small task with each, from several seeds. Then ReLU's own
// trap: a 2-2-1 ReLU network whose hidden units die and leave it stuck on XOR
// for some seeds, the two fixes, more units and leaky ReLU, and the trap that
// leaky ReLU leaves. Last, what all that says about why ReLU is the most used.
//
//	go run ./examples/activations                 # seed 1, 8 hidden layers
//	go run ./examples/activations -depth 16       # a deeper network
//	go run ./examples/activations -race-seeds 15  # the race from more seeds
//	go run ./examples/activations -seeds 200      # a larger dead-ReLU sweep
package main

import (
	"flag"
	"fmt"
	"io"
	"math"
	"os"

	"github.com/tocha-go/tocha/examples/internal/cli"
)

func main() {
	cli.Exit("activations", run(os.Stdout, os.Args[1:]))
}

// The flags' upper limits, which keep a run to minutes rather than hours.
const (
	maxDepth     = 50
	maxEpochs    = 10000
	maxRaceSeeds = 100
	maxSeeds     = 1000
)

// settings are the program's flags, checked.
type settings struct {
	seed      uint64 // seed of the deep network, and first seed of the race and the sweep
	depth     int    // hidden layers of the deep network
	epochs    int    // epochs of the deep network's training race
	raceSeeds int    // seeds the race is run from
	seeds     int    // runs of the dead-ReLU sweep
}

// run parses the flags and tells the story to w.
func run(w io.Writer, args []string) error {
	flags := flag.NewFlagSet("activations", flag.ContinueOnError)
	flags.SetOutput(io.Discard)
	seed := flags.Uint64("seed", 1, "first seed `s`: weights, data and batch order come from rand.NewPCG(s, k)")
	depth := flags.Int("depth", 8, fmt.Sprintf("`n` hidden layers in the deep network, 1 to %d", maxDepth))
	epochs := flags.Int("epochs", 80, fmt.Sprintf("train the deep network for `n` epochs in the race, 1 to %d", maxEpochs))
	raceSeeds := flags.Int("race-seeds", 5, fmt.Sprintf("run the race from `n` seeds, 1 to %d", maxRaceSeeds))
	seeds := flags.Int("seeds", 100, fmt.Sprintf("`n` seeds in the dead-ReLU sweep on XOR, 1 to %d", maxSeeds))
	if err := cli.Run(flags, args, w, "usage: go run ./examples/activations [flags]\n"+
		"What is an activation, and why ReLU? Measures the gradient in each layer of a deep network, races sigmoid, tanh and\n"+
		"ReLU on two moons, and shows ReLU's dead units on XOR. Flags:"); err != nil {
		return err
	}
	if *depth < 1 || *depth > maxDepth {
		return fmt.Errorf("-depth %d: use between 1 and %d hidden layers", *depth, maxDepth)
	}
	if *epochs < 1 || *epochs > maxEpochs {
		return fmt.Errorf("-epochs %d: train for between 1 and %d epochs", *epochs, maxEpochs)
	}
	if *raceSeeds < 1 || *raceSeeds > maxRaceSeeds {
		return fmt.Errorf("-race-seeds %d: race from between 1 and %d seeds", *raceSeeds, maxRaceSeeds)
	}
	if *seeds < 1 || *seeds > maxSeeds {
		return fmt.Errorf("-seeds %d: sweep between 1 and %d seeds", *seeds, maxSeeds)
	}
	if most := max(*seeds, *raceSeeds); *seed > math.MaxUint64-uint64(most) {
		return fmt.Errorf("-seed %d: too large to count %d seeds up from it", *seed, most)
	}
	s := settings{seed: *seed, depth: *depth, epochs: *epochs, raceSeeds: *raceSeeds, seeds: *seeds}
	whatIsAnActivation(w)
	columns, err := gradientsAtInit(w, s)
	if err != nil {
		return err
	}
	race, err := trainingRace(w, s)
	if err != nil {
		return err
	}
	tallies, err := deadReLU(w, s)
	if err != nil {
		return err
	}
	whyReLU(w, columns, race, tallies, s)
	return nil
}

// plural formats a count with its noun: "1 epoch", "2 epochs".
func plural(n int, noun string) string {
	if n == 1 {
		return fmt.Sprintf("%d %s", n, noun)
	}
	return fmt.Sprintf("%d %ss", n, noun)
}
