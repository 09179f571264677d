package mlp

import (
	"fmt"
	"reflect"

	"github.com/tocha-go/tocha/activation"
)

// checkTrainable returns an error if a layer's activation is the step
// function with its own derivative, step′(z) = 0: backpropagation multiplies
// every gradient that passes through such a layer by 0, so Train would run
// all its epochs and learn nothing before that layer, without a word. (A
// step activation with a derivative of one's own, such as the
// straight-through estimator's step′ = 1, is a choice, and is trained.)
//
// Networks wired by hand, like XOR = AND(OR, NAND), may use step: only Train
// refuses it.
func checkTrainable(net *Network) error {
	stock := reflect.ValueOf(activation.MustNew("step").Derivative).Pointer()
	for l := range net.Layers {
		act := net.Layers[l].Activation
		if act.Name == "step" && act.Derivative != nil && reflect.ValueOf(act.Derivative).Pointer() == stock {
			return fmt.Errorf("mlp: layer %d's activation is step, whose derivative is 0 wherever it exists: "+
				"backpropagation gets no gradient through it, so Train cannot learn; "+
				"use sigmoid, tanh or relu (step is for the perceptron and for networks wired by hand)", l+1)
		}
	}
	return nil
}
