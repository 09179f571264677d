package mlp

import "fmt"

// A mini-batch is trained in two passes over its samples: first every
// sample forward (the loss needs all the outputs to compute its mean and its
// gradient), then every sample backward. Backward needs each sample's z and
// a, so instead of running Forward a second time, the network keeps one
// trace per sample: ForwardBatch points the layers' Z and A at sample b's
// trace and runs the ordinary Forward, and BackwardBatch points them at the
// same trace again and runs the ordinary Backward. The per-sample Forward and
// Backward stay the whole algorithm; this file only chooses where they write.

// trace is one sample's forward pass: its input a⁰ and every layer's z and a.
type trace struct {
	input []float64
	z     [][]float64 // z[l][j] is Layers[l].Z[j]
	a     [][]float64 // a[l][j] is Layers[l].A[j]
}

// newTrace returns a zeroed trace shaped for the network.
func (n *Network) newTrace() trace {
	t := trace{
		input: make([]float64, n.InputSize()),
		z:     make([][]float64, len(n.Layers)),
		a:     make([][]float64, len(n.Layers)),
	}
	for l := range n.Layers {
		t.z[l] = make([]float64, n.Layers[l].OutputSize())
		t.a[l] = make([]float64, n.Layers[l].OutputSize())
	}
	return t
}

// useTrace makes trace b the one that Forward writes and Backward reads.
func (n *Network) useTrace(b int) {
	t := &n.traces[b]
	n.input = t.input
	for l := range n.Layers {
		n.Layers[l].Z = t.z[l]
		n.Layers[l].A = t.a[l]
	}
}

// ForwardBatch runs [Network.Forward] on each row of inputs, keeping every
// sample's z and a for [Network.BackwardBatch], and returns the outputs:
// outputs[b] is the output for inputs[b]. The outputs belong to the network
// and are overwritten by the next Forward or ForwardBatch. inputs is not
// modified or kept. After the first call with a batch this large,
// ForwardBatch allocates nothing.
//
// ForwardBatch panics if inputs is empty or a row's length is not the
// network's input size, naming the row and both lengths.
func (n *Network) ForwardBatch(inputs [][]float64) [][]float64 {
	n.ready()
	if len(inputs) == 0 {
		panic("mlp: ForwardBatch got an empty batch")
	}
	n.checkBatchInputs(inputs)
	n.prepareBatch(len(inputs))
	for b, x := range inputs {
		n.useTrace(b)
		n.batchOutputs[b] = n.Forward(x)
	}
	n.batchSize = len(inputs)
	return n.batchOutputs
}

// BackwardBatch runs [Network.Backward] for each sample of the last
// ForwardBatch, with dOutputs[b] = ∂L/∂output of sample b (usually the
// loss's gradient for the whole batch). The gradients of all samples add up
// in WeightGrads and BiasGrads; call [Network.ZeroGrad] first. dOutputs is
// not modified or kept, and BackwardBatch allocates nothing.
//
// BackwardBatch panics if no ForwardBatch has run since the last Forward, or
// if dOutputs does not have one row per sample of that batch or a row is not
// of the output size.
func (n *Network) BackwardBatch(dOutputs [][]float64) {
	n.ready()
	n.checkBatchGradients(dOutputs)
	for b, dOutput := range dOutputs {
		n.useTrace(b)
		n.Backward(dOutput)
	}
}

// checkBatchInputs panics unless every row of inputs has the network's
// input size, naming the first that has not.
func (n *Network) checkBatchInputs(inputs [][]float64) {
	for b, x := range inputs {
		if len(x) != n.InputSize() {
			panic(fmt.Sprintf("mlp: ForwardBatch row %d has %s, want %d", b, count(len(x), "input", "inputs"), n.InputSize()))
		}
	}
}

// prepareBatch gives the network a trace for each of size samples and
// batchOutputs of that length, reusing what earlier batches allocated.
func (n *Network) prepareBatch(size int) {
	for len(n.traces) < size {
		n.traces = append(n.traces, n.newTrace())
	}
	if cap(n.batchOutputs) < size {
		n.batchOutputs = make([][]float64, size)
	}
	n.batchOutputs = n.batchOutputs[:size]
}

// checkBatchGradients panics unless dOutputs has one row of output
// gradients for each sample of the last ForwardBatch.
func (n *Network) checkBatchGradients(dOutputs [][]float64) {
	if n.batchSize == 0 {
		panic("mlp: BackwardBatch called without a ForwardBatch before it (a Forward since then replaced the batch)")
	}
	if len(dOutputs) != n.batchSize {
		panic(fmt.Sprintf("mlp: BackwardBatch got %d rows, want %d (one per sample of the last ForwardBatch)",
			len(dOutputs), n.batchSize))
	}
	for b, dOutput := range dOutputs {
		if len(dOutput) != n.OutputSize() {
			panic(fmt.Sprintf("mlp: BackwardBatch row %d has %s, want %d",
				b, count(len(dOutput), "output gradient", "output gradients"), n.OutputSize()))
		}
	}
}
