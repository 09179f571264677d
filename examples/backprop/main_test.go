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
	for _, want := range []string{"Forward pass", "Backward pass", "δ =  0.138498562", "after 0.280471447"} {
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
