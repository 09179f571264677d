package loss

import (
	"encoding/json"
	"math"
	"os"
	"testing"

	"github.com/tocha-go/tocha/activation"
)

// fixtureTolerance is the relative (and, near zero, absolute) error allowed
// against PyTorch: the fixtures' README asks for 1e-12, room for summing in
// another order than PyTorch does.
const fixtureTolerance = 1e-12

// gradientCase is the part of a case of testdata/gradients_public.json that
// this package checks: the network's output, loss, ∂L/∂output and deltas.
type gradientCase struct {
	Name         string      `json:"name"`
	Activations  []string    `json:"activations"`
	Loss         string      `json:"loss"`
	Targets      [][]float64 `json:"targets"`
	ClassTargets []int       `json:"class_targets"`
	Layers       []struct {
		W [][]float64 `json:"W"`
	} `json:"layers"`
	Expected struct {
		Preactivations [][][]float64 `json:"preactivations"`
		Outputs        [][][]float64 `json:"outputs"`
		Loss           float64       `json:"loss"`
		DLossDOutput   [][]float64   `json:"dloss_doutput"`
		Deltas         [][][]float64 `json:"deltas"`
	} `json:"expected"`
}

func readGradientCases(t *testing.T) []gradientCase {
	t.Helper()
	data, err := os.ReadFile("testdata/gradients_public.json")
	if err != nil {
		t.Fatal(err)
	}
	var cases []gradientCase
	if err := json.Unmarshal(data, &cases); err != nil {
		t.Fatal(err)
	}
	if len(cases) == 0 {
		t.Fatal("no cases in testdata/gradients_public.json")
	}
	return cases
}

// near reports whether got is within fixtureTolerance of want, relative to
// |want| or absolute when want is below 1.
func near(got, want float64) bool {
	return math.Abs(got-want) <= fixtureTolerance*math.Max(1, math.Abs(want))
}

// TestPyTorchLossAndDeltas takes the network outputs PyTorch computed and
// checks the loss, ∂L/∂output and every layer's δ = ∂L/∂z, going back
// through the layers with δ_prev = (Wᵀ·δ) ⊙ φ′(z).
func TestPyTorchLossAndDeltas(t *testing.T) {
	for _, c := range readGradientCases(t) {
		t.Run(c.Name, func(t *testing.T) {
			last := len(c.Layers) - 1
			outputs := c.Expected.Outputs[last]
			lossFunc, err := New(c.Loss)
			if err != nil {
				t.Fatal(err)
			}
			value := lossFunc.Forward(outputs, c.Targets)
			if !near(value, c.Expected.Loss) {
				t.Errorf("loss = %v; want %v", value, c.Expected.Loss)
			}
			gradient := lossFunc.Backward(nil, outputs, c.Targets)
			if c.ClassTargets != nil {
				if v := CrossEntropy(outputs, c.ClassTargets); !near(v, c.Expected.Loss) {
					t.Errorf("CrossEntropy with classes = %v; want %v", v, c.Expected.Loss)
				}
				byClass := CrossEntropyGradient(nil, outputs, c.ClassTargets)
				compareBatch(t, "CrossEntropyGradient", byClass, c.Expected.DLossDOutput)
			}
			compareBatch(t, "dloss_doutput", gradient, c.Expected.DLossDOutput)

			// Back through the activations and the weights, with PyTorch's numbers
			// for z and a, so that any difference is this package's.
			delta := gradient
			for l := last; l >= 0; l-- {
				act := activation.MustNew(c.Activations[l])
				z, a := c.Expected.Preactivations[l], c.Expected.Outputs[l]
				next := make([][]float64, len(delta))
				for b := range delta {
					next[b] = make([]float64, len(delta[b]))
					for j := range delta[b] {
						next[b][j] = delta[b][j] * act.Derivative(z[b][j], a[b][j])
					}
				}
				compareBatch(t, "deltas", next, c.Expected.Deltas[l])
				if l == 0 {
					break
				}
				// ∂L/∂a_prev = Wᵀ·δ: the gradient reaching the previous layer's output.
				W := c.Layers[l].W
				delta = make([][]float64, len(next))
				for b := range next {
					delta[b] = make([]float64, len(W[0]))
					for i := range W[0] {
						for j := range W {
							delta[b][i] += W[j][i] * next[b][j]
						}
					}
				}
			}
		})
	}
}

func compareBatch(t *testing.T, what string, got, want [][]float64) {
	t.Helper()
	for b := range want {
		for k := range want[b] {
			if !near(got[b][k], want[b][k]) {
				t.Errorf("%s[%d][%d] = %v; want %v", what, b, k, got[b][k], want[b][k])
			}
		}
	}
}
