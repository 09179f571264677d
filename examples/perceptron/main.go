// Command perceptron trains one perceptron on the logic gates NAND, OR and
// AND with the perceptron learning rule, printing every step as a table to
// compare with a hand computation, and then shows it failing on XOR.
//
//	go run ./examples/perceptron              # learning rate 1, from zero
//	go run ./examples/perceptron -lr 0.5      # another learning rate
//	go run ./examples/perceptron -epochs 10   # another epoch limit
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
	cli.Exit("perceptron", run(os.Stdout, os.Args[1:]))
}

// settings holds what the flags choose.
type settings struct {
	learningRate float64
	maxEpochs    int
}

// epochCeiling bounds -epochs: XOR never converges, so it always runs to
// the limit, and its step-by-step history is kept in memory.
const epochCeiling = 10000

// run parses the flags and tells the story to w.
func run(w io.Writer, args []string) error {
	flags := flag.NewFlagSet("perceptron", flag.ContinueOnError)
	flags.SetOutput(io.Discard)
	var s settings
	flags.Float64Var(&s.learningRate, "lr", 1, "learning rate in the rule w ← w + lr·e·x (a number > 0)")
	flags.IntVar(&s.maxEpochs, "epochs", 20,
		fmt.Sprintf("epoch limit: the most passes over the data for each gate and for XOR (1 to %d)", epochCeiling))
	if err := cli.Run(flags, args, w, "usage: go run ./examples/perceptron [flags]   trains NAND, OR and AND step by step, then fails on XOR"); err != nil {
		return err
	}
	if !(s.learningRate > 0) || math.IsInf(s.learningRate, 0) {
		return fmt.Errorf("-lr %g: the learning rate must be a finite number > 0, such as 1 or 0.1", s.learningRate)
	}
	if s.maxEpochs < 1 || s.maxEpochs > epochCeiling {
		return fmt.Errorf("-epochs %d: use an epoch limit from 1 to %d", s.maxEpochs, epochCeiling)
	}
	return lesson(w, s)
}
