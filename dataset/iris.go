package dataset

import (
	"embed"
	"fmt"
)

// irisFiles holds the shipped iris CSV files (see data/README.md for their
// source and licence). An embed.FS is read-only, so this package-level
// variable is not mutable state.
//
//go:embed data/iris.csv data/iris_train.csv data/iris_test.csv
var irisFiles embed.FS

// irisSpecies names the classes in the order of the files' integer labels.
func irisSpecies() []string { return []string{"setosa", "versicolor", "virginica"} }

// Iris returns Fisher's iris data (1936; UCI Machine Learning Repository,
// CC BY 4.0) as a fixed stratified split: 120 training and 30 test flowers,
// 40 and 10 of each species. The split ships with the package, so every
// run and every student sees the same one.
//
// Each flower has four features in centimetres (sepal_length_cm,
// sepal_width_cm, petal_length_cm, petal_width_cm) and one of three
// classes, ClassNames {"setosa", "versicolor", "virginica"}, with LabelName
// "species". The features are not standardised; fit a Standardizer on
// train.
//
// The error is never expected: it would mean the embedded files are
// damaged.
func Iris() (train, test Dataset, err error) {
	train, err = readIris("data/iris_train.csv")
	if err != nil {
		return Dataset{}, Dataset{}, err
	}
	test, err = readIris("data/iris_test.csv")
	if err != nil {
		return Dataset{}, Dataset{}, err
	}
	return train, test, nil
}

// IrisAll returns all 150 iris flowers, 50 of each species in that order,
// with the features and classes described at Iris, for students who want
// to draw their own split with Split.
func IrisAll() (Dataset, error) {
	return readIris("data/iris.csv")
}

// readIris reads one embedded iris file and names its classes by species.
func readIris(path string) (Dataset, error) {
	f, err := irisFiles.Open(path)
	if err != nil {
		return Dataset{}, fmt.Errorf("dataset: embedded iris data: %w", err)
	}
	defer f.Close()
	d, err := ReadCSV(f, path, CSVOptions{Label: "label", Header: HeaderPresent, ClassNames: []string{"0", "1", "2"}})
	if err != nil {
		return Dataset{}, fmt.Errorf("dataset: embedded iris data: %w", err)
	}
	d.ClassNames = irisSpecies()
	d.LabelName = "species"
	return d, nil
}
