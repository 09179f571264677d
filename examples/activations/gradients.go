package main

import (
	"fmt"
	"io"
	"math"
	"math/rand/v2"

	"github.com/tocha-go/tocha/dataset"
	"github.com/tocha-go/tocha/loss"
	"github.com/tocha-go/tocha/mlp"
)

// The deep narrow network: 2 inputs, depth hidden layers of deepWidth units
// and one sigmoid output, trained with BCE on two moons.
const (
	deepWidth     = 16
	moonsNoise    = 0.1
	gradientBatch = 32 // moons in the batch whose gradient is measured
	// vanishingRatio: a first layer whose gradient is more than this many
	// times smaller than the output layer's learns orders of magnitude
	// slower; the conclusion calls that vanishing.
	vanishingRatio = 100
)

// hiddenActivations returns the three contenders, in the order of the
// tables.
func hiddenActivations() []string { return []string{"sigmoid", "tanh", "relu"} }

// matchedInit names the initialisation derived for each activation:
// Xavier (Glorot) for the S-shaped ones, He (Kaiming) for ReLU.
func matchedInit(hidden string) string {
	if hidden == "relu" {
		return "he"
	}
	return "xavier"
}

// deepNetwork builds the deep network with the given hidden activation,
// its weights drawn from the seed with the named initialisation.
func deepNetwork(hidden, scheme string, depth int, seed uint64) (*mlp.Network, error) {
	sizes := []int{2}
	var names []string
	for range depth {
		sizes = append(sizes, deepWidth)
		names = append(names, hidden)
	}
	sizes = append(sizes, 1)
	names = append(names, "sigmoid")
	rng := rand.New(rand.NewPCG(seed, 0))
	net, err := mlp.New(sizes, names, rng)
	if err != nil {
		return nil, err
	}
	if err := net.Initialize(scheme, rng); err != nil {
		return nil, err
	}
	return net, nil
}

// gradientColumn is one network's measurements: ‖∂L/∂Wˡ‖ of every layer
// and the mean slope φ′(z) of its hidden units.
type gradientColumn struct {
	hidden, scheme string
	norms          []float64
	meanSlope      float64
}

// ratio is how many times smaller the first layer's gradient is than the
// output layer's.
func (c gradientColumn) ratio() float64 {
	return c.norms[len(c.norms)-1] / c.norms[0]
}

// measureGradients runs one batch forward and backward through net and
// returns the Frobenius norm of every layer's weight gradient,
//
//	‖∂L/∂Wˡ‖ = √(Σⱼ Σᵢ (∂L/∂Wˡⱼᵢ)²)
//
// and the mean φ′(z) over every hidden unit and sample: the factor by which
// each hidden layer scales δ on its way back. The weights are not changed.
func measureGradients(net *mlp.Network, inputs, targets [][]float64) (norms []float64, meanSlope float64) {
	bce := loss.MustNew("bce")
	outputs := net.ForwardBatch(inputs)
	net.ZeroGrad()
	net.BackwardBatch(bce.Backward(nil, outputs, targets))
	for _, layer := range net.Layers {
		sumOfSquares := 0.0
		for _, row := range layer.WeightGrads {
			for _, g := range row {
				sumOfSquares += g * g
			}
		}
		norms = append(norms, math.Sqrt(sumOfSquares))
	}
	slopeSum, count := 0.0, 0
	for _, x := range inputs {
		net.Forward(x)
		for _, layer := range net.Layers[:len(net.Layers)-1] {
			for j, z := range layer.Z {
				slopeSum += layer.Activation.Derivative(z, layer.A[j])
				count++
			}
		}
	}
	return norms, slopeSum / float64(count)
}

// gradientsAtInit prints the gradient norm of every layer of the deep
// network before training, for each activation with PyTorch's default
// initialisation and with the one matched to it, and returns the
// measurements: first the three with the default, then the three matched.
func gradientsAtInit(w io.Writer, s settings) ([]gradientColumn, error) {
	fmt.Fprintf(w, "== 1. The gradient in each layer of a deep network, before training ==\n")
	fmt.Fprintf(w, "2 inputs, %s of %d units, 1 sigmoid output; BCE on %d points of the two-moons data (noise %g).\n",
		plural(s.depth, "hidden layer"), deepWidth, gradientBatch, moonsNoise)
	data := dataset.Moons(rand.New(rand.NewPCG(s.seed, 1)), gradientBatch, moonsNoise)
	inputs, targets := data.Inputs, data.LabelColumn()
	var columns []gradientColumn
	for _, matched := range []bool{false, true} {
		for _, hidden := range hiddenActivations() {
			column := gradientColumn{hidden: hidden, scheme: "default"}
			if matched {
				column.scheme = matchedInit(hidden)
			}
			net, err := deepNetwork(column.hidden, column.scheme, s.depth, s.seed)
			if err != nil {
				return nil, err
			}
			column.norms, column.meanSlope = measureGradients(net, inputs, targets)
			columns = append(columns, column)
		}
	}
	printGradientTable(w, columns)
	concludeGradients(w, columns, s.depth)
	return columns, nil
}

// printGradientTable prints ‖∂L/∂W‖ layer by layer, one column per network.
func printGradientTable(w io.Writer, columns []gradientColumn) {
	fmt.Fprintln(w, "‖∂L/∂W‖ of each layer (Frobenius norm), the same seed for every network:")
	fmt.Fprintln(w, "                 PyTorch's default init   |   matched init")
	fmt.Fprint(w, "  layer      ")
	for _, c := range columns {
		fmt.Fprintf(w, " %8s", c.hidden)
	}
	fmt.Fprint(w, "\n  init       ")
	for _, c := range columns {
		fmt.Fprintf(w, " %8s", c.scheme)
	}
	fmt.Fprintln(w)
	layers := len(columns[0].norms)
	for l := range layers {
		label := fmt.Sprintf("%d", l+1)
		if l == layers-1 {
			label += " (output)"
		}
		fmt.Fprintf(w, "  %-11s", label)
		for _, c := range columns {
			fmt.Fprintf(w, "  %7.1e", c.norms[l])
		}
		fmt.Fprintln(w)
	}
	fmt.Fprint(w, "  output/1st ")
	for _, c := range columns {
		fmt.Fprintf(w, "  %7.1e", c.ratio())
	}
	fmt.Fprint(w, "\n  mean φ′(z) ")
	for _, c := range columns {
		fmt.Fprintf(w, "  %7.3f", c.meanSlope)
	}
	fmt.Fprintln(w)
}
