package main

import (
	"bytes"
	"encoding/xml"
	"image/png"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestStory checks the lesson's three claims with the default flags: one
// perceptron cannot get XOR right, wired perceptrons and the MLP can.
func TestStory(t *testing.T) {
	var out bytes.Buffer
	got, err := run(&out, nil)
	if err != nil {
		t.Fatal(err)
	}
	if got.perceptron >= 4 {
		t.Errorf("one perceptron got %d/4; no line can get XOR right", got.perceptron)
	}
	if got.perceptron != 3 {
		t.Errorf("one perceptron got %d/4; the pocket perceptron should reach the best a line can do, 3/4", got.perceptron)
	}
	if got.logic != 4 {
		t.Errorf("AND(OR, NAND) got %d/4; want 4/4", got.logic)
	}
	if got.mlp != 4 {
		t.Errorf("the MLP got %d/4 with the default flags; want 4/4\n%s", got.mlp, out.String())
	}
	for _, want := range []string{"hidden 1:", "not linearly separable", "Summary:", "one perceptron: a straight line"} {
		if !strings.Contains(out.String(), want) {
			t.Errorf("output lacks %q", want)
		}
	}
}

// TestOtherSettings runs the flags a student is likely to try.
func TestOtherSettings(t *testing.T) {
	for _, args := range [][]string{
		{"-hidden", "4", "-seed", "7"},
		{"-activation", "tanh", "-lr", "0.5"},
		{"-activation", "leaky_relu", "-hidden", "8"},
		{"-epochs", "10", "-ascii"},
	} {
		var out bytes.Buffer
		if _, err := run(&out, args); err != nil {
			t.Errorf("run(%q): %v", args, err)
		}
		if !strings.Contains(out.String(), "Summary:") {
			t.Errorf("run(%q) printed no summary", args)
		}
	}
}

func TestBadFlags(t *testing.T) {
	for _, args := range [][]string{
		{"-hidden", "0"}, {"-hidden", "x"}, {"-activation", "sigmod"}, {"-activation", "step"},
		{"-lr", "0"}, {"-lr", "NaN"}, {"-epochs", "-5"}, {"-seed", "-1"}, {"extra"}, {"-nope"},
	} {
		_, err := run(io.Discard, args)
		if err == nil {
			t.Errorf("run(%q) succeeded; want an error", args)
		} else if strings.Contains(err.Error(), "\n") {
			t.Errorf("run(%q) error spans several lines: %q", args, err)
		}
	}
}

// TestPicturesAreCurrent writes the pictures and compares them with the
// copies in docs/ that the README shows. If this fails after a change that
// should change the pictures, regenerate them with
//
//	go run ./examples/xor -out docs
func TestPicturesAreCurrent(t *testing.T) {
	dir := t.TempDir()
	if _, err := run(io.Discard, []string{"-out", dir}); err != nil {
		t.Fatal(err)
	}
	names, err := filepath.Glob(filepath.Join(dir, "*"))
	if err != nil || len(names) != 6 {
		t.Fatalf("wrote %d pictures (%v); want 6", len(names), err)
	}
	for _, path := range names {
		data, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		name := filepath.Base(path)
		switch filepath.Ext(name) {
		case ".svg":
			if err := checkXML(data); err != nil {
				t.Errorf("%s is not valid XML: %v", name, err)
			}
		case ".png":
			img, err := png.Decode(bytes.NewReader(data))
			if err != nil {
				t.Errorf("%s: %v", name, err)
			} else if b := img.Bounds(); b.Dx() != 400 || b.Dy() != 400 {
				t.Errorf("%s is %dx%d; want 400x400", name, b.Dx(), b.Dy())
			}
		}
		committed, err := os.ReadFile(filepath.Join("..", "..", "docs", name))
		if err != nil {
			t.Errorf("docs/%s: %v; run go run ./examples/xor -out docs", name, err)
			continue
		}
		if !bytes.Equal(data, committed) {
			t.Errorf("docs/%s is out of date; run go run ./examples/xor -out docs", name)
		}
	}
}

// checkXML parses data as XML to its end.
func checkXML(data []byte) error {
	decoder := xml.NewDecoder(bytes.NewReader(data))
	for {
		_, err := decoder.Token()
		if err == io.EOF {
			return nil
		}
		if err != nil {
			return err
		}
	}
}

// TestFlagErrorsPointToHelp: an unknown flag, a value its flag cannot take,
// a missing value and a stray argument each give one line that ends by
// pointing to -h.
func TestFlagErrorsPointToHelp(t *testing.T) {
	for _, args := range [][]string{{"-nope"}, {"-seed", "-1"}, {"-hidden", "2.5"}, {"-seed"}, {"extra"}} {
		_, err := run(io.Discard, args)
		if err == nil || !strings.HasSuffix(err.Error(), "; run with -h to see the flags") || strings.Contains(err.Error(), "\n") {
			t.Errorf("run(%q) = %v; want one line ending with \"; run with -h to see the flags\"", args, err)
		}
	}
}

// TestFlagErrorsSayWhatIsWanted: a value that does not parse is reported
// with what the flag takes, an unknown flag as such.
func TestFlagErrorsSayWhatIsWanted(t *testing.T) {
	for _, tt := range []struct {
		args []string
		want string
	}{
		{[]string{"-seed", "-1"}, "-seed -1: give a whole number ≥ 0, such as 1; run with -h to see the flags"},
		{[]string{"-hidden", "2.5"}, "-hidden 2.5: give a whole number, such as 2; run with -h to see the flags"},
		{[]string{"-lr", "fast"}, "-lr fast: give a number, such as 1; run with -h to see the flags"},
		{[]string{"-foo"}, "-foo: no such flag; run with -h to see the flags"},
	} {
		if _, err := run(io.Discard, tt.args); err == nil || err.Error() != tt.want {
			t.Errorf("run(%q) = %v; want %q", tt.args, err, tt.want)
		}
	}
}

// TestTooLargeLearningRate checks that a run whose loss ends above where it
// started blames the learning rate, not a plateau.
func TestTooLargeLearningRate(t *testing.T) {
	for _, args := range [][]string{
		{"-lr", "20"},
		{"-activation", "relu", "-lr", "10"},
	} {
		var out bytes.Buffer
		if _, err := run(&out, args); err != nil {
			t.Fatalf("run(%q): %v", args, err)
		}
		text := out.String()
		if !strings.Contains(text, "is too large, and each step overshoots") || !strings.Contains(text, "Try a smaller -lr") {
			t.Errorf("run(%q) does not blame the learning rate:\n%s", args, text[strings.Index(text, "Summary:"):])
		}
		if strings.Contains(text, "stall on a plateau") {
			t.Errorf("run(%q) blames a plateau", args)
		}
	}
}
