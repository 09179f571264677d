package main

import (
	"fmt"
	"io"
	"math"
	"math/rand/v2"
	"slices"

	"github.com/tocha-go/tocha/dataset"
	"github.com/tocha-go/tocha/loss"
	"github.com/tocha-go/tocha/mlp"
)

// The XOR network and when it counts as trained.
const (
	xorHidden       = 4   // a 2-4-1 network, sigmoid hidden and output layers
	xorLearningRate = 1.0 // full-batch gradient descent
	// xorTolerance: XOR is learned when every output is within this distance
	// of its target (below 0.1 for a 0, above 0.9 for a 1), a criterion that
	// does not depend on which loss is measuring.
	xorTolerance = 0.1
)

// xorResult is the epochs each loss needed from one seed's initial weights;
// −1 means not within the limit.
type xorResult struct {
	seed     uint64
	mse, bce int
}

// xorSweep trains XOR with MSE and with BCE from the same initial weights,
// for several seeds, and compares the epochs they needed. It reports
// whether BCE's median was lower.
func xorSweep(w io.Writer, s settings) (bceFaster bool, err error) {
	fmt.Fprintln(w, "== 2. XOR, from the same initial weights ==")
	fmt.Fprintf(w, "A 2-%d-1 sigmoid network (PyTorch's default initialisation), full-batch gradient descent, lr = %g.\n",
		xorHidden, xorLearningRate)
	fmt.Fprintf(w, "Trained = every output within %g of its target; at most %s.\n", xorTolerance, plural(s.maxEpochs, "epoch"))
	fmt.Fprintln(w, "Epochs each loss needed until trained (never: not within the limit):")
	// The cells count the epochs each loss needed to be trained. Each column
	// is as wide as its widest entry: the header, the last seed, "never" or
	// the epoch limit.
	const mseHeader, bceHeader = "MSE epochs", "BCE epochs"
	seedWidth := max(len("seed"), len(fmt.Sprint(s.seed+uint64(s.seeds-1))))
	cellWidth := max(len(mseHeader), len("never"), len(fmt.Sprint(s.maxEpochs)))
	fmt.Fprintf(w, "  %*s | %*s | %*s\n", seedWidth, "seed", cellWidth, mseHeader, cellWidth, bceHeader)
	results := make([]xorResult, 0, s.seeds)
	for k := range s.seeds {
		seed := s.seed + uint64(k)
		result := xorResult{seed: seed}
		if result.mse, err = epochsToLearnXOR(seed, "mse", s.maxEpochs); err != nil {
			return false, err
		}
		if result.bce, err = epochsToLearnXOR(seed, "bce", s.maxEpochs); err != nil {
			return false, err
		}
		fmt.Fprintf(w, "  %*d | %*s | %*s\n", seedWidth, seed, cellWidth, cell(result.mse), cellWidth, cell(result.bce))
		results = append(results, result)
	}
	return summarize(w, results, s.maxEpochs), nil
}

// epochsToLearnXOR builds the seed's network and trains it with the named
// loss until it has learned XOR, returning the number of updates that took,
// or −1 if it had not after maxEpochs.
func epochsToLearnXOR(seed uint64, lossName string, maxEpochs int) (int, error) {
	rng := rand.New(rand.NewPCG(seed, 0))
	net, err := mlp.New([]int{2, xorHidden, 1}, []string{"sigmoid", "sigmoid"}, rng)
	if err != nil {
		return 0, err
	}
	data := dataset.XOR()
	inputs, targets := data.Inputs, data.LabelColumn()
	lossFunction := loss.MustNew(lossName)
	optimizer := &mlp.SGD{LearningRate: xorLearningRate}
	dOutputs := make([][]float64, len(inputs))
	for k := range dOutputs {
		dOutputs[k] = make([]float64, 1)
	}
	for epoch := 0; epoch <= maxEpochs; epoch++ {
		outputs := net.ForwardBatch(inputs)
		if learned(outputs, targets) {
			return epoch, nil
		}
		if epoch == maxEpochs {
			break
		}
		net.ZeroGrad()
		lossFunction.Backward(dOutputs, outputs, targets)
		net.BackwardBatch(dOutputs)
		optimizer.Step(net)
	}
	return -1, nil
}

// learned reports whether every output is within xorTolerance of its target.
func learned(outputs, targets [][]float64) bool {
	for k := range outputs {
		distance := outputs[k][0] - targets[k][0]
		if distance >= xorTolerance || distance <= -xorTolerance {
			return false
		}
	}
	return true
}

// summarize prints the medians and the conclusion they support, and
// reports whether BCE's median was lower.
func summarize(w io.Writer, results []xorResult, maxEpochs int) (bceFaster bool) {
	var mseEpochs, bceEpochs []int
	bceWins, mseWins, mseFailed, bceFailed := 0, 0, 0, 0
	for _, r := range results {
		mse, bce := orLimit(r.mse, maxEpochs), orLimit(r.bce, maxEpochs)
		mseEpochs, bceEpochs = append(mseEpochs, mse), append(bceEpochs, bce)
		switch {
		case bce < mse:
			bceWins++
		case mse < bce:
			mseWins++
		}
		if r.mse < 0 {
			mseFailed++
		}
		if r.bce < 0 {
			bceFailed++
		}
	}
	mseMedian, bceMedian := median(mseEpochs), median(bceEpochs)
	fmt.Fprintf(w, "Median epochs: MSE %s, BCE %s (a run that never learned counts as %d).\n",
		medianText(mseMedian, maxEpochs), medianText(bceMedian, maxEpochs), maxEpochs+1)
	fmt.Fprintf(w, "Not learned within %s: MSE %d of %s, BCE %d of %d.\n",
		plural(maxEpochs, "epoch"), mseFailed, plural(len(results), "seed"), bceFailed, len(results))
	switch {
	case bceMedian > float64(maxEpochs) && mseMedian > float64(maxEpochs):
		most := "from most seeds"
		if len(results) == 1 {
			most = "from this seed"
		}
		fmt.Fprintf(w, "Conclusion: neither loss learned XOR within %s %s; allow more with -max-epochs.\n",
			plural(maxEpochs, "epoch"), most)
	case bceMedian < mseMedian:
		fmt.Fprintf(w, "Conclusion: BCE needed %.1f× fewer epochs than MSE (median), and fewer on %d of %s.\n",
			mseMedian/bceMedian, bceWins, plural(len(results), "seed"))
	case mseMedian < bceMedian:
		fmt.Fprintf(w, "Conclusion: here MSE needed %.1f× fewer epochs than BCE (median), and fewer on %d of %s.\n",
			bceMedian/mseMedian, mseWins, plural(len(results), "seed"))
	default:
		fmt.Fprintf(w, "Conclusion: MSE and BCE needed the same median number of epochs; BCE was faster on %d of %s,\n",
			bceWins, plural(len(results), "seed"))
		fmt.Fprintf(w, "MSE on %d.\n", mseWins)
	}
	return bceMedian < mseMedian && bceMedian <= float64(maxEpochs)
}

// orLimit counts a run that never learned as one epoch past the limit.
func orLimit(epochs, maxEpochs int) int {
	if epochs < 0 {
		return maxEpochs + 1
	}
	return epochs
}

// median returns the middle value of the counts (the mean of the two middle
// ones for an even number).
func median(counts []int) float64 {
	sorted := slices.Clone(counts)
	slices.Sort(sorted)
	middle := len(sorted) / 2
	if len(sorted)%2 == 1 {
		return float64(sorted[middle])
	}
	return float64(sorted[middle-1]+sorted[middle]) / 2
}

// medianText formats a median, marking one that a failed run decided. A
// median of an even count can end in .5; any other is a whole number.
func medianText(m float64, maxEpochs int) string {
	if m > float64(maxEpochs) {
		return fmt.Sprintf("> %d", maxEpochs)
	}
	if m == math.Trunc(m) {
		return fmt.Sprintf("%.0f", m)
	}
	return fmt.Sprintf("%.1f", m)
}

// cell formats one run's epochs for the table.
func cell(epochs int) string {
	if epochs < 0 {
		return "never"
	}
	return fmt.Sprint(epochs)
}
