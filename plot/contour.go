package plot

// A segment is one straight piece of a contour line, in grid coordinates:
// x counts columns and y counts rows from the grid's top-left corner.
type segment struct {
	x1, y1, x2, y2 float64
}

// contour finds where the values of a grid cross level, by marching squares.
// grid[r][c] holds the value at corner (c, r); each cell lies between four
// corners. An edge of a cell is crossed when one end is ≥ level and the
// other is below; the crossing point is placed by linear interpolation:
//
//	t = (level − a) / (b − a)    from corner a towards corner b
//
// A cell with two crossed edges holds one segment. A cell with four (a
// saddle: opposite corners on the same side) holds two, and the value at its
// centre, the mean of its corners, decides which corners they cut off.
func contour(grid [][]float64, level float64) []segment {
	var segments []segment
	for r := 0; r+1 < len(grid); r++ {
		for c := 0; c+1 < len(grid[r]); c++ {
			segments = append(segments, cellContour(grid, r, c, level)...)
		}
	}
	return segments
}

// cellContour returns the contour segments of the cell whose top-left
// corner is (c, r).
func cellContour(grid [][]float64, r, c int, level float64) []segment {
	topLeft, topRight := grid[r][c], grid[r][c+1]
	bottomLeft, bottomRight := grid[r+1][c], grid[r+1][c+1]
	x, y := float64(c), float64(r)

	// Walk the edges clockwise and keep each crossing point.
	type point struct{ x, y float64 }
	var crossings []point
	if t, ok := crossing(topLeft, topRight, level); ok {
		crossings = append(crossings, point{x + t, y})
	}
	if t, ok := crossing(topRight, bottomRight, level); ok {
		crossings = append(crossings, point{x + 1, y + t})
	}
	if t, ok := crossing(bottomRight, bottomLeft, level); ok {
		crossings = append(crossings, point{x + 1 - t, y + 1})
	}
	if t, ok := crossing(bottomLeft, topLeft, level); ok {
		crossings = append(crossings, point{x, y + 1 - t})
	}

	join := func(a, b point) segment { return segment{a.x, a.y, b.x, b.y} }
	switch len(crossings) {
	case 2:
		return []segment{join(crossings[0], crossings[1])}
	case 4:
		// crossings are on the top, right, bottom and left edges.
		centre := (topLeft + topRight + bottomLeft + bottomRight) / 4
		if (centre >= level) == (topLeft >= level) {
			// The centre sides with the top-left corner: the lines cut off
			// the top-right and bottom-left corners.
			return []segment{join(crossings[0], crossings[1]), join(crossings[2], crossings[3])}
		}
		return []segment{join(crossings[0], crossings[3]), join(crossings[1], crossings[2])}
	}
	return nil
}

// crossing reports whether level lies between a and b (one ≥ level, the
// other below) and where, as a fraction t of the way from a to b.
func crossing(a, b, level float64) (float64, bool) {
	if (a >= level) == (b >= level) {
		return 0, false
	}
	t := (level - a) / (b - a)
	return t, true
}

// classContour finds the borders between class regions in a grid of class
// indices: for each class, the 0.5 contour of "is this class" (1 or 0).
// A border between classes k and m is found for both; it is kept once.
func classContour(grid [][]float64, classes int) []segment {
	var segments []segment
	seen := make(map[segment]bool)
	indicator := make([][]float64, len(grid))
	for r := range grid {
		indicator[r] = make([]float64, len(grid[r]))
	}
	for k := 0; k < classes; k++ {
		for r, row := range grid {
			for c, class := range row {
				indicator[r][c] = 0
				if int(class) == k {
					indicator[r][c] = 1
				}
			}
		}
		for _, s := range contour(indicator, 0.5) {
			key := s
			if key.x2 < key.x1 || (key.x2 == key.x1 && key.y2 < key.y1) {
				key = segment{s.x2, s.y2, s.x1, s.y1}
			}
			if !seen[key] {
				seen[key] = true
				segments = append(segments, s)
			}
		}
	}
	return segments
}
