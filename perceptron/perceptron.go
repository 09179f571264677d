package perceptron

import (
	"fmt"
	"math"
	"math/rand/v2"
	"strings"

	"github.com/tocha-go/tocha/activation"
)

// Perceptron is a single neuron with one weight per input, a bias and an
// activation:
//
//	z = w·x + b = Σᵢ wᵢ·xᵢ + b
//	a = step(z)
//
// Build one with [New] (all zeros, the classroom start) or [NewRandom]. A
// Perceptron can also be written as a literal, for example the NAND gate
//
//	p := &perceptron.Perceptron{Weights: []float64{-2, -1}, Bias: 2}
//
// in which case its zero Activation stands for the step function.
type Perceptron struct {
	// Weights holds wᵢ, the weight of input i; its length is the number of
	// inputs the perceptron takes.
	Weights []float64
	// Bias is b, the weight of an input that is always 1. It moves the
	// decision line w·x + b = 0 away from the origin.
	Bias float64
	// Activation is the function applied to z, used alike by Forward,
	// Predict and Train. New sets it to activation.Step; the zero value
	// (nil Forward) also means step. Train needs outputs of exactly 0 or 1.
	Activation activation.Activation
}

// New returns a perceptron with the given number of inputs, all weights and
// the bias at 0 and the step activation. Starting at zero is the classroom
// convention: every number in a training trace is then an integer (for a
// learning rate of 1) that a student can check by hand.
//
// New panics if inputs < 1.
func New(inputs int) *Perceptron {
	if inputs < 1 {
		panic(fmt.Sprintf("perceptron: New got %d inputs, want at least 1", inputs))
	}
	return &Perceptron{
		Weights:    make([]float64, inputs),
		Bias:       0,
		Activation: activation.MustNew("step"),
	}
}

// NewRandom returns a perceptron whose weights and bias are drawn uniformly
// from [−1, 1) by rng, with the step activation. Weights are drawn first, in
// order, then the bias, so a seeded rng gives the same perceptron every time:
//
//	rng := rand.New(rand.NewPCG(1, 2))
//	p := perceptron.NewRandom(2, rng)
//
// NewRandom panics if inputs < 1 or rng is nil.
func NewRandom(inputs int, rng *rand.Rand) *Perceptron {
	if rng == nil {
		panic("perceptron: NewRandom got a nil *rand.Rand; pass rand.New(rand.NewPCG(seed1, seed2))")
	}
	p := New(inputs)
	for i := range p.Weights {
		p.Weights[i] = 2*rng.Float64() - 1
	}
	p.Bias = 2*rng.Float64() - 1
	return p
}

// Forward returns the weighted sum z and the output a of the perceptron for
// the input x:
//
//	z = Σᵢ wᵢ·xᵢ + b
//	a = step(z)      (or the perceptron's Activation)
//
// Forward panics if len(x) differs from len(p.Weights), naming both numbers,
// and if z is NaN (an input or weight is NaN, or ±Inf cancels out), because
// step(NaN) would silently read as 0. Only a direct call can panic on NaN:
// [Perceptron.Train] and [Perceptron.CountCorrect] check their data and
// every z first, and return an error instead.
func (p *Perceptron) Forward(x []float64) (z, a float64) {
	if len(x) != len(p.Weights) {
		panic(fmt.Sprintf("perceptron: Forward got %s, want %d", inputCount(len(x)), len(p.Weights)))
	}
	z = p.weightedSum(x)
	if math.IsNaN(z) {
		panic(fmt.Sprintf("perceptron: Forward computed z = NaN from inputs %v, Weights %v, Bias %v",
			x, p.Weights, p.Bias))
	}
	a = p.activate(z)
	return z, a
}

// Predict returns the output a = step(w·x + b) for the input x; it is
// [Perceptron.Forward] without z, and panics in the same cases.
func (p *Perceptron) Predict(x []float64) float64 {
	_, a := p.Forward(x)
	return a
}

// CountCorrect returns how many samples p classifies correctly, that is for
// how many rows i Predict(inputs[i]) equals labels[i].
//
// It returns an error, and counts nothing, if the data is malformed (see
// [Perceptron.Train] for the checks), if a weight or the bias is NaN or
// ±Inf, or, wrapping [ErrOverflow] and naming the row, if some z = w·x + b
// overflows to ±Inf or NaN: an overflowed sum may have the wrong sign.
func (p *Perceptron) CountCorrect(inputs [][]float64, labels []float64) (int, error) {
	if err := p.checkData(inputs, labels); err != nil {
		return 0, err
	}
	if err := p.checkWeights(); err != nil {
		return 0, err
	}
	correct, overflowRow := p.countCorrect(inputs, labels)
	if overflowRow >= 0 {
		z := p.weightedSum(inputs[overflowRow])
		return 0, fmt.Errorf("%w: row %d gives z = w·x + b = %v; rescale the inputs or the weights",
			ErrOverflow, overflowRow, z)
	}
	return correct, nil
}

// countCorrect is CountCorrect for data and weights already checked. It
// stops at the first row whose z is not finite and returns its index as
// overflowRow; overflowRow is −1 when every z is finite.
func (p *Perceptron) countCorrect(inputs [][]float64, labels []float64) (correct, overflowRow int) {
	for i, x := range inputs {
		z := p.weightedSum(x)
		if !isFinite(z) {
			return 0, i
		}
		if p.activate(z) == labels[i] {
			correct++
		}
	}
	return correct, -1
}

// activate applies the perceptron's activation, the step function if none
// was set.
func (p *Perceptron) activate(z float64) float64 {
	if p.Activation.Forward == nil {
		return activation.Step(z)
	}
	return p.Activation.Forward(z)
}

// activationName is the name String prints: "step" for the zero Activation.
func (p *Perceptron) activationName() string {
	if p.Activation.Forward == nil {
		return "step"
	}
	return p.Activation.String()
}

// String prints the weights and bias rounded to 3 decimals, and the
// activation:
//
//	Perceptron(Weights: [-2.000 -1.000], Bias: 2.000, Activation: step)
func (p *Perceptron) String() string {
	return fmt.Sprintf("Perceptron(Weights: %s, Bias: %.3f, Activation: %s)",
		formatVector(p.Weights), p.Bias, p.activationName())
}

// formatVector prints v as "[-2.000 -1.000]".
func formatVector(v []float64) string {
	parts := make([]string, len(v))
	for i, x := range v {
		parts[i] = fmt.Sprintf("%.3f", x)
	}
	return "[" + strings.Join(parts, " ") + "]"
}
