package main

import (
	"bytes"
	"strings"
	"testing"
)

// TestStory runs the program and checks the claims it prints.
func TestStory(t *testing.T) {
	var out bytes.Buffer
	if err := run(&out, nil); err != nil {
		t.Fatal(err)
	}
	text := out.String()
	for _, want := range []string{
		"NAND learned in 6 epochs (10 updates): w = [-2 -1], b = 2",
		"OR learned in",
		"AND learned in",
		"the weights cycle and will never settle",
		"may not be linearly separable",
	} {
		if !strings.Contains(text, want) {
			t.Errorf("output lacks %q:\n%s", want, text)
		}
	}
	if got := strings.Count(text, "4 of 4 correct"); got != 3 {
		t.Errorf("%d gates learned perfectly; want 3 (NAND, OR, AND)", got)
	}
}

func TestBadFlags(t *testing.T) {
	for _, args := range [][]string{{"-lr", "0"}, {"-lr", "abc"}, {"-epochs", "0"}, {"-nope"}} {
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
