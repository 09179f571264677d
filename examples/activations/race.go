package main

import (
	"fmt"
	"io"
	"math/rand/v2"

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
)

// raceRun is one activation's training history from one seed.
type raceRun struct {
	seed    uint64
	losses  []float64 // mean loss of each epoch
	learned int       // first epoch with accuracy ≥ raceAccuracy, or −1
	final   mlp.EpochStats
}

// raceEntry is one activation's runs, one per seed, in seed order.
type raceEntry struct {
	hidden string
	runs   []raceRun
}

// trainingRace trains the deep network with each hidden activation, each
// with its matched initialisation, from s.raceSeeds seeds, and compares how
// soon each learns. It returns the runs, in the order of
// hiddenActivations.
func trainingRace(w io.Writer, s settings) ([]raceEntry, error) {
	fmt.Fprintln(w, "== 2. Training the same deep network ==")
	fmt.Fprintf(w, "%d points of the two-moons data, SGD lr = %g, batches of %d, %s; matched init for each activation.\n",
		raceSamples, raceLearningRate, raceBatchSize, plural(s.epochs, "epoch"))
	entries := make([]raceEntry, 0, len(hiddenActivations()))
	for _, hidden := range hiddenActivations() {
		entry := raceEntry{hidden: hidden}
		for k := range s.raceSeeds {
			run, err := raceOnce(hidden, s.seed+uint64(k), s)
			if err != nil {
				return nil, err
			}
			entry.runs = append(entry.runs, run)
		}
		entries = append(entries, entry)
	}
	printRaceCurves(w, entries, s.epochs)
	if s.raceSeeds > 1 {
		printRaceSeeds(w, entries, s.epochs)
	}
	concludeRace(w, entries, s.epochs)
	return entries, nil
}

// raceOnce trains the deep network with one hidden activation from one
// seed: the seed draws its weights, its moons and its batch order.
func raceOnce(hidden string, seed uint64, s settings) (raceRun, error) {
	net, err := deepNetwork(hidden, matchedInit(hidden), s.depth, seed)
	if err != nil {
		return raceRun{}, err
	}
	data := dataset.Moons(rand.New(rand.NewPCG(seed, 2)), raceSamples, moonsNoise)
	history, err := mlp.Train(net, data.Inputs, data.LabelColumn(), mlp.TrainConfig{
		Epochs:    s.epochs,
		BatchSize: raceBatchSize,
		Shuffle:   rand.New(rand.NewPCG(seed, 3)),
		Loss:      loss.MustNew("bce"),
		Optimizer: &mlp.SGD{LearningRate: raceLearningRate},
	})
	if err != nil {
		return raceRun{}, fmt.Errorf("%s, seed %d: %w", hidden, seed, err)
	}
	run := raceRun{seed: seed, learned: -1, final: history[len(history)-1]}
	for _, epoch := range history {
		run.losses = append(run.losses, epoch.Loss)
		if run.learned < 0 && epoch.Accuracy >= raceAccuracy {
			run.learned = epoch.Epoch
		}
	}
	return run, nil
}

// printRaceCurves prints the first seed's runs: the loss in a few epochs,
// the final accuracy and the epoch each reached raceAccuracy.
func printRaceCurves(w io.Writer, entries []raceEntry, epochs int) {
	fmt.Fprintf(w, "Seed %d:\n", entries[0].runs[0].seed)
	shown := checkpoints(epochs)
	fmt.Fprint(w, "  mean loss in epoch")
	for _, e := range shown {
		fmt.Fprintf(w, " %6d", e)
	}
	fmt.Fprintf(w, " | accuracy | epochs to %.0f%%\n", 100*raceAccuracy)
	for _, entry := range entries {
		r := entry.runs[0]
		fmt.Fprintf(w, "  %-18s", entry.hidden)
		for _, e := range shown {
			fmt.Fprintf(w, " %6.3f", r.losses[e-1])
		}
		fmt.Fprintf(w, " |    %.3f | %s\n", r.final.Accuracy, reached(r.learned))
	}
}

// printRaceSeeds prints, for every seed, the epoch each activation reached
// raceAccuracy, and the median over the seeds.
func printRaceSeeds(w io.Writer, entries []raceEntry, epochs int) {
	runs := entries[0].runs
	fmt.Fprintf(w, "The race from seeds %d to %d, each with its own weights, data points and batch order:\n",
		runs[0].seed, runs[len(runs)-1].seed)
	// Every column is one wider than its widest entry, "never", the last
	// epoch or the last seed, so that two spaces part the columns.
	width := 1 + max(len("never"), len(fmt.Sprint(epochs)), len(fmt.Sprint(runs[len(runs)-1].seed)))
	medianWidth := max(width, len("median"))
	fmt.Fprintf(w, "  %-16s", fmt.Sprintf("epochs to %.0f%%", 100*raceAccuracy))
	for _, r := range runs {
		fmt.Fprintf(w, " %*d", width, r.seed)
	}
	fmt.Fprintf(w, " | %*s\n", medianWidth, "median")
	for _, entry := range entries {
		fmt.Fprintf(w, "  %-16s", entry.hidden)
		for _, r := range entry.runs {
			fmt.Fprintf(w, " %*s", width, reached(r.learned))
		}
		fmt.Fprintf(w, " | %*s\n", medianWidth, medianText(entry.medianEpochs(epochs), epochs))
	}
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
	for _, e := range []int{1, 10, 25, 50, 100, 200, 500, 1000, 2000, 5000} {
		if e < epochs {
			shown = append(shown, e)
		}
	}
	return append(shown, epochs)
}
