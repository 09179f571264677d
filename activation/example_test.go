package activation_test

import (
	"fmt"

	"github.com/tocha-go/tocha/activation"
)

// Each activation next to its derivative, at a few points.
func Example() {
	fmt.Println("   z   step sigmoid   σ′    tanh  tanh′  relu relu′")
	for _, z := range []float64{-2, 0, 2} {
		s := activation.Sigmoid(z)
		t := activation.Tanh(z)
		fmt.Printf("%4.0f %5.0f %7.3f %6.3f %6.3f %6.3f %5.0f %4.0f\n",
			z, activation.Step(z), s, activation.SigmoidDerivative(s),
			t, activation.TanhDerivative(t), activation.ReLU(z), activation.ReLUDerivative(z))
	}
	// Output:
	//    z   step sigmoid   σ′    tanh  tanh′  relu relu′
	//   -2     0   0.119  0.105 -0.964  0.071     0    0
	//    0     1   0.500  0.250  0.000  1.000     0    0
	//    2     1   0.881  0.105  0.964  0.071     2    1
}

// Softmax turns scores into probabilities; huge scores do not overflow.
func ExampleSoftmax() {
	for _, p := range activation.Softmax([]float64{1000, 1001, 1002}) {
		fmt.Printf("%.3f ", p)
	}
	fmt.Println()
	// Output:
	// 0.090 0.245 0.665
}

// A layer's activation is looked up by name; an unknown name is an error.
func ExampleNew() {
	act, err := activation.New("tanh")
	fmt.Println(act, err)
	a := act.Forward(0.5)
	fmt.Printf("tanh(0.5) = %.3f, tanh′(0.5) = %.3f\n", a, act.Derivative(0.5, a))

	_, err = activation.New("sigmod")
	fmt.Println(err)
	// Output:
	// tanh <nil>
	// tanh(0.5) = 0.462, tanh′(0.5) = 0.786
	// activation: unknown name "sigmod"; use one of step, identity, sigmoid, tanh, relu, leaky_relu
}
