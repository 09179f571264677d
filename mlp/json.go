package mlp

import (
	"encoding/json"
	"fmt"
	"io"
	"math"
	"strconv"
)

const (
	// jsonFormat is the value of "format" in a tocha MLP file.
	jsonFormat = "tocha.mlp"
	// jsonVersion is the version this package writes and reads. A change
	// that an older reader would misread gets a new version.
	jsonVersion = 1
)

// jsonModel is the whole file.
type jsonModel struct {
	Format  string      `json:"format"`
	Version int         `json:"version"`
	Layers  []jsonLayer `json:"layers"`
}

// jsonLayer is one element of "layers".
type jsonLayer struct {
	Inputs     int         `json:"inputs"`
	Outputs    int         `json:"outputs"`
	Activation string      `json:"activation"`
	Slope      *float64    `json:"slope"`
	Weights    [][]float64 `json:"weights"`
	Biases     []float64   `json:"biases"`
}

// WriteJSON writes the network to w in tocha's JSON format, version 1, one
// row of weights per line so that a student can read the file. A 2-2-1
// network with a sigmoid hidden layer and a leaky ReLU output is written as
//
//	{
//	  "format": "tocha.mlp",
//	  "version": 1,
//	  "layers": [
//	    {
//	      "inputs": 2,
//	      "outputs": 2,
//	      "activation": "sigmoid",
//	      "weights": [
//	        [20, 20],
//	        [-20, -20]
//	      ],
//	      "biases": [-10, 30]
//	    },
//	    {
//	      "inputs": 2,
//	      "outputs": 1,
//	      "activation": "leaky_relu",
//	      "slope": 0.01,
//	      "weights": [
//	        [20, 20]
//	      ],
//	      "biases": [-30]
//	    }
//	  ]
//	}
//
// Layers go from the first hidden layer to the output layer; weights[j][i]
// is the weight from input i to neuron j (outputs rows of inputs numbers),
// biases[j] the bias of neuron j. activation is one of activation.Names(),
// and "slope" is present exactly when it is "leaky_relu". Every number is
// written in the shortest form that reads back as the same float64, so the
// network that [ReadJSON] returns computes the same outputs bit for bit.
//
// WriteJSON returns an error, and writes nothing, if the network's shapes
// are inconsistent, a layer's activation is not one of activation.Names()
// (a file stores the name, not the function), or a weight or bias is NaN or
// infinite (JSON has no such numbers). It also returns w's error.
func (n *Network) WriteJSON(w io.Writer) error {
	if err := n.checkSavable(); err != nil {
		return fmt.Errorf("mlp: WriteJSON: %w", err)
	}
	b := []byte("{\n")
	b = fmt.Appendf(b, "  \"format\": %q,\n  \"version\": %d,\n  \"layers\": [\n", jsonFormat, jsonVersion)
	for l := range n.Layers {
		layer := &n.Layers[l]
		b = fmt.Appendf(b, "    {\n      \"inputs\": %d,\n      \"outputs\": %d,\n", layer.InputSize(), layer.OutputSize())
		b = append(b, "      \"activation\": "...)
		b = appendJSONString(b, layer.Activation.Name)
		b = append(b, ",\n"...)
		if layer.Activation.Name == "leaky_relu" {
			b = append(b, "      \"slope\": "...)
			b = appendJSONNumber(b, layer.Activation.Slope)
			b = append(b, ",\n"...)
		}
		b = append(b, "      \"weights\": [\n"...)
		for j, row := range layer.Weights {
			b = append(b, "        "...)
			b = appendJSONNumbers(b, row)
			if j < len(layer.Weights)-1 {
				b = append(b, ',')
			}
			b = append(b, '\n')
		}
		b = append(b, "      ],\n      \"biases\": "...)
		b = appendJSONNumbers(b, layer.Biases)
		b = append(b, "\n    }"...)
		if l < len(n.Layers)-1 {
			b = append(b, ',')
		}
		b = append(b, '\n')
	}
	b = append(b, "  ]\n}\n"...)
	_, err := w.Write(b)
	return err
}

// appendJSONNumbers appends v as a JSON array, "[0.5, -1.25]".
func appendJSONNumbers(b []byte, v []float64) []byte {
	b = append(b, '[')
	for i, x := range v {
		if i > 0 {
			b = append(b, ", "...)
		}
		b = appendJSONNumber(b, x)
	}
	return append(b, ']')
}

// appendJSONNumber appends the finite number x in the shortest decimal form
// that parses back to exactly x (strconv's precision −1), plain for
// everyday sizes and with an exponent for tiny or huge ones, as
// encoding/json does: 0.1, 12345, 1e-7, 1e+21. Negative zero stays "-0".
func appendJSONNumber(b []byte, x float64) []byte {
	format := byte('f')
	if magnitude := math.Abs(x); magnitude != 0 && (magnitude < 1e-6 || magnitude >= 1e21) {
		format = 'e'
	}
	return strconv.AppendFloat(b, x, format, -1, 64)
}

// appendJSONString appends s as a JSON string, quoted and escaped.
func appendJSONString(b []byte, s string) []byte {
	quoted, err := json.Marshal(s)
	if err != nil { // a string always marshals
		panic(err)
	}
	return append(b, quoted...)
}
