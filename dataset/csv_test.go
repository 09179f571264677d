package dataset

import (
	"errors"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"testing/iotest"
)

func TestReadCSV(t *testing.T) {
	checkCSVReads(t, []csvReadCase{
		{
			name:         "detected header, integer labels",
			text:         "a,b,label\n1,2,0\n3,4,1\n5,6,0\n",
			inputs:       [][]float64{{1, 2}, {3, 4}, {5, 6}},
			classes:      []int{0, 1, 0},
			classNames:   []string{"0", "1"},
			featureNames: []string{"a", "b"},
		},
		{
			name:         "no header detected, string labels sorted",
			text:         "1,2,versicolor\n3,4,setosa\n5,6,versicolor\n",
			inputs:       [][]float64{{1, 2}, {3, 4}, {5, 6}},
			classes:      []int{1, 0, 1},
			classNames:   []string{"setosa", "versicolor"},
			featureNames: []string{"column1", "column2"},
		},
		{
			name:         "integer labels in numeric, not string, order",
			text:         "x\ty\tclass\n0\t0\t10\n0\t1\t2\n1\t0\t-1\n",
			opts:         CSVOptions{Comma: '\t'},
			inputs:       [][]float64{{0, 0}, {0, 1}, {1, 0}},
			classes:      []int{2, 1, 0},
			classNames:   []string{"-1", "2", "10"},
			featureNames: []string{"x", "y"},
		},
		{
			name:         "label column by name, not last",
			text:         "species,length,width\ncat, 1.5 ,2\ndog,3e0,-4\n",
			opts:         CSVOptions{Label: "species"},
			inputs:       [][]float64{{1.5, 2}, {3, -4}},
			classes:      []int{0, 1},
			classNames:   []string{"cat", "dog"},
			featureNames: []string{"length", "width"},
		},
		{
			name:         "headerless label column by position",
			text:         "b,1,2\na,3,4\n",
			opts:         CSVOptions{Label: "column1", Header: HeaderAbsent},
			inputs:       [][]float64{{1, 2}, {3, 4}},
			classes:      []int{1, 0},
			classNames:   []string{"a", "b"},
			featureNames: []string{"column2", "column3"},
		},
		{
			name:         "headerless label column by position, detected",
			text:         "b,1,2\na,3,4\n",
			opts:         CSVOptions{Label: "column1"},
			inputs:       [][]float64{{1, 2}, {3, 4}},
			classes:      []int{1, 0},
			classNames:   []string{"a", "b"},
			featureNames: []string{"column2", "column3"},
		},
		{
			name:         "numeric header forced, byte-order mark, blank lines",
			text:         "\ufeff1,2,3\n\n7,8,1\n\n",
			opts:         CSVOptions{Header: HeaderPresent},
			inputs:       [][]float64{{7, 8}},
			classes:      []int{0},
			classNames:   []string{"1"},
			featureNames: []string{"1", "2"},
		},
		{
			name:         "given ClassNames fix the order, even for absent classes",
			text:         "f,label\n1,b\n2,b\n",
			opts:         CSVOptions{ClassNames: []string{"a", "b", "c"}},
			inputs:       [][]float64{{1}, {2}},
			classes:      []int{1, 1},
			classNames:   []string{"a", "b", "c"},
			featureNames: []string{"f"},
		},
		{
			name:         "empty header names are filled in",
			text:         ",b,\n1,2,0\n",
			opts:         CSVOptions{Header: HeaderPresent},
			inputs:       [][]float64{{1, 2}},
			classes:      []int{0},
			classNames:   []string{"0"},
			featureNames: []string{"column1", "b"},
		},
	})
}

// csvReadCase is a file that ReadCSV must read, and what it must give.
type csvReadCase struct {
	name         string
	text         string
	opts         CSVOptions
	inputs       [][]float64
	classes      []int
	classNames   []string
	featureNames []string
}

// checkCSVReads reads every case's text and compares the Dataset.
func checkCSVReads(t *testing.T, tests []csvReadCase) {
	t.Helper()
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d, err := ReadCSV(strings.NewReader(tt.text), "t.csv", tt.opts)
			if err != nil {
				t.Fatalf("ReadCSV(%q) error: %v", tt.text, err)
			}
			if !reflect.DeepEqual(d.Inputs, tt.inputs) {
				t.Errorf("ReadCSV(%q).Inputs = %v; want %v", tt.text, d.Inputs, tt.inputs)
			}
			if !reflect.DeepEqual(d.Classes, tt.classes) {
				t.Errorf("ReadCSV(%q).Classes = %v; want %v", tt.text, d.Classes, tt.classes)
			}
			if !reflect.DeepEqual(d.ClassNames, tt.classNames) {
				t.Errorf("ReadCSV(%q).ClassNames = %q; want %q", tt.text, d.ClassNames, tt.classNames)
			}
			if !reflect.DeepEqual(d.FeatureNames, tt.featureNames) {
				t.Errorf("ReadCSV(%q).FeatureNames = %q; want %q", tt.text, d.FeatureNames, tt.featureNames)
			}
			if err := d.Validate(); err != nil {
				t.Errorf("ReadCSV(%q) gave an invalid Dataset: %v", tt.text, err)
			}
		})
	}
}

// TestReadCSVErrors covers every error ReadCSV reports about a file's
// contents: the place (line, column) and a phrase of the message.
func TestReadCSVErrors(t *testing.T) {
	checkCSVErrors(t, []csvErrorCase{
		{"empty file", "", CSVOptions{}, 0, 0, "the file is empty"},
		{"only blank lines", "\n\n", CSVOptions{}, 0, 0, "the file is empty"},
		{"only a byte-order mark", "\ufeff", CSVOptions{}, 0, 0, "the file is empty"},
		{"header only", "a,b,label\n", CSVOptions{}, 1, 0, "no data rows"},
		{"header only, forced", "1,2,3\n", CSVOptions{Header: HeaderPresent}, 1, 0, "no data rows"},
		{"one column", "a\n1\n", CSVOptions{}, 1, 0, "found 1 column"},
		{"non-numeric feature", "a,b,label\n1,2,0\n3,abc,1\n", CSVOptions{}, 3, 2, `"abc" in column "b" is not a number; feature columns must be numeric`},
		{"empty feature", "1,2,0\n3,,1\n", CSVOptions{}, 2, 2, "is empty"},
		{"empty feature in first row", "1,,0\n", CSVOptions{}, 1, 2, "is empty"},
		{"NaN feature", "a,b,label\n1,NaN,0\n", CSVOptions{}, 2, 2, "not a finite number"},
		{"Inf feature", "a,b,label\n-Inf,1,0\n", CSVOptions{}, 2, 1, "not a finite number"},
		{"overflowing feature", "a,b,label\n1e999,1,0\n", CSVOptions{}, 2, 1, "too large"},
		{"ragged row, short", "a,b,label\n1,2,0\n3,4\n", CSVOptions{}, 3, 0, "row has 2 fields, want 3"},
		{"ragged row, long", "1,2,0\n3,4,1,9\n", CSVOptions{}, 2, 0, "row has 4 fields, want 3"},
		{"empty label", "a,b,label\n1,2,\n", CSVOptions{}, 2, 3, "empty label"},
		{"unknown label column", "a,b,c\n1,2,0\n", CSVOptions{Label: "species"}, 1, 0, `label column "species" not found in the header; the columns are "a", "b", "c"; choose one of them as the label column (CSVOptions.Label)`},
		{"label name without header", "1,2,0\n", CSVOptions{Label: "species"}, 1, 0, "the file has no header row, so its columns are column1 to column3; choose one of those as the label column (CSVOptions.Label)"},
		{"label name, header absent", "a,b,species\n", CSVOptions{Label: "species", Header: HeaderAbsent}, 1, 0, "the first row is read as data (HeaderAbsent), so its columns are column1 to column3"},
		{"ambiguous label column", "x,y,y\n1,2,3\n", CSVOptions{Label: "y"}, 1, 0, "appears twice (columns 2 and 3)"},
		{"label not in ClassNames", "a,label\n1,x\n2,z\n", CSVOptions{ClassNames: []string{"x", "y"}}, 3, 2, `class "z" is not one of the known classes "x", "y"; fix the label, or add the class to the known classes (CSVOptions.ClassNames)`},
		{"bare quote", "a,b,label\n1,2\"x,0\n", CSVOptions{}, 2, 0, "malformed CSV"},
		{"unclosed quote", "a,b,label\n\"1,2,0\n3,4,1\n", CSVOptions{}, 2, 0, "malformed CSV"},
		{"bad HeaderMode", "1,2\n", CSVOptions{Header: HeaderMode(7)}, 0, 0, "CSVOptions.Header = 7 is not a HeaderMode"},
		{"bad Comma", "1,2\n", CSVOptions{Comma: '"'}, 0, 0, "CSVOptions.Comma"},
		{"duplicate ClassNames", "1,2\n", CSVOptions{ClassNames: []string{"a", "a"}}, 0, 0, `lists "a" twice`},
	})
}

// csvErrorCase is a file that ReadCSV must reject: where (line, column)
// and with what phrase in the message.
type csvErrorCase struct {
	name         string
	text         string
	opts         CSVOptions
	line, column int
	contains     string
}

// checkCSVErrors reads every case's text and checks the *CSVError.
func checkCSVErrors(t *testing.T, tests []csvErrorCase) {
	t.Helper()
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := ReadCSV(strings.NewReader(tt.text), "t.csv", tt.opts)
			var csvErr *CSVError
			if !errors.As(err, &csvErr) {
				t.Fatalf("ReadCSV(%q) error = %v; want a *CSVError", tt.text, err)
			}
			if csvErr.Line != tt.line || csvErr.Column != tt.column {
				t.Errorf("ReadCSV(%q) error at %d:%d; want %d:%d (%v)", tt.text, csvErr.Line, csvErr.Column, tt.line, tt.column, err)
			}
			if !strings.Contains(err.Error(), tt.contains) {
				t.Errorf("ReadCSV(%q) error = %q; want it to contain %q", tt.text, err, tt.contains)
			}
			if !strings.HasPrefix(err.Error(), "t.csv:") {
				t.Errorf("ReadCSV(%q) error = %q; want it to start with the file name", tt.text, err)
			}
		})
	}
}

func TestReadCSVLabelName(t *testing.T) {
	tests := []struct {
		text string
		opts CSVOptions
		want string
	}{
		{"a,b,kind\n1,2,x\n", CSVOptions{}, "kind"},
		{"species,a\nx,1\n", CSVOptions{Label: "species"}, "species"},
		{"1,2,x\n", CSVOptions{}, "column3"},
	}
	for _, tt := range tests {
		d, err := ReadCSV(strings.NewReader(tt.text), "t.csv", tt.opts)
		if err != nil {
			t.Fatalf("ReadCSV(%q): %v", tt.text, err)
		}
		if d.LabelName != tt.want {
			t.Errorf("ReadCSV(%q).LabelName = %q; want %q", tt.text, d.LabelName, tt.want)
		}
	}
}

func TestCSVErrorFormat(t *testing.T) {
	tests := []struct {
		err  CSVError
		want string
	}{
		{CSVError{Name: "iris.csv", Line: 12, Column: 3, Msg: "bad"}, "iris.csv:12:3: bad"},
		{CSVError{Name: "iris.csv", Line: 12, Msg: "bad"}, "iris.csv:12: bad"},
		{CSVError{Name: "iris.csv", Msg: "bad"}, "iris.csv: bad"},
		{CSVError{Name: "iris.csv", Line: 2, Msg: "bad", Options: []string{"Label"}}, "iris.csv:2: bad (CSVOptions.Label)"},
		{CSVError{Name: "a.csv", Msg: "bad", Options: []string{"Comma", "DecimalComma"}}, "a.csv: bad (CSVOptions.Comma, CSVOptions.DecimalComma)"},
	}
	for _, tt := range tests {
		if got := tt.err.Error(); got != tt.want {
			t.Errorf("%#v.Error() = %q; want %q", tt.err, got, tt.want)
		}
	}
}

func TestReadCSVReaderError(t *testing.T) {
	failure := errors.New("disk on fire")
	_, err := ReadCSV(iotest.ErrReader(failure), "t.csv", CSVOptions{})
	if !errors.Is(err, failure) || !strings.HasPrefix(err.Error(), "t.csv: ") {
		t.Errorf("ReadCSV(failing reader) error = %v; want it to wrap %v and name the file", err, failure)
	}
}

func TestLoadCSV(t *testing.T) {
	path := filepath.Join(t.TempDir(), "tiny.csv")
	if err := os.WriteFile(path, []byte("a,b,label\n1,2,yes\n3,x,no\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	_, err := LoadCSV(path, CSVOptions{})
	if err == nil || !strings.HasPrefix(err.Error(), path+":3:2: ") {
		t.Errorf("LoadCSV(%q) error = %v; want it to start with %q", path, err, path+":3:2: ")
	}

	missing := filepath.Join(t.TempDir(), "missing.csv")
	_, err = LoadCSV(missing, CSVOptions{})
	if !errors.Is(err, os.ErrNotExist) {
		t.Errorf("LoadCSV(%q) error = %v; want os.ErrNotExist", missing, err)
	}
}

func TestHeaderModeString(t *testing.T) {
	tests := []struct {
		mode HeaderMode
		want string
	}{
		{HeaderDetect, "HeaderDetect"},
		{HeaderPresent, "HeaderPresent"},
		{HeaderAbsent, "HeaderAbsent"},
		{HeaderMode(9), "HeaderMode(9)"},
	}
	for _, tt := range tests {
		if got := tt.mode.String(); got != tt.want {
			t.Errorf("HeaderMode(%d).String() = %q; want %q", int(tt.mode), got, tt.want)
		}
	}
}
