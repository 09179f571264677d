package mlp_test

import (
	"fmt"
	"math/rand/v2"

	"github.com/tocha-go/tocha/activation"
	"github.com/tocha-go/tocha/dataset"
	"github.com/tocha-go/tocha/loss"
	"github.com/tocha-go/tocha/mlp"
)

// A 2-4-1 sigmoid network learns XOR, which no single neuron can: the
// hidden layer bends the input space so that one line separates the classes.
func ExampleTrain() {
	inputs := [][]float64{{0, 0}, {0, 1}, {1, 0}, {1, 1}}
	targets := [][]float64{{0}, {1}, {1}, {0}}

	rng := rand.New(rand.NewPCG(1, 2)) // a fixed seed: the same network every run
	net, err := mlp.New([]int{2, 4, 1}, []string{"sigmoid", "sigmoid"}, rng)
	if err != nil {
		panic(err)
	}
	history, err := mlp.Train(net, inputs, targets, mlp.TrainConfig{
		Epochs:    5000,
		Loss:      loss.MustNew("bce"),
		Optimizer: &mlp.SGD{LearningRate: 1},
	})
	if err != nil {
		panic(err)
	}

	for _, x := range inputs {
		fmt.Printf("%v XOR %v = %d\n", x[0], x[1], net.PredictClass(x))
	}
	fmt.Printf("final loss %.3f\n", history[len(history)-1].Loss)
	// Output:
	// 0 XOR 0 = 0
	// 0 XOR 1 = 1
	// 1 XOR 0 = 1
	// 1 XOR 1 = 0
	// final loss 0.002
}

// The training loop written by hand, step by step, as in PyTorch. mlp.Train
// runs the same loop (in mini-batches, with checks and statistics).
func Example() {
	inputs := [][]float64{{0, 0}, {0, 1}, {1, 0}, {1, 1}}
	targets := [][]float64{{0}, {1}, {1}, {0}}
	net, err := mlp.New([]int{2, 4, 1}, []string{"tanh", "sigmoid"}, rand.New(rand.NewPCG(3, 4)))
	if err != nil {
		panic(err)
	}
	bce := loss.MustNew("bce")
	optimizer := &mlp.SGD{LearningRate: 0.5, Momentum: 0.9}

	for epoch := 1; epoch <= 300; epoch++ {
		outputs := net.ForwardBatch(inputs)             // 1. forward: a = φ(W·x + b), layer by layer
		lossValue := bce.Forward(outputs, targets)      // 2. loss of the batch
		net.ZeroGrad()                                  // 3. clear last step's gradients
		dOutputs := bce.Backward(nil, outputs, targets) // ∂L/∂output
		net.BackwardBatch(dOutputs)                     // 4. backward: δ and ∂L/∂W for every layer
		optimizer.Step(net)                             // 5. update: w ← w − lr·v

		if epoch == 1 || epoch%100 == 0 {
			fmt.Printf("epoch %d: loss %.3f\n", epoch, lossValue)
		}
	}
	// Output:
	// epoch 1: loss 0.702
	// epoch 100: loss 0.003
	// epoch 200: loss 0.002
	// epoch 300: loss 0.001
}

// A hand-wired network computes XOR with fixed weights: the first hidden
// neuron is an OR, the second a NAND, and the output an AND of the two.
func ExampleNetwork_Forward() {
	sigmoid := activation.MustNew("sigmoid")
	net, err := mlp.FromLayers(
		mlp.Layer{Weights: [][]float64{{20, 20}, {-20, -20}}, Biases: []float64{-10, 30}, Activation: sigmoid},
		mlp.Layer{Weights: [][]float64{{20, 20}}, Biases: []float64{-30}, Activation: sigmoid},
	)
	if err != nil {
		panic(err)
	}
	for _, x := range [][]float64{{0, 0}, {0, 1}, {1, 0}, {1, 1}} {
		output := net.Forward(x)
		hidden := net.Layers[0].A // kept by Forward for Backward
		fmt.Printf("x=%v  OR=%.0f NAND=%.0f  XOR=%.0f\n", x, hidden[0], hidden[1], output[0])
	}
	// Output:
	// x=[0 0]  OR=0 NAND=1  XOR=0
	// x=[0 1]  OR=1 NAND=1  XOR=1
	// x=[1 0]  OR=1 NAND=1  XOR=1
	// x=[1 1]  OR=1 NAND=0  XOR=0
}

func ExampleNetwork_String() {
	net, err := mlp.New([]int{4, 16, 3}, []string{"relu", "identity"}, rand.New(rand.NewPCG(1, 2)))
	if err != nil {
		panic(err)
	}
	fmt.Println(net)
	// Output:
	// Network 4-16-3, 131 parameters
	//   1: Dense(in=4, out=16, relu)
	//   2: Dense(in=16, out=3, identity)
}

// GradientCheck compares backpropagation with the slope measured by nudging
// each weight: a tiny relative error means Backward is right.
func ExampleGradientCheck() {
	net, err := mlp.New([]int{3, 4, 2}, []string{"tanh", "sigmoid"}, rand.New(rand.NewPCG(5, 6)))
	if err != nil {
		panic(err)
	}
	inputs := [][]float64{{0.5, -1, 2}, {1, 0.1, -0.3}}
	targets := [][]float64{{1, 0}, {0, 1}}

	largest := mlp.GradientCheck(net, loss.MustNew("bce"), inputs, targets)
	fmt.Println("backpropagation agrees:", largest < 1e-6)
	// Output:
	// backpropagation agrees: true
}

// Three classes of points in the plane, a softmax classifier trained with
// cross-entropy on its logits, and the confusion matrix of its answers.
func Example_multiClass() {
	inputs := [][]float64{
		{0, 1}, {0.2, 0.9}, {-0.2, 1.1}, // class 0, near (0, 1)
		{-1, -1}, {-0.8, -1.2}, {-1.1, -0.8}, // class 1, near (−1, −1)
		{1, -1}, {1.2, -0.9}, {0.9, -1.1}, // class 2, near (1, −1)
	}
	classes := []int{0, 0, 0, 1, 1, 1, 2, 2, 2}
	targets := dataset.OneHot(classes, 3)
	net, err := mlp.New([]int{2, 8, 3}, []string{"tanh", "identity"}, rand.New(rand.NewPCG(7, 8)))
	if err != nil {
		panic(err)
	}
	_, err = mlp.Train(net, inputs, targets, mlp.TrainConfig{
		Epochs:    200,
		BatchSize: 3,
		Shuffle:   rand.New(rand.NewPCG(9, 10)),
		Loss:      loss.MustNew("cross_entropy"),
		Optimizer: mlp.NewAdam(0.01),
	})
	if err != nil {
		panic(err)
	}

	probabilities := net.PredictProbabilities([]float64{0.1, 0.8})
	fmt.Printf("(0.1, 0.8) is class %d with probability %.3f\n",
		net.PredictClass([]float64{0.1, 0.8}), probabilities[0])
	matrix, err := mlp.Confusion(net, inputs, classes)
	if err != nil {
		panic(err)
	}
	fmt.Println(matrix)
	fmt.Printf("accuracy %.3f\n", matrix.Accuracy())
	// Output:
	// (0.1, 0.8) is class 0 with probability 0.997
	// true\predicted   0   1   2
	//              0   3   0   0
	//              1   0   3   0
	//              2   0   0   3
	// accuracy 1.000
}
