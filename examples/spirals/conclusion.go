package main

import (
	"fmt"
	"math"
)

// samePoints is the largest difference in training accuracy, in percentage
// points, that the lesson calls "about the same": 2 points are 6 of the
// default 300, about what another seed changes.
const samePoints = 2.0

// suggestedEpochs is how long the one-layer network is worth watching to
// see it creep up on the two-layer one; the lesson suggests it only to a
// run that trained for less.
const suggestedEpochs = 3000

// comparison is what the conclusion is drawn from: the two training
// accuracies, deep with two hidden layers and wide with one, their numbers
// of parameters and the epochs both trained.
type comparison struct {
	deep, wide                     float64
	deepParameters, wideParameters int
	epochs                         int
}

// conclusion explains the two training accuracies from the numbers
// themselves: which network did better and by how much, or that they are
// about the same.
func conclusion(c comparison) string {
	budget := sameBudget(c.deepParameters, c.wideParameters)
	// Rounded to a tenth of a point, as printed, so that 0.520 − 0.500
	// counts as 2 points and not as 2.0000000000000018.
	points := math.Round(1000*(c.deep-c.wide)) / 10
	switch {
	case points > samePoints:
		return fmt.Sprintf(`%s, same training: two hidden layers are right
about %.3f of the points, one hidden layer about %.3f, %.1f percentage points less.
Each neuron of a first layer can only draw one straight line across the plane;
the output of the one-layer network adds those lines up, while a second layer
combines them into curved regions that follow the arms. %s
`, budget, c.deep, c.wide, points, moreEpochs(c.epochs, points))
	case points < -samePoints:
		return fmt.Sprintf(`%s, same training, yet one hidden layer is right
about %.3f of the points and two hidden layers only about %.3f, %.1f percentage
points less: with these settings the second layer did not help. With the
defaults (-noise 0.2, -epochs 300) the two layers follow the arms and win clearly.
`, budget, c.wide, c.deep, -points)
	}
	return fmt.Sprintf(`%s, same training, and about the same result:
%.3f of the points right with two hidden layers, %.3f with one (at most %g
percentage points apart). A second layer pays off when there is a shape to
follow and time to learn it; much noise blurs the arms, and few epochs leave
both networks far from them. With the defaults (-noise 0.2, -epochs 300) the
two layers win clearly.
`, budget, c.deep, c.wide, samePoints)
}

// sameBudget says how the two numbers of parameters compare: the same, or
// about the same when the one-layer width could only come close.
func sameBudget(deep, wide int) string {
	if deep == wide {
		return "Same number of weights and biases"
	}
	return "About the same number of weights and biases"
}

// moreEpochs ends the story of a one-layer network left behind: a run
// shorter than suggestedEpochs is told to try it; a longer one is told
// how far behind the network still is.
func moreEpochs(epochs int, points float64) string {
	if epochs < suggestedEpochs {
		return fmt.Sprintf("One wide layer can get\nthere too, but only with many more epochs (try -epochs %d).", suggestedEpochs)
	}
	return fmt.Sprintf("One wide layer closes\nthe gap only slowly: after %d epochs it is still %.1f percentage points behind.", epochs, points)
}
