package dataset

import (
	"encoding/csv"
	"errors"
	"fmt"
	"math"
	"slices"
	"strconv"
	"strings"
)

// rowParser collects the data rows of a CSV file: features as numbers,
// labels as text with their position for later error messages.
type rowParser struct {
	name        string
	columnNames []string
	labelIndex  int
	inputs      [][]float64
	labels      []labelCell
}

// labelCell is one row's label and where it stands in the file.
type labelCell struct {
	text         string
	line, column int
}

// add parses the record reader has just returned.
func (p *rowParser) add(record []string, reader *csv.Reader) error {
	line, _ := reader.FieldPos(0)
	if len(record) != len(p.columnNames) {
		msg := fmt.Sprintf("row has %d fields, want %d like the first row; every row needs one value per column (look for a missing or extra separator)", len(record), len(p.columnNames))
		return &CSVError{Name: p.name, Line: line, Msg: msg}
	}
	features := make([]float64, 0, len(record)-1)
	for i, field := range record {
		fieldLine, _ := reader.FieldPos(i) // differs from line only inside quoted line breaks
		text := strings.TrimSpace(field)
		if i == p.labelIndex {
			if text == "" {
				msg := fmt.Sprintf("empty label in column %q; every row needs a class", p.columnNames[i])
				return &CSVError{Name: p.name, Line: fieldLine, Column: i + 1, Msg: msg}
			}
			p.labels = append(p.labels, labelCell{text: text, line: fieldLine, column: i + 1})
			continue
		}
		x, problem := parseFeature(text)
		if problem != "" {
			msg := fmt.Sprintf("%q in column %q %s", text, p.columnNames[i], problem)
			return &CSVError{Name: p.name, Line: fieldLine, Column: i + 1, Msg: msg}
		}
		features = append(features, x)
	}
	p.inputs = append(p.inputs, features)
	return nil
}

// parseFeature reads a feature value, or says what is wrong with it.
func parseFeature(text string) (float64, string) {
	if text == "" {
		return 0, "is empty; every feature needs a value (fill in missing values or drop those rows)"
	}
	x, err := strconv.ParseFloat(text, 64)
	if errors.Is(err, strconv.ErrRange) {
		return 0, "is too large for a float64; rescale the column"
	}
	if err != nil {
		return 0, "is not a number; feature columns must be numeric (if this column holds the class, set CSVOptions.Label to its name)"
	}
	if math.IsNaN(x) || math.IsInf(x, 0) {
		return 0, "is not a finite number; fill in missing values or drop those rows"
	}
	return x, ""
}

// isNumber reports whether text parses as a float64 (NaN and Inf included:
// they are numbers in the wrong place, not column names).
func isNumber(text string) bool {
	_, err := strconv.ParseFloat(text, 64)
	return err == nil || errors.Is(err, strconv.ErrRange)
}

// classIndices maps the label texts to class indices (see ReadCSV for the
// rules) and returns the class names in index order.
func classIndices(name string, labels []labelCell, given []string) ([]int, []string, error) {
	classes := make([]int, len(labels))
	if len(given) > 0 {
		index := make(map[string]int, len(given))
		for c, className := range given {
			index[className] = c
		}
		for k, cell := range labels {
			c, ok := index[cell.text]
			if !ok {
				msg := fmt.Sprintf("class %q is not one of CSVOptions.ClassNames (%s); fix the label or add the class", cell.text, quoteAll(given))
				return nil, nil, &CSVError{Name: name, Line: cell.line, Column: cell.column, Msg: msg}
			}
			classes[k] = c
		}
		return classes, slices.Clone(given), nil
	}

	if values, ok := integerLabels(labels); ok {
		distinct := slices.Clone(values)
		slices.Sort(distinct)
		distinct = slices.Compact(distinct)
		classNames := make([]string, len(distinct))
		for c, v := range distinct {
			classNames[c] = strconv.Itoa(v)
		}
		for k, v := range values {
			classes[k], _ = slices.BinarySearch(distinct, v)
		}
		return classes, classNames, nil
	}

	classNames := make([]string, len(labels))
	for k, cell := range labels {
		classNames[k] = cell.text
	}
	slices.Sort(classNames)
	classNames = slices.Compact(classNames)
	for k, cell := range labels {
		classes[k], _ = slices.BinarySearch(classNames, cell.text)
	}
	return classes, slices.Clip(classNames), nil
}

// integerLabels returns the labels' values if every label is an integer.
func integerLabels(labels []labelCell) ([]int, bool) {
	values := make([]int, len(labels))
	for k, cell := range labels {
		v, err := strconv.Atoi(cell.text)
		if err != nil {
			return nil, false
		}
		values[k] = v
	}
	return values, true
}
