// Command perceptron trains one perceptron on the logic gates NAND, OR and
// AND with the perceptron learning rule, printing every step as a table to
// compare with a hand computation, and then shows it failing on XOR.
//
//	go run ./examples/perceptron            # learning rate 1, from zero
//	go run ./examples/perceptron -lr 0.5    # other learning rate
package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
)

func main() {
	err := run(os.Stdout, os.Args[1:])
	if errors.Is(err, flag.ErrHelp) {
		return
	}
	if err != nil {
		fmt.Fprintln(os.Stderr, "perceptron:", err)
		os.Exit(2)
	}
}

// run parses the flags and tells the story to w.
func run(w io.Writer, args []string) error {
	flags := flag.NewFlagSet("perceptron", flag.ContinueOnError)
	flags.SetOutput(io.Discard)
	learningRate := flags.Float64("lr", 1, "learning rate `lr` of the rule w ← w + lr·e·x (> 0)")
	maxEpochs := flags.Int("epochs", 20, "largest number of epochs to train each gate (≥ 1)")
	if err := flags.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			flags.SetOutput(w)
			flags.PrintDefaults()
		}
		return err
	}
	if *learningRate <= 0 {
		return fmt.Errorf("-lr %g: the learning rate must be > 0", *learningRate)
	}
	if *maxEpochs < 1 {
		return fmt.Errorf("-epochs %d: train for at least 1 epoch", *maxEpochs)
	}
	return lesson(w, *learningRate, *maxEpochs)
}
