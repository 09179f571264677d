package mlp

// Optimizer changes a network's weights and biases using the gradients that
// Backward left in WeightGrads and BiasGrads. It is the last line of the
// training loop:
//
//	net.ZeroGrad()
//	net.BackwardBatch(dOutputs)
//	optimizer.Step(net)
//
// This package has [SGD] (with optional momentum) and [Adam], each following
// PyTorch's torch.optim to the last digit. An optimizer with memory (momentum,
// Adam) keeps one number per parameter; use one optimizer per network.
//
// An Optimizer may also have a method Validate() error, which [Train] calls
// before the first epoch to reject a bad learning rate.
type Optimizer interface {
	// Step updates every weight and bias of net once.
	Step(net *Network)
}

// parameterState holds one number per weight and per bias of each layer,
// shaped like the network: an optimizer's memory, such as a momentum.
type parameterState struct {
	Weights [][][]float64 // Weights[l][j][i], like Layers[l].Weights[j][i]
	Biases  [][]float64   // Biases[l][j], like Layers[l].Biases[j]
}

// newParameterState returns a zeroed state shaped like net.
func newParameterState(net *Network) parameterState {
	s := parameterState{
		Weights: make([][][]float64, len(net.Layers)),
		Biases:  make([][]float64, len(net.Layers)),
	}
	for l := range net.Layers {
		s.Weights[l] = newMatrix(net.Layers[l].OutputSize(), net.Layers[l].InputSize())
		s.Biases[l] = make([]float64, net.Layers[l].OutputSize())
	}
	return s
}

// bindNetwork records which network an optimizer with memory belongs to, on
// its first Step, and panics if a later Step is given another one: its
// memory would not fit. name is the optimizer, for the message.
func bindNetwork(bound **Network, net *Network, name string) (first bool) {
	if *bound == nil {
		*bound = net
		return true
	}
	if *bound != net {
		panic("mlp: " + name + ".Step got a different network than on its first Step; use one optimizer per network")
	}
	return false
}
