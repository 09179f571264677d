package dataset

import (
	"fmt"
	"math/rand/v2"
)

// Blobs returns n points in total from Gaussian blobs, one class per
// center. Sample k belongs to class c = k mod len(centers) and is drawn
// around centers[c] with standard deviation std in every coordinate:
//
//	x_i = centers[c][i] + std·N(0, 1)
//
// The centers may have any number of coordinates (all the same); the
// features are named "x1", "x2", .... The class sizes differ by at most
// one. The caller's centers are copied, never kept.
//
// The Playground's Gaussian set is two blobs whose variance grows with its
// noise slider (noise from 0 to 0.5):
//
//	Blobs(rng, n, [][]float64{{2, 2}, {-2, -2}}, math.Sqrt(0.5+7*noise))
//
// Blobs panics if rng is nil, there are fewer than two centers, n is less
// than len(centers), the centers have no coordinates or different numbers
// of them, or std is negative or not finite.
func Blobs(rng *rand.Rand, n int, centers [][]float64, std float64) Dataset {
	if len(centers) < 2 {
		panic(fmt.Sprintf("dataset: Blobs got %d centers; need at least 2 (one class per center)", len(centers)))
	}
	dim := len(centers[0])
	if dim == 0 {
		panic("dataset: Blobs got a center with no coordinates")
	}
	checkFiniteRows("Blobs", "center", "coordinate", centers)
	checkGenerator("Blobs", rng, n, len(centers), "std", std)

	d := Dataset{
		Inputs:       make([][]float64, n),
		Classes:      make([]int, n),
		ClassNames:   integerNames(len(centers)),
		FeatureNames: make([]string, dim),
	}
	for i := range d.FeatureNames {
		d.FeatureNames[i] = fmt.Sprintf("x%d", i+1)
	}
	for k := range n {
		class := k % len(centers)
		center := centers[class]
		point := make([]float64, dim)
		for i := range point {
			point[i] = center[i] + std*rng.NormFloat64()
		}
		d.Inputs[k] = point
		d.Classes[k] = class
	}
	return d
}
