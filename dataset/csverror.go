package dataset

import "fmt"

// CSVError reports a problem with a CSV file, as
//
//	name:line:column: message
//
// where line is the 1-based line in the file and column the 1-based field
// number within the row. Line is 0 when the problem concerns the whole
// file and Column is 0 when it concerns a whole row; those parts are then
// left out. The message says what is wrong and how to fix it.
type CSVError struct {
	Name   string // the name passed to ReadCSV, usually the file's path
	Line   int
	Column int
	Msg    string
}

// Error formats the error as name:line:column: message.
func (e *CSVError) Error() string {
	switch {
	case e.Line > 0 && e.Column > 0:
		return fmt.Sprintf("%s:%d:%d: %s", e.Name, e.Line, e.Column, e.Msg)
	case e.Line > 0:
		return fmt.Sprintf("%s:%d: %s", e.Name, e.Line, e.Msg)
	}
	return fmt.Sprintf("%s: %s", e.Name, e.Msg)
}
