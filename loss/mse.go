package loss

// MSE is the mean squared error over every value of the batch:
//
//	L = (1 / (B·n)) · Σ_b Σ_k (p_bk − y_bk)²
//
// where p are the outputs and y the targets. It panics if the batch is empty
// or the shapes differ.
func MSE(outputs, targets [][]float64) float64 {
	checkBatch("MSE", outputs, targets)
	sum := 0.0
	for b := range outputs {
		for k := range outputs[b] {
			diff := outputs[b][k] - targets[b][k]
			sum += diff * diff
		}
	}
	return sum / float64(count(outputs))
}

// MSEGradient returns ∂L/∂p for [MSE]:
//
//	∂L/∂p_bk = 2·(p_bk − y_bk) / (B·n)
//
// It writes into dst (nil: a new batch) and returns it. It panics if the
// batch is empty or the shapes differ.
func MSEGradient(dst, outputs, targets [][]float64) [][]float64 {
	checkBatch("MSEGradient", outputs, targets)
	dst = gradientBuffer("MSEGradient", dst, outputs)
	scale := 1 / float64(count(outputs))
	for b := range outputs {
		for k := range outputs[b] {
			diff := outputs[b][k] - targets[b][k]
			dst[b][k] = 2 * diff * scale
		}
	}
	return dst
}
