package dataset

import (
	"fmt"
	"strconv"
	"unicode/utf8"
)

// HeaderMode says whether the first row of a CSV file names the columns.
type HeaderMode int

const (
	// HeaderDetect, the zero value, treats the first row as a header if it
	// contains the Label column name, or if one of its feature fields (every
	// field but the label column's) is text that is not a number.
	HeaderDetect HeaderMode = iota
	// HeaderPresent always treats the first row as a header.
	HeaderPresent
	// HeaderAbsent treats every row as data; columns are then named
	// "column1", "column2", ... (1-based, like the columns in error messages).
	HeaderAbsent
)

// String returns the constant's name, such as "HeaderDetect".
func (m HeaderMode) String() string {
	switch m {
	case HeaderDetect:
		return "HeaderDetect"
	case HeaderPresent:
		return "HeaderPresent"
	case HeaderAbsent:
		return "HeaderAbsent"
	}
	return "HeaderMode(" + strconv.Itoa(int(m)) + ")"
}

// CSVOptions controls how ReadCSV turns a CSV file into a Dataset. The
// zero value reads comma-separated values, detects the header and takes the
// last column as the label.
type CSVOptions struct {
	// Label names the column holding each row's class. "" means the last
	// column. Without a header, use "column1", "column2", ....
	Label string

	// Header says whether the first row is a header; see HeaderMode.
	Header HeaderMode

	// ClassNames, if not empty, fixes the classes and their order: a label
	// must equal one of them and gets its position as class index. Pass the
	// training set's ClassNames when loading a separate test file, so both
	// files map every class to the same index even if the test file lacks
	// a class. Empty means the classes are found in the file (see ReadCSV).
	ClassNames []string

	// Comma is the field separator; 0 means ','. Use ';' for files written
	// by spreadsheets in locales with a decimal comma, '\t' for TSV.
	Comma rune

	// DecimalComma reads features written with a decimal comma, "1,5" for
	// 1.5, as spreadsheets in Brazil, Portugal or Germany export them. It
	// needs a Comma other than ','. A '.' in a feature is then an error:
	// it would be a thousands separator ("1.234,5"), which ReadCSV does not
	// guess at.
	DecimalComma bool
}

// check reports an error for options that cannot work, before any reading.
func (o CSVOptions) check() string {
	if o.Header < HeaderDetect || o.Header > HeaderAbsent {
		return fmt.Sprintf("CSVOptions.Header = %d is not a HeaderMode; use HeaderDetect, HeaderPresent or HeaderAbsent", int(o.Header))
	}
	if o.Comma != 0 && (o.Comma == '"' || o.Comma == '\r' || o.Comma == '\n' || o.Comma == utf8.RuneError || !utf8.ValidRune(o.Comma)) {
		return fmt.Sprintf("CSVOptions.Comma = %q cannot separate fields; use ',', ';' or '\\t'", o.Comma)
	}
	if o.DecimalComma && (o.Comma == 0 || o.Comma == ',') {
		return "CSVOptions.DecimalComma needs a field separator other than ','; files with decimal commas usually separate fields with ';' (Comma: ';')"
	}
	seen := make(map[string]int, len(o.ClassNames))
	for c, name := range o.ClassNames {
		if first, ok := seen[name]; ok {
			return fmt.Sprintf("CSVOptions.ClassNames lists %q twice (positions %d and %d); every class needs its own name", name, first, c)
		}
		seen[name] = c
	}
	return ""
}
