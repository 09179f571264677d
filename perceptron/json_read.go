package perceptron

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"slices"
	"strings"

	"github.com/tocha-go/tocha/activation"
)

// ReadJSON reads a perceptron in tocha's JSON format (see
// [Perceptron.WriteJSON]) from r, which it reads to the end.
//
// ReadJSON returns an error that names the line and column or the field,
// and no perceptron, if the data is not exactly one JSON object (a syntax
// error, a truncated file, trailing data); if "format" is not
// "tocha.perceptron" or "version" is not 1; if a field is unknown (a typo,
// or other capitals such as "Bias" for "bias": names are case-sensitive),
// missing or given twice, or holds null (which is not 0), the wrong kind of
// value or a number too large for a float64; if the activation is unknown,
// a leaky_relu has no slope or another activation has one; or if "weights"
// does not hold "inputs" numbers.
func ReadJSON(r io.Reader) (*Perceptron, error) {
	p, err := readJSON(r)
	if err != nil {
		return nil, fmt.Errorf("perceptron: ReadJSON: %w", err)
	}
	return p, nil
}

// readJSON is ReadJSON with errors that do not name the function.
func readJSON(r io.Reader) (*Perceptron, error) {
	data, err := io.ReadAll(r)
	if err != nil {
		return nil, err
	}
	// A byte-order mark, which some editors put before a UTF-8 file, is not
	// JSON; the line and column of the messages count from after it.
	data = bytes.TrimPrefix(data, []byte("\ufeff"))
	// First the format and version, judged before the perceptron is
	// decoded, so that another kind of file is named as such rather than
	// reported as a list of unknown fields.
	var header struct {
		Format  *string `json:"format"`
		Version *int    `json:"version"`
	}
	if err := json.Unmarshal(data, &header); err != nil {
		return nil, describeJSONError(data, err)
	}
	// Then, before the header is judged (so that "version": null is called
	// null, not missing), what encoding/json would let through: it matches
	// field names whatever their capitals, keeps the last of two fields of
	// the same name and reads null as 0.
	if err := checkJSONStrictly(data); err != nil {
		return nil, err
	}
	switch {
	case header.Format == nil:
		return nil, fmt.Errorf(`"format" is missing; a tocha perceptron file starts with "format": %q`, jsonFormat)
	case *header.Format == "tocha.mlp":
		return nil, fmt.Errorf(`"format" is "tocha.mlp": the file holds a network; read it with mlp.Load`)
	case *header.Format != jsonFormat:
		return nil, fmt.Errorf(`"format" is %q, want %q`, *header.Format, jsonFormat)
	case header.Version == nil:
		return nil, fmt.Errorf(`"version" is missing; want "version": %d`, jsonVersion)
	case *header.Version != jsonVersion:
		return nil, fmt.Errorf(`"version" is %d, but this tocha reads version %d`, *header.Version, jsonVersion)
	}

	var file jsonPerceptron
	decoder := json.NewDecoder(bytes.NewReader(data))
	decoder.DisallowUnknownFields()
	if err := decoder.Decode(&file); err != nil {
		if field, ok := strings.CutPrefix(err.Error(), "json: unknown field "); ok {
			return nil, fmt.Errorf("unknown field %s; a file has the fields format, version, inputs, activation, "+
				"slope (leaky_relu only), weights and bias", field)
		}
		return nil, describeJSONError(data, err)
	}
	if file.Inputs < 1 {
		return nil, fmt.Errorf(`"inputs" is %d; a perceptron has at least 1 input`, file.Inputs)
	}
	if len(file.Weights) != file.Inputs {
		return nil, fmt.Errorf(`"weights" has %d numbers, want %d ("inputs": one weight per input)`,
			len(file.Weights), file.Inputs)
	}
	if file.Bias == nil {
		return nil, fmt.Errorf(`"bias" is missing; give it even if it is 0`)
	}
	phi, err := activationFromFile(file.Activation, file.Slope)
	if err != nil {
		return nil, err
	}
	return &Perceptron{Weights: file.Weights, Bias: *file.Bias, Activation: phi}, nil
}

// activationFromFile returns the activation a file names, with its slope
// for a leaky_relu. The name must be exactly one of activation.Names().
func activationFromFile(name string, slope *float64) (activation.Activation, error) {
	switch {
	case name == "":
		return activation.Activation{}, fmt.Errorf(`"activation" is missing; use one of %s`,
			strings.Join(activation.Names(), ", "))
	case !slices.Contains(activation.Names(), name):
		return activation.Activation{}, fmt.Errorf(`"activation" is %q, an unknown activation; use one of %s`,
			name, strings.Join(activation.Names(), ", "))
	case name != "leaky_relu" && slope != nil:
		return activation.Activation{}, fmt.Errorf(`"activation" is %q, which has no slope; remove "slope"`, name)
	case name != "leaky_relu":
		return activation.New(name)
	case slope == nil:
		return activation.Activation{}, fmt.Errorf(`"activation" is leaky_relu but "slope" is missing; give it, e.g. 0.01`)
	}
	return activation.NewLeakyReLU(*slope), nil
}
