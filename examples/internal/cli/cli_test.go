package cli

import (
	"bytes"
	"errors"
	"flag"
	"fmt"
	"io"
	"strings"
	"testing"
)

// sizes is a flag value of its own, like classify's -hidden.
type sizes []int

func (s *sizes) String() string { return fmt.Sprint([]int(*s)) }
func (s *sizes) Set(text string) error {
	if text != "16,16" {
		return errors.New("write sizes like 16,16")
	}
	*s = sizes{16, 16}
	return nil
}

// newFlags defines one flag of each kind the examples use.
func newFlags() (*flag.FlagSet, *uint64, *bool) {
	flags := flag.NewFlagSet("test", flag.ContinueOnError)
	flags.SetOutput(io.Discard)
	seed := flags.Uint64("seed", 1, "seed")
	flags.Int("hidden", 2, "hidden neurons")
	flags.Float64("lr", 0, "learning rate")
	ascii := flags.Bool("ascii", false, "plain ASCII")
	flags.String("out", "", "folder")
	flags.Var(&sizes{}, "sizes", "layer sizes")
	return flags, seed, ascii
}

func TestParseErrors(t *testing.T) {
	for _, tt := range []struct {
		args []string
		want string
	}{
		{[]string{"-seed", "-1"}, "-seed -1: give a whole number ≥ 0, such as 1; run with -h to see the flags"},
		{[]string{"-seed=x"}, "-seed x: give a whole number ≥ 0, such as 1; run with -h to see the flags"},
		{[]string{"-hidden", "2.5"}, "-hidden 2.5: give a whole number, such as 2; run with -h to see the flags"},
		{[]string{"-hidden", "99999999999999999999"}, "-hidden 99999999999999999999: out of range; give a whole number, such as 2; run with -h to see the flags"},
		{[]string{"-lr", "fast"}, "-lr fast: give a number; run with -h to see the flags"}, // no example: the default 0 is not one
		{[]string{"-ascii=maybe"}, "-ascii maybe: give true or false; run with -h to see the flags"},
		{[]string{"-sizes", "16;16"}, "-sizes 16;16: write sizes like 16,16; run with -h to see the flags"},
		{[]string{"-foo"}, "-foo: no such flag; run with -h to see the flags"},
		{[]string{"-seed"}, "-seed needs a value after it; run with -h to see the flags"},
		{[]string{"---x"}, "bad flag syntax: ---x; run with -h to see the flags"},
	} {
		flags, _, _ := newFlags()
		err := Parse(flags, tt.args)
		if err == nil || err.Error() != tt.want {
			t.Errorf("Parse(%q) = %v; want %q", tt.args, err, tt.want)
		}
	}
}

// TestParseKeepsTheFlags: good values, boolean flags without a value, -h
// and the help text are as package flag makes them.
func TestParseKeepsTheFlags(t *testing.T) {
	flags, seed, ascii := newFlags()
	if err := Parse(flags, []string{"-seed", "7", "-ascii", "rest"}); err != nil {
		t.Fatal(err)
	}
	if *seed != 7 || !*ascii || flags.NArg() != 1 || flags.Arg(0) != "rest" {
		t.Errorf("parsed seed %d, ascii %v, arguments %q", *seed, *ascii, flags.Args())
	}

	flags, _, _ = newFlags()
	if err := Parse(flags, []string{"-h"}); !errors.Is(err, flag.ErrHelp) {
		t.Errorf("Parse(-h) = %v; want flag.ErrHelp", err)
	}
	var got, want bytes.Buffer
	flags.SetOutput(&got)
	flags.PrintDefaults()
	plain, _, _ := newFlags()
	plain.SetOutput(&want)
	plain.PrintDefaults()
	if got.String() != want.String() {
		t.Errorf("help after Parse:\n%s\nwant:\n%s", got.String(), want.String())
	}
	if strings.Contains(got.String(), "panic") {
		t.Errorf("help mentions a panic:\n%s", got.String())
	}
}

// TestRun: -h writes the usage and the flags and returns flag.ErrHelp; an
// argument that is not a flag is refused with the usage line.
func TestRun(t *testing.T) {
	const usage = "usage: go run ./examples/demo [flags]\nDemonstrates the flags."
	flags, _, _ := newFlags()
	var help bytes.Buffer
	if err := Run(flags, []string{"-h"}, &help, usage); !errors.Is(err, flag.ErrHelp) {
		t.Errorf("Run(-h) = %v; want flag.ErrHelp", err)
	}
	if !strings.HasPrefix(help.String(), usage+"\n") || !strings.Contains(help.String(), "-seed") {
		t.Errorf("Run(-h) wrote:\n%s\nwant the usage, then the flags", help.String())
	}
	flags, _, _ = newFlags()
	err := Run(flags, []string{"-seed", "3", "data.csv"}, io.Discard, usage)
	want := `unexpected argument "data.csv"; usage: go run ./examples/demo [flags]; ` + Hint
	if err == nil || err.Error() != want {
		t.Errorf("Run(an argument) = %v; want %q", err, want)
	}
	flags, seed, _ := newFlags()
	if err := Run(flags, []string{"-seed", "3"}, io.Discard, usage); err != nil || *seed != 3 {
		t.Errorf("Run(-seed 3) = %v, seed %d; want nil, 3", err, *seed)
	}
}
