package plot

import (
	"fmt"
	"io"
	"strings"
	"unicode/utf8"
)

// minColumns is the narrowest terminal picture: room for tick labels, a
// frame and a plot a person can still read.
const minColumns = 30

// frameChars are the characters of a terminal chart's frame.
type frameChars struct {
	topLeft, topRight, bottomLeft, bottomRight rune
	horizontal, vertical                       rune
	leftTick, bottomTick                       rune // a tick mark on the left or bottom edge
}

// frameCharsFor returns box-drawing characters, or plain ASCII ones.
func frameCharsFor(ascii bool) frameChars {
	if ascii {
		return frameChars{'+', '+', '+', '+', '-', '|', '+', '+'}
	}
	return frameChars{'┌', '┐', '└', '┘', '─', '│', '┤', '┬'}
}

// SideBySide writes two terminal pictures next to each other, e.g. a
// boundary before and after training:
//
//	before, _ := untrained.Lines()
//	after, _ := trained.Lines()
//	plot.SideBySide(os.Stdout, before, after, "before", "after")
//
// The left lines are padded to the widest of them, then a gap of four spaces.
// titles is empty or holds two titles, written centred above each picture.
// SideBySide returns w's error. It panics if titles holds one or more than
// two strings.
func SideBySide(w io.Writer, left, right []string, titles ...string) error {
	if len(titles) != 0 && len(titles) != 2 {
		panic(fmt.Sprintf("plot: SideBySide got %d titles, want 0 or 2", len(titles)))
	}
	const gap = "    "
	leftWidth := widest(left)
	rightWidth := widest(right)
	var out strings.Builder
	if len(titles) == 2 {
		out.WriteString(strings.TrimRight(padRight(centre(titles[0], leftWidth), leftWidth)+gap+centre(titles[1], rightWidth), " "))
		out.WriteString("\n")
	}
	for i := 0; i < max(len(left), len(right)); i++ {
		var l, r string
		if i < len(left) {
			l = left[i]
		}
		if i < len(right) {
			r = right[i]
		}
		out.WriteString(strings.TrimRight(padRight(l, leftWidth)+gap+r, " "))
		out.WriteString("\n")
	}
	_, err := io.WriteString(w, out.String())
	return err
}

// writeLines writes each line followed by a newline.
func writeLines(w io.Writer, lines []string) error {
	_, err := io.WriteString(w, strings.Join(lines, "\n")+"\n")
	return err
}

// width counts the characters of a line. Every character the package draws
// takes one terminal column, so this is its width on screen.
func width(line string) int {
	return utf8.RuneCountInString(line)
}

// widest returns the width of the widest line.
func widest(lines []string) int {
	most := 0
	for _, line := range lines {
		most = max(most, width(line))
	}
	return most
}

// padRight fills text with spaces up to n characters.
func padRight(text string, n int) string {
	return text + strings.Repeat(" ", max(0, n-width(text)))
}

// padLeft puts spaces before text up to n characters.
func padLeft(text string, n int) string {
	return strings.Repeat(" ", max(0, n-width(text))) + text
}

// centre puts text in the middle of n columns (no trailing spaces).
func centre(text string, n int) string {
	return strings.Repeat(" ", max(0, (n-width(text))/2)) + text
}

// headerLines puts the y axis name at the left and the title centred over
// the plot, which starts at column plotStart and is plotWidth wide. If the
// two would touch, the title gets a line of its own above.
func headerLines(yName, title string, plotStart, plotWidth int) []string {
	titleStart := plotStart + max(0, (plotWidth-width(title))/2)
	if title == "" || width(yName)+2 <= titleStart {
		line := padRight(yName, titleStart) + title
		return []string{strings.TrimRight(line, " ")}
	}
	return []string{strings.Repeat(" ", titleStart) + title, yName}
}

// wrapItems joins legend items with three spaces, starting a new line,
// indented like the first, whenever the next item would pass columns.
func wrapItems(items []string, indent, columns int) []string {
	var lines []string
	line := strings.Repeat(" ", indent)
	for _, item := range items {
		if width(line) > indent && width(line)+3+width(item) > columns {
			lines = append(lines, line)
			line = strings.Repeat(" ", indent)
		}
		if width(line) > indent {
			line += "   "
		}
		line += item
	}
	return append(lines, line)
}

// placeLabels writes each label centred on its column into a line of n
// characters, skipping any label that would touch the one before it.
func placeLabels(labels []string, columns []int, n int) string {
	line := []rune(strings.Repeat(" ", n))
	end := -2 // one past the last character written so far
	for i, label := range labels {
		start := columns[i] - width(label)/2
		start = max(0, min(start, n-width(label)))
		if start <= end {
			continue
		}
		copy(line[start:], []rune(label))
		end = start + width(label)
	}
	return strings.TrimRight(string(line), " ")
}
