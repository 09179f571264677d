package main

import (
	"bytes"
	"fmt"
	"slices"
	"strings"
	"testing"
)

// TestColumns checks that every table's header sits over its numbers, also
// when the flags make the numbers wider than the defaults do, and that a
// count of 1 is not followed by a plural.
func TestColumns(t *testing.T) {
	args := []string{"-epochs", "100000", "-seeds", "2", "-seed", "99999", "-max-epochs", "1"}
	var out bytes.Buffer
	if err := run(&out, args); err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(out.String(), "\n")
	tables := [][]string{
		linesAfter(lines, "  loss ", 3),
		linesAfter(lines, "  epoch |", 9),
		linesAfter(lines, "   seed |", 3),
	}
	for _, table := range tables {
		// The first field is the row's label, left-aligned in the loss
		// table; the fields after it are right-aligned numbers.
		want := fieldEnds(table[0])[1:]
		for _, row := range table[1:] {
			if got := fieldEnds(row)[1:]; !slices.Equal(got, want) {
				t.Errorf("columns end at %v in\n%s\nand at %v in its header\n%s", got, row, want, table[0])
			}
		}
	}
	if strings.Contains(out.String(), " 1 epochs") || strings.Contains(out.String(), " 1 seeds") {
		t.Errorf("output has a plural after 1:\n%s", out.String())
	}
	if !strings.Contains(out.String(), "at most 1 epoch.") {
		t.Errorf("output lacks %q:\n%s", "at most 1 epoch.", out.String())
	}
}

// linesAfter returns the first line that begins with prefix and the
// count − 1 lines after it, or fails the test if there is none.
func linesAfter(lines []string, prefix string, count int) []string {
	for k, line := range lines {
		if strings.HasPrefix(strings.TrimLeft(line, " "), strings.TrimLeft(prefix, " ")) && k+count <= len(lines) {
			return lines[k : k+count]
		}
	}
	panic(fmt.Sprintf("no line begins with %q", prefix))
}

// fieldEnds returns the character column where each field of a table row
// ends, and where each "|" is. A field is text between "|"s and runs of two
// or more spaces, so that a header such as "MSE: p" is one field. A
// monospace font shows every character of these tables one column wide.
func fieldEnds(line string) []int {
	var ends []int
	runes := []rune(append([]rune(line), ' ', ' '))
	for k, r := range runes[:len(runes)-2] {
		next, afterNext := runes[k+1], runes[k+2]
		endsField := r != ' ' && r != '|' &&
			(next == '|' || (next == ' ' && (afterNext == ' ' || afterNext == '|')))
		if endsField || r == '|' {
			ends = append(ends, k+1)
		}
	}
	return ends
}

// TestSweepHeaderNamesItsUnit: the sweep's cells are epochs, and the header
// says so whatever the widths; a run that never learned reads "never".
func TestSweepHeaderNamesItsUnit(t *testing.T) {
	for _, args := range [][]string{{"-seeds", "1"}, {"-seeds", "1", "-max-epochs", "1"}, {"-seeds", "1", "-max-epochs", "1000000"}} {
		var out bytes.Buffer
		if err := run(&out, args); err != nil {
			t.Fatal(err)
		}
		header := linesAfter(strings.Split(out.String(), "\n"), "   seed |", 2)
		if header[0] != "  seed | MSE epochs | BCE epochs" {
			t.Errorf("run(%q): sweep header %q does not say the cells are epochs", args, header[0])
		}
		if !strings.Contains(out.String(), "(never: not within the limit)") {
			t.Errorf("run(%q): no legend for the sweep", args)
		}
	}
	var out bytes.Buffer
	if err := run(&out, []string{"-seeds", "1", "-max-epochs", "1"}); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(out.String(), "|      never |      never") {
		t.Errorf("a run that never learned is not shown as never:\n%s", out.String())
	}
}
