package mlp

import (
	"fmt"
	"math"
	"math/rand/v2"
	"runtime"
	"runtime/debug"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/tocha-go/tocha/activation"
	"github.com/tocha-go/tocha/loss"
)

// fastRelTol is how far the fast path may be from the readable one,
// relative to the largest value of the matrix compared. Both do the same
// operations in the same order, so on amd64 the tests ask for identical
// numbers. Other processors may fuse a multiply and an add into one
// rounding (arm64 does) in one loop and not in the other: about 1e-16 per
// operation, and 1e-12 leaves room for that to grow over a few training
// steps while it still catches any formula that differs.
const fastRelTol = 1e-12

// fastCase is a network, a loss and a batch size for the fast path tests;
// the batch sizes do not divide by 2, 3 or 4, so that every kernel's
// leftover samples are used, and the layer widths include odd ones.
type fastCase struct {
	sizes       []int
	activations []string
	loss        string
	batchSize   int
}

var fastCases = []fastCase{
	{[]int{5, 7, 3}, []string{"tanh", "identity"}, "mse", 10},
	{[]int{4, 6, 5, 1}, []string{"relu", "sigmoid", "sigmoid"}, "bce", 7},
	{[]int{6, 9, 4}, []string{"leaky_relu", "identity"}, "cross_entropy", 13},
	{[]int{3, 8, 1}, []string{"sigmoid", "identity"}, "bce_with_logits", 23},
	{[]int{2, 4, 1}, []string{"sigmoid", "sigmoid"}, "bce", 1},
}

func (c fastCase) String() string {
	sizes := fmt.Sprint(c.sizes)
	return fmt.Sprintf("%s-%s-%s-batch%d", strings.Join(strings.Fields(sizes[1:len(sizes)-1]), "x"),
		strings.Join(c.activations, "-"), c.loss, c.batchSize)
}

// data returns samples inputs and targets that fit the case: targets in
// [0, 1] (one-hot rows for cross-entropy).
func (c fastCase) data(samples int, rng *rand.Rand) (inputs, targets [][]float64) {
	outputs := c.sizes[len(c.sizes)-1]
	for range samples {
		x := make([]float64, c.sizes[0])
		for i := range x {
			x[i] = 2*rng.Float64() - 1
		}
		y := make([]float64, outputs)
		if c.loss == "cross_entropy" {
			y[rng.IntN(outputs)] = 1
		} else {
			for k := range y {
				y[k] = rng.Float64()
			}
		}
		inputs, targets = append(inputs, x), append(targets, y)
	}
	return inputs, targets
}

// maxAbs returns the largest |value| of m, or 1e-300 if all are 0.
func maxAbs(m [][]float64) float64 {
	largest := 1e-300
	for _, row := range m {
		for _, v := range row {
			largest = max(largest, math.Abs(v))
		}
	}
	return largest
}

// compareRelative reports the entries of got farther than tol·max|want|
// from want.
func compareRelative(t *testing.T, what string, got, want [][]float64, tol float64) {
	t.Helper()
	compareMatrix(t, what, got, want, 0, tol*maxAbs(want))
}

// newTestFastPath returns a fast path for net that uses the kernels and
// every worker, however small the batch.
func newTestFastPath(net *Network, batchSize, workers int) *fastPath {
	f := newFastPath(net, batchSize, workers, 0)
	f.minFast = 0
	return f
}

// TestFastMatchesReadable trains two copies of each case's network side by
// side, one with ForwardBatch and BackwardBatch, one with the fast path on
// 1, 2 and 3 workers, and compares outputs, z, a, δ, gradients and weights
// after every batch of three epochs.
func TestFastMatchesReadable(t *testing.T) {
	for _, c := range fastCases {
		for _, workers := range []int{1, 2, 3} {
			t.Run(fmt.Sprintf("%v-workers%d", c, workers), func(t *testing.T) {
				readable, err := New(c.sizes, c.activations, rand.New(rand.NewPCG(1, 2)))
				if err != nil {
					t.Fatal(err)
				}
				fastNet, _ := New(c.sizes, c.activations, rand.New(rand.NewPCG(1, 2)))
				fast := newTestFastPath(fastNet, c.batchSize, workers)
				defer fast.stop()
				lossFunction := loss.MustNew(c.loss)
				readableOptimizer, fastOptimizer := &SGD{LearningRate: 0.1, Momentum: 0.9}, &SGD{LearningRate: 0.1, Momentum: 0.9}
				inputs, targets := c.data(2*c.batchSize+c.batchSize/2+1, rand.New(rand.NewPCG(3, 4)))
				tol := fastRelTol
				if runtime.GOARCH == "amd64" { // no fused multiply-adds: the very same numbers
					tol = 0
				}
				for epoch := range 3 {
					for start := 0; start < len(inputs); start += c.batchSize {
						end := min(start+c.batchSize, len(inputs))
						at := fmt.Sprintf("epoch %d, samples %d to %d", epoch+1, start, end-1)
						batch, batchTargets := inputs[start:end], targets[start:end]

						want := readable.ForwardBatch(batch)
						got := fast.Forward(batch)
						compareRelative(t, at+": outputs", got, want, tol)
						readable.ZeroGrad()
						fastNet.ZeroGrad()
						readable.BackwardBatch(lossFunction.Backward(nil, want, batchTargets))
						fast.Backward(lossFunction.Backward(nil, got, batchTargets))
						for l := range readable.Layers {
							wantLayer, gotLayer := &readable.Layers[l], &fastNet.Layers[l]
							compareRelative(t, fmt.Sprintf("%s: layer %d WeightGrads", at, l+1), gotLayer.WeightGrads, wantLayer.WeightGrads, tol)
							compareRelative(t, fmt.Sprintf("%s: layer %d BiasGrads", at, l+1), [][]float64{gotLayer.BiasGrads}, [][]float64{wantLayer.BiasGrads}, tol)
							for name, pair := range map[string][2][]float64{
								"Z": {gotLayer.Z, wantLayer.Z}, "A": {gotLayer.A, wantLayer.A}, "Delta": {gotLayer.Delta, wantLayer.Delta}} {
								compareRelative(t, fmt.Sprintf("%s: layer %d %s", at, l+1, name), [][]float64{pair[0]}, [][]float64{pair[1]}, tol)
							}
						}
						readableOptimizer.Step(readable)
						fastOptimizer.Step(fastNet)
						if t.Failed() {
							return
						}
					}
				}
				for l := range readable.Layers {
					compareRelative(t, fmt.Sprintf("final Weights of layer %d", l+1), fastNet.Layers[l].Weights, readable.Layers[l].Weights, tol)
				}
			})
		}
	}
}

// TestFastDeterministic checks that two runs with the same number of
// workers give the same numbers to the last bit.
func TestFastDeterministic(t *testing.T) {
	c := fastCases[2]
	inputs, targets := c.data(40, rand.New(rand.NewPCG(5, 6)))
	run := func() [][]float64 {
		net, _ := New(c.sizes, c.activations, rand.New(rand.NewPCG(1, 2)))
		fast := newTestFastPath(net, c.batchSize, 3)
		defer fast.stop()
		optimizer := NewAdam(0.01)
		for start := 0; start < len(inputs); start += c.batchSize {
			end := min(start+c.batchSize, len(inputs))
			outputs := fast.Forward(inputs[start:end])
			net.ZeroGrad()
			fast.Backward(loss.MustNew(c.loss).Backward(nil, outputs, targets[start:end]))
			optimizer.Step(net)
		}
		return slices.Concat(net.Layers[0].Weights, net.Layers[1].Weights)
	}
	first, second := run(), run()
	compareMatrix(t, "weights of the second run", second, first, 0, 0)
}

// TestTrainFastMatchesReadable checks Train's choice of path: a network
// large enough for Train to split its batches between workers trains to
// the same weights and history as with Readable set, with plain SGD (which
// the fast path shares between the workers) and with the optimizers that
// take their own Step.
func TestTrainFastMatchesReadable(t *testing.T) {
	c := fastCase{[]int{100, 150, 10}, []string{"relu", "identity"}, "cross_entropy", 32}
	inputs, targets := c.data(75, rand.New(rand.NewPCG(7, 8)))
	if n := c.batchSize * (c.sizes[0]*c.sizes[1] + c.sizes[1]*c.sizes[2]); n < 3*minWorkerWork {
		t.Fatalf("the network is too small for Train to use 3 workers: %d multiply-adds a batch", n)
	}
	tol := fastRelTol
	if runtime.GOARCH == "amd64" {
		tol = 0
	}
	optimizers := []func() Optimizer{
		func() Optimizer { return &SGD{LearningRate: 0.1} },
		func() Optimizer { return &SGD{LearningRate: 0.05, Momentum: 0.9} },
		func() Optimizer { return NewAdam(0.001) },
	}
	for _, newOptimizer := range optimizers {
		var weights [][][]float64
		var histories [][]EpochStats
		for _, config := range []TrainConfig{{Readable: true}, {Workers: 1}, {Workers: 3}} { // 3: as many as there are cores, up to 3
			net, _ := New(c.sizes, c.activations, rand.New(rand.NewPCG(1, 2)))
			config.Epochs, config.BatchSize = 2, c.batchSize
			config.Loss, config.Optimizer = loss.MustNew(c.loss), newOptimizer()
			config.Shuffle = rand.New(rand.NewPCG(9, 10))
			history, err := Train(net, inputs, targets, config)
			if err != nil {
				t.Fatal(err)
			}
			weights = append(weights, slices.Concat(net.Layers[0].Weights, net.Layers[1].Weights,
				[][]float64{net.Layers[0].Biases, net.Layers[1].Biases}))
			histories = append(histories, history)
		}
		for k, name := range []string{"Workers: 1", "Workers: 3"} {
			name = fmt.Sprintf("%v, %s", newOptimizer(), name)
			compareRelative(t, name+": weights and biases", weights[k+1], weights[0], tol)
			for e := range histories[0] {
				if got, want := histories[k+1][e].Loss, histories[0][e].Loss; !closeTo(got, want, tol, 0) {
					t.Errorf("%s: epoch %d loss = %v; want %v", name, e+1, got, want)
				}
			}
		}
	}
}

// TestFastAllocates checks that a training step on the fast path, with
// several workers, allocates nothing after the first batch.
func TestFastAllocates(t *testing.T) {
	c := fastCases[0]
	net, _ := New(c.sizes, c.activations, rand.New(rand.NewPCG(1, 2)))
	fast := newTestFastPath(net, c.batchSize, 2)
	defer fast.stop()
	inputs, targets := c.data(c.batchSize, rand.New(rand.NewPCG(3, 4)))
	optimizer := &SGD{LearningRate: 0.1}
	mse := loss.MustNew(c.loss)
	dOutputs := newMatrix(c.batchSize, c.sizes[len(c.sizes)-1])
	step := func() {
		outputs := fast.Forward(inputs)
		net.ZeroGrad()
		fast.Backward(mse.Backward(dOutputs, outputs, targets))
		optimizer.Step(net)
	}
	step()
	if allocs := testing.AllocsPerRun(100, step); allocs != 0 {
		t.Errorf("a fast training step allocates %v times; want 0", allocs)
	}
}

// TestFastPanics checks that the fast path panics as ForwardBatch and
// BackwardBatch do, and that a panic in a worker's goroutine reaches the
// caller.
func TestFastPanics(t *testing.T) {
	boom := activation.Activation{Name: "boom", // the identity, but for z > 100
		Forward: func(z float64) float64 {
			if z > 100 {
				panic("boom")
			}
			return z
		},
		Derivative: func(z, a float64) float64 { return 1 }}
	net, _ := FromLayers(
		Layer{Weights: [][]float64{{1, 2}, {3, 4}}, Biases: []float64{0, 0}, Activation: boom},
		Layer{Weights: [][]float64{{1, 1}}, Biases: []float64{0}, Activation: activation.MustNew("tanh")})
	fast := newTestFastPath(net, 4, 2)
	defer fast.stop()
	tests := []struct {
		name string
		call func()
		want string
	}{
		{"worker panics", func() { fast.Forward([][]float64{{1, 2}, {3, 4}, {500, 6}, {7, 8}}) }, "boom"},
		{"wrong row", func() { fast.Forward([][]float64{{1, 2}, {3}}) }, "row 1 has 1 input, want 2"},
		{"batch too large", func() { fast.Forward(newMatrix(5, 2)) }, "got 5 rows, want 1 to 4"},
		{"wrong dOutputs", func() {
			fast.Forward([][]float64{{1, 2}, {3, 4}, {5, 6}})
			fast.Backward(newMatrix(1, 1))
		}, "got 1 rows, want 3"},
	}
	for _, test := range tests {
		func() {
			defer func() {
				if r := recover(); r == nil || !strings.Contains(fmt.Sprint(r), test.want) {
					t.Errorf("%s: panic %v; want one containing %q", test.name, r, test.want)
				}
			}()
			test.call()
		}()
	}

	// Which worker meets the bad sample above depends on timing; make sure
	// that worker 1's goroutine sends its panic back.
	fast.inputs, fast.groups = [][]float64{{500, 6}}, 1
	fast.next.Store(0)
	fast.team.start(phaseForward, 2) // worker 1 alone: worker 0 does not take part
	if r := fast.team.finish(); fmt.Sprint(r) != "boom" {
		t.Errorf("worker 1 sent %v after a panic; want boom", r)
	}
}

// TestTrainAllocationsPerCall checks that Train allocates its work space
// once per call, not per batch: training on four times as many batches
// allocates no more. The network is large enough for two workers.
func TestTrainAllocationsPerCall(t *testing.T) {
	c := fastCase{[]int{100, 150, 10}, []string{"relu", "identity"}, "cross_entropy", 32}
	inputs, targets := c.data(4*c.batchSize, rand.New(rand.NewPCG(1, 2)))
	net, _ := New(c.sizes, c.activations, rand.New(rand.NewPCG(3, 4)))
	// The fewest of three measurements: the runtime allocates for itself now
	// and then (a new goroutine or thread when the last call's worker has not
	// quite exited, on a busy machine), which only ever adds.
	allocations := func(samples int) float64 {
		fewest := math.Inf(1)
		for range 3 {
			fewest = min(fewest, testing.AllocsPerRun(5, func() {
				_, err := Train(net, inputs[:samples], targets[:samples], TrainConfig{Epochs: 1, BatchSize: c.batchSize,
					Loss: loss.MustNew(c.loss), Optimizer: &SGD{LearningRate: 0.01}, Workers: 2})
				if err != nil {
					t.Fatal(err)
				}
			}))
		}
		return fewest
	}
	one, four := allocations(c.batchSize), allocations(4*c.batchSize)
	t.Logf("Train allocates %v times for 1 batch and %v for 4", one, four)
	// An allocation per batch would add at least one for each of the three
	// extra batches; the runtime's own add fewer.
	if extraBatches := 3.0; four-one >= extraBatches {
		t.Errorf("Train allocates %v times for 1 batch and %v for 4; want no more for more batches", one, four)
	}
}

// TestTrainWorkersError checks that a negative Workers is refused.
func TestTrainWorkersError(t *testing.T) {
	net, _ := New([]int{2, 1}, []string{"sigmoid"}, rand.New(rand.NewPCG(1, 1)))
	_, err := Train(net, xorInputs, xorTargets, TrainConfig{Epochs: 1, Loss: loss.MustNew("bce"),
		Optimizer: &SGD{LearningRate: 1}, Workers: -1})
	if want := "TrainConfig.Workers is -1"; err == nil || !strings.Contains(err.Error(), want) {
		t.Errorf("Train with Workers -1: error = %v; want one containing %q", err, want)
	}
}

// TestForwardGroups checks that the forward groups cover a batch, sample by
// sample in order, with at most forwardSamples samples each (worker 0's
// scratch for a shared batch holds no more) and a multiple of the workers.
func TestForwardGroups(t *testing.T) {
	for _, workers := range []int{1, 2, 3, 8} {
		for n := 1; n <= 70; n++ {
			groups := forwardGroups(n, workers)
			next := 0
			for g := range groups {
				first, end := groupSpan(n, groups, g)
				if first != next || end <= first || (workers > 1 && end-first > forwardSamples) {
					t.Fatalf("%d samples, %d workers: group %d of %d is [%d, %d) after %d", n, workers, g, groups, first, end, next)
				}
				next = end
			}
			if next != n {
				t.Errorf("%d samples, %d workers: the groups end at %d", n, workers, next)
			}
			if workers > 1 && groups < n && groups%workers != 0 {
				t.Errorf("%d samples, %d workers: %d groups, not a multiple of the workers", n, workers, groups)
			}
		}
	}
}

// TestFastWorkersSleepAndWake checks the workers' way of waiting (see
// fast_team.go): an OnEpoch that pauses long enough for them to go to sleep
// between epochs, and training still ends, with the same weights as the
// readable path.
func TestFastWorkersSleepAndWake(t *testing.T) {
	c := fastCase{[]int{100, 150, 10}, []string{"relu", "identity"}, "cross_entropy", 32}
	inputs, targets := c.data(64, rand.New(rand.NewPCG(7, 8)))
	var weights [][][]float64
	for _, config := range []TrainConfig{{Readable: true}, {Workers: 2}} {
		net, _ := New(c.sizes, c.activations, rand.New(rand.NewPCG(1, 2)))
		config.Epochs, config.BatchSize = 3, c.batchSize
		config.Loss, config.Optimizer = loss.MustNew(c.loss), &SGD{LearningRate: 0.1}
		config.OnEpoch = func(EpochStats) { time.Sleep(5 * time.Millisecond) } // the workers fall asleep
		done := make(chan error, 1)
		go func() {
			_, err := Train(net, inputs, targets, config)
			done <- err
		}()
		select {
		case err := <-done:
			if err != nil {
				t.Fatal(err)
			}
		case <-time.After(30 * time.Second):
			t.Fatal("Train did not finish: a worker was not woken up")
		}
		weights = append(weights, slices.Concat(net.Layers[0].Weights, net.Layers[1].Weights))
	}
	tol := fastRelTol
	if runtime.GOARCH == "amd64" {
		tol = 0
	}
	compareRelative(t, "Workers: 2 after sleeping: weights", weights[1], weights[0], tol)
}

// TestTrainEndsItsWorkers checks that the workers' goroutines end when Train
// returns, whether it finishes, stops with an error or its OnEpoch panics.
func TestTrainEndsItsWorkers(t *testing.T) {
	c := fastCase{[]int{100, 150, 10}, []string{"relu", "identity"}, "cross_entropy", 32}
	inputs, targets := c.data(64, rand.New(rand.NewPCG(7, 8)))
	before := runtime.NumGoroutine()
	for _, onEpoch := range []func(EpochStats){nil, func(EpochStats) { panic("stop here") }} {
		net, _ := New(c.sizes, c.activations, rand.New(rand.NewPCG(1, 2)))
		func() {
			defer func() { _ = recover() }()
			_, err := Train(net, inputs, targets, TrainConfig{Epochs: 2, BatchSize: c.batchSize, Workers: 4,
				Loss: loss.MustNew(c.loss), Optimizer: &SGD{LearningRate: 0.1}, OnEpoch: onEpoch})
			if err != nil {
				t.Fatal(err)
			}
		}()
		net, _ = New(c.sizes, c.activations, rand.New(rand.NewPCG(1, 2)))
		if _, err := Train(net, inputs, targets, TrainConfig{Epochs: 5, BatchSize: c.batchSize, Workers: 4,
			Loss: loss.MustNew(c.loss), Optimizer: &SGD{LearningRate: 1e6}}); err == nil {
			t.Fatal("Train with lr 1e6 did not stop")
		}
	}
	deadline := time.Now().Add(10 * time.Second)
	for runtime.NumGoroutine() > before && time.Now().Before(deadline) {
		time.Sleep(time.Millisecond)
	}
	if n := runtime.NumGoroutine(); n > before {
		t.Errorf("%d goroutines after Train returned; want %d, as before", n, before)
	}
}

// TestFastWorkersTakeEachPhaseOnce alternates batches that use fewer and
// more workers (the last, smaller batch of an epoch does), many times: a
// worker held up between reading which phase started and how many workers
// it has must not do a phase twice, which would let pending go below 0 and
// the next phase start under a running worker. (Before the phase state was
// one word, this saw pending < 0 about once in a hundred rounds.)
func TestFastWorkersTakeEachPhaseOnce(t *testing.T) {
	const workers = 3
	net, _ := New([]int{16, 16, 4}, []string{"tanh", "identity"}, rand.New(rand.NewPCG(1, 2)))
	inputs := newMatrix(3*workers, 16)
	rng := rand.New(rand.NewPCG(3, 4))
	for _, row := range inputs {
		for i := range row {
			row[i] = rng.Float64()
		}
	}
	reference, _ := FromLayers(net.Layers...)
	want := copyMatrix(reference.ForwardBatch(inputs))
	fast := newTestFastPath(net, len(inputs), workers)
	defer fast.stop()
	deadline := time.Now().Add(300 * time.Millisecond)
	for rounds := 0; time.Now().Before(deadline) || rounds < 1000; rounds++ {
		fast.Forward(inputs[:1+rounds%(workers-1)]) // fewer workers
		if n := fast.team.pending.Load(); n < 0 {
			t.Fatalf("round %d: pending = %d after a phase with fewer workers", rounds, n)
		}
		got := fast.Forward(inputs) // every worker
		if n := fast.team.pending.Load(); n < 0 {
			t.Fatalf("round %d: pending = %d after a phase with every worker", rounds, n)
		}
		compareMatrix(t, "outputs", got, want, 0, 0)
		if t.Failed() {
			t.Fatalf("round %d: outputs differ", rounds)
		}
	}
}

// TestFastPanicKeepsStack checks that a panic in an activation on the fast
// path with one worker reaches the caller with the stack that leads to it:
// the activation's own frame, not only the fast path's re-panic.
func TestFastPanicKeepsStack(t *testing.T) {
	net, _ := New([]int{4, 4, 2}, []string{"tanh", "identity"}, rand.New(rand.NewPCG(1, 2)))
	net.Layers[0].Activation.Forward = func(z float64) float64 { panicInActivation(); return z }
	fast := newTestFastPath(net, 4, 1)
	defer fast.stop()
	var stack string
	func() {
		defer func() {
			if recover() != nil {
				stack = string(debug.Stack())
			}
		}()
		fast.Forward(newMatrix(4, 4))
	}()
	if !strings.Contains(stack, "panicInActivation") {
		t.Errorf("the stack of the panic does not reach the activation:\n%s", stack)
	}
}

// panicInActivation panics, from a frame TestFastPanicKeepsStack looks for.
//
//go:noinline
func panicInActivation() { panic("boom in the activation") }
