package main

import (
	"bytes"
	"io"
	"math"
	"strings"
	"testing"
)

// publishedTolerance: the published example prints 9 decimals.
const publishedTolerance = 1e-9

// TestPublishedNumbers checks the program against the published example.
func TestPublishedNumbers(t *testing.T) {
	var out bytes.Buffer
	got, err := run(&out, nil)
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name      string
		got, want float64
	}{
		{"loss before", got.lossBefore, 0.298371109},
		{"loss after", got.lossAfter, 0.280471447},
		{"first output weight", got.firstOutputWeight, 0.35891648},
		{"first hidden weight", got.firstHiddenWeight, 0.149780716},
	}
	for _, tt := range tests {
		if math.Abs(tt.got-tt.want) > publishedTolerance {
			t.Errorf("%s = %.10f; want %.9f", tt.name, tt.got, tt.want)
		}
	}
	if !(got.lossAfter < got.lossBefore && got.lossAfterFixedBiases < got.lossBefore) {
		t.Errorf("the step did not lower the loss: %v → %v", got.lossBefore, got.lossAfter)
	}
	for _, want := range []string{"Forward pass", "Backward pass", "δ =  0.138498562", "after 0.280471447",
		"So, how does a network learn?", "(L: 0.298 → 0.280, down)"} {
		if !strings.Contains(out.String(), want) {
			t.Errorf("output lacks %q", want)
		}
	}
}

func TestBadFlags(t *testing.T) {
	for _, args := range [][]string{{"-lr", "0"}, {"-lr", "x"}, {"-lr", "Inf"}, {"more"}} {
		if _, err := run(io.Discard, args); err == nil {
			t.Errorf("run(%q) succeeded; want an error", args)
		}
	}
}

// TestPublishedFigureOnlyForItsLearningRate: the walk-through's loss after
// the step is printed only for its learning rate; another rate gets a note
// instead of a number that looks like a disagreement.
func TestPublishedFigureOnlyForItsLearningRate(t *testing.T) {
	for _, tt := range []struct {
		args       []string
		want, lack string
	}{
		{nil, "the walk-through itself reports 0.291027924.", "figure is for lr"},
		{[]string{"-lr", "0.5"}, "the walk-through itself reports 0.291027924.", "figure is for lr"},
		{[]string{"-lr", "100"}, "the walk-through's own figure is for lr 0.5, not 100: run without -lr to compare with it.)", "0.291027924"},
	} {
		var out bytes.Buffer
		if _, err := run(&out, tt.args); err != nil {
			t.Fatal(err)
		}
		if !strings.Contains(out.String(), tt.want) {
			t.Errorf("run(%q) output lacks %q", tt.args, tt.want)
		}
		if strings.Contains(out.String(), tt.lack) {
			t.Errorf("run(%q) output contains %q", tt.args, tt.lack)
		}
	}
}

// TestHelpStatesTheAcceptedRange: the help must give the same range that
// the check enforces (0 itself is rejected).
func TestHelpStatesTheAcceptedRange(t *testing.T) {
	var out bytes.Buffer
	if _, err := run(&out, []string{"-h"}); err == nil {
		t.Fatal("-h returned no error; want flag.ErrHelp")
	}
	if !strings.Contains(out.String(), "> 0 and ≤ 100") || strings.Contains(out.String(), "from 0") {
		t.Errorf("help does not say > 0 and ≤ 100:\n%s", out.String())
	}
}

// TestFlagErrorsPointToHelp: an unknown flag, a value its flag cannot take,
// a missing value and a stray argument each give one line that ends by
// pointing to -h.
func TestFlagErrorsPointToHelp(t *testing.T) {
	for _, args := range [][]string{{"-nope"}, {"-lr", "x"}, {"-lr"}, {"extra"}} {
		_, err := run(io.Discard, args)
		if err == nil || !strings.HasSuffix(err.Error(), "; run with -h to see the flags") || strings.Contains(err.Error(), "\n") {
			t.Errorf("run(%q) = %v; want one line ending with \"; run with -h to see the flags\"", args, err)
		}
	}
}
