package main

import (
	"fmt"
	"io"
	"math"
	"os"
	"time"

	"github.com/tocha-go/tocha/mlp"
)

// progress reports training epoch by epoch: on a terminal as one line that
// is rewritten in place, elsewhere (a file, a pipe, a test) as one line per
// epoch that a log keeps.
type progress struct {
	w        io.Writer
	terminal bool
	epochs   int
	start    time.Time
}

// newProgress starts the clock for a run of the given number of epochs.
func newProgress(w io.Writer, epochs int) *progress {
	return &progress{w: w, terminal: isTerminal(w), epochs: epochs, start: time.Now()}
}

// epoch reports one epoch's statistics, for mlp.TrainConfig.OnEpoch:
//
//	epoch  37/200  loss 0.152347  training accuracy 0.958  elapsed 12ms
func (p *progress) epoch(s mlp.EpochStats) {
	elapsed := time.Since(p.start).Round(time.Millisecond)
	width := len(fmt.Sprint(p.epochs))
	line := fmt.Sprintf("epoch %*d/%d  loss %s  training accuracy %.3f  elapsed %v",
		width, s.Epoch, p.epochs, formatLoss(s.Loss, 6), s.Accuracy, elapsed)
	if p.terminal {
		// Carriage return back to the start of the line, the new text,
		// then ESC [K to erase what a longer previous line left behind.
		fmt.Fprintf(p.w, "\r%s\x1b[K", line)
		return
	}
	fmt.Fprintln(p.w, line)
}

// formatLoss prints a loss with the given number of decimals, or, for a
// loss of a million or more (a learning rate far too large), with four
// significant digits: 3.5e+12 instead of a line of digits.
func formatLoss(loss float64, decimals int) string {
	if math.Abs(loss) >= 1e6 {
		return fmt.Sprintf("%.4g", loss)
	}
	return fmt.Sprintf("%.*f", decimals, loss)
}

// done ends the updating line on a terminal, so that what follows starts on
// a line of its own.
func (p *progress) done() {
	if p.terminal {
		fmt.Fprintln(p.w)
	}
}

// isTerminal reports whether w is a terminal (a character device such as
// /dev/tty), using only the standard library.
func isTerminal(w io.Writer) bool {
	file, ok := w.(*os.File)
	if !ok {
		return false
	}
	info, err := file.Stat()
	return err == nil && info.Mode()&os.ModeCharDevice != 0
}
