package perceptron

import (
	"fmt"
	"io"
	"math"
	"slices"
	"strconv"
	"strings"

	"github.com/tocha-go/tocha/activation"
)

const (
	// jsonFormat is the value of "format" in a tocha perceptron file.
	jsonFormat = "tocha.perceptron"
	// jsonVersion is the version this package writes and reads.
	jsonVersion = 1
)

// jsonPerceptron is the whole file.
type jsonPerceptron struct {
	Format     string    `json:"format"`
	Version    int       `json:"version"`
	Inputs     int       `json:"inputs"`
	Activation string    `json:"activation"`
	Slope      *float64  `json:"slope"`
	Weights    []float64 `json:"weights"`
	Bias       *float64  `json:"bias"`
}

// WriteJSON writes the perceptron to w in tocha's JSON format, version 1.
// The NAND gate is written as
//
//	{
//	  "format": "tocha.perceptron",
//	  "version": 1,
//	  "inputs": 2,
//	  "activation": "step",
//	  "weights": [-2, -1],
//	  "bias": 2
//	}
//
// activation is one of activation.Names() ("step" for the zero Activation),
// followed by "slope" for a "leaky_relu". Every number is written in the
// shortest form that reads back as the same float64, so the perceptron
// that [ReadJSON] returns computes the same outputs bit for bit.
//
// WriteJSON returns an error, and writes nothing, if the perceptron has no
// weights, a weight or the bias is NaN or infinite (JSON has no such
// numbers), or its activation is not one of activation.Names() (a file
// stores the name, not the function). It also returns w's error.
func (p *Perceptron) WriteJSON(w io.Writer) error {
	if err := p.checkSavable(); err != nil {
		return fmt.Errorf("perceptron: WriteJSON: %w", err)
	}
	b := fmt.Appendf(nil, "{\n  \"format\": %q,\n  \"version\": %d,\n  \"inputs\": %d,\n  \"activation\": %q,\n",
		jsonFormat, jsonVersion, len(p.Weights), p.savedActivationName())
	if p.savedActivationName() == "leaky_relu" {
		b = append(b, "  \"slope\": "...)
		b = appendJSONNumber(b, p.Activation.Slope)
		b = append(b, ",\n"...)
	}
	b = append(b, "  \"weights\": ["...)
	for i, weight := range p.Weights {
		if i > 0 {
			b = append(b, ", "...)
		}
		b = appendJSONNumber(b, weight)
	}
	b = append(b, "],\n  \"bias\": "...)
	b = appendJSONNumber(b, p.Bias)
	b = append(b, "\n}\n"...)
	_, err := w.Write(b)
	return err
}

// checkSavable returns an error unless a file can hold p.
func (p *Perceptron) checkSavable() error {
	if len(p.Weights) == 0 {
		return fmt.Errorf("the perceptron has no weights; it needs at least 1 input")
	}
	for i, weight := range p.Weights {
		if math.IsNaN(weight) || math.IsInf(weight, 0) {
			return fmt.Errorf("the weight Weights[%d] is %v; only finite numbers can be saved", i, weight)
		}
	}
	if math.IsNaN(p.Bias) || math.IsInf(p.Bias, 0) {
		return fmt.Errorf("the Bias is %v; only finite numbers can be saved", p.Bias)
	}
	name := p.savedActivationName()
	if name == "leaky_relu" {
		if math.IsNaN(p.Activation.Slope) || math.IsInf(p.Activation.Slope, 0) {
			return fmt.Errorf("the leaky_relu's slope is %v; it must be a finite number such as 0.01", p.Activation.Slope)
		}
	}
	if !slices.Contains(activation.Names(), name) {
		return fmt.Errorf("activation %q cannot be named in a file; only those of activation.New (%s) can be saved",
			name, strings.Join(activation.Names(), ", "))
	}
	return nil
}

// savedActivationName is the activation's name in a file: "step" for the
// zero Activation, which acts as the step function.
func (p *Perceptron) savedActivationName() string {
	if p.Activation.Forward == nil {
		return "step"
	}
	return p.Activation.Name
}

// appendJSONNumber appends the finite number x in the shortest decimal form
// that parses back to exactly x: plain for everyday sizes, with an exponent
// for tiny or huge ones, as encoding/json writes them. Negative zero stays
// "-0".
func appendJSONNumber(b []byte, x float64) []byte {
	format := byte('f')
	if magnitude := math.Abs(x); magnitude != 0 && (magnitude < 1e-6 || magnitude >= 1e21) {
		format = 'e'
	}
	return strconv.AppendFloat(b, x, format, -1, 64)
}
