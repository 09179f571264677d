package mlp

import (
	"fmt"
	"reflect"

	"github.com/tocha-go/tocha/activation"
)

// checkTrainable returns an error if the output layer's activation is the
// step function with its own derivative, step′(z) = 0: backpropagation
// multiplies every gradient that passes through it by 0, so no weight of
// the network would ever change, and Train would run all its epochs without
// a word. The step is recognised by its derivative, whatever its Name.
//
// A hidden step layer is allowed: the layers after it learn, on the fixed
// features it and the layers before it compute (their weights get gradient
// 0). A step with a derivative of one's own, such as the straight-through
// estimator's step′ = 1, is trained like any activation. Networks wired by
// hand, like XOR = AND(OR, NAND), may use step anywhere: only Train checks.
func checkTrainable(net *Network) error {
	output := net.Layers[len(net.Layers)-1].Activation
	if output.Derivative == nil {
		return nil
	}
	if reflect.ValueOf(output.Derivative).Pointer() == reflect.ValueOf(activation.MustNew("step").Derivative).Pointer() {
		return fmt.Errorf("mlp: the output layer's activation is step, whose derivative is 0 wherever it exists: " +
			"no gradient reaches any weight, so Train cannot learn; use sigmoid for an output read as a " +
			"probability, identity for logits (step is for the perceptron and for networks wired by hand)")
	}
	return nil
}
