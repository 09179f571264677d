package plot

import (
	"strings"
	"testing"
)

// plotRows returns the inside of the frame: the lines between its top and
// bottom edges, without the labels and the left and right edges.
func plotRows(lines []string) []string {
	var rows []string
	start := -1 // the rune column of the frame's left edge
	for _, line := range lines {
		runes := []rune(line)
		trimmed := strings.TrimLeft(line, " ")
		corner := strings.HasPrefix(trimmed, "┌") || strings.HasPrefix(trimmed, "└") || strings.HasPrefix(trimmed, "+-")
		switch {
		case corner && start < 0:
			start = len(runes) - len([]rune(trimmed))
		case corner:
			return rows
		case start >= 0:
			rows = append(rows, string(runes[start+1:len(runes)-1]))
		}
	}
	return rows
}

func TestBoundaryLinesWidth(t *testing.T) {
	tests := []struct {
		columns, want int
	}{
		{0, defaultColumns}, {60, 60}, {80, 80}, {minColumns, minColumns},
	}
	for _, test := range tests {
		for _, ascii := range []bool{false, true} {
			b := xorBoundary()
			b.Columns, b.ASCII = test.columns, ascii
			lines, err := b.Lines()
			if err != nil {
				t.Fatal(err)
			}
			if got := widest(lines); got != test.want {
				t.Errorf("Columns %d, ASCII %v: widest line = %d; want %d\n%s", test.columns, ascii, got, test.want, strings.Join(lines, "\n"))
			}
			if ascii {
				for _, line := range lines {
					for _, r := range line {
						if r > 127 {
							t.Fatalf("ASCII picture has %q in line %q", r, line)
						}
					}
				}
			}
		}
	}
	if defaultColumns < 60 || defaultColumns > 80 {
		t.Errorf("defaultColumns = %d; want 60 to 80", defaultColumns)
	}
}

// TestBoundaryLinesMarks checks what a person looks for: every sample's
// marker inside the frame, the boundary, and the shaded p ≥ 0.5 region.
func TestBoundaryLinesMarks(t *testing.T) {
	tests := []struct {
		b                    Boundary
		ascii                bool
		wantMarks            map[string]int
		wantBorder, wantFill string
	}{
		{xorBoundary(), false, map[string]int{"o": 2, "x": 2}, "█", "░"},
		{xorBoundary(), true, map[string]int{"o": 2, "x": 2}, "#", "."},
		{threeClasses(), false, map[string]int{"o": 1, "x": 1, "+": 2}, "█", "▒"},
	}
	for _, test := range tests {
		test.b.ASCII = test.ascii
		lines, err := test.b.Lines()
		if err != nil {
			t.Fatal(err)
		}
		inside := strings.Join(plotRows(lines), "\n")
		for mark, want := range test.wantMarks {
			if got := strings.Count(inside, mark); got != want {
				t.Errorf("%v ASCII %v: %d %q markers in the plot; want %d\n%s", test.b, test.ascii, got, mark, want, strings.Join(lines, "\n"))
			}
		}
		for _, want := range []string{test.wantBorder, test.wantFill} {
			if !strings.Contains(inside, want) {
				t.Errorf("%v ASCII %v: no %q in the plot\n%s", test.b, test.ascii, want, strings.Join(lines, "\n"))
			}
		}
		legend := lines[len(lines)-1]
		if !strings.Contains(legend, test.wantBorder) {
			t.Errorf("legend %q does not explain %q", legend, test.wantBorder)
		}
	}
}

func TestBoundaryLinesRows(t *testing.T) {
	b := xorBoundary()
	b.Rows = 7
	lines, err := b.Lines()
	if err != nil {
		t.Fatal(err)
	}
	if got := len(plotRows(lines)); got != 7 {
		t.Errorf("Rows 7: %d plot rows; want 7", got)
	}
}

func TestSideBySide(t *testing.T) {
	var out strings.Builder
	err := SideBySide(&out, []string{"ab", "a"}, []string{"cd", "c", "e"}, "L", "R")
	if err != nil {
		t.Fatal(err)
	}
	want := "L     R\nab    cd\na     c\n      e\n"
	if out.String() != want {
		t.Errorf("SideBySide wrote\n%q; want\n%q", out.String(), want)
	}
}

func TestSideBySidePanicsOnOneTitle(t *testing.T) {
	defer func() {
		if recover() == nil {
			t.Error("SideBySide with one title did not panic")
		}
	}()
	_ = SideBySide(&strings.Builder{}, nil, nil, "only one")
}
