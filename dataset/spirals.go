package dataset

import (
	"fmt"
	"math"
	"math/rand/v2"
)

// Spirals returns n points in total on arms interleaved spirals, one class
// per arm; with arms = 2 it is the Playground's spiral set. Sample k lies
// on arm a = k mod arms, as the i-th (i = k div arms) of that arm's m
// points. Each arm winds 1¾ turns outward from the origin to radius 5, and
// the arms are rotated evenly around the circle:
//
//	r = 5·i/m
//	θ = 1.75·2π·i/m + 2π·a/arms
//	(x1, x2) = (r·sin θ, r·cos θ) + noise·(u1, u2)    u1, u2 uniform in [-1, 1)
//
// noise moves the points and keeps the class. The arms' sizes differ by
// at most one. Spirals are the classic set that needs several hidden units
// to bend the decision boundary around.
//
// Spirals panics if rng is nil, arms < 2, n < arms (an arm would be empty)
// or noise is negative or not finite.
func Spirals(rng *rand.Rand, n, arms int, noise float64) Dataset {
	if arms < 2 {
		panic(fmt.Sprintf("dataset: Spirals got arms = %d; need at least 2 (one class per arm)", arms))
	}
	checkGenerator("Spirals", rng, n, arms, "noise", noise)
	const turns = 1.75
	d := newGenerated(n, arms)
	for k := range n {
		arm := k % arms
		i := k / arms
		m := armSize(n, arms, arm)
		progress := float64(i) / float64(m) // 0 at the centre, towards 1 at the tip
		r := playgroundRadius * progress
		theta := turns*2*math.Pi*progress + 2*math.Pi*float64(arm)/float64(arms)
		x1 := r*math.Sin(theta) + noise*uniform(rng, -1, 1)
		x2 := r*math.Cos(theta) + noise*uniform(rng, -1, 1)
		d.Inputs[k] = []float64{x1, x2}
		d.Classes[k] = arm
	}
	return d
}

// armSize returns how many of n samples dealt round-robin to arms arms
// land on arm: the first n mod arms arms get one extra.
func armSize(n, arms, arm int) int {
	size := n / arms
	if arm < n%arms {
		size++
	}
	return size
}
