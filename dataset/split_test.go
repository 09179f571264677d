package dataset

import (
	"math/rand/v2"
	"reflect"
	"slices"
	"strings"
	"testing"
)

// numbered returns a data set whose sample k has the single feature k, so
// a sample can be traced through splits and shuffles; counts[c] samples
// have class c, in class order.
func numbered(counts ...int) Dataset {
	d := Dataset{ClassNames: integerNames(len(counts)), FeatureNames: []string{"k"}, LabelName: "class"}
	for class, count := range counts {
		for range count {
			d.Inputs = append(d.Inputs, []float64{float64(len(d.Inputs))})
			d.Classes = append(d.Classes, class)
		}
	}
	return d
}

// deepCopy returns a copy of d sharing no memory with it.
func deepCopy(d Dataset) Dataset {
	indices := make([]int, d.Len())
	for k := range indices {
		indices[k] = k
	}
	return d.subset(indices)
}

func TestSplitIsStratified(t *testing.T) {
	tests := []struct {
		counts       []int
		testFraction float64
		wantTest     []int // test samples per class
	}{
		{[]int{50, 50, 50}, 0.2, []int{10, 10, 10}},
		{[]int{90, 10}, 0.2, []int{18, 2}},
		{[]int{2, 2}, 0.01, []int{1, 1}},      // at least one per class in test
		{[]int{3, 2}, 0.99, []int{2, 1}},      // at least one per class in train
		{[]int{7, 0, 5}, 0.5, []int{4, 0, 3}}, // halves round up
	}
	for _, tt := range tests {
		d := numbered(tt.counts...)
		train, test, err := Split(rand.New(rand.NewPCG(1, 2)), d, tt.testFraction)
		if err != nil {
			t.Fatalf("Split(counts %v, %v) error: %v", tt.counts, tt.testFraction, err)
		}
		if got := test.ClassCounts(); !reflect.DeepEqual(got, tt.wantTest) {
			t.Errorf("Split(counts %v, %v) test class counts = %v; want %v", tt.counts, tt.testFraction, got, tt.wantTest)
		}
		// Every sample lands on exactly one side, once, with its class.
		seen := make([]int, d.Len())
		for _, part := range []Dataset{train, test} {
			for j, row := range part.Inputs {
				k := int(row[0])
				seen[k]++
				if part.Classes[j] != d.Classes[k] {
					t.Errorf("Split(counts %v): sample %d has class %d; want %d", tt.counts, k, part.Classes[j], d.Classes[k])
				}
			}
			if !slices.IsSortedFunc(part.Inputs, func(a, b []float64) int { return int(a[0] - b[0]) }) {
				t.Errorf("Split(counts %v) changed the samples' relative order", tt.counts)
			}
		}
		for k, n := range seen {
			if n != 1 {
				t.Errorf("Split(counts %v): sample %d appears %d times; want 1", tt.counts, k, n)
			}
		}
	}
}

func TestSplitDeterministicPerSeed(t *testing.T) {
	d := numbered(30, 30)
	trainA, testA, _ := Split(rand.New(rand.NewPCG(7, 7)), d, 0.3)
	trainB, testB, _ := Split(rand.New(rand.NewPCG(7, 7)), d, 0.3)
	if !reflect.DeepEqual(trainA, trainB) || !reflect.DeepEqual(testA, testB) {
		t.Errorf("Split with the same seed gave different splits")
	}
	_, testC, _ := Split(rand.New(rand.NewPCG(8, 8)), d, 0.3)
	if reflect.DeepEqual(testA, testC) {
		t.Errorf("Split with seeds 7 and 8 gave the same test set %v", testA.Inputs)
	}
}

func TestSplitLeavesInputAlone(t *testing.T) {
	d := numbered(5, 5)
	original := deepCopy(d)
	train, test, err := Split(rand.New(rand.NewPCG(1, 2)), d, 0.4)
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(d, original) {
		t.Fatalf("Split modified its input: %v; want %v", d, original)
	}
	// The results keep the names and own their memory: writing to them
	// leaves d unchanged.
	for _, part := range []Dataset{train, test} {
		if part.LabelName != d.LabelName {
			t.Errorf("Split result LabelName = %q; want %q", part.LabelName, d.LabelName)
		}
		part.Inputs[0][0] = -1
		part.ClassNames[0] = "changed"
		part.FeatureNames[0] = "changed"
	}
	if !reflect.DeepEqual(d, original) {
		t.Errorf("writing to Split's results changed its input: %v", d)
	}
}

func TestSplitErrors(t *testing.T) {
	tests := []struct {
		name         string
		d            Dataset
		testFraction float64
		contains     string
	}{
		{"fraction 0", numbered(5, 5), 0, "testFraction = 0; need a fraction strictly between 0 and 1"},
		{"fraction 1", numbered(5, 5), 1, "testFraction = 1"},
		{"fraction negative", numbered(5, 5), -0.2, "testFraction = -0.2"},
		{"fraction NaN", numbered(5, 5), nan(), "testFraction = NaN"},
		{"single-example class", numbered(5, 1, 5), 0.2, `class "1" (index 1) has only 1 sample (sample 5)`},
		{"empty data set", numbered(), 0.2, "empty data set"},
		{"malformed data set", Dataset{Inputs: [][]float64{{1}}, ClassNames: []string{"0"}}, 0.2, "1 input rows but 0 classes"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, _, err := Split(rand.New(rand.NewPCG(1, 2)), tt.d, tt.testFraction)
			if err == nil || !strings.Contains(err.Error(), tt.contains) {
				t.Errorf("Split(%v, %v) error = %v; want it to contain %q", tt.d, tt.testFraction, err, tt.contains)
			}
		})
	}
}

func TestShuffleIsAPermutation(t *testing.T) {
	d := numbered(6, 4)
	original := deepCopy(d)
	shuffled := Shuffle(rand.New(rand.NewPCG(3, 4)), d)
	if !reflect.DeepEqual(d, original) {
		t.Fatalf("Shuffle modified its input")
	}
	if shuffled.Len() != d.Len() {
		t.Fatalf("Shuffle gave %d samples; want %d", shuffled.Len(), d.Len())
	}
	seen := make([]bool, d.Len())
	for j, row := range shuffled.Inputs {
		k := int(row[0])
		if seen[k] {
			t.Errorf("Shuffle: sample %d appears twice", k)
		}
		seen[k] = true
		if shuffled.Classes[j] != d.Classes[k] {
			t.Errorf("Shuffle: sample %d has class %d; want %d (inputs and classes must move together)", k, shuffled.Classes[j], d.Classes[k])
		}
	}
	if reflect.DeepEqual(shuffled.Inputs, d.Inputs) {
		t.Errorf("Shuffle left 10 samples in their original order")
	}
	shuffled.Inputs[0][0] = -1
	if !reflect.DeepEqual(d, original) {
		t.Errorf("writing to Shuffle's result changed its input")
	}
	again := Shuffle(rand.New(rand.NewPCG(3, 4)), d)
	if !reflect.DeepEqual(again.Classes, shuffled.Classes) {
		t.Errorf("Shuffle with the same seed gave classes %v, then %v", shuffled.Classes, again.Classes)
	}
}

func TestSplitShufflePanics(t *testing.T) {
	tests := []struct {
		name     string
		call     func()
		contains string
	}{
		{"Split nil rng", func() { Split(nil, numbered(2, 2), 0.5) }, "Split got a nil *rand.Rand"},
		{"Shuffle nil rng", func() { Shuffle(nil, numbered(2, 2)) }, "Shuffle got a nil *rand.Rand"},
		{"Shuffle malformed", func() {
			Shuffle(rand.New(rand.NewPCG(1, 2)), Dataset{Inputs: [][]float64{{1}}, Classes: []int{3}, ClassNames: []string{"0"}})
		}, "sample 0 has class 3, outside [0, 1)"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { expectPanic(t, tt.contains, tt.call) })
	}
}
