package activation

// Step is the Heaviside step function, the activation of the classic
// perceptron:
//
//	step(z) = 1  if z ≥ 0
//	step(z) = 0  if z < 0
//
// The convention step(0) = 1 is the one package perceptron uses for both
// training and prediction.
func Step(z float64) float64 {
	if z >= 0 {
		return 1
	}
	return 0
}

// StepDerivative returns the derivative of [Step], which is 0 for every z ≠ 0
// (at z = 0 the step jumps and has no derivative; 0 is returned there too).
//
//	step′(z) = 0
//
// This is why the step function cannot be trained by gradient descent: the
// gradient of the loss with respect to a weight is a product that contains
// step′(z), so it is 0 almost everywhere. A small change to a weight either
// changes nothing or flips the output all at once, and the gradient has no
// slope to follow. The perceptron therefore uses its own learning rule
// (w ← w + lr·(y − ŷ)·x), and a multi-layer network trained by
// backpropagation uses smooth activations such as [Sigmoid], [Tanh] or
// [ReLU] instead.
func StepDerivative(z float64) float64 {
	return 0
}
