package main

import (
	"fmt"
	"io"
	"math"
	"math/rand/v2"
	"strings"

	"github.com/tocha-go/tocha/dataset"
	"github.com/tocha-go/tocha/loss"
	"github.com/tocha-go/tocha/mlp"
	"github.com/tocha-go/tocha/plot"
)

// maxArms is the number of classes the pictures can colour apart.
const maxArms = plot.MaxClasses

// The training settings, shared by both networks so that the comparison is
// fair: they differ in shape, not in training or number of parameters.
// hiddenWidth is the width of each of the two hidden layers.
const (
	hiddenWidth  = 16
	learningRate = 0.01
	batchSize    = 16
)

// trained is one network after training, with what the story prints.
type trained struct {
	name     string // e.g. "one hidden layer"
	net      *mlp.Network
	losses   []float64
	accuracy float64
}

// lesson generates the spirals, trains a network with two hidden layers
// and one with a single hidden layer of as many parameters, and shows their
// training accuracy and decision boundaries.
//
// The points and each network draw from their own generator, all three
// derived from the seed: the one-layer network then starts from the same
// weights whatever -epochs says, so -epochs 3000 continues the same run.
func lesson(w io.Writer, s settings) error {
	dataRNG := rand.New(rand.NewPCG(s.seed, 0))
	deepRNG := rand.New(rand.NewPCG(s.seed, 1))
	wideRNG := rand.New(rand.NewPCG(s.seed, 2))
	data := dataset.Spirals(dataRNG, s.arms*s.points, s.arms, s.noise)
	fmt.Fprintf(w, "%d interleaved spiral arms, %d points each, noise %g (dataset.Spirals, seed %d).\n",
		s.arms, s.points, s.noise, s.seed)

	// The arms reach radius 5; standardising brings the inputs near the
	// range where tanh is not yet flat. The pictures keep the original
	// coordinates and standardise each point they ask about.
	standardizer := dataset.FitStandardizer(data.Inputs)
	inputs := standardizer.Transform(data.Inputs)
	fmt.Fprintf(w, "Each network trains %d epochs: Adam(lr=%g), batches of %d, cross-entropy, standardised inputs.\n",
		s.epochs, learningRate, batchSize)

	deep, err := train(deepRNG, []int{hiddenWidth, hiddenWidth}, inputs, data, s.epochs)
	if err != nil {
		return err
	}
	wideWidth := sameBudgetWidth(deep.net)
	wide, err := train(wideRNG, []int{wideWidth}, inputs, data, s.epochs)
	if err != nil {
		return err
	}
	for _, result := range []trained{deep, wide} {
		if err := printResult(w, result); err != nil {
			return err
		}
	}
	fmt.Fprint(w, conclusion(comparison{
		deep: deep.accuracy, wide: wide.accuracy,
		deepParameters: deep.net.NumParameters(), wideParameters: wide.net.NumParameters(),
		epochs: s.epochs,
	}))

	networks := []trained{deep, wide}
	var boundaries []plot.Boundary
	for _, result := range networks {
		b := boundary(result, standardizer, data, s)
		fmt.Fprintln(w)
		if err := b.WriteText(w); err != nil {
			return err
		}
		boundaries = append(boundaries, b)
	}
	if s.outDir != "" {
		return writePictures(w, s.outDir, boundaries, networks)
	}
	return nil
}

// sameBudgetWidth returns the width h of the single hidden layer that gives
// a network about as many parameters as net, with the same inputs and
// outputs: a 2-h-3 network has (2+1)·h + (h+1)·3 parameters.
func sameBudgetWidth(net *mlp.Network) int {
	inputs := net.InputSize()
	outputs := net.OutputSize()
	perHiddenNeuron := inputs + 1 + outputs // its weights and bias, and its weight into each output
	width := float64(net.NumParameters()-outputs) / float64(perHiddenNeuron)
	return max(1, int(math.Round(width)))
}

// printResult prints two lines about a trained network: its shape and
// training accuracy, and its loss over the epochs.
func printResult(w io.Writer, result trained) error {
	sparkline, err := plot.Sparkline(result.losses, 30)
	if err != nil {
		return err
	}
	fmt.Fprintf(w, "  %s, %s, %d parameters: training accuracy %.3f\n",
		architecture(result.net), result.name, result.net.NumParameters(), result.accuracy)
	fmt.Fprintf(w, "      loss by epoch %s %.3f → %.3f\n",
		sparkline, result.losses[0], result.losses[len(result.losses)-1])
	return nil
}

// train builds a network with the given hidden layers, tanh, and one
// logit per arm, trains it and measures its training accuracy.
func train(rng *rand.Rand, hidden []int, inputs [][]float64, data dataset.Dataset, epochs int) (trained, error) {
	sizes := []int{data.NumFeatures()}
	var activations []string
	for _, width := range hidden {
		sizes = append(sizes, width)
		activations = append(activations, "tanh")
	}
	sizes = append(sizes, data.NumClasses())
	activations = append(activations, "identity")
	net, err := mlp.New(sizes, activations, rng)
	if err != nil {
		return trained{}, err
	}
	history, err := mlp.Train(net, inputs, data.OneHot(), mlp.TrainConfig{
		Epochs:    epochs,
		BatchSize: batchSize,
		Shuffle:   rng,
		Loss:      loss.MustNew("cross_entropy"),
		Optimizer: mlp.NewAdam(learningRate),
	})
	if err != nil {
		return trained{}, err
	}
	matrix, err := mlp.Confusion(net, inputs, data.Classes)
	if err != nil {
		return trained{}, err
	}
	losses := make([]float64, len(history))
	for e, stats := range history {
		losses[e] = stats.Loss
	}
	name := "one hidden layer"
	if len(hidden) == 2 {
		name = "two hidden layers"
	}
	return trained{name: name, net: net, losses: losses, accuracy: matrix.Accuracy()}, nil
}

// boundary prepares the picture of a network's decision boundary over the
// spirals, in the data's own coordinates.
func boundary(t trained, standardizer dataset.Standardizer, data dataset.Dataset, s settings) plot.Boundary {
	predict := func(x, y float64) int {
		input := []float64{
			(x - standardizer.Mean[0]) / standardizer.Std[0],
			(y - standardizer.Mean[1]) / standardizer.Std[1],
		}
		return t.net.PredictClass(input)
	}
	return plot.Boundary{
		Predict:    predict,
		Points:     data.Inputs,
		Classes:    data.Classes,
		ClassNames: armNames(data.NumClasses()),
		Title:      fmt.Sprintf("%s, %s: training accuracy %.3f", architecture(t.net), t.name, t.accuracy),
		XLabel:     "x1",
		YLabel:     "x2",
		Width:      s.size,
		Height:     s.size,
		Resolution: s.size / 4, // 100 heat map cells across the default 400 pixels
		Columns:    s.columns,
		ASCII:      s.ascii,
	}
}

// architecture names a network by its layer sizes, such as "2-16-16-3".
func architecture(net *mlp.Network) string {
	sizes := []string{fmt.Sprint(net.InputSize())}
	for _, layer := range net.Layers {
		sizes = append(sizes, fmt.Sprint(layer.OutputSize()))
	}
	return strings.Join(sizes, "-")
}

// armNames returns "arm 1", "arm 2", ... for the legends.
func armNames(arms int) []string {
	names := make([]string, arms)
	for a := range names {
		names[a] = fmt.Sprintf("arm %d", a+1)
	}
	return names
}
