package mlp

import (
	"errors"
	"fmt"
	"math"
)

// SGD is (stochastic) gradient descent: every weight takes a small step
// against its gradient, downhill on the loss,
//
//	w ← w − LearningRate·g
//
// where g is the weight's gradient (Layer.WeightGrads or Layer.BiasGrads).
// With a Momentum μ > 0 each weight keeps a velocity v, a running sum of its
// past gradients that speeds up steps in a steady direction and damps
// zig-zags, exactly as PyTorch's torch.optim.SGD (no dampening, not Nesterov):
//
//	v ← g                  on the first step
//	v ← μ·v + g            on every later step
//	w ← w − LearningRate·v
//
// The update is computed as math.FMA(−LearningRate, g, w), one rounding, as
// PyTorch does, so that weights match it to the last bit.
//
// Use a pointer, &mlp.SGD{LearningRate: 0.5}; with momentum it remembers its
// network on the first Step and panics if given another one.
type SGD struct {
	// LearningRate is the step size, > 0.
	LearningRate float64
	// Momentum is μ in [0, 1); 0 is plain gradient descent.
	Momentum float64

	network  *Network       // the network of the first Step, with momentum
	velocity parameterState // v for each weight and bias, with momentum
	steps    int            // steps taken with this velocity
}

// Step updates every weight and bias of net once, from the gradients in
// WeightGrads and BiasGrads. After the first Step it allocates nothing.
func (o *SGD) Step(net *Network) {
	net.ready()
	if o.Momentum != 0 && bindNetwork(&o.network, net, "SGD") {
		o.velocity = newParameterState(net)
		o.steps = 0 // the velocity starts now
	}
	for l := range net.Layers {
		layer := &net.Layers[l]
		for j, weights := range layer.Weights {
			direction := layer.WeightGrads[j] // g, for neuron j's weights
			if o.Momentum != 0 {
				direction = o.accelerate(o.velocity.Weights[l][j], direction) // v
			}
			descend(weights, direction, o.LearningRate)
		}
		direction := layer.BiasGrads
		if o.Momentum != 0 {
			direction = o.accelerate(o.velocity.Biases[l], direction)
		}
		descend(layer.Biases, direction, o.LearningRate)
	}
	o.steps++
}

// accelerate updates the velocities v of a row of parameters with their
// gradients g, v ← g on the first step and v ← μ·v + g after, and returns
// them: the directions of the step with momentum.
func (o *SGD) accelerate(velocities, gradients []float64) []float64 {
	for i, g := range gradients {
		if o.steps == 0 {
			velocities[i] = g
		} else {
			velocities[i] = o.Momentum*velocities[i] + g
		}
	}
	return velocities
}

// descend moves each parameter w of a row against its direction d,
//
//	w ← w − learningRate·d
//
// as math.FMA(−learningRate, d, w): one rounding, as PyTorch.
func descend(parameters, directions []float64, learningRate float64) {
	directions = directions[:len(parameters)]
	for i, d := range directions {
		parameters[i] = math.FMA(-learningRate, d, parameters[i])
	}
}

// Validate returns an error unless LearningRate > 0 and 0 ≤ Momentum < 1.
func (o *SGD) Validate() error {
	if o == nil {
		return errors.New("mlp: the optimizer is a nil *SGD; make one with &mlp.SGD{LearningRate: 0.5}")
	}
	if !(o.LearningRate > 0) || math.IsInf(o.LearningRate, 0) {
		return fmt.Errorf("mlp: SGD learning rate is %v, want a number > 0 (try 0.1)", o.LearningRate)
	}
	if !(o.Momentum >= 0 && o.Momentum < 1) {
		return fmt.Errorf("mlp: SGD momentum is %v, want 0 ≤ momentum < 1 (0.9 is usual)", o.Momentum)
	}
	return nil
}

// String describes the optimizer, "SGD(lr=0.5)" or "SGD(lr=0.1, momentum=0.9)".
func (o *SGD) String() string {
	if o.Momentum == 0 {
		return fmt.Sprintf("SGD(lr=%g)", o.LearningRate)
	}
	return fmt.Sprintf("SGD(lr=%g, momentum=%g)", o.LearningRate, o.Momentum)
}
