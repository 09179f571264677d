package main

import (
	"errors"
	"fmt"
	"io"
	"math"
	"math/rand/v2"
	"strings"

	"github.com/tocha-go/tocha/dataset"
	"github.com/tocha-go/tocha/loss"
	"github.com/tocha-go/tocha/mlp"
	"github.com/tocha-go/tocha/perceptron"
)

// trainedMLP is the network of part 3 and the loss of every epoch.
type trainedMLP struct {
	net    *mlp.Network
	losses []float64
	units  []hiddenUnit // what each hidden neuron does after training
	start  []hiddenUnit // and what it did before
}

// trainMLP trains a 2-H-1 network on XOR by full-batch gradient descent and
// prints what it learned.
func trainMLP(w io.Writer, xor dataset.Dataset, cfg config) (trainedMLP, error) {
	fmt.Fprintf(w, "\n3. A multi-layer perceptron trained by backpropagation: 2-%d-1, %s hidden layer, sigmoid output\n",
		cfg.hidden, cfg.activation)
	fmt.Fprintln(w, "   Every epoch: forward pass, loss (BCE, binary cross-entropy), backward pass (∂L/∂w for every")
	fmt.Fprintf(w, "   weight), then gradient descent w ← w − lr·∂L/∂w with learning rate lr = %g\n", cfg.learningRate)
	net, err := mlp.New([]int{2, cfg.hidden, 1}, []string{cfg.activation, "sigmoid"}, rand.New(rand.NewPCG(cfg.seed, 2)))
	if err != nil {
		return trainedMLP{}, err
	}
	start := measureHidden(net, xor.Inputs)
	every := max(cfg.epochs/10, 1)
	var losses []float64
	plateau := false // a printed loss at ln 2, the loss of answering p = 0.5 everywhere
	_, err = mlp.Train(net, xor.Inputs, xor.LabelColumn(), mlp.TrainConfig{
		Epochs:    cfg.epochs,
		Loss:      loss.MustNew("bce"),
		Optimizer: &mlp.SGD{LearningRate: cfg.learningRate},
		// The lesson's own code: Train calls Forward and Backward (mlp/forward.go,
		// mlp/backward.go), where a debugger's breakpoint stops. Without it, Train
		// takes its fast path, which gives the same numbers.
		Readable: true,
		OnEpoch: func(s mlp.EpochStats) {
			losses = append(losses, s.Loss)
			if s.Epoch == 1 || s.Epoch%every == 0 {
				fmt.Fprintf(w, "   epoch %6d   loss %.3f   %d/4 right\n", s.Epoch, s.Loss, int(s.Accuracy*4+0.5))
				plateau = plateau || (s.Epoch > 1 && math.Abs(s.Loss-math.Ln2) < 0.005)
			}
		},
	})
	if err != nil {
		return trainedMLP{}, err
	}
	units := measureHidden(net, xor.Inputs)
	if plateau {
		fmt.Fprintln(w, stallNote(units, net.Layers[0].Activation.Name))
	}

	fmt.Fprintln(w, "   x1 x2 | XOR | output p | class")
	marked := false
	for k, x := range xor.Inputs {
		p := net.Forward(x)[0]
		class := net.PredictClass(x)
		shown := probability(p)
		marked = marked || strings.ContainsAny(shown, "<>")
		fmt.Fprintf(w, "    %.0f  %.0f |  %d  | %6s   |  %d %s\n", x[0], x[1], xor.Classes[k], shown, class, check(class, xor.Classes[k]))
	}
	if marked {
		fmt.Fprintln(w, "   (>0.500 / <0.500: p rounds to 0.500 but is just above / below 0.5; the class is 1 when p ≥ 0.5.)")
	}
	solved := countCorrect(net.PredictClass, xor.Inputs, xor.Classes) == len(xor.Inputs)
	note := "" // the dead neurons, unless the note on the loss named them already
	if !plateau {
		note = deadNote(units, net.Layers[0].Activation.Name)
	}
	if err := explainHidden(w, net, xor, solved, note); err != nil {
		return trainedMLP{}, err
	}
	return trainedMLP{net: net, losses: losses, units: units, start: start}, nil
}

// explainHidden prints each hidden neuron's truth table (1 where z ≥ 0, the
// side of its own line where a step would fire) and the note, if any, then
// checks whether one perceptron can finish the job from those bits.
func explainHidden(w io.Writer, net *mlp.Network, xor dataset.Dataset, solved bool, note string) error {
	hiddenLayer := &net.Layers[0]
	fmt.Fprintln(w, "   What each hidden neuron learned (1 where its z ≥ 0, as a step would fire),")
	fmt.Fprintln(w, "   for the inputs (0,0) (0,1) (1,0) (1,1):")
	codes := make([][]float64, len(xor.Inputs)) // the hidden layer's bits per input
	for j := range hiddenLayer.Weights {
		on := func(x []float64) bool {
			net.Forward(x)
			return hiddenLayer.Z[j] >= 0
		}
		bits := truthTable(on, xor.Inputs)
		fmt.Fprintf(w, "   hidden %d: %s ≈ %s\n", j+1, spaced(bits), gateName(bits))
		for k := range xor.Inputs {
			codes[k] = append(codes[k], float64(bits[k]-'0'))
		}
	}
	if note != "" {
		fmt.Fprintln(w, note)
	}

	reader := perceptron.New(len(hiddenLayer.Weights))
	history, err := reader.Train(codes, xor.Labels(), perceptron.Config{LearningRate: 1, MaxEpochs: 100})
	switch {
	case errors.Is(err, perceptron.ErrNotConverged) && solved:
		fmt.Fprintln(w, "   These on/off bits alone do not separate XOR: the output neuron uses the exact values.")
	case errors.Is(err, perceptron.ErrNotConverged):
		fmt.Fprintln(w, "   These bits do not separate XOR either: the hidden layer has not found a useful code.")
	case err != nil:
		return err
	default:
		fmt.Fprintf(w, "   A single perceptron reading these bits instead of x1, x2 learns XOR in %d epochs:\n", len(history))
		fmt.Fprintln(w, "   the hidden layer moved the points to where one line separates them.")
	}
	return nil
}

// probability formats p with three decimals; a p that would print as 0.500
// shows its side of 0.5, which decides the class, as >0.500 or <0.500 (one
// character wider than the other values).
func probability(p float64) string {
	switch {
	case math.Abs(p-0.5) >= 0.0005 || p == 0.5:
		return fmt.Sprintf("%.3f", p)
	case p < 0.5:
		return "<0.500"
	default:
		return ">0.500"
	}
}

// spaced writes bits as "0 1 1 1".
func spaced(bits string) string {
	out := ""
	for i, b := range bits {
		if i > 0 {
			out += " "
		}
		out += string(b)
	}
	return out
}
