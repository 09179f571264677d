package main

import (
	"bytes"
	"io"
	"math"
	"regexp"
	"strings"
	"testing"

	"github.com/tocha-go/tocha/activation"
)

// exactTolerance: the gradients are a handful of float64 operations, so the
// two ways of computing them agree to rounding.
const exactTolerance = 1e-12

// TestStory runs the program and checks the conclusions it prints.
func TestStory(t *testing.T) {
	var out bytes.Buffer
	if err := run(&out, nil); err != nil {
		t.Fatal(err)
	}
	text := out.String()
	for _, want := range []string{
		"So: σ′(z) = 0.0066 made MSE's gradient 75× smaller than BCE's",
		"Epochs each loss needed until trained (never: not within the limit):\n  seed | MSE epochs | BCE epochs\n",
		"Conclusion: BCE needed",
		"== 0. What is a loss? ==",
		"    0.5 | 0.250   0.693\n", // MSE and BCE of p = 0.5 for y = 1: 0.5², ln 2
		"== So, why is cross-entropy so common? ==",
		"(part 1 measured it)",
		"(part 2 measured it on XOR)",
	} {
		if !strings.Contains(text, want) {
			t.Errorf("output lacks %q:\n%s", want, text)
		}
	}
	// Every number is rounded: no float64 printed in full.
	if raw := regexp.MustCompile(`\d\.\d{5,}`).FindString(text); raw != "" {
		t.Errorf("output has an unrounded number %q:\n%s", raw, text)
	}
}

// TestStartGradient checks the chain-rule story on the measured numbers:
// MSE's ∂L/∂z carries σ′(z), BCE's is p − y.
func TestStartGradient(t *testing.T) {
	mse, err := trainNeuron("mse", 10)
	if err != nil {
		t.Fatal(err)
	}
	bce, err := trainNeuron("bce", 10)
	if err != nil {
		t.Fatal(err)
	}
	p := mse.predictions[0]
	slope := activation.SigmoidDerivative(p)
	if want := 2 * (p - neuronTarget) * slope; math.Abs(mse.dLossdZ-want) > exactTolerance {
		t.Errorf("MSE ∂L/∂z = %v; want 2(p − y)·σ′(z) = %v", mse.dLossdZ, want)
	}
	if want := p - neuronTarget; math.Abs(bce.dLossdZ-want) > exactTolerance {
		t.Errorf("BCE ∂L/∂z = %v; want p − y = %v", bce.dLossdZ, want)
	}
	// The neuron is confidently wrong, so σ′(z) < 0.01 and BCE's gradient is
	// more than 50 times MSE's (1/(2σ′(z)) ≈ 75).
	if ratio := bce.dLossdZ / mse.dLossdZ; ratio < 50 {
		t.Errorf("BCE's ∂L/∂z is %.1f× MSE's; want > 50", ratio)
	}
}

// TestBCEFaster checks the claim: BCE needs fewer epochs than MSE,
// on the single neuron and on XOR from the same initial weights.
func TestBCEFaster(t *testing.T) {
	mse, err := trainNeuron("mse", 300)
	if err != nil {
		t.Fatal(err)
	}
	bce, err := trainNeuron("bce", 300)
	if err != nil {
		t.Fatal(err)
	}
	mseFlip, bceFlip := firstBelowHalf(mse.predictions), firstBelowHalf(bce.predictions)
	if bceFlip < 0 || mseFlip < 0 || bceFlip >= mseFlip {
		t.Errorf("epochs until p < 0.5: BCE %d, MSE %d; want BCE sooner (−1: never)", bceFlip, mseFlip)
	}

	const maxEpochs = 10000
	var mseEpochs, bceEpochs []int
	for seed := uint64(1); seed <= 10; seed++ {
		m, err := epochsToLearnXOR(seed, "mse", maxEpochs)
		if err != nil {
			t.Fatal(err)
		}
		b, err := epochsToLearnXOR(seed, "bce", maxEpochs)
		if err != nil {
			t.Fatal(err)
		}
		if b < 0 {
			t.Errorf("seed %d: BCE did not learn XOR within %d epochs", seed, maxEpochs)
		}
		mseEpochs = append(mseEpochs, orLimit(m, maxEpochs))
		bceEpochs = append(bceEpochs, orLimit(b, maxEpochs))
	}
	if m, b := median(mseEpochs), median(bceEpochs); b >= m {
		t.Errorf("median epochs on XOR: BCE %g, MSE %g; want BCE fewer", b, m)
	}
}

func TestMedian(t *testing.T) {
	for _, c := range []struct {
		counts []int
		want   float64
	}{{[]int{3}, 3}, {[]int{5, 1, 3}, 3}, {[]int{4, 1, 3, 2}, 2.5}} {
		if got := median(c.counts); got != c.want {
			t.Errorf("median(%v) = %g; want %g", c.counts, got, c.want)
		}
	}
}

func TestHelp(t *testing.T) {
	var out bytes.Buffer
	if err := run(&out, []string{"-h"}); err == nil {
		t.Error("run(-h) returned no error; want flag.ErrHelp")
	}
	help := out.String()
	if !strings.HasPrefix(help, "usage: go run ./examples/losses [flags]\n") {
		t.Errorf("run(-h) printed %q; want a usage line first", help)
	}
	for _, want := range []string{"-seed s", "-seeds n", "-epochs n", "1 to 1000000 (default 10000)"} {
		if !strings.Contains(help, want) {
			t.Errorf("run(-h) printed %q; want it to contain %q", help, want)
		}
	}
}

func TestBadFlags(t *testing.T) {
	for _, args := range [][]string{
		{"-seeds", "0"}, {"-seeds", "1001"}, {"-seeds", "abc"}, {"-epochs", "5"}, {"-epochs", "1000001"},
		{"-max-epochs", "0"}, {"-max-epochs", "1000001"},
		{"-seed", "-1"}, {"-seed", "18446744073709551615"}, {"-nope"}, {"extra"},
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

// TestFlagErrorsPointToHelp: an unknown flag, a value its flag cannot take,
// a missing value and a stray argument each give one line that ends by
// pointing to -h.
func TestFlagErrorsPointToHelp(t *testing.T) {
	for _, args := range [][]string{{"-nope"}, {"-seed", "-1"}, {"-seeds", "2.5"}, {"-epochs"}, {"extra"}} {
		err := run(io.Discard, args)
		if err == nil || !strings.HasSuffix(err.Error(), "; run with -h to see the flags") || strings.Contains(err.Error(), "\n") {
			t.Errorf("run(%q) = %v; want one line ending with \"; run with -h to see the flags\"", args, err)
		}
	}
}
