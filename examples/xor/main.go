// Command xor tells the lesson's whole story in one run: why one perceptron
// cannot compute XOR, and the two ways out — perceptrons wired by logic, and
// a multi-layer perceptron trained by backpropagation.
//
//	go run ./examples/xor                      # the defaults work
//	go run ./examples/xor -hidden 4 -seed 7    # a wider network, another start
//	go run ./examples/xor -activation tanh
//	go run ./examples/xor -out pictures        # also write SVG/PNG pictures
package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"math"
	"os"

	"github.com/tocha-go/tocha/activation"
	"github.com/tocha-go/tocha/examples/internal/cli"
)

func main() {
	_, err := run(os.Stdout, os.Args[1:])
	cli.Exit("xor", err)
}

// config holds the settings the flags choose.
type config struct {
	seed         uint64
	hidden       int
	activation   string
	learningRate float64
	epochs       int
	outDir       string
	ascii        bool
}

// run parses the flags and tells the story to w; it returns what each of the
// three approaches scored, for the tests.
func run(w io.Writer, args []string) (outcome, error) {
	flags := flag.NewFlagSet("xor", flag.ContinueOnError)
	flags.SetOutput(io.Discard)
	var cfg config
	flags.Uint64Var(&cfg.seed, "seed", 1, "seed of the random starting weights")
	flags.IntVar(&cfg.hidden, "hidden", 2, "number of hidden neurons of the MLP (1 to 64)")
	flags.StringVar(&cfg.activation, "activation", "sigmoid", "hidden activation: sigmoid, tanh, relu or leaky_relu (identity shows a linear network fail)")
	flags.Float64Var(&cfg.learningRate, "lr", 1, "learning rate of gradient descent (> 0)")
	flags.IntVar(&cfg.epochs, "epochs", 5000, "epochs of MLP training (1 to 1000000)")
	flags.StringVar(&cfg.outDir, "out", "", "if set, write SVG and PNG pictures into this `directory`")
	flags.BoolVar(&cfg.ascii, "ascii", false, "draw the terminal pictures in plain ASCII")
	if err := cli.Run(flags, args, w, "usage: go run ./examples/xor [flags]"); err != nil {
		return outcome{}, err
	}
	if err := cfg.check(); err != nil {
		return outcome{}, err
	}
	if cfg.outDir != "" {
		// Made before the lesson, so that a bad folder fails at once.
		if err := os.MkdirAll(cfg.outDir, 0o755); err != nil {
			return outcome{}, fmt.Errorf("-out %s: %w", cfg.outDir, err)
		}
	}
	return tell(w, cfg)
}

// check returns a one-line error for a setting out of range.
func (cfg config) check() error {
	if cfg.hidden < 1 || cfg.hidden > 64 {
		return fmt.Errorf("-hidden %d: use 1 to 64 hidden neurons", cfg.hidden)
	}
	act, err := activation.New(cfg.activation)
	if err != nil {
		return fmt.Errorf("-activation %s: unknown; use sigmoid, tanh, relu, leaky_relu or identity", cfg.activation)
	}
	if act.Name == "step" {
		return errors.New("-activation step: the step function has no gradient to follow; use sigmoid, tanh, relu or leaky_relu")
	}
	if !(cfg.learningRate > 0) || math.IsInf(cfg.learningRate, 0) {
		return fmt.Errorf("-lr %g: the learning rate must be a number > 0", cfg.learningRate)
	}
	if cfg.epochs < 1 || cfg.epochs > 1_000_000 {
		return fmt.Errorf("-epochs %d: use 1 to 1000000 epochs", cfg.epochs)
	}
	return nil
}
