package main

import (
	"bytes"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// testAccuracy runs classify with args and returns how many test samples it
// classified correctly, of how many, and everything it printed.
func testAccuracy(t *testing.T, args ...string) (correct, total int, stdout, stderr string) {
	t.Helper()
	var out, progress bytes.Buffer
	if err := run(&out, &progress, args); err != nil {
		t.Fatalf("run(%q): %v", args, err)
	}
	var accuracy float64
	for _, line := range strings.Split(out.String(), "\n") {
		if strings.HasPrefix(line, "Test accuracy:") {
			if _, err := fmt.Sscanf(line, "Test accuracy: %f (%d of %d)", &accuracy, &correct, &total); err != nil {
				t.Fatalf("run(%q): cannot read %q: %v", args, line, err)
			}
			return correct, total, out.String(), progress.String()
		}
	}
	t.Fatalf("run(%q) printed no test accuracy:\n%s", args, out.String())
	return 0, 0, "", ""
}

// TestIrisDefaults pins the promise of the issue: with no flags but a seed,
// the shipped iris split gets at least 29 of its 30 test flowers right.
// (scikit-learn's MLPClassifier averages 0.993 over seeds, 0.967 at worst.)
func TestIrisDefaults(t *testing.T) {
	seeds := []string{"1", "2", "3", "4", "5"}
	if testing.Short() {
		seeds = seeds[:2]
	}
	for _, seed := range seeds {
		correct, total, stdout, stderr := testAccuracy(t, "-seed", seed)
		if total != 30 || correct < 29 {
			t.Errorf("-seed %s: test accuracy %d of %d; want at least 29 of 30\n%s", seed, correct, total, stdout)
		}
		for _, want := range []string{"dataset.Iris", "Network 4-16-3", "setosa", "versicolor", "virginica", "correct"} {
			if !strings.Contains(stdout, want) {
				t.Errorf("-seed %s: output lacks %q:\n%s", seed, want, stdout)
			}
		}
		lines := strings.Split(strings.TrimSuffix(stderr, "\n"), "\n")
		if len(lines) != 200 || !strings.HasPrefix(lines[0], "epoch   1/200  loss ") ||
			!strings.HasPrefix(lines[199], "epoch 200/200  loss ") || !strings.Contains(lines[199], "training accuracy 0.") {
			t.Errorf("-seed %s: progress has %d lines, first %q, last %q; want 200 lines, epoch 1/200 to 200/200",
				seed, len(lines), lines[0], lines[len(lines)-1])
		}
	}
}

// TestOptimizers checks that each optimizer's default learning rate trains
// the iris network well.
func TestOptimizers(t *testing.T) {
	for _, optimizer := range []string{"sgd", "momentum", "adam"} {
		correct, total, stdout, _ := testAccuracy(t, "-optimizer", optimizer)
		if correct < 28 {
			t.Errorf("-optimizer %s: test accuracy %d of %d; want at least 28\n%s", optimizer, correct, total, stdout)
		}
	}
}

// TestIrisSplit splits all 150 flowers when -split is given without -train.
func TestIrisSplit(t *testing.T) {
	correct, total, stdout, _ := testAccuracy(t, "-split", "0.4", "-epochs", "50")
	if total != 60 || correct < 54 {
		t.Errorf("-split 0.4: test accuracy %d of %d; want at least 54 of 60\n%s", correct, total, stdout)
	}
}

func TestHelp(t *testing.T) {
	var out, progress bytes.Buffer
	err := run(&out, &progress, []string{"-h"})
	if !errors.Is(err, flag.ErrHelp) {
		t.Fatalf("run(-h) = %v; want flag.ErrHelp", err)
	}
	for _, want := range []string{"-hidden sizes", "-optimizer name", "-loss-curve file", "(default 16)", "(default 200)",
		"each 1 to 4096, at most 8 layers", "1 to 1000000", "-comma character", "-decimal-comma"} {
		if !strings.Contains(out.String(), want) {
			t.Errorf("-h output lacks %q:\n%s", want, out.String())
		}
	}
}

func TestBadFlags(t *testing.T) {
	for _, tt := range []struct {
		args []string
		want string // part of the error
	}{
		{[]string{"-hidden", "16,x"}, `layer 2 size "x"`},
		{[]string{"-hidden", "0"}, `layer 1 size "0"`},
		{[]string{"-activation", "step"}, "slope is 0"},
		{[]string{"-activation", "swish"}, "-activation swish: unknown"},
		{[]string{"-optimizer", "rmsprop"}, "-optimizer rmsprop: unknown"},
		{[]string{"-lr", "0"}, "-lr 0:"},
		{[]string{"-lr", "-0.1"}, "-lr -0.1:"},
		{[]string{"-lr", "NaN"}, "-lr NaN:"},
		{[]string{"-lr", "abc"}, "-lr"},
		{[]string{"-epochs", "0"}, "-epochs 0:"},
		{[]string{"-batch", "-1"}, "-batch -1:"},
		{[]string{"-split", "0"}, "-split 0:"},
		{[]string{"-split", "1"}, "-split 1:"},
		{[]string{"-test", "b.csv"}, "needs a -train file"},
		{[]string{"-label", "species"}, "-label needs a -train file: it describes a CSV file, and the iris data shipped with tocha has a fixed format"},
		{[]string{"-comma", ";"}, "-comma needs a -train file"},
		{[]string{"-decimal-comma"}, "-decimal-comma needs a -train file"},
		{[]string{"-train", "a.csv", "-decimal-comma"}, "-decimal-comma needs another character between fields than ','"},
		{[]string{"-comma", "ab"}, `"ab" is not one character`},
		{[]string{"-comma", "."}, `"." cannot separate fields`},
		{[]string{"-hidden", "100000"}, "layer 1 size 100000 is more than 4096 neurons"},
		{[]string{"-hidden", "16,4097"}, "layer 2 size 4097 is more than 4096 neurons"},
		{[]string{"-hidden", "1,1,1,1,1,1,1,1,1"}, "9 hidden layers; give at most 8"},
		{[]string{"-epochs", "1000001"}, "-epochs 1000001: give 1 to 1000000 epochs"},
		{[]string{"-loss-curve", "loss.png"}, "-loss-curve loss.png"},
		{[]string{"-loss-curve", "no/such/folder/loss.svg"}, "does not exist"},
		{[]string{"-train", "no-such-file.csv"}, "no-such-file.csv"},
		{[]string{"-nope"}, "-nope"},
		{[]string{"iris.csv"}, `unexpected argument "iris.csv"`},
	} {
		var out, progress bytes.Buffer
		err := run(&out, &progress, tt.args)
		if err == nil || !strings.Contains(err.Error(), tt.want) || strings.Contains(err.Error(), "\n") {
			t.Errorf("run(%q) = %v; want a one-line error containing %q", tt.args, err, tt.want)
		}
	}
}

// TestTrainingErrors checks that a diverging network's error names the
// -lr flag, and that other errors pass through without advice about it.
func TestTrainingErrors(t *testing.T) {
	var out, progress bytes.Buffer
	err := run(&out, &progress, []string{"-optimizer", "sgd", "-lr", "1e308", "-epochs", "5"})
	if err == nil || !strings.HasPrefix(err.Error(), "training with -lr 1e+308: ") || strings.Count(err.Error(), "learning rate") != 1 {
		t.Errorf("-lr 1e308: run = %v; want an error starting \"training with -lr 1e+308: \" that mentions the learning rate once", err)
	}
	other := errors.New("mlp: something else")
	if got, want := trainingError(other, 0.1).Error(), "training: mlp: something else"; got != want {
		t.Errorf("trainingError(%q) = %q; want %q", other, got, want)
	}
}

// TestExitStatus runs main in a child process, as go run would, and checks
// that a broken file gives exit status 2 and one line on stderr.
func TestExitStatus(t *testing.T) {
	if args := os.Getenv("CLASSIFY_TEST_ARGS"); args != "" {
		os.Args = append([]string{"classify"}, strings.Fields(args)...)
		main()
		os.Exit(0)
	}
	path := writeFile(t, "broken.csv", "a,b,kind\n1,2,cat\n3,oops,dog\n")
	child := exec.Command(os.Args[0], "-test.run=^TestExitStatus$")
	child.Env = append(os.Environ(), "CLASSIFY_TEST_ARGS=-train "+path)
	var stdout, stderr bytes.Buffer
	child.Stdout, child.Stderr = &stdout, &stderr
	err := child.Run()
	var exit *exec.ExitError
	if !errors.As(err, &exit) || exit.ExitCode() != 2 {
		t.Fatalf("classify -train broken.csv: %v; want exit status 2", err)
	}
	want := "classify: " + path + ":3:2: "
	if got := stderr.String(); !strings.HasPrefix(got, want) || strings.Count(got, "\n") != 1 {
		t.Errorf("stderr = %q; want one line starting %q", got, want)
	}
}

// TestFlagErrorsPointToHelp: an unknown flag, a value its flag cannot take,
// a missing value and a stray argument each give one line that ends by
// pointing to -h.
func TestFlagErrorsPointToHelp(t *testing.T) {
	for _, args := range [][]string{{"-nope"}, {"-seed", "-1"}, {"-epochs", "2.5"}, {"-hidden", "x"}, {"-comma", "ab"}, {"extra"}} {
		err := run(io.Discard, io.Discard, args)
		if err == nil || !strings.HasSuffix(err.Error(), "; run with -h to see the flags") || strings.Contains(err.Error(), "\n") {
			t.Errorf("run(%q) = %v; want one line ending with \"; run with -h to see the flags\"", args, err)
		}
	}
}

// TestIrisLabelColumnIsNamed: -label without -train names the label column
// as the header row of the shipped iris files writes it.
func TestIrisLabelColumnIsNamed(t *testing.T) {
	for _, name := range []string{"iris.csv", "iris_train.csv", "iris_test.csv"} {
		data, err := os.ReadFile(filepath.Join("..", "..", "dataset", "data", name))
		if err != nil {
			t.Fatal(err)
		}
		header, _, _ := strings.Cut(string(data), "\n")
		columns := strings.Split(strings.TrimSpace(header), ",")
		if last := columns[len(columns)-1]; last != irisLabelColumn {
			t.Errorf("%s: the label column is %q; irisLabelColumn says %q", name, last, irisLabelColumn)
		}
	}
	var out, progress bytes.Buffer
	err := run(&out, &progress, []string{"-label", "column9"})
	want := `-label needs a -train file: it describes a CSV file, and the iris data shipped with tocha has a fixed format (label column "label", the last)`
	if err == nil || err.Error() != want {
		t.Errorf("run(-label column9) = %v; want %q", err, want)
	}
}
