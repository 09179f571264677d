package main

import (
	"fmt"
	"math/rand/v2"
	"slices"
	"strconv"
	"strings"

	"github.com/tocha-go/tocha/dataset"
)

// loadData returns the training and test sets that c asks for, and a line
// saying where they came from:
//
//	no -train            the iris split shipped with tocha (all 150 flowers split with -split, if given)
//	-train and -test     the two files, the test file's labels mapped to the training file's classes
//	-train only          the file, split with -split, stratified by class
//
// Errors in a file name it with the line and column.
func loadData(c config, rng *rand.Rand) (train, test dataset.Dataset, source string, err error) {
	switch {
	case c.trainPath == "" && !c.splitSet:
		train, test, err = dataset.Iris()
		return train, test, "iris flowers, the fixed split shipped with tocha (dataset.Iris)", err
	case c.trainPath == "":
		all, err := dataset.IrisAll()
		if err != nil {
			return train, test, "", err
		}
		train, test, err = dataset.Split(rng, all, c.split)
		return train, test, fmt.Sprintf("iris flowers (dataset.IrisAll), %g of each species held out for testing", c.split), err
	}

	options := dataset.CSVOptions{Label: c.label}
	train, err = dataset.LoadCSV(c.trainPath, options)
	if err != nil {
		return train, test, "", err
	}
	if train.NumClasses() < 2 {
		return train, test, "", fmt.Errorf("%s: every row has the label %q; a classifier needs at least two classes (is -label the right column?)", c.trainPath, train.ClassNames[0])
	}
	if c.testPath == "" {
		train, test, err = dataset.Split(rng, train, c.split)
		if err != nil {
			return train, test, "", fmt.Errorf("%s: %w", c.trainPath, err)
		}
		return train, test, fmt.Sprintf("%s, %g of each class held out for testing", c.trainPath, c.split), nil
	}

	// The test file's labels must get the training file's class indices,
	// or the network's output 0 would mean one class in training and
	// another in testing.
	options.ClassNames = train.ClassNames
	test, err = dataset.LoadCSV(c.testPath, options)
	if err != nil {
		return train, test, "", err
	}
	if err := sameColumns(c.trainPath, train, c.testPath, test); err != nil {
		return train, test, "", err
	}
	return train, test, fmt.Sprintf("training set %s, test set %s", c.trainPath, c.testPath), nil
}

// sameColumns checks that the test file has the training file's feature
// columns: as many, and with the same names when both files have a header,
// so that a test file with its columns in another order is not silently
// fed to the wrong inputs.
func sameColumns(trainPath string, train dataset.Dataset, testPath string, test dataset.Dataset) error {
	if test.NumFeatures() != train.NumFeatures() {
		return fmt.Errorf("%s: %d feature columns, but %s has %d; the test file needs the same columns as the training file",
			testPath, test.NumFeatures(), trainPath, train.NumFeatures())
	}
	if hasHeader(train) && hasHeader(test) && !slices.Equal(train.FeatureNames, test.FeatureNames) {
		return fmt.Errorf("%s: feature columns %s differ from %s's %s; put the columns in the same order",
			testPath, strings.Join(test.FeatureNames, ","), trainPath, strings.Join(train.FeatureNames, ","))
	}
	return nil
}

// hasHeader reports whether d's feature names came from a header row rather
// than being the generic column1, column2, ... of a file without one.
func hasHeader(d dataset.Dataset) bool {
	for _, name := range d.FeatureNames {
		number, generic := strings.CutPrefix(name, "column")
		if _, err := strconv.Atoi(number); !generic || err != nil {
			return true
		}
	}
	return false
}
