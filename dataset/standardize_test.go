package dataset

import (
	"math"
	"reflect"
	"testing"
)

// standardizeTolerance allows for rounding in a mean and a square root of a
// handful of small numbers: a few ulps, far below 1e-12.
const standardizeTolerance = 1e-12

func TestFitStandardizer(t *testing.T) {
	train := [][]float64{
		{1, 10, 5},
		{3, 20, 5},
		{5, 30, 5},
		{7, 40, 5},
	}
	original := [][]float64{{1, 10, 5}, {3, 20, 5}, {5, 30, 5}, {7, 40, 5}}
	s := FitStandardizer(train)

	// Column 0: mean 4, deviations ±1, ±3, population variance (1+9+1+9)/4 = 5.
	// Column 2 is constant, so its Std is 1.
	wantMean := []float64{4, 25, 5}
	wantStd := []float64{math.Sqrt(5), 10 * math.Sqrt(5) / 2, 1}
	for i := range wantMean {
		if math.Abs(s.Mean[i]-wantMean[i]) > standardizeTolerance || math.Abs(s.Std[i]-wantStd[i]) > standardizeTolerance {
			t.Errorf("FitStandardizer column %d = mean %v, std %v; want %v, %v", i, s.Mean[i], s.Std[i], wantMean[i], wantStd[i])
		}
	}
	if !reflect.DeepEqual(train, original) {
		t.Errorf("FitStandardizer modified its input: %v", train)
	}

	// The training set comes out with mean 0 and std 1 (0 for the constant column).
	scaled := s.Transform(train)
	after := FitStandardizer(scaled)
	for i := range 2 {
		if math.Abs(after.Mean[i]) > standardizeTolerance || math.Abs(after.Std[i]-1) > standardizeTolerance {
			t.Errorf("standardised column %d has mean %v, std %v; want 0, 1", i, after.Mean[i], after.Std[i])
		}
	}
	for k, row := range scaled {
		if row[2] != 0 {
			t.Errorf("standardised constant column, row %d = %v; want 0", k, row[2])
		}
	}
	if !reflect.DeepEqual(train, original) {
		t.Errorf("Transform modified its input: %v", train)
	}
}

// TestTransformUsesTrainingStatistics checks that a test set is scaled with
// the training set's numbers, not its own.
func TestTransformUsesTrainingStatistics(t *testing.T) {
	s := FitStandardizer([][]float64{{0}, {2}}) // mean 1, std 1
	test := [][]float64{{100}, {102}}           // its own mean would be 101
	got := s.Transform(test)
	want := [][]float64{{99}, {101}}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("Transform(%v) = %v; want %v (training mean 1, std 1)", test, got, want)
	}
}

// TestFitStandardizerNearlyConstant checks that rounding noise in the mean
// of a constant column does not become a tiny Std that blows up Transform.
func TestFitStandardizerNearlyConstant(t *testing.T) {
	inputs := make([][]float64, 10)
	for k := range inputs {
		inputs[k] = []float64{0.1}
	}
	s := FitStandardizer(inputs)
	if s.Std[0] != 1 {
		t.Errorf("FitStandardizer(ten rows of 0.1).Std = %v; want 1", s.Std)
	}
	if got := s.Transform(inputs)[0][0]; math.Abs(got) > standardizeTolerance {
		t.Errorf("Transform of a constant column = %v; want 0", got)
	}
}

// TestFitStandardizerHugeValues checks columns near the float64 limit,
// where the plain sum and squares overflow: Mean and Std must be finite
// and right, and Transform must give the standardised values.
func TestFitStandardizerHugeValues(t *testing.T) {
	tests := []struct {
		name      string
		column    []float64
		mean, std float64
		scaled    []float64
	}{
		{"large", []float64{1e200, 3e200}, 2e200, 1e200, []float64{-1, 1}},
		{"near the limit", []float64{1e308, 1.5e308}, 1.25e308, 0.25e308, []float64{-1, 1}},
		{"spread beyond the limit", []float64{-1.5e308, 1.5e308}, 0, 1.5e308, []float64{-1, 1}},
		{"uneven spread beyond the limit", []float64{-1.5e308, 1.5e308, 1.5e308, 1.5e308}, 0.75e308, math.Sqrt(3) * 0.75e308,
			[]float64{-math.Sqrt(3), 1 / math.Sqrt(3), 1 / math.Sqrt(3), 1 / math.Sqrt(3)}},
		{"tiny", []float64{1e-310, 3e-310}, 2e-310, 1e-310, []float64{-1, 1}},
		{"constant and huge", []float64{1.7e308, 1.7e308, 1.7e308}, 1.7e308, 1, []float64{0, 0, 0}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			rows := make([][]float64, len(tt.column))
			for k, x := range tt.column {
				rows[k] = []float64{x}
			}
			s := FitStandardizer(rows)
			if !closeRelative(s.Mean[0], tt.mean) || !closeRelative(s.Std[0], tt.std) {
				t.Errorf("FitStandardizer(%v) = mean %v, std %v; want %v, %v", tt.column, s.Mean[0], s.Std[0], tt.mean, tt.std)
			}
			for k, row := range s.Transform(rows) {
				if math.Abs(row[0]-tt.scaled[k]) > standardizeTolerance {
					t.Errorf("Transform(%v) row %d = %v; want %v", tt.column, k, row[0], tt.scaled[k])
				}
			}
		})
	}
}

// closeRelative reports whether got is within standardizeTolerance of want,
// relative to |want| (absolute for want = 0, whose column spans ±1e308).
func closeRelative(got, want float64) bool {
	if want == 0 {
		return math.Abs(got) <= standardizeTolerance*1e308
	}
	return math.Abs(got-want) <= standardizeTolerance*math.Abs(want)
}

func TestStandardizerPanics(t *testing.T) {
	s := FitStandardizer([][]float64{{1, 2}, {3, 4}})
	tests := []struct {
		name     string
		call     func()
		contains string
	}{
		{"no rows", func() { FitStandardizer(nil) }, "got 0 rows"},
		{"ragged rows", func() { FitStandardizer([][]float64{{1, 2}, {3}}) }, "row 1 has 1 columns, row 0 has 2"},
		{"NaN", func() { FitStandardizer([][]float64{{1, 2}, {3, nan()}}) }, "row 1 column 1 is NaN"},
		{"Inf", func() { FitStandardizer([][]float64{{math.Inf(-1)}}) }, "row 0 column 0 is -Inf"},
		{"Transform width", func() { s.Transform([][]float64{{1, 2}, {1, 2, 3}}) }, "row 1 has 3 columns, the Standardizer was fitted on 2"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { expectPanic(t, tt.contains, tt.call) })
	}
}

func TestStandardizerString(t *testing.T) {
	s := Standardizer{Mean: []float64{5.8433, 3.0573, 1.234567e200}, Std: []float64{0.8253, 0.4344, 2e-7}}
	want := "Standardizer{Mean: [5.843 3.057 1.235e+200], Std: [0.8253 0.4344 2e-07]}"
	if got := s.String(); got != want {
		t.Errorf("String() = %q; want %q", got, want)
	}
}
