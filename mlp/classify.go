package mlp

import (
	"fmt"

	"github.com/tocha-go/tocha/activation"
)

// PredictClass runs x through the network and returns the predicted class,
// read from the output in one of two ways:
//
//   - several outputs, one per class (trained with "cross_entropy" on
//     logits, or one sigmoid per class): the index of the largest output.
//     Softmax does not change which output is largest, so logits need no
//     softmax for this.
//   - one output (two classes, 0 and 1): class 1 when the output is ≥ 0.5,
//     halfway between the targets 0 and 1, whatever the activation (a
//     sigmoid's probability, or a tanh or ReLU output trained with MSE);
//     except an identity output, which is read as a logit, trained with
//     "bce_with_logits": class 1 when it is ≥ 0, where σ(0) = 0.5.
//
// [Train] reads outputs the same way for its accuracy, except that it knows
// its loss: with "mse" an identity output is read at 0.5 too. PredictClass
// panics as [Network.Forward] does.
func (n *Network) PredictClass(x []float64) int {
	return n.classOf(n.Forward(x))
}

// classOf reads one output of the network as a class.
func (n *Network) classOf(output []float64) int {
	return classAt(output, n.threshold())
}

// threshold is where a single output becomes class 1: 0 for the logit of
// an identity layer, 0.5 for every other output, halfway between 0 and 1.
func (n *Network) threshold() float64 {
	if n.Layers[len(n.Layers)-1].Activation.Name == "identity" {
		return 0
	}
	return 0.5
}

// classAt reads an output as a class: the largest of several outputs, or
// class 1 for a single output at or above threshold.
func classAt(output []float64, threshold float64) int {
	if len(output) > 1 {
		return Argmax(output)
	}
	if output[0] >= threshold {
		return 1
	}
	return 0
}

// PredictProbabilities runs x through the network and returns the
// probability of each class, in a new slice:
//
//	several outputs, identity last layer (logits):   softmax(output)
//	one output, identity last layer (a logit z):      [1 − σ(z), σ(z)]
//	one sigmoid output p:                              [1 − p, p]
//	several sigmoid outputs:                           a copy of the outputs
//
// (several sigmoid outputs are independent yes/no probabilities, which need
// not sum to 1). It panics as Forward does, or if the last layer's
// activation is neither identity nor sigmoid, since other outputs are not
// probabilities.
func (n *Network) PredictProbabilities(x []float64) []float64 {
	output := n.Forward(x)
	name := n.Layers[len(n.Layers)-1].Activation.Name
	switch {
	case name == "identity" && len(output) > 1:
		return activation.Softmax(output)
	case name == "identity":
		p := activation.Sigmoid(output[0])
		return []float64{1 - p, p}
	case name == "sigmoid" && len(output) == 1:
		return []float64{1 - output[0], output[0]}
	case name == "sigmoid":
		return append([]float64(nil), output...)
	}
	panic(fmt.Sprintf("mlp: PredictProbabilities needs a last layer of identity (logits) or sigmoid, got %s",
		name))
}

// Argmax returns the index of the largest value of v, the first one if
// several are equal. It panics if v is empty.
func Argmax(v []float64) int {
	if len(v) == 0 {
		panic("mlp: Argmax got an empty slice")
	}
	best := 0
	for k := range v {
		if v[k] > v[best] {
			best = k
		}
	}
	return best
}
