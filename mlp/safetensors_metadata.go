package mlp

import (
	"encoding/json"
	"fmt"
	"strconv"
	"strings"

	"github.com/tocha-go/tocha/activation"
)

// activationsFromMetadata reads the activations from the header's
// "__metadata__", whose values are all strings, and checks the tocha
// format and version if they are given (files written by other programs,
// such as PyTorch's safetensors.torch.save_file, may leave them out). There
// must be no more activations than pairs of the header's tensors.
func activationsFromMetadata(raw json.RawMessage, tensors int) ([]activation.Activation, error) {
	const example = `{"activations": "sigmoid,sigmoid"}`
	if raw == nil {
		return nil, fmt.Errorf("the header has no __metadata__; tocha needs the activations there, e.g. %s", example)
	}
	var metadata map[string]string
	if err := json.Unmarshal(raw, &metadata); err != nil {
		return nil, fmt.Errorf("__metadata__ must map names to strings, e.g. %s: %w", example, describeJSONError(raw, err))
	}
	if format, ok := metadata["tocha_format"]; ok && format != jsonFormat {
		return nil, fmt.Errorf("__metadata__ tocha_format is %q, want %q", format, jsonFormat)
	}
	if version, ok := metadata["tocha_version"]; ok && version != safetensorsVersion {
		return nil, fmt.Errorf("__metadata__ tocha_version is %q, but this tocha reads version %s", version, safetensorsVersion)
	}
	list, ok := metadata["activations"]
	if !ok || list == "" {
		return nil, fmt.Errorf("__metadata__ has no activations; tocha needs one per layer, e.g. %s", example)
	}
	if layers := strings.Count(list, ",") + 1; 2*layers > tensors {
		return nil, fmt.Errorf("__metadata__ activations name %d layers, but the header has %d tensors; each layer has a weight and a bias",
			layers, tensors)
	}
	var activations []activation.Activation
	for l, name := range strings.Split(list, ",") {
		phi, err := activationFromMetadata(strings.TrimSpace(name), l+1)
		if err != nil {
			return nil, fmt.Errorf("__metadata__ activations, layer %d: %w", l+1, err)
		}
		activations = append(activations, phi)
	}
	return activations, nil
}

// activationFromMetadata returns the activation of layer number index
// that the metadata names, "sigmoid" or "leaky_relu(0.2)". It must have a
// module in PyTorch.
func activationFromMetadata(name string, index int) (activation.Activation, error) {
	var slope *float64
	if inner, ok := strings.CutPrefix(name, "leaky_relu("); ok && strings.HasSuffix(inner, ")") {
		value, err := strconv.ParseFloat(strings.TrimSuffix(inner, ")"), 64)
		if err != nil {
			return activation.Activation{}, fmt.Errorf("%q has a slope that is not a number", name)
		}
		name, slope = "leaky_relu", &value
	}
	phi, err := activationFromFile(name, slope, "activation")
	if err != nil {
		return phi, err
	}
	_, err = torchActivation(phi, index)
	return phi, err
}

// listTensors lists the tensor names of Linears at the given indices, for
// a message, shortened if there are many.
func listTensors(indices []int) string {
	const shown = 3
	var names []string
	for _, index := range indices[:min(len(indices), shown)] {
		names = append(names, strconv.Itoa(index)+".weight", strconv.Itoa(index)+".bias")
	}
	if len(indices) > shown {
		names = append(names, fmt.Sprintf("… (%d in all)", 2*len(indices)))
	}
	return strings.Join(names, ", ")
}
