package dataset

import (
	"fmt"
	"math"
	"math/rand/v2"
)

// The 2-D generators draw toy problems from the caller's *rand.Rand, so the
// same seed gives the same points on every machine:
//
//	rng := rand.New(rand.NewPCG(1, 2))
//	d := dataset.Circles(rng, 200, 0.1)
//
// NoisyXOR, Circles, Spirals and Blobs follow the TensorFlow Playground
// (playground.tensorflow.org) geometry, so a teacher can show the
// Playground and then train on the same kind of data here. The Playground's
// noise slider runs from 0% to 50%; pass it as a fraction, 0 to 0.5.
// Moons is not in the Playground; it follows scikit-learn's make_moons.
//
// Every generator returns n samples in total with features "x1" and "x2".
// Where the sampling region is chosen per class, sample k comes from
// region k mod (number of classes), so the classes are interleaved and
// their sizes differ by at most one.
//
// The generators panic on a programmer's mistake: a nil rng, n < 1, too
// few samples for the classes, or a noise that is negative, NaN or
// infinite. The message names the function and the bad value.

// playgroundRadius is the half-width of the Playground's square canvas:
// its data sets live in [-5, 5] × [-5, 5].
const playgroundRadius = 5.0

// NoisyXOR returns n points spread over the four quadrants of
// [-5.3, 5.3]², the Playground's XOR set. Each coordinate is drawn
// uniformly from [-5, 5] and pushed 0.3 away from zero, leaving a gap
// along the axes. The class comes from the signs, as in the XOR gate with
// "positive" meaning 1:
//
//	class = 1 if x1·x2 < 0 (exactly one coordinate positive), else 0
//
// noise perturbs the point used to decide the class (by up to
// noise·5 in each coordinate) but not the point returned, so noise flips
// labels near the axes, as in the Playground. The classes are not forced
// to be balanced. (The Playground colours the two classes the other way
// round; the points are the same.)
//
// NoisyXOR panics if rng is nil, n < 2 (one sample per class) or noise is
// negative or not finite.
func NoisyXOR(rng *rand.Rand, n int, noise float64) Dataset {
	checkGenerator("NoisyXOR", rng, n, 2, "noise", noise)
	const padding = 0.3 // keeps noise-free points off the axes
	d := newGenerated(n, 2)
	for k := range n {
		x1 := uniform(rng, -playgroundRadius, playgroundRadius)
		x1 += math.Copysign(padding, x1)
		x2 := uniform(rng, -playgroundRadius, playgroundRadius)
		x2 += math.Copysign(padding, x2)
		noisyX1 := x1 + uniform(rng, -playgroundRadius, playgroundRadius)*noise
		noisyX2 := x2 + uniform(rng, -playgroundRadius, playgroundRadius)*noise
		class := 0
		if noisyX1*noisyX2 < 0 {
			class = 1
		}
		d.Inputs[k] = []float64{x1, x2}
		d.Classes[k] = class
	}
	return d
}

// Circles returns n points of the Playground's circle set: a disc of
// radius 2.5 (class 1) inside a ring from radius 3.5 to 5 (class 0), both
// centred on the origin. Even samples are drawn from the disc and odd ones
// from the ring, each with a uniform radius and angle:
//
//	(x1, x2) = (r·sin θ, r·cos θ)
//
// The class is 1 when the point, perturbed by up to noise·5 in each
// coordinate, lies within radius 2.5; the point returned is unperturbed. So
// with noise 0 the classes alternate 1, 0, 1, 0, ... and noise flips
// labels near the gap between disc and ring, as in the Playground.
//
// Circles panics if rng is nil, n < 2 (one sample per class) or noise is
// negative or not finite.
func Circles(rng *rand.Rand, n int, noise float64) Dataset {
	checkGenerator("Circles", rng, n, 2, "noise", noise)
	const (
		discRadius    = 0.5 * playgroundRadius
		ringInnerEdge = 0.7 * playgroundRadius
	)
	d := newGenerated(n, 2)
	for k := range n {
		var r float64
		if k%2 == 0 {
			r = uniform(rng, 0, discRadius)
		} else {
			r = uniform(rng, ringInnerEdge, playgroundRadius)
		}
		angle := uniform(rng, 0, 2*math.Pi)
		x1 := r * math.Sin(angle)
		x2 := r * math.Cos(angle)
		noisyX1 := x1 + uniform(rng, -playgroundRadius, playgroundRadius)*noise
		noisyX2 := x2 + uniform(rng, -playgroundRadius, playgroundRadius)*noise
		class := 0
		if math.Hypot(noisyX1, noisyX2) < discRadius {
			class = 1
		}
		d.Inputs[k] = []float64{x1, x2}
		d.Classes[k] = class
	}
	return d
}

// Moons returns n points on two interleaving half circles, scikit-learn's
// "two moons". Even samples are class 0 on the upper arc, odd samples
// class 1 on the lower arc, shifted so each arc's tip reaches into the
// other's bowl:
//
//	class 0: (cos t, sin t)           t uniform in [0, π]
//	class 1: (1 − cos t, 0.5 − sin t)
//
// Unlike the Playground sets, noise here moves the points: Gaussian noise
// with standard deviation noise is added to each coordinate and the class
// stays fixed. Around 0.1 the moons are fuzzy but separable; from 0.3 they
// overlap.
//
// Moons panics if rng is nil, n < 2 (one sample per class) or noise is
// negative or not finite.
func Moons(rng *rand.Rand, n int, noise float64) Dataset {
	checkGenerator("Moons", rng, n, 2, "noise", noise)
	d := newGenerated(n, 2)
	for k := range n {
		class := k % 2
		t := uniform(rng, 0, math.Pi)
		x1 := math.Cos(t)
		x2 := math.Sin(t)
		if class == 1 {
			x1 = 1 - x1
			x2 = 0.5 - x2
		}
		x1 += noise * rng.NormFloat64()
		x2 += noise * rng.NormFloat64()
		d.Inputs[k] = []float64{x1, x2}
		d.Classes[k] = class
	}
	return d
}

// uniform returns a number drawn uniformly from [low, high).
func uniform(rng *rand.Rand, low, high float64) float64 {
	return low + (high-low)*rng.Float64()
}

// newGenerated allocates a data set of n samples with two features "x1",
// "x2" and classes named "0", "1", ... up to numClasses-1.
func newGenerated(n, numClasses int) Dataset {
	return Dataset{
		Inputs:       make([][]float64, n),
		Classes:      make([]int, n),
		ClassNames:   integerNames(numClasses),
		FeatureNames: []string{"x1", "x2"},
	}
}

// integerNames returns {"0", "1", ..., "n-1"}.
func integerNames(n int) []string {
	names := make([]string, n)
	for c := range names {
		names[c] = fmt.Sprint(c)
	}
	return names
}

// checkGenerator panics with a message naming the generator if its
// arguments are a programmer's mistake.
func checkGenerator(name string, rng *rand.Rand, n, numClasses int, noiseName string, noise float64) {
	if rng == nil {
		panic(fmt.Sprintf("dataset: %s got a nil *rand.Rand; pass rand.New(rand.NewPCG(seed1, seed2))", name))
	}
	if n < 1 {
		panic(fmt.Sprintf("dataset: %s got n = %d samples; need at least 1", name, n))
	}
	if n < numClasses {
		panic(fmt.Sprintf("dataset: %s got n = %d samples for %d classes; need at least one sample per class", name, n, numClasses))
	}
	if noise < 0 || math.IsNaN(noise) || math.IsInf(noise, 0) {
		panic(fmt.Sprintf("dataset: %s got %s = %v; need a finite %s >= 0", name, noiseName, noise, noiseName))
	}
}
