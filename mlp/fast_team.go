package mlp

// The workers of the fast path: how many a batch gets, and how they share
// the work. Worker 0 is the goroutine that calls Forward or Backward
// (Train's); workers 1, 2, … are goroutines that live as long as the
// fastPath and wait for work on a channel. Starting them once, instead of
// for every batch, is what lets a batch run without allocating. Each phase
// is cut into groups of work, numbered from 0, which the workers take one
// at a time from a shared counter.

// phase is a step of the fast path that every worker does for its share.
type phase int

const (
	phaseForward  phase = iota // groups of samples forward through every layer
	phaseBackward              // one layer backward: groups of its neurons' gradients, groups of samples' δ
	phaseUpdate                // gradient descent: groups of rows of every layer
)

// team is the goroutines of workers 1, 2, ….
type team struct {
	wake []chan phase // wake[w-1] tells worker w to do a phase
	done chan any     // each worker sends what it recovered from a panic, or nil
}

// newTeam starts the goroutines of workers 1 to workers−1 for f.
func newTeam(f *fastPath, workers int) *team {
	t := &team{wake: make([]chan phase, workers-1), done: make(chan any, workers-1)}
	for w := range t.wake {
		t.wake[w] = make(chan phase)
		go t.serve(f, w+1)
	}
	return t
}

// serve is worker w's goroutine: it does each phase it is woken for, until
// stop.
func (t *team) serve(f *fastPath, w int) {
	for p := range t.wake[w-1] {
		t.done <- f.guarded(p, w)
	}
}

// stop ends the goroutines.
func (t *team) stop() {
	for _, wake := range t.wake {
		close(wake)
	}
}

// run does phase p, made of the given number of groups of work, on every
// active worker and returns when all the groups are done. If a worker
// panicked (an Activation that panics, say), run panics with the same value
// in the caller's goroutine, once no worker is running.
func (f *fastPath) run(p phase, groups int) {
	f.groups = groups
	f.next.Store(0)
	for w := 1; w < f.active; w++ {
		f.team.wake[w-1] <- p
	}
	recovered := f.guarded(p, 0)
	for w := 1; w < f.active; w++ {
		if r := <-f.team.done; recovered == nil {
			recovered = r
		}
	}
	if recovered != nil {
		panic(recovered)
	}
}

// guarded makes worker w do groups of phase p until there are none left,
// and returns what it recovered from a panic, or nil.
func (f *fastPath) guarded(p phase, w int) (recovered any) {
	defer func() {
		if recovered = recover(); recovered != nil {
			f.next.Store(int64(f.groups)) // the other workers stop after their group
		}
	}()
	for {
		group := int(f.next.Add(1)) - 1
		if group >= f.groups {
			return nil
		}
		switch p {
		case phaseForward:
			f.forwardGroup(w, group)
		case phaseBackward:
			f.backwardGroup(group)
		case phaseUpdate:
			f.updateGroup(group)
		}
	}
}

// workersFor returns how many of up to workers workers a batch of the
// given size is worth: at most one per sample, and each with at least
// minWork multiply-adds of the forward pass (see minWorkerWork).
func workersFor(net *Network, batchSize, workers, minWork int) int {
	work := batchSize * weightsOf(net)
	workers = max(1, min(workers, batchSize))
	for workers > 1 && work < workers*minWork {
		workers--
	}
	return workers
}

// weightsOf returns the number of weights of net: its multiply-adds per
// sample forward.
func weightsOf(net *Network) int {
	weights := 0
	for l := range net.Layers {
		layer := &net.Layers[l]
		weights += len(layer.Weights) * layer.InputSize()
	}
	return weights
}
