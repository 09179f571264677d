package main

import (
	"math"
	"testing"

	"github.com/tocha-go/tocha/dataset"
)

// TestFlatSpot checks what the program says about the run it shows: seed 7
// of the 2-2-1 leaky ReLU network ends at 2/4 with no unit off, a gradient
// of about 0, and p ≈ 0.5 on exactly the two inputs where every z < 0.
func TestFlatSpot(t *testing.T) {
	network := sweepNetwork{2, "leaky_relu"}
	result, net, err := trainXOR(network, 7)
	if err != nil {
		t.Fatal(err)
	}
	if result.correct != 2 || result.offUnits != 0 || result.linear(network.hidden) {
		t.Fatalf("seed 7: %d/4, %d units off, linear %v; want 2/4, 0, false",
			result.correct, result.offUnits, result.linear(network.hidden))
	}
	if _, norm := lossAndGradientNorm(net); norm >= flatGradient {
		t.Errorf("seed 7: ‖∇L‖ = %.1e; want < %.0e", norm, flatGradient)
	}
	for _, x := range dataset.XOR().Inputs {
		p := net.Forward(x)[0]
		allNegative := true
		for _, z := range net.Layers[0].Z {
			allNegative = allNegative && z < 0
		}
		if unsure := math.Abs(p-0.5) < nearHalf; unsure != allNegative {
			t.Errorf("input %v: p = %.3f, every z < 0 is %v; want p ≈ 0.5 exactly when every z < 0", x, p, allNegative)
		}
	}
}

// TestLinearRunsAnswerHalf checks the claim about the other runs stuck at
// 2/4 or worse: when every unit keeps its z on one side of 0, the network
// is a logistic regression on XOR's inputs, and it ends at p ≈ 0.5 on all
// four with a gradient of about 0.
func TestLinearRunsAnswerHalf(t *testing.T) {
	seeds := uint64(100)
	if testing.Short() {
		seeds = 20
	}
	linearRuns := 0
	for _, network := range sweepNetworks() {
		for seed := uint64(1); seed <= seeds; seed++ {
			result, net, err := trainXOR(network, seed)
			if err != nil {
				t.Fatal(err)
			}
			if result.correct > 2 || !result.linear(network.hidden) {
				continue
			}
			linearRuns++
			for _, x := range dataset.XOR().Inputs {
				if p := net.Forward(x)[0]; math.Abs(p-0.5) >= nearHalf {
					t.Errorf("%v, seed %d: linear on the data but p(%v) = %.3f; want within %g of 0.5",
						network, seed, x, p, nearHalf)
				}
			}
			if _, norm := lossAndGradientNorm(net); norm >= flatGradient {
				t.Errorf("%v, seed %d: ‖∇L‖ = %.1e; want < %.0e", network, seed, norm, flatGradient)
			}
		}
	}
	if linearRuns == 0 {
		t.Errorf("no run of seeds 1 to %d ended at 2/4 or worse linear on the data; want some", seeds)
	}
}
