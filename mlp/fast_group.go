package mlp

// One group of work of the fast path (see fast.go): a group of samples
// forward through every layer, or backward, a group of a layer's neurons'
// gradients or a group of samples' δ of the layer before.

// forwardSamples and deltaSamples are the numbers of samples in a group of
// the forward pass and of δ of the backward pass, when several workers
// share a batch: as many as the kernels take at a time.
const (
	forwardSamples = 3
	deltaSamples   = 4
)

// forwardGroup runs group g of the batch's samples forward through every
// layer, keeping z and a in their traces. w is the worker, whose scratch it
// uses.
func (f *fastPath) forwardGroup(w, g int) {
	n, s := f.net, &f.scratch[w]
	first, end := groupSpan(len(f.inputs), f.forwardGroups, g)
	traces := n.traces[first:end]
	for k := range traces {
		copy(traces[k].input, f.inputs[first+k])
	}
	for l := range n.Layers {
		s.x, s.z, s.a = s.x[:0], s.z[:0], s.a[:0]
		for k := range traces {
			s.x = append(s.x, traces[k].layerInput(l))
			s.z = append(s.z, traces[k].z[l])
			s.a = append(s.a, traces[k].a[l])
		}
		forwardLayer(&n.Layers[l], s.x, s.z, s.a)
	}
}

// backwardGroup does group g of the current layer's backward pass: the
// first groups are groups of the layer's neurons, whose gradients it sums
// over every sample of the batch; the others are groups of samples, whose δ
// of the layer before it computes.
func (f *fastPath) backwardGroup(g int) {
	layer := &f.net.Layers[f.layer]
	neurons := layer.OutputSize()
	neuronGroups := groupsOf(neurons, f.neuronsPerGroup)
	if g < neuronGroups {
		first, end := g*f.neuronsPerGroup, min((g+1)*f.neuronsPerGroup, neurons)
		if f.clearGradients { // ZeroGrad, for these rows
			for _, row := range layer.WeightGrads[first:end] {
				clear(row)
			}
			clear(layer.BiasGrads[first:end])
		}
		addGradients(layer.WeightGrads[first:end], layer.BiasGrads[first:end], f.delta, f.x, first)
		return
	}
	g -= neuronGroups
	first, end := g*f.deltasPerGroup, min((g+1)*f.deltasPerGroup, len(f.x))
	backDelta(layer, &f.net.Layers[f.layer-1], f.delta[first:end], f.previous[first:end], f.z[first:end], f.a[first:end])
}

// updateGroup does group g of gradient descent: the groups number the rows
// of the first layer, then of the second, and so on; each updates its
// rows of Weights and the same neurons' Biases.
func (f *fastPath) updateGroup(g int) {
	for l := range f.net.Layers {
		layer := &f.net.Layers[l]
		rows := f.rowsPerUpdate(l)
		groups := groupsOf(layer.OutputSize(), rows)
		if g >= groups {
			g -= groups
			continue
		}
		first, end := g*rows, min((g+1)*rows, layer.OutputSize())
		for j := first; j < end; j++ {
			descend(layer.Weights[j], layer.WeightGrads[j], f.learningRate)
		}
		descend(layer.Biases[first:end], layer.BiasGrads[first:end], f.learningRate)
		return
	}
}

// rowsPerUpdate returns the number of rows of layer l in a group of the
// update phase: about four groups per worker.
func (f *fastPath) rowsPerUpdate(l int) int {
	return max(1, f.net.Layers[l].OutputSize()/(4*f.active))
}

// forwardGroups returns the number of groups of samples a batch of n goes
// forward in, shared between the given number of workers: one for one
// worker; otherwise about forwardSamples samples a group, and a multiple of
// the workers, so that the workers finish together. 32 samples on two
// workers go in 12 groups, 8 of three samples and 4 of two (11 groups of
// three would leave one worker a group behind).
func forwardGroups(n, workers int) int {
	if workers == 1 {
		return 1
	}
	groups := groupsOf(groupsOf(n, forwardSamples), workers) * workers
	return min(groups, n)
}

// groupSpan returns the samples first, first+1, …, end−1 of group g when n
// samples go in the given number of groups, as equal as can be, the larger
// ones first.
func groupSpan(n, groups, g int) (first, end int) {
	size, larger := n/groups, n%groups
	first = g*size + min(g, larger)
	end = first + size
	if g < larger {
		end++
	}
	return first, end
}

// groupsOf returns the number of groups of the given size that cover count
// things, the last group perhaps smaller.
func groupsOf(count, size int) int {
	return (count + size - 1) / size
}

// layerInput returns the input of layer l in the trace: x for the first
// layer, the previous layer's a otherwise.
func (t *trace) layerInput(l int) []float64 {
	if l == 0 {
		return t.input
	}
	return t.a[l-1]
}
