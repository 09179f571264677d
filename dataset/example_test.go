package dataset_test

import (
	"fmt"
	"math/rand/v2"
	"strings"

	"github.com/tocha-go/tocha/dataset"
)

// XOR's truth table, the data set a single perceptron cannot learn.
func ExampleXOR() {
	d := dataset.XOR()
	fmt.Println(d)
	for k, x := range d.Inputs {
		fmt.Printf("%v XOR %v = %s\n", x[0], x[1], d.ClassNames[d.Classes[k]])
	}
	// Output:
	// Dataset: 4 samples × 2 features [x1 x2], 2 classes [0:2 1:2]
	// 0 XOR 0 = 0
	// 0 XOR 1 = 1
	// 1 XOR 0 = 1
	// 1 XOR 1 = 0
}

// The three ways to hand the same classes to a network.
func ExampleDataset_OneHot() {
	d := dataset.XOR()
	fmt.Println("perceptron targets:", d.Labels())
	fmt.Println("sigmoid targets:   ", d.LabelColumn())
	fmt.Println("softmax targets:   ", d.OneHot())
	// Output:
	// perceptron targets: [0 1 1 0]
	// sigmoid targets:    [[0] [1] [1] [0]]
	// softmax targets:    [[1 0] [0 1] [0 1] [1 0]]
}

// Reading a small CSV file with a header and class names in the last column.
func ExampleReadCSV() {
	const file = `length,width,species
5.1,3.5,setosa
7.0,3.2,versicolor
6.3,3.3,virginica
4.9,3.0,setosa
`
	d, err := dataset.ReadCSV(strings.NewReader(file), "flowers.csv", dataset.CSVOptions{})
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(d)
	fmt.Println("classes:", d.Classes)

	// A bad value is reported by file, line and column.
	_, err = dataset.ReadCSV(strings.NewReader("length,width,species\n5.1,wide,setosa\n"), "flowers.csv", dataset.CSVOptions{})
	fmt.Println(err)
	// Output:
	// Dataset: 4 samples × 2 features [length width], 3 classes [setosa:2 versicolor:1 virginica:1]
	// classes: [0 1 2 0]
	// flowers.csv:2:2: "wide" in column "width" is not a number; feature columns must be numeric, and if this column holds the classes, choose it as the label column (CSVOptions.Label)
}

// Hold out a stratified test set, then standardise both sets with the
// training set's statistics only.
func ExampleSplit() {
	all, err := dataset.IrisAll()
	if err != nil {
		fmt.Println(err)
		return
	}
	rng := rand.New(rand.NewPCG(1, 2))
	train, test, err := dataset.Split(rng, all, 0.2)
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println("train:", train.ClassCounts())
	fmt.Println("test: ", test.ClassCounts())

	s := dataset.FitStandardizer(train.Inputs)
	train.Inputs = s.Transform(train.Inputs)
	test.Inputs = s.Transform(test.Inputs)
	fmt.Printf("first test flower, standardised: [%.3f %.3f %.3f %.3f]\n",
		test.Inputs[0][0], test.Inputs[0][1], test.Inputs[0][2], test.Inputs[0][3])
	// Output:
	// train: [40 40 40]
	// test:  [10 10 10]
	// first test flower, standardised: [-1.418 0.335 -1.405 -1.311]
}

// Fit on the training rows, then scale training and test rows with the
// same numbers.
func ExampleFitStandardizer() {
	train := [][]float64{{1, 10}, {3, 20}, {5, 30}}
	test := [][]float64{{4, 25}}
	s := dataset.FitStandardizer(train)
	fmt.Println(s)
	scaled := s.Transform(test)
	fmt.Printf("test row [4 25] becomes [%.3f %.3f]\n", scaled[0][0], scaled[0][1])
	// Output:
	// Standardizer{Mean: [3 20], Std: [1.633 8.165]}
	// test row [4 25] becomes [0.612 0.612]
}

// The shipped iris split, ready to train on.
func ExampleIris() {
	train, test, err := dataset.Iris()
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(train)
	fmt.Println(test)
	// Output:
	// Dataset: 120 samples × 4 features [sepal_length_cm sepal_width_cm petal_length_cm petal_width_cm], 3 classes [setosa:40 versicolor:40 virginica:40]
	// Dataset: 30 samples × 4 features [sepal_length_cm sepal_width_cm petal_length_cm petal_width_cm], 3 classes [setosa:10 versicolor:10 virginica:10]
}

// Three spiral arms, one class each: a problem that needs hidden units.
func ExampleSpirals() {
	rng := rand.New(rand.NewPCG(1, 2))
	d := dataset.Spirals(rng, 300, 3, 0.1)
	fmt.Println(d)
	// Output:
	// Dataset: 300 samples × 2 features [x1 x2], 3 classes [0:100 1:100 2:100]
}
