package dataset

import (
	"fmt"
	"math"
	"strings"
	"testing"
)

// expectPanic runs call and fails t unless it panics with a message
// containing contains.
func expectPanic(t *testing.T, contains string, call func()) {
	t.Helper()
	defer func() {
		t.Helper()
		r := recover()
		if r == nil {
			t.Errorf("no panic; want one containing %q", contains)
			return
		}
		if msg := fmt.Sprint(r); !strings.Contains(msg, contains) {
			t.Errorf("panic %q; want it to contain %q", msg, contains)
		}
	}()
	call()
}

func nan() float64 { return math.NaN() }
