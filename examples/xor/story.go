package main

import (
	"errors"
	"fmt"
	"io"
	"math"
	"math/rand/v2"
	"strings"

	"github.com/tocha-go/tocha/dataset"
	"github.com/tocha-go/tocha/perceptron"
)

// outcome is how many of the four XOR rows each approach got right.
type outcome struct {
	perceptron, logic, mlp int
}

// tell runs the three parts of the lesson in order and prints a summary.
func tell(w io.Writer, cfg config) (outcome, error) {
	xor := dataset.XOR()
	fmt.Fprintln(w, "XOR is 1 when exactly one input is 1:  (0,0)→0  (0,1)→1  (1,0)→1  (1,1)→0")

	var result outcome
	single, err := onePerceptron(w, xor, cfg.seed)
	if err != nil {
		return result, err
	}
	result.perceptron = countCorrect(predictor(single), xor.Inputs, xor.Classes)

	result.logic, err = wiredByLogic(w, xor)
	if err != nil {
		return result, err
	}

	trained, err := trainMLP(w, xor, cfg)
	if err != nil {
		return result, err
	}
	result.mlp = countCorrect(trained.net.PredictClass, xor.Inputs, xor.Classes)

	if err := drawBoundaries(w, xor, single, trained.net, cfg.ascii); err != nil {
		return result, err
	}
	if cfg.outDir != "" {
		if err := writePictures(w, cfg.outDir, xor, single, trained); err != nil {
			return result, err
		}
	}

	fmt.Fprintf(w, "\nSummary: one perceptron %d/4 · three perceptrons wired by logic %d/4 · MLP trained by backpropagation %d/4\n",
		result.perceptron, result.logic, result.mlp)
	if result.mlp < 4 {
		fmt.Fprintln(w, whyNotSolved(cfg, trained))
	}
	return result, nil
}

// whyNotSolved explains an MLP that did not get all four rows right: by its
// activation if that is linear, else by the hidden neurons found dead.
func whyNotSolved(cfg config, trained trainedMLP) string {
	if trained.net.Layers[0].Activation.Name == "identity" {
		return "With identity (linear) hidden neurons the whole network is one linear map, z = W·x + b:\n" +
			"it draws a single line, like one perceptron, and cannot compute XOR. Use a nonlinear -activation."
	}
	if note := overshootNote(cfg, trained); note != "" {
		return note
	}
	if dead := numbersWhere(trained.units, isDead); len(dead) > 0 {
		return fmt.Sprintf("The MLP did not solve XOR from this start in %d epochs, and %s %s dead.\n"+
			"Try another -seed, more -hidden neurons or -activation leaky_relu.",
			cfg.epochs, strings.ToLower(hiddenNames(dead)), plural(len(dead), "is", "are"))
	}
	return fmt.Sprintf("The MLP did not solve XOR from this start in %d epochs. Try more -epochs, another -seed,\n"+
		"more -hidden neurons or another -lr: gradient descent can stall on a plateau or settle in a poor minimum.",
		cfg.epochs)
}

// overshootNote explains a training run whose last loss is above both its
// first loss and ln 2, the loss of answering p = 0.5 for every input: small
// steps of gradient descent do not end there, so the learning rate is too
// large. It returns "" for any other run.
func overshootNote(cfg config, trained trainedMLP) string {
	losses := trained.losses
	if len(losses) < 2 {
		return ""
	}
	first, last := losses[0], losses[len(losses)-1]
	if last <= first || last <= math.Ln2+0.01 {
		return ""
	}
	note := fmt.Sprintf("The MLP did not solve XOR: its loss ended at %.3f, above where it started (%.3f) and above\n"+
		"the 0.693 of answering p = 0.5 for every input. Small steps downhill cannot end there: the learning\n"+
		"rate %g is too large, and each step overshoots the valley it aims for", last, first, cfg.learningRate)
	if previous := losses[len(losses)-2]; math.Abs(last-previous) > 1e-3 {
		note += fmt.Sprintf(" (the loss jumps between epochs: %.3f, then %.3f)", previous, last)
	}
	var killed, bornDead []int // hidden neurons dead now: since training, or from the start
	for j, unit := range trained.units {
		switch {
		case unit.dead && trained.start[j].dead:
			bornDead = append(bornDead, j+1)
		case unit.dead:
			killed = append(killed, j+1)
		}
	}
	if len(killed) > 0 {
		note += fmt.Sprintf(";\nsuch steps also killed %s", strings.ToLower(hiddenNames(killed)))
	}
	if len(bornDead) > 0 {
		note += fmt.Sprintf(" (%s %s dead from the start)", strings.ToLower(hiddenNames(bornDead)),
			plural(len(bornDead), "was", "were"))
	}
	return note + ".\nTry a smaller -lr, such as the default 1."
}

// onePerceptron trains single perceptrons on XOR from a few random starts.
// None finishes an epoch without mistakes, so it keeps the best weights any
// epoch reached (the "pocket" perceptron) and shows their truth table.
func onePerceptron(w io.Writer, xor dataset.Dataset, seed uint64) (*perceptron.Perceptron, error) {
	fmt.Fprintln(w, "\n1. One perceptron: z = w·x + b, output step(z)")
	const learningRate, maxEpochs, starts = 0.1, 100, 10
	rng := rand.New(rand.NewPCG(seed, 1))
	var best perceptron.Epoch
	for start := 0; start < starts; start++ {
		p := perceptron.NewRandom(2, rng)
		history, err := p.Train(xor.Inputs, xor.Labels(), perceptron.Config{LearningRate: learningRate, MaxEpochs: maxEpochs})
		if !errors.Is(err, perceptron.ErrNotConverged) {
			return nil, fmt.Errorf("a perceptron should not learn XOR, but training returned %v", err)
		}
		if candidate := history.Best(); start == 0 || candidate.Correct > best.Correct {
			best = candidate
		}
	}
	p := perceptron.New(2)
	copy(p.Weights, best.Weights)
	p.Bias = best.Bias
	fmt.Fprintf(w, "   Trained from %d random starts, %d epochs each (lr %g): every epoch made mistakes.\n",
		starts, maxEpochs, learningRate)
	fmt.Fprintf(w, "   Keeping the best weights any epoch reached (the \"pocket\" perceptron): w = [%.3f %.3f], b = %.3f\n",
		p.Weights[0], p.Weights[1], p.Bias)
	fmt.Fprintln(w, "   x1 x2 | XOR | perceptron")
	for k, x := range xor.Inputs {
		got := int(p.Predict(x))
		fmt.Fprintf(w, "    %.0f  %.0f |  %d  |  %d %s\n", x[0], x[1], xor.Classes[k], got, check(got, xor.Classes[k]))
	}
	fmt.Fprintf(w, "   %d of 4. Why: a perceptron answers 1 on one side of the line w·x + b = 0,\n", best.Correct)
	fmt.Fprintln(w, "   and no line puts (0,1) and (1,0) on one side and (0,0) and (1,1) on the other:")
	fmt.Fprintln(w, "   XOR is not linearly separable, so 3 of 4 is the best any line can do.")
	return p, nil
}

// predictor reads a perceptron's 0/1 output as a class.
func predictor(p *perceptron.Perceptron) func(x []float64) int {
	return func(x []float64) int { return int(p.Predict(x)) }
}

// wiredByLogic trains OR, NAND and AND perceptrons and wires them into
// XOR(a, b) = AND(OR(a, b), NAND(a, b)).
func wiredByLogic(w io.Writer, xor dataset.Dataset) (int, error) {
	fmt.Fprintln(w, "\n2. Perceptrons wired by logic: XOR(a, b) = AND(OR(a, b), NAND(a, b))")
	gates := []struct {
		name string
		data dataset.Dataset
	}{{"OR", dataset.OR()}, {"NAND", dataset.NAND()}, {"AND", dataset.AND()}}
	trained := map[string]*perceptron.Perceptron{}
	for _, gate := range gates {
		p := perceptron.New(2)
		history, err := p.Train(gate.data.Inputs, gate.data.Labels(), perceptron.Config{LearningRate: 1, MaxEpochs: 100})
		if err != nil {
			return 0, fmt.Errorf("training %s: %w", gate.name, err)
		}
		trained[gate.name] = p
		fmt.Fprintf(w, "   %-4s learned in %d epochs: w = [%.0f %.0f], b = %.0f\n",
			gate.name, len(history), p.Weights[0], p.Weights[1], p.Bias)
	}
	fmt.Fprintln(w, "   x1 x2 | OR NAND | AND = XOR")
	correct := 0
	for k, x := range xor.Inputs {
		or := trained["OR"].Predict(x)
		nand := trained["NAND"].Predict(x)
		got := int(trained["AND"].Predict([]float64{or, nand}))
		if got == xor.Classes[k] {
			correct++
		}
		fmt.Fprintf(w, "    %.0f  %.0f |  %.0f   %.0f  |  %d %s\n", x[0], x[1], or, nand, got, check(got, xor.Classes[k]))
	}
	fmt.Fprintf(w, "   %d of 4: two layers of perceptrons compute what one cannot.\n", correct)
	fmt.Fprintln(w, "   But we chose the wiring by hand. Can a network find it by itself?")
	return correct, nil
}
