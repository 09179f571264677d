package main

import (
	"fmt"
	"math"
	"os"
	"path/filepath"
	"strings"

	"github.com/tocha-go/tocha/activation"
	"github.com/tocha-go/tocha/mlp"
)

// defaultSplit is the fraction of a single file held out for testing: the
// 30 of 150 flowers of the shipped iris split.
const defaultSplit = 0.2

// irisLabelColumn is the name the header row of the iris files shipped with
// tocha (dataset/data/iris*.csv) gives their label column; dataset.Iris
// calls it "species" in LabelName, but the files say this.
const irisLabelColumn = "label"

// maxEpochs is the most epochs -epochs accepts: a million passes over the
// 120 iris flowers already take minutes, and a larger file far longer.
const maxEpochs = 1_000_000

// config holds the command line, checked by check.
type config struct {
	trainPath, testPath, label string
	comma                      separator
	commaSet                   bool // -comma was given explicitly
	decimalComma               bool
	split                      float64
	splitSet                   bool // -split was given explicitly
	hidden                     layerSizes
	activation                 string
	optimizer                  string
	learningRate               float64
	learningRateSet            bool // -lr was given explicitly
	epochs, batchSize          int
	seed                       uint64
	lossCurve                  string
}

// check rejects flag values that cannot work, saying which flag and why, and
// fills in the optimizer's default learning rate.
func (c *config) check() error {
	if c.testPath != "" && c.trainPath == "" {
		return fmt.Errorf("-test %s needs a -train file too", c.testPath)
	}
	if c.trainPath == "" {
		// The iris data shipped with tocha has its own fixed format.
		for _, flagSet := range []struct {
			name string
			set  bool
		}{{"-label", c.label != ""}, {"-comma", c.commaSet}, {"-decimal-comma", c.decimalComma}} {
			if flagSet.set {
				return fmt.Errorf("%s needs a -train file: it describes a CSV file, and the iris data shipped with tocha has a fixed format (label column %q, the last)", flagSet.name, irisLabelColumn)
			}
		}
	}
	if c.decimalComma && c.comma == ',' {
		return fmt.Errorf("-decimal-comma needs another character between fields than ',', usually -comma ';'")
	}
	if c.testPath != "" && c.splitSet {
		return fmt.Errorf("-split %g applies only without -test; give one or the other", c.split)
	}
	if !(c.split > 0 && c.split < 1) {
		return fmt.Errorf("-split %g: the test fraction must be between 0 and 1, e.g. 0.2", c.split)
	}
	act, err := activation.New(c.activation)
	if err != nil {
		return fmt.Errorf("-activation %s: unknown; use sigmoid, tanh, relu or leaky_relu (or identity, for a linear network)", c.activation)
	}
	if act.Name == "step" {
		return fmt.Errorf("-activation step: its slope is 0 everywhere, so backpropagation cannot train it; use sigmoid, tanh, relu or leaky_relu")
	}
	c.activation = act.Name
	c.optimizer = strings.ToLower(c.optimizer)
	defaultRate := defaultLearningRate(c.optimizer)
	if defaultRate == 0 {
		return fmt.Errorf("-optimizer %s: unknown; use sgd, momentum or adam", c.optimizer)
	}
	if !c.learningRateSet {
		c.learningRate = defaultRate
	}
	if !(c.learningRate > 0) || math.IsInf(c.learningRate, 1) {
		return fmt.Errorf("-lr %g: the learning rate must be a positive number, e.g. %g", c.learningRate, defaultRate)
	}
	if c.epochs < 1 || c.epochs > maxEpochs {
		return fmt.Errorf("-epochs %d: give 1 to %d epochs", c.epochs, maxEpochs)
	}
	if c.batchSize < 1 {
		return fmt.Errorf("-batch %d: a mini-batch holds at least 1 sample", c.batchSize)
	}
	extension := strings.ToLower(filepath.Ext(c.lossCurve))
	if c.lossCurve != "" && extension != ".svg" && extension != ".txt" {
		return fmt.Errorf("-loss-curve %s: name an .svg file (a chart) or a .txt file (a terminal chart)", c.lossCurve)
	}
	if c.lossCurve != "" {
		// Check the folder now rather than fail after a long training run.
		folder := filepath.Dir(c.lossCurve)
		if info, err := os.Stat(folder); err != nil || !info.IsDir() {
			return fmt.Errorf("-loss-curve %s: folder %s does not exist; create it first", c.lossCurve, folder)
		}
	}
	return nil
}

// defaultLearningRate returns a learning rate that trains the iris network
// well in 200 epochs with the named optimizer, or 0 for an unknown name.
// Adam's steps have a size of about the learning rate whatever the
// gradient, so it takes a smaller one; momentum multiplies the step by up to
// 1/(1 − 0.9) = 10 on a steady slope.
func defaultLearningRate(optimizer string) float64 {
	switch optimizer {
	case "adam":
		return 0.01
	case "momentum":
		return 0.05
	case "sgd":
		return 0.1
	}
	return 0
}

// newOptimizer builds the optimizer that c names.
func (c config) newOptimizer() mlp.Optimizer {
	switch c.optimizer {
	case "sgd":
		return &mlp.SGD{LearningRate: c.learningRate}
	case "momentum":
		return &mlp.SGD{LearningRate: c.learningRate, Momentum: 0.9}
	}
	return mlp.NewAdam(c.learningRate)
}
