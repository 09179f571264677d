package mlp

// The kernels of the fast path's forward pass (see fast.go): the weighted
// sums of several samples and neurons per pass over the weights, so that
// every weight and input loaded from memory is used several times.
//
// Every number is summed in the same order as in the readable Forward, only
// interleaved with other sums: zⱼ adds wⱼᵢ·aᵢ for i = 0, 1, … and then the
// bias, as Forward does. So the fast path gives the same numbers.
//
// The kernels for groups of samples are not inlined: in a function of their
// own, the loop's sums and slices fit in the processor's registers, where
// they stay for the whole loop.

// dot2x3 returns the weighted sums of three samples x0, x1, x2 for two
// neurons of weights w0 and w1: sₙₖ = Σᵢ wₙ[i]·xₖ[i]. Each weight it loads
// serves three samples and each input two neurons, and the six sums do not
// wait for each other, so the processor works on them in parallel.
//
//go:noinline
func dot2x3(w0, w1, x0, x1, x2 []float64) (s00, s01, s02, s10, s11, s12 float64) {
	w1, x0, x1, x2 = w1[:len(w0)], x0[:len(w0)], x1[:len(w0)], x2[:len(w0)] // no bounds checks below
	for i, weight0 := range w0 {
		weight1 := w1[i]
		input0, input1, input2 := x0[i], x1[i], x2[i]
		s00 += weight0 * input0
		s01 += weight0 * input1
		s02 += weight0 * input2
		s10 += weight1 * input0
		s11 += weight1 * input1
		s12 += weight1 * input2
	}
	return s00, s01, s02, s10, s11, s12
}

// dot2x2 is dot2x3 for two samples.
//
//go:noinline
func dot2x2(w0, w1, x0, x1 []float64) (s00, s01, s10, s11 float64) {
	w1, x0, x1 = w1[:len(w0)], x0[:len(w0)], x1[:len(w0)]
	for i, weight0 := range w0 {
		weight1 := w1[i]
		input0, input1 := x0[i], x1[i]
		s00 += weight0 * input0
		s01 += weight0 * input1
		s10 += weight1 * input0
		s11 += weight1 * input1
	}
	return s00, s01, s10, s11
}

// dot2 is dot2x3 for one sample.
func dot2(w0, w1, x []float64) (s0, s1 float64) {
	w1, x = w1[:len(w0)], x[:len(w0)]
	for i, weight0 := range w0 {
		s0 += weight0 * x[i]
		s1 += w1[i] * x[i]
	}
	return s0, s1
}

// dot returns Σᵢ w[i]·x[i], for a neuron left over after pairs.
func dot(w, x []float64) float64 {
	x = x[:len(w)]
	sum := 0.0
	for i, wi := range w {
		sum += wi * x[i]
	}
	return sum
}

// forwardLayer computes one layer for several samples: for sample k with
// input x[k],
//
//	z[k][j] = Σᵢ Weights[j][i]·x[k][i] + Biases[j],   a[k][j] = φ(z[k][j])
//
// three samples and two neurons per pass over the weights.
func forwardLayer(layer *Layer, x, z, a [][]float64) {
	k := 0
	for ; len(x)-k >= 3 && len(x)-k != 4; k += 3 { // threes; four left over go as two pairs
		weightedSums(layer, x[k:k+3], z[k:k+3])
	}
	for ; k < len(x); k += 2 { // the last one, two or four samples
		group := min(2, len(x)-k)
		weightedSums(layer, x[k:k+group], z[k:k+group])
	}
	for k := range z {
		for j, zj := range z[k] {
			a[k][j] = layer.Activation.Forward(zj)
		}
	}
}

// weightedSums sets z[k][j] = Σᵢ Weights[j][i]·x[k][i] + Biases[j] for
// every neuron j and the one, two or three samples of x.
func weightedSums(layer *Layer, x, z [][]float64) {
	weights, biases := layer.Weights, layer.Biases
	j := 0
	for ; j+2 <= len(weights); j += 2 {
		w0, w1, b0, b1 := weights[j], weights[j+1], biases[j], biases[j+1]
		switch len(x) {
		case 3:
			s00, s01, s02, s10, s11, s12 := dot2x3(w0, w1, x[0], x[1], x[2])
			z[0][j], z[1][j], z[2][j] = s00+b0, s01+b0, s02+b0
			z[0][j+1], z[1][j+1], z[2][j+1] = s10+b1, s11+b1, s12+b1
		case 2:
			s00, s01, s10, s11 := dot2x2(w0, w1, x[0], x[1])
			z[0][j], z[1][j] = s00+b0, s01+b0
			z[0][j+1], z[1][j+1] = s10+b1, s11+b1
		case 1:
			s0, s1 := dot2(w0, w1, x[0])
			z[0][j], z[0][j+1] = s0+b0, s1+b1
		}
	}
	if j < len(weights) { // an odd neuron left
		for k := range x {
			z[k][j] = dot(weights[j], x[k]) + biases[j]
		}
	}
}
