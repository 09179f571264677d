package loss

import "fmt"

// checkBatch panics unless outputs and targets are non-empty batches of the
// same shape, with no empty row; name is the calling function, for the
// message.
func checkBatch(name string, outputs, targets [][]float64) {
	if len(outputs) == 0 {
		panic(fmt.Sprintf("loss: %s got an empty batch", name))
	}
	if len(targets) != len(outputs) {
		panic(fmt.Sprintf("loss: %s got %d target rows, want %d (one per output row)",
			name, len(targets), len(outputs)))
	}
	for b := range outputs {
		if len(outputs[b]) == 0 {
			panic(fmt.Sprintf("loss: %s row %d is empty; every row needs at least one output", name, b))
		}
		if len(targets[b]) != len(outputs[b]) {
			panic(fmt.Sprintf("loss: %s row %d has %d targets, want %d",
				name, b, len(targets[b]), len(outputs[b])))
		}
	}
}

// count returns the number of values in a batch, B·n.
func count(outputs [][]float64) int {
	n := 0
	for _, row := range outputs {
		n += len(row)
	}
	return n
}

// gradientBuffer returns dst if it has the shape of outputs, or a new batch
// of that shape if dst is nil; any other dst panics.
func gradientBuffer(name string, dst, outputs [][]float64) [][]float64 {
	if dst == nil {
		dst = make([][]float64, len(outputs))
		for b := range outputs {
			dst[b] = make([]float64, len(outputs[b]))
		}
		return dst
	}
	if len(dst) != len(outputs) {
		panic(fmt.Sprintf("loss: %s got dst with %d rows, want %d", name, len(dst), len(outputs)))
	}
	for b := range outputs {
		if len(dst[b]) != len(outputs[b]) {
			panic(fmt.Sprintf("loss: %s got dst row %d of length %d, want %d",
				name, b, len(dst[b]), len(outputs[b])))
		}
	}
	return dst
}

// notAProbability panics with the message for an output p outside [0, 1]
// in row b, column k, which BCE refuses as PyTorch's BCELoss does; name is
// the calling function. (NaN is not refused there: it makes the loss NaN,
// so that training that diverged reaches Train's check, which names the
// epoch.)
func notAProbability(name string, p float64, b, k int) {
	panic(fmt.Sprintf("loss: %s got p = %v in row %d, column %d; the outputs given to BCE must be "+
		"probabilities from 0 to 1: end the network with a sigmoid, or use BCEWithLogits on logits", name, p, b, k))
}
