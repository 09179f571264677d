package mlp

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"reflect"
	"strings"
	"unicode/utf8"
)

// describeJSONError turns an error of encoding/json about data into one a
// student can act on: it gives the line and column, says "truncated" rather
// than "unexpected end of JSON input", and says what kind of value a field
// wants.
func describeJSONError(data []byte, err error) error {
	var syntaxError *json.SyntaxError
	var typeError *json.UnmarshalTypeError
	switch {
	case len(bytes.TrimSpace(data)) == 0:
		return errors.New("the data is empty; want a JSON object {...}")
	case errors.As(err, &syntaxError) && syntaxError.Error() == "unexpected end of JSON input":
		return errors.New("the data ends in the middle of the JSON (a truncated file?)")
	case errors.As(err, &syntaxError):
		// Offset is just past the byte that made the JSON invalid.
		at := min(max(syntaxError.Offset-1, 0), int64(len(data)))
		hint := ""
		if bytes.HasPrefix(data[at:], []byte("NaN")) || bytes.HasPrefix(data[at:], []byte("Inf")) {
			hint = " (JSON has no NaN or Infinity, and a network holding them cannot be saved)"
		}
		return fmt.Errorf("%s: %s%s", position(data, at), syntaxError.Error(), hint)
	case errors.As(err, &typeError):
		field := typeError.Field
		if field == "" {
			field = "the data"
		}
		if typeError.Type.Kind() == reflect.Float64 && strings.HasPrefix(typeError.Value, "number") {
			return fmt.Errorf("%s: %s holds %s, which does not fit in a float64 (NaN and ±Inf cannot be saved)",
				position(data, typeError.Offset), field, typeError.Value)
		}
		return fmt.Errorf("%s: %s holds a JSON %s, want %s",
			position(data, typeError.Offset), field, typeError.Value, kindName(typeError.Type))
	}
	return err
}

// kindName says in words what kind of JSON value a Go type reads.
func kindName(t reflect.Type) string {
	switch t.Kind() {
	case reflect.Float64:
		return "a number"
	case reflect.Int, reflect.Int64:
		return "a whole number"
	case reflect.String:
		return "a string"
	case reflect.Slice:
		return "an array [...]"
	case reflect.Struct, reflect.Map:
		return "an object {...}"
	}
	return t.String()
}

// position gives the line and column (both from 1, counting characters)
// of byte offset in data, as "line 3, column 14".
func position(data []byte, offset int64) string {
	offset = min(max(offset, 0), int64(len(data)))
	before := data[:offset]
	line := bytes.Count(before, []byte("\n")) + 1
	lineStart := bytes.LastIndexByte(before, '\n') + 1
	column := utf8.RuneCount(before[lineStart:]) + 1
	return fmt.Sprintf("line %d, column %d", line, column)
}
