package main

import (
	"fmt"
	"io"
	"math"
	"math/rand/v2"
	"path/filepath"
	"strings"

	"github.com/tocha-go/tocha/dataset"
	"github.com/tocha-go/tocha/loss"
	"github.com/tocha-go/tocha/mlp"
)

// graduate trains XOR, saves the network for PyTorch, reloads it to show
// that nothing was lost, and prints the PyTorch side.
func graduate(w io.Writer, cfg config) error {
	xor := dataset.XOR()
	rng := rand.New(rand.NewPCG(cfg.seed, 0))
	net, err := mlp.New([]int{2, 4, 1}, []string{"sigmoid", "sigmoid"}, rng)
	if err != nil {
		return err
	}
	history, err := mlp.Train(net, xor.Inputs, xor.LabelColumn(), mlp.TrainConfig{
		Epochs:    cfg.epochs,
		Loss:      loss.MustNew("bce"),
		Optimizer: &mlp.SGD{LearningRate: 1},
	})
	if err != nil {
		return err
	}
	outputs := make([]float64, len(xor.Inputs))
	for k, x := range xor.Inputs {
		outputs[k] = net.Predict(x)[0]
		if net.PredictClass(x) != xor.Classes[k] {
			return fmt.Errorf("seed %d did not learn XOR in %d epochs (it gets %v wrong); try another -seed or more -epochs",
				cfg.seed, cfg.epochs, x)
		}
	}

	path := filepath.Join(cfg.outDir, "xor.safetensors")
	if err := net.Save(path); err != nil {
		return err
	}
	if err := checkReload(path, xor.Inputs, outputs); err != nil {
		return err
	}
	sequential, err := net.PyTorch()
	if err != nil {
		return err
	}
	python := pythonCheck(path, sequential, xor.Inputs, outputs)
	if cfg.pythonOnly {
		_, err := io.WriteString(w, python)
		return err
	}

	fmt.Fprintf(w, "Trained a 2-4-1 sigmoid network on XOR: BCE loss, SGD with learning rate 1, %d epochs, seed %d.\n",
		len(history), cfg.seed)
	fmt.Fprintln(w, net)
	fmt.Fprintf(w, "final loss %.6f\n\n", history[len(history)-1].Loss)
	for k, x := range xor.Inputs {
		fmt.Fprintf(w, "XOR(%.0f, %.0f) = %.6f\n", x[0], x[1], outputs[k])
	}
	fmt.Fprintf(w, "\nSaved it to %s (float64, %d parameters) and loaded it back: the same four outputs, bit for bit.\n",
		path, net.NumParameters())
	fmt.Fprintf(w, "\nThe same network in PyTorch:\n\n    %s\n", sequential)
	fmt.Fprintf(w, "\nThis Python loads %s into it and compares the outputs\n", path)
	fmt.Fprintf(w, "(save it as load_xor.py, or run: %s | python3):\n\n", pythonCommand(cfg))
	_, err = io.WriteString(w, python)
	return err
}

// checkReload loads the saved file and checks that it computes exactly the
// outputs the trained network did.
func checkReload(path string, inputs [][]float64, outputs []float64) error {
	loaded, err := mlp.Load(path)
	if err != nil {
		return err
	}
	for k, x := range inputs {
		if got := loaded.Predict(x)[0]; math.Float64bits(got) != math.Float64bits(outputs[k]) {
			return fmt.Errorf("the network loaded from %s gives %v for %v, not %v", path, got, x, outputs[k])
		}
	}
	return nil
}

// pythonCommand returns the command that prints only this run's Python. It
// repeats the flags that differ from their defaults, -out above all:
// without them it would train again and overwrite another xor.safetensors.
func pythonCommand(cfg config) string {
	command := "go run ./examples/torch"
	defaults := defaultConfig()
	if cfg.outDir != defaults.outDir {
		command += " -out " + shellQuote(cfg.outDir)
	}
	if cfg.seed != defaults.seed {
		command += fmt.Sprintf(" -seed %d", cfg.seed)
	}
	if cfg.epochs != defaults.epochs {
		command += fmt.Sprintf(" -epochs %d", cfg.epochs)
	}
	return command + " -python"
}

// shellQuote returns s as a shell reads it back: unchanged if it is made of
// characters the shell leaves alone, else in single quotes.
func shellQuote(s string) string {
	if s != "" && strings.Trim(s, "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_./-+:,@%=") == "" {
		return s
	}
	return "'" + strings.ReplaceAll(s, "'", `'\''`) + "'"
}
