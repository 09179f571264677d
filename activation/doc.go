// Package activation holds the functions a neuron applies to its weighted sum.
//
// A neuron first computes its pre-activation z = Σᵢ wᵢ·xᵢ + b and then its
// output a = φ(z). The activation φ is what makes a network more than one big
// linear map: without it, any stack of layers collapses into a single
// z = W·x + b, which cannot draw a curved decision boundary (and so cannot
// solve XOR).
//
// Every function here can be called on its own, for example
//
//	a := activation.Sigmoid(0.5)           // 0.622…
//	d := activation.SigmoidDerivative(a)   // 0.235…, from the output a
//
// Each comes with its derivative φ′, which backpropagation multiplies into
// the gradient. Some derivatives are cheapest from the input z (ReLU: is z
// positive?), others from the output a (sigmoid: a·(1−a)); each doc comment
// says which one it takes.
//
// The type [Activation] bundles a function, its derivative and its name, so
// that a layer can hold one and a saved model can name it. [New] looks one up
// by name and returns an error for a name it does not know.
//
// The numbers follow PyTorch: ReLU′(0) = 0, leaky ReLU′(0) = slope, the
// sigmoid's derivative is (1−a)·a and tanh's is 1−a² computed as
// math.FMA(−a, a, 1). No function returns NaN for a finite input, and the
// bounded ones (step, sigmoid, tanh, softmax) never return ±Inf.
package activation
