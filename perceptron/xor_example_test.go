package perceptron_test

// The XOR part of the lesson: why one perceptron fails, the best it can do,
// and the first way around it, wiring three perceptrons by logic.

import (
	"errors"
	"fmt"
	"math/rand/v2"

	"github.com/tocha-go/tocha/perceptron"
)

// XOR cannot be learned: no line separates its 1s from its 0s. Training
// never has an epoch without mistakes; from zero the weights fall into a
// cycle at once (every epoch from the second ends in the same state) and
// Train gives up at MaxEpochs with an error, returning the history too.
func Example_xorFails() {
	inputs := [][]float64{{0, 0}, {0, 1}, {1, 0}, {1, 1}}
	labels := []float64{0, 1, 1, 0} // XOR

	p := perceptron.New(2)
	history, err := p.Train(inputs, labels, perceptron.Config{LearningRate: 1, MaxEpochs: 5})
	for _, epoch := range history {
		fmt.Println(epoch)
	}
	fmt.Println(err)
	fmt.Println("not converged:", errors.Is(err, perceptron.ErrNotConverged))
	// Output:
	// epoch 1: 3 of 4 wrong during the pass, ending at Weights [-1.000 0.000], Bias -1.000, which get 2 of 4 right
	// epoch 2: 3 of 4 wrong during the pass, ending at Weights [-1.000 0.000], Bias 0.000, which get 2 of 4 right
	// epoch 3: 4 of 4 wrong during the pass, ending at Weights [-1.000 0.000], Bias 0.000, which get 2 of 4 right
	// epoch 4: 4 of 4 wrong during the pass, ending at Weights [-1.000 0.000], Bias 0.000, which get 2 of 4 right
	// epoch 5: 4 of 4 wrong during the pass, ending at Weights [-1.000 0.000], Bias 0.000, which get 2 of 4 right
	// perceptron: no epoch without mistakes; the data may not be linearly separable: epoch 5, the last that Config.MaxEpochs allows, misclassified 4 of 4 samples; the best weights, after epoch 1, classify 2 of 4 (see History.Best)
	// not converged: true
}

// XOR by logic, the lesson's first answer: XOR(a, b) = AND(OR(a, b), NAND(a, b)).
// Each gate is separable, so three perceptrons learn them; wired in two
// layers they compute what one perceptron cannot.
func Example_xorByLogic() {
	inputs := [][]float64{{0, 0}, {0, 1}, {1, 0}, {1, 1}}
	train := func(labels []float64) *perceptron.Perceptron {
		p := perceptron.New(2)
		if _, err := p.Train(inputs, labels, perceptron.Config{LearningRate: 1, MaxEpochs: 100}); err != nil {
			panic(err) // cannot happen: the three gates are separable
		}
		return p
	}
	orGate := train([]float64{0, 1, 1, 1})
	nandGate := train([]float64{1, 1, 1, 0})
	andGate := train([]float64{0, 0, 0, 1})

	// The hidden layer is OR and NAND side by side; AND combines them.
	xor := func(x []float64) (or, nand, out float64) {
		or = orGate.Predict(x)
		nand = nandGate.Predict(x)
		hidden := []float64{or, nand}
		out = andGate.Predict(hidden)
		return or, nand, out
	}

	want := []float64{0, 1, 1, 0} // XOR
	correct := 0
	fmt.Println("a b | OR NAND | XOR")
	for i, x := range inputs {
		or, nand, out := xor(x)
		fmt.Printf("%.0f %.0f |  %.0f    %.0f |  %.0f\n", x[0], x[1], or, nand, out)
		if out == want[i] {
			correct++
		}
	}
	fmt.Printf("%d of %d rows match XOR\n", correct, len(inputs))
	// Output:
	// a b | OR NAND | XOR
	// 0 0 |  0    1 |  0
	// 0 1 |  1    1 |  1
	// 1 0 |  1    1 |  1
	// 1 1 |  1    0 |  0
	// 4 of 4 rows match XOR
}

// On XOR, History.Best keeps the weights of the best epoch (the "pocket"):
// from this random start and a small learning rate, some epoch ends with a
// line that gets 3 of the 4 samples right, the most any line can.
func ExampleHistory_Best() {
	inputs := [][]float64{{0, 0}, {0, 1}, {1, 0}, {1, 1}}
	labels := []float64{0, 1, 1, 0} // XOR

	rng := rand.New(rand.NewPCG(1, 7))
	p := perceptron.NewRandom(2, rng)
	history, _ := p.Train(inputs, labels, perceptron.Config{LearningRate: 0.1, MaxEpochs: 50})
	fmt.Printf("last epoch: %d of 4 correct\n", history[len(history)-1].Correct)

	best := history.Best()
	copy(p.Weights, best.Weights)
	p.Bias = best.Bias
	correct, _ := p.CountCorrect(inputs, labels)
	fmt.Printf("best epoch %d: %d of 4 correct with %v\n", best.Epoch, correct, p)
	// Output:
	// last epoch: 1 of 4 correct
	// best epoch 7: 3 of 4 correct with Perceptron(Weights: [-0.183 -0.225], Bias: 0.236, Activation: step)
}
