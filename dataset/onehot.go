package dataset

import "fmt"

// OneHot encodes class indices as one-hot rows: row k has width numClasses,
// a 1 in column classes[k] and 0 elsewhere.
//
//	onehot[k][c] = 1 if c == classes[k], else 0
//
// With three classes, classes {0, 2} become {{1, 0, 0}, {0, 0, 1}}: the
// target a softmax output should reach, so that cross-entropy compares two
// probability distributions.
//
// OneHot panics if numClasses < 1 or a class is outside [0, numClasses);
// the message names the sample, its class and numClasses.
func OneHot(classes []int, numClasses int) [][]float64 {
	if numClasses < 1 {
		panic(fmt.Sprintf("dataset: OneHot got numClasses = %d; need at least 1", numClasses))
	}
	rows := make([][]float64, len(classes))
	for k, class := range classes {
		if class < 0 || class >= numClasses {
			panic(fmt.Sprintf("dataset: OneHot: sample %d has class %d, outside [0, %d)", k, class, numClasses))
		}
		row := make([]float64, numClasses)
		row[class] = 1
		rows[k] = row
	}
	return rows
}
