package main

import (
	"strconv"
	"strings"
)

// pythonTemplate is the program a student runs to load the file into
// PyTorch. It reads the file with the safetensors package if it is
// installed, and otherwise with load_safetensors, which is the whole format
// in a dozen lines of struct and json. The words in capitals are filled in.
const pythonTemplate = `# Load the XOR network that tocha trained into PyTorch and compare the outputs.
import json
import struct

import torch
from torch import nn


def load_safetensors(path):
    """Read a .safetensors file into {name: tensor}, as safetensors.torch.load_file does."""
    with open(path, "rb") as file:
        data = file.read()
    (header_length,) = struct.unpack("<Q", data[:8])  # 8 bytes, little-endian
    header = json.loads(data[8 : 8 + header_length])
    header.pop("__metadata__", None)
    start = 8 + header_length  # the data follows the header
    tensors = {}
    for name, info in header.items():
        begin, end = info["data_offsets"]
        code, dtype = {"F64": ("d", torch.float64), "F32": ("f", torch.float32)}[info["dtype"]]
        count = (end - begin) // struct.calcsize(code)
        values = struct.unpack("<%d%s" % (count, code), data[start + begin : start + end])
        tensors[name] = torch.tensor(values, dtype=dtype).reshape(info["shape"])
    return tensors


try:
    from safetensors.torch import load_file  # pip install safetensors
except ImportError:
    load_file = load_safetensors

model = SEQUENTIAL
model = model.double()  # tocha computes in float64
model.load_state_dict(load_file(PATH))

inputs = torch.tensor(INPUTS, dtype=torch.float64)
tocha_outputs = OUTPUTS  # what tocha computed, every digit
with torch.no_grad():
    outputs = model(inputs)[:, 0].tolist()
for x, y, want in zip(inputs.tolist(), outputs, tocha_outputs):
    print("XOR(%.0f, %.0f) = %.6f   tocha: %.6f   difference: %.1e" % (x[0], x[1], y, want, abs(y - want)))
`

// pythonCheck fills in pythonTemplate.
func pythonCheck(path, sequential string, inputs [][]float64, outputs []float64) string {
	rows := make([]string, len(inputs))
	for k, x := range inputs {
		rows[k] = pythonList(x)
	}
	return strings.NewReplacer(
		"SEQUENTIAL", sequential,
		"PATH", strconv.Quote(path),
		"INPUTS", "["+strings.Join(rows, ", ")+"]",
		"OUTPUTS", pythonList(outputs),
	).Replace(pythonTemplate)
}

// pythonList writes numbers as a Python list, each in the shortest form
// that Python reads back as the same float64.
func pythonList(numbers []float64) string {
	parts := make([]string, len(numbers))
	for k, x := range numbers {
		parts[k] = strconv.FormatFloat(x, 'g', -1, 64)
		if !strings.ContainsAny(parts[k], ".e") {
			parts[k] += ".0"
		}
	}
	return "[" + strings.Join(parts, ", ") + "]"
}
