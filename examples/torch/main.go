// Command torch is the step from tocha to PyTorch. It trains a 2-4-1
// sigmoid network on XOR, saves it as xor.safetensors (the weights format
// of PyTorch and Hugging Face), prints the nn.Sequential that has the same
// architecture, and prints the Python that loads the file into it and
// checks that PyTorch computes the same four outputs.
//
//	go run ./examples/torch                              # writes ./xor.safetensors
//	go run ./examples/torch -out /tmp                    # writes /tmp/xor.safetensors
//	go run ./examples/torch -python | python3            # the check, in PyTorch
package main

import (
	"flag"
	"fmt"
	"io"
	"os"

	"github.com/tocha-go/tocha/examples/internal/cli"
)

func main() {
	cli.Exit("torch", run(os.Stdout, os.Args[1:]))
}

// config holds the settings the flags choose.
type config struct {
	outDir     string
	seed       uint64
	epochs     int
	pythonOnly bool
}

// defaultConfig returns the settings without flags.
func defaultConfig() config {
	return config{outDir: ".", seed: 1, epochs: 5000}
}

// run parses the flags, trains and saves the network, and tells the story
// to w (or, with -python, prints only the Python).
func run(w io.Writer, args []string) error {
	flags := flag.NewFlagSet("torch", flag.ContinueOnError)
	flags.SetOutput(io.Discard)
	var cfg config
	defaults := defaultConfig()
	flags.StringVar(&cfg.outDir, "out", defaults.outDir, "write xor.safetensors into this `directory`")
	flags.Uint64Var(&cfg.seed, "seed", defaults.seed, "seed of the random starting weights")
	flags.IntVar(&cfg.epochs, "epochs", defaults.epochs, "epochs of training (1 to 1000000)")
	flags.BoolVar(&cfg.pythonOnly, "python", false, "print only the Python, to pipe into python3")
	if err := cli.Run(flags, args, w, "usage: go run ./examples/torch [flags]"); err != nil {
		return err
	}
	if cfg.epochs < 1 || cfg.epochs > 1_000_000 {
		return fmt.Errorf("-epochs %d: train for 1 to 1000000 epochs", cfg.epochs)
	}
	if info, err := os.Stat(cfg.outDir); err != nil || !info.IsDir() {
		return fmt.Errorf("-out %q: not a directory; create it first or choose another", cfg.outDir)
	}
	return graduate(w, cfg)
}
