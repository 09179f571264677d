package dataset

import (
	"fmt"
	"math"
	"slices"
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
// Every finite column gives a finite Mean and Std, even with values near
// the float64 limit of about 1.8e308, where the sum or the squares above
// would overflow: see scaledColumnStatistics.
//
// FitStandardizer panics if inputs has no rows, a row is not as wide as
// the first, or a value is NaN or infinite (the message names row and
// column).
func FitStandardizer(inputs [][]float64) Standardizer {
	if len(inputs) == 0 {
		panic("dataset: FitStandardizer got 0 rows; need at least one training row")
	}
	checkFiniteRows("FitStandardizer", "row", "column", inputs)
	width := len(inputs[0])

	s := Standardizer{Mean: make([]float64, width), Std: make([]float64, width)}
	column := make([]float64, len(inputs))
	for i := range width {
		for k, row := range inputs {
			column[k] = row[i]
		}
		s.Mean[i], s.Std[i] = scaledColumnStatistics(column)
	}
	return s
}

// scaledColumnStatistics returns the mean and standard deviation of one
// column (Std 1 for a constant column), computed on the values divided by
// 2ᵉ, where 2ᵉ is the power of two just above the largest |x|:
//
//	u = x / 2ᵉ          every |u| < 1
//	Mean = 2ᵉ · (1/n) Σ u
//	Std  = 2ᵉ · √( (1/n) Σ (u − ū)² )
//
// Summing 1e308 + 1e308 overflows to +Inf, and squaring 1e200 does too;
// the scaled sums stay below n and 4n. Multiplying or dividing by a power
// of two only changes the exponent, so for ordinary data the results are
// exactly those of the plain formulas. Both results are at most the
// largest |x|, so they are finite. A column of one repeated value gets
// that value as its Mean exactly.
func scaledColumnStatistics(column []float64) (mean, std float64) {
	largest := 0.0 // largest |x|, also the scale for the constant test
	for _, x := range column {
		largest = max(largest, math.Abs(x))
	}
	if slices.Min(column) == slices.Max(column) {
		// n copies of x can sum to n·x plus rounding; the mean must be x
		// exactly, or Transform would turn the rounding into a value.
		return column[0], 1
	}
	_, exponent := math.Frexp(largest) // largest = f·2ᵉ with 0.5 ≤ f < 1 (e = 0 for 0)

	n := float64(len(column))
	sum := 0.0
	for _, x := range column {
		sum += math.Ldexp(x, -exponent)
	}
	scaledMean := sum / n
	squares := 0.0
	for _, x := range column {
		deviation := math.Ldexp(x, -exponent) - scaledMean
		squares += deviation * deviation
	}
	scaledStd := math.Sqrt(squares / n)

	mean = math.Ldexp(scaledMean, exponent)
	std = math.Ldexp(scaledStd, exponent)
	if std <= constantColumnTolerance*largest {
		std = 1
	}
	return mean, std
}

// Transform returns new rows with every column standardised:
//
//	out[k][i] = (inputs[k][i] − Mean[i]) / Std[i]
//
// When x − Mean itself overflows (a column holding both −1e308 and 1e308),
// Transform computes x/Std − Mean/Std instead, which is finite there. A
// result is infinite only if the value is so far outside the training
// range that its standardised value exceeds float64.
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
			deviation := x - s.Mean[i]
			if math.IsInf(deviation, 0) {
				scaled[i] = x/s.Std[i] - s.Mean[i]/s.Std[i]
				continue
			}
			scaled[i] = deviation / s.Std[i]
		}
		out[k] = scaled
	}
	return out
}

// String shows the fitted statistics to four significant digits, for
// example
//
//	Standardizer{Mean: [5.843 3.057], Std: [0.8253 0.4344]}
func (s Standardizer) String() string {
	return fmt.Sprintf("Standardizer{Mean: %s, Std: %s}", formatRow(s.Mean), formatRow(s.Std))
}

// formatRow prints numbers with %.4g inside brackets: short for 1e300 and
// for 0.001 alike.
func formatRow(row []float64) string {
	parts := make([]string, len(row))
	for i, x := range row {
		parts[i] = fmt.Sprintf("%.4g", x)
	}
	return "[" + strings.Join(parts, " ") + "]"
}

// checkFiniteRows panics unless every row has as many values as row 0 and
// every value is a finite number; name is the calling function, row and
// column what its message calls them ("center" and "coordinate").
func checkFiniteRows(name, row, column string, rows [][]float64) {
	for k, values := range rows {
		if len(values) != len(rows[0]) {
			panic(fmt.Sprintf("dataset: %s: %s %d has %d %ss, %s 0 has %d",
				name, row, k, len(values), column, row, len(rows[0])))
		}
		for i, v := range values {
			if math.IsNaN(v) || math.IsInf(v, 0) {
				panic(fmt.Sprintf("dataset: %s: %s %d %s %d is %v; need finite numbers", name, row, k, column, i, v))
			}
		}
	}
}
