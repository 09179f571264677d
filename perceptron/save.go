package perceptron

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"unicode/utf8"
)

// Save writes the perceptron to the file at path, which must end in .json,
// in the format of [Perceptron.WriteJSON]. The file is first written under
// a temporary name in the same folder, flushed to disk and then renamed to
// path, so a crash leaves either the old file or the new one, never half of
// one. Save returns an error, and leaves any file at path as it was, if the
// perceptron cannot be saved or the file cannot be written.
func (p *Perceptron) Save(path string) error {
	if !strings.EqualFold(filepath.Ext(path), ".json") { // "XOR.JSON" too
		return fmt.Errorf("perceptron: Save(%q): the name must end in .json", path)
	}
	var file bytes.Buffer
	if err := p.WriteJSON(&file); err != nil {
		return err
	}
	if err := writeFileAtomic(path, file.Bytes()); err != nil {
		return fmt.Errorf("perceptron: Save: %w", err)
	}
	return nil
}

// Load reads a perceptron from the JSON file at path (see [ReadJSON]). The
// errors name the file and, within it, what is wrong.
func Load(path string) (*Perceptron, error) {
	file, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("perceptron: Load: %w", err)
	}
	defer file.Close()
	p, err := readJSON(file)
	if err != nil {
		return nil, fmt.Errorf("perceptron: Load(%q): %w", path, err)
	}
	return p, nil
}

// writeFileAtomic writes data to a new temporary file in path's folder,
// flushes it to disk, and renames it to path. On any error the temporary
// file is removed and path is untouched.
func writeFileAtomic(path string, data []byte) (err error) {
	temporary, err := os.CreateTemp(filepath.Dir(path), "."+filepath.Base(path)+".tmp-*")
	if err != nil {
		return err
	}
	defer func() {
		if err != nil {
			temporary.Close() // already failed; its own error adds nothing
			os.Remove(temporary.Name())
		}
	}()
	if _, err = temporary.Write(data); err != nil {
		return err
	}
	// Sync before the rename: otherwise a crash could leave the new name
	// pointing at a file whose contents never reached the disk.
	if err = temporary.Sync(); err != nil {
		return err
	}
	if err = temporary.Chmod(0o644); err != nil { // CreateTemp makes it private (0600)
		return err
	}
	if err = temporary.Close(); err != nil {
		return err
	}
	return os.Rename(temporary.Name(), path)
}

// describeJSONError turns an error of encoding/json about data into one
// that gives the line and column, and says "truncated" rather than
// "unexpected end of JSON input".
func describeJSONError(data []byte, err error) error {
	var syntaxError *json.SyntaxError
	var typeError *json.UnmarshalTypeError
	switch {
	case len(bytes.TrimSpace(data)) == 0:
		return errors.New("the data is empty; want a JSON object {...}")
	case errors.As(err, &syntaxError) && syntaxError.Error() == "unexpected end of JSON input":
		return errors.New("the data ends in the middle of the JSON (a truncated file?)")
	case errors.As(err, &syntaxError):
		at := min(max(syntaxError.Offset-1, 0), int64(len(data))) // the byte that made it invalid
		hint := ""
		if bytes.HasPrefix(data[at:], []byte("NaN")) || bytes.HasPrefix(data[at:], []byte("Inf")) {
			hint = " (JSON has no NaN or Infinity)"
		}
		return fmt.Errorf("%s: %s%s", position(data, at), syntaxError.Error(), hint)
	case errors.As(err, &typeError):
		field := typeError.Field
		if field == "" {
			field = "the data"
		}
		want := map[reflect.Kind]string{reflect.Float64: "a number", reflect.Int: "a whole number",
			reflect.String: "a string", reflect.Slice: "an array [...]", reflect.Struct: "an object {...}"}[typeError.Type.Kind()]
		if typeError.Type.Kind() == reflect.Float64 && strings.HasPrefix(typeError.Value, "number") {
			want = "a number that fits in a float64"
		}
		return fmt.Errorf("%s: %s holds %s, want %s", position(data, typeError.Offset), field, typeError.Value, want)
	}
	return err
}

// position gives the line and column (from 1, counting characters) of byte
// offset in data, as "line 3, column 14".
func position(data []byte, offset int64) string {
	before := data[:min(max(offset, 0), int64(len(data)))]
	line := bytes.Count(before, []byte("\n")) + 1
	column := utf8.RuneCount(before[bytes.LastIndexByte(before, '\n')+1:]) + 1
	return fmt.Sprintf("line %d, column %d", line, column)
}
