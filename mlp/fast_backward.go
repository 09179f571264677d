package mlp

// The kernels of the fast path's backward pass (see fast.go), which work
// on four samples at a time, and on two neurons' gradients at a time, so
// that every gradient, weight and input loaded from memory is used several
// times.
//
// Every number is summed in the same order as in the readable Backward,
// only interleaved with other sums: a gradient adds δⱼ·aᵢ sample after
// sample, and ∂L/∂a of the layer before adds Wⱼᵢ·δⱼ for j = 0, 1, …. So the
// fast path gives the same numbers.

// addOuter4 adds four samples' contributions to one row of gradients,
//
//	g[i] += d0·x0[i] + d1·x1[i] + d2·x2[i] + d3·x3[i]
//
// one sample after the other, loading and storing g[i] once for the four.
//
//go:noinline
func addOuter4(g []float64, d0, d1, d2, d3 float64, x0, x1, x2, x3 []float64) {
	x0, x1, x2, x3 = x0[:len(g)], x1[:len(g)], x2[:len(g)], x3[:len(g)]
	for i, sum := range g {
		sum += d0 * x0[i]
		sum += d1 * x1[i]
		sum += d2 * x2[i]
		sum += d3 * x3[i]
		g[i] = sum
	}
}

// addOuter2x4 is addOuter4 for two rows of gradients g0 and g1 (two
// neurons) at once, with the four samples' δ of each: every input x[i] it
// loads serves both rows.
//
//go:noinline
func addOuter2x4(g0, g1 []float64, d00, d01, d02, d03, d10, d11, d12, d13 float64, x0, x1, x2, x3 []float64) {
	g1, x0, x1, x2, x3 = g1[:len(g0)], x0[:len(g0)], x1[:len(g0)], x2[:len(g0)], x3[:len(g0)]
	for i, sum0 := range g0 {
		sum1 := g1[i]
		input := x0[i]
		sum0 += d00 * input
		sum1 += d10 * input
		input = x1[i]
		sum0 += d01 * input
		sum1 += d11 * input
		input = x2[i]
		sum0 += d02 * input
		sum1 += d12 * input
		input = x3[i]
		sum0 += d03 * input
		sum1 += d13 * input
		g0[i], g1[i] = sum0, sum1
	}
}

// addOuter adds one sample's contribution d·x to a row of gradients g.
func addOuter(g []float64, d float64, x []float64) {
	x = x[:len(g)]
	for i := range g {
		g[i] += d * x[i]
	}
}

// addScaled4 adds one row w of weights, scaled by four samples' δ of the
// neuron, to those samples' ∂L/∂a of the layer before:
//
//	yₖ[i] += w[i]·dₖ   for k = 0 … 3
//
// loading w[i] once for the four.
//
//go:noinline
func addScaled4(w []float64, d0, d1, d2, d3 float64, y0, y1, y2, y3 []float64) {
	y0, y1, y2, y3 = y0[:len(w)], y1[:len(w)], y2[:len(w)], y3[:len(w)]
	for i, wi := range w {
		y0[i] += wi * d0
		y1[i] += wi * d1
		y2[i] += wi * d2
		y3[i] += wi * d3
	}
}

// addScaled adds w·d to y, for one sample.
func addScaled(w []float64, d float64, y []float64) {
	y = y[:len(w)]
	for i, wi := range w {
		y[i] += wi * d
	}
}

// addGradients adds every sample's gradients to a range of a layer's
// neurons, the rows first, first+1, … of its gradients: for sample k with
// input x[k] and error signal delta[k],
//
//	weightGrads[j][i] += delta[k][first+j]·x[k][i],   biasGrads[j] += delta[k][first+j]
//
// sample after sample, two rows and four samples per pass.
func addGradients(weightGrads [][]float64, biasGrads []float64, delta, x [][]float64, first int) {
	j := 0
	for ; j+2 <= len(weightGrads); j += 2 {
		n0, n1 := first+j, first+j+1
		k := 0
		for ; k+4 <= len(x); k += 4 {
			d0, d1, d2, d3 := delta[k], delta[k+1], delta[k+2], delta[k+3]
			addOuter2x4(weightGrads[j], weightGrads[j+1], d0[n0], d1[n0], d2[n0], d3[n0], d0[n1], d1[n1], d2[n1], d3[n1],
				x[k], x[k+1], x[k+2], x[k+3])
		}
		for ; k < len(x); k++ {
			addOuter(weightGrads[j], delta[k][n0], x[k])
			addOuter(weightGrads[j+1], delta[k][n1], x[k])
		}
	}
	for ; j < len(weightGrads); j++ {
		neuron := first + j
		k := 0
		for ; k+4 <= len(x); k += 4 {
			addOuter4(weightGrads[j], delta[k][neuron], delta[k+1][neuron], delta[k+2][neuron], delta[k+3][neuron],
				x[k], x[k+1], x[k+2], x[k+3])
		}
		for ; k < len(x); k++ {
			addOuter(weightGrads[j], delta[k][neuron], x[k])
		}
	}
	for j := range biasGrads {
		for k := range x {
			biasGrads[j] += delta[k][first+j]
		}
	}
}

// backDelta computes, for several samples, the error signal of the layer
// before from this layer's:
//
//	previous[k][i] = (Σⱼ Weights[j][i]·delta[k][j]) · φ′(z[k][i], a[k][i])
//
// where φ, z and a are the previous layer's. It goes through Weights row by
// row (the readable Backward goes down its columns), adding each row to four
// samples at a time.
func backDelta(layer, previousLayer *Layer, delta, previous, z, a [][]float64) {
	width := previousLayer.OutputSize()
	for k := range previous {
		clear(previous[k][:width])
	}
	k := 0
	for ; k+4 <= len(delta); k += 4 {
		d0, d1, d2, d3 := delta[k], delta[k+1], delta[k+2], delta[k+3]
		y0, y1, y2, y3 := previous[k], previous[k+1], previous[k+2], previous[k+3]
		for j, weights := range layer.Weights {
			addScaled4(weights, d0[j], d1[j], d2[j], d3[j], y0, y1, y2, y3)
		}
	}
	for ; k < len(delta); k++ {
		for j, weights := range layer.Weights {
			addScaled(weights, delta[k][j], previous[k])
		}
	}
	for k := range previous {
		row := previous[k][:width]
		for i, dOutput := range row {
			row[i] = dOutput * previousLayer.Activation.Derivative(z[k][i], a[k][i])
		}
	}
}
