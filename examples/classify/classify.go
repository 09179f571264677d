package main

import (
	"fmt"
	"io"
	"math/rand/v2"
	"path/filepath"
	"strings"

	"github.com/tocha-go/tocha/dataset"
	"github.com/tocha-go/tocha/loss"
	"github.com/tocha-go/tocha/mlp"
	"github.com/tocha-go/tocha/plot"
)

// classify loads the data, trains the network with progress on stderr and
// reports to stdout how well it does on the test set.
func classify(stdout, stderr io.Writer, c config) error {
	rng := rand.New(rand.NewPCG(c.seed, 0))
	train, test, source, err := loadData(c, rng)
	if err != nil {
		return err
	}
	fmt.Fprintln(stdout, "Data:", source)
	fmt.Fprintln(stdout, "  training set:", strings.TrimPrefix(train.String(), "Dataset: "))
	fmt.Fprintln(stdout, "  test set:    ", strings.TrimPrefix(test.String(), "Dataset: "))

	// Measure mean and spread on the training set only, and apply the same
	// numbers to the test set: the test set stands for data not seen yet.
	standardizer := dataset.FitStandardizer(train.Inputs)
	trainInputs := standardizer.Transform(train.Inputs)
	testInputs := standardizer.Transform(test.Inputs)
	fmt.Fprintln(stdout, "Features standardised to mean 0 and standard deviation 1 on the training set.")

	net, err := newNetwork(c, train.NumFeatures(), train.NumClasses(), rng)
	if err != nil {
		return err
	}
	fmt.Fprintln(stdout, net)
	optimizer := c.newOptimizer()
	fmt.Fprintf(stdout, "Training: cross-entropy of the softmax of the outputs, %v, %d epochs in batches of %d, seed %d\n",
		optimizer, c.epochs, c.batchSize, c.seed)

	progress := newProgress(stderr, c.epochs)
	history, err := mlp.Train(net, trainInputs, train.OneHot(), mlp.TrainConfig{
		Epochs:    c.epochs,
		BatchSize: c.batchSize,
		Shuffle:   rng,
		Loss:      loss.MustNew("cross_entropy"),
		Optimizer: optimizer,
		OnEpoch:   progress.epoch,
	})
	progress.done()
	if err != nil {
		return trainingError(err, c.learningRate)
	}
	losses := make([]float64, len(history))
	for e, stats := range history {
		losses[e] = stats.Loss
	}
	if err := report(stdout, net, losses, trainInputs, train, testInputs, test); err != nil {
		return err
	}
	if c.lossCurve != "" {
		return writeLossCurve(stdout, c.lossCurve, losses)
	}
	return nil
}

// trainingError says which flag to change when training fails. mlp.Train
// reports diverging weights (a loss that became NaN or infinite) with
// advice about the learning rate; the command line sets that with -lr.
// Other errors pass through unchanged.
func trainingError(err error, learningRate float64) error {
	if strings.Contains(err.Error(), "learning rate") {
		return fmt.Errorf("training with -lr %g: %w", learningRate, err)
	}
	return fmt.Errorf("training: %w", err)
}

// newNetwork builds inputs → hidden layers → one logit per class, the last
// layer linear (identity) because the cross-entropy loss applies the softmax.
func newNetwork(c config, inputs, classes int, rng *rand.Rand) (*mlp.Network, error) {
	sizes := []int{inputs}
	var activations []string
	for _, size := range c.hidden {
		sizes = append(sizes, size)
		activations = append(activations, c.activation)
	}
	sizes = append(sizes, classes)
	activations = append(activations, "identity")
	return mlp.New(sizes, activations, rng)
}

// report prints the loss over the epochs and the accuracy on the training
// and the test set, with the test set's confusion matrix.
func report(w io.Writer, net *mlp.Network, losses []float64,
	trainInputs [][]float64, train dataset.Dataset, testInputs [][]float64, test dataset.Dataset) error {
	sparkline, err := plot.Sparkline(losses, 40)
	if err != nil {
		return err
	}
	fmt.Fprintf(w, "Loss by epoch: %s %s → %s\n", sparkline, formatLoss(losses[0], 3), formatLoss(losses[len(losses)-1], 3))
	trainMatrix, err := mlp.Confusion(net, trainInputs, train.Classes)
	if err != nil {
		return err
	}
	testMatrix, err := mlp.Confusion(net, testInputs, test.Classes)
	if err != nil {
		return err
	}
	fmt.Fprintf(w, "Training accuracy: %.3f (%d of %d)\n", trainMatrix.Accuracy(), correct(trainMatrix), train.Len())
	fmt.Fprintf(w, "Test accuracy:     %.3f (%d of %d)\n", testMatrix.Accuracy(), correct(testMatrix), test.Len())
	fmt.Fprintln(w, "Confusion matrix on the test set (rows: true class, columns: predicted class):")
	writeConfusion(w, testMatrix, train.ClassNames)
	return nil
}

// correct counts the samples on the diagonal, those classified correctly.
func correct(m mlp.ConfusionMatrix) int {
	total := 0
	for t := range m {
		total += m[t][t]
	}
	return total
}

// writeConfusion prints m as a table headed by the class names, with each
// row's share of correct answers at the end:
//
//	             setosa  versicolor  virginica  correct
//	setosa           10           0          0    10/10
//	versicolor        0           9          1     9/10
func writeConfusion(w io.Writer, m mlp.ConfusionMatrix, classNames []string) {
	rowWidth := 0
	for _, name := range classNames {
		rowWidth = max(rowWidth, len([]rune(name)))
	}
	var header strings.Builder
	fmt.Fprintf(&header, "  %-*s", rowWidth, "")
	for _, name := range classNames {
		fmt.Fprintf(&header, "  %*s", max(len([]rune(name)), 3), name)
	}
	fmt.Fprintln(w, header.String()+"  correct")
	for t, row := range m {
		fmt.Fprintf(w, "  %-*s", rowWidth, classNames[t])
		total := 0
		for p, count := range row {
			fmt.Fprintf(w, "  %*d", max(len([]rune(classNames[p])), 3), count)
			total += count
		}
		fmt.Fprintf(w, "  %7s\n", fmt.Sprintf("%d/%d", row[t], total))
	}
}

// writeLossCurve draws the training loss to path, an SVG chart or a text
// chart by the extension, writing the file atomically.
func writeLossCurve(w io.Writer, path string, losses []float64) error {
	curve := plot.LossCurve{
		Series: []plot.Series{{Name: "training loss", Values: losses}},
		Title:  "classify: cross-entropy loss per epoch",
	}
	write := curve.WriteSVG
	if strings.EqualFold(filepath.Ext(path), ".txt") {
		write = curve.WriteText
	}
	if err := plot.WriteFile(path, write); err != nil {
		return fmt.Errorf("-loss-curve: %w", err)
	}
	fmt.Fprintln(w, "Wrote the loss curve to", path)
	return nil
}
