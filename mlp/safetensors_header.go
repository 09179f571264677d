package mlp

import (
	"bytes"
	"cmp"
	"encoding/json"
	"errors"
	"fmt"
	"math/bits"
	"slices"
	"strconv"

	"github.com/tocha-go/tocha/activation"
)

// safetensorsLayout is what a checked header says: the activations, and
// where each layer's tensors are in the data.
type safetensorsLayout struct {
	activations []activation.Activation
	weights     []tensorInfo // weights[l] is layer l's "k.weight"
	biases      []tensorInfo // biases[l] is layer l's "k.bias"
	dataLength  int64        // the bytes of data the tensors cover
}

// tensorInfo is one tensor's entry in the header.
type tensorInfo struct {
	name        string
	DType       string  `json:"dtype"`
	Shape       []int64 `json:"shape"`
	DataOffsets []int64 `json:"data_offsets"`
}

// parseSafetensorsHeader checks everything the header says before a single
// byte of data is read: the metadata names known activations; the tensors
// are exactly the weights and biases of that network, with shapes that
// agree from layer to layer; every tensor's data_offsets hold exactly the
// bytes its shape and dtype need; and the tensors cover the data from byte 0
// without a gap or an overlap. The data's length is then known, so a
// hostile header cannot make the reader allocate more than the file holds.
func parseSafetensorsHeader(header []byte) (safetensorsLayout, error) {
	var layout safetensorsLayout
	if len(header) == 0 || header[0] != '{' {
		return layout, errors.New("the header does not start with '{'; the data is not a safetensors file")
	}
	var entries map[string]json.RawMessage
	if err := json.Unmarshal(header, &entries); err != nil {
		return layout, fmt.Errorf("header: %w", describeJSONError(header, err))
	}
	names := make([]string, 0, len(entries))
	for name := range entries {
		if name != "__metadata__" {
			names = append(names, name)
		}
	}
	slices.Sort(names) // map order is random; the first error must not be
	activations, err := activationsFromMetadata(entries["__metadata__"], len(names))
	if err != nil {
		return layout, err
	}
	layout.activations = activations

	// The tensors must be exactly those of the Sequential.
	indices := linearIndices(activations)
	expected := make(map[string]bool, 2*len(indices))
	for _, index := range indices {
		expected[strconv.Itoa(index)+".weight"] = true
		expected[strconv.Itoa(index)+".bias"] = true
	}
	for _, name := range names {
		if !expected[name] {
			return layout, fmt.Errorf("tensor %q is not part of the network: with activations %s the tensors are %s",
				name, formatActivations(activations), listTensors(indices))
		}
	}

	var regions []tensorInfo
	outputs := int64(0) // the previous layer's outputs
	for l, index := range indices {
		weight, err := decodeTensorInfo(entries, strconv.Itoa(index)+".weight")
		if err != nil {
			return layout, err
		}
		bias, err := decodeTensorInfo(entries, strconv.Itoa(index)+".bias")
		if err != nil {
			return layout, err
		}
		if len(weight.Shape) != 2 || weight.Shape[0] < 1 || weight.Shape[1] < 1 {
			return layout, fmt.Errorf("tensor %q has shape %v, want [outputs, inputs], both at least 1", weight.name, weight.Shape)
		}
		if len(bias.Shape) != 1 || bias.Shape[0] != weight.Shape[0] {
			return layout, fmt.Errorf("tensor %q has shape %v, want [%d] (one bias per row of %q)",
				bias.name, bias.Shape, weight.Shape[0], weight.name)
		}
		if l > 0 && weight.Shape[1] != outputs {
			return layout, fmt.Errorf("tensor %q has shape %v: %d inputs, but the layer before has %d outputs",
				weight.name, weight.Shape, weight.Shape[1], outputs)
		}
		outputs = weight.Shape[0]
		layout.weights = append(layout.weights, weight)
		layout.biases = append(layout.biases, bias)
		regions = append(regions, weight, bias)
	}

	// Contiguous, from 0, without overlap: sorted by where they start, each
	// tensor begins where the one before ends.
	slices.SortStableFunc(regions, func(a, b tensorInfo) int { return cmp.Compare(a.DataOffsets[0], b.DataOffsets[0]) })
	end := int64(0)
	for k, region := range regions {
		begin := region.DataOffsets[0]
		switch {
		case begin > end && k == 0:
			return layout, fmt.Errorf("the data has %d unused bytes before tensor %q; safetensors data has no gaps", begin, region.name)
		case begin > end:
			return layout, fmt.Errorf("the data has %d unused bytes between tensors %q and %q; safetensors data has no gaps",
				begin-end, regions[k-1].name, region.name)
		case begin < end:
			return layout, fmt.Errorf("tensors %q and %q overlap (bytes %d to %d)", regions[k-1].name, region.name, begin, end)
		}
		end = region.DataOffsets[1]
	}
	layout.dataLength = end
	return layout, nil
}

// decodeTensorInfo decodes and checks the entry of the named tensor: a
// dtype tocha reads, a shape with no negative sizes, and data_offsets that
// hold exactly the bytes the shape needs.
func decodeTensorInfo(entries map[string]json.RawMessage, name string) (tensorInfo, error) {
	info := tensorInfo{name: name}
	raw, ok := entries[name]
	if !ok {
		return info, fmt.Errorf("tensor %q is missing", name)
	}
	decoder := json.NewDecoder(bytes.NewReader(raw))
	decoder.DisallowUnknownFields()
	if err := decoder.Decode(&info); err != nil {
		return info, fmt.Errorf("tensor %q: %w; an entry is {\"dtype\": \"F64\", \"shape\": [4, 2], \"data_offsets\": [0, 64]}",
			name, describeJSONError(raw, err))
	}
	size := int64(8)
	switch info.DType {
	case "F64":
	case "F32":
		size = 4
	default:
		return info, fmt.Errorf("tensor %q has dtype %q; tocha reads F64 and F32 (in PyTorch, convert with model.double() or model.float())",
			name, info.DType)
	}
	length := uint64(size) // the bytes the shape needs
	for _, dimension := range info.Shape {
		if dimension < 0 {
			return info, fmt.Errorf("tensor %q has shape %v, with a negative size", name, info.Shape)
		}
		high, low := bits.Mul64(length, uint64(dimension))
		if high != 0 || low > 1<<62 {
			return info, fmt.Errorf("tensor %q has shape %v, far too large for any file", name, info.Shape)
		}
		length = low
	}
	offsets := info.DataOffsets
	if len(offsets) != 2 || offsets[0] < 0 || offsets[1] < offsets[0] {
		return info, fmt.Errorf("tensor %q has data_offsets %v, want [begin, end] with 0 ≤ begin ≤ end", name, offsets)
	}
	if uint64(offsets[1]-offsets[0]) != length {
		return info, fmt.Errorf("tensor %q has data_offsets %v, %d bytes, but shape %v of %s needs %d bytes",
			name, offsets, offsets[1]-offsets[0], info.Shape, info.DType, length)
	}
	return info, nil
}
