package perceptron

import (
	"bytes"
	"encoding/json"
	"fmt"
	"slices"
	"strings"
)

// checkJSONStrictly refuses three things that encoding/json lets through
// without a word, so that a file means exactly what it says:
//
//   - a field name in other capitals, such as "Bias" for "bias"
//     (encoding/json matches names whatever their case);
//   - a field given twice (encoding/json keeps the last);
//   - null anywhere (encoding/json reads it as 0 or as a missing field).
//
// data must be valid JSON. checkJSONStrictly reads it one token at a time
// ({, "weights", [, -2, ...) with a json.Decoder, keeping track of the place
// in the file, such as weights[1], for its error messages. Unknown fields
// and values of the wrong kind are left to the decoding of the whole file
// that follows.
func checkJSONStrictly(data []byte) error {
	// The fields of a file, spelled exactly as they must be.
	fileFields := []string{"format", "version", "inputs", "activation", "slope", "weights", "bias"}
	walker := jsonWalker{data: data, decoder: json.NewDecoder(bytes.NewReader(data))}
	walker.decoder.UseNumber() // keep numbers as text: 1e999 is reported later
	return walker.value("", fileFields)
}

// jsonWalker reads a JSON document one token at a time.
type jsonWalker struct {
	data    []byte
	decoder *json.Decoder
}

// value reads the next value, found at place ("" for the whole file).
// fields lists the fields an object there may have. It is nil where no
// object belongs: decoding the file will say so.
func (w *jsonWalker) value(place string, fields []string) error {
	at := w.nextOffset()
	token, err := w.decoder.Token()
	if err != nil {
		return describeJSONError(w.data, err)
	}
	switch token {
	case nil:
		return fmt.Errorf("%s: %s is null; write its value instead (a tocha file never holds null, not even for 0)",
			position(w.data, at), placeName(place))
	case json.Delim('['):
		for i := 0; w.decoder.More(); i++ {
			if err := w.value(fmt.Sprintf("%s[%d]", place, i), nil); err != nil {
				return err
			}
		}
	case json.Delim('{'):
		if err := w.object(place, fields); err != nil {
			return err
		}
	default:
		return nil // a string, a number, true or false
	}
	_, err = w.decoder.Token() // the closing ] or }
	return err
}

// object reads the fields of an object whose { has just been read.
func (w *jsonWalker) object(place string, fields []string) error {
	seen := make(map[string]bool)
	for w.decoder.More() {
		at := w.nextOffset()
		token, err := w.decoder.Token()
		if err != nil {
			return describeJSONError(w.data, err)
		}
		name := token.(string) // in an object, a name comes before each value
		if seen[name] {
			return fmt.Errorf("%s: field %q appears twice in %s; give each field once",
				position(w.data, at), name, placeName(place))
		}
		seen[name] = true
		if fields != nil && !slices.Contains(fields, name) {
			for _, field := range fields {
				// strings.EqualFold is the comparison encoding/json uses.
				if strings.EqualFold(name, field) {
					return fmt.Errorf("%s: unknown field %q in %s; field names are case-sensitive: write %q",
						position(w.data, at), name, placeName(place), field)
				}
			}
		}
		fieldPlace := name
		if place != "" {
			fieldPlace = place + "." + name
		}
		if err := w.value(fieldPlace, nil); err != nil {
			return err
		}
	}
	return nil
}

// nextOffset is the offset in data of the next token. The decoder's
// InputOffset is just past the last token it read; the white space and the
// , or : before the next one are still to be read.
func (w *jsonWalker) nextOffset() int64 {
	offset := w.decoder.InputOffset()
	for offset < int64(len(w.data)) && strings.IndexByte(" \t\r\n,:", w.data[offset]) >= 0 {
		offset++
	}
	return offset
}

// placeName names a place in the file for a message.
func placeName(place string) string {
	if place == "" {
		return "the file"
	}
	return place
}
