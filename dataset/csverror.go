package dataset

import (
	"fmt"
	"strings"
)

// CSVError reports a problem with a CSV file, as
//
//	name:line:column: message (CSVOptions.Label)
//
// where line is the 1-based line in the file and column the 1-based field
// number within the row. Line is 0 when the problem concerns the whole
// file and Column is 0 when it concerns a whole row; those parts are then
// left out. The message says what is wrong and how to fix it.
//
// Options lists the CSVOptions fields that the fix in Msg refers to, such
// as "Label" for "choose one of them as the label column". Error adds them
// in parentheses; a command-line program can instead name the flags that
// set those fields (see examples/classify).
type CSVError struct {
	Name    string // the name passed to ReadCSV, usually the file's path
	Line    int
	Column  int
	Msg     string
	Options []string // names of CSVOptions fields, such as "Label" or "Comma"; may be empty
}

// Error formats the error as name:line:column: message (CSVOptions.Field).
func (e *CSVError) Error() string {
	msg := e.Msg
	if len(e.Options) > 0 {
		msg += " (CSVOptions." + strings.Join(e.Options, ", CSVOptions.") + ")"
	}
	switch {
	case e.Line > 0 && e.Column > 0:
		return fmt.Sprintf("%s:%d:%d: %s", e.Name, e.Line, e.Column, msg)
	case e.Line > 0:
		return fmt.Sprintf("%s:%d: %s", e.Name, e.Line, msg)
	}
	return fmt.Sprintf("%s: %s", e.Name, msg)
}

// maxQuotedRunes is how much of a field an error message quotes: enough
// to recognise a value, short enough that a runaway field (a missing
// closing quote swallows the rest of the file) keeps the message on a line.
const maxQuotedRunes = 40

// quote formats text as a Go string for a message, cut to maxQuotedRunes
// runes with "…" after the closing quote if longer.
func quote(text string) string {
	runes := []rune(text)
	if len(runes) <= maxQuotedRunes {
		return fmt.Sprintf("%q", text)
	}
	return fmt.Sprintf("%q…", string(runes[:maxQuotedRunes]))
}

// quoteAll formats names as "a", "b", "c".
func quoteAll(names []string) string {
	quoted := make([]string, len(names))
	for i, n := range names {
		quoted[i] = quote(n)
	}
	return strings.Join(quoted, ", ")
}
