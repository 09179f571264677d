package dataset

import (
	"math"
	"math/rand/v2"
	"reflect"
	"testing"
)

// geometryTolerance allows for rounding in sin, cos and hypot of numbers
// below 10: a few ulps, far below 1e-9.
const geometryTolerance = 1e-9

// generator is one generator with fixed arguments apart from rng and n.
type generator struct {
	name       string
	numClasses int
	generate   func(rng *rand.Rand, n int) Dataset
}

func generators() []generator {
	return []generator{
		{"NoisyXOR", 2, func(rng *rand.Rand, n int) Dataset { return NoisyXOR(rng, n, 0.1) }},
		{"Circles", 2, func(rng *rand.Rand, n int) Dataset { return Circles(rng, n, 0.1) }},
		{"Moons", 2, func(rng *rand.Rand, n int) Dataset { return Moons(rng, n, 0.1) }},
		{"Spirals", 3, func(rng *rand.Rand, n int) Dataset { return Spirals(rng, n, 3, 0.1) }},
		{"Blobs", 3, func(rng *rand.Rand, n int) Dataset {
			return Blobs(rng, n, [][]float64{{0, 0}, {5, 5}, {-5, 5}}, 1)
		}},
	}
}

func TestGeneratorsShapeAndSeed(t *testing.T) {
	for _, g := range generators() {
		d := g.generate(rand.New(rand.NewPCG(1, 2)), 101)
		if err := d.Validate(); err != nil {
			t.Errorf("%s: invalid Dataset: %v", g.name, err)
		}
		if d.Len() != 101 || d.NumFeatures() != 2 || d.NumClasses() != g.numClasses {
			t.Errorf("%s(n=101) = %v; want 101 samples, 2 features, %d classes", g.name, d, g.numClasses)
		}
		if !reflect.DeepEqual(d.FeatureNames, []string{"x1", "x2"}) {
			t.Errorf("%s FeatureNames = %q; want [x1 x2]", g.name, d.FeatureNames)
		}
		again := g.generate(rand.New(rand.NewPCG(1, 2)), 101)
		if !reflect.DeepEqual(d, again) {
			t.Errorf("%s: the same seed gave different data", g.name)
		}
		other := g.generate(rand.New(rand.NewPCG(3, 4)), 101)
		if reflect.DeepEqual(d.Inputs, other.Inputs) {
			t.Errorf("%s: seeds (1,2) and (3,4) gave the same data", g.name)
		}
	}
}

func TestGeneratorPanics(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	tests := []struct {
		name     string
		call     func()
		contains string
	}{
		{"nil rng", func() { Circles(nil, 10, 0) }, "Circles got a nil *rand.Rand"},
		{"n zero", func() { NoisyXOR(rng, 0, 0) }, "NoisyXOR got n = 0 samples; need at least 1"},
		{"n below classes", func() { Moons(rng, 1, 0) }, "Moons got n = 1 samples for 2 classes"},
		{"negative noise", func() { Moons(rng, 10, -0.1) }, "Moons got noise = -0.1; need a finite noise >= 0"},
		{"NaN noise", func() { Circles(rng, 10, nan()) }, "noise = NaN"},
		{"one arm", func() { Spirals(rng, 10, 1, 0) }, "Spirals got arms = 1; need at least 2"},
		{"empty arm", func() { Spirals(rng, 2, 3, 0) }, "Spirals got n = 2 samples for 3 classes"},
		{"one center", func() { Blobs(rng, 10, [][]float64{{0, 0}}, 1) }, "Blobs got 1 centers; need at least 2"},
		{"empty center", func() { Blobs(rng, 10, [][]float64{{}, {}}, 1) }, "center with no coordinates"},
		{"ragged centers", func() { Blobs(rng, 10, [][]float64{{0, 0}, {1}}, 1) }, "center 1 has 1 coordinates, center 0 has 2"},
		{"NaN center", func() { Blobs(rng, 10, [][]float64{{0, 0}, {1, nan()}}, 1) }, "center 1 coordinate 1 is NaN"},
		{"negative std", func() { Blobs(rng, 10, [][]float64{{0}, {1}}, -1) }, "Blobs got std = -1"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { expectPanic(t, tt.contains, tt.call) })
	}
}

// TestNoiseFreeGeometry checks each generator's shape with noise 0, where
// every point must lie exactly where its class says.
func TestNoiseFreeGeometry(t *testing.T) {
	rng := rand.New(rand.NewPCG(5, 6))

	xor := NoisyXOR(rng, 200, 0)
	for k, p := range xor.Inputs {
		wantClass := 0
		if p[0]*p[1] < 0 {
			wantClass = 1
		}
		if xor.Classes[k] != wantClass || math.Abs(p[0]) < 0.3 || math.Abs(p[1]) < 0.3 || math.Abs(p[0]) > 5.3 || math.Abs(p[1]) > 5.3 {
			t.Errorf("NoisyXOR sample %d = %v class %d; want |x| in [0.3, 5.3], class %d", k, p, xor.Classes[k], wantClass)
		}
	}

	circles := Circles(rng, 200, 0)
	for k, p := range circles.Inputs {
		r := math.Hypot(p[0], p[1])
		inDisc := r < 2.5 && circles.Classes[k] == 1 && k%2 == 0
		inRing := r >= 3.5-geometryTolerance && r <= 5+geometryTolerance && circles.Classes[k] == 0 && k%2 == 1
		if !inDisc && !inRing {
			t.Errorf("Circles sample %d at radius %.3f has class %d; want even samples in the disc (class 1), odd in the ring (class 0)", k, r, circles.Classes[k])
		}
	}

	moons := Moons(rng, 200, 0)
	for k, p := range moons.Inputs {
		// Undo the lower moon's shift, then every point is on the unit circle's upper half.
		x, y := p[0], p[1]
		if moons.Classes[k] == 1 {
			x, y = 1-x, 0.5-y
		}
		if moons.Classes[k] != k%2 || math.Abs(math.Hypot(x, y)-1) > geometryTolerance || y < -geometryTolerance {
			t.Errorf("Moons sample %d = %v class %d; not on its moon", k, p, moons.Classes[k])
		}
	}

	const arms, n = 3, 300
	spirals := Spirals(rng, n, arms, 0)
	for k, p := range spirals.Inputs {
		arm := k % arms
		progress := float64(k/arms) / float64(n/arms)
		wantR := 5 * progress
		wantTheta := 1.75*2*math.Pi*progress + 2*math.Pi*float64(arm)/arms
		want := []float64{wantR * math.Sin(wantTheta), wantR * math.Cos(wantTheta)}
		if spirals.Classes[k] != arm || math.Abs(p[0]-want[0]) > geometryTolerance || math.Abs(p[1]-want[1]) > geometryTolerance {
			t.Errorf("Spirals sample %d = %v class %d; want %v class %d", k, p, spirals.Classes[k], want, arm)
		}
	}

	centers := [][]float64{{1, 2, 3}, {-1, -2, -3}}
	blobs := Blobs(rng, 10, centers, 0)
	for k, p := range blobs.Inputs {
		if blobs.Classes[k] != k%2 || !reflect.DeepEqual(p, centers[k%2]) {
			t.Errorf("Blobs(std 0) sample %d = %v class %d; want %v class %d", k, p, blobs.Classes[k], centers[k%2], k%2)
		}
	}
	if !reflect.DeepEqual(blobs.FeatureNames, []string{"x1", "x2", "x3"}) {
		t.Errorf("Blobs FeatureNames = %q; want [x1 x2 x3]", blobs.FeatureNames)
	}
}

// TestNoiseFlipsPlaygroundLabels checks the Playground's noise model: the
// points stay in their regions but some labels flip.
func TestNoiseFlipsPlaygroundLabels(t *testing.T) {
	rng := rand.New(rand.NewPCG(7, 8))
	circles := Circles(rng, 1000, 0.5)
	flipped := 0
	for k := range circles.Inputs {
		if circles.Classes[k] != 1-k%2 {
			flipped++
		}
	}
	if flipped == 0 || flipped > 500 {
		t.Errorf("Circles(noise 0.5) flipped %d of 1000 labels; want some, but fewer than half", flipped)
	}
}

// blobMeanTolerance is five standard errors of a mean of 500 draws with
// std 1 (5/√500 ≈ 0.22): a correct generator fails it about once in
// two million runs.
const blobMeanTolerance = 0.23

func TestBlobsMeanAndCallerCenters(t *testing.T) {
	centers := [][]float64{{2, 2}, {-2, -2}}
	original := [][]float64{{2, 2}, {-2, -2}}
	d := Blobs(rand.New(rand.NewPCG(9, 10)), 1000, centers, 1)
	if !reflect.DeepEqual(centers, original) {
		t.Errorf("Blobs modified the caller's centers: %v", centers)
	}
	for class, center := range centers {
		sum := []float64{0, 0}
		count := 0
		for k, p := range d.Inputs {
			if d.Classes[k] == class {
				sum[0] += p[0]
				sum[1] += p[1]
				count++
			}
		}
		for i := range 2 {
			if mean := sum[i] / float64(count); math.Abs(mean-center[i]) > blobMeanTolerance {
				t.Errorf("Blobs class %d coordinate %d has mean %.3f; want %.3f ± %.2f", class, i, mean, center[i], blobMeanTolerance)
			}
		}
	}
	d.Inputs[0][0] = 99 // the samples must not alias the centers
	if !reflect.DeepEqual(centers, original) {
		t.Errorf("writing to a Blobs sample changed the caller's centers: %v", centers)
	}
}
