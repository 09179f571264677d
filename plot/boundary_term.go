package plot

import (
	"io"
	"math"
	"strings"
)

// boundaryChars are the characters of a terminal boundary picture.
type boundaryChars struct {
	markers string // the mark of a sample of class k is markers[k]
	fills   []rune // the fill of a cell where class k is predicted
	border  rune   // a cell the boundary passes through
	atLeast string // "≥" or ">=" for the legend
}

// boundaryCharsFor returns shade blocks, or their plain ASCII stand-ins.
// Markers are ASCII in both, as they must stand out from every fill.
func boundaryCharsFor(ascii bool) boundaryChars {
	if ascii {
		return boundaryChars{"ox+*@%&$", []rune(" .:-=~',"), '#', ">="}
	}
	return boundaryChars{"ox+*@%&$", []rune(" ░▒▓·:-="), '█', "≥"}
}

// Lines draws the boundary as terminal text, one string per line, none
// wider than Columns (default 72): a frame with tick labels around one
// character per cell. The fill shows the predicted class (with Probability:
// blank for p < 0.5, a light shade for p ≥ 0.5), a solid block marks the
// cells the boundary passes through, and each sample is drawn as its class's
// marker: o for class 0, x for class 1, then + * @ % & $. Several samples in
// one cell show the last. The legend below explains each character.
//
// It returns an error for bad data (see Boundary) or a classifier answer out
// of range.
func (b Boundary) Lines() ([]string, error) {
	p, err := b.plan()
	if err != nil {
		return nil, err
	}
	chars := boundaryCharsFor(p.ASCII)
	frame := frameCharsFor(p.ASCII)

	yTicks := linearTicks(p.win.yMin, p.win.yMax, 4)
	labelWidth := 0
	for _, t := range yTicks {
		labelWidth = max(labelWidth, width(t.label))
	}
	// A line is: labels, a space, the left edge, the cells, the right edge.
	cols := p.Columns - labelWidth - 3
	rows := p.Rows
	if rows == 0 {
		// Character cells are about twice as tall as wide.
		rows = max(4, int(math.Round(float64(cols)*float64(p.Height)/float64(p.Width)/2)))
	}

	cells, err := p.textCells(cols, rows, chars)
	if err != nil {
		return nil, err
	}
	rowOf := func(y float64) int { return int((p.win.yMax - y) / (p.win.yMax - p.win.yMin) * float64(rows)) }
	colOf := func(x float64) int { return int((x - p.win.xMin) / (p.win.xMax - p.win.xMin) * float64(cols)) }

	rowLabels := make([]string, rows)
	for _, t := range yTicks {
		rowLabels[min(rowOf(t.value), rows-1)] = t.label
	}
	indent := strings.Repeat(" ", labelWidth+1)
	lines := headerLines(p.YLabel, p.Title, labelWidth+1, cols+2)
	lines = append(lines, indent+string(frame.topLeft)+strings.Repeat(string(frame.horizontal), cols)+string(frame.topRight))
	for r := range rows {
		edge := frame.vertical
		if rowLabels[r] != "" {
			edge = frame.leftTick
		}
		lines = append(lines, padLeft(rowLabels[r], labelWidth)+" "+string(edge)+string(cells[r])+string(frame.vertical))
	}

	xTicks := linearTicks(p.win.xMin, p.win.xMax, max(2, cols/12))
	bottom := []rune(strings.Repeat(string(frame.horizontal), cols))
	var tickLabels []string
	var tickColumns []int
	for _, t := range xTicks {
		c := min(colOf(t.value), cols-1)
		bottom[c] = frame.bottomTick
		tickLabels = append(tickLabels, t.label)
		tickColumns = append(tickColumns, labelWidth+2+c)
	}
	lines = append(lines, indent+string(frame.bottomLeft)+string(bottom)+string(frame.bottomRight))
	tickLine := placeLabels(tickLabels, tickColumns, p.Columns)
	if width(tickLine)+3+width(p.XLabel) <= p.Columns {
		tickLine = padRight(tickLine, p.Columns-width(p.XLabel)) + p.XLabel
	} else {
		lines = append(lines, tickLine)
		tickLine = padLeft(p.XLabel, p.Columns)
	}
	lines = append(lines, tickLine)
	return append(lines, wrapItems(p.textLegend(chars), labelWidth+1, p.Columns)...), nil
}

// WriteText writes Lines to w, each ending in a newline. It returns Lines'
// error or w's.
func (b Boundary) WriteText(w io.Writer) error {
	lines, err := b.Lines()
	if err != nil {
		return err
	}
	return writeLines(w, lines)
}

// textCells fills the rows × cols character grid: the class fill at each
// cell's centre, the border character where the cell's corners disagree,
// and the samples' markers on top.
func (p *boundaryPlan) textCells(cols, rows int, chars boundaryChars) ([][]rune, error) {
	centres, err := p.sampleCentres(cols, rows)
	if err != nil {
		return nil, err
	}
	corners, err := p.sampleCorners(cols, rows)
	if err != nil {
		return nil, err
	}
	cells := make([][]rune, rows)
	for r := range cells {
		cells[r] = make([]rune, cols)
		for c := range cells[r] {
			class := int(centres[r][c])
			if p.Probability != nil && centres[r][c] >= 0.5 {
				class = 1
			}
			cells[r][c] = chars.fills[class]
			if p.crossesCell(corners, r, c) {
				cells[r][c] = chars.border
			}
		}
	}
	for n, point := range p.Points {
		if !p.win.contains(point) {
			continue // outside the window the caller chose
		}
		c := int((point[0] - p.win.xMin) / (p.win.xMax - p.win.xMin) * float64(cols))
		r := int((p.win.yMax - point[1]) / (p.win.yMax - p.win.yMin) * float64(rows))
		c, r = min(c, cols-1), min(r, rows-1) // a point on the right or bottom edge
		cells[r][c] = rune(chars.markers[p.Classes[n]])
	}
	return cells, nil
}

// crossesCell reports whether the boundary passes through cell (r, c): with
// Probability, its corners lie on both sides of 0.5; with Predict, they
// are predicted as different classes.
func (p *boundaryPlan) crossesCell(corners [][]float64, r, c int) bool {
	values := []float64{corners[r][c], corners[r][c+1], corners[r+1][c], corners[r+1][c+1]}
	for _, v := range values[1:] {
		if p.Probability != nil && (v >= 0.5) != (values[0] >= 0.5) {
			return true
		}
		if p.Predict != nil && v != values[0] {
			return true
		}
	}
	return false
}

// textLegend lists what each character of the picture means: first the
// markers, the samples' own classes; then, with Predict, the fills, the
// class the model predicts in each cell.
func (p *boundaryPlan) textLegend(chars boundaryChars) []string {
	var items []string
	for k := 0; k < p.classes; k++ {
		items = append(items, string(chars.markers[k])+" "+p.className(k))
	}
	if p.Probability != nil {
		return append(items, string(chars.fills[1])+" p "+chars.atLeast+" 0.5", string(chars.border)+" boundary")
	}
	for k := 0; k < p.classes; k++ {
		fill := string(chars.fills[k])
		if fill == " " {
			fill = "blank:"
		}
		items = append(items, fill+" model says "+p.className(k))
	}
	return append(items, string(chars.border)+" border")
}
