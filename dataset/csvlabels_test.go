package dataset

import (
	"reflect"
	"strings"
	"testing"
)

// TestReadCSVLabelSpellings checks which labels are read as integers: those
// whose every value is written one way. Their names keep that spelling;
// two spellings of one number make the labels text, never merged.
func TestReadCSVLabelSpellings(t *testing.T) {
	checkCSVReads(t, []csvReadCase{
		{
			name:         "plain integers in numeric order",
			text:         "x,label\n1,1\n2,-1\n3,10\n4,0\n",
			inputs:       [][]float64{{1}, {2}, {3}, {4}},
			classes:      []int{2, 0, 3, 1},
			classNames:   []string{"-1", "0", "1", "10"},
			featureNames: []string{"x"},
		},
		{
			name:         "signed integers in numeric order, named as written",
			text:         "x,label\n1,+1\n2,-1\n3,+1\n",
			inputs:       [][]float64{{1}, {2}, {3}},
			classes:      []int{1, 0, 1},
			classNames:   []string{"-1", "+1"},
			featureNames: []string{"x"},
		},
		{
			name:         "+1 and 1 in one file are two classes",
			text:         "x,label\n1,+1\n2,1\n",
			inputs:       [][]float64{{1}, {2}},
			classes:      []int{0, 1},
			classNames:   []string{"+1", "1"},
			featureNames: []string{"x"},
		},
		{
			name:         "leading zero is a different class",
			text:         "x,label\n1,01\n2,1\n3,01\n",
			inputs:       [][]float64{{1}, {2}, {3}},
			classes:      []int{0, 1, 0},
			classNames:   []string{"01", "1"},
			featureNames: []string{"x"},
		},
		{
			name:         "one '+' makes every label text",
			text:         "x,label\n1,01\n2,1\n3,+1\n4,10\n5,2\n",
			inputs:       [][]float64{{1}, {2}, {3}, {4}, {5}},
			classes:      []int{1, 2, 0, 3, 4},
			classNames:   []string{"+1", "01", "1", "10", "2"},
			featureNames: []string{"x"},
		},
		{
			name:         "minus zero is text",
			text:         "x,label\n1,-0\n2,0\n",
			inputs:       [][]float64{{1}, {2}},
			classes:      []int{0, 1},
			classNames:   []string{"-0", "0"},
			featureNames: []string{"x"},
		},
	})
}

// TestReadCSVTestFileWithTrainClassNames loads a training file, then a
// test file with ClassNames: train.ClassNames, as ReadCSV's comment
// advises: every label the training file has must be found again, with
// the same index, whatever its spelling.
func TestReadCSVTestFileWithTrainClassNames(t *testing.T) {
	tests := []struct {
		name        string
		train, test string
		testClasses []int
	}{
		{"plain integers", "x,label\n1,0\n2,1\n3,2\n", "x,label\n1,2\n2,0\n", []int{2, 0}},
		{"signed integers", "x,label\n1,+1\n2,-1\n", "x,label\n1,-1\n2,+1\n3,+1\n", []int{0, 1, 1}},
		{"integers with a leading zero", "x,label\n1,01\n2,1\n", "x,label\n1,1\n2,01\n", []int{1, 0}},
		{"text", "x,label\n1,setosa\n2,virginica\n", "x,label\n1,virginica\n", []int{1}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			train, err := ReadCSV(strings.NewReader(tt.train), "train.csv", CSVOptions{})
			if err != nil {
				t.Fatalf("ReadCSV(%q) error: %v", tt.train, err)
			}
			test, err := ReadCSV(strings.NewReader(tt.test), "test.csv", CSVOptions{ClassNames: train.ClassNames})
			if err != nil {
				t.Fatalf("ReadCSV(%q) with ClassNames %q error: %v", tt.test, train.ClassNames, err)
			}
			if !reflect.DeepEqual(test.Classes, tt.testClasses) {
				t.Errorf("ReadCSV(%q) with ClassNames %q: Classes = %v; want %v", tt.test, train.ClassNames, test.Classes, tt.testClasses)
			}
			if !reflect.DeepEqual(test.ClassNames, train.ClassNames) {
				t.Errorf("ReadCSV(%q).ClassNames = %q; want the training file's %q", tt.test, test.ClassNames, train.ClassNames)
			}
		})
	}
}
