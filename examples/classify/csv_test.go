package main

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/tocha-go/tocha/mlp"
)

// writeFile writes text to a file called name in a new temporary folder and
// returns its path.
func writeFile(t *testing.T, name, text string) string {
	t.Helper()
	path := filepath.Join(t.TempDir(), name)
	if err := os.WriteFile(path, []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
	return path
}

// compassCSV returns n rows of two well separated classes, "north" above
// the x axis and "south" below, with the label in the middle column.
func compassCSV(n int) string {
	var b strings.Builder
	b.WriteString("x,direction,y\n")
	for k := range n {
		x := float64(k%7) - 3
		y := 1 + 0.3*float64(k%5)
		label := "north"
		if k%2 == 1 {
			label, y = "south", -y
		}
		fmt.Fprintf(&b, "%g,%s,%g\n", x, label, y)
	}
	return b.String()
}

func TestTrainAndTestFiles(t *testing.T) {
	train := writeFile(t, "train.csv", compassCSV(40))
	test := writeFile(t, "test.csv", compassCSV(10))
	correct, total, stdout, _ := testAccuracy(t, "-train", train, "-test", test, "-label", "direction", "-epochs", "50")
	if total != 10 || correct != 10 {
		t.Errorf("test accuracy %d of %d; want 10 of 10\n%s", correct, total, stdout)
	}
	for _, want := range []string{"Network 2-16-2", "north", "south", "5/5"} {
		if !strings.Contains(stdout, want) {
			t.Errorf("output lacks %q:\n%s", want, stdout)
		}
	}
}

func TestSplitOneFile(t *testing.T) {
	all := writeFile(t, "all.csv", compassCSV(40))
	correct, total, stdout, _ := testAccuracy(t, "-train", all, "-label", "direction", "-split", "0.25", "-epochs", "50")
	if total != 10 || correct != 10 {
		t.Errorf("-split 0.25 of 40: test accuracy %d of %d; want 10 of 10\n%s", correct, total, stdout)
	}
	if !strings.Contains(stdout, "0.25 of each class held out") {
		t.Errorf("output does not say how it split:\n%s", stdout)
	}
}

func TestLinearClassifier(t *testing.T) {
	_, _, stdout, _ := testAccuracy(t, "-hidden", "none", "-epochs", "20")
	if !strings.Contains(stdout, "Network 4-3,") {
		t.Errorf("-hidden none: want a 4-3 network:\n%s", stdout)
	}
}

func TestBrokenFiles(t *testing.T) {
	good := "a,b,kind\n1,2,cat\n3,4,dog\n1,3,cat\n4,4,dog\n"
	for _, tt := range []struct {
		name, train, test string
		want              string // the error starts with the file name and then this
	}{
		{"letters.csv", "a,b,kind\n1,2,cat\n3,x,dog\n", "", ":3:2: "},
		{"ragged.csv", "a,b,kind\n1,2,cat\n3,4\n", "", ":3: "},
		{"empty.csv", "", "", ": "},
		{"one-class.csv", "a,b,kind\n1,2,cat\n3,4,cat\n", "", ": every row has the label"},
		{"unknown-class.csv", good, "a,b,kind\n1,2,cow\n", ":2:3: "},
		{"fewer-columns.csv", good, "a,kind\n1,cat\n", ": 1 feature columns"},
		{"swapped.csv", good, "b,a,kind\n1,2,cat\n", ": feature columns b,a differ"},
		{"other-label.csv", good, "a,b,species\n1,2,cow\n", `: the label column is "species", but in `},
		{"header-only-in-test.csv", "1,2,cat\n3,4,dog\n1,3,cat\n4,4,dog\n", "a,b,kind\n1,2,cat\n", ": " + "%TEST% has a header row naming the columns but "},
		{"no-header-in-test.csv", good, "1,2,cat\n", ": %TRAIN% has a header row naming the columns but %TEST% has none"},
		{"words.csv", "a,b,kind\n1,2,cat\n3,four,dog\n", "", `:3:2: "four" in column "b" is not a number; feature columns must be numeric, and if this column holds the classes, choose it as the label column (flag -label)`},
		{"hex.csv", "a,b,kind\n1,2,cat\n0x1p4,2,dog\n", "", `:3:1: "0x1p4" in column "a" is not a plain decimal number`},
		{"long.csv", "a,b,kind\n1,2,cat\n" + strings.Repeat("x", 500) + ",2,dog\n", "", `:3:1: "` + strings.Repeat("x", 40) + `"… in column "a"`},
		{"semicolons.csv", "a;b;kind\n1,5;2;cat\n", "", ":1: found 1 column; need at least one feature column and a label column; the file seems to use ';' between fields: read it with ';' as the separator, and with decimal commas if numbers look like 1,5 (flag -comma, flag -decimal-comma)"},
		{"unknown-class-words.csv", good, "a,b,kind\n1,2,cow\n", `:2:3: class "cow" does not occur in the -train file %TRAIN% (its classes: "cat", "dog"); check the spelling, or add rows of that class to the -train file`},
		{"unknown-classes.csv", good, "a,b,kind\n1,2,cat\n1,2,cow\n3,4,Dog\n1,1,cow\n", `:3:3: classes "cow", "Dog" do not occur in the -train file %TRAIN% (its classes: "cat", "dog"); check the spelling, or add rows of those classes to the -train file`},
	} {
		trainPath := writeFile(t, tt.name, tt.train)
		args := []string{"-train", trainPath}
		broken := trainPath
		if tt.test != "" {
			trainPath = writeFile(t, "good.csv", tt.train)
			broken = writeFile(t, tt.name, tt.test)
			args = []string{"-train", trainPath, "-test", broken}
		}
		want := strings.NewReplacer("%TRAIN%", trainPath, "%TEST%", broken).Replace(broken + tt.want)
		var out, progress bytes.Buffer
		err := run(&out, &progress, args)
		if err == nil || !strings.HasPrefix(err.Error(), want) || strings.Contains(err.Error(), "\n") {
			t.Errorf("%s: run = %v; want one line starting %q", tt.name, err, want)
		}
		if err != nil && strings.Contains(err.Error(), "CSVOptions") {
			t.Errorf("%s: run = %v; want flag names, not CSVOptions fields", tt.name, err)
		}
	}
}

// TestOtherFileFormats reads files as spreadsheets in Brazil and old Macs
// write them.
func TestOtherFileFormats(t *testing.T) {
	brazil := strings.NewReplacer(",", ";", ".", ",").Replace(compassCSV(40)) // x;direction;y and 1,3
	oldMac := strings.ReplaceAll(compassCSV(40), "\n", "\r")
	for _, tt := range []struct {
		name, text string
		flags      []string
	}{
		{"semicolons and decimal commas", brazil, []string{"-comma", ";", "-decimal-comma"}},
		{"CR line endings", oldMac, nil},
	} {
		all := writeFile(t, "all.csv", tt.text)
		args := append([]string{"-train", all, "-label", "direction", "-epochs", "50"}, tt.flags...)
		correct, total, stdout, _ := testAccuracy(t, args...)
		if total != 8 || correct != 8 {
			t.Errorf("%s: test accuracy %d of %d; want 8 of 8\n%s", tt.name, correct, total, stdout)
		}
	}
}

func TestLossCurve(t *testing.T) {
	folder := t.TempDir()
	for _, name := range []string{"loss.svg", "loss.txt"} {
		path := filepath.Join(folder, name)
		_, _, stdout, _ := testAccuracy(t, "-epochs", "20", "-loss-curve", path)
		if !strings.Contains(stdout, "Wrote the loss curve to "+path) {
			t.Errorf("-loss-curve %s: output does not say so:\n%s", name, stdout)
		}
		data, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		want := map[string]string{"loss.svg": "<svg", "loss.txt": "training loss"}[name]
		if !strings.Contains(string(data), want) {
			t.Errorf("%s lacks %q:\n%s", name, want, data)
		}
	}
}

func TestProgressOnTerminal(t *testing.T) {
	var out bytes.Buffer
	p := newProgress(&out, 5)
	p.terminal = true
	p.epoch(mlpStats(1, 0.5, 0.75))
	p.epoch(mlpStats(2, 0.25, 1))
	p.done()
	got := out.String()
	if strings.Count(got, "\r") != 2 || strings.Count(got, "\x1b[K") != 2 || strings.Count(got, "\n") != 1 ||
		!strings.Contains(got, "epoch 2/5  loss 0.250000  training accuracy 1.000") {
		t.Errorf("terminal progress = %q; want two rewrites of one line, then a newline", got)
	}
}

func TestFormatLoss(t *testing.T) {
	for _, tt := range []struct {
		loss     float64
		decimals int
		want     string
	}{
		{0.25, 6, "0.250000"},
		{1.23456, 3, "1.235"},
		{999999, 3, "999999.000"},
		{2.5e299, 6, "2.5e+299"},
	} {
		if got := formatLoss(tt.loss, tt.decimals); got != tt.want {
			t.Errorf("formatLoss(%g, %d) = %q; want %q", tt.loss, tt.decimals, got, tt.want)
		}
	}
}

func mlpStats(epoch int, loss, accuracy float64) mlp.EpochStats {
	return mlp.EpochStats{Epoch: epoch, Loss: loss, Accuracy: accuracy, HasAccuracy: true}
}

// TestFilesThatCannotBeRead: a file that cannot be opened or read is named
// with its flag, without the library's "dataset: open" in front.
func TestFilesThatCannotBeRead(t *testing.T) {
	good := writeFile(t, "good.csv", "a,b,kind\n1,2,cat\n3,4,dog\n1,3,cat\n4,4,dog\n")
	missing := filepath.Join(t.TempDir(), "missing.csv")
	folder := t.TempDir()
	for _, tt := range []struct {
		args []string
		want string
	}{
		{[]string{"-train", missing}, "-train " + missing + ": no such file or directory"},
		{[]string{"-train", good, "-test", missing}, "-test " + missing + ": no such file or directory"},
		{[]string{"-train", folder}, "-train " + folder + ": is a directory"},
		{[]string{"-train", good, "-test", folder}, "-test " + folder + ": is a directory"},
	} {
		var out, progress bytes.Buffer
		if err := run(&out, &progress, tt.args); err == nil || err.Error() != tt.want {
			t.Errorf("run(%q) = %v; want %q", tt.args, err, tt.want)
		}
	}
}
