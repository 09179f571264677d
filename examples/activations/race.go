package main

import (
	"fmt"
	"io"
	"math"
	"math/rand/v2"
	"slices"
	"strings"

	"github.com/tocha-go/tocha/dataset"
	"github.com/tocha-go/tocha/loss"
	"github.com/tocha-go/tocha/mlp"
)

// The training race: the deep network learns two moons by mini-batch
// gradient descent. Plain SGD, not Adam: Adam divides every gradient by its
// own size, which would hide how small it is.
const (
	raceSamples      = 64
	raceBatchSize    = 16
	raceLearningRate = 0.1
	raceAccuracy     = 0.95 // "learned" means at least this training accuracy
	// stuckAtLn2: a BCE loss this close to ln 2 means p ≈ 0.5 everywhere,
	// a network that has not started to learn.
	stuckAtLn2 = 0.01
)

// raceRun is one activation's training history.
type raceRun struct {
	hidden  string
	losses  []float64 // mean loss of each epoch
	learned int       // first epoch with accuracy ≥ raceAccuracy, or −1
	final   mlp.EpochStats
}

// trainingRace trains the deep network with each hidden activation, each
// with its matched initialisation, on the same data, and compares how soon
// each learns.
func trainingRace(w io.Writer, s settings) error {
	fmt.Fprintln(w, "== 2. Training the same deep network ==")
	data := dataset.Moons(rand.New(rand.NewPCG(s.seed, 2)), raceSamples, moonsNoise)
	fmt.Fprintf(w, "%d moons, SGD lr = %g, batches of %d, %d epochs; matched init for each activation.\n",
		raceSamples, raceLearningRate, raceBatchSize, s.epochs)
	var runs []raceRun
	for _, hidden := range hiddenActivations() {
		net, err := deepNetwork(hidden, matchedInit(hidden), s.depth, s.seed)
		if err != nil {
			return err
		}
		run := raceRun{hidden: hidden, learned: -1}
		history, err := mlp.Train(net, data.Inputs, data.LabelColumn(), mlp.TrainConfig{
			Epochs:    s.epochs,
			BatchSize: raceBatchSize,
			Shuffle:   rand.New(rand.NewPCG(s.seed, 3)),
			Loss:      loss.MustNew("bce"),
			Optimizer: &mlp.SGD{LearningRate: raceLearningRate},
		})
		if err != nil {
			return fmt.Errorf("%s: %w", hidden, err)
		}
		for _, epoch := range history {
			run.losses = append(run.losses, epoch.Loss)
			if run.learned < 0 && epoch.Accuracy >= raceAccuracy {
				run.learned = epoch.Epoch
			}
		}
		run.final = history[len(history)-1]
		runs = append(runs, run)
	}

	shown := checkpoints(s.epochs)
	fmt.Fprint(w, "  mean loss in epoch")
	for _, e := range shown {
		fmt.Fprintf(w, " %6d", e)
	}
	fmt.Fprintln(w, " | accuracy | epochs to 95%")
	for _, r := range runs {
		fmt.Fprintf(w, "  %-18s", r.hidden)
		for _, e := range shown {
			fmt.Fprintf(w, " %6.3f", r.losses[e-1])
		}
		fmt.Fprintf(w, " |    %.3f | %s\n", r.final.Accuracy, reached(r.learned))
	}
	concludeRace(w, runs, s.epochs)
	return nil
}

// concludeRace ranks the activations by the epochs they needed, and names
// a network that has not started to learn.
func concludeRace(w io.Writer, runs []raceRun, epochs int) {
	ranked := slices.Clone(runs)
	slices.SortStableFunc(ranked, func(a, b raceRun) int {
		return epochsOrNever(a.learned, epochs) - epochsOrNever(b.learned, epochs)
	})
	var parts []string
	for _, r := range ranked {
		if r.learned < 0 {
			parts = append(parts, fmt.Sprintf("%s not within %d (accuracy %.3f)", r.hidden, epochs, r.final.Accuracy))
		} else {
			parts = append(parts, fmt.Sprintf("%s %d", r.hidden, r.learned))
		}
	}
	fmt.Fprintf(w, "So, epochs to reach %.0f%% accuracy: %s.\n", 100*raceAccuracy, strings.Join(parts, ", "))
	for _, r := range runs {
		if math.Abs(r.final.Loss-math.Ln2) < stuckAtLn2 {
			fmt.Fprintf(w, "%s's loss %.3f is about ln 2 = %.3f, the loss of answering p = 0.5 everywhere:\n", r.hidden, r.final.Loss, math.Ln2)
			fmt.Fprintln(w, "it has not started to learn.")
		}
	}
	fmt.Fprintln(w)
}

// epochsOrNever counts a run that never learned as one epoch past the end.
func epochsOrNever(learned, epochs int) int {
	if learned < 0 {
		return epochs + 1
	}
	return learned
}

// reached formats the epoch a run learned, or "never".
func reached(epoch int) string {
	if epoch < 0 {
		return "never"
	}
	return fmt.Sprint(epoch)
}

// checkpoints returns the epochs the table shows: 1, 10, 25, 50, 100, 200,
// 500, … up to the last epoch, which is always shown.
func checkpoints(epochs int) []int {
	var shown []int
	for _, e := range []int{1, 10, 25, 50, 100, 200, 500, 1000, 2000, 5000, 10000, 20000, 50000} {
		if e < epochs {
			shown = append(shown, e)
		}
	}
	return append(shown, epochs)
}
