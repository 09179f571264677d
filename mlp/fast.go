package mlp

import (
	"fmt"
	"sync/atomic"
)

// The fast path: what Train runs for a mini-batch unless
// TrainConfig.Readable is set. It computes what ForwardBatch and
// BackwardBatch compute, with the same formulas and the same order of
// additions for every number, but arranges the loops for the processor
// instead of for the reader.
//
// Why the readable loops are slow: Forward computes one sample's weighted
// sum zⱼ = Σᵢ wⱼᵢ·aᵢ as a chain of additions, each waiting for the one
// before, and loads every weight from memory once per sample. A processor
// can do several multiply-adds at once if they do not depend on each other.
// So the kernels (fast_forward.go, fast_backward.go) work on several
// samples per pass over the weights: one load of a weight serves several
// samples, and several independent sums keep the processor busy. Backward's
// gradients are arranged the same way, and its Wᵀ·δ goes through the
// weights row by row, the order in which they lie in memory.
//
// Then the work is split between workers, goroutines on as many cores as
// there are, so that no two of them write to the same number:
//
//   - forward, the batch's samples go in groups of up to three, the same
//     number of groups for each worker, each group through every layer;
//   - backward, layer by layer, the layer's neurons (rows of WeightGrads) go
//     in groups, each group's gradients summed over every sample of the
//     batch in sample order; and the samples go in groups of four for δ of
//     the layer before.
//
// The workers take the groups one after the other from a shared counter,
// so that a core that falls behind (on a busy machine) holds nobody up.
// Which worker takes a group changes nothing: each number is computed by one
// worker, with the same operations in the same order as the readable code.
// The fast path gives the same results as ForwardBatch and BackwardBatch,
// whatever the number of workers, on every run. (The tests check that they
// are identical on amd64. Where the compiler may fuse a multiply and an add
// into one rounding, as on arm64, it might do so in one loop and not in the
// other: about 1e-16 relative.)

// minWorkerWork is the smallest share of a batch, in multiply-adds of the
// forward pass, worth a worker of its own: waking a goroutine and waiting
// for it costs from a few to tens of microseconds, and 2¹⁷ multiply-adds
// take a core about 50 µs. Smaller batches use fewer workers, down to one
// (no goroutine at all), so that a small network trains as fast as before.
const minWorkerWork = 1 << 17

// minFastWork is the smallest batch, in multiply-adds of the forward pass,
// for which the fast kernels beat the readable loops: below it (XOR's
// batch of four samples through 2-4-1 is 48) calling a kernel for a row of
// two weights costs more than it saves, and the fast path runs ForwardBatch
// and BackwardBatch themselves.
const minFastWork = 1 << 10

// fastPath runs mini-batches of one network through the fast kernels.
type fastPath struct {
	net      *Network
	maxBatch int  // the largest batch it was prepared for
	workers  int  // the most workers a batch is split between
	minWork  int  // multiply-adds per worker below which fewer workers are used
	minFast  int  // multiply-adds per batch below which the readable loops are used
	readable bool // the current batch runs through ForwardBatch and BackwardBatch
	active   int  // the workers of the current batch
	scratch  []scratch
	team     *team

	// The current phase, for the workers: its groups of work, numbered
	// 0 … groups−1, and the counter from which they take the next one.
	groups int
	next   atomic.Int64

	// The groups: how many groups of samples go forward (see
	// forwardGroups), and the sizes of the groups of neurons of the current
	// layer's gradients and of samples for δ of the layer before.
	forwardGroups, neuronsPerGroup, deltasPerGroup int

	// clearGradients says that ZeroGrad was called for the current batch:
	// the workers clear their rows of gradients before summing into them.
	// learningRate is that of the update phase's gradient descent.
	clearGradients bool
	learningRate   float64

	// The current batch: its rows during Forward; during Backward, the layer
	// being done, δ of every sample in that layer and in the one before
	// ([sample][neuron]), and views of every sample's input of the layer and
	// z and a of the layer before.
	inputs          [][]float64
	layer           int
	delta, previous [][]float64
	x, z, a         [][]float64
}

// scratch is one worker's views of its group's rows of a layer during
// Forward.
type scratch struct {
	x, z, a [][]float64
}

// newFastPath prepares the fast path for net and batches of up to
// batchSize samples, split between up to workers workers.
func newFastPath(net *Network, batchSize, workers, minWork int) *fastPath {
	net.ready()
	workers = min(workers, 1<<16-1)                        // as many as a phaseState can count
	workers = workersFor(net, batchSize, workers, minWork) // no goroutines that no batch would use
	widest := 0
	for l := range net.Layers {
		widest = max(widest, net.Layers[l].OutputSize())
	}
	f := &fastPath{net: net, maxBatch: batchSize, workers: workers, minWork: minWork, minFast: minFastWork,
		scratch: make([]scratch, workers),
		delta:   newMatrix(batchSize, widest), previous: newMatrix(batchSize, widest),
		x: make([][]float64, batchSize), z: make([][]float64, batchSize), a: make([][]float64, batchSize)}
	for w := range f.scratch {
		most := forwardSamples
		if w == 0 {
			most = batchSize // alone, worker 0 takes the whole batch at once
		}
		f.scratch[w] = scratch{x: make([][]float64, 0, most), z: make([][]float64, 0, most), a: make([][]float64, 0, most)}
	}
	if workers > 1 {
		f.team = newTeam(f, workers)
	}
	return f
}

// stop ends the workers' goroutines.
func (f *fastPath) stop() {
	if f.team != nil {
		f.team.stop()
	}
}

// Forward is ForwardBatch on the fast path: it runs every row of inputs
// forward, keeps each sample's z and a in the network's traces and returns
// the outputs, which belong to the network. It panics as ForwardBatch does,
// and if the batch is larger than the fast path was prepared for.
func (f *fastPath) Forward(inputs [][]float64) [][]float64 {
	n := f.net
	n.ready()
	if len(inputs) == 0 || len(inputs) > f.maxBatch {
		panic(fmt.Sprintf("mlp: the fast ForwardBatch got %d rows, want 1 to %d", len(inputs), f.maxBatch))
	}
	n.checkBatchInputs(inputs)
	f.readable = len(inputs)*weightsOf(n) < f.minFast
	f.clearGradients = false
	if f.readable {
		return n.ForwardBatch(inputs)
	}
	n.prepareBatch(len(inputs))
	f.active = workersFor(n, len(inputs), f.workers, f.minWork)
	f.forwardGroups, f.deltasPerGroup = forwardGroups(len(inputs), f.active), deltaSamples
	if f.active == 1 {
		f.deltasPerGroup = len(inputs) // no one to share with
	}
	f.inputs = inputs
	f.run(phaseForward, f.forwardGroups)
	f.inputs = nil
	last := len(n.Layers) - 1
	for b := range inputs {
		n.batchOutputs[b] = n.traces[b].a[last]
	}
	n.batchSize = len(inputs)
	n.useTrace(len(inputs) - 1) // the layers show the last sample, as after ForwardBatch
	n.forwarded = true
	return n.batchOutputs
}

// Backward is BackwardBatch on the fast path: it adds the gradients of
// every sample of the last Forward to WeightGrads and BiasGrads, given
// dOutputs[b] = ∂L/∂output of sample b. Afterwards each layer's Delta is the
// last sample's δ, as after BackwardBatch. It panics as BackwardBatch does.
func (f *fastPath) Backward(dOutputs [][]float64) {
	n := f.net
	if f.readable {
		n.BackwardBatch(dOutputs)
		return
	}
	n.ready()
	n.checkBatchGradients(dOutputs)
	traces := n.traces[:n.batchSize]
	last := len(n.Layers) - 1

	// Output layer: δ = ∂L/∂a ⊙ φ′(z), for every sample.
	output := &n.Layers[last]
	for b := range traces {
		z, a := traces[b].z[last], traces[b].a[last]
		for j := range z {
			f.delta[b][j] = dOutputs[b][j] * output.Activation.Derivative(z[j], a[j])
		}
	}

	for l := last; l >= 0; l-- {
		copy(n.Layers[l].Delta, f.delta[len(traces)-1]) // the last sample's δ, as BackwardBatch leaves it
		f.layer = l
		f.x, f.z, f.a = f.x[:0], f.z[:0], f.a[:0]
		for b := range traces {
			f.x = append(f.x, traces[b].layerInput(l))
			if l > 0 {
				f.z = append(f.z, traces[b].z[l-1])
				f.a = append(f.a, traces[b].a[l-1])
			}
		}
		// The layer's gradients in about four groups of neurons per worker
		// (one group for one worker), and δ of the layer before in groups
		// of samples.
		neurons := n.Layers[l].OutputSize()
		f.neuronsPerGroup = neurons
		if f.active > 1 {
			f.neuronsPerGroup = max(1, neurons/(4*f.active))
		}
		groups := groupsOf(neurons, f.neuronsPerGroup)
		if l > 0 {
			groups += groupsOf(len(traces), f.deltasPerGroup)
		}
		f.run(phaseBackward, groups)
		f.delta, f.previous = f.previous, f.delta
	}
	f.clearGradients = false
}

// ZeroGrad is Network.ZeroGrad for the fast path. On a batch that the fast
// kernels run, it leaves the clearing to Backward: each worker clears its
// group's rows of gradients just before it sums into them, while they are
// in its core's cache, instead of one core clearing them all here. Train
// calls it between Forward and Backward, as the readable loop does.
func (f *fastPath) ZeroGrad() {
	if f.readable {
		f.net.ZeroGrad()
		return
	}
	f.clearGradients = true
}

// Step is optimizer.Step for the fast path. Plain gradient descent (an
// *SGD without momentum) is shared between the workers, each updating
// whole rows, w ← w − lr·g with the same fused multiply-add as SGD.Step;
// any other optimizer, or a batch on one worker, takes its own Step.
func (f *fastPath) Step(optimizer Optimizer) {
	sgd, ok := optimizer.(*SGD)
	if !ok || sgd.Momentum != 0 || f.readable || f.active == 1 {
		optimizer.Step(f.net)
		return
	}
	f.learningRate = sgd.LearningRate
	groups := 0
	for l := range f.net.Layers {
		groups += groupsOf(f.net.Layers[l].OutputSize(), f.rowsPerUpdate(l))
	}
	f.run(phaseUpdate, groups)
	sgd.steps++ // as SGD.Step counts them
}
