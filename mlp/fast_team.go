package mlp

import (
	"runtime"
	"sync/atomic"
)

// The workers of the fast path: how many a batch gets, and how they share
// the work. Worker 0 is the goroutine that calls Forward or Backward
// (Train's); workers 1, 2, … are goroutines that live as long as the
// fastPath. Starting them once, instead of for every batch, is what lets a
// batch run without allocating. Each phase is cut into groups of work,
// numbered from 0, which the workers take one at a time from a shared
// counter.
//
// A batch is several phases (forward, backward layer by layer, the update)
// with a little work for worker 0 alone between them. A worker that went
// to sleep after its phase can take tens of microseconds to wake up, on a
// virtual machine more; so the workers first wait for the next phase by
// checking for it and yielding the processor (runtime.Gosched), and go to
// sleep on their channel only when none comes for a while, such as between
// epochs or while Train's caller prints its progress.

// phase is a step of the fast path that every worker does for its share.
type phase int

const (
	phaseForward  phase = iota // groups of samples forward through every layer
	phaseBackward              // one layer backward: groups of its neurons' gradients, groups of samples' δ
	phaseUpdate                // gradient descent: groups of rows of every layer
)

// spinsBeforeSleep is how many times a waiting worker yields the processor
// before it goes to sleep: with nothing else to run, a yield takes a fraction
// of a microsecond, so a worker sleeps after some tens of microseconds
// without work, longer than the gaps between the phases of a batch.
const spinsBeforeSleep = 200

// team is the goroutines of workers 1, 2, …, and what they share with
// worker 0. A phase starts when start publishes a new state (see
// phaseState); the workers that take part count pending down as they
// finish it.
type team struct {
	state   atomic.Uint64 // the current phaseState
	pending atomic.Int64  // the workers 1, 2, … that have not finished the phase
	stopped atomic.Bool

	asleep    []atomic.Bool   // asleep[w-1]: worker w sleeps, or is about to, on wake[w-1]
	wake      []chan struct{} // wake[w-1] wakes worker w (a buffer of one)
	recovered []any           // recovered[w-1]: what worker w recovered from a panic in the phase
}

// phaseState is a phase as the workers see it, in one word that they read
// at once: the number of phases started so far, which phase, and how many
// workers take part. Read in separate pieces, a worker held up between two
// reads could take the count of one phase with the workers of the next, and
// do its share twice.
type phaseState uint64

func newPhaseState(started uint64, p phase, workers int) phaseState {
	return phaseState(started<<24 | uint64(p)<<16 | uint64(workers))
}

func (s phaseState) started() uint64 { return uint64(s) >> 24 }
func (s phaseState) phase() phase    { return phase(uint64(s) >> 16 & 0xff) }
func (s phaseState) workers() int    { return int(uint64(s) & 0xffff) }

// newTeam starts the goroutines of workers 1 to workers−1 for f.
func newTeam(f *fastPath, workers int) *team {
	t := &team{asleep: make([]atomic.Bool, workers-1), wake: make([]chan struct{}, workers-1),
		recovered: make([]any, workers-1)}
	for w := range t.wake {
		t.wake[w] = make(chan struct{}, 1)
		go t.serve(f, w+1)
	}
	return t
}

// serve is worker w's goroutine: it waits for each phase and does its share
// of it if it takes part, until stop.
func (t *team) serve(f *fastPath, w int) {
	for seen := uint64(0); ; {
		state := t.await(w, seen)
		seen = state.started()
		if t.stopped.Load() {
			return
		}
		if w < state.workers() {
			t.recovered[w-1] = f.guarded(state.phase(), w)
			t.pending.Add(-1)
		}
	}
}

// await returns the state of the next phase once more than seen phases
// have started (or stop was called): worker w checks and yields for a
// while, then sleeps until start wakes it.
func (t *team) await(w int, seen uint64) phaseState {
	for spins := 0; ; spins++ {
		if state := phaseState(t.state.Load()); state.started() != seen {
			return state
		}
		if spins < spinsBeforeSleep {
			runtime.Gosched()
			continue
		}
		t.asleep[w-1].Store(true)
		if state := phaseState(t.state.Load()); state.started() != seen { // a phase started meanwhile
			if !t.asleep[w-1].CompareAndSwap(true, false) {
				<-t.wake[w-1] // start saw us asleep and sent a wake-up: take it
			}
			return state
		}
		<-t.wake[w-1] // start clears asleep before it sends
		spins = 0
	}
}

// start starts phase p for workers 1 to workers−1 (worker 0, the caller,
// does its share itself).
func (t *team) start(p phase, workers int) {
	t.pending.Store(int64(workers - 1))
	t.publish(p, workers)
}

// publish makes a new phase state, the next in number, visible to the
// workers and wakes those that sleep.
func (t *team) publish(p phase, workers int) {
	next := phaseState(t.state.Load()).started() + 1
	t.state.Store(uint64(newPhaseState(next, p, workers)))
	t.wakeSleepers()
}

// wakeSleepers wakes every worker that went to sleep.
func (t *team) wakeSleepers() {
	for w := range t.asleep {
		if t.asleep[w].CompareAndSwap(true, false) {
			t.wake[w] <- struct{}{}
		}
	}
}

// finish waits until workers 1, 2, … of the phase are done and returns the
// first panic one of them recovered, or nil. The wait is short (the others'
// last groups), so it checks and yields.
func (t *team) finish() any {
	for t.pending.Load() > 0 {
		runtime.Gosched()
	}
	for w := 1; w < phaseState(t.state.Load()).workers(); w++ {
		if r := t.recovered[w-1]; r != nil {
			return r
		}
	}
	return nil
}

// stop ends the goroutines.
func (t *team) stop() {
	t.stopped.Store(true)
	t.publish(0, 0)
}

// run does phase p, made of the given number of groups of work, on every
// active worker and returns when all the groups are done. If a worker
// panicked (an Activation that panics, say), run panics with the same value
// in the caller's goroutine, once no worker is running. A batch on one
// worker runs without recovering at all, so that such a panic keeps the
// stack that leads to it, as in the readable code.
func (f *fastPath) run(p phase, groups int) {
	f.groups = groups
	f.next.Store(0)
	if f.active == 1 {
		f.work(p, 0)
		return
	}
	f.team.start(p, f.active)
	recovered := f.guarded(p, 0)
	if r := f.team.finish(); recovered == nil {
		recovered = r
	}
	if recovered != nil {
		panic(recovered)
	}
}

// guarded is work for a worker that shares the phase: it returns what it
// recovered from a panic, or nil, and makes the other workers stop after
// their current group.
func (f *fastPath) guarded(p phase, w int) (recovered any) {
	defer func() {
		if recovered = recover(); recovered != nil {
			f.next.Store(int64(f.groups)) // the other workers stop after their group
		}
	}()
	f.work(p, w)
	return nil
}

// work makes worker w do groups of phase p until there are none left.
func (f *fastPath) work(p phase, w int) {
	for {
		group := int(f.next.Add(1)) - 1
		if group >= f.groups {
			return
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
