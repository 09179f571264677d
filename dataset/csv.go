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
// The header row, if any (see HeaderMode), gives FeatureNames and
// LabelName. Features must be finite numbers written plainly, such as 12,
// -0.5 or 1.5e3 (or 1,5 with opts.DecimalComma); spaces around a field are
// ignored. Lines may end in "\n", "\r\n" or, as in old Mac files, "\r". A
// UTF-8 byte-order mark at the start of the file is skipped.
//
// Labels become class indices in [0, NumClasses()), and ClassNames keeps
// the labels themselves, as written:
//
//   - if opts.ClassNames is set, a label's index is its position there;
//   - else, if every label is an integer and each value is written one way
//     only ("-1" and "+1", or "0" and "1"), the distinct values in
//     increasing numeric order get indices 0, 1, 2, ...: labels 0..k−1 keep
//     their value as index, and {-1, +1} becomes {0, 1};
//   - else the distinct labels in sorted (byte-wise) order get 0, 1, 2, ...;
//     sorting, unlike order of first appearance, does not depend on how the
//     rows happen to be shuffled. Labels that differ as text are different
//     classes: "+1" and "1" in one file, or "01" and "1", are two classes,
//     not one.
//
// When train and test come as separate files, load the test file with
// opts.ClassNames = train.ClassNames so the indices agree.
//
// ReadCSV returns a *CSVError for: an empty file, fewer than two columns,
// an unknown or ambiguous label column, a header with no data rows after
// it, a row with a different number of fields than the first row (ragged
// row), an empty, non-numeric, NaN or infinite feature, an empty label, a
// label missing from opts.ClassNames, malformed quoting, and unusable
// options. When the file seems to use ';' or tabs between fields but is
// read with ',', the error says so. Errors from r itself are wrapped.
func ReadCSV(r io.Reader, name string, opts CSVOptions) (Dataset, error) {
	if msg := opts.check(); msg != "" {
		return Dataset{}, &CSVError{Name: name, Msg: msg}
	}
	reader := csv.NewReader(newOldMacLines(skipByteOrderMark(r)))
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
	width := len(first)
	if width < 2 {
		advice, options := separatorHint(first, reader.Comma)
		if advice == "" {
			advice, options = fmt.Sprintf("if fields are not separated by %q, say what separates them", reader.Comma), []string{"Comma"}
		}
		msg := fmt.Sprintf("found 1 column; need at least one feature column and a label column; %s", advice)
		return Dataset{}, &CSVError{Name: name, Line: firstLine, Msg: msg, Options: options}
	}

	if err := checkSemicolons(name, first, reader); err != nil {
		return Dataset{}, err
	}
	hasHeader := isHeader(first, opts)
	columnNames := make([]string, width)
	for i := range columnNames {
		columnNames[i] = fmt.Sprintf("column%d", i+1)
		if hasHeader && strings.TrimSpace(first[i]) != "" {
			columnNames[i] = strings.TrimSpace(first[i])
		}
	}
	labelIndex, labelErr := findLabelColumn(columnNames, hasHeader, opts)
	if labelErr != nil {
		labelErr.Name, labelErr.Line = name, firstLine
		return Dataset{}, labelErr
	}

	rows := rowParser{name: name, columnNames: columnNames, labelIndex: labelIndex,
		decimalComma: opts.DecimalComma, comma: reader.Comma}
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
	return Dataset{Inputs: rows.inputs, Classes: classes, ClassNames: classNames,
		FeatureNames: featureNames, LabelName: columnNames[labelIndex]}, nil
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
