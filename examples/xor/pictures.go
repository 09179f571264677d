package main

import (
	"fmt"
	"io"
	"os"
	"path/filepath"

	"github.com/tocha-go/tocha/dataset"
	"github.com/tocha-go/tocha/mlp"
	"github.com/tocha-go/tocha/perceptron"
	"github.com/tocha-go/tocha/plot"
)

// boundaries returns the decision boundaries of the perceptron and the MLP
// over the unit square and a margin around it, with the XOR points marked.
func boundaries(xor dataset.Dataset, single *perceptron.Perceptron, net *mlp.Network) (plot.Boundary, plot.Boundary) {
	base := plot.Boundary{
		Points: xor.Inputs, Classes: xor.Classes, ClassNames: []string{"XOR = 0", "XOR = 1"},
		XMin: -0.5, XMax: 1.5, YMin: -0.5, YMax: 1.5, XLabel: "x1", YLabel: "x2",
	}
	left, right := base, base
	left.Title = "one perceptron"
	left.Predict = func(x, y float64) int { return int(single.Predict([]float64{x, y})) }
	right.Title = "MLP after training"
	right.Probability = func(x, y float64) float64 { return net.Forward([]float64{x, y})[0] }
	return left, right
}

// drawBoundaries prints the two decision boundaries side by side.
func drawBoundaries(w io.Writer, xor dataset.Dataset, single *perceptron.Perceptron, net *mlp.Network, ascii bool) error {
	left, right := boundaries(xor, single, net)
	// In the terminal both panels show classes, so that their legends read
	// alike; the SVG and PNG pictures keep the MLP's probabilities.
	right.Probability = nil
	right.Predict = func(x, y float64) int { return net.PredictClass([]float64{x, y}) }
	for _, b := range []*plot.Boundary{&left, &right} {
		b.Columns, b.ASCII, b.Title = 36, ascii, ""
	}
	leftLines, err := left.Lines()
	if err != nil {
		return err
	}
	rightLines, err := right.Lines()
	if err != nil {
		return err
	}
	fmt.Fprintln(w, "\n4. Where each model answers 1 (shaded) and 0, on the plane around the four points:")
	return plot.SideBySide(w, leftLines, rightLines, "one perceptron: a straight line", "MLP after training")
}

// writePictures writes the boundaries, the loss curve and the network
// diagram into dir, each file atomically.
func writePictures(w io.Writer, dir string, xor dataset.Dataset, single *perceptron.Perceptron, trained trainedMLP) error {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return err
	}
	left, right := boundaries(xor, single, trained.net)
	curve := plot.LossCurve{
		Series:   []plot.Series{{Name: "BCE loss", Values: trained.losses}},
		LogScale: true,
		Title:    "XOR: MLP loss per epoch",
	}
	var weights [][][]float64
	var biases [][]float64
	var activations []string
	for _, layer := range trained.net.Layers {
		weights = append(weights, layer.Weights)
		biases = append(biases, layer.Biases)
		activations = append(activations, layer.Activation.Name)
	}
	diagram := plot.Network{
		Weights: weights, Biases: biases, Activations: activations,
		InputNames: []string{"x1", "x2"}, OutputNames: []string{"p(XOR = 1)"},
		Title: "The trained XOR network",
	}
	files := []struct {
		name  string
		write func(io.Writer) error
	}{
		{"perceptron-boundary.svg", left.WriteSVG},
		{"perceptron-boundary.png", left.WritePNG},
		{"mlp-boundary.svg", right.WriteSVG},
		{"mlp-boundary.png", right.WritePNG},
		{"mlp-loss.svg", curve.WriteSVG},
		{"mlp-network.svg", diagram.WriteSVG},
	}
	fmt.Fprintln(w, "\nPictures:")
	for _, f := range files {
		path := filepath.Join(dir, f.name)
		if err := plot.WriteFile(path, f.write); err != nil {
			return err
		}
		fmt.Fprintln(w, "   wrote", path)
	}
	return nil
}
