package mlp_test

import (
	"bytes"
	"os"
	"strings"
	"testing"

	"github.com/tocha-go/tocha/activation"
	"github.com/tocha-go/tocha/mlp"
)

// docNetwork is the network whose file WriteJSON's doc comment shows.
func docNetwork(t *testing.T) *mlp.Network {
	t.Helper()
	net, err := mlp.FromLayers(
		mlp.Layer{Weights: [][]float64{{20, 20}, {-20, -20}}, Biases: []float64{-10, 30},
			Activation: activation.MustNew("sigmoid")},
		mlp.Layer{Weights: [][]float64{{20, 20}}, Biases: []float64{-30},
			Activation: activation.NewLeakyReLU(0.01)})
	if err != nil {
		t.Fatal(err)
	}
	return net
}

// docJSON is the file of docNetwork, as WriteJSON's doc comment shows it.
const docJSON = `{
  "format": "tocha.mlp",
  "version": 1,
  "layers": [
    {
      "inputs": 2,
      "outputs": 2,
      "activation": "sigmoid",
      "weights": [
        [20, 20],
        [-20, -20]
      ],
      "biases": [-10, 30]
    },
    {
      "inputs": 2,
      "outputs": 1,
      "activation": "leaky_relu",
      "slope": 0.01,
      "weights": [
        [20, 20]
      ],
      "biases": [-30]
    }
  ]
}
`

// The file is exactly the one the documentation shows.
func TestWriteJSONLayout(t *testing.T) {
	var file bytes.Buffer
	if err := docNetwork(t).WriteJSON(&file); err != nil {
		t.Fatal(err)
	}
	if got := file.String(); got != docJSON {
		t.Errorf("WriteJSON wrote\n%s\nwant\n%s", got, docJSON)
	}
}

// Numbers are written in their shortest exact form, with an exponent only
// for tiny and huge ones, and negative zero keeps its sign.
func TestWriteJSONNumbers(t *testing.T) {
	weights := []float64{0.1, negativeZero(), 1e-7, 1e21, 123456789012, 5e-324, -1.7976931348623157e308}
	net, err := mlp.FromLayers(mlp.Layer{Weights: [][]float64{weights}, Biases: []float64{2.5},
		Activation: activation.MustNew("identity")})
	if err != nil {
		t.Fatal(err)
	}
	var file bytes.Buffer
	if err := net.WriteJSON(&file); err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{
		"[0.1, -0, 1e-07, 1e+21, 123456789012, 5e-324, -1.7976931348623157e+308]",
		`"biases": [2.5]`,
	} {
		if !strings.Contains(file.String(), want) {
			t.Errorf("WriteJSON wrote\n%s\nwant it to contain %s", file.String(), want)
		}
	}
}

// A version 1 file, as committed, keeps loading: files written today must
// open in every later tocha.
func TestReadJSONVersion1(t *testing.T) {
	net, err := mlp.Load("testdata/xor_v1.json")
	if err != nil {
		t.Fatal(err)
	}
	for _, row := range [][]float64{{0, 0, 0}, {0, 1, 1}, {1, 0, 1}, {1, 1, 0}} {
		if got := net.PredictClass(row[:2]); got != int(row[2]) {
			t.Errorf("XOR(%v) = %d; want %v", row[:2], got, row[2])
		}
	}
}

// Every kind of bad file gives an error that names the problem.
func TestReadJSONErrors(t *testing.T) {
	// layer is a valid 2-1 layer, to be edited by each case.
	const layer = `{"inputs": 2, "outputs": 1, "activation": "sigmoid", "weights": [[1, 2]], "biases": [3]}`
	model := func(layers string) string {
		return `{"format": "tocha.mlp", "version": 1, "layers": [` + layers + `]}`
	}
	edit := func(old, new string) string { return model(strings.Replace(layer, old, new, 1)) }
	tests := []struct {
		name string
		file string
		want string // a part of the error message
	}{
		{"empty", "", "the data is empty"},
		{"white space", " \n ", "the data is empty"},
		{"truncated", model(layer)[:40], "truncated"},
		{"trailing garbage", model(layer) + "\n x", "line 2, column 2: invalid character 'x' after top-level value"},
		{"second object", model(layer) + "{}", "after top-level value"},
		{"syntax error on line 3", "{\n  \"format\": \"tocha.mlp\",\n  \"version\": 1,,\n}", "line 3, column 16: invalid character ','"},
		{"array", "[1, 2]", "the data holds a JSON array, want an object"},
		{"format missing", `{"version": 1}`, `"format" is missing`},
		{"format of a perceptron", `{"format": "tocha.perceptron", "version": 1}`, "read it with perceptron.Load"},
		{"other format", `{"format": "keras", "version": 1}`, `"format" is "keras", want "tocha.mlp"`},
		{"version missing", `{"format": "tocha.mlp"}`, `"version" is missing`},
		{"newer version", `{"format": "tocha.mlp", "version": 2}`, `"version" is 2, but this tocha reads version 1`},
		{"version 0", `{"format": "tocha.mlp", "version": 0}`, `"version" is 0; the only version is 1`},
		{"version as string", `{"format": "tocha.mlp", "version": "1"}`, "version holds a JSON string, want a whole number"},
		{"no layers", model(""), `"layers" is missing or empty`},
		{"unknown field", edit(`"biases"`, `"bias"`), `unknown field "bias"`},
		{"unknown top-level field", `{"format": "tocha.mlp", "version": 1, "loss": "bce"}`, `unknown field "loss"`},
		{"unknown activation", edit("sigmoid", "swish"), `layers[0].activation is "swish", an unknown activation`},
		{"activation not canonical", edit("sigmoid", "Sigmoid"), `layers[0].activation is "Sigmoid", an unknown activation`},
		{"activation missing", edit(`"activation": "sigmoid", `, ""), "layers[0].activation is missing"},
		{"leaky_relu without slope", edit("sigmoid", "leaky_relu"), "layers[0].activation is leaky_relu but its slope is missing"},
		{"slope on sigmoid", edit(`"sigmoid"`, `"sigmoid", "slope": 0.2`), `layers[0].activation is "sigmoid", which has no slope`},
		{"inputs 0", edit(`"inputs": 2`, `"inputs": 0`), "layers[0].inputs is 0"},
		{"outputs missing", edit(`"outputs": 1, `, ""), "layers[0].outputs is 0"},
		{"inputs as fraction", edit(`"inputs": 2`, `"inputs": 2.5`), "layers.inputs holds a JSON number 2.5, want a whole number"},
		{"too few rows", edit(`"outputs": 1`, `"outputs": 2`), "layers[0].weights has 1 rows, want 2"},
		{"short row", edit("[[1, 2]]", "[[1]]"), "layers[0].weights[0] has 1 numbers, want 2"},
		{"null row", edit("[[1, 2]]", "[null]"), "layers[0].weights[0] is null"},
		{"too many biases", edit("[3]", "[3, 4]"), "layers[0].biases has 2 numbers, want 1"},
		{"layers disagree", model(layer + "," + layer), "layers[1].inputs is 2, but layers[0].outputs is 1"},
		{"NaN", edit("[[1, 2]]", "[[NaN, 2]]"), "JSON has no NaN or Infinity"},
		{"Infinity", edit("[[1, 2]]", "[[1, -Infinity]]"), "JSON has no NaN or Infinity"},
		{"overflow", edit("[[1, 2]]", "[[1, 1e999]]"), "layers.weights holds number 1e999, which does not fit in a float64"},
		{"string weight", edit("[[1, 2]]", `[[1, "2"]]`), "layers.weights holds a JSON string, want a number"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			net, err := mlp.ReadJSON(strings.NewReader(tt.file))
			if err == nil || !strings.Contains(err.Error(), tt.want) {
				t.Fatalf("ReadJSON(%q) error = %v; want one containing %q", tt.file, err, tt.want)
			}
			if !strings.HasPrefix(err.Error(), "mlp: ReadJSON: ") {
				t.Errorf("ReadJSON error = %q; want it to start with \"mlp: ReadJSON: \"", err)
			}
			if net != nil {
				t.Errorf("ReadJSON returned a network with its error")
			}
		})
	}
}

// strictCase is a file that encoding/json alone would read, and the
// error that ReadJSON gives instead.
type strictCase struct {
	name string
	file string
	want string // the whole message, after "mlp: ReadJSON: "
}

// testStrict checks that ReadJSON refuses each file with exactly its
// message, and returns no network.
func testStrict(t *testing.T, tests []strictCase) {
	t.Helper()
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			net, err := mlp.ReadJSON(strings.NewReader(tt.file))
			if want := "mlp: ReadJSON: " + tt.want; err == nil || err.Error() != want {
				t.Fatalf("ReadJSON(%q) error = %v\nwant %s", tt.file, err, want)
			}
			if net != nil {
				t.Errorf("ReadJSON returned a network with its error")
			}
		})
	}
}

// strictModel is the valid file of TestReadJSONMinimal, with the layer's
// text edited: each strict case differs from it in one place only.
func strictModel(old, new string) string {
	const layer = `{"inputs": 2, "outputs": 1, "activation": "sigmoid", "weights": [[1, 2]], "biases": [3]}`
	return `{"format": "tocha.mlp", "version": 1, "layers": [` + strings.Replace(layer, old, new, 1) + `]}`
}

// null is not 0: encoding/json would read [[null, 1]] as [[0, 1]].
func TestReadJSONRefusesNull(t *testing.T) {
	testStrict(t, []strictCase{
		{"null weight", strictModel("[[1, 2]]", "[[null, 1]]"),
			"line 1, column 116: layers[0].weights[0][0] is null; write its value instead (a tocha file never holds null, not even for 0)"},
		{"null weight and bias", strictModel("[[1, 2]], \"biases\": [3]", "[[1, null]], \"biases\": [null]"),
			"line 1, column 119: layers[0].weights[0][1] is null; write its value instead (a tocha file never holds null, not even for 0)"},
		{"null bias", strictModel("[3]", "[null]"),
			"line 1, column 135: layers[0].biases[0] is null; write its value instead (a tocha file never holds null, not even for 0)"},
		{"null slope", strictModel(`"sigmoid"`, `"sigmoid", "slope": null`),
			"line 1, column 112: layers[0].slope is null; write its value instead (a tocha file never holds null, not even for 0)"},
		{"null version", `{"format": "tocha.mlp", "version": null, "layers": []}`,
			"line 1, column 36: version is null; write its value instead (a tocha file never holds null, not even for 0)"},
		{"null layers", `{"format": "tocha.mlp", "version": 1, "layers": null}`,
			"line 1, column 49: layers is null; write its value instead (a tocha file never holds null, not even for 0)"},
	})
}

// Field names are case-sensitive: encoding/json alone would read "WEIGHTS"
// as "weights".
func TestReadJSONRefusesOtherCapitals(t *testing.T) {
	testStrict(t, []strictCase{
		{"WEIGHTS", strictModel(`"weights"`, `"WEIGHTS"`),
			`line 1, column 103: unknown field "WEIGHTS" in layers[0]; field names are case-sensitive: write "weights"`},
		{"Biases", strictModel(`"biases"`, `"Biases"`),
			`line 1, column 124: unknown field "Biases" in layers[0]; field names are case-sensitive: write "biases"`},
		{"OUTPUTS", strictModel(`"outputs"`, `"OUTPUTS"`),
			`line 1, column 64: unknown field "OUTPUTS" in layers[0]; field names are case-sensitive: write "outputs"`},
		{"Layers", strings.Replace(strictModel("", ""), `"layers"`, `"Layers"`, 1),
			`line 1, column 39: unknown field "Layers" in the file; field names are case-sensitive: write "layers"`},
		{"Format", strings.Replace(strictModel("", ""), `"format"`, `"Format"`, 1),
			`line 1, column 2: unknown field "Format" in the file; field names are case-sensitive: write "format"`},
		{"escaped capital", strictModel(`"weights"`, `"\u0057eights"`),
			`line 1, column 103: unknown field "Weights" in layers[0]; field names are case-sensitive: write "weights"`},
		{"long s", strictModel(`"sigmoid"`, `"leaky_relu", "\u017flope": 0.01`), // 'ſ' is an s for encoding/json
			"line 1, column 106: unknown field \"\u017flope\" in layers[0]; field names are case-sensitive: write \"slope\""},
	})
}

// A field may be given once: encoding/json alone would keep the last.
func TestReadJSONRefusesDuplicateFields(t *testing.T) {
	testStrict(t, []strictCase{
		{"biases twice", strictModel(`"biases": [3]`, `"biases": [3], "biases": [5]`),
			`line 1, column 139: field "biases" appears twice in layers[0]; give each field once`},
		{"version twice", strings.Replace(strictModel("", ""), `"version": 1`, `"version": 1, "version": 1`, 1),
			`line 1, column 39: field "version" appears twice in the file; give each field once`},
		{"layers twice", strings.Replace(strictModel("", ""), `"layers": [`, `"layers": [], "layers": [`, 1),
			`line 1, column 53: field "layers" appears twice in the file; give each field once`},
		{"in the second layer", `{"format": "tocha.mlp", "version": 1, "layers": [` +
			`{"inputs": 1, "outputs": 1, "activation": "identity", "weights": [[1]], "biases": [0]},` + "\n" +
			`{"inputs": 1, "outputs": 1, "activation": "identity", "inputs": 1, "weights": [[1]], "biases": [0]}]}`,
			`line 2, column 55: field "inputs" appears twice in layers[1]; give each field once`},
	})
}

// The valid model of TestReadJSONErrors does load, so that each case fails
// for its own reason only.
func TestReadJSONMinimal(t *testing.T) {
	file := `{"format": "tocha.mlp", "version": 1, "layers": [` +
		`{"inputs": 2, "outputs": 1, "activation": "sigmoid", "weights": [[1, 2]], "biases": [3]}]}`
	net, err := mlp.ReadJSON(strings.NewReader(file))
	if err != nil {
		t.Fatal(err)
	}
	if got, want := net.String(), "Network 2-1, 3 parameters\n  1: Dense(in=2, out=1, sigmoid)"; got != want {
		t.Errorf("ReadJSON read %q; want %q", got, want)
	}
}

// Load names the file in its errors.
func TestLoadErrorNamesFile(t *testing.T) {
	path := t.TempDir() + "/bad.json"
	if err := os.WriteFile(path, []byte(`{"format": "tocha.mlp", "version": 7}`), 0o644); err != nil {
		t.Fatal(err)
	}
	_, err := mlp.Load(path)
	if err == nil || !strings.Contains(err.Error(), "bad.json") || !strings.Contains(err.Error(), `"version" is 7`) {
		t.Errorf("Load error = %v; want one naming the file and the version", err)
	}

	// So do the errors of the strict checks.
	if err := os.WriteFile(path, []byte(strictModel(`"biases"`, `"BIASES"`)), 0o644); err != nil {
		t.Fatal(err)
	}
	_, err = mlp.Load(path)
	if err == nil || !strings.Contains(err.Error(), "bad.json") || !strings.Contains(err.Error(), `unknown field "BIASES" in layers[0]`) {
		t.Errorf("Load error = %v; want one naming the file and the field", err)
	}
}

// TestReadJSONByteOrderMark checks that a file an editor saved with a UTF-8
// byte-order mark reads as without it.
func TestReadJSONByteOrderMark(t *testing.T) {
	net := docNetwork(t)
	var file bytes.Buffer
	file.WriteString("\ufeff")
	if err := net.WriteJSON(&file); err != nil {
		t.Fatal(err)
	}
	read, err := mlp.ReadJSON(&file)
	if err != nil {
		t.Fatalf("ReadJSON of a file with a byte-order mark: %v", err)
	}
	if got, want := read.Layers[1].Weights[0][0], net.Layers[1].Weights[0][0]; got != want {
		t.Errorf("weight %v; want %v", got, want)
	}
}
