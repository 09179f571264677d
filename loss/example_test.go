package loss_test

import (
	"fmt"

	"github.com/tocha-go/tocha/activation"
	"github.com/tocha-go/tocha/loss"
)

// A sigmoid neuron that is confidently wrong: z = −4, so p = σ(z) ≈ 0.018,
// but the target is 1. Cross-entropy's gradient on z is p − y; MSE's carries
// the factor σ′(z), which is nearly 0 here, so MSE barely moves the neuron.
func Example_whyCrossEntropy() {
	z := -4.0
	p := activation.Sigmoid(z)
	outputs := [][]float64{{p}}
	targets := [][]float64{{1}}
	sigmoidSlope := activation.SigmoidDerivative(p)

	mseOnZ := loss.MSEGradient(nil, outputs, targets)[0][0] * sigmoidSlope
	bceOnZ := loss.BCEGradient(nil, outputs, targets)[0][0] * sigmoidSlope

	fmt.Printf("p = %.3f, target 1\n", p)
	fmt.Printf("MSE loss %.3f, ∂L/∂z = %.3f\n", loss.MSE(outputs, targets), mseOnZ)
	fmt.Printf("BCE loss %.3f, ∂L/∂z = %.3f (= p − y)\n", loss.BCE(outputs, targets), bceOnZ)
	// Output:
	// p = 0.018, target 1
	// MSE loss 0.964, ∂L/∂z = -0.035
	// BCE loss 4.018, ∂L/∂z = -0.982 (= p − y)
}

// Cross-entropy takes logits and class indices, and is the mean over samples.
func ExampleCrossEntropy() {
	logits := [][]float64{
		{2.0, 0.5, -1.0}, // sample 0: class 0 is likely
		{0.1, 0.2, 3.0},  // sample 1: class 2 is likely
	}
	classes := []int{0, 1} // sample 1 is really class 1: a mistake
	fmt.Printf("loss %.3f\n", loss.CrossEntropy(logits, classes))
	for _, row := range loss.CrossEntropyGradient(nil, logits, classes) {
		fmt.Printf("%6.3f %6.3f %6.3f\n", row[0], row[1], row[2])
	}
	// Output:
	// loss 1.575
	// -0.107  0.088  0.020
	//  0.025 -0.473  0.448
}

// BCE clamps its logarithms at −100, as PyTorch does: a certain mistake
// costs 100, not infinity.
func ExampleBCE() {
	fmt.Printf("%.3f\n", loss.BCE([][]float64{{0}}, [][]float64{{1}}))
	// Output:
	// 100.000
}
