package plot

import (
	"bytes"
	"encoding/xml"
	"errors"
	"io"
	"strings"
	"testing"
)

// svgSummary is what the tests read back from an SVG picture.
type svgSummary struct {
	width, height string         // attributes of the root <svg>
	elements      map[string]int // how many of each element
	texts         []string       // the content of every <text>
}

// parseSVG checks that data is well-formed XML with an <svg> root and
// summarises it. Browsers refuse to show an SVG that is not valid XML.
func parseSVG(t *testing.T, data []byte) svgSummary {
	t.Helper()
	summary := svgSummary{elements: make(map[string]int)}
	decoder := xml.NewDecoder(bytes.NewReader(data))
	depth := 0
	inText := false
	for {
		token, err := decoder.Token()
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			t.Fatalf("SVG is not valid XML: %v", err)
		}
		switch token := token.(type) {
		case xml.StartElement:
			if depth == 0 {
				if token.Name.Local != "svg" || token.Name.Space != "http://www.w3.org/2000/svg" {
					t.Fatalf("root element is %v, want svg in the SVG namespace", token.Name)
				}
				for _, attr := range token.Attr {
					switch attr.Name.Local {
					case "width":
						summary.width = attr.Value
					case "height":
						summary.height = attr.Value
					}
				}
			}
			depth++
			summary.elements[token.Name.Local]++
			inText = token.Name.Local == "text"
		case xml.EndElement:
			depth--
			inText = false
		case xml.CharData:
			if inText {
				summary.texts = append(summary.texts, string(token))
			}
		}
	}
	if depth != 0 {
		t.Fatalf("SVG ends inside an element (depth %d)", depth)
	}
	return summary
}

// hasText reports whether some <text> element contains want.
func (s svgSummary) hasText(want string) bool {
	for _, text := range s.texts {
		if strings.Contains(text, want) {
			return true
		}
	}
	return false
}

// render calls a picture's Write method and fails the test on error.
func render(t *testing.T, write func(io.Writer) error) []byte {
	t.Helper()
	var buf bytes.Buffer
	if err := write(&buf); err != nil {
		t.Fatalf("write: %v", err)
	}
	return buf.Bytes()
}

func TestNum(t *testing.T) {
	tests := []struct {
		v    float64
		want string
	}{
		{0, "0"}, {12.5, "12.5"}, {3, "3"}, {0.126, "0.13"}, {-0.001, "0"}, {-2.25, "-2.25"}, {100, "100"},
	}
	for _, test := range tests {
		if got := num(test.v); got != test.want {
			t.Errorf("num(%v) = %q; want %q", test.v, got, test.want)
		}
	}
}

func TestSVGEscapesText(t *testing.T) {
	s := newSVG(10, 10, `a <b> & "c"`)
	s.text(0, 0, 10, "start", "x < y & z", "")
	var buf bytes.Buffer
	if err := s.writeTo(&buf); err != nil {
		t.Fatal(err)
	}
	summary := parseSVG(t, buf.Bytes())
	if !summary.hasText("x < y & z") {
		t.Errorf("texts = %q; want the label back unescaped", summary.texts)
	}
}
