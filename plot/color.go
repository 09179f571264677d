package plot

import (
	"fmt"
	"image/color"
	"math"
)

// MaxClasses is the number of classes the palette can tell apart. Class
// indices run from 0 to MaxClasses-1.
const MaxClasses = 8

// classColor returns the colour of class k. Classes 0 and 1 are the
// Playground's orange and blue; the others are chosen to stay apart from
// them and from each other.
func classColor(k int) color.RGBA {
	palette := [MaxClasses]uint32{
		0xf59322, // orange
		0x0877bd, // blue
		0x2ca02c, // green
		0x9467bd, // purple
		0xd62728, // red
		0x17becf, // cyan
		0x8c564b, // brown
		0xe377c2, // pink
	}
	return rgb(palette[k])
}

// Colours shared by all pictures, as 0xRRGGBB.
const (
	white     = 0xffffff
	ink       = 0x222222 // text, outlines, the boundary
	gridGrey  = 0xe4e4e4 // grid lines behind a chart
	frameGrey = 0x666666 // frames and tick marks
	zeroGrey  = 0xbbbbbb // a weight of exactly 0
)

// rgb turns 0xRRGGBB into an opaque colour.
func rgb(hex uint32) color.RGBA {
	return color.RGBA{R: uint8(hex >> 16), G: uint8(hex >> 8), B: uint8(hex), A: 0xff}
}

// heatStrength is how far the heat map goes from white towards a class
// colour at p = 0 or p = 1. Below 1 so points drawn in the full colour stay
// visible on the most confident regions.
const heatStrength = 0.6

// probabilityColor maps p ∈ [0, 1] to the heat map colour: white at 0.5,
// fading to orange at 0 and to blue at 1.
//
//	t = |p − 0.5| · 2 · heatStrength
func probabilityColor(p float64) color.RGBA {
	distance := math.Abs(p-0.5) * 2
	t := distance * heatStrength
	if p < 0.5 {
		return mix(rgb(white), classColor(0), t)
	}
	return mix(rgb(white), classColor(1), t)
}

// regionColor is the light colour of the region where class k is predicted.
func regionColor(k int) color.RGBA {
	return mix(rgb(white), classColor(k), heatStrength*0.7)
}

// signColor maps a signed value to blue (positive) or orange (negative), with
// strength ∈ [0, 1] going from white to the full colour.
func signColor(value, strength float64) color.RGBA {
	switch {
	case value > 0:
		return mix(rgb(white), classColor(1), strength)
	case value < 0:
		return mix(rgb(white), classColor(0), strength)
	default:
		return rgb(zeroGrey)
	}
}

// mix blends a towards b: t = 0 gives a, t = 1 gives b.
func mix(a, b color.RGBA, t float64) color.RGBA {
	channel := func(x, y uint8) uint8 {
		v := float64(x) + (float64(y)-float64(x))*t
		return uint8(math.Round(v))
	}
	return color.RGBA{channel(a.R, b.R), channel(a.G, b.G), channel(a.B, b.B), 0xff}
}

// hex formats a colour the way SVG expects, e.g. "#0877bd".
func hex(c color.RGBA) string {
	return fmt.Sprintf("#%02x%02x%02x", c.R, c.G, c.B)
}
