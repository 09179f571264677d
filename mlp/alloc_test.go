package mlp

import (
	"math/rand/v2"
	"testing"

	"github.com/tocha-go/tocha/loss"
)

// TestSampleStepAllocates checks that one per-sample SGD step of a 2-4-1
// sigmoid network on XOR allocates nothing once the buffers exist: Forward,
// Backward and Step reuse the network's and optimizer's memory.
func TestSampleStepAllocates(t *testing.T) {
	net, err := New([]int{2, 4, 1}, []string{"sigmoid", "sigmoid"}, rand.New(rand.NewPCG(1, 2)))
	if err != nil {
		t.Fatal(err)
	}
	for _, optimizer := range []Optimizer{&SGD{LearningRate: 0.5}, &SGD{LearningRate: 0.5, Momentum: 0.9}, NewAdam(0.01)} {
		outputs := make([][]float64, 1) // the loss takes a batch: a batch of one
		targets := make([][]float64, 1)
		dOutputs := [][]float64{make([]float64, 1)}
		k := 0
		step := func() {
			x, y := xorInputs[k%4], xorTargets[k%4]
			k++
			outputs[0] = net.Forward(x)
			targets[0] = y
			loss.BCEGradient(dOutputs, outputs, targets)
			net.ZeroGrad()
			net.Backward(dOutputs[0])
			optimizer.Step(net)
		}
		step() // the optimizer allocates its memory on the first Step
		if allocs := testing.AllocsPerRun(100, step); allocs != 0 {
			t.Errorf("%v: a per-sample step allocates %v times; want 0", optimizer, allocs)
		}
	}
}

// TestBatchStepAllocates checks the mini-batch path likewise.
func TestBatchStepAllocates(t *testing.T) {
	net, err := New([]int{2, 4, 1}, []string{"sigmoid", "sigmoid"}, rand.New(rand.NewPCG(1, 2)))
	if err != nil {
		t.Fatal(err)
	}
	optimizer := &SGD{LearningRate: 1}
	dOutputs := newMatrix(4, 1)
	step := func() {
		outputs := net.ForwardBatch(xorInputs)
		loss.BCEGradient(dOutputs, outputs, xorTargets)
		net.ZeroGrad()
		net.BackwardBatch(dOutputs)
		optimizer.Step(net)
	}
	step()
	if allocs := testing.AllocsPerRun(100, step); allocs != 0 {
		t.Errorf("a full-batch step allocates %v times; want 0", allocs)
	}
}
