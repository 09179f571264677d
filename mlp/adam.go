package mlp

import (
	"errors"
	"fmt"
	"math"
)

// Adam is the adaptive-moment optimizer (Kingma and Ba, 2015), with the
// exact arithmetic of PyTorch's torch.optim.Adam. Each parameter keeps a
// running mean m of its gradient (a momentum) and a running mean v of its
// squared gradient (its typical size), and steps by m/√v: about
// LearningRate in every direction, whatever the gradient's scale. At step
// t = 1, 2, 3, …, with gradient g:
//
//	m ← β₁·m + (1 − β₁)·g
//	v ← β₂·v + (1 − β₂)·g²
//	denominator = √v / √(1 − β₂ᵗ) + ε
//	w ← w − (LearningRate / (1 − β₁ᵗ)) · m / denominator
//
// m and v start at 0, so early on they are too small; dividing by 1 − βᵗ
// (the bias correction) undoes that. ε is added after the correction, as in
// PyTorch, and only guards against dividing by 0.
//
// [NewAdam] sets PyTorch's defaults β₁ = 0.9, β₂ = 0.999, ε = 1e-8. The
// fields are used as they are: a zero Beta1 means no momentum, not the
// default. Use a pointer; Adam remembers its network on the first Step and
// panics if given another one.
type Adam struct {
	// LearningRate is the step size, > 0 (0.001 is PyTorch's default).
	LearningRate float64
	// Beta1 is the decay of the gradient's running mean m, in [0, 1).
	Beta1 float64
	// Beta2 is the decay of the squared gradient's running mean v, in [0, 1).
	Beta2 float64
	// Epsilon is added to the denominator, > 0, so that a weight whose
	// gradient has always been 0 gets 0/ε = 0, not 0/0 = NaN.
	Epsilon float64

	network *Network       // the network of the first Step
	m       parameterState // running mean of each gradient
	v       parameterState // running mean of each squared gradient
	t       int            // steps taken
}

// NewAdam returns an Adam optimizer with the given learning rate and
// PyTorch's defaults β₁ = 0.9, β₂ = 0.999, ε = 1e-8.
func NewAdam(learningRate float64) *Adam {
	return &Adam{LearningRate: learningRate, Beta1: 0.9, Beta2: 0.999, Epsilon: 1e-8}
}

// Step updates every weight and bias of net once, from the gradients in
// WeightGrads and BiasGrads. After the first Step it allocates nothing.
func (o *Adam) Step(net *Network) {
	net.ready()
	if bindNetwork(&o.network, net, "Adam") {
		o.m = newParameterState(net)
		o.v = newParameterState(net)
	}
	o.t++
	biasCorrection1 := 1 - math.Pow(o.Beta1, float64(o.t))
	biasCorrection2 := 1 - math.Pow(o.Beta2, float64(o.t))
	stepSize := o.LearningRate / biasCorrection1
	biasCorrection2Root := math.Sqrt(biasCorrection2)

	// update moves one parameter w of gradient g, with running means m and v.
	update := func(w *float64, g float64, m, v *float64) {
		*m = o.Beta1**m + (1-o.Beta1)*g
		*v = o.Beta2**v + (1-o.Beta2)*g*g
		denominator := math.Sqrt(*v)/biasCorrection2Root + o.Epsilon
		*w += -stepSize * (*m / denominator)
	}

	for l := range net.Layers {
		layer := &net.Layers[l]
		for j := range layer.Weights {
			for i := range layer.Weights[j] {
				update(&layer.Weights[j][i], layer.WeightGrads[j][i], &o.m.Weights[l][j][i], &o.v.Weights[l][j][i])
			}
			update(&layer.Biases[j], layer.BiasGrads[j], &o.m.Biases[l][j], &o.v.Biases[l][j])
		}
	}
}

// Validate returns an error unless LearningRate > 0, Beta1 and Beta2 are in
// [0, 1) and Epsilon > 0. (PyTorch allows ε = 0, but then a weight whose
// gradient is 0, such as one into a dead ReLU, becomes NaN.)
func (o *Adam) Validate() error {
	if o == nil {
		return errors.New("mlp: the optimizer is a nil *Adam; make one with mlp.NewAdam(0.01)")
	}
	if !(o.LearningRate > 0) || math.IsInf(o.LearningRate, 0) {
		return fmt.Errorf("mlp: Adam learning rate is %v, want a number > 0 (try 0.001, or 0.01 for small networks)",
			o.LearningRate)
	}
	if !(o.Beta1 >= 0 && o.Beta1 < 1) {
		return fmt.Errorf("mlp: Adam Beta1 is %v, want 0 ≤ Beta1 < 1 (0.9 is usual; NewAdam sets it)", o.Beta1)
	}
	if !(o.Beta2 >= 0 && o.Beta2 < 1) {
		return fmt.Errorf("mlp: Adam Beta2 is %v, want 0 ≤ Beta2 < 1 (0.999 is usual; NewAdam sets it)", o.Beta2)
	}
	if o.Epsilon == 0 && o.Beta1 == 0 && o.Beta2 == 0 {
		return fmt.Errorf("mlp: Adam's Beta1, Beta2 and Epsilon are all 0, as in a struct literal; "+
			"make it with mlp.NewAdam(%v), which sets PyTorch's defaults", o.LearningRate)
	}
	if !(o.Epsilon > 0) || math.IsInf(o.Epsilon, 0) {
		return fmt.Errorf("mlp: Adam Epsilon is %v, want a small number > 0 (1e-8 is usual; "+
			"with 0, a weight whose gradient is 0 becomes 0/0 = NaN)", o.Epsilon)
	}
	return nil
}

// String describes the optimizer, for example "Adam(lr=0.001, betas=(0.9, 0.999), eps=1e-08)".
func (o *Adam) String() string {
	return fmt.Sprintf("Adam(lr=%g, betas=(%g, %g), eps=%g)", o.LearningRate, o.Beta1, o.Beta2, o.Epsilon)
}
