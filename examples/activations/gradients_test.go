package main

import (
	"math"
	"math/rand/v2"
	"testing"

	"github.com/tocha-go/tocha/dataset"
)

// TestSlopeEstimate checks the "Why" sentence's estimate: the product of
// the sigmoid's mean slope over the hidden layers is within a small factor
// of the measured shrinking of the gradient, not equal to it.
func TestSlopeEstimate(t *testing.T) {
	// estimateFactor: the estimate leaves out the weights, which scale δ by
	// a random amount in each layer; the factors measure 1.0 to 8.5 over
	// seeds 1 to 10, while the gradient itself shrinks by about 1e5.
	const estimateFactor = 20
	const depth = 8
	data := dataset.Moons(rand.New(rand.NewPCG(1, 1)), gradientBatch, moonsNoise)
	for seed := uint64(1); seed <= 10; seed++ {
		net, err := deepNetwork("sigmoid", matchedInit("sigmoid"), depth, seed)
		if err != nil {
			t.Fatal(err)
		}
		norms, meanSlope := measureGradients(net, data.Inputs, data.LabelColumn())
		estimate := math.Pow(meanSlope, depth)
		measured := 1 / gradientColumn{norms: norms}.ratio()
		factor := max(measured/estimate, estimate/measured)
		if factor > estimateFactor {
			t.Errorf("seed %d: mean slope^%d = %.1e, measured %.1e: factor %.1f; want ≤ %d",
				seed, depth, estimate, measured, factor, estimateFactor)
		}
	}
}
