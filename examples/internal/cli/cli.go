// Package cli parses the flags of the example programs so that a mistake on
// the command line is reported in a way a student can act on: a value a flag
// cannot take says what the flag wants ("-seed -1: give a whole number ≥ 0,
// such as 1"), and every error ends by pointing to -h.
//
// The flags themselves are the standard library's, defined by each program
// with package flag; Run and Exit are the command-line handling the
// programs share (help, stray arguments, exit status), so that each one's
// main is a single line.
package cli

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"strings"
)

// Hint ends every error about the command line.
const Hint = "run with -h to see the flags"

// Run is what every example program does with its command line: Parse,
// then on -h or -help write usage (its first line "usage: go run …") and
// the flags with their defaults to w and return flag.ErrHelp, and refuse an
// argument that is not a flag, repeating the usage line.
func Run(flags *flag.FlagSet, args []string, w io.Writer, usage string) error {
	err := Parse(flags, args)
	if errors.Is(err, flag.ErrHelp) {
		fmt.Fprintln(w, usage)
		flags.SetOutput(w)
		flags.PrintDefaults()
	}
	if err != nil {
		return err
	}
	if flags.NArg() > 0 {
		first, _, _ := strings.Cut(usage, "\n")
		return fmt.Errorf("unexpected argument %q; %s; %s", flags.Arg(0), first, Hint)
	}
	return nil
}

// Exit ends a program with the error its run returned: nothing for nil or
// flag.ErrHelp (the help is printed), otherwise "name: error" on stderr and
// exit status 2.
func Exit(name string, err error) {
	if err == nil || errors.Is(err, flag.ErrHelp) {
		return
	}
	fmt.Fprintln(os.Stderr, name+":", err)
	os.Exit(2)
}

// Parse is flags.Parse(args) with errors a student can act on. -h and -help
// still return flag.ErrHelp, unchanged, for the program to print its help.
func Parse(flags *flag.FlagSet, args []string) error {
	var bad *badValue
	originals := map[string]flag.Value{}
	flags.VisitAll(func(f *flag.Flag) {
		originals[f.Name] = f.Value
		f.Value = watch(f, &bad)
	})
	usage := flags.Usage
	flags.Usage = func() {} // the program prints its own help after flag.ErrHelp
	err := flags.Parse(args)
	flags.Usage = usage
	flags.VisitAll(func(f *flag.Flag) { f.Value = originals[f.Name] })

	switch {
	case err == nil || errors.Is(err, flag.ErrHelp):
		return err
	case bad != nil:
		return fmt.Errorf("-%s %s: %s; %s", bad.name, bad.text, bad.want, Hint)
	}
	// The other errors of package flag name the flag at the end.
	message := err.Error()
	if name, found := strings.CutPrefix(message, "flag provided but not defined: "); found {
		return fmt.Errorf("%s: no such flag; %s", name, Hint)
	}
	if name, found := strings.CutPrefix(message, "flag needs an argument: "); found {
		return fmt.Errorf("%s needs a value after it; %s", name, Hint)
	}
	return fmt.Errorf("%s; %s", message, Hint)
}

// badValue is the first value on the command line that its flag could not
// take.
type badValue struct {
	name, text string
	want       string // what the flag takes instead
}

// watched wraps a flag's value while Parse runs, to note a value that
// Set rejects.
type watched struct {
	flag.Value
	flag *flag.Flag
	bad  **badValue
}

// watchedBool is watched for a boolean flag, which takes no argument.
type watchedBool struct{ *watched }

func (watchedBool) IsBoolFlag() bool { return true }

func watch(f *flag.Flag, bad **badValue) flag.Value {
	w := &watched{Value: f.Value, flag: f, bad: bad}
	if b, ok := f.Value.(interface{ IsBoolFlag() bool }); ok && b.IsBoolFlag() {
		return watchedBool{w}
	}
	return w
}

// String is the wrapped value's; a zero watched, which package flag makes
// to compare with the default, has none.
func (w *watched) String() string {
	if w == nil || w.Value == nil {
		return ""
	}
	return w.Value.String()
}

// Set passes text on to the flag's value and notes a rejection.
func (w *watched) Set(text string) error {
	err := w.Value.Set(text)
	if err != nil && *w.bad == nil {
		*w.bad = &badValue{name: w.flag.Name, text: text, want: wanted(w.flag, w.Value, err)}
	}
	return err
}

// wanted says what the flag f, whose value is value, takes, from the type
// of that value. A flag with a value type of its own explains itself in the
// error of its Set.
func wanted(f *flag.Flag, value flag.Value, err error) string {
	getter, ok := value.(flag.Getter)
	if !ok {
		return err.Error()
	}
	example := ""
	if f.DefValue != "" && f.DefValue != "0" {
		example = ", such as " + f.DefValue
	}
	outOfRange := ""
	if strings.Contains(err.Error(), "out of range") {
		outOfRange = "out of range; "
	}
	switch getter.Get().(type) {
	case int, int64:
		return outOfRange + "give a whole number" + example
	case uint, uint64:
		return outOfRange + "give a whole number ≥ 0" + example
	case float64:
		return outOfRange + "give a number" + example
	case bool:
		return "give true or false"
	}
	return err.Error()
}
