package main

import (
	"bytes"
	"fmt"
	"io"
	"regexp"
	"slices"
	"strings"
	"testing"
	"unicode/utf8"
)

// TestStory runs the program and checks the claims it prints.
func TestStory(t *testing.T) {
	text := runOK(t)
	for _, want := range []string{
		"NAND learned in 6 epochs (10 updates): w = [-2 -1], b = 2",
		"Loss per epoch: 0.25 → 0.75 → 0.75 → 0.50 → 0.25 → 0.00", // NAND: 1, 3, 3, 2, 1, 0 of 4 wrong
		"OR learned in",
		"AND learned in",
		"the weights cycle and never settle",
		"Training stopped at the epoch limit (-epochs 20)",
	} {
		if !strings.Contains(text, want) {
			t.Errorf("output lacks %q:\n%s", want, text)
		}
	}
	if got := strings.Count(text, "4 of 4 correct"); got != 3 {
		t.Errorf("%d gates learned perfectly; want 3 (NAND, OR, AND)", got)
	}
}

// The program talks to students: no Go API names, and no error line that
// says "perceptron:" twice.
func TestNoAPINames(t *testing.T) {
	apiName := regexp.MustCompile(`\b(Config|History|Epoch|Perceptron)\.[A-Z]`)
	text := runOK(t)
	if found := apiName.FindAllString(text, -1); found != nil {
		t.Errorf("output names Go API %q; say it in words", found)
	}
	for _, args := range [][]string{{"-epochs", "3"}, {"-lr", "NaN"}, {"-lr", "1e308"}} {
		err := run(&bytes.Buffer{}, args)
		if err == nil {
			t.Errorf("run(%q) succeeded; want an error", args)
			continue
		}
		if found := apiName.FindAllString(err.Error(), -1); found != nil {
			t.Errorf("run(%q) error %q names Go API %q", args, err, found)
		}
		if strings.Contains(err.Error(), "perceptron:") {
			t.Errorf("run(%q) error %q starts with \"perceptron:\"; main adds it", args, err)
		}
	}
}

func TestBadFlags(t *testing.T) {
	for _, args := range [][]string{
		{"-lr", "0"}, {"-lr", "abc"}, {"-lr", "NaN"}, {"-lr", "Inf"}, {"-lr", "-1"},
		{"-epochs", "0"}, {"-epochs", "10001"}, {"-nope"},
		{"foo"}, {"-lr", "1", "foo"},
	} {
		var out bytes.Buffer
		err := run(&out, args)
		if err == nil {
			t.Errorf("run(%q) succeeded; want an error", args)
			continue
		}
		if strings.Contains(err.Error(), "\n") {
			t.Errorf("run(%q) error %q spans several lines; want one", args, err)
		}
	}
}

// A learning rate that overflows float64 is reported, not a panic, and the
// message says which flag to change.
func TestHugeLearningRate(t *testing.T) {
	for _, lr := range []string{"1e308", "1.7976931348623157e308"} {
		args := []string{"-lr", lr}
		var err error
		panicked := func() (value any) {
			defer func() { value = recover() }()
			err = run(&bytes.Buffer{}, args)
			return nil
		}()
		if panicked != nil {
			t.Fatalf("run(%q) panicked: %v; want an error", args, panicked)
		}
		if err == nil || !strings.Contains(err.Error(), "-lr") || !strings.Contains(err.Error(), "too large") {
			t.Errorf("run(%q) = %v; want an error saying -lr is too large", args, err)
		}
	}
}

// -h starts with a usage line and names the flags' types, not "-lr lr".
func TestHelp(t *testing.T) {
	var out bytes.Buffer
	if err := run(&out, []string{"-h"}); err == nil || !strings.Contains(err.Error(), "help") {
		t.Fatalf("run(-h) = %v; want flag.ErrHelp", err)
	}
	text := out.String()
	if !strings.HasPrefix(text, "usage: go run ./examples/perceptron") {
		t.Errorf("-h output starts %q; want a usage line first", text)
	}
	for _, want := range []string{"-lr float", "-epochs int"} {
		if !strings.Contains(text, want) {
			t.Errorf("-h output lacks %q:\n%s", want, text)
		}
	}
	if strings.Contains(text, "-lr lr") {
		t.Errorf("-h output shows the placeholder \"-lr lr\":\n%s", text)
	}
}

// The XOR section traces its first epochs like the gates, honours -epochs,
// words its two counts apart, and explains 2 of 4 against the best line's
// 3 of 4.
func TestXORSection(t *testing.T) {
	for _, epochs := range []int{6, 20} {
		var out bytes.Buffer
		if err := run(&out, []string{"-epochs", fmt.Sprint(epochs)}); err != nil {
			t.Fatal(err)
		}
		_, xor, found := strings.Cut(out.String(), "== XOR ==")
		if !found {
			t.Fatalf("-epochs %d: no XOR section:\n%s", epochs, out.String())
		}
		traceRows := regexp.MustCompile(`(?m)^ +(\d+) +[01] +[01] +[01] \|.*\|`).FindAllStringSubmatch(xor, -1)
		if len(traceRows) != 4*tracedEpochs {
			t.Errorf("-epochs %d: %d XOR trace rows; want %d (4 samples × %d epochs)", epochs, len(traceRows), 4*tracedEpochs, tracedEpochs)
		}
		for _, want := range []string{
			"epoch  x1 x2  y |      z  ŷ   e |     w1     w2      b",
			"    1   0  0  0 |      0  1  -1 |      0      0     -1  ← update",
			"epoch | mistakes during the epoch | right at its end |",
			"    1 |                    3 of 4 |           2 of 4 |     -1      0     -1",
			"    3 |                    4 of 4 |           2 of 4 |     -1      0      0",
			"epoch 1 made 3 mistakes, then its final weights get 2 right",
			"Epoch 3 ends with the same weights as epoch 2, w = [-1 0], b = 0",
			fmt.Sprintf("epochs 4 to %d are copies", epochs),
			fmt.Sprintf("the epoch limit (-epochs %d)", epochs),
			"Why it ends at 2 of 4",
			"no epoch ends better than 2 of 4",
			"a line can get 3 of 4: the NAND perceptron",
			"wrong only on (0, 0)",
			"pocket",
			"go run ./examples/xor",
		} {
			if !strings.Contains(xor, want) {
				t.Errorf("-epochs %d: XOR section lacks %q:\n%s", epochs, want, xor)
			}
		}
		if strings.Contains(xor, "Weights [") {
			t.Errorf("-epochs %d: XOR section prints an Epoch's String; want the tables:\n%s", epochs, xor)
		}
	}
}

// Every table row is as wide as its header, for any learning rate whose
// numbers fit the columns.
func TestTablesAligned(t *testing.T) {
	for _, lr := range []string{"1", "0.5", "0.1", "3"} {
		var out bytes.Buffer
		if err := run(&out, []string{"-lr", lr}); err != nil {
			t.Fatal(err)
		}
		width := 0 // of the current table's header, 0 outside a table
		for _, line := range strings.Split(out.String(), "\n") {
			row, _, _ := strings.Cut(line, "  ← update")
			switch {
			case strings.HasPrefix(line, "epoch "):
				width = utf8.RuneCountInString(line)
			case width > 0 && strings.Contains(line, " | "):
				if got := utf8.RuneCountInString(row); got != width {
					t.Errorf("-lr %s: row %q is %d wide; want %d like its header", lr, row, got, width)
				}
			default:
				width = 0
			}
		}
	}
}

// runOK runs the program with the default flags and returns its output.
func runOK(t *testing.T) string {
	t.Helper()
	var out bytes.Buffer
	if err := run(&out, nil); err != nil {
		t.Fatal(err)
	}
	return out.String()
}

// TestTraceSaysBeforeAndAfter: above every trace header, a line groups the
// columns: z, ŷ and e are computed before the update, w1 w2 b are after it.
// Its bars sit where the header's do.
func TestTraceSaysBeforeAndAfter(t *testing.T) {
	lines := strings.Split(runOK(t), "\n")
	headers := 0
	for i, line := range lines {
		if !strings.HasPrefix(line, "epoch  x1 x2  y |") {
			continue
		}
		headers++
		if i == 0 {
			t.Fatal("trace header on the first line")
		}
		group := lines[i-1]
		if !strings.Contains(group, "| before update |") || !strings.HasSuffix(group, "after update") {
			t.Errorf("line above the header is %q; want before/after labels", group)
		}
		if got, want := barsAt(group), barsAt(line); !slices.Equal(got, want) {
			t.Errorf("group line bars at %v, header bars at %v", got, want)
		}
		if utf8.RuneCountInString(group) != utf8.RuneCountInString(line) {
			t.Errorf("group line %q is not as wide as the header %q", group, line)
		}
	}
	if headers != 4 { // NAND, OR, AND, XOR
		t.Errorf("found %d trace headers; want 4", headers)
	}
}

// barsAt returns the character positions of the '|' in line.
func barsAt(line string) []int {
	var at []int
	for i, r := range []rune(line) {
		if r == '|' {
			at = append(at, i)
		}
	}
	return at
}

// TestFlagErrorsPointToHelp: an unknown flag, a value its flag cannot take,
// a missing value and a stray argument each give one line that ends by
// pointing to -h.
func TestFlagErrorsPointToHelp(t *testing.T) {
	for _, args := range [][]string{{"-nope"}, {"-lr", "x"}, {"-epochs", "2.5"}, {"-epochs"}, {"extra"}} {
		err := run(io.Discard, args)
		if err == nil || !strings.HasSuffix(err.Error(), "; run with -h to see the flags") || strings.Contains(err.Error(), "\n") {
			t.Errorf("run(%q) = %v; want one line ending with \"; run with -h to see the flags\"", args, err)
		}
	}
}
