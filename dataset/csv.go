package dataset

import (
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"os"
	"strings"
)

// LoadCSV reads the CSV file at path into a Dataset; see ReadCSV. Errors
// name the file by path.
func LoadCSV(path string, opts CSVOptions) (Dataset, error) {
	f, err := os.Open(path)
	if err != nil {
		return Dataset{}, fmt.Errorf("dataset: %w", err)
	}
	defer f.Close()
	return ReadCSV(f, path, opts)
}

// ReadCSV reads a classification data set from CSV: one sample per row,
// numeric feature columns and one label column (opts.Label, the last
// column by default). name is used only in error messages, which look like
//
//	iris.csv:12:3: "abc" in column "petal_length_cm" is not a number; feature columns must be numeric ...
//
// with the 1-based line and field number (see CSVError).
//
// The header row, if any (see HeaderMode), gives FeatureNames. Features
// must be finite numbers; spaces around a field are ignored. Labels become
// class indices in [0, NumClasses()), and ClassNames keeps the labels
// themselves:
//
//   - if opts.ClassNames is set, a label's index is its position there;
//   - else, if every label is an integer ("0", "1", "-1"), the distinct
//     values in increasing numeric order get indices 0, 1, 2, ...: labels
//     0..k−1 keep their value as index, and {-1, 1} becomes {0, 1};
//   - else the distinct labels in sorted (byte-wise) order get 0, 1, 2, ...;
//     sorting, unlike order of first appearance, does not depend on how the
//     rows happen to be shuffled.
//
// When train and test come as separate files, load the test file with
// opts.ClassNames = train.ClassNames so the indices agree.
//
// ReadCSV returns a *CSVError for: an empty file, fewer than two columns,
// an unknown or ambiguous label column, a header with no data rows after
// it, a row with a different number of fields than the first row (ragged
// row), an empty, non-numeric, NaN or infinite feature, an empty label, a
// label missing from opts.ClassNames, malformed quoting, and unusable
// options. Errors from r itself are wrapped.
func ReadCSV(r io.Reader, name string, opts CSVOptions) (Dataset, error) {
	if msg := opts.check(); msg != "" {
		return Dataset{}, &CSVError{Name: name, Msg: msg}
	}
	reader := csv.NewReader(r)
	reader.FieldsPerRecord = -1 // ragged rows are reported below, with a clearer message
	if opts.Comma != 0 {
		reader.Comma = opts.Comma
	}

	first, err := reader.Read()
	if err == io.EOF {
		return Dataset{}, &CSVError{Name: name, Msg: "the file is empty; expected an optional header row and then one row per sample"}
	}
	if err != nil {
		return Dataset{}, readError(name, err)
	}
	firstLine, _ := reader.FieldPos(0)
	first[0] = strings.TrimPrefix(first[0], "\ufeff") // byte-order mark written by some spreadsheets
	width := len(first)
	if width < 2 {
		return Dataset{}, &CSVError{Name: name, Line: firstLine, Msg: fmt.Sprintf("found %d column; need at least one feature column and a label column (check CSVOptions.Comma if the file uses another separator)", width)}
	}

	hasHeader := isHeader(first, opts)
	columnNames := make([]string, width)
	for i := range columnNames {
		columnNames[i] = fmt.Sprintf("column%d", i+1)
		if hasHeader && strings.TrimSpace(first[i]) != "" {
			columnNames[i] = strings.TrimSpace(first[i])
		}
	}
	labelIndex, msg := findLabelColumn(columnNames, hasHeader, opts.Label)
	if msg != "" {
		return Dataset{}, &CSVError{Name: name, Line: firstLine, Msg: msg}
	}

	rows := rowParser{name: name, columnNames: columnNames, labelIndex: labelIndex}
	if !hasHeader {
		if err := rows.add(first, reader); err != nil {
			return Dataset{}, err
		}
	}
	for {
		record, err := reader.Read()
		if err == io.EOF {
			break
		}
		if err != nil {
			return Dataset{}, readError(name, err)
		}
		if err := rows.add(record, reader); err != nil {
			return Dataset{}, err
		}
	}
	if len(rows.inputs) == 0 {
		return Dataset{}, &CSVError{Name: name, Line: firstLine, Msg: "the header row has no data rows after it; add one row per sample"}
	}

	classes, classNames, err := classIndices(name, rows.labels, opts.ClassNames)
	if err != nil {
		return Dataset{}, err
	}
	featureNames := make([]string, 0, width-1)
	for i, columnName := range columnNames {
		if i != labelIndex {
			featureNames = append(featureNames, columnName)
		}
	}
	return Dataset{Inputs: rows.inputs, Classes: classes, ClassNames: classNames, FeatureNames: featureNames}, nil
}

// isHeader decides whether the first row names the columns (see HeaderMode).
// In detect mode a row whose feature fields are all numbers or empty is
// data: an empty field then gets a precise error instead of the row
// vanishing into a header.
func isHeader(first []string, opts CSVOptions) bool {
	switch opts.Header {
	case HeaderPresent:
		return true
	case HeaderAbsent:
		return false
	}
	labelIndex := len(first) - 1
	for i, field := range first {
		field = strings.TrimSpace(field)
		if opts.Label != "" && field == opts.Label {
			return true
		}
		if opts.Label == fmt.Sprintf("column%d", i+1) {
			labelIndex = i
		}
	}
	for i, field := range first {
		field = strings.TrimSpace(field)
		if i != labelIndex && field != "" && !isNumber(field) {
			return true
		}
	}
	return false
}

// findLabelColumn returns the index of the label column, or a message
// saying why it cannot be found.
func findLabelColumn(columnNames []string, hasHeader bool, label string) (int, string) {
	if label == "" {
		return len(columnNames) - 1, ""
	}
	found := -1
	for i, columnName := range columnNames {
		if columnName != label {
			continue
		}
		if found >= 0 {
			return 0, fmt.Sprintf("label column %q appears twice (columns %d and %d); rename one of them", label, found+1, i+1)
		}
		found = i
	}
	if found >= 0 {
		return found, ""
	}
	if !hasHeader {
		return 0, fmt.Sprintf("label column %q not found: the file has no header row, so its columns are column1 to column%d; set CSVOptions.Label to one of those, or Header: HeaderPresent if the first row is a header", label, len(columnNames))
	}
	return 0, fmt.Sprintf("label column %q not found in the header; the columns are %s; set CSVOptions.Label to one of them", label, quoteAll(columnNames))
}

// readError turns an error from encoding/csv into a *CSVError where it is
// a syntax error, and wraps any other error (from the underlying reader).
func readError(name string, err error) error {
	var parseError *csv.ParseError
	if errors.As(err, &parseError) {
		// StartLine is where the broken row begins; an unclosed quote is only
		// noticed lines later, at Line.
		msg := fmt.Sprintf("malformed CSV: %v (noticed on line %d, character %d); put quotes around fields that contain the separator, quotes or line breaks, and write a quote inside quotes as \"\"",
			parseError.Err, parseError.Line, parseError.Column)
		return &CSVError{Name: name, Line: parseError.StartLine, Msg: msg}
	}
	return fmt.Errorf("%s: reading CSV: %w", name, err)
}

// quoteAll formats names as "a", "b", "c".
func quoteAll(names []string) string {
	quoted := make([]string, len(names))
	for i, n := range names {
		quoted[i] = fmt.Sprintf("%q", n)
	}
	return strings.Join(quoted, ", ")
}
