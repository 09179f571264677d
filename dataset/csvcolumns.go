package dataset

import (
	"encoding/csv"
	"fmt"
	"slices"
	"strings"
)

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

// checkSemicolons returns an error if the first row, read with ',' between
// fields, has a field with numbers between ';', such as "5;2;x": the file
// then uses ';' between fields and "1,5;2;x" has been cut at its decimal
// comma. Without this check such a row could read without error, as
// feature 1 and label "5;2;x".
func checkSemicolons(name string, first []string, reader *csv.Reader) error {
	if reader.Comma != ',' {
		return nil
	}
	for i, field := range first {
		parts := strings.Split(field, ";")
		if len(parts) < 2 || !slices.ContainsFunc(parts, func(part string) bool { return isNumber(strings.TrimSpace(part)) }) {
			continue
		}
		line, _ := reader.FieldPos(i)
		advice, options := separatorHint([]string{field}, reader.Comma)
		msg := fmt.Sprintf("field %s holds numbers between ';'; %s", quote(field), advice)
		return &CSVError{Name: name, Line: line, Column: i + 1, Msg: msg, Options: options}
	}
	return nil
}

// findLabelColumn returns the index of the label column, or an error
// saying why it cannot be found, for the caller to place in the file.
func findLabelColumn(columnNames []string, hasHeader bool, opts CSVOptions) (int, *CSVError) {
	label := opts.Label
	if label == "" {
		return len(columnNames) - 1, nil
	}
	found := -1
	for i, columnName := range columnNames {
		if columnName != label {
			continue
		}
		if found >= 0 {
			return 0, &CSVError{Msg: fmt.Sprintf("label column %s appears twice (columns %d and %d); rename one of them", quote(label), found+1, i+1)}
		}
		found = i
	}
	if found >= 0 {
		return found, nil
	}
	if !hasHeader {
		reason := "the file has no header row"
		if opts.Header == HeaderAbsent {
			reason = "the first row is read as data (HeaderAbsent)"
		}
		msg := fmt.Sprintf("label column %s not found: %s, so its columns are column1 to column%d; choose one of those as the label column",
			quote(label), reason, len(columnNames))
		return 0, &CSVError{Msg: msg, Options: []string{"Label"}}
	}
	msg := fmt.Sprintf("label column %s not found in the header; the columns are %s; choose one of them as the label column",
		quote(label), quoteAll(columnNames))
	return 0, &CSVError{Msg: msg, Options: []string{"Label"}}
}
