package main

import (
	"bytes"
	"slices"
	"strings"
	"testing"
)

// entry builds a raceEntry from the epoch each seed learned in (−1: never),
// seeds counting from 1.
func entry(hidden string, learned ...int) raceEntry {
	e := raceEntry{hidden: hidden}
	for k, epoch := range learned {
		e.runs = append(e.runs, raceRun{seed: uint64(k + 1), learned: epoch})
	}
	return e
}

func TestMedianEpochs(t *testing.T) {
	const epochs = 100
	for _, c := range []struct {
		learned []int
		want    float64
	}{
		{[]int{12}, 12},
		{[]int{36, 12, 76}, 36},
		{[]int{20, 10}, 15},
		{[]int{-1, 10, -1}, epochs + 1}, // never counts as epochs + 1
	} {
		if got := entry("relu", c.learned...).medianEpochs(epochs); got != c.want {
			t.Errorf("medianEpochs(%v) = %g; want %g", c.learned, got, c.want)
		}
	}
}

// TestConcludeRace checks that the race's conclusion follows the numbers
// whichever way they go, rather than always favouring ReLU.
func TestConcludeRace(t *testing.T) {
	const epochs = 100
	never := entry("sigmoid", -1, -1, -1)
	for _, c := range []struct {
		name       string
		tanh, relu raceEntry
		want, not  []string
	}{{
		name: "ReLU faster from every seed",
		tanh: entry("tanh", 30, 40, 50), relu: entry("relu", 10, 20, 30),
		want: []string{"ReLU reached 95% sooner than tanh from every seed (ReLU's median 20, tanh's 40)"},
		not:  []string{"not always", "separates tanh from ReLU"},
	}, {
		name: "ReLU faster in the median only",
		tanh: entry("tanh", 12, 36, 76), relu: entry("relu", 20, 10, 68),
		want: []string{"in the median", "from 2 of 3 seeds", "tanh was sooner from seed 1 (12 epochs against 20)",
			"separates sigmoid from the other two"},
	}, {
		name: "tanh faster",
		tanh: entry("tanh", 10, 12, 14), relu: entry("relu", 20, 10, 30),
		want: []string{"tanh reached 95% sooner than ReLU in the median (ReLU's median 20, tanh's 12), and from 2 of 3 seeds",
			"ReLU is not the faster learner"},
		not: []string{"ReLU reached 95% sooner"},
	}, {
		name: "tanh never",
		tanh: entry("tanh", -1, -1, -1), relu: entry("relu", 20, 10, 30),
		want: []string{"tanh did not reach 95%", "With its matched init, relu trained it from every seed."},
	}, {
		name: "one seed",
		tanh: entry("tanh", 12), relu: entry("relu", 20),
		want: []string{"From this one seed tanh reached it sooner than ReLU (epochs: tanh 12, ReLU 20)"},
	}} {
		sigmoid := never
		sigmoid.runs = sigmoid.runs[:len(c.relu.runs)]
		var out bytes.Buffer
		concludeRace(&out, []raceEntry{sigmoid, c.tanh, c.relu}, epochs)
		text := out.String()
		for _, want := range c.want {
			if !strings.Contains(text, want) {
				t.Errorf("%s: conclusion lacks %q:\n%s", c.name, want, text)
			}
		}
		for _, not := range c.not {
			if strings.Contains(text, not) {
				t.Errorf("%s: conclusion says %q:\n%s", c.name, not, text)
			}
		}
	}
}

func TestPlural(t *testing.T) {
	for _, c := range []struct {
		n    int
		want string
	}{{0, "0 epochs"}, {1, "1 epoch"}, {2, "2 epochs"}} {
		if got := plural(c.n, "epoch"); got != c.want {
			t.Errorf("plural(%d, \"epoch\") = %q; want %q", c.n, got, c.want)
		}
	}
}

// TestColumns checks that every table's header sits over its numbers, also
// when the flags make the numbers wider than the defaults do.
func TestColumns(t *testing.T) {
	args := []string{"-seed", "99999", "-race-seeds", "3", "-epochs", "30", "-seeds", "3", "-depth", "2"}
	var out bytes.Buffer
	if err := run(&out, args); err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(out.String(), "\n")
	for _, table := range []struct {
		header string
		rows   int
	}{{"  layer ", 6}, {"  mean loss in epoch", 3}, {"  epochs to 95%", 3}, {"  network ", 3}} {
		k := slices.IndexFunc(lines, func(line string) bool { return strings.HasPrefix(line, table.header) })
		if k < 0 || k+table.rows >= len(lines) {
			t.Fatalf("no table headed %q:\n%s", table.header, out.String())
		}
		// The first field is the row's label and the last may be text,
		// both left-aligned; the fields between are right-aligned numbers.
		want := innerFieldEnds(lines[k])
		for _, row := range lines[k+1 : k+1+table.rows] {
			if got := innerFieldEnds(row); !slices.Equal(got, want) {
				t.Errorf("columns end at %v in\n%s\nand at %v in its header\n%s", got, row, want, lines[k])
			}
		}
	}
}

// innerFieldEnds returns the character column where each field of a table
// row ends, and where each "|" is, leaving out the first and the last
// field. A field is text between "|"s and runs of two or more spaces, so
// that a header such as "mean loss in epoch" is one field. A monospace font
// shows every character of these tables one column wide.
func innerFieldEnds(line string) []int {
	var ends []int
	runes := []rune(line + "  ")
	for k, r := range runes[:len(runes)-2] {
		next, afterNext := runes[k+1], runes[k+2]
		endsField := r != ' ' && r != '|' &&
			(next == '|' || (next == ' ' && (afterNext == ' ' || afterNext == '|')))
		if endsField || r == '|' {
			ends = append(ends, k+1)
		}
	}
	if len(ends) < 2 {
		return nil
	}
	return ends[1 : len(ends)-1]
}
