package dataset

import (
	"reflect"
	"strings"
	"testing"
)

func TestGates(t *testing.T) {
	tests := []struct {
		name    string
		gate    func() Dataset
		outputs []int
	}{
		{"AND", AND, []int{0, 0, 0, 1}},
		{"OR", OR, []int{0, 1, 1, 1}},
		{"NAND", NAND, []int{1, 1, 1, 0}},
		{"NOR", NOR, []int{1, 0, 0, 0}},
		{"XOR", XOR, []int{0, 1, 1, 0}},
	}
	wantInputs := [][]float64{{0, 0}, {0, 1}, {1, 0}, {1, 1}}
	for _, tt := range tests {
		d := tt.gate()
		if !reflect.DeepEqual(d.Inputs, wantInputs) || !reflect.DeepEqual(d.Classes, tt.outputs) {
			t.Errorf("%s() = %v → %v; want %v → %v", tt.name, d.Inputs, d.Classes, wantInputs, tt.outputs)
		}
		if err := d.Validate(); err != nil {
			t.Errorf("%s() is invalid: %v", tt.name, err)
		}
		if d.NumClasses() != 2 || d.NumFeatures() != 2 || d.Len() != 4 {
			t.Errorf("%s() has %d classes, %d features, %d samples; want 2, 2, 4", tt.name, d.NumClasses(), d.NumFeatures(), d.Len())
		}
		// Each call is a fresh copy: changing one leaves the next untouched.
		d.Inputs[0][0] = 9
		d.Classes[0] = 9
		d.ClassNames[0] = "changed"
		if again := tt.gate(); again.Inputs[0][0] != 0 || again.Classes[0] != tt.outputs[0] || again.ClassNames[0] != "0" {
			t.Errorf("changing one %s() changed the next: %v", tt.name, again)
		}
	}
}

func TestTargets(t *testing.T) {
	d := XOR()
	if got, want := d.Labels(), []float64{0, 1, 1, 0}; !reflect.DeepEqual(got, want) {
		t.Errorf("XOR().Labels() = %v; want %v", got, want)
	}
	if got, want := d.LabelColumn(), [][]float64{{0}, {1}, {1}, {0}}; !reflect.DeepEqual(got, want) {
		t.Errorf("XOR().LabelColumn() = %v; want %v", got, want)
	}
	if got, want := d.OneHot(), [][]float64{{1, 0}, {0, 1}, {0, 1}, {1, 0}}; !reflect.DeepEqual(got, want) {
		t.Errorf("XOR().OneHot() = %v; want %v", got, want)
	}
	if got, want := OneHot([]int{2, 0}, 3), [][]float64{{0, 0, 1}, {1, 0, 0}}; !reflect.DeepEqual(got, want) {
		t.Errorf("OneHot({2, 0}, 3) = %v; want %v", got, want)
	}
	if got := OneHot(nil, 3); len(got) != 0 {
		t.Errorf("OneHot(nil, 3) = %v; want no rows", got)
	}
}

func TestOneHotPanics(t *testing.T) {
	tests := []struct {
		name       string
		classes    []int
		numClasses int
		contains   string
	}{
		{"no classes", []int{0}, 0, "numClasses = 0"},
		{"class too large", []int{0, 3}, 3, "sample 1 has class 3, outside [0, 3)"},
		{"negative class", []int{-1}, 2, "sample 0 has class -1"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			expectPanic(t, tt.contains, func() { OneHot(tt.classes, tt.numClasses) })
		})
	}
}

func TestValidate(t *testing.T) {
	names := []string{"a", "b"}
	tests := []struct {
		name     string
		d        Dataset
		contains string // "" for a valid data set
	}{
		{"zero value", Dataset{}, ""},
		{"gate", AND(), ""},
		{"no feature names", Dataset{Inputs: [][]float64{{1}}, Classes: []int{1}, ClassNames: names}, ""},
		{"classes missing", Dataset{Inputs: [][]float64{{1}}, ClassNames: names}, "1 input rows but 0 classes"},
		{"ragged inputs", Dataset{Inputs: [][]float64{{1}, {1, 2}}, Classes: []int{0, 1}, ClassNames: names}, "sample 1 has 2 features, sample 0 has 1"},
		{"feature names", Dataset{Inputs: [][]float64{{1}}, Classes: []int{0}, ClassNames: names, FeatureNames: names}, "2 feature names but samples have 1 features"},
		{"no class names", Dataset{Inputs: [][]float64{{1}}, Classes: []int{0}}, "no ClassNames"},
		{"class out of range", Dataset{Inputs: [][]float64{{1}}, Classes: []int{2}, ClassNames: names}, "sample 0 has class 2, outside [0, 2)"},
	}
	for _, tt := range tests {
		err := tt.d.Validate()
		switch {
		case tt.contains == "" && err != nil:
			t.Errorf("%s: Validate() = %v; want nil", tt.name, err)
		case tt.contains != "" && (err == nil || !strings.Contains(err.Error(), tt.contains)):
			t.Errorf("%s: Validate() = %v; want an error containing %q", tt.name, err, tt.contains)
		}
	}
}

func TestClassCounts(t *testing.T) {
	d := Dataset{Inputs: make([][]float64, 4), Classes: []int{2, 0, 2, 2}, ClassNames: []string{"a", "b", "c"}}
	if got, want := d.ClassCounts(), []int{1, 0, 3}; !reflect.DeepEqual(got, want) {
		t.Errorf("ClassCounts() = %v; want %v", got, want)
	}
	d.Classes[0] = 5
	expectPanic(t, "sample 0 has class 5, outside [0, 3)", func() { d.ClassCounts() })
}

func TestDatasetString(t *testing.T) {
	wide := Dataset{Inputs: [][]float64{make([]float64, 9)}, Classes: []int{0}, ClassNames: []string{"only"}, FeatureNames: make([]string, 9)}
	tests := []struct {
		d    Dataset
		want string
	}{
		{XOR(), "Dataset: 4 samples × 2 features [x1 x2], 2 classes [0:2 1:2]"},
		{wide, "Dataset: 1 sample × 9 features, 1 class [only:1]"},
		{Dataset{}, "Dataset: 0 samples × 0 features, 0 classes []"},
		// Invalid data sets print what they can, and the problem.
		{Dataset{Inputs: [][]float64{{1}}, Classes: []int{3}, ClassNames: []string{"a"}},
			"Dataset: 1 sample × 1 feature, 1 class [a:0] (invalid: sample 0 has class 3, outside [0, 1))"},
		{Dataset{Inputs: [][]float64{{1}, {2}}, Classes: []int{0}},
			"Dataset: 2 samples × 1 feature, 0 classes [] (invalid: 2 input rows but 1 classes; every sample needs one of each)"},
		{Dataset{Classes: []int{-1, 5}, ClassNames: []string{"a"}, FeatureNames: []string{"x", "y"}},
			"Dataset: 0 samples × 2 features [x y], 1 class [a:0] (invalid: 0 input rows but 2 classes; every sample needs one of each)"},
		{Dataset{Inputs: [][]float64{nil, {1, 2}}, Classes: []int{0, 0}, ClassNames: []string{"a"}},
			"Dataset: 2 samples × 0 features, 1 class [a:2] (invalid: sample 1 has 2 features, sample 0 has 0)"},
	}
	for _, tt := range tests {
		if got := tt.d.String(); got != tt.want {
			t.Errorf("String() = %q; want %q", got, tt.want)
		}
	}
}
