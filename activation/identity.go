package activation

// Identity returns its input unchanged. It is the activation of a linear
// output layer (regression, or logits fed to a loss that applies its own
// sigmoid or softmax).
//
//	identity(z) = z
func Identity(z float64) float64 {
	return z
}

// IdentityDerivative returns the derivative of [Identity]:
//
//	identity′(z) = 1
func IdentityDerivative(z float64) float64 {
	return 1
}
