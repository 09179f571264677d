// Command losses answers "what is a loss, and why is cross-entropy so
// common?" with numbers it measures.
//
// It starts with what a loss is and the values of MSE and binary
// cross-entropy for a few predictions. Then one sigmoid neuron that is confidently wrong learns from the same
// start with MSE and with binary cross-entropy (BCE): the two loss curves, and
// the gradient at the start, where MSE's carries the factor σ′(z) ≈ 0 and
// BCE's is p − y. Then a small network learns XOR with each loss, from the
// same initial weights for several seeds, and the epochs each needed are
// compared.
//
//	go run ./examples/losses                 # seed 1, 10 XOR seeds
//	go run ./examples/losses -seeds 30       # a larger sweep
//	go run ./examples/losses -seed 7         # other initial weights
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
	cli.Exit("losses", run(os.Stdout, os.Args[1:]))
}

// The flags' upper limits, which keep a run to minutes rather than hours.
const (
	maxSeeds  = 1000
	maxEpochs = 1000000
)

// settings are the program's flags, checked.
type settings struct {
	seed      uint64 // first seed of the XOR sweep
	seeds     int    // how many seeds the XOR sweep tries
	epochs    int    // epochs of the single neuron's loss curves
	maxEpochs int    // largest number of epochs one XOR run may take
}

// run parses the flags and tells the story to w.
func run(w io.Writer, args []string) error {
	flags := flag.NewFlagSet("losses", flag.ContinueOnError)
	flags.SetOutput(io.Discard)
	seed := flags.Uint64("seed", 1, "first seed `s` of the XOR sweep: seed s draws the weights from rand.NewPCG(s, 0)")
	seeds := flags.Int("seeds", 10, fmt.Sprintf("try `n` seeds in the XOR sweep, 1 to %d", maxSeeds))
	epochs := flags.Int("epochs", 300, fmt.Sprintf("train the single neuron for `n` epochs, 10 to %d", maxEpochs))
	maxXOREpochs := flags.Int("max-epochs", 10000, fmt.Sprintf("give each XOR run at most `n` epochs, 1 to %d", maxEpochs))
	if err := cli.Run(flags, args, w, "usage: go run ./examples/losses [flags]\n"+
		"What is a loss, and why cross-entropy? Trains a confidently wrong sigmoid neuron and a 2-4-1 XOR network\n"+
		"with MSE and with BCE from the same start, and compares. Flags:"); err != nil {
		return err
	}
	if *seeds < 1 || *seeds > maxSeeds {
		return fmt.Errorf("-seeds %d: try between 1 and %d seeds", *seeds, maxSeeds)
	}
	if *seed > math.MaxUint64-uint64(*seeds) {
		return fmt.Errorf("-seed %d: too large to count %d seeds up from it", *seed, *seeds)
	}
	if *epochs < 10 || *epochs > maxEpochs {
		return fmt.Errorf("-epochs %d: the curves need between 10 and %d epochs", *epochs, maxEpochs)
	}
	if *maxXOREpochs < 1 || *maxXOREpochs > maxEpochs {
		return fmt.Errorf("-max-epochs %d: allow between 1 and %d epochs", *maxXOREpochs, maxEpochs)
	}
	s := settings{seed: *seed, seeds: *seeds, epochs: *epochs, maxEpochs: *maxXOREpochs}
	whatIsALoss(w)
	bceSooner, err := confidentlyWrong(w, s.epochs)
	if err != nil {
		return err
	}
	bceFaster, err := xorSweep(w, s)
	if err != nil {
		return err
	}
	answer(w, bceSooner, bceFaster)
	return nil
}

// plural formats a count with its noun: "1 epoch", "2 epochs".
func plural(n int, noun string) string {
	if n == 1 {
		return fmt.Sprintf("%d %s", n, noun)
	}
	return fmt.Sprintf("%d %ss", n, noun)
}
