package perceptron

import (
	"math"
	"testing"
)

// The perceptron convergence theorem, checked on NAND and OR. Each gate is
// separated by a line the test names, u = (u₁, u₂, u_b) for
// u₁·x₁ + u₂·x₂ + u_b = 0. With x̃ = (x₁, x₂, 1) and s = 2y − 1,
//
//	γ = minᵢ sᵢ·(u·x̃ᵢ) / ‖u‖     the margin of that line
//	R = maxᵢ ‖x̃ᵢ‖                the largest input norm, bias input included
//
// and from a zero start the number of updates is at most (R/γ)², for every
// order of the samples and every learning rate.
func TestConvergenceTheoremBound(t *testing.T) {
	tests := []struct {
		gate string
		line []float64 // (u₁, u₂, u_b), not normalised
	}{
		{"NAND", []float64{-2, -2, 3}}, // x₁ + x₂ < 1.5; γ = 1/√17, bound 51
		{"OR", []float64{2, 2, -1}},    // x₁ + x₂ > 0.5; γ = 1/3, bound 27
	}
	for _, tt := range tests {
		inputs, labels := gate(tt.gate)
		bound := convergenceBound(t, inputs, labels, tt.line)
		for _, order := range permutations(len(inputs)) {
			orderedInputs := make([][]float64, len(order))
			orderedLabels := make([]float64, len(order))
			for k, i := range order {
				orderedInputs[k], orderedLabels[k] = inputs[i], labels[i]
			}
			for _, lr := range []float64{1, 0.1, 3} {
				history, err := New(2).Train(orderedInputs, orderedLabels, Config{LearningRate: lr, MaxEpochs: 100})
				if err != nil {
					t.Fatalf("%s, order %v, lr %v: Train = %v", tt.gate, order, lr, err)
				}
				if updates := history.TotalMistakes(); float64(updates) > bound {
					t.Errorf("%s, order %v, lr %v: %d updates; want at most (R/γ)² = %.3f",
						tt.gate, order, lr, updates, bound)
				}
			}
		}
	}
}

// convergenceBound returns (R/γ)² for the data and a separating line u,
// failing the test if u does not separate the data with a positive margin.
func convergenceBound(t *testing.T, inputs [][]float64, labels []float64, u []float64) float64 {
	t.Helper()
	normU := math.Sqrt(u[0]*u[0] + u[1]*u[1] + u[2]*u[2])
	gamma := math.Inf(1)
	radius := 0.0
	for i, x := range inputs {
		sign := 2*labels[i] - 1
		signedDistance := sign * (u[0]*x[0] + u[1]*x[1] + u[2]) / normU
		gamma = min(gamma, signedDistance)
		radius = max(radius, math.Sqrt(x[0]*x[0]+x[1]*x[1]+1))
	}
	if gamma <= 0 {
		t.Fatalf("line %v does not separate the data (margin %v)", u, gamma)
	}
	return (radius / gamma) * (radius / gamma)
}

// permutations returns every order of 0, 1, …, n−1.
func permutations(n int) [][]int {
	if n == 0 {
		return [][]int{{}}
	}
	var all [][]int
	for _, shorter := range permutations(n - 1) {
		for pos := 0; pos <= len(shorter); pos++ {
			order := make([]int, 0, n)
			order = append(order, shorter[:pos]...)
			order = append(order, n-1)
			order = append(order, shorter[pos:]...)
			all = append(all, order)
		}
	}
	return all
}
