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
	"flag"
	"fmt"
	"io"
	"os"

	"github.com/tocha-go/tocha/examples/internal/cli"
)

func main() {
	cli.Exit("spirals", run(os.Stdout, os.Args[1:]))
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
	flags.IntVar(&s.arms, "arms", 3, fmt.Sprintf("number of spiral `arms`, one class each, 2 to %d", maxArms))
	flags.IntVar(&s.points, "points", 100, fmt.Sprintf("number of `points` on each arm, 2 to %d", maxPoints))
	flags.Float64Var(&s.noise, "noise", 0.2, fmt.Sprintf("how far each point is moved at random, up to `noise` in x and in y, 0 to %g", maxNoise))
	flags.IntVar(&s.epochs, "epochs", 300, fmt.Sprintf("number of `epochs` to train each network, 1 to %d, with arms × points × epochs at most %d", maxEpochs, maxWork))
	flags.Uint64Var(&s.seed, "seed", 1, "`seed` of the random numbers: points, initial weights and shuffling")
	flags.StringVar(&s.outDir, "out", "", "write the pictures (boundary SVG and PNG, loss curve SVG) to this `folder`, created if missing")
	flags.BoolVar(&s.ascii, "ascii", false, "draw the terminal pictures in plain ASCII")
	flags.IntVar(&s.columns, "columns", 72, fmt.Sprintf("width of the terminal picture in `characters`, %d to %d", minColumns, maxColumns))
	flags.IntVar(&s.size, "size", 400, fmt.Sprintf("width and height of the boundary pictures written by -out, in `pixels`, %d to %d", minSize, maxSize))
	if err := cli.Run(flags, args, w, "usage: go run ./examples/spirals [flags]\n"+
		"Trains one and two hidden layers on spiral arms and draws their decision boundaries."); err != nil {
		return err
	}
	if err := s.check(); err != nil {
		return err
	}
	if s.outDir != "" {
		// Fail now, not after training both networks.
		if err := prepareFolder(s.outDir); err != nil {
			return err
		}
	}
	return lesson(w, s)
}

// The limits of the flags. Beyond them a run takes minutes or more (both
// networks train on every point, and each character of the terminal
// picture and each heat-map cell asks both networks for a class) without
// showing anything new.
const (
	maxPoints  = 1000
	maxNoise   = 10.0 // twice the radius of the arms: beyond it there is only noise
	maxEpochs  = 100_000
	maxWork    = 10_000_000 // arms × points × epochs, the points each network trains on: a minute or more
	minColumns = 40         // narrower, the arms are no longer recognisable
	maxColumns = 200
	minSize    = 40
	maxSize    = 4000
)

// check rejects settings that cannot work, naming the flag and its range.
func (s settings) check() error {
	switch {
	case s.arms < 2 || s.arms > maxArms:
		return fmt.Errorf("-arms %d: give 2 to %d arms (one colour each in the pictures)", s.arms, maxArms)
	case s.points < 2 || s.points > maxPoints:
		return fmt.Errorf("-points %d: give 2 to %d points per arm", s.points, maxPoints)
	case !(s.noise >= 0) || s.noise > maxNoise:
		return fmt.Errorf("-noise %g: give a distance from 0 (points exactly on the arms) to %g", s.noise, maxNoise)
	case s.epochs < 1 || s.epochs > maxEpochs:
		return fmt.Errorf("-epochs %d: give 1 to %d epochs", s.epochs, maxEpochs)
	case s.arms*s.points*s.epochs > maxWork:
		return fmt.Errorf("-arms %d × -points %d × -epochs %d = %d points to train on; at most %d (that already takes minutes): use fewer points or epochs",
			s.arms, s.points, s.epochs, s.arms*s.points*s.epochs, maxWork)
	case s.columns < minColumns || s.columns > maxColumns:
		return fmt.Errorf("-columns %d: give %d to %d characters", s.columns, minColumns, maxColumns)
	case s.size < minSize || s.size > maxSize:
		return fmt.Errorf("-size %d: give %d to %d pixels", s.size, minSize, maxSize)
	}
	return nil
}
