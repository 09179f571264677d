package plot

import (
	"bytes"
	"encoding/xml"
	"fmt"
	"io"
	"strconv"
)

// svgWriter collects the elements of one SVG picture in a buffer and writes
// them out in one go. Every number goes through num, so the same picture
// always gives the same bytes.
type svgWriter struct {
	buf bytes.Buffer
}

// fontFamily lists fonts found on Linux, macOS and Windows, so text looks
// alike everywhere and falls back to any sans-serif.
const fontFamily = "DejaVu Sans, Helvetica, Arial, sans-serif"

// newSVG starts a picture of width × height pixels on a white background.
// The title becomes the SVG <title>, which browsers show as a tooltip.
func newSVG(width, height float64, title string) *svgWriter {
	s := &svgWriter{}
	s.buf.WriteString(`<?xml version="1.0" encoding="UTF-8"?>` + "\n")
	fmt.Fprintf(&s.buf, `<svg xmlns="http://www.w3.org/2000/svg" width="%s" height="%s" viewBox="0 0 %s %s" font-family="%s">`+"\n",
		num(width), num(height), num(width), num(height), fontFamily)
	if title != "" {
		s.buf.WriteString("<title>")
		s.escape(title)
		s.buf.WriteString("</title>\n")
	}
	s.rect(0, 0, width, height, "#ffffff", "")
	return s
}

// num formats a coordinate with two decimals and drops trailing zeros:
// 12.5 → "12.5", 3 → "3". Negative zero prints as "0".
func num(v float64) string {
	text := strconv.FormatFloat(v, 'f', 2, 64)
	for text[len(text)-1] == '0' {
		text = text[:len(text)-1]
	}
	if text[len(text)-1] == '.' {
		text = text[:len(text)-1]
	}
	if text == "-0" {
		text = "0"
	}
	return text
}

// escape writes text with &, <, > and quotes replaced by XML entities.
func (s *svgWriter) escape(text string) {
	// xml.EscapeText only fails when its writer fails; a bytes.Buffer does not.
	_ = xml.EscapeText(&s.buf, []byte(text))
}

// raw writes markup that is already valid SVG.
func (s *svgWriter) raw(markup string) {
	s.buf.WriteString(markup)
}

// rect draws a filled rectangle; extra holds further attributes (may be "").
func (s *svgWriter) rect(x, y, width, height float64, fill, extra string) {
	fmt.Fprintf(&s.buf, `<rect x="%s" y="%s" width="%s" height="%s" fill="%s"%s/>`+"\n",
		num(x), num(y), num(width), num(height), fill, spaced(extra))
}

// line draws a straight line.
func (s *svgWriter) line(x1, y1, x2, y2 float64, stroke string, width float64, extra string) {
	fmt.Fprintf(&s.buf, `<line x1="%s" y1="%s" x2="%s" y2="%s" stroke="%s" stroke-width="%s"%s/>`+"\n",
		num(x1), num(y1), num(x2), num(y2), stroke, num(width), spaced(extra))
}

// circle draws a filled circle with an outline.
func (s *svgWriter) circle(cx, cy, r float64, fill, stroke string, strokeWidth float64) {
	fmt.Fprintf(&s.buf, `<circle cx="%s" cy="%s" r="%s" fill="%s" stroke="%s" stroke-width="%s"/>`+"\n",
		num(cx), num(cy), num(r), fill, stroke, num(strokeWidth))
}

// text writes a label. anchor is "start", "middle" or "end"; extra holds
// further attributes such as a rotation (may be "").
func (s *svgWriter) text(x, y, size float64, anchor, label, extra string) {
	fmt.Fprintf(&s.buf, `<text x="%s" y="%s" font-size="%s" text-anchor="%s" fill="#222222"%s>`,
		num(x), num(y), num(size), anchor, spaced(extra))
	s.escape(label)
	s.buf.WriteString("</text>\n")
}

// writeTo closes the picture and writes it to w.
func (s *svgWriter) writeTo(w io.Writer) error {
	s.buf.WriteString("</svg>\n")
	_, err := w.Write(s.buf.Bytes())
	return err
}

// spaced puts a space in front of extra attributes, if there are any.
func spaced(extra string) string {
	if extra == "" {
		return ""
	}
	return " " + extra
}
