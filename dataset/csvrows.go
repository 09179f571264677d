package dataset

import (
	"encoding/csv"
	"fmt"
	"slices"
	"strconv"
	"strings"
)

// rowParser collects the data rows of a CSV file: features as numbers,
// labels as text with their position for later error messages.
type rowParser struct {
	name         string
	columnNames  []string
	labelIndex   int
	decimalComma bool
	comma        rune
	inputs       [][]float64
	labels       []labelCell
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
		advice, options := separatorHint(record, p.comma)
		if advice == "" {
			advice = "every row needs one value per column (look for a missing or extra separator)"
		}
		msg := fmt.Sprintf("row has %d fields, want %d like the first row; %s", len(record), len(p.columnNames), advice)
		return &CSVError{Name: p.name, Line: line, Msg: msg, Options: options}
	}
	features := make([]float64, 0, len(record)-1)
	for i, field := range record {
		fieldLine, _ := reader.FieldPos(i) // differs from line only inside quoted line breaks
		text := strings.TrimSpace(field)
		if i == p.labelIndex {
			if text == "" {
				msg := fmt.Sprintf("empty label in column %s; every row needs a class", quote(p.columnNames[i]))
				return &CSVError{Name: p.name, Line: fieldLine, Column: i + 1, Msg: msg}
			}
			p.labels = append(p.labels, labelCell{text: text, line: fieldLine, column: i + 1})
			continue
		}
		x, problem, options := parseFeature(text, p.decimalComma)
		if problem != "" {
			if advice, hintOptions := separatorHint([]string{text}, p.comma); advice != "" {
				problem, options = "is not a number; "+advice, hintOptions
			}
			msg := fmt.Sprintf("%s in column %s %s", quote(text), quote(p.columnNames[i]), problem)
			return &CSVError{Name: p.name, Line: fieldLine, Column: i + 1, Msg: msg, Options: options}
		}
		features = append(features, x)
	}
	p.inputs = append(p.inputs, features)
	return nil
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
				msg := fmt.Sprintf("class %s is not one of the known classes %s; fix the label, or add the class to the known classes", quote(cell.text), quoteAll(given))
				return nil, nil, &CSVError{Name: name, Line: cell.line, Column: cell.column, Msg: msg, Options: []string{"ClassNames"}}
			}
			classes[k] = c
		}
		return classes, slices.Clone(given), nil
	}

	if values, spelling, ok := integerLabels(labels); ok {
		distinct := slices.Clone(values)
		slices.Sort(distinct)
		distinct = slices.Compact(distinct)
		classNames := make([]string, len(distinct))
		for c, v := range distinct {
			classNames[c] = spelling[v]
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

// separatorHint returns advice, and the CSVOptions fields it refers to,
// when a file read with ',' between fields has a ';' or a tab in one of
// the given fields: it most likely uses that separator instead, as
// spreadsheets in decimal-comma locales do. Otherwise it returns "".
func separatorHint(fields []string, comma rune) (string, []string) {
	if comma != ',' {
		return "", nil
	}
	for _, field := range fields {
		switch {
		case strings.Contains(field, ";"):
			return "the file seems to use ';' between fields: read it with ';' as the separator, and with decimal commas if numbers look like 1,5", []string{"Comma", "DecimalComma"}
		case strings.Contains(field, "\t"):
			return "the file seems to use tabs between fields: read it with '\\t' as the separator", []string{"Comma"}
		}
	}
	return "", nil
}

// integerLabels returns the labels' values if every label is an integer
// and each value is written one way only, with that spelling of each
// value, which becomes its class name: "+1" stays "+1", so that a test file
// read with ClassNames from this one matches. Two spellings of one value,
// such as "01" and "1", make the labels text instead (ok is false).
func integerLabels(labels []labelCell) (values []int, spelling map[int]string, ok bool) {
	values = make([]int, len(labels))
	spelling = make(map[int]string)
	for k, cell := range labels {
		v, err := strconv.Atoi(cell.text)
		if err != nil {
			return nil, nil, false
		}
		if written, seen := spelling[v]; seen && written != cell.text {
			return nil, nil, false
		}
		spelling[v] = cell.text
		values[k] = v
	}
	return values, spelling, true
}
