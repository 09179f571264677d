package mlp

import (
	"fmt"
	"math/rand/v2"
	"strings"
	"testing"

	"github.com/tocha-go/tocha/activation"
	"github.com/tocha-go/tocha/loss"
)

// gradientCheckTol: a correct backward pass agrees with the central
// difference to about 1e-7 at worst here (the difference's own error,
// ≈ 1e-11, relative to gradients of 1e-4); a wrong derivative or a missing
// term gives errors of 1e-2 and more. 1e-6 separates the two with margin.
const gradientCheckTol = 1e-6

// randomBatch returns a batch of rows×columns values drawn from U(−1, 1).
func randomBatch(rng *rand.Rand, rows, columns int) [][]float64 {
	batch := newMatrix(rows, columns)
	for r := range batch {
		for c := range batch[r] {
			batch[r][c] = 2*rng.Float64() - 1
		}
	}
	return batch
}

// targetsFor returns random targets suited to the loss: any numbers for
// "mse", probabilities for "bce", 0/1 for "bce_with_logits" and one-hot rows
// for "cross_entropy".
func targetsFor(lossName string, rng *rand.Rand, rows, columns int) [][]float64 {
	targets := newMatrix(rows, columns)
	for r := range targets {
		for c := range targets[r] {
			switch lossName {
			case "mse":
				targets[r][c] = 2*rng.Float64() - 1
			case "bce":
				targets[r][c] = rng.Float64()
			case "bce_with_logits":
				targets[r][c] = float64(rng.IntN(2))
			}
		}
		if lossName == "cross_entropy" {
			targets[r][rng.IntN(columns)] = 1
		}
	}
	return targets
}

// outputActivation returns the output layer's activation for a loss: the
// hidden activation itself for MSE (so every activation is also checked as
// an output), a sigmoid for BCE, and identity (logits) for the losses that
// take logits.
func outputActivation(lossName, hidden string) string {
	switch lossName {
	case "bce":
		return "sigmoid"
	case "bce_with_logits", "cross_entropy":
		return "identity"
	}
	return hidden
}

func TestGradientCheck(t *testing.T) {
	rng := rand.New(rand.NewPCG(7, 8))
	for _, hidden := range activation.Names() {
		for _, lossName := range loss.Names() {
			for depth := 1; depth <= 3; depth++ {
				name := fmt.Sprintf("%s/%s/depth%d", hidden, lossName, depth)
				t.Run(name, func(t *testing.T) {
					sizes := []int{3}
					var activations []string
					for l := 0; l < depth; l++ {
						sizes = append(sizes, 4-l) // 3-4, 3-4-3, 3-4-3-2
						activations = append(activations, hidden)
					}
					activations[depth-1] = outputActivation(lossName, hidden)
					net, err := New(sizes, activations, rng)
					if err != nil {
						t.Fatal(err)
					}
					inputs := randomBatch(rng, 5, 3)
					targets := targetsFor(lossName, rng, 5, sizes[depth])
					got := GradientCheck(net, loss.MustNew(lossName), inputs, targets)
					if got > gradientCheckTol {
						t.Errorf("GradientCheck(%v, %s) = %.3g; want ≤ %g", activations, lossName, got, gradientCheckTol)
					}
				})
			}
		}
	}
}

// TestGradientCheckCatchesABug gives a layer a wrong derivative, the most
// common bug of a hand-written network, and expects the check to notice.
func TestGradientCheckCatchesABug(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	net, err := New([]int{2, 3, 1}, []string{"sigmoid", "sigmoid"}, rng)
	if err != nil {
		t.Fatal(err)
	}
	// σ′ written as σ(1 − σ)… of z instead of a: a classic slip.
	net.Layers[0].Activation.Derivative = func(z, a float64) float64 { return z * (1 - z) }
	got := GradientCheck(net, loss.MustNew("bce"), xorInputs, xorTargets)
	if got < 1e-2 {
		t.Errorf("GradientCheck with a wrong derivative = %.3g; want ≥ 1e-2", got)
	}
}

// TestGradientCheckLeavesWeights checks that GradientCheck restores every
// weight exactly and leaves the batch's gradient in WeightGrads.
func TestGradientCheckLeavesWeights(t *testing.T) {
	rng := rand.New(rand.NewPCG(3, 4))
	net, err := New([]int{2, 3, 1}, []string{"tanh", "sigmoid"}, rng)
	if err != nil {
		t.Fatal(err)
	}
	before := copyMatrix(net.Layers[0].Weights)
	GradientCheck(net, loss.MustNew("mse"), xorInputs, xorTargets)
	for j := range before {
		for i := range before[j] {
			if net.Layers[0].Weights[j][i] != before[j][i] {
				t.Errorf("Weights[%d][%d] = %v after GradientCheck; want %v", j, i, net.Layers[0].Weights[j][i], before[j][i])
			}
		}
	}
	grads := copyMatrix(net.Layers[0].WeightGrads)
	net.ZeroGrad()
	net.BackwardBatch(loss.MSEGradient(nil, net.ForwardBatch(xorInputs), xorTargets))
	compareMatrix(t, "WeightGrads after GradientCheck", grads, net.Layers[0].WeightGrads, 0, 0)
}

// TestGradientCheckNoSamples checks that an empty data set panics with a
// message about GradientCheck, not about a batch it never asked for.
func TestGradientCheckNoSamples(t *testing.T) {
	net, _ := New([]int{2, 1}, []string{"sigmoid"}, rand.New(rand.NewPCG(1, 2)))
	defer func() {
		if r := recover(); r == nil || !strings.Contains(fmt.Sprint(r), "GradientCheck got no samples") {
			t.Errorf("GradientCheck(no samples) panicked with %v; want a message naming GradientCheck", r)
		}
	}()
	GradientCheck(net, loss.MustNew("bce"), nil, nil)
}
