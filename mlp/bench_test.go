package mlp

import (
	"fmt"
	"math/rand/v2"
	"os"
	"runtime"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/tocha-go/tocha/loss"
)

// The benchmarks time tocha against a yardstick (bench_yardstick_test.go):
// the straightforward per-sample loop on [][]float64 that one writes by
// hand, the same steps with the same formulas (TestYardsticks checks that it
// gets the same numbers). Both run in the same benchmark, taking turns, so
// that the ratio they print compares them under the same conditions:
//
//	go test -bench . -run '^$' ./mlp
//
// BenchmarkXORStep reports ns/step for tocha and for the yardstick, and
// x-yardstick = tocha's time ÷ the yardstick's (below 1: tocha is faster).
// BenchmarkMNISTEpoch reports GFLOP/s for both and speedup = the
// yardstick's time ÷ tocha's (above 1: tocha is faster).

// syntheticMNIST returns samples shaped like MNIST: 784 pixels in [0, 1],
// about a fifth of them lit around a stroke pattern of their class, and a
// one-hot target of 10 classes. The pixels share one backing array, so that
// 10,000 samples take 63 MB and nothing else.
func syntheticMNIST(samples int, rng *rand.Rand) (inputs, targets [][]float64) {
	const pixels, classes = 784, 10
	var patterns [classes][pixels]bool
	for c := range patterns {
		for i := range patterns[c] {
			patterns[c][i] = rng.Float64() < 0.2
		}
	}
	pixelValues := make([]float64, samples*pixels)
	targetValues := make([]float64, samples*classes)
	for k := range samples {
		class := rng.IntN(classes)
		x := pixelValues[k*pixels : (k+1)*pixels]
		for i := range x {
			if patterns[class][i] != (rng.Float64() < 0.05) { // 5% of the pixels flipped
				x[i] = 0.5 + 0.5*rng.Float64()
			}
		}
		inputs = append(inputs, x)
		targetValues[k*classes+class] = 1
		targets = append(targets, targetValues[k*classes:(k+1)*classes])
	}
	return inputs, targets
}

// flopsPerSample counts one SGD step's floating-point operations per
// sample: 2·in·out per layer forward (a multiply and an add per weight) and
// twice that backward (∂L/∂W and the δ of the layer before).
func flopsPerSample(sizes []int) float64 {
	flops := 0.0
	for l := 1; l < len(sizes); l++ {
		flops += 3 * 2 * float64(sizes[l-1]*sizes[l])
	}
	return flops
}

// yardstickRelTol is how close the yardstick's weights must stay to
// tocha's: it updates a weight as w − lr·g, two roundings, where tocha uses
// one fused multiply-add, as PyTorch does; a few steps keep that below
// 1e-15 relative, and 1e-12 still catches any formula that differs.
const yardstickRelTol = 1e-12

// TestYardsticks checks that the benchmarks compare like with like: the
// yardstick computes the same steps as tocha, for a sigmoid network with BCE
// one sample at a time and for a ReLU classifier on mini-batches; and
// floorStep is tocha's per-sample step to the last bit.
func TestYardsticks(t *testing.T) {
	net, _ := New([]int{2, 4, 1}, []string{"sigmoid", "sigmoid"}, rand.New(rand.NewPCG(1, 2)))
	hand := newYardstick(net, false)
	floor, _ := FromLayers(net.Layers...)
	floor.Forward(xorInputs[0]) // the work space
	optimizer, dOutputs := &SGD{LearningRate: 0.5}, newMatrix(1, 1)
	for k := range 20 {
		outputs := [][]float64{net.Forward(xorInputs[k%4])}
		loss.BCEGradient(dOutputs, outputs, xorTargets[k%4:k%4+1])
		net.ZeroGrad()
		net.Backward(dOutputs[0])
		optimizer.Step(net)
		hand.sampleStep(xorInputs[k%4], xorTargets[k%4], 0.5)
		floorStep(floor, xorInputs[k%4], xorTargets[k%4], 0.5)
	}
	floorTol := fastRelTol // where Go may fuse a multiply and an add in one and not the other
	if runtime.GOARCH == "amd64" {
		floorTol = 0
	}
	for l := range net.Layers {
		compareRelative(t, fmt.Sprintf("XOR: yardstick's weights of layer %d", l+1), hand.weights[l], net.Layers[l].Weights, yardstickRelTol)
		compareRelative(t, fmt.Sprintf("XOR: floorStep's weights of layer %d", l+1), floor.Layers[l].Weights, net.Layers[l].Weights, floorTol)
	}

	sizes := []int{20, 16, 4}
	inputs, targets := syntheticMNIST(24, rand.New(rand.NewPCG(3, 4)))
	for k := range inputs {
		inputs[k], targets[k] = inputs[k][:sizes[0]], targets[k][:sizes[2]]
		clear(targets[k])
		targets[k][k%sizes[2]] = 1
	}
	net, _ = New(sizes, []string{"relu", "identity"}, rand.New(rand.NewPCG(5, 6)))
	hand = newYardstick(net, true)
	_, err := Train(net, inputs, targets, TrainConfig{Epochs: 1, BatchSize: 8, Loss: loss.MustNew("cross_entropy"),
		Optimizer: &SGD{LearningRate: 0.1}})
	if err != nil {
		t.Fatal(err)
	}
	for start := 0; start < len(inputs); start += 8 {
		hand.classifierBatch(inputs[start:start+8], targets[start:start+8], 0.1)
	}
	for l := range net.Layers {
		compareRelative(t, fmt.Sprintf("classifier: yardstick's weights of layer %d", l+1), hand.weights[l], net.Layers[l].Weights, yardstickRelTol)
	}
}

// BenchmarkXORStep times one per-sample SGD step of a 2-4-1 sigmoid network
// on XOR with BCE, through the public API (Forward, the loss's gradient,
// ZeroGrad, Backward, SGD.Step), against the yardstick's sampleStep.
func BenchmarkXORStep(b *testing.B) {
	net, err := New([]int{2, 4, 1}, []string{"sigmoid", "sigmoid"}, rand.New(rand.NewPCG(1, 2)))
	if err != nil {
		b.Fatal(err)
	}
	hand := newYardstick(net, false)
	optimizer := &SGD{LearningRate: 0.5}
	outputs, targets, dOutputs := make([][]float64, 1), make([][]float64, 1), newMatrix(1, 1)
	const stepsPerRound = 1024
	tochaRound := func(int) {
		for k := range stepsPerRound {
			outputs[0] = net.Forward(xorInputs[k%4])
			targets[0] = xorTargets[k%4]
			loss.BCEGradient(dOutputs, outputs, targets)
			net.ZeroGrad()
			net.Backward(dOutputs[0])
			optimizer.Step(net)
		}
	}
	yardstickRound := func(int) {
		for k := range stepsPerRound {
			hand.sampleStep(xorInputs[k%4], xorTargets[k%4], 0.5)
		}
	}
	rounds, tochaTime, yardstickTime := interleave(b, 1, tochaRound, yardstickRound)
	steps := float64(rounds * stepsPerRound)
	b.ReportMetric(0, "ns/op") // a round of both is not a useful unit
	b.ReportMetric(float64(tochaTime.Nanoseconds())/steps, "ns/step")
	b.ReportMetric(float64(yardstickTime.Nanoseconds())/steps, "yardstick-ns/step")
	b.ReportMetric(tochaTime.Seconds()/yardstickTime.Seconds(), "x-yardstick")
}

// BenchmarkXORStepFloor times floorStep (bench_yardstick_test.go), tocha's
// arithmetic for the same step in the same order with every check and
// indirection removed, against the yardstick. It is how
// docs/performance.md knows that the arithmetic alone is a little faster
// than the yardstick: the rest of BenchmarkXORStep's ratio is what tocha's
// checks and calls cost.
func BenchmarkXORStepFloor(b *testing.B) {
	net, err := New([]int{2, 4, 1}, []string{"sigmoid", "sigmoid"}, rand.New(rand.NewPCG(1, 2)))
	if err != nil {
		b.Fatal(err)
	}
	hand := newYardstick(net, false)
	net.Forward(xorInputs[0]) // the work space
	const stepsPerRound = 1024
	floorRound := func(int) {
		for k := range stepsPerRound {
			floorStep(net, xorInputs[k%4], xorTargets[k%4], 0.5)
		}
	}
	yardstickRound := func(int) {
		for k := range stepsPerRound {
			hand.sampleStep(xorInputs[k%4], xorTargets[k%4], 0.5)
		}
	}
	rounds, floorTime, yardstickTime := interleave(b, 1, floorRound, yardstickRound)
	steps := float64(rounds * stepsPerRound)
	b.ReportMetric(0, "ns/op")
	b.ReportMetric(float64(floorTime.Nanoseconds())/steps, "ns/step")
	b.ReportMetric(float64(yardstickTime.Nanoseconds())/steps, "yardstick-ns/step")
	b.ReportMetric(floorTime.Seconds()/yardstickTime.Seconds(), "x-yardstick")
}

// BenchmarkMNISTEpoch times one epoch of Train on a 784-128-10 network
// (ReLU, then logits with softmax cross-entropy), batches of 32, over 10,000
// synthetic MNIST-shaped samples, against the yardstick's classifierBatch,
// the two taking turns on parts of 64 batches.
func BenchmarkMNISTEpoch(b *testing.B) {
	const samples, batchSize, learningRate = 10000, 32, 0.01
	sizes := []int{784, 128, 10}
	inputs, targets := syntheticMNIST(samples, rand.New(rand.NewPCG(3, 4)))
	net, err := New(sizes, []string{"relu", "identity"}, rand.New(rand.NewPCG(1, 2)))
	if err != nil {
		b.Fatal(err)
	}
	hand := newYardstick(net, true)
	config := TrainConfig{Epochs: 1, BatchSize: batchSize, Loss: loss.MustNew("cross_entropy"),
		Optimizer: &SGD{LearningRate: learningRate}}
	// The epoch goes in parts of 64 batches, tocha and the yardstick taking
	// turns on each part. Train on the parts one after the other trains on
	// the same batches, in the same order, as one Train on the whole epoch.
	const part = 64 * batchSize
	bounds := func(k int) (start, end int) { return k * part, min((k+1)*part, samples) }
	tochaPart := func(k int) {
		start, end := bounds(k)
		if _, err := Train(net, inputs[start:end], targets[start:end], config); err != nil {
			b.Fatal(err)
		}
	}
	yardstickPart := func(k int) {
		start, end := bounds(k)
		for ; start < end; start += batchSize {
			batchEnd := min(start+batchSize, end)
			hand.classifierBatch(inputs[start:batchEnd], targets[start:batchEnd], learningRate)
		}
	}
	rounds, tochaTime, yardstickTime := interleave(b, groupsOf(samples, part), tochaPart, yardstickPart)
	flops := float64(rounds) * samples * flopsPerSample(sizes)
	b.ReportMetric(0, "ns/op") // two epochs of each: see s/epoch
	b.ReportMetric(tochaTime.Seconds()/float64(rounds), "s/epoch")
	b.ReportMetric(flops/tochaTime.Seconds()/1e9, "GFLOP/s")
	b.ReportMetric(flops/yardstickTime.Seconds()/1e9, "yardstick-GFLOP/s")
	b.ReportMetric(yardstickTime.Seconds()/tochaTime.Seconds(), "speedup")
	if peak, ok := peakResidentMB(); ok {
		b.ReportMetric(peak, "peak-MB")
	}
}

// peakResidentMB returns the most memory the test process has held so far,
// in MB (10⁶ bytes), as Linux reports it (VmHWM in /proc/self/status), or
// false on other systems. It counts the whole process: the samples, both
// networks and the Go runtime.
func peakResidentMB() (float64, bool) {
	status, err := os.ReadFile("/proc/self/status")
	if err != nil {
		return 0, false
	}
	for line := range strings.Lines(string(status)) {
		if value, found := strings.CutPrefix(line, "VmHWM:"); found {
			kB, err := strconv.ParseFloat(strings.TrimSuffix(strings.TrimSpace(value), " kB"), 64)
			return kB * 1024 / 1e6, err == nil
		}
	}
	return 0, false
}

// interleave runs tocha and yardstick twice per benchmark iteration, part
// by part, taking turns on each part in both orders (tocha first in one
// round, the yardstick first in the other), so that neither gains from
// going first and both meet the same conditions: a machine that speeds up
// or slows down over seconds does so for both. It returns the number of
// rounds each ran and the time each took in total.
func interleave(b *testing.B, parts int, tocha, yardstick func(part int)) (rounds int, tochaTime, yardstickTime time.Duration) {
	b.Helper()
	b.ReportAllocs()
	timed := func(f func(int), part int, total *time.Duration) {
		start := time.Now()
		f(part)
		*total += time.Since(start)
	}
	for b.Loop() {
		for part := range parts {
			timed(tocha, part, &tochaTime)
			timed(yardstick, part, &yardstickTime)
		}
		for part := range parts {
			timed(yardstick, part, &yardstickTime)
			timed(tocha, part, &tochaTime)
		}
		rounds += 2
	}
	return rounds, tochaTime, yardstickTime
}
