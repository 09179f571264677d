// Command spirals trains two multilayer perceptrons on interleaved spirals,
// one class per arm, and draws the decision boundary that each has learned:
// a network with two hidden layers winds its boundary around the arms, while
// a single hidden layer with as many parameters, trained as long, is still
// far from them.
//
//	go run ./examples/spirals                 # 3 arms, boundaries printed in the terminal
//	go run ./examples/spirals -out pictures   # also boundary SVG and PNG, and the loss curves
//	go run ./examples/spirals -arms 2         # the TensorFlow Playground's spiral
//	go run ./examples/spirals -h              # every flag
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
		fmt.Fprintln(os.Stderr, "spirals:", err)
		os.Exit(2)
	}
}

// settings are the command line's choices.
type settings struct {
	arms    int
	points  int
	noise   float64
	epochs  int
	seed    uint64
	outDir  string
	ascii   bool
	columns int
	size    int
}

// run parses the flags and tells the story to w.
func run(w io.Writer, args []string) error {
	var s settings
	flags := flag.NewFlagSet("spirals", flag.ContinueOnError)
	flags.SetOutput(io.Discard)
	flags.IntVar(&s.arms, "arms", 3, "number of spiral `arms`, one class each, 2 to 8")
	flags.IntVar(&s.points, "points", 100, "number of `points` on each arm (≥ 2)")
	flags.Float64Var(&s.noise, "noise", 0.2, "how far each point is moved at random, up to `noise` in x and in y (≥ 0)")
	flags.IntVar(&s.epochs, "epochs", 300, "number of `epochs` to train each network (≥ 1)")
	flags.Uint64Var(&s.seed, "seed", 1, "`seed` of the random numbers: points, initial weights and shuffling")
	flags.StringVar(&s.outDir, "out", "", "write the pictures (boundary SVG and PNG, loss curve SVG) to this `folder`, created if missing")
	flags.BoolVar(&s.ascii, "ascii", false, "draw the terminal pictures in plain ASCII")
	flags.IntVar(&s.columns, "columns", 72, "width of the terminal picture in `characters` (≥ 40)")
	flags.IntVar(&s.size, "size", 400, "width and height of the boundary pictures written by -out, in `pixels` (≥ 40)")
	if err := flags.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			flags.SetOutput(w)
			flags.PrintDefaults()
		}
		return err
	}
	if flags.NArg() > 0 {
		return fmt.Errorf("unexpected argument %q; see -h for the flags", flags.Arg(0))
	}
	if err := s.check(); err != nil {
		return err
	}
	return lesson(w, s)
}

// check rejects settings that cannot work, naming the flag.
func (s settings) check() error {
	switch {
	case s.arms < 2 || s.arms > maxArms:
		return fmt.Errorf("-arms %d: give 2 to %d arms (one colour each in the pictures)", s.arms, maxArms)
	case s.points < 2:
		return fmt.Errorf("-points %d: each arm needs at least 2 points", s.points)
	case !(s.noise >= 0) || s.noise > 100:
		return fmt.Errorf("-noise %g: give a distance from 0 (points exactly on the arms) to about 1", s.noise)
	case s.epochs < 1:
		return fmt.Errorf("-epochs %d: train for at least 1 epoch", s.epochs)
	case s.columns < 40:
		return fmt.Errorf("-columns %d: the picture needs at least 40 characters", s.columns)
	case s.size < 40 || s.size > 4000:
		return fmt.Errorf("-size %d: give 40 to 4000 pixels", s.size)
	}
	return nil
}
