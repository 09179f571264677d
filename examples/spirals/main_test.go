package main

import (
	"bytes"
	"errors"
	"flag"
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/tocha-go/tocha/dataset"
	"github.com/tocha-go/tocha/mlp"
)

// accuracyOf reads the training accuracy that the story printed for the
// network called name, e.g. "two hidden layers".
func accuracyOf(t *testing.T, text, name string) (parameters int, accuracy float64) {
	t.Helper()
	for _, line := range strings.Split(text, "\n") {
		_, after, found := strings.Cut(line, ", "+name+", ")
		if !found {
			continue
		}
		if _, err := fmt.Sscanf(after, "%d parameters: training accuracy %f", &parameters, &accuracy); err != nil {
			t.Fatalf("cannot read %q: %v", line, err)
		}
		return parameters, accuracy
	}
	t.Fatalf("output says nothing about %s:\n%s", name, text)
	return 0, 0
}

// TestStory runs the program with its defaults and checks the claims it
// prints: the two-hidden-layer network learns the 3-arm spiral (at least
// 95% of the training points right), the one-hidden-layer network with as
// many parameters does not, and both boundaries are drawn.
//
// Under -short (the race detector makes training slow) it runs a small
// version and checks only that the story is told.
func TestStory(t *testing.T) {
	var args []string
	if testing.Short() {
		args = []string{"-points", "30", "-epochs", "20"}
	}
	var out bytes.Buffer
	if err := run(&out, args); err != nil {
		t.Fatal(err)
	}
	text := out.String()
	deepParameters, deep := accuracyOf(t, text, "two hidden layers")
	wideParameters, wide := accuracyOf(t, text, "one hidden layer")
	if testing.Short() {
		t.Logf("short run: training accuracy %.3f with two hidden layers, %.3f with one", deep, wide)
	} else if deep < 0.95 {
		t.Errorf("two hidden layers: training accuracy %.3f; want ≥ 0.95", deep)
	}
	if !testing.Short() && wide > 0.8 {
		t.Errorf("one hidden layer: training accuracy %.3f; want ≤ 0.8, as the story says", wide)
	}
	if d := deepParameters - wideParameters; d < -5 || d > 5 {
		t.Errorf("parameters: %d with two hidden layers, %d with one; want about the same", deepParameters, wideParameters)
	}
	for _, want := range []string{"2-16-16-3, two hidden layers", "2-61-3, one hidden layer", "o arm 1", "+ arm 3"} {
		if !strings.Contains(text, want) {
			t.Errorf("output lacks %q:\n%s", want, text)
		}
	}
}

// TestTwoLayersLearnSpirals trains the two-hidden-layer network on the
// spirals of other seeds, so the default seed is not a lucky one.
func TestTwoLayersLearnSpirals(t *testing.T) {
	if testing.Short() {
		t.Skip("trains three more networks")
	}
	for seed := uint64(2); seed <= 4; seed++ {
		rng := rand.New(rand.NewPCG(seed, 0))
		data := dataset.Spirals(rng, 300, 3, 0.2)
		inputs := dataset.FitStandardizer(data.Inputs).Transform(data.Inputs)
		result, err := train(rng, []int{hiddenWidth, hiddenWidth}, inputs, data, 300)
		if err != nil {
			t.Fatal(err)
		}
		if result.accuracy < 0.95 {
			t.Errorf("seed %d: training accuracy %.3f; want ≥ 0.95", seed, result.accuracy)
		}
	}
}

func TestSameBudgetWidth(t *testing.T) {
	for _, tt := range []struct {
		sizes []int
		want  int
	}{
		{[]int{2, 16, 16, 3}, 61}, // 371 parameters; 2-61-3 has 369
		{[]int{2, 16, 16, 2}, 70}, // 354; 2-70-2 has 352
		{[]int{2, 4, 3}, 4},       // already one layer: the same width
	} {
		activations := make([]string, len(tt.sizes)-1)
		for i := range activations {
			activations[i] = "tanh"
		}
		net, err := mlp.New(tt.sizes, activations, rand.New(rand.NewPCG(1, 2)))
		if err != nil {
			t.Fatal(err)
		}
		if got := sameBudgetWidth(net); got != tt.want {
			t.Errorf("sameBudgetWidth(%v) = %d; want %d", tt.sizes, got, tt.want)
		}
	}
}

// TestOut writes the pictures into a folder that does not exist yet.
func TestOut(t *testing.T) {
	folder := filepath.Join(t.TempDir(), "new", "pictures")
	var out bytes.Buffer
	if err := run(&out, []string{"-points", "20", "-epochs", "5", "-size", "40", "-out", folder}); err != nil {
		t.Fatal(err)
	}
	for _, name := range []string{"boundary-2-16-16-3.svg", "boundary-2-16-16-3.png",
		"boundary-2-61-3.svg", "boundary-2-61-3.png", "loss.svg"} {
		data, err := os.ReadFile(filepath.Join(folder, name))
		if err != nil {
			t.Error(err)
			continue
		}
		want := "<svg"
		if strings.HasSuffix(name, ".png") {
			want = "\x89PNG"
		}
		if head := string(data[:min(len(data), 300)]); !strings.Contains(head, want) {
			t.Errorf("%s does not start like a %s file: %q", name, filepath.Ext(name), head)
		}
	}
	entries, err := os.ReadDir(folder)
	if err != nil {
		t.Fatal(err)
	}
	if len(entries) != 5 {
		t.Errorf("%s holds %d files; want the 5 pictures and no temporary file", folder, len(entries))
	}
}

func TestBadFlags(t *testing.T) {
	for _, args := range [][]string{
		{"-arms", "1"}, {"-arms", "9"}, {"-points", "1"}, {"-noise", "-1"}, {"-noise", "NaN"},
		{"-epochs", "0"}, {"-columns", "10"}, {"-size", "10"}, {"-nope"}, {"extra"},
	} {
		var out bytes.Buffer
		err := run(&out, args)
		if err == nil || strings.Contains(err.Error(), "\n") {
			t.Errorf("run(%q) = %v; want a one-line error", args, err)
		}
	}
	var out bytes.Buffer
	if err := run(&out, []string{"-h"}); !errors.Is(err, flag.ErrHelp) || !strings.Contains(out.String(), "-out folder") {
		t.Errorf("run(-h) = %v, printing %q; want flag.ErrHelp and the flags", err, out.String())
	}
}
