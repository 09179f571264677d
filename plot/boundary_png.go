package plot

import (
	"image"
	"image/color"
	"image/png"
	"io"
	"math"
)

// Sizes of the marks drawn on a PNG, in pixels.
const (
	pngLineHalfWidth = 1.0 // half the width of the p = 0.5 line
	pngPointRadius   = 6.0 // radius of a sample's dark outline
	pngPointFill     = 4.5 // radius of its coloured inside
)

// WritePNG draws the boundary as a Width × Height PNG: the heat map, the
// boundary line and the points, with no axes or text (WriteSVG adds those).
// It calls the classifier once per pixel. It returns an error for bad data
// (see Boundary), for a classifier answer out of range, or from w.
func (b Boundary) WritePNG(w io.Writer) error {
	p, err := b.plan()
	if err != nil {
		return err
	}
	values, err := p.sampleCentres(p.Width, p.Height)
	if err != nil {
		return err
	}
	img := image.NewRGBA(image.Rect(0, 0, p.Width, p.Height))
	for py, row := range values {
		for px, v := range row {
			img.SetRGBA(px, py, p.cellColor(v))
		}
	}
	if p.Probability != nil {
		drawProbabilityLine(img, values)
	} else {
		drawClassBorders(img, values)
	}
	for n, point := range p.Points {
		px := (point[0] - p.win.xMin) / (p.win.xMax - p.win.xMin) * float64(p.Width)
		py := (p.win.yMax - point[1]) / (p.win.yMax - p.win.yMin) * float64(p.Height)
		drawPoint(img, px, py, classColor(p.Classes[n]))
	}
	return png.Encode(w, img)
}

// cellColor is the heat map colour of one sampled value.
func (p *boundaryPlan) cellColor(v float64) color.RGBA {
	if p.Probability != nil {
		return probabilityColor(v)
	}
	return regionColor(int(v))
}

// drawProbabilityLine darkens the pixels near p = 0.5. The distance of a
// pixel from the line is estimated from the value and its gradient (both
// per pixel), and the line fades out over its last pixel, which smooths it:
//
//	distance ≈ |p − 0.5| / |∇p|
func drawProbabilityLine(img *image.RGBA, values [][]float64) {
	for py, row := range values {
		for px, v := range row {
			gradX := (row[min(px+1, len(row)-1)] - row[max(px-1, 0)]) / 2
			gradY := (values[min(py+1, len(values)-1)][px] - values[max(py-1, 0)][px]) / 2
			gradient := math.Hypot(gradX, gradY)
			if gradient == 0 {
				continue
			}
			distance := math.Abs(v-0.5) / gradient
			cover := clamp01(pngLineHalfWidth + 0.5 - distance)
			blend(img, px, py, rgb(ink), cover)
		}
	}
}

// drawClassBorders darkens every pixel with a 4-neighbour of another class,
// which draws each border two pixels wide, one on each side.
func drawClassBorders(img *image.RGBA, classes [][]float64) {
	differs := func(px, py int, class float64) bool {
		inside := py >= 0 && py < len(classes) && px >= 0 && px < len(classes[py])
		return inside && classes[py][px] != class
	}
	for py, row := range classes {
		for px, class := range row {
			if differs(px+1, py, class) || differs(px-1, py, class) || differs(px, py+1, class) || differs(px, py-1, class) {
				img.SetRGBA(px, py, rgb(ink))
			}
		}
	}
}

// drawPoint draws a sample as a disc of its class colour with a dark rim
// centred at (cx, cy). Edge pixels are blended by how much of them the disc
// covers, so it looks round.
func drawPoint(img *image.RGBA, cx, cy float64, fill color.RGBA) {
	bounds := img.Bounds()
	top, bottom := int(math.Floor(cy-pngPointRadius-1)), int(math.Ceil(cy+pngPointRadius+1))
	left, right := int(math.Floor(cx-pngPointRadius-1)), int(math.Ceil(cx+pngPointRadius+1))
	for py := top; py <= bottom; py++ {
		for px := left; px <= right; px++ {
			if !image.Pt(px, py).In(bounds) {
				continue
			}
			distance := math.Hypot(float64(px)+0.5-cx, float64(py)+0.5-cy)
			outer := clamp01(pngPointRadius + 0.5 - distance)
			inner := clamp01(pngPointFill + 0.5 - distance)
			blend(img, px, py, mix(rgb(ink), fill, inner), outer)
		}
	}
}

// blend paints colour c over pixel (px, py) with opacity alpha ∈ [0, 1].
func blend(img *image.RGBA, px, py int, c color.RGBA, alpha float64) {
	if alpha == 0 {
		return
	}
	img.SetRGBA(px, py, mix(img.RGBAAt(px, py), c, alpha))
}

func clamp01(v float64) float64 {
	return math.Max(0, math.Min(1, v))
}
