// Package plot draws what a network has learned, so a student can see it.
//
// Three pictures, each in the formats a class needs:
//
//   - Boundary: the decision boundary of any classifier of two inputs, as a
//     heat map of its output with the p = 0.5 contour and the training points
//     marked by class. Written as PNG (the picture only), as SVG (with axes,
//     tick labels and a legend) and as terminal text (Unicode blocks or plain
//     ASCII, 60–80 columns), so two boundaries can be printed side by side.
//   - LossCurve: the Loss of each Epoch from a training history, as an SVG
//     line chart (linear or log scale), a small terminal chart and a one-line
//     Sparkline.
//   - Network: the Weights and Bias of every layer as an SVG diagram in the
//     style of the TensorFlow Playground: each connection's thickness grows
//     with |w| and its colour gives the sign (blue positive, orange negative).
//
// # Conventions
//
// The package takes plain values and knows nothing about the rest of tocha:
// a classifier is a func(x, y float64) float64 returning the probability of
// class 1, or a func(x, y float64) int returning a class index; points are
// [][]float64 with one []int class per point; a network is its
// Weights[l][j][i] (the weight from input i to neuron j of layer l, the
// torch nn.Linear layout) and Biases[l][j].
//
// Zero-valued options take the defaults their doc comments state. Bad data
// (NaN, mismatched lengths, an empty history) gives an error that names the
// offending value; a programmer's misuse of a helper (a negative width) panics.
//
// Output is deterministic: the same input gives the same bytes. Numbers in SVG
// are written with two decimals, no map order or time stamp reaches the output,
// so pictures can be checked into a repository and compared in tests.
//
// Every picture is written to an io.Writer. WriteFile writes a file atomically
// (a temporary file renamed into place), so a half-written picture is never
// left behind:
//
//	err := plot.WriteFile("xor.svg", boundary.WriteSVG)
//
// Colours follow the Playground: orange for class 0 and negative values, blue
// for class 1 and positive values, white for p = 0.5 and zero. More classes
// take the next colours of a fixed palette of MaxClasses colours.
package plot
