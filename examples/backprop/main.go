// Command backprop works through one forward and one backward pass of the
// widely published 2-2-2 example (Matt Mazur, "A Step by Step
// Backpropagation Example", 2015), printing every intermediate value in the
// lesson's notation (z, a, δ, ∂L/∂w) so a student can check each by hand.
//
//	go run ./examples/backprop
//	go run ./examples/backprop -lr 0.1
package main

import (
	"flag"
	"fmt"
	"io"
	"os"

	"github.com/tocha-go/tocha/examples/internal/cli"
)

func main() {
	_, err := run(os.Stdout, os.Args[1:])
	cli.Exit("backprop", err)
}

// run parses the flags and prints the worked example to w; it returns the
// losses before and after the step, for the tests.
func run(w io.Writer, args []string) (result, error) {
	flags := flag.NewFlagSet("backprop", flag.ContinueOnError)
	flags.SetOutput(io.Discard)
	learningRate := flags.Float64("lr", publishedLearningRate, "learning rate of the gradient descent step, > 0 and ≤ 100")
	if err := cli.Run(flags, args, w, "usage: go run ./examples/backprop [-lr 0.5]: one forward and backward pass, every value printed"); err != nil {
		return result{}, err
	}
	if !(*learningRate > 0 && *learningRate <= 100) {
		return result{}, fmt.Errorf("-lr %g: use a learning rate > 0 and ≤ 100", *learningRate)
	}
	if flags.NArg() > 0 {
		return result{}, fmt.Errorf("unexpected argument %q; the only setting is -lr; %s", flags.Arg(0), cli.Hint)
	}
	return workThrough(w, *learningRate)
}
