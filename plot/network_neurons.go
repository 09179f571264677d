package plot

import (
	"fmt"
	"strconv"
)

// drawNeurons draws each neuron as a square; inputs and outputs get their
// names beside them, and every other neuron its Bias: a small square whose
// colour gives the sign and whose shade grows with |b|, and the value below.
func (n Network) drawNeurons(s *svgWriter, centre func(l, j int) (float64, float64)) {
	maxBias := largest(n.Biases, 1e-12)
	sizes := n.sizes()
	last := len(sizes) - 1
	for l, size := range sizes {
		for j := range size {
			x, y := centre(l, j)
			s.rect(x-neuronSize/2, y-neuronSize/2, neuronSize, neuronSize, "#f4f4f4",
				`rx="3" stroke="`+hex(rgb(ink))+`" stroke-width="1.5"`)
			if l == 0 {
				s.text(x-neuronSize/2-8, y+labelSize/3, labelSize, "end", n.neuronName(l, j), "")
				continue
			}
			if l == last {
				s.text(x+neuronSize/2+8, y+labelSize/3, labelSize, "start", n.neuronName(l, j), "")
			}
			bias := n.Biases[l-1][j]
			strength := 0.25 + 0.75*abs(bias)/maxBias // never white, so the square shows
			bx, by := x-neuronSize/2-biasSize/2, y+neuronSize/2-biasSize/2
			fmt.Fprintf(&s.buf, `<rect x="%s" y="%s" width="%s" height="%s" fill="%s" stroke="%s" stroke-width="1">`,
				num(bx), num(by), num(biasSize), num(biasSize), hex(signColor(bias, strength)), hex(rgb(ink)))
			s.raw("<title>")
			s.escape(fmt.Sprintf("Biases[%d][%d] = %.3f: %s", l-1, j, bias, n.neuronName(l, j)))
			s.raw("</title></rect>\n")
			s.text(x, y+neuronSize/2+14, tickSize-1, "middle", "b "+formatFixed(bias, 2), "")
		}
	}
}

// drawNetworkLegend explains colours and widths in one row at height y.
func (n Network) drawNetworkLegend(s *svgWriter, y, maxWeight float64) {
	x := 20.0
	items := []struct {
		weight float64
		label  string
	}{
		{maxWeight, "positive weight"},
		{-maxWeight, "negative weight"},
	}
	for _, item := range items {
		s.line(x, y, x+28, y, hex(signColor(item.weight, 1)), 4, "")
		s.text(x+36, y+tickSize/3, tickSize, "start", item.label, "")
		x += 150
	}
	s.text(x, y+tickSize/3, tickSize, "start",
		"width grows with |w|; widest |w| = "+strconv.FormatFloat(maxWeight, 'f', 2, 64), "")
	y += legendRow
	s.rect(20+9, y-biasSize/2, biasSize, biasSize, hex(signColor(1, 1)), `stroke="`+hex(rgb(ink))+`" stroke-width="1"`)
	s.text(56, y+tickSize/3, tickSize, "start", "bias b, shaded by |b|; hover for exact values", "")
}

func abs(v float64) float64 {
	if v < 0 {
		return -v
	}
	return v
}
