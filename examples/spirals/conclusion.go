package main

import (
	"fmt"
	"math"
)

// samePoints is the largest difference in training accuracy, in percentage
// points, that the lesson calls "about the same": 2 points are 6 of the
// default 300, about what another seed changes.
const samePoints = 2.0

// conclusion explains the two training accuracies, deep with two hidden
// layers and wide with one, from the numbers themselves: which network
// did better and by how much, or that they are about the same.
func conclusion(deep, wide float64) string {
	// Rounded to a tenth of a point, as printed, so that 0.520 − 0.500
	// counts as 2 points and not as 2.0000000000000018.
	points := math.Round(1000*(deep-wide)) / 10
	switch {
	case points > samePoints:
		return fmt.Sprintf(`Same number of weights and biases, same training: two hidden layers are right
about %.3f of the points, one hidden layer about %.3f, %.1f percentage points less.
Each neuron of a first layer can only draw one straight line across the plane;
the output of the one-layer network adds those lines up, while a second layer
combines them into curved regions that follow the arms. One wide layer can get
there too, but only with many more epochs (try -epochs 3000).
`, deep, wide, points)
	case points < -samePoints:
		return fmt.Sprintf(`Same number of weights and biases, same training, yet one hidden layer is right
about %.3f of the points and two hidden layers only about %.3f, %.1f percentage
points less: with these settings the second layer did not help. With the
defaults (-noise 0.2, -epochs 300) the two layers follow the arms and win clearly.
`, wide, deep, -points)
	}
	return fmt.Sprintf(`Same number of weights and biases, same training, and about the same result:
%.3f of the points right with two hidden layers, %.3f with one (at most %g
percentage points apart). A second layer pays off when there is a shape to
follow and time to learn it; much noise blurs the arms, and few epochs leave
both networks far from them. With the defaults (-noise 0.2, -epochs 300) the
two layers win clearly.
`, deep, wide, samePoints)
}
