package mlp_test

import (
	"bytes"
	"encoding/binary"
	"encoding/json"
	"math"
	"math/rand/v2"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/tocha-go/tocha/activation"
	"github.com/tocha-go/tocha/mlp"
)

// xorShapedNetwork is a 2-4-1 sigmoid network with simple weights.
func xorShapedNetwork(t *testing.T) *mlp.Network {
	t.Helper()
	sigmoid := activation.MustNew("sigmoid")
	net, err := mlp.FromLayers(
		mlp.Layer{Weights: [][]float64{{1, 2}, {3, 4}, {5, 6}, {7, 8}}, Biases: []float64{9, 10, 11, 12}, Activation: sigmoid},
		mlp.Layer{Weights: [][]float64{{13, 14, 15, 16}}, Biases: []float64{17}, Activation: sigmoid})
	if err != nil {
		t.Fatal(err)
	}
	return net
}

// The file is laid out as WriteSafetensors documents: the header length,
// the header shown there (padded to a multiple of 8), then the numbers in
// order, little-endian.
func TestWriteSafetensorsLayout(t *testing.T) {
	var file bytes.Buffer
	if err := xorShapedNetwork(t).WriteSafetensors(&file, "F64"); err != nil {
		t.Fatal(err)
	}
	b := file.Bytes()
	headerLength := binary.LittleEndian.Uint64(b)
	header := string(b[8 : 8+headerLength])
	wantHeader := `{"__metadata__":{"activations":"sigmoid,sigmoid","format":"pt",` +
		`"pytorch":"nn.Sequential(nn.Linear(2, 4), nn.Sigmoid(), nn.Linear(4, 1), nn.Sigmoid())",` +
		`"tocha_format":"tocha.mlp","tocha_version":"1"},` +
		`"0.weight":{"dtype":"F64","shape":[4,2],"data_offsets":[0,64]},` +
		`"0.bias":{"dtype":"F64","shape":[4],"data_offsets":[64,96]},` +
		`"2.weight":{"dtype":"F64","shape":[1,4],"data_offsets":[96,128]},` +
		`"2.bias":{"dtype":"F64","shape":[1],"data_offsets":[128,136]}}`
	if got := strings.TrimRight(header, " "); got != wantHeader {
		t.Errorf("header\n%s\nwant\n%s", got, wantHeader)
	}
	if (8+headerLength)%8 != 0 {
		t.Errorf("the data starts at byte %d; want a multiple of 8", 8+headerLength)
	}
	data := b[8+headerLength:]
	if len(data) != 136 {
		t.Fatalf("%d bytes of data; want 136 (17 float64s)", len(data))
	}
	for k := range 17 {
		if got := math.Float64frombits(binary.LittleEndian.Uint64(data[8*k:])); got != float64(k+1) {
			t.Errorf("number %d of the data is %v; want %d", k, got, k+1)
		}
	}
}

// Identity layers have no module in the Sequential, so the tensor names
// skip an index only after the other activations, exactly where
// PyTorch() puts a module.
func TestSafetensorsNamesFollowSequential(t *testing.T) {
	names := []string{"relu", "identity", "identity", "tanh", "leaky_relu", "identity"}
	net := randomNetwork(t, rand.New(rand.NewPCG(5, 6)), names)
	source, err := net.PyTorch()
	if err != nil {
		t.Fatal(err)
	}
	modules := strings.Split(strings.TrimSuffix(strings.TrimPrefix(source, "nn.Sequential("), ")"), ", nn.")
	var wantTensors []string
	for k, module := range modules {
		if strings.HasPrefix(strings.TrimPrefix(module, "nn."), "Linear(") {
			wantTensors = append(wantTensors, strconv.Itoa(k)+".weight", strconv.Itoa(k)+".bias")
		}
	}
	var file bytes.Buffer
	if err := net.WriteSafetensors(&file, "F64"); err != nil {
		t.Fatal(err)
	}
	if got := tensorNames(t, file.Bytes()); !slices.Equal(got, wantTensors) {
		t.Errorf("tensors %v; want %v, the Linears of %s", got, wantTensors, source)
	}
	if want := []string{"0.weight", "0.bias", "2.weight", "2.bias", "3.weight", "3.bias", "4.weight", "4.bias",
		"6.weight", "6.bias", "8.weight", "8.bias"}; !slices.Equal(wantTensors, want) {
		t.Errorf("PyTorch() = %s has Linears at %v; want %v", source, wantTensors, want)
	}
}

// tensorNames returns the tensor names of a safetensors file in the order
// of their data.
func tensorNames(t *testing.T, file []byte) []string {
	t.Helper()
	var header map[string]json.RawMessage
	if err := json.Unmarshal(file[8:8+binary.LittleEndian.Uint64(file)], &header); err != nil {
		t.Fatal(err)
	}
	type entry struct {
		name  string
		begin int
	}
	var entries []entry
	for name, raw := range header {
		if name == "__metadata__" {
			continue
		}
		var info struct {
			DataOffsets []int `json:"data_offsets"`
		}
		if err := json.Unmarshal(raw, &info); err != nil {
			t.Fatal(err)
		}
		entries = append(entries, entry{name, info.DataOffsets[0]})
	}
	slices.SortFunc(entries, func(a, b entry) int { return a.begin - b.begin })
	var names []string
	for _, e := range entries {
		names = append(names, e.name)
	}
	return names
}

// buildSafetensors puts a file together from its header and data.
func buildSafetensors(header string, data []byte) []byte {
	file := binary.LittleEndian.AppendUint64(nil, uint64(len(header)))
	file = append(file, header...)
	return append(file, data...)
}

// float64Data is numbers as F64 data.
func float64Data(numbers ...float64) []byte {
	var data []byte
	for _, x := range numbers {
		data = binary.LittleEndian.AppendUint64(data, math.Float64bits(x))
	}
	return data
}

// A file that PyTorch could have written, with nothing of tocha's but the
// activations: the biases stored before the weights, a padded header, no
// tocha_format or tocha_version. It loads.
func TestReadSafetensorsFromElsewhere(t *testing.T) {
	header := `{"0.bias":{"dtype":"F64","shape":[1],"data_offsets":[0,8]},` +
		`"__metadata__":{"activations":"identity", "format":"pt"},` +
		`"0.weight":{"dtype":"F32","shape":[1,2],"data_offsets":[8,16]}}      `
	data := float64Data(0.5)
	data = binary.LittleEndian.AppendUint32(data, math.Float32bits(-1.25))
	data = binary.LittleEndian.AppendUint32(data, math.Float32bits(0.1))
	net, err := mlp.ReadSafetensors(bytes.NewReader(buildSafetensors(header, data)))
	if err != nil {
		t.Fatal(err)
	}
	layer := net.Layers[0]
	if want := []float64{-1.25, float64(float32(0.1))}; !sameBits(layer.Weights[0], want) {
		t.Errorf("Weights[0] = %v; want %v", layer.Weights[0], want)
	}
	if !sameBits(layer.Biases, []float64{0.5}) || layer.Activation.Name != "identity" {
		t.Errorf("read %v with Biases %v; want identity with Biases [0.5]", &layer, layer.Biases)
	}
}

// F32 halves the file and rounds every number to the nearest float32;
// reading it back widens them exactly.
func TestSafetensorsF32(t *testing.T) {
	net := randomNetwork(t, rand.New(rand.NewPCG(7, 8)), []string{"tanh", "sigmoid"})
	var f64, f32 bytes.Buffer
	if err := net.WriteSafetensors(&f64, "F64"); err != nil {
		t.Fatal(err)
	}
	if err := net.WriteSafetensors(&f32, "F32"); err != nil {
		t.Fatal(err)
	}
	data64 := f64.Len() - 8 - int(binary.LittleEndian.Uint64(f64.Bytes()))
	data32 := f32.Len() - 8 - int(binary.LittleEndian.Uint64(f32.Bytes()))
	if 2*data32 != data64 {
		t.Errorf("F32 data is %d bytes, F64 %d; want half", data32, data64)
	}
	back, err := mlp.ReadSafetensors(&f32)
	if err != nil {
		t.Fatal(err)
	}
	for l := range net.Layers {
		for j, row := range net.Layers[l].Weights {
			for i, w := range row {
				if got, want := back.Layers[l].Weights[j][i], float64(float32(w)); got != want {
					t.Errorf("layer %d Weights[%d][%d] = %v; want %v, %v rounded to float32", l+1, j, i, got, want, w)
				}
			}
		}
	}

	huge := &mlp.Network{Layers: []mlp.Layer{{Weights: [][]float64{{1e39}}, Biases: []float64{0},
		Activation: activation.MustNew("relu")}}}
	if err := huge.WriteSafetensors(&f32, "F32"); err == nil || !strings.Contains(err.Error(), "Weights[0][0] is 1e+39, too large for F32") {
		t.Errorf("WriteSafetensors(1e39, F32) error = %v; want one naming the weight", err)
	}
	for _, dtype := range []string{"", "f64", "F16", "BF16"} {
		if err := net.WriteSafetensors(&f32, dtype); err == nil || !strings.Contains(err.Error(), "use \"F64\"") {
			t.Errorf("WriteSafetensors(%q) error = %v; want one naming F64 and F32", dtype, err)
		}
	}
}

// Every kind of bad file gives an error that names the problem.
func TestReadSafetensorsErrors(t *testing.T) {
	// A valid 2-1 sigmoid network; each case edits its header or data.
	const header = `{"__metadata__":{"activations":"sigmoid","tocha_version":"1"},` +
		`"0.weight":{"dtype":"F64","shape":[1,2],"data_offsets":[0,16]},` +
		`"0.bias":{"dtype":"F64","shape":[1],"data_offsets":[16,24]}}`
	data := float64Data(1, 2, 3)
	valid := buildSafetensors(header, data)
	edit := func(old, new string) []byte {
		if !strings.Contains(header, old) {
			t.Fatalf("the header has no %q to edit", old)
		}
		return buildSafetensors(strings.Replace(header, old, new, 1), data)
	}
	withData := func(data []byte) []byte { return buildSafetensors(header, data) }
	twoLayers := strings.Replace(header, `"sigmoid"`, `"sigmoid,sigmoid"`, 1)
	twoLayers = strings.TrimSuffix(twoLayers, "}") +
		`,"2.weight":{"dtype":"F64","shape":[1,3],"data_offsets":[24,48]},"2.bias":{"dtype":"F64","shape":[1],"data_offsets":[48,56]}}`

	tests := []struct {
		name string
		file []byte
		want string // a part of the error message
	}{
		{"empty", nil, "the data has 0 bytes, fewer than the 8"},
		{"7 bytes", valid[:7], "the data has 7 bytes"},
		{"huge header length", append(binary.LittleEndian.AppendUint64(nil, math.MaxUint64), '{'), "not a safetensors file"},
		{"a JSON file", []byte(docJSON), "is it a JSON file? Read that with ReadJSON"},
		{"truncated header", valid[:20], "the file ends after 12 of the"},
		{"truncated data", valid[:len(valid)-1], "the file ends after 23 of the 24 bytes of its data"},
		{"trailing byte", append(slices.Clone(valid), 0), "more data follows the 24 bytes"},
		{"header not an object", buildSafetensors("[1]", nil), "does not start with '{'"},
		{"header not JSON", buildSafetensors(`{"a": }`, nil), "header: line 1, column 7: invalid character '}'"},
		{"no metadata", edit(`"__metadata__":{"activations":"sigmoid","tocha_version":"1"},`, ""), "no __metadata__"},
		{"metadata not strings", edit(`"tocha_version":"1"`, `"tocha_version":1`), "__metadata__ must map names to strings"},
		{"no activations", edit(`"activations":"sigmoid",`, ""), "__metadata__ has no activations"},
		{"unknown activation", edit("sigmoid", "swish"), `activations, layer 1: activation is "swish", an unknown activation`},
		{"step", edit("sigmoid", "step"), "layer 1 has the step activation"},
		{"leaky_relu without slope", edit("sigmoid", "leaky_relu"), "slope is missing"},
		{"leaky_relu bad slope", edit("sigmoid", "leaky_relu(x)"), `"leaky_relu(x)" has a slope that is not a number`},
		{"leaky_relu NaN slope", edit("sigmoid", "leaky_relu(NaN)"), "slope NaN; the slope must be a finite number"},
		{"newer version", edit(`"tocha_version":"1"`, `"tocha_version":"2"`), `tocha_version is "2", but this tocha reads version 1`},
		{"other tocha format", edit(`"tocha_version":"1"`, `"tocha_format":"tocha.cnn"`), `tocha_format is "tocha.cnn"`},
		{"extra tensor", edit(`{"__metadata__"`, `{"1.weight":{},"__metadata__"`), `tensor "1.weight" is not part of the network: with activations sigmoid the tensors are 0.weight, 0.bias`},
		{"missing tensor", buildSafetensors(strings.Replace(twoLayers, `,"2.bias":{"dtype":"F64","shape":[1],"data_offsets":[48,56]}`, "", 1), float64Data(1, 2, 3, 4, 5, 6)), "activations name 2 layers, but the header has 3 tensors"},
		{"layers disagree", buildSafetensors(twoLayers, float64Data(1, 2, 3, 4, 5, 6, 7)), `tensor "2.weight" has shape [1 3]: 3 inputs, but the layer before has 1 outputs`},
		{"F16", edit(`"F64","shape":[1,2]`, `"F16","shape":[1,2]`), `tensor "0.weight" has dtype "F16"; tocha reads F64 and F32`},
		{"vector weight", edit(`[1,2]`, `[2]`), `tensor "0.weight" has shape [2], want [outputs, inputs]`},
		{"zero inputs", edit(`"shape":[1,2],"data_offsets":[0,16]`, `"shape":[1,0],"data_offsets":[0,0]`), "want [outputs, inputs], both at least 1"},
		{"negative size", edit(`[1,2]`, `[-1,-2]`), "with a negative size"},
		{"huge shape", edit(`[1,2]`, `[4611686018427387904,4611686018427387904]`), "far too large"},
		{"shape beyond int64", edit(`[1,2]`, `[1,99999999999999999999]`), "shape holds a JSON number 99999999999999999999, want a whole number"},
		{"bias shape", buildSafetensors(strings.Replace(header, `"shape":[1],"data_offsets":[16,24]`, `"shape":[2],"data_offsets":[16,32]`, 1), float64Data(1, 2, 3, 4)), `tensor "0.bias" has shape [2], want [1]`},
		{"offsets too short", edit(`[0,16]`, `[0,15]`), `data_offsets [0 15], 15 bytes, but shape [1 2] of F64 needs 16 bytes`},
		{"offsets reversed", edit(`[0,16]`, `[16,0]`), "want [begin, end] with 0 ≤ begin ≤ end"},
		{"three offsets", edit(`[0,16]`, `[0,8,16]`), "want [begin, end]"},
		{"gap at the start", edit(`[0,16]`, `[8,24]`), "8 unused bytes before tensor"},
		{"overlap", edit(`[16,24]`, `[8,16]`), `tensors "0.weight" and "0.bias" overlap`},
		{"gap between", buildSafetensors(strings.Replace(header, `[16,24]`, `[17,25]`, 1), append(slices.Clone(data), 0)), `1 unused bytes between tensors "0.weight" and "0.bias"`},
		{"unknown field", edit(`"dtype":"F64","shape":[1]`, `"dtype":"F64","offsets":[],"shape":[1]`), `tensor "0.bias": json: unknown field "offsets"`},
		{"NaN weight", withData(float64Data(1, math.NaN(), 3)), `tensor "0.weight", element [0][1], is NaN`},
		{"infinite bias", withData(float64Data(1, 2, math.Inf(1))), `tensor "0.bias", element [0], is +Inf`},
	}
	if _, err := mlp.ReadSafetensors(bytes.NewReader(valid)); err != nil {
		t.Fatalf("the file the cases edit does not load: %v", err)
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			net, err := mlp.ReadSafetensors(bytes.NewReader(tt.file))
			if err == nil || !strings.Contains(err.Error(), tt.want) {
				t.Fatalf("ReadSafetensors error = %v; want one containing %q", err, tt.want)
			}
			if !strings.HasPrefix(err.Error(), "mlp: ReadSafetensors: ") {
				t.Errorf("error %q does not start with \"mlp: ReadSafetensors: \"", err)
			}
			if net != nil {
				t.Errorf("ReadSafetensors returned a network with its error")
			}
		})
	}
}

// A header may claim tensors of any size, but the reader allocates only for
// the bytes that are really there: a 200-byte file that claims 8 GB of
// weights costs kilobytes.
func TestReadSafetensorsAllocatesWhatIsThere(t *testing.T) {
	const header = `{"__metadata__":{"activations":"identity"},` +
		`"0.weight":{"dtype":"F64","shape":[1048576,1024],"data_offsets":[0,8589934592]},` +
		`"0.bias":{"dtype":"F64","shape":[1048576],"data_offsets":[8589934592,8598323200]}}`
	file := buildSafetensors(header, float64Data(1, 2, 3))
	var err error
	allocated := allocatedBytes(func() { _, err = mlp.ReadSafetensors(bytes.NewReader(file)) })
	if err == nil || !strings.Contains(err.Error(), "the file ends after 24 of the 8598323200 bytes of its data") {
		t.Errorf("ReadSafetensors error = %v; want one saying the data is truncated", err)
	}
	const most = 64 << 10 // bytes: a few buffers and the parsed header
	if allocated > most {
		t.Errorf("ReadSafetensors of a %d-byte file allocated %d bytes; want at most %d", len(file), allocated, most)
	}
}
