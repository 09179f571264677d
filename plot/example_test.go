package plot_test

import (
	"fmt"
	"math"
	"os"
	"path/filepath"

	"github.com/tocha-go/tocha/plot"
)

// sigmoid squashes z into (0, 1), as a network's output neuron would.
func sigmoid(z float64) float64 {
	return 1 / (1 + math.Exp(-z))
}

// xor is a hand-made classifier of the XOR problem: the probability of
// class 1 is high where exactly one input is large. Its boundary lines sit
// at 0.47 and 0.53, away from the sample grid, so the picture is the same
// on every CPU.
func xor(x, y float64) float64 {
	z := 40 * (x - 0.47) * (0.53 - y)
	return sigmoid(z)
}

// The four XOR samples: class 1 where exactly one input is 1.
var (
	xorPoints  = [][]float64{{0, 0}, {0, 1}, {1, 0}, {1, 1}}
	xorClasses = []int{0, 1, 1, 0}
)

func ExampleSparkline() {
	// The Loss of each Epoch of a short training run.
	losses := []float64{0.693, 0.61, 0.52, 0.40, 0.31, 0.22, 0.15, 0.11, 0.08, 0.06, 0.05, 0.045}
	line, err := plot.Sparkline(losses, 0) // 0: one character per Epoch
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Printf("loss %s %.3f → %.3f\n", line, losses[0], losses[len(losses)-1])

	// In plain ASCII, squeezed into 6 characters (each the mean of two epochs).
	ascii, _ := plot.SparklineASCII(losses, 6)
	fmt.Println("loss", ascii)
	// Output:
	// loss █▇▆▅▄▃▂▂▁▁▁▁ 0.693 → 0.045
	// loss #+:.__
}

func ExampleLossCurve_Lines() {
	curve := plot.LossCurve{
		Series:  []plot.Series{{Name: "train", Values: []float64{0.69, 0.5, 0.3, 0.2, 0.15, 0.12, 0.1, 0.09}}},
		Columns: 40, // characters per line
		Rows:    6,  // rows of the chart
	}
	lines, err := curve.Lines()
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, line := range lines {
		fmt.Println(line)
	}
	// Output:
	// Loss
	// 0.69 ┤**
	//      │  ***
	//      │     ***
	//      │        ***
	//      │           ********
	// 0.09 ┤                   ***************
	//      └──────────────────────────────────
	//       1             Epoch              8
	//       * train
}

func ExampleBoundary_Lines() {
	b := plot.Boundary{
		Probability: xor,
		Points:      xorPoints,
		Classes:     xorClasses,
		Title:       "XOR",
		Columns:     40, // characters per line
		Rows:        12, // rows of the plot
	}
	if err := b.WriteText(os.Stdout); err != nil {
		fmt.Println(err)
	}
	// Output:
	// y                   XOR
	//     ┌──────────────────────────────────┐
	//     │░░░░░░░░░░░░░░░░█                 │
	// 1.0 ┤░░x░░░░░░░░░░░░░█              o  │
	//     │░░░░░░░░░░░░░░░░█                 │
	//     │░░░░░░░░░░░░░░░░█                 │
	//     │░░░░░░░░░░░░░░░░█                 │
	//     │██████████████████████████████████│
	// 0.5 ┤                █░░░░░░░░░░░░░░░░░│
	//     │                █░░░░░░░░░░░░░░░░░│
	//     │                █░░░░░░░░░░░░░░░░░│
	//     │                █░░░░░░░░░░░░░░░░░│
	//     │                █░░░░░░░░░░░░░░░░░│
	// 0.0 ┤  o             █░░░░░░░░░░░░░░x░░│
	//     └──┬─────────────┬──────────────┬──┘
	//       0.0           0.5            1.0
	//                                        x
	//     o class 0   x class 1   ░ p ≥ 0.5
	//     █ boundary
}

func ExampleSideBySide() {
	untrained := plot.Boundary{
		// Before training, a network answers about 0.5 everywhere.
		Probability: func(x, y float64) float64 { return sigmoid(0.9*x - 0.6*y - 0.23) },
		Points:      xorPoints, Classes: xorClasses,
		Columns: 32, Rows: 8, ASCII: true,
	}
	trained := untrained
	trained.Probability = xor
	before, err := untrained.Lines()
	if err != nil {
		fmt.Println(err)
		return
	}
	after, err := trained.Lines()
	if err != nil {
		fmt.Println(err)
		return
	}
	if err := plot.SideBySide(os.Stdout, before, after, "before training", "after training"); err != nil {
		fmt.Println(err)
	}
	// Output:
	// before training                      after training
	// y                                   y
	//     +--------------------------+        +--------------------------+
	// 1.0 +  x                  ##o..|    1.0 +..x.........#          o  |
	//     |                   ###....|        |............#             |
	//     |                 ###......|        |............#             |
	//     |              ####........|        |##########################|
	// 0.5 +            ###...........|    0.5 +            #.............|
	//     |          ###.............|        |            #.............|
	//     |        ###...............|        |            #.............|
	// 0.0 +  o   ###..............x..|    0.0 +  o         #..........x..|
	//     +--+---------+----------+--+        +--+---------+----------+--+
	//       0.0       0.5        1.0            0.0       0.5        1.0
	//                                x                                   x
	//     o class 0   x class 1               o class 0   x class 1
	//     . p >= 0.5   # boundary             . p >= 0.5   # boundary
}

func ExampleWriteFile() {
	dir, err := os.MkdirTemp("", "plot-example")
	if err != nil {
		fmt.Println(err)
		return
	}
	defer os.RemoveAll(dir)

	b := plot.Boundary{Probability: xor, Points: xorPoints, Classes: xorClasses, Title: "XOR"}
	// A method value such as b.WriteSVG is a func(io.Writer) error. The
	// picture appears under its name only once it is complete.
	for _, name := range []string{"xor.svg", "xor.png"} {
		write := b.WriteSVG
		if filepath.Ext(name) == ".png" {
			write = b.WritePNG
		}
		if err := plot.WriteFile(filepath.Join(dir, name), write); err != nil {
			fmt.Println(err)
			return
		}
		fmt.Println("wrote", name)
	}
	// Output:
	// wrote xor.svg
	// wrote xor.png
}

func ExampleNetwork_WriteSVG() {
	// The parameters of a 2-2-1 network: Weights[l][j][i] is the weight
	// from input i to neuron j of layer l.
	n := plot.Network{
		Weights:     [][][]float64{{{6, 6}, {-4, -4}}, {{7, 7}}},
		Biases:      [][]float64{{-2.5, 6}, {-10}},
		Activations: []string{"sigmoid", "sigmoid"},
	}
	fmt.Println(n)
	if err := plot.WriteFile(filepath.Join(os.TempDir(), "tocha-network.svg"), n.WriteSVG); err != nil {
		fmt.Println(err)
	}
	// Output:
	// Network(2-2-1, sigmoid, sigmoid)
}
