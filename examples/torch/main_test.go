package main

import (
	"bufio"
	"bytes"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/tocha-go/tocha/mlp"
)

// TestStory runs the program into a temporary folder and checks what it
// prints and writes.
func TestStory(t *testing.T) {
	dir := t.TempDir()
	var out bytes.Buffer
	if err := run(&out, []string{"-out", dir}); err != nil {
		t.Fatal(err)
	}
	text := out.String()
	path := filepath.Join(dir, "xor.safetensors")
	for _, want := range []string{
		"Network 2-4-1, 17 parameters",
		"XOR(0, 1) = 0.99",
		"Saved it to " + path,
		"the same four outputs, bit for bit",
		"    nn.Sequential(nn.Linear(2, 4), nn.Sigmoid(), nn.Linear(4, 1), nn.Sigmoid())\n",
		"model = nn.Sequential(nn.Linear(2, 4), nn.Sigmoid(), nn.Linear(4, 1), nn.Sigmoid())\n",
		"model.load_state_dict(load_file(" + strconv.Quote(path) + "))",
	} {
		if !strings.Contains(text, want) {
			t.Errorf("output lacks %q:\n%s", want, text)
		}
	}
	net, err := mlp.Load(path)
	if err != nil {
		t.Fatal(err)
	}
	if got := net.String(); !strings.HasPrefix(got, "Network 2-4-1") {
		t.Errorf("xor.safetensors holds %s; want the 2-4-1 network", got)
	}
	entries, _ := os.ReadDir(dir)
	if len(entries) != 1 {
		t.Errorf("the folder holds %d files; want only xor.safetensors", len(entries))
	}
}

// With -python the program prints the Python and nothing else.
func TestPythonOnly(t *testing.T) {
	var out bytes.Buffer
	if err := run(&out, []string{"-out", t.TempDir(), "-python"}); err != nil {
		t.Fatal(err)
	}
	if text := out.String(); !strings.HasPrefix(text, "# Load the XOR network") || strings.Contains(text, "Trained") {
		t.Errorf("-python printed\n%s\nwant only the Python program", text)
	}
}

func TestBadFlags(t *testing.T) {
	for _, args := range [][]string{
		{"-epochs", "0"}, {"-epochs", "abc"}, {"-seed", "-1"}, {"-nope"}, {"extra"},
		{"-out", filepath.Join(t.TempDir(), "missing")},
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

// pythonTolerance is how far PyTorch's outputs may be from tocha's. Both
// compute in float64, but PyTorch may sum in another order and use another
// exp, which changes the last bits: 1e-12 is a thousand times what that
// can do to a sigmoid output, and far below any real mistake.
const pythonTolerance = 1e-12

// TestPyTorch runs the printed Python, when a Python with PyTorch is at
// hand: the interpreter in $TOCHA_PYTHON, or else python3. Otherwise, and
// under -short, it is skipped; examples/torch/README.md records the check.
func TestPyTorch(t *testing.T) {
	if testing.Short() {
		t.Skip("starting PyTorch takes seconds")
	}
	python := os.Getenv("TOCHA_PYTHON")
	if python == "" {
		python = "python3"
	}
	if err := exec.Command(python, "-c", "import torch").Run(); err != nil {
		t.Skipf("%s has no torch (%v); set TOCHA_PYTHON to a Python that has it", python, err)
	}
	var script bytes.Buffer
	if err := run(&script, []string{"-out", t.TempDir(), "-python"}); err != nil {
		t.Fatal(err)
	}
	command := exec.Command(python, "-")
	command.Stdin = &script
	output, err := command.Output()
	if err != nil {
		t.Fatalf("%s failed: %v\n%s", python, err, output)
	}
	lines := 0
	scanner := bufio.NewScanner(bytes.NewReader(output))
	for scanner.Scan() {
		_, difference, found := strings.Cut(scanner.Text(), "difference: ")
		value, err := strconv.ParseFloat(difference, 64)
		if !found || err != nil || value > pythonTolerance {
			t.Errorf("PyTorch printed %q; want a difference of at most %g", scanner.Text(), pythonTolerance)
		}
		lines++
	}
	if lines != 4 {
		t.Errorf("PyTorch printed %d lines; want 4:\n%s", lines, output)
	}
}

// The README shows the Python the program prints (all but tocha's numbers,
// whose last digits may differ between processors).
func TestREADMEShowsThePython(t *testing.T) {
	readme, err := os.ReadFile("README.md")
	if err != nil {
		t.Fatal(err)
	}
	sequential := "nn.Sequential(nn.Linear(2, 4), nn.Sigmoid(), nn.Linear(4, 1), nn.Sigmoid())"
	inputs := [][]float64{{0, 0}, {0, 1}, {1, 0}, {1, 1}}
	python := pythonCheck("/tmp/xor/xor.safetensors", sequential, inputs, []float64{0, 1, 1, 0})
	for _, line := range strings.Split(strings.TrimSuffix(python, "\n"), "\n") {
		if strings.HasPrefix(line, "tocha_outputs = ") {
			continue
		}
		if !bytes.Contains(readme, []byte(line+"\n")) {
			t.Errorf("README.md lacks the line %q", line)
		}
	}
}

// TestFlagErrorsPointToHelp: an unknown flag, a value its flag cannot take,
// a missing value and a stray argument each give one line that ends by
// pointing to -h.
func TestFlagErrorsPointToHelp(t *testing.T) {
	for _, args := range [][]string{{"-nope"}, {"-seed", "-1"}, {"-epochs", "abc"}, {"-python=x"}, {"extra"}} {
		err := run(io.Discard, args)
		if err == nil || !strings.HasSuffix(err.Error(), "; run with -h to see the flags") || strings.Contains(err.Error(), "\n") {
			t.Errorf("run(%q) = %v; want one line ending with \"; run with -h to see the flags\"", args, err)
		}
	}
}

// TestPythonCommandKeepsTheFlags: the suggested -python command repeats
// -out (and -seed, -epochs when not the defaults), so that following it
// prints the Python for the file this run wrote instead of training again
// into ./xor.safetensors.
func TestPythonCommandKeepsTheFlags(t *testing.T) {
	dir := t.TempDir()
	var out bytes.Buffer
	if err := run(&out, []string{"-out", dir}); err != nil {
		t.Fatal(err)
	}
	if want := "or run: go run ./examples/torch -out " + shellQuote(dir) + " -python | python3):"; !strings.Contains(out.String(), want) {
		t.Errorf("output lacks %q:\n%s", want, out.String())
	}
	for _, tt := range []struct {
		cfg  config
		want string
	}{
		{defaultConfig(), "go run ./examples/torch -python"},
		{config{outDir: "/tmp/xor", seed: 1, epochs: 5000}, "go run ./examples/torch -out /tmp/xor -python"},
		{config{outDir: "my models", seed: 7, epochs: 800}, "go run ./examples/torch -out 'my models' -seed 7 -epochs 800 -python"},
		{config{outDir: "it's", seed: 1, epochs: 5000}, `go run ./examples/torch -out 'it'\''s' -python`},
	} {
		if got := pythonCommand(tt.cfg); got != tt.want {
			t.Errorf("pythonCommand(%+v) = %q; want %q", tt.cfg, got, tt.want)
		}
	}
}
