package dataset

import (
	"bufio"
	"io"
)

// byteOrderMark is U+FEFF in UTF-8. Excel's "CSV UTF-8" format, and other
// programs that want to say a file is UTF-8, put it before the file's
// first byte; it is not part of the data.
const byteOrderMark = "\ufeff"

// skipByteOrderMark returns a reader for r without the byte-order mark at
// its start, if there is one. It must go before encoding/csv sees the
// bytes: in a header quoted as R's write.csv quotes it, "\ufeff\"a\",\"b\"",
// the mark would otherwise be text before the opening quote, a malformed
// field.
func skipByteOrderMark(r io.Reader) *bufio.Reader {
	buffered := bufio.NewReader(r)
	if start, err := buffered.Peek(len(byteOrderMark)); err == nil && string(start) == byteOrderMark {
		buffered.Discard(len(byteOrderMark))
	}
	return buffered
}
