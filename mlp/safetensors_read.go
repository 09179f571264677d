package mlp

import (
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"math"
)

// maxSafetensorsHeader is the longest header ReadSafetensors accepts, in
// bytes: 100 MB, the limit of the reference implementation. A header that
// says it is longer is a sign of a file that is not safetensors at all.
const maxSafetensorsHeader = 100_000_000

// ReadSafetensors reads a network from a safetensors file (see
// [Network.WriteSafetensors] for the format) in r, which it reads to the
// end. Tensors may be F64 or F32; F32 numbers are widened exactly. The
// file's __metadata__ must give the activations ("activations":
// "sigmoid,sigmoid"), so a file that PyTorch wrote with
//
//	safetensors.torch.save_file(model.state_dict(), "model.safetensors",
//	                            metadata={"activations": "relu,identity"})
//
// loads too (the identity output layer has no module in the Sequential).
//
// The whole header is checked before any data is read (see the errors
// below), and the data is read as it arrives, so a hostile file cannot make
// ReadSafetensors allocate more than a small multiple of its own size (the
// fuzz tests hold it to 64 bytes per byte of file), whatever sizes its
// header claims.
//
// ReadSafetensors returns an error that names the tensor or field, and no
// network, if the data is shorter than its header says (a truncated file)
// or longer; if the header is longer than 100 MB, is not a JSON object, or
// has no activations; if an activation is unknown or has no PyTorch module
// (step); if a tensor is missing or not part of the network, has another
// dtype than F64 or F32, or a shape that disagrees with its neighbours;
// if the data_offsets do not hold exactly its bytes, or leave a gap or
// overlap; or if a number is NaN or infinite.
func ReadSafetensors(r io.Reader) (*Network, error) {
	net, err := readSafetensors(r)
	if err != nil {
		return nil, fmt.Errorf("mlp: ReadSafetensors: %w", err)
	}
	return net, nil
}

// readSafetensors is ReadSafetensors with errors that do not name the
// function.
func readSafetensors(r io.Reader) (*Network, error) {
	var prefix [8]byte
	if count, err := io.ReadFull(r, prefix[:]); err != nil {
		if errors.Is(err, io.EOF) || errors.Is(err, io.ErrUnexpectedEOF) {
			return nil, fmt.Errorf("the data has %d bytes, fewer than the 8 that start a safetensors file", count)
		}
		return nil, err
	}
	headerLength := binary.LittleEndian.Uint64(prefix[:])
	if headerLength > maxSafetensorsHeader {
		hint := ""
		if prefix[0] == '{' {
			hint = " (it starts with '{': is it a JSON file? Read that with ReadJSON)"
		}
		return nil, fmt.Errorf("the first 8 bytes give a header of %d bytes, more than the %d a safetensors file may have: "+
			"the data is not a safetensors file%s", headerLength, maxSafetensorsHeader, hint)
	}
	header, err := readExactly(r, int64(headerLength), "header")
	if err != nil {
		return nil, err
	}
	layout, err := parseSafetensorsHeader(header)
	if err != nil {
		return nil, err
	}
	data, err := readExactly(r, layout.dataLength, "data")
	if err != nil {
		return nil, err
	}
	var extra [1]byte
	if count, err := io.ReadFull(r, extra[:]); count > 0 {
		return nil, fmt.Errorf("more data follows the %d bytes that the header describes; the file should end there", layout.dataLength)
	} else if !errors.Is(err, io.EOF) {
		return nil, err
	}

	layers := make([]Layer, len(layout.activations))
	for l := range layers {
		weight, bias := layout.weights[l], layout.biases[l]
		weights, err := decodeTensor(data, weight)
		if err != nil {
			return nil, err
		}
		biases, err := decodeTensor(data, bias)
		if err != nil {
			return nil, err
		}
		outputs, inputs := int(weight.Shape[0]), int(weight.Shape[1])
		rows := make([][]float64, outputs)
		for j := range rows {
			rows[j] = weights[j*inputs : (j+1)*inputs] // FromLayers copies them
		}
		layers[l] = Layer{Weights: rows, Biases: biases, Activation: layout.activations[l]}
	}
	return FromLayers(layers...)
}

// readExactly reads the next length bytes of r, the part of the file called
// what. It grows its buffer as the bytes arrive, so a file that claims more
// than it holds costs only what it holds.
func readExactly(r io.Reader, length int64, what string) ([]byte, error) {
	buffer, err := io.ReadAll(io.LimitReader(r, length))
	if err != nil {
		return nil, err
	}
	if int64(len(buffer)) < length {
		return nil, fmt.Errorf("the file ends after %d of the %d bytes of its %s (a truncated file?)", len(buffer), length, what)
	}
	return buffer, nil
}

// decodeTensor returns the numbers of a tensor whose header entry has been
// checked, or an error naming the first NaN or infinite one.
func decodeTensor(data []byte, tensor tensorInfo) ([]float64, error) {
	raw := data[tensor.DataOffsets[0]:tensor.DataOffsets[1]]
	size := 8
	if tensor.DType == "F32" {
		size = 4
	}
	values := make([]float64, len(raw)/size)
	for k := range values {
		var x float64
		if size == 8 {
			x = math.Float64frombits(binary.LittleEndian.Uint64(raw[8*k:]))
		} else {
			x = float64(math.Float32frombits(binary.LittleEndian.Uint32(raw[4*k:])))
		}
		if math.IsNaN(x) || math.IsInf(x, 0) {
			return nil, fmt.Errorf("tensor %q, element %s, is %v; a network with NaN or infinite weights cannot be loaded",
				tensor.name, elementIndex(k, tensor.Shape), x)
		}
		values[k] = x
	}
	return values, nil
}

// elementIndex writes the flat index k of a tensor of the given shape as
// [j][i] for a matrix or [j] for a vector.
func elementIndex(k int, shape []int64) string {
	if len(shape) == 2 {
		return fmt.Sprintf("[%d][%d]", int64(k)/shape[1], int64(k)%shape[1])
	}
	return fmt.Sprintf("[%d]", k)
}
