package mlp

import (
	"fmt"
	"math"
	"math/rand/v2"
	"runtime"

	"github.com/tocha-go/tocha/loss"
)

// TrainConfig says how [Train] trains: for how many epochs, in mini-batches
// of what size, with which loss and optimizer.
type TrainConfig struct {
	// Epochs is the number of passes over the data, ≥ 1.
	Epochs int
	// BatchSize is the number of samples per gradient step. 0 (or anything
	// ≥ the number of samples) means the whole data set in one batch: full-
	// batch gradient descent. With 10 samples and BatchSize 4 the batches
	// have 4, 4 and 2 samples; the last, smaller batch is kept.
	BatchSize int
	// Shuffle, if not nil, draws a new order of the samples at the start of
	// every epoch (inputs and targets stay paired). nil keeps the data's
	// order.
	Shuffle *rand.Rand
	// Loss is the loss to minimise, from loss.New (required).
	Loss loss.Loss
	// Optimizer updates the weights after each batch (required).
	Optimizer Optimizer
	// TargetLoss, if > 0, stops training after the first epoch whose loss
	// is at or below it.
	TargetLoss float64
	// OnEpoch, if not nil, is called after every epoch, for example to print
	// progress.
	OnEpoch func(EpochStats)
	// Readable, if true, trains with ForwardBatch and BackwardBatch: the
	// per-sample Forward and Backward that the package documentation walks
	// through, on one core, to step through in a debugger. By default
	// (false) Train uses the fast path of fast.go: the same arithmetic in
	// the same order, with the loops arranged for the processor and each
	// batch split between Workers goroutines. Both give the same numbers.
	Readable bool
	// Workers is the most goroutines the fast path splits a batch between;
	// 0 means runtime.GOMAXPROCS(0), one per core, which is also the most
	// it uses (more would only take turns on the same cores, slower).
	// Batches too small to be worth it use fewer, down to one. The results
	// do not depend on it.
	Workers int
}

// EpochStats is what one epoch of [Train] measured.
type EpochStats struct {
	// Epoch counts from 1.
	Epoch int
	// Loss is the mean loss over the epoch's samples, each computed during
	// the epoch, before its batch's update (as a PyTorch loop reports it).
	// With full-batch training it is the loss of the weights at the start
	// of the epoch.
	Loss float64
	// Accuracy is the fraction of the epoch's samples classified correctly,
	// measured as Loss is; see [Network.PredictClass] for how an output is
	// read as a class (with one output, the loss decides: see
	// accuracyThreshold). It is set only when HasAccuracy is true: when every
	// target is a class (a 0 or 1 with one output; a one-hot row with
	// several).
	Accuracy    float64
	HasAccuracy bool
}

// String formats the statistics, e.g. "epoch 10: loss 0.693147, accuracy 0.750".
func (s EpochStats) String() string {
	if !s.HasAccuracy {
		return fmt.Sprintf("epoch %d: loss %.6f", s.Epoch, s.Loss)
	}
	return fmt.Sprintf("epoch %d: loss %.6f, accuracy %.3f", s.Epoch, s.Loss, s.Accuracy)
}

// Train trains net on the samples (inputs[k], targets[k]) and returns one
// EpochStats per epoch. It is the loop a student writes by hand, the same
// as PyTorch's, for each mini-batch:
//
//	outputs := net.ForwardBatch(batchInputs)                  // 1. forward
//	batchLoss := config.Loss.Forward(outputs, batchTargets)   // 2. loss
//	net.ZeroGrad()                                            // 3. zero the gradients
//	dOutputs := config.Loss.Backward(nil, outputs, batchTargets)
//	net.BackwardBatch(dOutputs)                               // 4. backward
//	config.Optimizer.Step(net)                                // 5. update
//
// Unless config.Readable is set, steps 1, 3, 4 and 5 run on the fast path
// (fast.go), which gives the same numbers faster: it shares the batch, the
// clearing of the gradients and a plain SGD update between the cores. inputs
// and targets are not modified or kept.
//
// Train returns an error, before training, if the configuration is
// incomplete or out of range (naming the field), if the optimizer's Validate
// fails (a learning rate ≤ 0), or if the data do not fit the network:
// different numbers of inputs and targets, a row of the wrong length, or a
// NaN or infinite value (naming the row and column), or targets that the
// loss cannot take (see checkLossFit), or an output layer whose activation
// is step, through which backpropagation cannot train anything (see
// checkTrainable). During training, divergence stops it with an error that
// names the epoch and suggests a smaller learning rate: a loss that becomes
// NaN or infinite, a weight that overflows, or an epoch's loss more than 10
// times the loss before training (see divergenceWatch). The history up to
// the previous epoch is returned with the error.
func Train(net *Network, inputs, targets [][]float64, config TrainConfig) ([]EpochStats, error) {
	if err := config.check(); err != nil {
		return nil, err
	}
	if err := checkData(net, inputs, targets); err != nil {
		return nil, err
	}
	if err := checkLossFit(net, config.Loss, targets); err != nil {
		return nil, err
	}
	if err := checkTrainable(net); err != nil {
		return nil, err
	}
	samples := len(inputs)
	batchSize := config.BatchSize
	if batchSize == 0 || batchSize > samples {
		batchSize = samples
	}
	classes := targetsAreClasses(targets)
	threshold := accuracyThreshold(net, config.Loss.Name) // where one output means class 1

	order := make([]int, samples) // order[k] is the sample at position k this epoch
	for k := range order {
		order[k] = k
	}
	batchInputs := make([][]float64, 0, batchSize)
	batchTargets := make([][]float64, 0, batchSize)
	gradientBuffer := newMatrix(batchSize, net.OutputSize()) // ∂L/∂output, reused by every batch
	history := make([]EpochStats, 0, config.Epochs)
	forwardBatch, backwardBatch := net.ForwardBatch, net.BackwardBatch
	zeroGrad, step := net.ZeroGrad, config.Optimizer.Step
	if !config.Readable {
		workers := runtime.GOMAXPROCS(0)
		if config.Workers > 0 {
			workers = min(workers, config.Workers)
		}
		fast := newFastPath(net, batchSize, workers, minWorkerWork)
		defer fast.stop()
		forwardBatch, backwardBatch = fast.Forward, fast.Backward
		zeroGrad = fast.ZeroGrad
		step = func(*Network) { fast.Step(config.Optimizer) }
	}

	watch := newDivergenceWatch(net) // stops training that diverges
	for epoch := 1; epoch <= config.Epochs; epoch++ {
		if config.Shuffle != nil {
			config.Shuffle.Shuffle(samples, func(a, b int) { order[a], order[b] = order[b], order[a] })
		}
		lossSum, correct := 0.0, 0
		for start := 0; start < samples; start += batchSize {
			end := min(start+batchSize, samples)
			batchInputs, batchTargets = batchInputs[:0], batchTargets[:0]
			for _, k := range order[start:end] {
				batchInputs = append(batchInputs, inputs[k])
				batchTargets = append(batchTargets, targets[k])
			}

			outputs := forwardBatch(batchInputs)                    // 1. forward
			batchLoss := config.Loss.Forward(outputs, batchTargets) // 2. loss
			if err := watch.batch(epoch, batchLoss, config.Optimizer); err != nil {
				return history, err
			}
			zeroGrad() // 3. zero the gradients
			dOutputs := config.Loss.Backward(gradientBuffer[:len(outputs)], outputs, batchTargets)
			backwardBatch(dOutputs) // 4. backward
			step(net)               // 5. update

			lossSum += batchLoss * float64(len(outputs))
			if classes {
				correct += countCorrect(outputs, batchTargets, threshold)
			}
		}
		stats := EpochStats{Epoch: epoch, Loss: lossSum / float64(samples)}
		if err := watch.epoch(net, epoch, stats.Loss, config.Optimizer, config.Loss, inputs, targets); err != nil {
			return history, err
		}
		if classes {
			stats.Accuracy = float64(correct) / float64(samples)
			stats.HasAccuracy = true
		}
		history = append(history, stats)
		if config.OnEpoch != nil {
			config.OnEpoch(stats)
		}
		if config.TargetLoss > 0 && stats.Loss <= config.TargetLoss {
			break
		}
	}
	return history, nil
}

// check returns an error naming the first field of the configuration that
// is missing or out of range.
func (c *TrainConfig) check() error {
	if c.Epochs < 1 {
		return fmt.Errorf("mlp: TrainConfig.Epochs is %d, want at least 1", c.Epochs)
	}
	if c.BatchSize < 0 {
		return fmt.Errorf("mlp: TrainConfig.BatchSize is %d, want ≥ 1 (or 0 for the whole data set)", c.BatchSize)
	}
	if c.Loss.Forward == nil || c.Loss.Backward == nil {
		return fmt.Errorf("mlp: TrainConfig.Loss is not set; use one from loss.New, e.g. loss.MustNew(\"bce\")")
	}
	if c.Optimizer == nil {
		return fmt.Errorf("mlp: TrainConfig.Optimizer is not set; use e.g. &mlp.SGD{LearningRate: 0.5}")
	}
	if v, ok := c.Optimizer.(interface{ Validate() error }); ok {
		if err := v.Validate(); err != nil {
			return err
		}
	}
	if c.Workers < 0 {
		return fmt.Errorf("mlp: TrainConfig.Workers is %d, want ≥ 1 (or 0 for one per core)", c.Workers)
	}
	if !(c.TargetLoss >= 0) || math.IsInf(c.TargetLoss, 0) {
		return fmt.Errorf("mlp: TrainConfig.TargetLoss is %v, want a number ≥ 0 (0: train all epochs)", c.TargetLoss)
	}
	return nil
}
