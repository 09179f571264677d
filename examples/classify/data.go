package main

import (
	"errors"
	"fmt"
	"io/fs"
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
// Errors in a file name it with the line and column, and the flag that
// fixes them (see flagWording).
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

	options := dataset.CSVOptions{Label: c.label, Comma: rune(c.comma), DecimalComma: c.decimalComma}
	train, err = dataset.LoadCSV(c.trainPath, options)
	if err != nil {
		return train, test, "", fileError("-train", c.trainPath, err)
	}
	if train.NumClasses() < 2 {
		return train, test, "", fmt.Errorf("%s: every row has the label %s; a classifier needs at least two classes (is -label the right column?)",
			c.trainPath, shorten(train.ClassNames[0]))
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
	withClasses := options
	withClasses.ClassNames = train.ClassNames
	test, err = dataset.LoadCSV(c.testPath, withClasses)
	if err != nil {
		// A test file with other columns often fails as an unknown class
		// first; the difference in columns is the better explanation.
		if own, ownErr := dataset.LoadCSV(c.testPath, options); ownErr == nil {
			if mismatch := sameColumns(c.trainPath, train, c.testPath, own); mismatch != nil {
				return train, test, "", mismatch
			}
			if unknown := unknownClasses(c.trainPath, train, own, err); unknown != nil {
				return train, test, "", unknown
			}
		}
		return train, test, "", fileError("-test", c.testPath, err)
	}
	if err := sameColumns(c.trainPath, train, c.testPath, test); err != nil {
		return train, test, "", err
	}
	return train, test, fmt.Sprintf("training set %s, test set %s", c.trainPath, c.testPath), nil
}

// fileError words an error from loading the file of a flag. A file that
// cannot be opened or read is named with its flag, "-train a.csv: no such
// file or directory", without the library's "dataset: open" in front; an
// error in the file's contents keeps its file:line:column (see flagWording).
func fileError(flagName, path string, err error) error {
	var pathErr *fs.PathError
	if errors.As(err, &pathErr) {
		return fmt.Errorf("%s %s: %v", flagName, path, pathErr.Err)
	}
	return flagWording(err)
}

// unknownClasses explains a test file whose labels include classes that
// the training file has none of, or returns nil if err is not about that.
// test is the test file read with classes of its own, so that every
// unknown class can be named; err points at the first one.
func unknownClasses(trainPath string, train, test dataset.Dataset, err error) error {
	var csvErr *dataset.CSVError
	if !errors.As(err, &csvErr) || !slices.Contains(csvErr.Options, "ClassNames") {
		return nil
	}
	var unknown []string
	for _, class := range test.Classes { // in file order, so the first is the one err points at
		name := test.ClassNames[class]
		if !slices.Contains(train.ClassNames, name) && !slices.Contains(unknown, name) {
			unknown = append(unknown, name)
		}
	}
	if len(unknown) == 0 {
		return nil
	}
	quoted := make([]string, len(unknown))
	for i, name := range unknown {
		quoted[i] = shorten(name)
	}
	known := make([]string, len(train.ClassNames))
	for i, name := range train.ClassNames {
		known[i] = shorten(name)
	}
	subject, rows := "class "+quoted[0]+" does", "rows of that class"
	if len(unknown) > 1 {
		subject, rows = "classes "+strings.Join(quoted, ", ")+" do", "rows of those classes"
	}
	rewritten := *csvErr
	rewritten.Options = nil
	rewritten.Msg = fmt.Sprintf("%s not occur in the -train file %s (its classes: %s); check the spelling, or add %s to the -train file",
		subject, trainPath, strings.Join(known, ", "), rows)
	return &rewritten
}

// flagWording rewrites a CSV error's advice for the command line: where
// package dataset names a CSVOptions field, such as "(CSVOptions.Label)",
// the error names the flag that sets it, "(flag -label)".
func flagWording(err error) error {
	var csvErr *dataset.CSVError
	if !errors.As(err, &csvErr) || len(csvErr.Options) == 0 {
		return err
	}
	var flags []string
	for _, option := range csvErr.Options {
		switch option {
		case "Label":
			flags = append(flags, "flag -label")
		case "Comma":
			flags = append(flags, "flag -comma")
		case "DecimalComma":
			flags = append(flags, "flag -decimal-comma")
		case "ClassNames":
			flags = append(flags, "the known classes are those of the -train file")
		}
	}
	rewritten := *csvErr
	rewritten.Options = nil
	if len(flags) > 0 {
		rewritten.Msg += " (" + strings.Join(flags, ", ") + ")"
	}
	return &rewritten
}

// sameColumns checks that the test file has the training file's columns:
// both with a header row or both without, as many feature columns, and,
// with headers, the same feature names in the same order and the same
// label column, so that a test file with its columns in another order is
// not silently fed to the wrong inputs.
func sameColumns(trainPath string, train dataset.Dataset, testPath string, test dataset.Dataset) error {
	trainHeader, testHeader := hasHeader(train), hasHeader(test)
	if trainHeader != testHeader {
		withHeader, without := trainPath, testPath
		if testHeader {
			withHeader, without = testPath, trainPath
		}
		return fmt.Errorf("%s: %s has a header row naming the columns but %s has none; give both files a header row, or neither",
			testPath, withHeader, without)
	}
	if test.NumFeatures() != train.NumFeatures() {
		return fmt.Errorf("%s: %d feature columns, but %s has %d; the test file needs the same columns as the training file",
			testPath, test.NumFeatures(), trainPath, train.NumFeatures())
	}
	if trainHeader && !slices.Equal(train.FeatureNames, test.FeatureNames) {
		return fmt.Errorf("%s: feature columns %s differ from %s's %s; put the columns in the same order",
			testPath, strings.Join(test.FeatureNames, ","), trainPath, strings.Join(train.FeatureNames, ","))
	}
	if trainHeader && train.LabelName != test.LabelName {
		return fmt.Errorf("%s: the label column is %s, but in %s it is %s; give the label column the same name in both files",
			testPath, shorten(test.LabelName), trainPath, shorten(train.LabelName))
	}
	return nil
}

// hasHeader reports whether d's column names came from a header row rather
// than being the generic column1, column2, ... of a file without one.
func hasHeader(d dataset.Dataset) bool {
	for _, name := range append(slices.Clone(d.FeatureNames), d.LabelName) {
		number, generic := strings.CutPrefix(name, "column")
		if _, err := strconv.Atoi(number); !generic || err != nil {
			return true
		}
	}
	return false
}

// shorten quotes a name from a file for a message, cut to 40 characters.
func shorten(name string) string {
	const maxRunes = 40
	runes := []rune(name)
	if len(runes) <= maxRunes {
		return strconv.Quote(name)
	}
	return strconv.Quote(string(runes[:maxRunes])) + "…"
}
