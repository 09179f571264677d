package plot

import (
	"bytes"
	"io"
	"math"
	"strings"
	"testing"
)

// xorNetwork is a 2-4-1 network with hand-picked weights.
func xorNetwork() Network {
	return Network{
		Weights: [][][]float64{
			{{4.1, -3.9}, {-4.3, 4.0}, {0.3, 0.2}, {2.5, 2.6}},
			{{5.2, 5.4, 0, -3.1}},
		},
		Biases:      [][]float64{{-2.0, -2.1, 0.05, -3.8}, {-2.4}},
		Activations: []string{"tanh", "sigmoid"},
		InputNames:  []string{"x", "y"},
	}
}

func TestNetworkSVG(t *testing.T) {
	n := xorNetwork()
	summary := parseSVG(t, render(t, n.WriteSVG))
	if got, want := summary.elements["path"], 2*4+4*1; got != want {
		t.Errorf("%d paths; want %d, one per weight", got, want)
	}
	// Each neuron is a rect, each bias a rect, plus the background and the
	// legend's bias square.
	if got, want := summary.elements["rect"], (2+4+1)+(4+1)+2; got != want {
		t.Errorf("%d rects; want %d", got, want)
	}
	for _, want := range []string{"Input", "Hidden 1", "Output", "4 neurons, tanh", "1 neuron, sigmoid",
		"x", "y", "y1", "b -3.80", "b 0.05", "positive weight", "negative weight", "widest |w| = 5.40"} {
		if !summary.hasText(want) {
			t.Errorf("no text %q among %q", want, summary.texts)
		}
	}
	svg := string(render(t, n.WriteSVG))
	for _, want := range []string{"Weights[1][0][1] = 5.400: h1.2 → y1", "Biases[0][3] = -3.800: h1.4"} {
		if !strings.Contains(svg, want) {
			t.Errorf("no tooltip %q", want)
		}
	}
}

// TestNetworkSVGLineWidths checks the encoding a reader relies on: the
// largest |w| gets the widest line, a zero weight the thinnest, and the
// sign picks the colour.
func TestNetworkSVGLineWidths(t *testing.T) {
	n := Network{Weights: [][][]float64{{{2, -1, 0}}}, Biases: [][]float64{{0}}}
	svg := string(render(t, n.WriteSVG))
	tests := []struct {
		tooltip, width, color string
	}{
		{"Weights[0][0][0] = 2.000", num(maxLineWidth), hex(classColor(1))},
		{"Weights[0][0][1] = -1.000", num((maxLineWidth + minLineWidth) / 2), hex(classColor(0))},
		{"Weights[0][0][2] = 0.000", num(minLineWidth), hex(rgb(zeroGrey))},
	}
	for _, test := range tests {
		end := strings.Index(svg, test.tooltip)
		if end < 0 {
			t.Fatalf("no tooltip %q", test.tooltip)
		}
		start := strings.LastIndex(svg[:end], "<path")
		element := svg[start:end]
		if !strings.Contains(element, `stroke-width="`+test.width+`"`) || !strings.Contains(element, `stroke="`+test.color+`"`) {
			t.Errorf("%s: element %s; want stroke %s, width %s", test.tooltip, element, test.color, test.width)
		}
	}
}

func TestNetworkDeterministic(t *testing.T) {
	n := xorNetwork()
	if !bytes.Equal(render(t, n.WriteSVG), render(t, n.WriteSVG)) {
		t.Error("two renderings differ")
	}
}

func TestNetworkErrors(t *testing.T) {
	tests := []struct {
		name   string
		change func(n *Network)
		want   string
	}{
		{"no layers", func(n *Network) { n.Weights, n.Biases = nil, nil }, "no Weights"},
		{"missing biases", func(n *Network) { n.Biases = n.Biases[:1] }, "2 layers of Weights but 1 of Biases"},
		{"short row", func(n *Network) { n.Weights[1][0] = []float64{1, 2} }, "Weights[1][0] has 2 weights, want 4"},
		{"bias count", func(n *Network) { n.Biases[0] = []float64{1} }, "layer 0 has 4 neurons in Weights but 1 Biases"},
		{"NaN weight", func(n *Network) { n.Weights[0][2][1] = math.NaN() }, "Weights[0][2][1] is NaN"},
		{"Inf bias", func(n *Network) { n.Biases[1][0] = math.Inf(1) }, "Biases[1][0] is +Inf"},
		{"activations", func(n *Network) { n.Activations = []string{"tanh"} }, "1 Activations for 2 layers"},
		{"input names", func(n *Network) { n.InputNames = []string{"x"} }, "1 InputNames for 2 inputs"},
		{"output names", func(n *Network) { n.OutputNames = []string{"a", "b"} }, "2 OutputNames for 1 outputs"},
		{"too wide", func(n *Network) {
			n.Weights[0] = [][]float64{make([]float64, 784)}
			n.Weights[1] = [][]float64{{1}}
			n.Biases = [][]float64{{0}, {0}}
			n.InputNames = nil
		}, "layer 0 has 784 neurons"},
	}
	for _, test := range tests {
		n := xorNetwork()
		test.change(&n)
		if err := n.WriteSVG(io.Discard); err == nil || !strings.Contains(err.Error(), test.want) {
			t.Errorf("%s: error = %v; want one containing %q", test.name, err, test.want)
		}
	}
}

func TestNetworkString(t *testing.T) {
	if got, want := xorNetwork().String(), "Network(2-4-1, tanh, sigmoid)"; got != want {
		t.Errorf("String() = %q; want %q", got, want)
	}
	if got, want := (Network{}).String(), "Network(?)"; got != want {
		t.Errorf("Network{}.String() = %q; want %q", got, want)
	}
}
