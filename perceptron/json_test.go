package perceptron_test

import (
	"bytes"
	"math"
	"math/rand/v2"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/tocha-go/tocha/activation"
	"github.com/tocha-go/tocha/perceptron"
)

// nandJSON is the file of the NAND perceptron, as WriteJSON's doc comment
// shows it.
const nandJSON = `{
  "format": "tocha.perceptron",
  "version": 1,
  "inputs": 2,
  "activation": "step",
  "weights": [-2, -1],
  "bias": 2
}
`

func TestWriteJSONLayout(t *testing.T) {
	for _, p := range []*perceptron.Perceptron{
		{Weights: []float64{-2, -1}, Bias: 2}, // the zero Activation acts as step
		{Weights: []float64{-2, -1}, Bias: 2, Activation: activation.MustNew("step")},
	} {
		var file bytes.Buffer
		if err := p.WriteJSON(&file); err != nil {
			t.Fatal(err)
		}
		if got := file.String(); got != nandJSON {
			t.Errorf("WriteJSON wrote\n%s\nwant\n%s", got, nandJSON)
		}
	}
	leaky := &perceptron.Perceptron{Weights: []float64{0.1}, Bias: math.Copysign(0, -1), Activation: activation.NewLeakyReLU(0.2)}
	var file bytes.Buffer
	if err := leaky.WriteJSON(&file); err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{`"activation": "leaky_relu",` + "\n" + `  "slope": 0.2,`, `"weights": [0.1]`, `"bias": -0`} {
		if !strings.Contains(file.String(), want) {
			t.Errorf("WriteJSON wrote\n%s\nwant it to contain %s", file.String(), want)
		}
	}
}

// A perceptron written and read back is the same, bit for bit, for every
// activation.
func TestJSONRoundTrip(t *testing.T) {
	rng := rand.New(rand.NewPCG(9, 9))
	for _, name := range activation.Names() {
		p := perceptron.NewRandom(1+rng.IntN(4), rng)
		p.Activation = activation.MustNew(name)
		if name == "leaky_relu" {
			p.Activation = activation.NewLeakyReLU(rng.Float64())
		}
		p.Weights[0] = []float64{0.1, 5e-324, math.Copysign(0, -1), 1e300}[rng.IntN(4)]
		var file bytes.Buffer
		if err := p.WriteJSON(&file); err != nil {
			t.Fatal(err)
		}
		back, err := perceptron.ReadJSON(&file)
		if err != nil {
			t.Fatal(err)
		}
		if !sameBits(back.Weights, p.Weights) || !sameBits([]float64{back.Bias}, []float64{p.Bias}) ||
			back.Activation.String() != p.Activation.String() {
			t.Errorf("%s: read back %v (%v); want %v (%v)", name, back, back.Activation, p, p.Activation)
		}
		x := make([]float64, len(p.Weights))
		for range 5 {
			for i := range x {
				x[i] = 2*rng.Float64() - 1
			}
			if _, got := back.Forward(x); math.Float64bits(got) != math.Float64bits(p.Predict(x)) {
				t.Errorf("%s: Forward(%v) after the round trip = %v; want %v", name, x, got, p.Predict(x))
			}
		}
	}
}

func sameBits(a, b []float64) bool {
	return slices.EqualFunc(a, b, func(x, y float64) bool { return math.Float64bits(x) == math.Float64bits(y) })
}

func TestReadJSONErrors(t *testing.T) {
	const valid = `{"format": "tocha.perceptron", "version": 1, "inputs": 2, "activation": "step", "weights": [-2, -1], "bias": 2}`
	edit := func(old, new string) string { return strings.Replace(valid, old, new, 1) }
	tests := []struct {
		name string
		file string
		want string
	}{
		{"empty", "", "the data is empty"},
		{"truncated", valid[:50], "truncated"},
		{"trailing garbage", valid + "\n]", "line 2, column 1: invalid character ']' after top-level value"},
		{"format missing", `{"version": 1}`, `"format" is missing`},
		{"network file", `{"format": "tocha.mlp", "version": 1}`, "read it with mlp.Load"},
		{"newer version", edit(`"version": 1`, `"version": 2`), `"version" is 2, but this tocha reads version 1`},
		{"version missing", edit(`"version": 1, `, ""), `"version" is missing`},
		{"unknown field", edit(`"bias"`, `"biases"`), `unknown field "biases"`},
		{"bias missing", edit(`, "bias": 2`, ""), `"bias" is missing`},
		{"inputs 0", edit(`"inputs": 2`, `"inputs": 0`), `"inputs" is 0`},
		{"shapes disagree", edit(`"inputs": 2`, `"inputs": 3`), `"weights" has 2 numbers, want 3`},
		{"unknown activation", edit(`"step"`, `"swish"`), `"activation" is "swish", an unknown activation`},
		{"activation missing", edit(`"activation": "step", `, ""), `"activation" is missing`},
		{"leaky without slope", edit(`"step"`, `"leaky_relu"`), `"slope" is missing`},
		{"slope on step", edit(`"step"`, `"step", "slope": 1`), `"activation" is "step", which has no slope`},
		{"NaN", edit(`[-2, -1]`, `[NaN, -1]`), "JSON has no NaN or Infinity"},
		{"overflow", edit(`"bias": 2`, `"bias": -1e400`), "bias holds number -1e400, want a number that fits in a float64"},
		{"string weight", edit(`[-2, -1]`, `["-2", -1]`), "weights holds string, want a number"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p, err := perceptron.ReadJSON(strings.NewReader(tt.file))
			if err == nil || !strings.Contains(err.Error(), tt.want) {
				t.Fatalf("ReadJSON(%q) error = %v; want one containing %q", tt.file, err, tt.want)
			}
			if p != nil {
				t.Errorf("ReadJSON returned a perceptron with its error")
			}
		})
	}
	if _, err := perceptron.ReadJSON(strings.NewReader(valid)); err != nil {
		t.Errorf("the file the cases edit does not load: %v", err)
	}
}

// strictCase is a file that encoding/json alone would read, and the
// error that ReadJSON gives instead.
type strictCase struct {
	name string
	file string
	want string // the whole message, after "perceptron: ReadJSON: "
}

// testStrict checks that ReadJSON refuses each file with exactly its
// message, and returns no perceptron.
func testStrict(t *testing.T, tests []strictCase) {
	t.Helper()
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p, err := perceptron.ReadJSON(strings.NewReader(tt.file))
			if want := "perceptron: ReadJSON: " + tt.want; err == nil || err.Error() != want {
				t.Fatalf("ReadJSON(%q) error = %v\nwant %s", tt.file, err, want)
			}
			if p != nil {
				t.Errorf("ReadJSON returned a perceptron with its error")
			}
		})
	}
}

// strictFile is the valid file of TestReadJSONErrors with one edit: each
// strict case differs from it in one place only.
func strictFile(old, new string) string {
	const valid = `{"format": "tocha.perceptron", "version": 1, "inputs": 2, "activation": "step", "weights": [-2, -1], "bias": 2}`
	return strings.Replace(valid, old, new, 1)
}

// null is not 0: encoding/json would read [null, 1] as [0, 1].
func TestReadJSONRefusesNull(t *testing.T) {
	const fix = "; write its value instead (a tocha file never holds null, not even for 0)"
	testStrict(t, []strictCase{
		{"null weight", strictFile("[-2, -1]", "[null, 1]"), "line 1, column 93: weights[0] is null" + fix},
		{"null bias", strictFile(`"bias": 2`, `"bias": null`), "line 1, column 110: bias is null" + fix},
		{"null slope", strictFile(`"step"`, `"step", "slope": null`), "line 1, column 90: slope is null" + fix},
		{"null inputs", strictFile(`"inputs": 2`, `"inputs": null`), "line 1, column 56: inputs is null" + fix},
		{"null version", strictFile(`"version": 1`, `"version": null`), "line 1, column 43: version is null" + fix},
	})
}

// Field names are case-sensitive: encoding/json alone would read "WEIGHTS"
// as "weights".
func TestReadJSONRefusesOtherCapitals(t *testing.T) {
	testStrict(t, []strictCase{
		{"WEIGHTS", strictFile(`"weights"`, `"WEIGHTS"`),
			`line 1, column 81: unknown field "WEIGHTS" in the file; field names are case-sensitive: write "weights"`},
		{"Bias", strictFile(`"bias"`, `"Bias"`),
			`line 1, column 102: unknown field "Bias" in the file; field names are case-sensitive: write "bias"`},
		{"Inputs", strictFile(`"inputs"`, `"Inputs"`),
			`line 1, column 46: unknown field "Inputs" in the file; field names are case-sensitive: write "inputs"`},
		{"FORMAT", strictFile(`"format"`, `"FORMAT"`),
			`line 1, column 2: unknown field "FORMAT" in the file; field names are case-sensitive: write "format"`},
		{"escaped capital", strictFile(`"activation"`, `"\u0041ctivation"`),
			`line 1, column 59: unknown field "Activation" in the file; field names are case-sensitive: write "activation"`},
	})
}

// A field may be given once: encoding/json alone would keep the last.
func TestReadJSONRefusesDuplicateFields(t *testing.T) {
	testStrict(t, []strictCase{
		{"bias twice", strictFile(`"bias": 2`, `"bias": 2, "bias": 5`),
			`line 1, column 113: field "bias" appears twice in the file; give each field once`},
		{"weights twice", strictFile(`"weights": [-2, -1]`, `"weights": [-2, -1], "weights": [1, 1]`),
			`line 1, column 102: field "weights" appears twice in the file; give each field once`},
		{"format twice", strictFile(`"version": 1`, `"version": 1, "format": "tocha.perceptron"`),
			`line 1, column 46: field "format" appears twice in the file; give each field once`},
	})
}

// Load names the file in the errors of the strict checks too.
func TestLoadStrictErrorNamesFile(t *testing.T) {
	path := filepath.Join(t.TempDir(), "bad.json")
	if err := os.WriteFile(path, []byte(strictFile(`"bias": 2`, `"bias": 2, "bias": 5`)), 0o644); err != nil {
		t.Fatal(err)
	}
	_, err := perceptron.Load(path)
	if err == nil || !strings.Contains(err.Error(), "bad.json") || !strings.Contains(err.Error(), `field "bias" appears twice`) {
		t.Errorf("Load error = %v; want one naming the file and the field", err)
	}
}

func TestWriteJSONRefuses(t *testing.T) {
	swish := activation.Activation{Name: "swish", Forward: math.Tanh}
	for _, tt := range []struct {
		p    *perceptron.Perceptron
		want string
	}{
		{&perceptron.Perceptron{}, "no weights"},
		{&perceptron.Perceptron{Weights: []float64{math.NaN()}}, "Weights[0] is NaN"},
		{&perceptron.Perceptron{Weights: []float64{1}, Bias: math.Inf(1)}, "Bias is +Inf"},
		{&perceptron.Perceptron{Weights: []float64{1}, Activation: swish}, `activation "swish" cannot be named`},
		{&perceptron.Perceptron{Weights: []float64{1}, Activation: activation.NewLeakyReLU(math.Inf(-1))}, "slope is -Inf"},
	} {
		var file bytes.Buffer
		if err := tt.p.WriteJSON(&file); err == nil || !strings.Contains(err.Error(), tt.want) || file.Len() != 0 {
			t.Errorf("WriteJSON(%v) error = %v, wrote %d bytes; want an error containing %q and nothing written",
				tt.p, err, file.Len(), tt.want)
		}
	}
}

func TestSaveLoad(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "nand.json")
	nand := &perceptron.Perceptron{Weights: []float64{-2, -1}, Bias: 2}
	if err := nand.Save(path); err != nil {
		t.Fatal(err)
	}
	if content, _ := os.ReadFile(path); string(content) != nandJSON {
		t.Errorf("nand.json holds\n%s\nwant\n%s", content, nandJSON)
	}
	back, err := perceptron.Load(path)
	if err != nil {
		t.Fatal(err)
	}
	if back.String() != nand.String() {
		t.Errorf("Load read %v; want %v", back, nand)
	}

	// A failed Save leaves the old file and no temporary one.
	broken := &perceptron.Perceptron{Weights: []float64{math.NaN(), 1}}
	if err := broken.Save(path); err == nil {
		t.Error("Save of a NaN perceptron succeeded; want an error")
	}
	if content, _ := os.ReadFile(path); string(content) != nandJSON {
		t.Errorf("after a failed Save nand.json holds %q; want it untouched", content)
	}
	if entries, _ := os.ReadDir(dir); len(entries) != 1 {
		t.Errorf("the folder holds %d files; want only nand.json", len(entries))
	}
	if err := nand.Save(filepath.Join(dir, "nand.txt")); err == nil || !strings.Contains(err.Error(), "must end in .json") {
		t.Errorf("Save(nand.txt) error = %v; want one asking for .json", err)
	}
	if _, err := perceptron.Load(filepath.Join(dir, "missing.json")); err == nil {
		t.Error("Load of a missing file succeeded; want an error")
	}
}

// FuzzReadJSON feeds ReadJSON mutated files: it must never panic, and what
// it accepts must write back and read again unchanged.
func FuzzReadJSON(f *testing.F) {
	f.Add([]byte(nandJSON))
	f.Add([]byte(`{"format": "tocha.perceptron", "version": 1, "inputs": 1, "activation": "leaky_relu", "slope": 0.5, "weights": [1e-300], "bias": -0}`))
	f.Fuzz(func(t *testing.T, data []byte) {
		p, err := perceptron.ReadJSON(bytes.NewReader(data))
		if err != nil {
			return
		}
		var again bytes.Buffer
		if err := p.WriteJSON(&again); err != nil {
			t.Fatalf("an accepted perceptron cannot be written back: %v", err)
		}
		back, err := perceptron.ReadJSON(&again)
		if err != nil {
			t.Fatalf("a perceptron written back cannot be read again: %v", err)
		}
		if !sameBits(back.Weights, p.Weights) || math.Float64bits(back.Bias) != math.Float64bits(p.Bias) ||
			back.Activation.String() != p.Activation.String() {
			t.Errorf("read back %v; want %v", back, p)
		}
	})
}

// TestReadJSONByteOrderMark checks that a file an editor saved with a UTF-8
// byte-order mark reads as without it.
func TestReadJSONByteOrderMark(t *testing.T) {
	p, err := perceptron.ReadJSON(strings.NewReader("\ufeff" + strictFile("", "")))
	if err != nil {
		t.Fatalf("ReadJSON of a file with a byte-order mark: %v", err)
	}
	if p.Bias != 2 {
		t.Errorf("bias %v; want 2", p.Bias)
	}
}
