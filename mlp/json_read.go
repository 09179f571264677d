package mlp

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"strings"
)

// ReadJSON reads a network in tocha's JSON format (see [Network.WriteJSON])
// from r, which it reads to the end. The network computes the same outputs,
// bit for bit, as the one that was written.
//
// ReadJSON returns an error that names the line and column or the field,
// and no network, if
//
//   - the data is not exactly one JSON object: a syntax error, a truncated
//     file, or anything but white space after the closing brace;
//   - "format" is not "tocha.mlp" or "version" is not 1;
//   - a field is unknown (most likely a typo, such as "bias" for "biases"),
//     written in other capitals ("Weights" for "weights": names are
//     case-sensitive), given twice in one object, or holds the wrong kind
//     of value;
//   - a value is null: null is not 0, and a file never holds it;
//   - a number does not fit in a float64: JSON has no NaN or Infinity, and
//     1e999 is an error, not +Inf;
//   - an activation is unknown, a leaky_relu has no slope or another
//     activation has one;
//   - the shapes disagree: a layer's inputs, outputs, weights and biases,
//     or a layer's inputs and the previous layer's outputs.
func ReadJSON(r io.Reader) (*Network, error) {
	net, err := readJSON(r)
	if err != nil {
		return nil, fmt.Errorf("mlp: ReadJSON: %w", err)
	}
	return net, nil
}

// readJSON is ReadJSON with errors that do not name the function.
func readJSON(r io.Reader) (*Network, error) {
	data, err := io.ReadAll(r)
	if err != nil {
		return nil, err
	}
	// A byte-order mark, which some editors put before a UTF-8 file, is not
	// JSON; the line and column of the messages count from after it.
	data = bytes.TrimPrefix(data, []byte("\ufeff"))

	// First pass: is it one JSON value, and what does it say it is? The
	// format and version are judged before the model is decoded, so that a
	// file of another kind or a newer version is named as such rather than
	// reported as a list of unknown fields.
	var header struct {
		Format  *string `json:"format"`
		Version *int    `json:"version"`
	}
	if err := json.Unmarshal(data, &header); err != nil {
		return nil, describeJSONError(data, err)
	}
	// Second pass, before the header is judged (so that "version": null
	// is called null, not missing): what encoding/json would let through.
	// It matches field names whatever their capitals, keeps the last of two
	// fields of the same name and reads null as 0.
	if err := checkJSONStrictly(data); err != nil {
		return nil, err
	}
	if err := checkJSONHeader(header.Format, header.Version); err != nil {
		return nil, err
	}

	// Third pass: the whole model, refusing fields it does not know.
	var file jsonModel
	decoder := json.NewDecoder(bytes.NewReader(data))
	decoder.DisallowUnknownFields()
	if err := decoder.Decode(&file); err != nil {
		if field, ok := strings.CutPrefix(err.Error(), "json: unknown field "); ok {
			return nil, fmt.Errorf("unknown field %s; a file has the fields format, version and layers, and a layer has "+
				"inputs, outputs, activation, slope (leaky_relu only), weights and biases", field)
		}
		return nil, describeJSONError(data, err)
	}
	layers, err := layersFromJSON(file.Layers)
	if err != nil {
		return nil, err
	}
	return FromLayers(layers...)
}

// checkJSONHeader checks the "format" and "version" of a file.
func checkJSONHeader(format *string, version *int) error {
	switch {
	case format == nil:
		return fmt.Errorf(`"format" is missing; a tocha network file starts with "format": %q`, jsonFormat)
	case *format == "tocha.perceptron":
		return fmt.Errorf(`"format" is "tocha.perceptron": the file holds a perceptron; read it with perceptron.Load`)
	case *format != jsonFormat:
		return fmt.Errorf(`"format" is %q, want %q: the file does not hold a tocha network`, *format, jsonFormat)
	case version == nil:
		return fmt.Errorf(`"version" is missing; want "version": %d`, jsonVersion)
	case *version > jsonVersion:
		return fmt.Errorf(`"version" is %d, but this tocha reads version %d: the file was written by a newer tocha, update yours`,
			*version, jsonVersion)
	case *version != jsonVersion:
		return fmt.Errorf(`"version" is %d; the only version is %d`, *version, jsonVersion)
	}
	return nil
}

// layersFromJSON checks the shapes and activations of the file's layers
// and returns them as Layers.
func layersFromJSON(given []jsonLayer) ([]Layer, error) {
	if len(given) == 0 {
		return nil, errors.New(`"layers" is missing or empty; a network has at least one layer`)
	}
	layers := make([]Layer, len(given))
	for l, layer := range given {
		field := fmt.Sprintf("layers[%d]", l)
		if layer.Inputs < 1 {
			return nil, fmt.Errorf("%s.inputs is %d; a layer has at least 1 input", field, layer.Inputs)
		}
		if layer.Outputs < 1 {
			return nil, fmt.Errorf("%s.outputs is %d; a layer has at least 1 neuron", field, layer.Outputs)
		}
		if l > 0 && layer.Inputs != given[l-1].Outputs {
			return nil, fmt.Errorf("%s.inputs is %d, but layers[%d].outputs is %d; a layer's inputs are the previous layer's outputs",
				field, layer.Inputs, l-1, given[l-1].Outputs)
		}
		phi, err := activationFromFile(layer.Activation, layer.Slope, field+".activation")
		if err != nil {
			return nil, err
		}
		if len(layer.Weights) != layer.Outputs {
			return nil, fmt.Errorf("%s.weights has %d rows, want %d (outputs: one row per neuron)",
				field, len(layer.Weights), layer.Outputs)
		}
		for j, row := range layer.Weights {
			if len(row) != layer.Inputs {
				return nil, fmt.Errorf("%s.weights[%d] has %d numbers, want %d (inputs: one weight per input)",
					field, j, len(row), layer.Inputs)
			}
		}
		if len(layer.Biases) != layer.Outputs {
			return nil, fmt.Errorf("%s.biases has %d numbers, want %d (outputs: one bias per neuron)",
				field, len(layer.Biases), layer.Outputs)
		}
		layers[l] = Layer{Weights: layer.Weights, Biases: layer.Biases, Activation: phi}
	}
	return layers, nil
}
