package mlp

import "errors"

// A network reuses its memory: the gradients, δ and one trace (z and a of
// every layer) per sample are allocated once, when the network is built or
// first used, so that Forward, Backward and an optimizer's Step allocate
// nothing in a training loop. This file checks the shapes and allocates.

// check returns an error unless every layer has consistent shapes and each
// layer's input size is the previous layer's output size.
func (n *Network) check() error {
	if len(n.Layers) == 0 {
		return errors.New("mlp: a network needs at least one layer")
	}
	inputSize := n.Layers[0].InputSize()
	if len(n.Layers[0].Weights) > 0 && inputSize == 0 {
		return errors.New("mlp: layer 1 has no inputs (its Weights rows are empty)")
	}
	for l := range n.Layers {
		if err := n.Layers[l].check(l+1, inputSize); err != nil {
			return err
		}
		inputSize = n.Layers[l].OutputSize()
	}
	return nil
}

// ready makes sure the work space exists and matches the layers' shapes. It
// costs a few comparisons when it does; otherwise (a Network built as a
// struct literal, or whose Layers were replaced) it checks the shapes,
// panicking on a mistake, and allocates.
func (n *Network) ready() {
	ok := len(n.traces) > 0 && len(n.Layers) > 0 && len(n.Layers[0].Weights) > 0 &&
		len(n.input) == len(n.Layers[0].Weights[0]) // (n.InputSize() would copy Layers[0]: ready runs on every call)
	for l := 0; ok && l < len(n.Layers); l++ {
		ok = n.Layers[l].hasWorkSpace()
	}
	if ok {
		return
	}
	if err := n.check(); err != nil {
		panic(err.Error())
	}
	n.allocate()
}

// allocate gives every layer zeroed gradients and the network one trace, so
// that Forward and Backward allocate nothing.
func (n *Network) allocate() {
	for l := range n.Layers {
		n.Layers[l].allocateGradients()
	}
	n.traces = []trace{n.newTrace()}
	n.useTrace(0)
	n.batchOutputs = nil
	n.batchSize = 0
	n.forwarded = false
}

// hasWorkSpace reports whether the layer's work space matches its shape.
func (l *Layer) hasWorkSpace() bool {
	out := len(l.Weights)
	return len(l.Z) == out && len(l.A) == out && len(l.Delta) == out &&
		len(l.WeightGrads) == out && len(l.BiasGrads) == out &&
		(out == 0 || len(l.WeightGrads[0]) == len(l.Weights[0]))
}

// allocateGradients gives the layer zeroed gradients and δ of its shape.
func (l *Layer) allocateGradients() {
	l.Delta = make([]float64, len(l.Weights))
	l.WeightGrads = newMatrix(len(l.Weights), l.InputSize())
	l.BiasGrads = make([]float64, len(l.Weights))
}

// newMatrix returns a rows×columns matrix of zeros.
func newMatrix(rows, columns int) [][]float64 {
	m := make([][]float64, rows)
	for j := range m {
		m[j] = make([]float64, columns)
	}
	return m
}

// copyMatrix returns a deep copy of m.
func copyMatrix(m [][]float64) [][]float64 {
	c := make([][]float64, len(m))
	for j, row := range m {
		c[j] = append([]float64(nil), row...)
	}
	return c
}
