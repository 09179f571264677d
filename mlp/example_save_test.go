package mlp_test

import (
	"fmt"
	"os"
	"path/filepath"

	"github.com/tocha-go/tocha/activation"
	"github.com/tocha-go/tocha/mlp"
)

// handWiredXOR is XOR built from OR and NAND neurons, with weights chosen
// by hand: XOR(a, b) = AND(OR(a, b), NAND(a, b)).
func handWiredXOR() *mlp.Network {
	sigmoid := activation.MustNew("sigmoid")
	net, err := mlp.FromLayers(
		mlp.Layer{Weights: [][]float64{{20, 20}, {-20, -20}}, Biases: []float64{-10, 30}, Activation: sigmoid}, // OR, NAND
		mlp.Layer{Weights: [][]float64{{20, 20}}, Biases: []float64{-30}, Activation: sigmoid})                 // AND
	if err != nil {
		panic(err)
	}
	return net
}

// The PyTorch code of a network: paste it into Python after
// "from torch import nn" to get the same architecture.
func ExampleNetwork_PyTorch() {
	net := handWiredXOR()
	source, err := net.PyTorch()
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(source)
	// Output:
	// nn.Sequential(nn.Linear(2, 2), nn.Sigmoid(), nn.Linear(2, 1), nn.Sigmoid())
}

// A saved network is a readable JSON file.
func ExampleNetwork_WriteJSON() {
	net := handWiredXOR()
	if err := net.WriteJSON(os.Stdout); err != nil {
		fmt.Println(err)
	}
	// Output:
	// {
	//   "format": "tocha.mlp",
	//   "version": 1,
	//   "layers": [
	//     {
	//       "inputs": 2,
	//       "outputs": 2,
	//       "activation": "sigmoid",
	//       "weights": [
	//         [20, 20],
	//         [-20, -20]
	//       ],
	//       "biases": [-10, 30]
	//     },
	//     {
	//       "inputs": 2,
	//       "outputs": 1,
	//       "activation": "sigmoid",
	//       "weights": [
	//         [20, 20]
	//       ],
	//       "biases": [-30]
	//     }
	//   ]
	// }
}

// Save a network, load it back, and use it: the loaded network gives the
// same outputs, to the last bit.
func ExampleLoad() {
	dir, err := os.MkdirTemp("", "tocha-example")
	if err != nil {
		fmt.Println(err)
		return
	}
	defer os.RemoveAll(dir)
	path := filepath.Join(dir, "xor.json") // or "xor.safetensors", for PyTorch

	if err := handWiredXOR().Save(path); err != nil {
		fmt.Println(err)
		return
	}
	net, err := mlp.Load(path)
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(net)
	for _, x := range [][]float64{{0, 0}, {0, 1}, {1, 0}, {1, 1}} {
		fmt.Printf("XOR(%v, %v) = %d\n", x[0], x[1], net.PredictClass(x))
	}
	// Output:
	// Network 2-2-1, 9 parameters
	//   1: Dense(in=2, out=2, sigmoid)
	//   2: Dense(in=2, out=1, sigmoid)
	// XOR(0, 0) = 0
	// XOR(0, 1) = 1
	// XOR(1, 0) = 1
	// XOR(1, 1) = 0
}
