package dataset

import (
	"bufio"
	"io"
)

// oldMacLines reads r with every lone carriage return ('\r' not followed
// by '\n') turned into a line feed. Classic Mac OS, and Excel for Mac
// until 2016 ("CSV (Macintosh)"), ended lines with '\r' alone, which
// encoding/csv does not take for a line break: the whole file would read as
// one long row. Windows' "\r\n" is left alone; encoding/csv handles it.
type oldMacLines struct {
	r *bufio.Reader
}

func newOldMacLines(r io.Reader) *oldMacLines {
	return &oldMacLines{r: bufio.NewReader(r)}
}

// Read copies bytes until p is full or no more are buffered, so it never
// waits for input while it already has some to return.
func (o *oldMacLines) Read(p []byte) (int, error) {
	n := 0
	for n < len(p) {
		if n > 0 && o.r.Buffered() == 0 {
			break
		}
		b, err := o.r.ReadByte()
		if err != nil {
			if n > 0 {
				return n, nil // the error comes back on the next call
			}
			return 0, err
		}
		if b == '\r' {
			next, err := o.r.Peek(1)
			if err != nil || next[0] != '\n' {
				b = '\n' // a lone '\r', at the end of the input or before other text
			}
		}
		p[n] = b
		n++
	}
	return n, nil
}
