package mlp

import (
	"fmt"
	"math"

	"github.com/tocha-go/tocha/loss"
)

// divergenceFactor is how many times its reference loss an epoch's loss may
// reach before Train calls the training diverged. Healthy training lowers
// the loss; a tenfold rise means the steps overshoot the minimum and each
// one lands further up the other side, the sign of a learning rate that is
// too large.
const divergenceFactor = 10

// divergenceWatch follows the losses of one Train call and tells when
// training has diverged. Its reference is the loss before training; to
// avoid an extra pass over the data it estimates it by the first batch's
// loss (computed before any update), and only if the first epoch looks bad
// against that estimate does it measure the starting loss on the whole data
// set, from a copy of the starting parameters.
type divergenceWatch struct {
	start      []Layer // the parameters before training
	firstBatch float64 // the first batch's loss, before any update
	first      float64 // the first epoch's loss
}

// newDivergenceWatch remembers net's parameters before training.
func newDivergenceWatch(net *Network) *divergenceWatch {
	watch := &divergenceWatch{firstBatch: -1}
	for l := range net.Layers {
		layer := &net.Layers[l]
		watch.start = append(watch.start, Layer{
			Weights:    copyMatrix(layer.Weights),
			Biases:     append([]float64(nil), layer.Biases...),
			Activation: layer.Activation,
		})
	}
	return watch
}

// batch records a batch's loss and returns an error if it is NaN or
// infinite.
func (watch *divergenceWatch) batch(epoch int, batchLoss float64, optimizer Optimizer) error {
	first := watch.firstBatch < 0
	if first {
		watch.firstBatch = batchLoss
	}
	if first && (math.IsNaN(batchLoss) || math.IsInf(batchLoss, 0)) { // before any update: not the learning rate
		return fmt.Errorf("mlp: Train: the loss of the first batch is %v, before any update: the inputs or the "+
			"starting weights are too large for the network (standardise the inputs: dataset.FitStandardizer)", batchLoss)
	}
	if math.IsNaN(batchLoss) || math.IsInf(batchLoss, 0) {
		return diverged(optimizer, "the loss became %v in epoch %d", batchLoss, epoch)
	}
	return nil
}

// epoch returns an error if, after an epoch with the given loss, a weight
// or bias has overflowed, or the loss is more than divergenceFactor times
// (and more than 1 above) the loss before training. The absolute margin
// keeps a network that was already trained, whose loss is nearly 0, from
// being stopped by an ordinary wobble.
func (watch *divergenceWatch) epoch(net *Network, epoch int, lossValue float64, optimizer Optimizer,
	lossFunction loss.Loss, inputs, targets [][]float64) error {
	for l := range net.Layers {
		layer := &net.Layers[l]
		for j, row := range layer.Weights {
			for i, w := range row {
				if math.IsNaN(w) || math.IsInf(w, 0) {
					return diverged(optimizer, "layer %d's Weights[%d][%d] became %v in epoch %d", l+1, j, i, w, epoch)
				}
			}
			if b := layer.Biases[j]; math.IsNaN(b) || math.IsInf(b, 0) {
				return diverged(optimizer, "layer %d's Biases[%d] became %v in epoch %d", l+1, j, b, epoch)
			}
		}
	}
	tooHigh := func(reference float64) bool {
		return lossValue > divergenceFactor*reference && lossValue > reference+1
	}
	if epoch == 1 {
		watch.first = lossValue
		if tooHigh(watch.firstBatch) { // suspicious: measure the true starting loss
			if start := startingLoss(watch.start, lossFunction, inputs, targets); tooHigh(start) {
				return diverged(optimizer, "the loss rose from %.4g before training to %.4g in epoch 1", start, lossValue)
			}
		}
		return nil
	}
	if tooHigh(watch.first) {
		return diverged(optimizer, "the loss rose from %.4g in epoch 1 to %.4g in epoch %d", watch.first, lossValue, epoch)
	}
	return nil
}

// startingLoss returns the loss over all samples of a network with the
// given layers, a few hundred samples at a time.
func startingLoss(layers []Layer, lossFunction loss.Loss, inputs, targets [][]float64) float64 {
	const chunk = 256
	net, err := FromLayers(layers...)
	if err != nil {
		return math.Inf(1) // cannot happen: the layers were a valid network
	}
	sum := 0.0
	for start := 0; start < len(inputs); start += chunk {
		end := min(start+chunk, len(inputs))
		outputs := net.ForwardBatch(inputs[start:end])
		sum += lossFunction.Forward(outputs, targets[start:end]) * float64(end-start)
	}
	return sum / float64(len(inputs))
}

// diverged formats the error of a diverged training, with the advice.
func diverged(optimizer Optimizer, format string, args ...any) error {
	return fmt.Errorf("mlp: Train: "+format+": training diverged; try a smaller learning rate (the optimizer is %v)",
		append(args, optimizer)...)
}
