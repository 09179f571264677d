package dataset

import (
	"fmt"
	"math"
	"strings"
)

// Standardizer rescales every feature column to mean 0 and standard
// deviation 1, using statistics measured once on the training set:
//
//	x'ᵢ = (xᵢ − Mean[i]) / Std[i]
//
// Features on very different scales (a length in metres next to a price in
// euros) make gradient descent zig-zag; standardising puts them on one
// scale. Fit on the training set only, then Transform both training and
// test set with the same numbers: measuring the test set's statistics would
// leak information the model is not supposed to have.
//
//	s := dataset.FitStandardizer(train.Inputs)
//	train.Inputs = s.Transform(train.Inputs)
//	test.Inputs = s.Transform(test.Inputs)
type Standardizer struct {
	Mean []float64 // Mean[i] is column i's mean over the training rows
	Std  []float64 // Std[i] is column i's standard deviation, or 1 if the column is constant
}

// constantColumnTolerance decides when a column counts as constant: when
// its standard deviation is at most this fraction of its largest absolute
// value. Summing n copies of the same value can leave rounding noise of a
// few ulps (about 1e-16 relative) in the mean; 1e-12 is far above that and
// far below any real spread of measured data.
const constantColumnTolerance = 1e-12

// FitStandardizer measures each column's mean and population standard
// deviation (dividing by n, as scikit-learn's StandardScaler does):
//
//	Mean[i] = (1/n) Σₖ inputs[k][i]
//	Std[i]  = √( (1/n) Σₖ (inputs[k][i] − Mean[i])² )
//
// A constant column has no spread to divide by; its Std is set to 1, so
// Transform maps it to 0 instead of dividing by zero. inputs is only read.
//
// FitStandardizer panics if inputs has no rows, a row is not as wide as
// the first, or a value is NaN or infinite (the message names row and
// column).
func FitStandardizer(inputs [][]float64) Standardizer {
	if len(inputs) == 0 {
		panic("dataset: FitStandardizer got 0 rows; need at least one training row")
	}
	width := len(inputs[0])
	for k, row := range inputs {
		if len(row) != width {
			panic(fmt.Sprintf("dataset: FitStandardizer: row %d has %d columns, row 0 has %d", k, len(row), width))
		}
		for i, x := range row {
			if math.IsNaN(x) || math.IsInf(x, 0) {
				panic(fmt.Sprintf("dataset: FitStandardizer: row %d column %d is %v; need finite numbers", k, i, x))
			}
		}
	}

	n := float64(len(inputs))
	s := Standardizer{Mean: make([]float64, width), Std: make([]float64, width)}
	for i := range width {
		sum := 0.0
		largest := 0.0 // largest |x| in the column, the scale for the constant test
		for _, row := range inputs {
			sum += row[i]
			largest = max(largest, math.Abs(row[i]))
		}
		mean := sum / n
		squares := 0.0
		for _, row := range inputs {
			deviation := row[i] - mean
			squares += deviation * deviation
		}
		std := math.Sqrt(squares / n)
		if std <= constantColumnTolerance*largest {
			std = 1
		}
		s.Mean[i] = mean
		s.Std[i] = std
	}
	return s
}

// Transform returns new rows with every column standardised:
//
//	out[k][i] = (inputs[k][i] − Mean[i]) / Std[i]
//
// inputs is not modified. Transform panics if a row's width differs from
// len(s.Mean).
func (s Standardizer) Transform(inputs [][]float64) [][]float64 {
	out := make([][]float64, len(inputs))
	for k, row := range inputs {
		if len(row) != len(s.Mean) {
			panic(fmt.Sprintf("dataset: Standardizer.Transform: row %d has %d columns, the Standardizer was fitted on %d", k, len(row), len(s.Mean)))
		}
		scaled := make([]float64, len(row))
		for i, x := range row {
			scaled[i] = (x - s.Mean[i]) / s.Std[i]
		}
		out[k] = scaled
	}
	return out
}

// String shows the fitted statistics rounded to three decimals, for example
//
//	Standardizer{Mean: [5.843 3.057], Std: [0.825 0.434]}
func (s Standardizer) String() string {
	return fmt.Sprintf("Standardizer{Mean: %s, Std: %s}", formatRow(s.Mean), formatRow(s.Std))
}

// formatRow prints numbers with %.3f inside brackets.
func formatRow(row []float64) string {
	parts := make([]string, len(row))
	for i, x := range row {
		parts[i] = fmt.Sprintf("%.3f", x)
	}
	return "[" + strings.Join(parts, " ") + "]"
}
