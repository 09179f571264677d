package mlp

import (
	"encoding/binary"
	"encoding/json"
	"fmt"
	"io"
	"math"
	"strconv"
	"strings"

	"github.com/tocha-go/tocha/activation"
)

// safetensorsVersion is the value of "tocha_version" in the metadata of the
// safetensors files this package writes and reads.
const safetensorsVersion = "1"

// WriteSafetensors writes the network to w in the safetensors format, the
// one PyTorch and Hugging Face use to store weights, so that PyTorch can
// load them into the nn.Sequential that [Network.PyTorch] prints. dtype is
// "F64" (float64, exact) or "F32" (float32, rounded: half the size).
//
// A safetensors file is three parts:
//
//	8 bytes    N, the length of the header, a little-endian uint64
//	N bytes    the header: a JSON object, padded with spaces so that the
//	           data starts at a multiple of 8 bytes
//	the rest   the data: every tensor's numbers, little-endian, row after
//	           row, one tensor after the other
//
// For the 2-4-1 sigmoid network of XOR the header is
//
//	{"__metadata__":{"activations":"sigmoid,sigmoid","format":"pt",
//	                 "pytorch":"nn.Sequential(nn.Linear(2, 4), nn.Sigmoid(), nn.Linear(4, 1), nn.Sigmoid())",
//	                 "tocha_format":"tocha.mlp","tocha_version":"1"},
//	 "0.weight":{"dtype":"F64","shape":[4,2],"data_offsets":[0,64]},
//	 "0.bias":{"dtype":"F64","shape":[4],"data_offsets":[64,96]},
//	 "2.weight":{"dtype":"F64","shape":[1,4],"data_offsets":[96,128]},
//	 "2.bias":{"dtype":"F64","shape":[1],"data_offsets":[128,136]}}
//
// (on one line). data_offsets are the first and one-past-the-last byte of a
// tensor in the data. The names are those of the Sequential's state_dict():
// "k.weight" (shape [outputs, inputs], the layout of Layer.Weights) and
// "k.bias" of the nn.Linear at index k, where every activation but the
// identity takes an index of its own (see [Network.PyTorch]). The metadata,
// all strings as the format requires, gives the activation of each layer,
// a leaky ReLU with its slope, as in "relu,leaky_relu(0.2),identity".
// "format": "pt" is the Hugging Face mark for PyTorch's layout.
//
// WriteSafetensors returns an error, and writes nothing, if dtype is
// neither "F64" nor "F32", for the networks that [Network.WriteJSON]
// refuses, for those that [Network.PyTorch] refuses (a step activation), and
// with "F32" for a weight too large for a float32. It also returns w's
// error.
func (n *Network) WriteSafetensors(w io.Writer, dtype string) error {
	if dtype != "F64" && dtype != "F32" {
		return fmt.Errorf("mlp: WriteSafetensors: dtype %q; use \"F64\" (exact) or \"F32\" (half the size, rounded)", dtype)
	}
	if err := n.checkSavable(); err != nil {
		return fmt.Errorf("mlp: WriteSafetensors: %w", err)
	}
	sequential, err := n.PyTorch()
	if err != nil {
		return fmt.Errorf("mlp: WriteSafetensors: %w", err)
	}
	activations := make([]activation.Activation, len(n.Layers))
	for l := range n.Layers {
		activations[l] = n.Layers[l].Activation
	}

	// The data: each layer's weights, row by row, then its biases.
	var data []byte
	var tensors []string // the header's entries, "\"0.weight\":{...}"
	for l, index := range linearIndices(activations) {
		layer := &n.Layers[l]
		begin := len(data)
		for j, row := range layer.Weights {
			for i, weight := range row {
				if data, err = appendNumber(data, weight, dtype); err != nil {
					return fmt.Errorf("mlp: WriteSafetensors: layer %d, Weights[%d][%d] %w", l+1, j, i, err)
				}
			}
		}
		tensors = append(tensors, tensorEntry(strconv.Itoa(index)+".weight", dtype,
			[]int{layer.OutputSize(), layer.InputSize()}, begin, len(data)))
		begin = len(data)
		for j, bias := range layer.Biases {
			if data, err = appendNumber(data, bias, dtype); err != nil {
				return fmt.Errorf("mlp: WriteSafetensors: layer %d, Biases[%d] %w", l+1, j, err)
			}
		}
		tensors = append(tensors, tensorEntry(strconv.Itoa(index)+".bias", dtype,
			[]int{layer.OutputSize()}, begin, len(data)))
	}

	metadata, err := json.Marshal(map[string]string{
		"format":        "pt",
		"tocha_format":  jsonFormat,
		"tocha_version": safetensorsVersion,
		"activations":   formatActivations(activations),
		"pytorch":       sequential,
	})
	if err != nil { // a map of strings always marshals
		panic(err)
	}
	header := []byte(`{"__metadata__":` + string(metadata) + "," + strings.Join(tensors, ",") + "}")
	for (8+len(header))%8 != 0 {
		header = append(header, ' ') // the data starts 8-byte aligned, as the reference writer does
	}

	file := binary.LittleEndian.AppendUint64(nil, uint64(len(header)))
	file = append(file, header...)
	file = append(file, data...)
	_, err = w.Write(file)
	return err
}

// tensorEntry returns one entry of the header, such as
// "0.bias":{"dtype":"F64","shape":[4],"data_offsets":[64,96]}.
func tensorEntry(name, dtype string, shape []int, begin, end int) string {
	dimensions := make([]string, len(shape))
	for k, size := range shape {
		dimensions[k] = strconv.Itoa(size)
	}
	return fmt.Sprintf(`%q:{"dtype":%q,"shape":[%s],"data_offsets":[%d,%d]}`,
		name, dtype, strings.Join(dimensions, ","), begin, end)
}

// appendNumber appends x to data as a little-endian float64 ("F64") or
// float32 ("F32"), or returns an error if x is too large for a float32.
func appendNumber(data []byte, x float64, dtype string) ([]byte, error) {
	if dtype == "F64" {
		return binary.LittleEndian.AppendUint64(data, math.Float64bits(x)), nil
	}
	rounded := float32(x)
	if math.IsInf(float64(rounded), 0) {
		return data, fmt.Errorf("is %v, too large for F32 (at most %g); write F64", x, math.MaxFloat32)
	}
	return binary.LittleEndian.AppendUint32(data, math.Float32bits(rounded)), nil
}

// formatActivations writes the activation of each layer as the metadata
// stores them, "sigmoid,leaky_relu(0.2),identity".
func formatActivations(activations []activation.Activation) string {
	names := make([]string, len(activations))
	for l, phi := range activations {
		names[l] = phi.Name
		if phi.Name == "leaky_relu" {
			names[l] += "(" + strconv.FormatFloat(phi.Slope, 'g', -1, 64) + ")"
		}
	}
	return strings.Join(names, ",")
}
