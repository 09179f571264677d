package activation

import (
	"fmt"
	"strings"
)

// Activation is an element-wise activation function as a layer holds it: a
// name, the function φ and its derivative φ′.
//
//	a = Forward(z)
//	φ′(z) = Derivative(z, a)
//
// Derivative receives both the input z and the output a = φ(z), because some
// derivatives are computed from one and some from the other (sigmoid and tanh
// from a, ReLU from z); backpropagation has both at hand.
//
// Build one with [New] (by name) or [NewLeakyReLU] (with a chosen slope). The
// zero Activation has nil functions and panics when called.
type Activation struct {
	// Name is the canonical name that [New] accepts and saved models store:
	// "step", "identity", "sigmoid", "tanh", "relu" or "leaky_relu".
	Name string
	// Slope is the negative slope of "leaky_relu"; 0 for every other kind.
	Slope float64
	// Forward returns a = φ(z).
	Forward func(z float64) float64
	// Derivative returns φ′(z), given z and a = φ(z).
	Derivative func(z, a float64) float64
}

// Names lists the names [New] accepts, in the order of the lesson.
func Names() []string {
	return []string{"step", "identity", "sigmoid", "tanh", "relu", "leaky_relu"}
}

// New returns the activation with the given name, one of [Names]. Names are
// case-insensitive, and "linear" is also accepted for "identity", and
// "leakyrelu" or "leaky-relu" for "leaky_relu", which gets the slope
// [DefaultLeakySlope]. The Name of the result is always the one in Names.
//
// An unknown name is an error, never a silent default, because the name often
// comes from outside the program (a flag, a saved model).
func New(name string) (Activation, error) {
	switch strings.ToLower(name) {
	case "step":
		return Activation{Name: "step",
			Forward:    Step,
			Derivative: func(z, a float64) float64 { return StepDerivative(z) }}, nil
	case "identity", "linear":
		return Activation{Name: "identity",
			Forward:    Identity,
			Derivative: func(z, a float64) float64 { return IdentityDerivative(z) }}, nil
	case "sigmoid":
		return Activation{Name: "sigmoid",
			Forward:    Sigmoid,
			Derivative: func(z, a float64) float64 { return SigmoidDerivative(a) }}, nil
	case "tanh":
		return Activation{Name: "tanh",
			Forward:    Tanh,
			Derivative: func(z, a float64) float64 { return TanhDerivative(a) }}, nil
	case "relu":
		return Activation{Name: "relu",
			Forward:    ReLU,
			Derivative: func(z, a float64) float64 { return ReLUDerivative(z) }}, nil
	case "leaky_relu", "leakyrelu", "leaky-relu":
		return NewLeakyReLU(DefaultLeakySlope), nil
	}
	return Activation{}, fmt.Errorf("activation: unknown name %q; use one of %s",
		name, strings.Join(Names(), ", "))
}

// MustNew is like [New] but panics on an unknown name. It is meant for names
// written in the program itself, such as activation.MustNew("sigmoid").
func MustNew(name string) Activation {
	a, err := New(name)
	if err != nil {
		panic(err)
	}
	return a
}

// NewLeakyReLU returns the leaky ReLU activation with the given negative
// slope (see [LeakyReLU]).
func NewLeakyReLU(slope float64) Activation {
	return Activation{
		Name:       "leaky_relu",
		Slope:      slope,
		Forward:    func(z float64) float64 { return LeakyReLU(z, slope) },
		Derivative: func(z, a float64) float64 { return LeakyReLUDerivative(z, slope) },
	}
}

// String returns the name, with the slope for a leaky ReLU:
// "sigmoid", "leaky_relu(0.01)".
func (a Activation) String() string {
	if a.Name == "leaky_relu" {
		return fmt.Sprintf("leaky_relu(%g)", a.Slope)
	}
	return a.Name
}
