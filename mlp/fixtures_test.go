package mlp

import (
	"encoding/json"
	"fmt"
	"math"
	"os"
	"testing"

	"github.com/tocha-go/tocha/activation"
	"github.com/tocha-go/tocha/loss"
)

// The reference numbers in testdata/ were computed by PyTorch (see
// /work/shared/refs/README.md for how and with what checks).

// fixtureLayer is a layer's parameters as the fixtures write them.
type fixtureLayer struct {
	W [][]float64 `json:"W"`
	B []float64   `json:"b"`
}

// gradientCase is one case of gradients_public.json.
type gradientCase struct {
	Name        string         `json:"name"`
	LayerSizes  []int          `json:"layer_sizes"`
	Activations []string       `json:"activations"`
	Loss        string         `json:"loss"`
	Inputs      [][]float64    `json:"inputs"`
	Targets     [][]float64    `json:"targets"`
	Classes     []int          `json:"class_targets"`
	Layers      []fixtureLayer `json:"layers"`
	LR          float64        `json:"lr"`
	Expected    struct {
		Preactivations [][][]float64  `json:"preactivations"`
		Outputs        [][][]float64  `json:"outputs"`
		Probabilities  [][]float64    `json:"probabilities"`
		Loss           float64        `json:"loss"`
		DLossDOutput   [][]float64    `json:"dloss_doutput"`
		Deltas         [][][]float64  `json:"deltas"`
		Grads          []fixtureLayer `json:"grads"`
		UpdatedLayers  []fixtureLayer `json:"updated_layers"`
	} `json:"expected"`
}

// readFixture decodes a JSON file of testdata/ into v.
func readFixture(t *testing.T, name string, v any) {
	t.Helper()
	data, err := os.ReadFile("testdata/" + name)
	if err != nil {
		t.Fatal(err)
	}
	if err := json.Unmarshal(data, v); err != nil {
		t.Fatalf("%s: %v", name, err)
	}
}

// networkFromFixture builds the network of a fixture case.
func networkFromFixture(t *testing.T, layers []fixtureLayer, activations []string) *Network {
	t.Helper()
	given := make([]Layer, len(layers))
	for l, fl := range layers {
		given[l] = Layer{Weights: fl.W, Biases: fl.B, Activation: activation.MustNew(activations[l])}
	}
	net, err := FromLayers(given...)
	if err != nil {
		t.Fatal(err)
	}
	return net
}

// closeTo reports whether got is within relTol·|want| + absTol of want.
func closeTo(got, want, relTol, absTol float64) bool {
	return math.Abs(got-want) <= relTol*math.Abs(want)+absTol
}

// compareMatrix reports every entry of got that is not close to want.
func compareMatrix(t *testing.T, what string, got, want [][]float64, relTol, absTol float64) {
	t.Helper()
	if len(got) != len(want) {
		t.Errorf("%s has %d rows; want %d", what, len(got), len(want))
		return
	}
	for r := range want {
		if len(got[r]) != len(want[r]) {
			t.Errorf("%s row %d has %d values; want %d", what, r, len(got[r]), len(want[r]))
			continue
		}
		for c := range want[r] {
			if !closeTo(got[r][c], want[r][c], relTol, absTol) {
				t.Errorf("%s[%d][%d] = %.17g; want %.17g", what, r, c, got[r][c], want[r][c])
			}
		}
	}
}

// PyTorch and this package sum in different orders, so values can differ by
// a few ulps; 1e-12 relative leaves room for that (and for the cancellation
// in a sum of a few terms) while catching any real mistake. The absolute
// part covers values that are 0 up to rounding.
const (
	fixtureRelTol = 1e-12
	fixtureAbsTol = 1e-12
)

func TestGradientFixtures(t *testing.T) {
	var cases []gradientCase
	readFixture(t, "gradients_public.json", &cases)
	if len(cases) != 12 {
		t.Fatalf("gradients_public.json has %d cases; want 12", len(cases))
	}
	for _, c := range cases {
		t.Run(c.Name, func(t *testing.T) {
			net := networkFromFixture(t, c.Layers, c.Activations)
			lossFunction := loss.MustNew(c.Loss)
			e := c.Expected

			// Forward, one sample at a time, keeping every layer's z and a.
			outputs := net.ForwardBatch(c.Inputs)
			for l := range net.Layers {
				var z, a [][]float64
				for b := range c.Inputs {
					z = append(z, append([]float64(nil), net.traces[b].z[l]...))
					a = append(a, append([]float64(nil), net.traces[b].a[l]...))
				}
				compareMatrix(t, fmt.Sprintf("z of layer %d", l+1), z, e.Preactivations[l], fixtureRelTol, fixtureAbsTol)
				compareMatrix(t, fmt.Sprintf("a of layer %d", l+1), a, e.Outputs[l], fixtureRelTol, fixtureAbsTol)
			}
			if e.Probabilities != nil {
				var probabilities [][]float64
				for _, x := range c.Inputs {
					p := net.PredictProbabilities(x)
					if len(p) == 2 && net.OutputSize() == 1 {
						p = p[1:] // the fixture gives σ(z) only
					}
					probabilities = append(probabilities, p)
				}
				compareMatrix(t, "probabilities", probabilities, e.Probabilities, fixtureRelTol, fixtureAbsTol)
				outputs = net.ForwardBatch(c.Inputs) // PredictProbabilities replaced the batch
			}

			// Loss and its gradient.
			if got := lossFunction.Forward(outputs, c.Targets); !closeTo(got, e.Loss, fixtureRelTol, fixtureAbsTol) {
				t.Errorf("loss = %.17g; want %.17g", got, e.Loss)
			}
			if c.Classes != nil {
				if got := loss.CrossEntropy(outputs, c.Classes); !closeTo(got, e.Loss, fixtureRelTol, fixtureAbsTol) {
					t.Errorf("loss from class indices = %.17g; want %.17g", got, e.Loss)
				}
			}
			dOutputs := lossFunction.Backward(nil, outputs, c.Targets)
			// Saturated BCE gives ∂L/∂p around 1e11: compare relatively only.
			compareMatrix(t, "dLoss/dOutput", dOutputs, e.DLossDOutput, fixtureRelTol, 0)

			// Backward, sample by sample.
			net.ZeroGrad()
			var deltas [][][]float64 = make([][][]float64, len(net.Layers))
			for b := range c.Inputs {
				net.useTrace(b)
				net.Backward(dOutputs[b])
				for l := range net.Layers {
					deltas[l] = append(deltas[l], append([]float64(nil), net.Layers[l].Delta...))
				}
			}
			for l := range net.Layers {
				layer := &net.Layers[l]
				compareMatrix(t, fmt.Sprintf("δ of layer %d", l+1), deltas[l], e.Deltas[l], fixtureRelTol, fixtureAbsTol)
				compareMatrix(t, fmt.Sprintf("WeightGrads of layer %d", l+1), layer.WeightGrads, e.Grads[l].W, fixtureRelTol, fixtureAbsTol)
				compareMatrix(t, fmt.Sprintf("BiasGrads of layer %d", l+1), [][]float64{layer.BiasGrads}, [][]float64{e.Grads[l].B}, fixtureRelTol, fixtureAbsTol)
			}

			// One SGD step.
			(&SGD{LearningRate: c.LR}).Step(net)
			for l := range net.Layers {
				layer := &net.Layers[l]
				compareMatrix(t, fmt.Sprintf("Weights of layer %d after the step", l+1), layer.Weights, e.UpdatedLayers[l].W, fixtureRelTol, fixtureAbsTol)
				compareMatrix(t, fmt.Sprintf("Biases of layer %d after the step", l+1), [][]float64{layer.Biases}, [][]float64{e.UpdatedLayers[l].B}, fixtureRelTol, fixtureAbsTol)
			}
		})
	}
}

// TestGradientFixturesBatchPath checks that ForwardBatch + BackwardBatch,
// the path Train takes, gives the same gradients as the fixtures.
func TestGradientFixturesBatchPath(t *testing.T) {
	var cases []gradientCase
	readFixture(t, "gradients_public.json", &cases)
	for _, c := range cases {
		net := networkFromFixture(t, c.Layers, c.Activations)
		lossFunction := loss.MustNew(c.Loss)
		net.ZeroGrad()
		outputs := net.ForwardBatch(c.Inputs)
		net.BackwardBatch(lossFunction.Backward(nil, outputs, c.Targets))
		for l := range net.Layers {
			layer := &net.Layers[l]
			compareMatrix(t, fmt.Sprintf("%s: WeightGrads of layer %d", c.Name, l+1), layer.WeightGrads, c.Expected.Grads[l].W, fixtureRelTol, fixtureAbsTol)
			compareMatrix(t, fmt.Sprintf("%s: BiasGrads of layer %d", c.Name, l+1), [][]float64{layer.BiasGrads}, [][]float64{c.Expected.Grads[l].B}, fixtureRelTol, fixtureAbsTol)
		}
	}
}
