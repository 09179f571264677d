package dataset

import (
	"fmt"
	"strings"
)

// Dataset is a classification data set: Inputs[k] holds sample k's
// features and Classes[k] its class index in [0, len(ClassNames)).
//
// ClassNames[c] is the name of class c ({"0", "1"} for the logic gates and
// the two-class generators; the species for Iris). FeatureNames[i] names
// input column i ({"x1", "x2"} for the generators, the header for a CSV
// file); it may be nil. LabelName names what the classes are: the label
// column of a CSV file ("species" for Iris, "digit" for MNIST); it may be
// empty.
//
// The zero Dataset is an empty data set. Functions in this package return
// Datasets that own all their slices, so changing one never changes
// another.
type Dataset struct {
	Inputs       [][]float64
	Classes      []int
	ClassNames   []string
	FeatureNames []string
	LabelName    string
}

// Len returns the number of samples, len(d.Inputs).
func (d Dataset) Len() int { return len(d.Inputs) }

// NumClasses returns the number of classes, len(d.ClassNames).
func (d Dataset) NumClasses() int { return len(d.ClassNames) }

// NumFeatures returns the number of input columns: the width of the first
// sample, or len(d.FeatureNames) for an empty data set.
func (d Dataset) NumFeatures() int {
	if len(d.Inputs) > 0 {
		return len(d.Inputs[0])
	}
	return len(d.FeatureNames)
}

// Labels returns the classes as float64 in a new slice: 0 or 1 for a logic
// gate, which is the target a perceptron trains on.
func (d Dataset) Labels() []float64 {
	labels := make([]float64, len(d.Classes))
	for k, class := range d.Classes {
		labels[k] = float64(class)
	}
	return labels
}

// LabelColumn returns the classes as a column of one-element rows,
// {{0}, {1}, {1}, {0}} for XOR: the targets of a network with a single
// sigmoid output.
func (d Dataset) LabelColumn() [][]float64 {
	column := make([][]float64, len(d.Classes))
	for k, class := range d.Classes {
		column[k] = []float64{float64(class)}
	}
	return column
}

// OneHot returns the classes one-hot encoded, one row of width
// d.NumClasses() per sample: the targets of a softmax output trained with
// cross-entropy. It panics like the function OneHot.
func (d Dataset) OneHot() [][]float64 {
	return OneHot(d.Classes, d.NumClasses())
}

// ClassCounts returns how many samples each class has: counts[c] is the
// number of k with Classes[k] == c. It panics if a class is outside
// [0, NumClasses()).
func (d Dataset) ClassCounts() []int {
	counts := make([]int, d.NumClasses())
	for k, class := range d.Classes {
		if class < 0 || class >= len(counts) {
			panic(fmt.Sprintf("dataset: sample %d has class %d, outside [0, %d)", k, class, len(counts)))
		}
		counts[class]++
	}
	return counts
}

// Validate reports whether d is well formed: as many Classes as Inputs,
// every input row as wide as the first, FeatureNames empty or naming every
// column, at least one class name when there are samples, and every class in
// [0, NumClasses()). The error names the first offending sample.
func (d Dataset) Validate() error {
	if len(d.Inputs) != len(d.Classes) {
		return fmt.Errorf("dataset: %d input rows but %d classes; every sample needs one of each", len(d.Inputs), len(d.Classes))
	}
	if len(d.Inputs) == 0 {
		return nil
	}
	width := len(d.Inputs[0])
	if len(d.FeatureNames) != 0 && len(d.FeatureNames) != width {
		return fmt.Errorf("dataset: %d feature names but samples have %d features", len(d.FeatureNames), width)
	}
	if len(d.ClassNames) == 0 {
		return fmt.Errorf("dataset: %d samples but no ClassNames; name every class", len(d.Inputs))
	}
	for k, row := range d.Inputs {
		if len(row) != width {
			return fmt.Errorf("dataset: sample %d has %d features, sample 0 has %d", k, len(row), width)
		}
		class := d.Classes[k]
		if class < 0 || class >= len(d.ClassNames) {
			return fmt.Errorf("dataset: sample %d has class %d, outside [0, %d)", k, class, len(d.ClassNames))
		}
	}
	return nil
}

// String describes the data set in one line, for example
//
//	Dataset: 4 samples × 2 features [x1 x2], 2 classes [0:2 1:2]
//
// listing each class with its number of samples. Feature names are left
// out when there are more than eight. String never panics: for a data set
// that fails Validate it describes what it can and appends the problem,
//
//	Dataset: 1 sample × 1 feature, 1 class [a:0] (invalid: sample 0 has class 3, outside [0, 1))
func (d Dataset) String() string {
	var b strings.Builder
	fmt.Fprintf(&b, "Dataset: %s × %s", plural(d.Len(), "sample"), plural(d.NumFeatures(), "feature"))
	const maxListedFeatures = 8 // MNIST's 784 pixel names would drown the line
	if len(d.FeatureNames) > 0 && len(d.FeatureNames) <= maxListedFeatures {
		fmt.Fprintf(&b, " %v", d.FeatureNames)
	}
	fmt.Fprintf(&b, ", %s [", plural(d.NumClasses(), "class"))
	counts := make([]int, d.NumClasses())
	for _, class := range d.Classes {
		if class >= 0 && class < len(counts) {
			counts[class]++
		}
	}
	for c, name := range d.ClassNames {
		if c > 0 {
			b.WriteByte(' ')
		}
		fmt.Fprintf(&b, "%s:%d", name, counts[c])
	}
	b.WriteByte(']')
	if err := d.Validate(); err != nil {
		fmt.Fprintf(&b, " (invalid: %s)", strings.TrimPrefix(err.Error(), "dataset: "))
	}
	return b.String()
}

// plural formats a count with its noun, adding "s" or "es" unless n is 1.
func plural(n int, noun string) string {
	switch {
	case n == 1:
		return "1 " + noun
	case strings.HasSuffix(noun, "s"):
		return fmt.Sprintf("%d %ses", n, noun)
	}
	return fmt.Sprintf("%d %ss", n, noun)
}

// subset returns a new Dataset holding copies of the samples at indices,
// in that order. Names are copied too, so the result shares no memory
// with d.
func (d Dataset) subset(indices []int) Dataset {
	out := Dataset{
		Inputs:       make([][]float64, len(indices)),
		Classes:      make([]int, len(indices)),
		ClassNames:   cloneStrings(d.ClassNames),
		FeatureNames: cloneStrings(d.FeatureNames),
		LabelName:    d.LabelName,
	}
	for j, k := range indices {
		out.Inputs[j] = append([]float64(nil), d.Inputs[k]...)
		out.Classes[j] = d.Classes[k]
	}
	return out
}

// cloneStrings returns a copy of s, nil for nil.
func cloneStrings(s []string) []string {
	if s == nil {
		return nil
	}
	return append([]string(nil), s...)
}
