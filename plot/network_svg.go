package plot

import (
	"fmt"
	"io"
	"math"
	"sort"
	"strconv"
)

// Layout of a network diagram, in pixels.
const (
	neuronSize   = 34  // side of a neuron's square
	neuronGap    = 64  // from one neuron's centre to the next one's below
	layerGap     = 190 // from one layer's centre to the next one's
	biasSize     = 10  // side of the small bias square
	maxLineWidth = 7   // width of the connection with the largest |w|
	minLineWidth = 0.5 // width of a zero weight, so every connection shows
	networkLeft  = 100 // room for input names
	networkRight = 110 // room for output names
	networkTop   = 80  // room for the title and layer headers
	networkFoot  = 80  // room for the legend
	// networkLegendWidth is the narrowest picture that fits the legend.
	networkLegendWidth = 600
)

// WriteSVG draws the network as in the TensorFlow Playground: neurons as
// squares in columns, one column per layer; a curve for each weight, its
// width growing with |w| (the largest |w| in the network gets the widest
// line) and its colour giving the sign, blue positive, orange negative;
// each neuron's Bias as a small square of the same colours at its lower
// left, and its value underneath. Hovering over a connection or bias in a
// browser shows its value. It returns an error for mismatched shapes, NaN
// or ±Inf (see Network), or from w.
func (n Network) WriteSVG(w io.Writer) error {
	if err := n.check(); err != nil {
		return err
	}
	sizes := n.sizes()
	tallest := 0
	for _, size := range sizes {
		tallest = max(tallest, size)
	}
	diagramWidth := networkLeft + float64(len(sizes)-1)*layerGap + neuronSize + networkRight
	// A small network is centred on a picture wide enough for the legend.
	width := math.Max(diagramWidth, networkLegendWidth)
	left := networkLeft + (width-diagramWidth)/2
	height := networkTop + float64(tallest-1)*neuronGap + neuronSize + networkFoot
	// centre returns the middle of neuron j of layer l; each column is
	// centred on the tallest one.
	centre := func(l, j int) (float64, float64) {
		x := left + neuronSize/2 + float64(l)*layerGap
		y := networkTop + neuronSize/2 + (float64(tallest-sizes[l])/2+float64(j))*neuronGap
		return x, y
	}

	s := newSVG(width, height, n.Title)
	if n.Title != "" {
		s.text(width/2, 24, titleSize, "middle", n.Title, `font-weight="bold"`)
	}
	for l := range sizes {
		x, _ := centre(l, 0)
		name, detail := n.layerHeader(l)
		s.text(x, networkTop-28, tickSize+1, "middle", name, `font-weight="bold"`)
		s.text(x, networkTop-12, tickSize, "middle", detail, "")
	}
	maxWeight := 1e-12
	for _, layer := range n.Weights {
		maxWeight = largest(layer, maxWeight)
	}
	n.drawConnections(s, centre, maxWeight)
	n.drawNeurons(s, centre)
	n.drawNetworkLegend(s, height-networkFoot+30, maxWeight)
	return s.writeTo(w)
}

// layerHeader returns the two lines above layer l (layer 0 being the
// inputs): its name, and its size with its Activation.
func (n Network) layerHeader(l int) (name, detail string) {
	if l == 0 {
		return "Input", plural(len(n.Weights[0][0]), "input")
	}
	detail = plural(len(n.Weights[l-1]), "neuron")
	if n.Activations != nil {
		detail += ", " + n.Activations[l-1]
	}
	if l == len(n.Weights) {
		return "Output", detail
	}
	return "Hidden " + strconv.Itoa(l), detail
}

// plural writes a count with its noun: "1 neuron", "4 neurons".
func plural(count int, noun string) string {
	if count == 1 {
		return "1 " + noun
	}
	return strconv.Itoa(count) + " " + noun + "s"
}

// connection is one weight to draw: Weights[layer][j][i].
type connection struct {
	layer, j, i int
	weight      float64
}

// drawConnections draws every weight as a curve from the right side of its
// input's square to the left side of its neuron's, thinnest first so the
// important ones stay on top.
func (n Network) drawConnections(s *svgWriter, centre func(l, j int) (float64, float64), maxWeight float64) {
	var connections []connection
	for l, layer := range n.Weights {
		for j, row := range layer {
			for i, w := range row {
				connections = append(connections, connection{l, j, i, w})
			}
		}
	}
	sort.SliceStable(connections, func(a, b int) bool {
		return math.Abs(connections[a].weight) < math.Abs(connections[b].weight)
	})
	for _, c := range connections {
		x1, y1 := centre(c.layer, c.i)
		x2, y2 := centre(c.layer+1, c.j)
		x1 += neuronSize / 2
		x2 -= neuronSize / 2
		middle := (x1 + x2) / 2
		strength := math.Abs(c.weight) / maxWeight
		lineWidth := minLineWidth + (maxLineWidth-minLineWidth)*strength
		fmt.Fprintf(&s.buf, `<path d="M%s %sC%s %s %s %s %s %s" fill="none" stroke="%s" stroke-width="%s" stroke-opacity="0.85">`,
			num(x1), num(y1), num(middle), num(y1), num(middle), num(y2), num(x2), num(y2),
			hex(signColor(c.weight, 1)), num(lineWidth))
		s.raw("<title>")
		s.escape(fmt.Sprintf("Weights[%d][%d][%d] = %.3f: %s → %s", c.layer, c.j, c.i, c.weight,
			n.neuronName(c.layer, c.i), n.neuronName(c.layer+1, c.j)))
		s.raw("</title></path>\n")
	}
}
