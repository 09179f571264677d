package perceptron

import "fmt"

// Update records the learning rule applied to one sample: the row a
// student writes on the whiteboard.
//
//	z = w·x + b,  ŷ = step(z),  e = y − ŷ
//	w ← w + lr·e·x,  b ← b + lr·e
//
// Every sample gets an Update, also the correctly classified ones, for which
// e = 0 and Weights and Bias are those of the row before.
type Update struct {
	// Sample is the index of the row in the inputs passed to Train.
	Sample int
	// Z is the weighted sum w·x + b before the update.
	Z float64
	// Prediction is ŷ = step(Z).
	Prediction float64
	// Label is the wanted output y.
	Label float64
	// Error is e = y − ŷ: 0 if the sample was classified correctly,
	// +1 if the perceptron said 0 for a 1, −1 if it said 1 for a 0.
	Error float64
	// Weights and Bias are the values after the update (copies).
	Weights []float64
	Bias    float64
}

// Epoch records one pass of [Perceptron.Train] over all samples, in order.
//
// Mistakes counts the samples misclassified during the pass, while the
// weights were still moving; each mistake caused an update. Correct scores
// the weights the epoch ended with on all samples, so it is what stopping
// after this epoch would give. The two differ: an epoch can make 3 mistakes
// on the way to weights that classify every sample correctly.
type Epoch struct {
	// Epoch is the number of the pass, counted from 1.
	Epoch int
	// Mistakes is the number of samples with e ≠ 0 during the pass.
	Mistakes int
	// Samples is the number of samples in the pass.
	Samples int
	// Loss is the fraction of samples misclassified during the pass,
	// Mistakes / number of samples.
	Loss float64
	// Correct is the number of samples that Weights and Bias classify
	// correctly.
	Correct int
	// Weights and Bias are the values at the end of the epoch (copies).
	Weights []float64
	Bias    float64
	// Updates holds one Update per sample, in order, if Config.Trace was
	// set; otherwise it is nil.
	Updates []Update
}

// String prints the epoch on one line, numbers rounded to 3 decimals,
// telling apart the mistakes made while the weights moved and the score of
// the weights the pass ended with:
//
//	epoch 5: 1 of 4 wrong during the pass, ending at Weights [-2.000 -1.000], Bias 2.000, which get 4 of 4 right
func (e Epoch) String() string {
	return fmt.Sprintf("epoch %d: %d of %d wrong during the pass, ending at Weights %s, Bias %.3f, which get %d of %d right",
		e.Epoch, e.Mistakes, e.Samples, formatVector(e.Weights), e.Bias, e.Correct, e.Samples)
}

// History is the list of epochs [Perceptron.Train] ran, first to last.
type History []Epoch

// Best returns the epoch whose final weights classify the most samples
// correctly (the earliest one on a tie), or the zero Epoch for an empty
// History. On data that cannot be separated, keeping Best's weights
// instead of the last ones is the "pocket" version of the perceptron:
//
//	best := history.Best()
//	copy(p.Weights, best.Weights)
//	p.Bias = best.Bias
func (h History) Best() Epoch {
	var best Epoch
	for i, e := range h {
		if i == 0 || e.Correct > best.Correct {
			best = e
		}
	}
	return best
}

// TotalMistakes returns the number of mistakes over all epochs, which is the
// number of updates that changed the weights: the number the perceptron
// convergence theorem bounds by (R/γ)².
func (h History) TotalMistakes() int {
	total := 0
	for _, e := range h {
		total += e.Mistakes
	}
	return total
}
