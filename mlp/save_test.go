package mlp_test

import (
	"bytes"
	"fmt"
	"io"
	"math"
	"math/rand/v2"
	"os"
	"path/filepath"
	"runtime"
	"slices"
	"strings"
	"testing"

	"github.com/tocha-go/tocha/activation"
	"github.com/tocha-go/tocha/mlp"
)

// fileFormat is one way to write a network and read it back exactly.
type fileFormat struct {
	name  string
	write func(*mlp.Network, io.Writer) error
	read  func(io.Reader) (*mlp.Network, error)
}

func exactFormats() []fileFormat {
	return []fileFormat{
		{"JSON", (*mlp.Network).WriteJSON, mlp.ReadJSON},
		{"safetensors F64", func(n *mlp.Network, w io.Writer) error { return n.WriteSafetensors(w, "F64") }, mlp.ReadSafetensors},
	}
}

func negativeZero() float64 { return math.Copysign(0, -1) }

// randomNetwork returns a network with one layer per activation name and
// random sizes from 1 to 5; a leaky ReLU gets a random slope, so that the
// slope is seen to travel.
func randomNetwork(t *testing.T, rng *rand.Rand, names []string) *mlp.Network {
	t.Helper()
	sizes := make([]int, len(names)+1)
	for k := range sizes {
		sizes[k] = 1 + rng.IntN(5)
	}
	net, err := mlp.New(sizes, names, rng)
	if err != nil {
		t.Fatal(err)
	}
	for l := range net.Layers {
		if names[l] == "leaky_relu" {
			net.Layers[l].Activation = activation.NewLeakyReLU(rng.Float64())
		}
	}
	return net
}

// differences lists how two networks differ: in shape, activation (name or
// slope), or any weight or bias, compared bit for bit (so -0 ≠ 0).
func differences(got, want *mlp.Network) []string {
	if len(got.Layers) != len(want.Layers) {
		return []string{fmt.Sprintf("%d layers; want %d", len(got.Layers), len(want.Layers))}
	}
	var found []string
	for l := range want.Layers {
		g, w := &got.Layers[l], &want.Layers[l]
		if g.Activation.String() != w.Activation.String() {
			found = append(found, fmt.Sprintf("layer %d activation %v; want %v", l+1, g.Activation, w.Activation))
		}
		if !slices.EqualFunc(g.Weights, w.Weights, sameBits) {
			found = append(found, fmt.Sprintf("layer %d Weights %v; want %v", l+1, g.Weights, w.Weights))
		}
		if !sameBits(g.Biases, w.Biases) {
			found = append(found, fmt.Sprintf("layer %d Biases %v; want %v", l+1, g.Biases, w.Biases))
		}
	}
	return found
}

// sameBits reports whether a and b hold the same float64s, bit for bit.
func sameBits(a, b []float64) bool {
	return slices.EqualFunc(a, b, func(x, y float64) bool { return math.Float64bits(x) == math.Float64bits(y) })
}

// checkSameOutputs runs both networks on a few random inputs and reports
// any output that differs in a single bit.
func checkSameOutputs(t *testing.T, got, want *mlp.Network, rng *rand.Rand) {
	t.Helper()
	x := make([]float64, want.InputSize())
	for range 5 {
		for i := range x {
			x[i] = 6*rng.Float64() - 3
		}
		if g, w := got.Predict(x), want.Predict(x); !sameBits(g, w) {
			t.Errorf("Forward(%v) = %v after the round trip; want %v, bit for bit", x, g, w)
		}
	}
}

// A network written and read back is the same network, bit for bit, for
// every activation and depth, in every exact format.
func TestRoundTrip(t *testing.T) {
	rng := rand.New(rand.NewPCG(8, 1))
	var cases [][]string // the activations of each network
	for _, name := range activation.Names() {
		for depth := 1; depth <= 4; depth++ {
			cases = append(cases, slices.Repeat([]string{name}, depth))
		}
	}
	for range 20 { // and mixed ones
		names := make([]string, 1+rng.IntN(5))
		for l := range names {
			names[l] = activation.Names()[rng.IntN(len(activation.Names()))]
		}
		cases = append(cases, names)
	}
	for _, format := range exactFormats() {
		for _, names := range cases {
			t.Run(format.name+"/"+strings.Join(names, ","), func(t *testing.T) {
				net := randomNetwork(t, rng, names)
				var file bytes.Buffer
				err := format.write(net, &file)
				if format.name != "JSON" && slices.Contains(names, "step") {
					if err == nil || !strings.Contains(err.Error(), "step activation, which PyTorch has no module for") {
						t.Fatalf("writing a step network: error = %v; want one naming the step layer", err)
					}
					return
				}
				if err != nil {
					t.Fatal(err)
				}
				back, err := format.read(&file)
				if err != nil {
					t.Fatal(err)
				}
				for _, difference := range differences(back, net) {
					t.Error(difference)
				}
				checkSameOutputs(t, back, net, rng)
			})
		}
	}
}

// Numbers at the edges of float64 survive exactly: negative zero, the
// smallest subnormal, the largest float64, and 0.1, which has no exact
// binary form.
func TestRoundTripExtremeNumbers(t *testing.T) {
	net, err := mlp.FromLayers(mlp.Layer{
		Weights:    [][]float64{{negativeZero(), 5e-324, math.MaxFloat64}, {0.1, -math.SmallestNonzeroFloat64, 1e-300}},
		Biases:     []float64{-1.5e-310, 1 / 3.0},
		Activation: activation.MustNew("identity"),
	})
	if err != nil {
		t.Fatal(err)
	}
	for _, format := range exactFormats() {
		var file bytes.Buffer
		if err := format.write(net, &file); err != nil {
			t.Fatal(err)
		}
		back, err := format.read(&file)
		if err != nil {
			t.Fatal(err)
		}
		for _, difference := range differences(back, net) {
			t.Errorf("%s: %s", format.name, difference)
		}
	}
}

// A network that no file can hold is refused with a reason, and nothing
// is written.
func TestWriteRefuses(t *testing.T) {
	layer := func(weight, bias float64, phi activation.Activation) *mlp.Network {
		// A struct literal: FromLayers would copy, New would not allow the values.
		return &mlp.Network{Layers: []mlp.Layer{{Weights: [][]float64{{1, weight}}, Biases: []float64{bias}, Activation: phi}}}
	}
	sigmoid := activation.MustNew("sigmoid")
	swish := activation.Activation{Name: "swish", Forward: math.Tanh, Derivative: func(z, a float64) float64 { return 1 }}
	tests := []struct {
		name string
		net  *mlp.Network
		want string
	}{
		{"NaN weight", layer(math.NaN(), 0, sigmoid), "layer 1, Weights[0][1] is NaN"},
		{"infinite bias", layer(0, math.Inf(-1), sigmoid), "layer 1, Biases[0] is -Inf"},
		{"unnamed activation", layer(0, 0, swish), `layer 1 has activation "swish", which a file cannot name`},
		{"leaky slope NaN", layer(0, 0, activation.NewLeakyReLU(math.NaN())), "leaky_relu with slope NaN"},
		{"no layers", &mlp.Network{}, "at least one layer"},
		{"no activation", layer(0, 0, activation.Activation{}), "layer 1 has no activation"},
	}
	for _, tt := range tests {
		for _, format := range exactFormats() {
			var file bytes.Buffer
			err := format.write(tt.net, &file)
			if err == nil || !strings.Contains(err.Error(), tt.want) {
				t.Errorf("%s: %s error = %v; want one containing %q", tt.name, format.name, err, tt.want)
			}
			if file.Len() != 0 {
				t.Errorf("%s: %s wrote %d bytes with its error; want none", tt.name, format.name, file.Len())
			}
		}
	}
}

// Save and Load pick the format from the extension, and give back the
// same network.
func TestSaveLoad(t *testing.T) {
	rng := rand.New(rand.NewPCG(3, 4))
	net := randomNetwork(t, rng, []string{"tanh", "leaky_relu", "sigmoid"})
	dir := t.TempDir()
	for _, name := range []string{"net.json", "net.safetensors"} {
		path := filepath.Join(dir, name)
		if err := net.Save(path); err != nil {
			t.Fatal(err)
		}
		back, err := mlp.Load(path)
		if err != nil {
			t.Fatal(err)
		}
		for _, difference := range differences(back, net) {
			t.Errorf("%s: %s", name, difference)
		}
		if runtime.GOOS != "windows" {
			if info, err := os.Stat(path); err != nil || info.Mode().Perm() != 0o644 {
				t.Errorf("%s has mode %v (%v); want -rw-r--r--", name, info.Mode(), err)
			}
		}
	}
	head, err := os.ReadFile(filepath.Join(dir, "net.json"))
	if err != nil || !bytes.HasPrefix(head, []byte("{\n  \"format\": \"tocha.mlp\"")) {
		t.Errorf("net.json starts %.30q (%v); want a tocha JSON file", head, err)
	}
	if err := net.Save(filepath.Join(dir, "net.txt")); err == nil || !strings.Contains(err.Error(), `unknown extension ".txt"`) {
		t.Errorf("Save(net.txt) error = %v; want one naming the extension", err)
	}
	if _, err := mlp.Load(filepath.Join(dir, "net.txt")); err == nil || !strings.Contains(err.Error(), `unknown extension ".txt"`) {
		t.Errorf("Load(net.txt) error = %v; want one naming the extension", err)
	}
	checkOnlyFiles(t, dir, "net.json", "net.safetensors")
}

// A Save that fails leaves the old file as it was and no temporary file
// behind; one that succeeds replaces it whole.
func TestSaveIsAtomic(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "model.json")
	if err := os.WriteFile(path, []byte("old"), 0o644); err != nil {
		t.Fatal(err)
	}
	broken := &mlp.Network{Layers: []mlp.Layer{{Weights: [][]float64{{math.NaN()}}, Biases: []float64{0},
		Activation: activation.MustNew("sigmoid")}}}
	if err := broken.Save(path); err == nil {
		t.Fatal("Save of a NaN network succeeded; want an error")
	}
	if content, _ := os.ReadFile(path); string(content) != "old" {
		t.Errorf("after a failed Save the file holds %q; want \"old\", untouched", content)
	}
	checkOnlyFiles(t, dir, "model.json")

	if err := docNetwork(t).Save(path); err != nil {
		t.Fatal(err)
	}
	if content, _ := os.ReadFile(path); string(content) != docJSON {
		t.Errorf("after Save the file holds\n%s\nwant\n%s", content, docJSON)
	}
	checkOnlyFiles(t, dir, "model.json")

	if err := docNetwork(t).Save(filepath.Join(dir, "missing", "model.json")); err == nil {
		t.Error("Save into a missing folder succeeded; want an error")
	}
}

// checkOnlyFiles fails unless dir holds exactly the named files.
func checkOnlyFiles(t *testing.T, dir string, want ...string) {
	t.Helper()
	entries, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, entry := range entries {
		got = append(got, entry.Name())
	}
	if !slices.Equal(got, want) {
		t.Errorf("folder holds %v; want %v", got, want)
	}
}

// allocatedBytes returns how many bytes f allocates on the heap. It must
// not run in parallel with other tests.
func allocatedBytes(f func()) uint64 {
	var before, after runtime.MemStats
	runtime.ReadMemStats(&before)
	f()
	runtime.ReadMemStats(&after)
	return after.TotalAlloc - before.TotalAlloc
}

// TestSaveExtensionAnyCase checks that the extension is read whatever its
// case, as a file system that ignores case would.
func TestSaveExtensionAnyCase(t *testing.T) {
	net, err := mlp.New([]int{2, 2, 1}, []string{"sigmoid", "sigmoid"}, rand.New(rand.NewPCG(1, 2)))
	if err != nil {
		t.Fatal(err)
	}
	for _, name := range []string{"XOR.JSON", "xor.SafeTensors"} {
		path := filepath.Join(t.TempDir(), name)
		if err := net.Save(path); err != nil {
			t.Errorf("Save(%q): %v", name, err)
			continue
		}
		if _, err := mlp.Load(path); err != nil {
			t.Errorf("Load(%q): %v", name, err)
		}
	}
}
