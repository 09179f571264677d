// Command classify trains a multilayer perceptron on a classification data set
// in a CSV file and reports its accuracy on held-out test data, with the
// confusion matrix that shows which classes it mixes up.
//
//	go run ./examples/classify                              # the iris split shipped with tocha
//	go run ./examples/classify -train a.csv -test b.csv     # any CSV: numeric features, one label column
//	go run ./examples/classify -train all.csv -split 0.25   # one file: hold out 25% of each class
//	go run ./examples/classify -train br.csv -comma ';' -decimal-comma   # Excel in Brazil: 1,5;2,0;setosa
//	go run ./examples/classify -hidden 32,16 -activation relu -optimizer momentum -epochs 500
//	go run ./examples/classify -loss-curve loss.svg         # also draw the training loss
//	go run ./examples/classify -h                           # every flag
//
// The features are standardised with the training set's mean and standard
// deviation; the network ends in one identity (logit) output per class and
// trains with the cross-entropy loss of their softmax. Progress goes to
// stderr, one line per epoch (a single updating line on a terminal);
// results go to stdout. A bad flag or a broken file stops the program with a
// one-line error, such as a.csv:3:2 for line 3, column 2, and exit status 2.
package main

import (
	"flag"
	"fmt"
	"io"
	"os"

	"github.com/tocha-go/tocha/examples/internal/cli"
)

func main() {
	cli.Exit("classify", run(os.Stdout, os.Stderr, os.Args[1:]))
}

// run parses the flags, trains, writes the results to stdout and the
// progress of training to stderr.
func run(stdout, stderr io.Writer, args []string) error {
	var c config
	flags := flag.NewFlagSet("classify", flag.ContinueOnError)
	flags.SetOutput(io.Discard)
	flags.StringVar(&c.trainPath, "train", "", "CSV `file` to train on: numeric feature columns and one label column; without it, the iris data shipped with tocha")
	flags.StringVar(&c.testPath, "test", "", "CSV `file` to test on, with the same columns as -train; without it, -split holds out part of -train")
	flags.StringVar(&c.label, "label", "", "`name` of the label column (\"column3\" for the third column of a file without header); default the last column")
	c.comma = ','
	flags.Var(&c.comma, "comma", "`character` between the fields of the CSV files: , or ; or \\t (tab)")
	flags.BoolVar(&c.decimalComma, "decimal-comma", false, "read numbers written with a decimal comma, 1,5 for 1.5 (needs -comma ';' or another separator)")
	flags.Float64Var(&c.split, "split", defaultSplit, "`fraction` of each class held out for testing when there is no -test file, in (0, 1)")
	c.hidden = layerSizes{16}
	flags.Var(&c.hidden, "hidden", fmt.Sprintf("`sizes` of the hidden layers, comma separated, each 1 to %d, at most %d layers: 16,16 is two layers of 16 neurons, none a linear classifier", maxLayerSize, maxHiddenLayers))
	flags.StringVar(&c.activation, "activation", "tanh", "`name` of the hidden layers' activation: sigmoid, tanh, relu or leaky_relu (or identity, which makes the network linear, for comparison)")
	flags.StringVar(&c.optimizer, "optimizer", "adam", "`name` of the optimizer: sgd, momentum (SGD with momentum 0.9) or adam")
	flags.Float64Var(&c.learningRate, "lr", 0, "learning `rate`, > 0 (default 0.01 for adam, 0.05 for momentum, 0.1 for sgd)")
	flags.IntVar(&c.epochs, "epochs", 200, fmt.Sprintf("number of `epochs`, passes over the training set, 1 to %d", maxEpochs))
	flags.IntVar(&c.batchSize, "batch", 16, "mini-batch `size`, samples per weight update (≥ 1; larger than the training set means full batch)")
	flags.Uint64Var(&c.seed, "seed", 1, "`seed` of the random numbers: split, initial weights and shuffling")
	flags.StringVar(&c.lossCurve, "loss-curve", "", "write the training loss per epoch to this `file`: .svg for a chart, .txt for a terminal chart")
	if err := cli.Run(flags, args, stdout, "usage: go run ./examples/classify [-train a.csv [-test b.csv]] [flags]\n"+
		"Trains an MLP classifier on a CSV file (the iris flowers by default) and prints its test accuracy."); err != nil {
		return err
	}
	flags.Visit(func(f *flag.Flag) {
		switch f.Name {
		case "lr":
			c.learningRateSet = true
		case "split":
			c.splitSet = true
		case "comma":
			c.commaSet = true
		}
	})
	if err := c.check(); err != nil {
		return err
	}
	return classify(stdout, stderr, c)
}
