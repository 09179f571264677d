package dataset

import (
	"fmt"
	"reflect"
	"testing"
)

func TestIris(t *testing.T) {
	train, test, err := Iris()
	if err != nil {
		t.Fatalf("Iris() error: %v", err)
	}
	all, err := IrisAll()
	if err != nil {
		t.Fatalf("IrisAll() error: %v", err)
	}
	species := []string{"setosa", "versicolor", "virginica"}
	features := []string{"sepal_length_cm", "sepal_width_cm", "petal_length_cm", "petal_width_cm"}
	tests := []struct {
		name   string
		d      Dataset
		counts []int
	}{
		{"train", train, []int{40, 40, 40}},
		{"test", test, []int{10, 10, 10}},
		{"all", all, []int{50, 50, 50}},
	}
	for _, tt := range tests {
		if err := tt.d.Validate(); err != nil {
			t.Errorf("iris %s invalid: %v", tt.name, err)
		}
		if got := tt.d.ClassCounts(); !reflect.DeepEqual(got, tt.counts) {
			t.Errorf("iris %s ClassCounts() = %v; want %v", tt.name, got, tt.counts)
		}
		if !reflect.DeepEqual(tt.d.ClassNames, species) || !reflect.DeepEqual(tt.d.FeatureNames, features) {
			t.Errorf("iris %s names = %q, %q; want %q, %q", tt.name, tt.d.ClassNames, tt.d.FeatureNames, species, features)
		}
		if tt.d.LabelName != "species" {
			t.Errorf("iris %s LabelName = %q; want \"species\"", tt.name, tt.d.LabelName)
		}
	}
	if got, want := train.Inputs[0], []float64{4.8, 3.0, 1.4, 0.3}; !reflect.DeepEqual(got, want) {
		t.Errorf("iris train.Inputs[0] = %v; want %v (first row of iris_train.csv)", got, want)
	}

	// The split is a partition of the 150 flowers: every row of iris.csv is
	// in train or test, as often as it occurs there (iris has duplicates).
	remaining := make(map[string]int)
	for k, row := range all.Inputs {
		remaining[fmt.Sprint(row, all.Classes[k])]++
	}
	for _, part := range []Dataset{train, test} {
		for k, row := range part.Inputs {
			key := fmt.Sprint(row, part.Classes[k])
			if remaining[key] == 0 {
				t.Errorf("iris split row %v is not in iris.csv (or appears too often)", key)
			}
			remaining[key]--
		}
	}
}

func TestIrisReturnsFreshCopies(t *testing.T) {
	train, _, _ := Iris()
	train.Inputs[0][0] = -1
	train.ClassNames[0] = "changed"
	again, _, _ := Iris()
	if again.Inputs[0][0] != 4.8 || again.ClassNames[0] != "setosa" {
		t.Errorf("changing one Iris() result changed the next: %v", again)
	}
}
