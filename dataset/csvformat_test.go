package dataset

import (
	"io"
	"strings"
	"testing"
	"testing/iotest"
)

// TestReadCSVFormats reads files as spreadsheets in other locales and on
// other systems write them.
func TestReadCSVFormats(t *testing.T) {
	checkCSVReads(t, []csvReadCase{
		{
			name:         "semicolons and decimal commas, as Excel writes them in Brazil",
			text:         "a;b;label\n1,5;-2,25e1;x\n3;+0,5;y\n",
			opts:         CSVOptions{Comma: ';', DecimalComma: true},
			inputs:       [][]float64{{1.5, -22.5}, {3, 0.5}},
			classes:      []int{0, 1},
			classNames:   []string{"x", "y"},
			featureNames: []string{"a", "b"},
		},
		{
			name:         "decimal commas without header",
			text:         "1,5;2;x\n3;4,0;y\n",
			opts:         CSVOptions{Comma: ';', DecimalComma: true},
			inputs:       [][]float64{{1.5, 2}, {3, 4}},
			classes:      []int{0, 1},
			classNames:   []string{"x", "y"},
			featureNames: []string{"column1", "column2"},
		},
		{
			name:         "old Mac line endings (CR only)",
			text:         "a,b,label\r1,2,0\r3,4,1\r",
			inputs:       [][]float64{{1, 2}, {3, 4}},
			classes:      []int{0, 1},
			classNames:   []string{"0", "1"},
			featureNames: []string{"a", "b"},
		},
		{
			name:         "Windows line endings (CRLF)",
			text:         "a,b,label\r\n1,2,0\r\n\r\n3,4,1\r\n",
			inputs:       [][]float64{{1, 2}, {3, 4}},
			classes:      []int{0, 1},
			classNames:   []string{"0", "1"},
			featureNames: []string{"a", "b"},
		},
		{
			name:         "plain decimal numbers in every form",
			text:         "a,b,c,d,label\n.5,5.,-0,1E+2,0\n",
			inputs:       [][]float64{{0.5, 5, 0, 100}},
			classes:      []int{0},
			classNames:   []string{"0"},
			featureNames: []string{"a", "b", "c", "d"},
		},
		{
			name:         "byte-order mark before a quoted header, as R's write.csv writes it",
			text:         "\ufeff\"a\",\"b\",\"label\"\n1,2,x\n3,4,y\n",
			inputs:       [][]float64{{1, 2}, {3, 4}},
			classes:      []int{0, 1},
			classNames:   []string{"x", "y"},
			featureNames: []string{"a", "b"},
		},
		{
			name:         "byte-order mark before an unquoted header",
			text:         "\ufeffa,b,label\n1,2,x\n",
			inputs:       [][]float64{{1, 2}},
			classes:      []int{0},
			classNames:   []string{"x"},
			featureNames: []string{"a", "b"},
		},
		{
			name:         "byte-order mark before quoted data",
			text:         "\ufeff\"1\",2,x\n",
			inputs:       [][]float64{{1, 2}},
			classes:      []int{0},
			classNames:   []string{"x"},
			featureNames: []string{"column1", "column2"},
		},
		{
			name:         "a label with a ';' but no number is text",
			text:         "a,label\n1,x;y\n",
			inputs:       [][]float64{{1}},
			classes:      []int{0},
			classNames:   []string{"x;y"},
			featureNames: []string{"a"},
		},
	})
}

// TestReadCSVNumberErrors covers features that are not plain decimal
// numbers, or use the other decimal separator.
func TestReadCSVNumberErrors(t *testing.T) {
	checkCSVErrors(t, []csvErrorCase{
		{"underscore in a number", "a,label\n1_0,x\n", CSVOptions{}, 2, 1, `"1_0" in column "a" is not a plain decimal number`},
		{"hexadecimal number", "a,label\n0x1p4,x\n", CSVOptions{}, 2, 1, "is not a plain decimal number"},
		{"exponent without digits", "a,label\n1e,x\n", CSVOptions{}, 2, 1, "is not a number; feature columns must be numeric"},
		{"lowercase nan", "a,label\nnan,x\n", CSVOptions{}, 2, 1, "not a finite number"},
		{"infinity", "a,label\n-infinity,x\n", CSVOptions{}, 2, 1, "not a finite number"},
		{"long field is cut", "a,label\n" + strings.Repeat("z", 100) + ",x\n", CSVOptions{}, 2, 1, `"` + strings.Repeat("z", 40) + `"… in column "a"`},
		{"point with decimal comma", "a;label\n1.5;x\n", CSVOptions{Comma: ';', DecimalComma: true}, 2, 1, `"1.5" in column "a" has a '.', but the decimal separator is ','; write numbers like 1234,5, without thousands separators (CSVOptions.DecimalComma)`},
		{"point and comma", "a;label\n1,5;x\n1.234,5;y\n", CSVOptions{Comma: ';', DecimalComma: true}, 3, 1, "has a '.'"},
		{"decimal comma not enabled", "a;label\n1,5;x\n", CSVOptions{Comma: ';'}, 2, 1, "is written with a decimal comma; read the file with decimal commas (CSVOptions.DecimalComma)"},
	})
}

// TestReadCSVSeparatorErrors covers files read with the wrong separator:
// the error says which one the file seems to use.
func TestReadCSVSeparatorErrors(t *testing.T) {
	checkCSVErrors(t, []csvErrorCase{
		{"semicolons read as commas", "a;b;label\n1,5;2;x\n", CSVOptions{}, 1, 0, "found 1 column; need at least one feature column and a label column; the file seems to use ';' between fields: read it with ';' as the separator, and with decimal commas if numbers look like 1,5 (CSVOptions.Comma, CSVOptions.DecimalComma)"},
		{"semicolons, no header, split feature", "1,5;2,5;x\n", CSVOptions{}, 1, 2, `field "5;2" holds numbers between ';'; the file seems to use ';'`},
		{"semicolons, no header, split label", "1,5;2;x\n3,5;4;y\n", CSVOptions{}, 1, 2, `field "5;2;x" holds numbers between ';'; the file seems to use ';'`},
		{"semicolons inside a feature", "a,b,label\n1,2;3,x\n", CSVOptions{}, 2, 2, `"2;3" in column "b" is not a number; the file seems to use ';'`},
		{"semicolons, ragged", "a,b,label\n1;2;0\n", CSVOptions{}, 2, 0, "row has 1 fields, want 3 like the first row; the file seems to use ';'"},
		{"tabs read as commas", "a\tb\tlabel\n1\t2\tx\n", CSVOptions{}, 1, 0, `the file seems to use tabs between fields: read it with '\t' as the separator (CSVOptions.Comma)`},
		{"semicolon-separated read as commas, as found", "a,b\n", CSVOptions{Comma: ';'}, 1, 0, `if fields are not separated by ';', say what separates them (CSVOptions.Comma)`},
		{"DecimalComma with ','", "1,2\n", CSVOptions{DecimalComma: true}, 0, 0, "CSVOptions.DecimalComma needs a field separator other than ','"},
	})
}

func TestIsPlainDecimal(t *testing.T) {
	tests := []struct {
		text string
		want bool
	}{
		{"12", true}, {"-0.5", true}, {".5", true}, {"3.", true}, {"+1e-3", true}, {"6.02E23", true},
		{"", false}, {".", false}, {"-", false}, {"1e", false}, {"1e+", false}, {"e5", false}, {"1.2.3", false},
		{"1_0", false}, {"0x1p4", false}, {"0x10", false}, {"Inf", false}, {"NaN", false}, {"1,5", false}, {" 1", false},
	}
	for _, tt := range tests {
		if got := isPlainDecimal(tt.text); got != tt.want {
			t.Errorf("isPlainDecimal(%q) = %v; want %v", tt.text, got, tt.want)
		}
	}
}

// TestOldMacLinesReads checks that the CR converter returns every byte,
// whatever the size of the caller's buffer, with "\r" at a buffer's edge.
func TestOldMacLinesReads(t *testing.T) {
	text := "a\rb\r\nc\r\rd\r"
	want := "a\nb\r\nc\n\nd\n"
	for _, size := range []int{1, 2, 3, 64} {
		var got []byte
		r := newOldMacLines(iotest.OneByteReader(strings.NewReader(text)))
		buffer := make([]byte, size)
		for {
			n, err := r.Read(buffer)
			got = append(got, buffer[:n]...)
			if err != nil {
				break
			}
		}
		if string(got) != want {
			t.Errorf("reading %q %d bytes at a time = %q; want %q", text, size, got, want)
		}
	}
}

// TestSkipByteOrderMark checks that only one whole mark at the very start
// is removed, also from inputs shorter than a mark.
func TestSkipByteOrderMark(t *testing.T) {
	tests := []struct {
		text, want string
	}{
		{"", ""},
		{"\ufeff", ""},
		{"\ufeffa,b", "a,b"},
		{"\ufeff\ufeffa", "\ufeffa"},
		{"a\ufeff", "a\ufeff"},
		{"\xef\xbb", "\xef\xbb"},
		{"\xef\xbbx", "\xef\xbbx"},
	}
	for _, tt := range tests {
		got, err := io.ReadAll(skipByteOrderMark(iotest.OneByteReader(strings.NewReader(tt.text))))
		if err != nil || string(got) != tt.want {
			t.Errorf("reading %q without its byte-order mark = %q, %v; want %q", tt.text, got, err, tt.want)
		}
	}
}
