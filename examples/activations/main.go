// Command activations answers "why ReLU?" with numbers it measures.
//
// First, a deep narrow network at initialisation: the gradient that reaches
// each layer with sigmoid, tanh and ReLU hidden layers, where the sigmoid's
// vanishes on its way back to the first layer. Then how fast the same deep
// network learns a small task with each. Last, ReLU's own trap: a 2-2-1 ReLU
// network whose hidden units die and leave it stuck on XOR for some seeds,
// and the two fixes, more units and leaky ReLU.
//
//	go run ./examples/activations             # seed 1, 8 hidden layers
//	go run ./examples/activations -depth 16   # a deeper network
//	go run ./examples/activations -seeds 200  # a larger dead-ReLU sweep
package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"math"
	"os"
)

func main() {
	err := run(os.Stdout, os.Args[1:])
	if errors.Is(err, flag.ErrHelp) {
		return
	}
	if err != nil {
		fmt.Fprintln(os.Stderr, "activations:", err)
		os.Exit(2)
	}
}

// settings are the program's flags, checked.
type settings struct {
	seed   uint64 // seed of the deep network and of the sweep's first run
	depth  int    // hidden layers of the deep network
	epochs int    // epochs of the deep network's training race
	seeds  int    // runs of the dead-ReLU sweep
}

// run parses the flags and tells the story to w.
func run(w io.Writer, args []string) error {
	flags := flag.NewFlagSet("activations", flag.ContinueOnError)
	flags.SetOutput(io.Discard)
	seed := flags.Uint64("seed", 1, "`seed` of the random weights and data; seed s means rand.NewPCG(s, 0)")
	depth := flags.Int("depth", 8, "hidden layers of the deep network (1 to 50)")
	epochs := flags.Int("epochs", 150, "epochs the deep network trains for each activation (1 to 100000)")
	seeds := flags.Int("seeds", 100, "seeds of the dead-ReLU sweep on XOR (1 to 10000)")
	if err := flags.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			flags.SetOutput(w)
			flags.PrintDefaults()
		}
		return err
	}
	if flags.NArg() > 0 {
		return fmt.Errorf("unexpected argument %q; this program takes only flags (-h lists them)", flags.Arg(0))
	}
	if *depth < 1 || *depth > 50 {
		return fmt.Errorf("-depth %d: use between 1 and 50 hidden layers", *depth)
	}
	if *epochs < 1 || *epochs > 100000 {
		return fmt.Errorf("-epochs %d: train for between 1 and 100000 epochs", *epochs)
	}
	if *seeds < 1 || *seeds > 10000 {
		return fmt.Errorf("-seeds %d: sweep between 1 and 10000 seeds", *seeds)
	}
	if *seed > math.MaxUint64-uint64(*seeds) {
		return fmt.Errorf("-seed %d: too large to count %d seeds up from it", *seed, *seeds)
	}
	s := settings{seed: *seed, depth: *depth, epochs: *epochs, seeds: *seeds}
	if err := gradientsAtInit(w, s); err != nil {
		return err
	}
	if err := trainingRace(w, s); err != nil {
		return err
	}
	return deadReLU(w, s)
}
