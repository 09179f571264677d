package activation

import (
	"encoding/json"
	"math"
	"os"
	"strings"
	"testing"
)

// maxULPs is the distance allowed between a value here and PyTorch's: the
// fixtures' README asks for 4 ulps, room for a libm exp or tanh that rounds
// differently from the one PyTorch linked.
const maxULPs = 4

// ulpDistance counts the float64 values between a and b (0 when equal, so
// +0 and −0 count as the same).
func ulpDistance(a, b float64) uint64 {
	if a == b {
		return 0
	}
	ordered := func(x float64) int64 {
		bits := int64(math.Float64bits(x))
		if bits < 0 {
			bits = math.MinInt64 - bits
		}
		return bits
	}
	d := ordered(a) - ordered(b)
	if d < 0 {
		d = -d
	}
	return uint64(d)
}

type activationFixtures struct {
	X           []float64 `json:"x"`
	Slope       float64   `json:"leaky_relu_negative_slope"`
	Activations map[string]struct {
		Value      []float64 `json:"value"`
		Derivative []float64 `json:"derivative"`
	} `json:"activations"`
	SoftmaxCases []struct {
		Input      []float64 `json:"input"`
		Softmax    []float64 `json:"softmax"`
		LogSoftmax []float64 `json:"log_softmax"`
	} `json:"softmax_cases"`
}

func readFixtures(t *testing.T) activationFixtures {
	t.Helper()
	data, err := os.ReadFile("testdata/activations.json")
	if err != nil {
		t.Fatal(err)
	}
	var f activationFixtures
	if err := json.Unmarshal(data, &f); err != nil {
		t.Fatal(err)
	}
	return f
}

// TestPyTorchValues checks every value and derivative that PyTorch computed.
func TestPyTorchValues(t *testing.T) {
	f := readFixtures(t)
	if f.Slope != DefaultLeakySlope {
		t.Fatalf("fixtures use slope %g, DefaultLeakySlope is %g", f.Slope, DefaultLeakySlope)
	}
	if len(f.Activations) == 0 {
		t.Fatal("no activations in the fixture file")
	}
	for name, want := range f.Activations {
		act, err := New(name)
		if err != nil {
			t.Fatal(err)
		}
		for i, z := range f.X {
			a := act.Forward(z)
			if ulpDistance(a, want.Value[i]) > maxULPs {
				t.Errorf("%s(%g) = %v; want %v", name, z, a, want.Value[i])
			}
			d := act.Derivative(z, a)
			if ulpDistance(d, want.Derivative[i]) > maxULPs {
				t.Errorf("%s′(%g) = %v; want %v", name, z, d, want.Derivative[i])
			}
		}
	}
}

func TestPyTorchSoftmax(t *testing.T) {
	f := readFixtures(t)
	for _, c := range f.SoftmaxCases {
		s := Softmax(c.Input)
		ls := LogSoftmax(c.Input)
		for k := range c.Input {
			if ulpDistance(s[k], c.Softmax[k]) > maxULPs {
				t.Errorf("Softmax(%v)[%d] = %v; want %v", c.Input, k, s[k], c.Softmax[k])
			}
			if ulpDistance(ls[k], c.LogSoftmax[k]) > maxULPs {
				t.Errorf("LogSoftmax(%v)[%d] = %v; want %v", c.Input, k, ls[k], c.LogSoftmax[k])
			}
		}
	}
}

// TestExtremes pins the values the lesson promises for huge inputs.
func TestExtremes(t *testing.T) {
	tests := []struct {
		name      string
		got, want float64
	}{
		{"Sigmoid(-1000)", Sigmoid(-1000), 0},
		{"Sigmoid(1000)", Sigmoid(1000), 1},
		{"Tanh(-1000)", Tanh(-1000), -1},
		{"Tanh(1000)", Tanh(1000), 1},
		{"ReLUDerivative(0)", ReLUDerivative(0), 0},
		{"LeakyReLUDerivative(0, 0.01)", LeakyReLUDerivative(0, 0.01), 0.01},
		{"LeakyReLUDerivative(0, 0.2)", LeakyReLUDerivative(0, 0.2), 0.2},
		{"Step(0)", Step(0), 1},
		{"Step(-1e-300)", Step(-1e-300), 0},
		{"StepDerivative(3)", StepDerivative(3), 0},
		{"LogSumExp([1000 1000])", LogSumExp([]float64{1000, 1000}), 1000 + math.Ln2},
		{"LogSumExp([-Inf -Inf])", LogSumExp([]float64{math.Inf(-1), math.Inf(-1)}), math.Inf(-1)}, // log 0, as PyTorch
	}
	for _, tt := range tests {
		if tt.got != tt.want {
			t.Errorf("%s = %v; want %v", tt.name, tt.got, tt.want)
		}
	}
}

// TestNaNPropagates: a NaN in must come out as NaN, never as a plausible
// number that hides the bug upstream (PyTorch does the same).
func TestNaNPropagates(t *testing.T) {
	nan := math.NaN()
	for _, name := range Names() {
		if name == "step" {
			continue // step has only two outputs; the perceptron checks z itself
		}
		if a := MustNew(name).Forward(nan); !math.IsNaN(a) {
			t.Errorf("%s(NaN) = %v; want NaN", name, a)
		}
	}
}

func TestSoftmaxStable(t *testing.T) {
	// sumTolerance: a softmax is a sum of at most a few rounded quotients.
	const sumTolerance = 1e-12
	// digitsTolerance: the issue gives the expected values to 10 digits.
	const digitsTolerance = 5e-11
	tests := []struct {
		z, softmax, logSoftmax []float64
	}{
		{[]float64{1000, 1001, 1002}, []float64{0.0900305732, 0.2447284711, 0.6652409558}, nil},
		{[]float64{-1000, -1000}, []float64{0.5, 0.5}, nil},
		{[]float64{-1000, 0, 1000}, []float64{0, 0, 1}, []float64{-2000, -1000, 0}},
	}
	for _, tt := range tests {
		s := Softmax(tt.z)
		sum := 0.0
		for k := range s {
			sum += s[k]
			if math.Abs(s[k]-tt.softmax[k]) > digitsTolerance {
				t.Errorf("Softmax(%v)[%d] = %v; want %v", tt.z, k, s[k], tt.softmax[k])
			}
		}
		if math.Abs(sum-1) > sumTolerance {
			t.Errorf("Softmax(%v) sums to %v; want 1", tt.z, sum)
		}
		if tt.logSoftmax != nil {
			ls := LogSoftmax(tt.z)
			for k := range ls {
				if ls[k] != tt.logSoftmax[k] {
					t.Errorf("LogSoftmax(%v)[%d] = %v; want %v", tt.z, k, ls[k], tt.logSoftmax[k])
				}
			}
		}
	}
}

// TestNoNaN runs every function over finite inputs from the smallest to the
// largest float64 and fails on any NaN or Inf.
func TestNoNaN(t *testing.T) {
	inputs := []float64{-math.MaxFloat64, -1e300, -1e10, -745, -710, -709, -40, -1,
		-math.SmallestNonzeroFloat64, 0, math.SmallestNonzeroFloat64, 1, 36.8, 40, 710, 1e10, 1e300, math.MaxFloat64}
	for _, name := range Names() {
		act := MustNew(name)
		for _, z := range inputs {
			a := act.Forward(z)
			d := act.Derivative(z, a)
			if name == "identity" || name == "leaky_relu" || name == "relu" {
				// These are unbounded by design: φ(z) is z (or slope·z), finite for finite z.
				if math.IsNaN(a) || math.IsNaN(d) || math.IsInf(d, 0) {
					t.Errorf("%s(%g) = %v, φ′ = %v", name, z, a, d)
				}
				continue
			}
			if math.IsNaN(a) || math.IsInf(a, 0) || math.IsNaN(d) || math.IsInf(d, 0) {
				t.Errorf("%s(%g) = %v, φ′ = %v; want finite", name, z, a, d)
			}
		}
	}
	// ±1e300 rather than ±MaxFloat64: log-softmax's true value there, −2·MaxFloat64,
	// is itself beyond float64.
	vectors := [][]float64{{-1e300, 0, 1e300}, {-1e300, -1e300}, {1e300}, {0, math.MaxFloat64}}
	for _, z := range vectors {
		for k, v := range append(Softmax(z), LogSoftmax(z)...) {
			if math.IsNaN(v) || math.IsInf(v, 0) {
				t.Errorf("Softmax/LogSoftmax(%v) element %d = %v; want finite", z, k, v)
			}
		}
	}
}

// TestDerivativeFiniteDifference compares each derivative with the central
// difference (φ(z+h) − φ(z−h)) / 2h at points away from kinks.
func TestDerivativeFiniteDifference(t *testing.T) {
	// h balances truncation error (∝ h²) against rounding error (∝ ε/h).
	const h = 1e-6
	// fdTolerance: truncation plus rounding of a central difference with that h.
	const fdTolerance = 1e-7
	points := []float64{-4, -1.5, -0.3, 0.2, 0.7, 2.5}
	acts := []Activation{NewLeakyReLU(0.2)}
	for _, name := range Names() {
		acts = append(acts, MustNew(name))
	}
	for _, act := range acts {
		for _, z := range points {
			numeric := (act.Forward(z+h) - act.Forward(z-h)) / (2 * h)
			analytic := act.Derivative(z, act.Forward(z))
			if math.Abs(numeric-analytic) > fdTolerance {
				t.Errorf("%v′(%g) = %v; finite difference gives %v", act, z, analytic, numeric)
			}
		}
	}
}

func TestNew(t *testing.T) {
	for _, name := range Names() {
		act, err := New(strings.ToUpper(name))
		if err != nil || act.Name != name {
			t.Errorf("New(%q) = %v, %v; want %s", strings.ToUpper(name), act, err, name)
		}
	}
	for _, bad := range []string{"", "sigmod", "softmax", "gelu"} {
		_, err := New(bad)
		if err == nil {
			t.Errorf("New(%q) succeeded; want an error", bad)
		} else if !strings.Contains(err.Error(), "sigmoid") {
			t.Errorf("New(%q) error %q does not list the known names", bad, err)
		}
	}
	if got := NewLeakyReLU(0.2).String(); got != "leaky_relu(0.2)" {
		t.Errorf("NewLeakyReLU(0.2).String() = %q; want leaky_relu(0.2)", got)
	}
}

func TestVectorInputsUnchanged(t *testing.T) {
	z := []float64{3, -1, 0.5}
	before := append([]float64(nil), z...)
	Softmax(z)
	LogSoftmax(z)
	LogSumExp(z)
	for k := range z {
		if math.Float64bits(z[k]) != math.Float64bits(before[k]) {
			t.Fatalf("input changed: %v; was %v", z, before)
		}
	}
}

func TestEmptyVectorPanics(t *testing.T) {
	for name, f := range map[string]func([]float64){
		"Softmax":    func(z []float64) { Softmax(z) },
		"LogSoftmax": func(z []float64) { LogSoftmax(z) },
		"LogSumExp":  func(z []float64) { LogSumExp(z) },
	} {
		func() {
			defer func() {
				msg, _ := recover().(string)
				if !strings.Contains(msg, name) {
					t.Errorf("%s(empty) panic = %q; want a message naming %s", name, msg, name)
				}
			}()
			f(nil)
		}()
	}
}
