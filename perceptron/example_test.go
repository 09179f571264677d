package perceptron_test

import (
	"fmt"

	"github.com/tocha-go/tocha/perceptron"
)

// NAND learned from zero with learning rate 1: the trace of the lecture,
// one line per epoch, then the truth table of the trained perceptron.
func Example_nand() {
	inputs := [][]float64{{0, 0}, {0, 1}, {1, 0}, {1, 1}}
	labels := []float64{1, 1, 1, 0} // NAND

	p := perceptron.New(2) // Weights [0 0], Bias 0
	history, err := p.Train(inputs, labels, perceptron.Config{LearningRate: 1, MaxEpochs: 100})
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, epoch := range history {
		fmt.Println(epoch)
	}
	fmt.Println("epochs:", len(history))
	fmt.Println(p)
	for _, x := range inputs {
		fmt.Printf("NAND(%.0f, %.0f) = %.0f\n", x[0], x[1], p.Predict(x))
	}
	// Output:
	// epoch 1: 1 of 4 wrong during the pass, ending at Weights [-1.000 -1.000], Bias -1.000, which get 1 of 4 right
	// epoch 2: 3 of 4 wrong during the pass, ending at Weights [-2.000 -1.000], Bias 0.000, which get 2 of 4 right
	// epoch 3: 3 of 4 wrong during the pass, ending at Weights [-2.000 -1.000], Bias 1.000, which get 3 of 4 right
	// epoch 4: 2 of 4 wrong during the pass, ending at Weights [-2.000 -2.000], Bias 1.000, which get 2 of 4 right
	// epoch 5: 1 of 4 wrong during the pass, ending at Weights [-2.000 -1.000], Bias 2.000, which get 4 of 4 right
	// epoch 6: 0 of 4 wrong during the pass, ending at Weights [-2.000 -1.000], Bias 2.000, which get 4 of 4 right
	// epochs: 6
	// Perceptron(Weights: [-2.000 -1.000], Bias: 2.000, Activation: step)
	// NAND(0, 0) = 1
	// NAND(0, 1) = 1
	// NAND(1, 0) = 1
	// NAND(1, 1) = 0
}

// OR learned from zero with learning rate 1.
func Example_or() {
	inputs := [][]float64{{0, 0}, {0, 1}, {1, 0}, {1, 1}}
	labels := []float64{0, 1, 1, 1} // OR

	p := perceptron.New(2)
	history, err := p.Train(inputs, labels, perceptron.Config{LearningRate: 1, MaxEpochs: 100})
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println("epochs:", len(history))
	fmt.Println(p)
	for _, x := range inputs {
		fmt.Printf("OR(%.0f, %.0f) = %.0f\n", x[0], x[1], p.Predict(x))
	}
	// Output:
	// epochs: 4
	// Perceptron(Weights: [1.000 1.000], Bias: -1.000, Activation: step)
	// OR(0, 0) = 0
	// OR(0, 1) = 1
	// OR(1, 0) = 1
	// OR(1, 1) = 1
}

// AND learned from zero with learning rate 1.
func Example_and() {
	inputs := [][]float64{{0, 0}, {0, 1}, {1, 0}, {1, 1}}
	labels := []float64{0, 0, 0, 1} // AND

	p := perceptron.New(2)
	history, err := p.Train(inputs, labels, perceptron.Config{LearningRate: 1, MaxEpochs: 100})
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println("epochs:", len(history))
	fmt.Println(p)
	for _, x := range inputs {
		fmt.Printf("AND(%.0f, %.0f) = %.0f\n", x[0], x[1], p.Predict(x))
	}
	// Output:
	// epochs: 6
	// Perceptron(Weights: [2.000 1.000], Bias: -3.000, Activation: step)
	// AND(0, 0) = 0
	// AND(0, 1) = 0
	// AND(1, 0) = 0
	// AND(1, 1) = 1
}

// Forward gives both the weighted sum z and the output a = step(z). On the
// line z = 0 the step function answers 1.
func ExamplePerceptron_Forward() {
	p := &perceptron.Perceptron{Weights: []float64{-2, -1}, Bias: 2} // NAND
	for _, x := range [][]float64{{0, 0}, {0, 1}, {1, 0}, {1, 1}} {
		z, a := p.Forward(x)
		fmt.Printf("x = %v: z = %2.0f, a = %.0f\n", x, z, a)
	}
	// Output:
	// x = [0 0]: z =  2, a = 1
	// x = [0 1]: z =  1, a = 1
	// x = [1 0]: z =  0, a = 1
	// x = [1 1]: z = -1, a = 0
}

// With Config.Trace every epoch records the learning rule applied to each
// sample: the table a student fills in by hand.
func ExamplePerceptron_Train() {
	inputs := [][]float64{{0, 0}, {0, 1}, {1, 0}, {1, 1}}
	labels := []float64{0, 1, 1, 1} // OR

	p := perceptron.New(2)
	history, err := p.Train(inputs, labels, perceptron.Config{LearningRate: 1, MaxEpochs: 100, Trace: true})
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println("epoch  x      y |  z  ŷ  e | w₁ w₂  b")
	for _, epoch := range history {
		for _, u := range epoch.Updates {
			x := inputs[u.Sample]
			fmt.Printf("%5d  %.0f,%.0f  %.0f | %2.0f %2.0f %2.0f | %2.0f %2.0f %2.0f\n",
				epoch.Epoch, x[0], x[1], u.Label, u.Z, u.Prediction, u.Error,
				u.Weights[0], u.Weights[1], u.Bias)
		}
	}
	// Output:
	// epoch  x      y |  z  ŷ  e | w₁ w₂  b
	//     1  0,0  0 |  0  1 -1 |  0  0 -1
	//     1  0,1  1 | -1  0  1 |  0  1  0
	//     1  1,0  1 |  0  1  0 |  0  1  0
	//     1  1,1  1 |  1  1  0 |  0  1  0
	//     2  0,0  0 |  0  1 -1 |  0  1 -1
	//     2  0,1  1 |  0  1  0 |  0  1 -1
	//     2  1,0  1 | -1  0  1 |  1  1  0
	//     2  1,1  1 |  2  1  0 |  1  1  0
	//     3  0,0  0 |  0  1 -1 |  1  1 -1
	//     3  0,1  1 |  0  1  0 |  1  1 -1
	//     3  1,0  1 |  0  1  0 |  1  1 -1
	//     3  1,1  1 |  1  1  0 |  1  1 -1
	//     4  0,0  0 | -1  0  0 |  1  1 -1
	//     4  0,1  1 |  0  1  0 |  1  1 -1
	//     4  1,0  1 |  0  1  0 |  1  1 -1
	//     4  1,1  1 |  1  1  0 |  1  1 -1
}
