package dataset

import (
	"fmt"
	"math"
	"math/rand/v2"
)

// Split divides d into a training set and a test set, stratified: every
// class keeps the same share of its samples in the test set, so a rare
// class cannot end up missing from one side by bad luck. A class with m
// samples sends
//
//	t = round(testFraction·m), clamped to [1, m−1]    (halves round up)
//
// of them, chosen at random with rng, to the test set and the rest to the
// training set. Both sets keep the samples' original relative order (call
// Shuffle to reorder them) and own copies of their rows; d is not modified.
// The same rng state gives the same split.
//
// Keep the test set out of everything that shapes the model (training,
// choosing hyperparameters, fitting a Standardizer): it estimates how well
// the model does on data it has never seen.
//
// Split returns an error if testFraction is not strictly between 0 and 1,
// d is empty or malformed (see Validate), or a class has exactly one
// sample, which cannot be on both sides. Classes without samples are
// allowed and stay empty on both sides. Split panics if rng is nil.
func Split(rng *rand.Rand, d Dataset, testFraction float64) (train, test Dataset, err error) {
	if rng == nil {
		panic("dataset: Split got a nil *rand.Rand; pass rand.New(rand.NewPCG(seed1, seed2))")
	}
	if !(testFraction > 0 && testFraction < 1) { // also rejects NaN
		return Dataset{}, Dataset{}, fmt.Errorf("dataset: Split got testFraction = %v; need a fraction strictly between 0 and 1, such as 0.2 for an 80/20 split", testFraction)
	}
	if err := d.Validate(); err != nil {
		return Dataset{}, Dataset{}, fmt.Errorf("dataset: Split: %w", err)
	}
	if d.Len() == 0 {
		return Dataset{}, Dataset{}, fmt.Errorf("dataset: Split got an empty data set; there is nothing to split")
	}

	byClass := make([][]int, d.NumClasses()) // byClass[c] lists the samples of class c
	for k, class := range d.Classes {
		byClass[class] = append(byClass[class], k)
	}
	inTest := make([]bool, d.Len())
	for class, members := range byClass {
		m := len(members)
		if m == 0 {
			continue
		}
		if m == 1 {
			return Dataset{}, Dataset{}, fmt.Errorf("dataset: Split: class %q (index %d) has only 1 sample (sample %d); a stratified split needs at least 2 per class, one for each side; collect more samples of it or remove the class", d.ClassNames[class], class, members[0])
		}
		testCount := int(math.Round(testFraction * float64(m)))
		testCount = min(max(testCount, 1), m-1)
		rng.Shuffle(m, func(i, j int) { members[i], members[j] = members[j], members[i] })
		for _, k := range members[:testCount] {
			inTest[k] = true
		}
	}

	var trainIndices, testIndices []int
	for k := range d.Len() {
		if inTest[k] {
			testIndices = append(testIndices, k)
		} else {
			trainIndices = append(trainIndices, k)
		}
	}
	return d.subset(trainIndices), d.subset(testIndices), nil
}

// Shuffle returns a copy of d with its samples in random order: sample j of
// the result is sample perm[j] of d for a permutation perm drawn from rng.
// Inputs and Classes move together, so every sample keeps its class. d is
// not modified and shares no memory with the result.
//
// Shuffling between epochs stops stochastic gradient descent from seeing
// the samples in the same order, for example all of one class first.
//
// Shuffle panics if rng is nil or d is malformed (see Validate).
func Shuffle(rng *rand.Rand, d Dataset) Dataset {
	if rng == nil {
		panic("dataset: Shuffle got a nil *rand.Rand; pass rand.New(rand.NewPCG(seed1, seed2))")
	}
	if err := d.Validate(); err != nil {
		panic(fmt.Sprintf("dataset: Shuffle: %v", err))
	}
	perm := rng.Perm(d.Len())
	return d.subset(perm)
}
