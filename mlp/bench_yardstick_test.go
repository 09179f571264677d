package mlp

import (
	"math"

	"github.com/tocha-go/tocha/activation"
)

// The yardstick of the benchmarks (bench_test.go): the straightforward
// per-sample loop on [][]float64 that anyone would write by hand, computing
// the same formulas as tocha (TestYardsticks checks that it gets the same
// numbers).

// yardstick is a network as a hand-written program holds it, trained by
// the loop of the lesson: forward, ∂L/∂output, zero the gradients,
// backward adding into them, update. Its hidden layers are sigmoid or ReLU,
// called directly, without going through an Activation.
type yardstick struct {
	weights     [][][]float64 // weights[l][j][i], as Layers[l].Weights[j][i]
	biases      [][]float64
	weightGrads [][][]float64
	biasGrads   [][]float64
	z, a, delta [][]float64 // one sample's values, per layer
	relu        bool        // hidden layers: ReLU, or else sigmoid
}

// newYardstick copies net's weights into a yardstick.
func newYardstick(net *Network, relu bool) *yardstick {
	y := &yardstick{relu: relu}
	for l := range net.Layers {
		layer := &net.Layers[l]
		y.weights = append(y.weights, copyMatrix(layer.Weights))
		y.biases = append(y.biases, append([]float64(nil), layer.Biases...))
		y.weightGrads = append(y.weightGrads, newMatrix(layer.OutputSize(), layer.InputSize()))
		y.biasGrads = append(y.biasGrads, make([]float64, layer.OutputSize()))
		for _, s := range []*[][]float64{&y.z, &y.a, &y.delta} {
			*s = append(*s, make([]float64, layer.OutputSize()))
		}
	}
	return y
}

// forward computes every layer's z and a for one sample x. The last layer
// is a sigmoid for a sigmoid network, logits for a ReLU one.
func (y *yardstick) forward(x []float64) {
	input := x
	for l, weights := range y.weights {
		z, biases := y.z[l], y.biases[l]
		for j, row := range weights {
			sum := 0.0
			for i, w := range row {
				sum += w * input[i]
			}
			z[j] = sum + biases[j]
		}
		y.activate(l)
		input = y.a[l]
	}
}

// activate sets layer l's a from its z.
func (y *yardstick) activate(l int) {
	z, a := y.z[l], y.a[l]
	for j, zj := range z {
		switch {
		case !y.relu:
			a[j] = activation.Sigmoid(zj)
		case l < len(y.weights)-1:
			a[j] = max(zj, 0)
		default:
			a[j] = zj
		}
	}
}

// zeroGrad sets every gradient to 0.
func (y *yardstick) zeroGrad() {
	for l := range y.weightGrads {
		for j := range y.weightGrads[l] {
			clear(y.weightGrads[l][j])
		}
		clear(y.biasGrads[l])
	}
}

// backward adds one sample's gradients, from the output layer's δ, which
// the caller has set.
func (y *yardstick) backward(x []float64) {
	for l := len(y.weights) - 1; l >= 0; l-- {
		input := x
		if l > 0 {
			input = y.a[l-1]
		}
		for j, delta := range y.delta[l] {
			grads := y.weightGrads[l][j]
			for i, a := range input {
				grads[i] += delta * a
			}
			y.biasGrads[l][j] += delta
		}
		if l == 0 {
			break
		}
		weights, previous := y.weights[l], y.delta[l-1]
		for i := range previous {
			sum := 0.0
			for j, delta := range y.delta[l] {
				sum += weights[j][i] * delta
			}
			if y.relu {
				if y.z[l-1][i] <= 0 {
					sum = 0
				}
			} else {
				a := y.a[l-1][i]
				sum *= (1 - a) * a
			}
			previous[i] = sum
		}
	}
}

// update takes one gradient-descent step.
func (y *yardstick) update(learningRate float64) {
	for l := range y.weights {
		for j, weights := range y.weights[l] {
			grads := y.weightGrads[l][j]
			for i := range weights {
				weights[i] -= learningRate * grads[i]
			}
			y.biases[l][j] -= learningRate * y.biasGrads[l][j]
		}
	}
}

// sampleStep is one step on one sample of a sigmoid network with BCE.
func (y *yardstick) sampleStep(x, target []float64, learningRate float64) {
	y.forward(x)
	last := len(y.weights) - 1
	for k, p := range y.a[last] {
		slope := (1 - p) * p // σ′ at the output
		dOutput := (p - target[k]) / math.Max(slope, 9.999999960041972e-13) / float64(len(target))
		y.delta[last][k] = dOutput * slope
	}
	y.zeroGrad()
	y.backward(x)
	y.update(learningRate)
}

// classifierBatch is one step on a mini-batch of a ReLU network with
// softmax cross-entropy.
func (y *yardstick) classifierBatch(inputs, targets [][]float64, learningRate float64) {
	y.zeroGrad()
	last := len(y.weights) - 1
	for b, x := range inputs {
		y.forward(x)
		logits := y.a[last]
		logSum := activation.LogSumExp(logits)
		for k := range logits {
			y.delta[last][k] = (math.Exp(logits[k]-logSum) - targets[b][k]) / float64(len(inputs))
		}
		y.backward(x)
	}
	y.update(learningRate)
}

// floorStep is the arithmetic of tocha's five calls for one sample of a
// sigmoid network with BCE (Forward, BCEGradient, ZeroGrad, Backward,
// SGD.Step), written out on net's fields with nothing else: no shape check,
// no call through an Activation, no loss function. It is not tocha's code;
// BenchmarkXORStepFloor times it against the yardstick, to show how much of
// tocha's ratio is the price of its checks and indirections and how much
// the arithmetic itself.
func floorStep(net *Network, x, target []float64, learningRate float64) {
	input := net.input
	copy(input, x) // Forward keeps its own copy of x
	for l := range net.Layers {
		layer := &net.Layers[l]
		z, a := layer.Z, layer.A
		for j, weights := range layer.Weights {
			sum := 0.0
			for i, w := range weights {
				sum += w * input[i]
			}
			z[j] = sum + layer.Biases[j]
		}
		for j := range a {
			a[j] = activation.Sigmoid(z[j])
		}
		input = a
	}
	output, scale := &net.Layers[len(net.Layers)-1], 1/float64(len(target))
	for k, p := range output.A {
		slope := (1 - p) * p
		dOutput := scale * (p - target[k]) / math.Max(slope, 9.999999960041972e-13)
		output.Delta[k] = dOutput * slope
	}
	for l := range net.Layers {
		for _, grads := range net.Layers[l].WeightGrads {
			clear(grads)
		}
		clear(net.Layers[l].BiasGrads)
	}
	for l := len(net.Layers) - 1; l >= 0; l-- {
		layer := &net.Layers[l]
		input := net.layerInput(l)
		for j, delta := range layer.Delta {
			for i, a := range input {
				layer.WeightGrads[j][i] += delta * a
			}
			layer.BiasGrads[j] += delta
		}
		if l == 0 {
			break
		}
		previous := &net.Layers[l-1]
		for i, a := range previous.A {
			sum := 0.0
			for j, delta := range layer.Delta {
				sum += layer.Weights[j][i] * delta
			}
			previous.Delta[i] = sum * ((1 - a) * a)
		}
	}
	for l := range net.Layers {
		layer := &net.Layers[l]
		for j, weights := range layer.Weights {
			descend(weights, layer.WeightGrads[j], learningRate)
		}
		descend(layer.Biases, layer.BiasGrads, learningRate)
	}
}
