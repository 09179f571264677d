// Package dataset provides the data a first course on perceptrons and
// multilayer perceptrons trains on, and the chores around it: splitting,
// standardising, shuffling and encoding targets.
//
// # What it teaches
//
// A network learns only what its data shows it. The logic gates (AND, OR,
// NAND, NOR, XOR) are the smallest data sets there are: four rows, and XOR
// is the one a single perceptron cannot learn. The 2-D generators
// (NoisyXOR, Circles, Moons, Spirals, Blobs) draw the pictures of the
// TensorFlow Playground, so a class can watch hidden units bend a decision
// boundary. Iris and MNIST are real data. Split, FitStandardizer and
// Shuffle carry the habits of honest evaluation: hold out a test set,
// measure statistics on the training set only, and vary the order of
// samples between epochs.
//
// # Conventions
//
// A Dataset holds samples as rows: Inputs[k] is sample k's feature vector
// and Classes[k] its class index in [0, NumClasses()). Targets for the
// three usual outputs come from methods: Labels (a float per sample, for a
// perceptron), LabelColumn (one-column rows, for a single sigmoid output)
// and OneHot (one row per sample, for softmax with cross-entropy).
//
// Randomness comes only from the *rand.Rand the caller passes, built with
// a stated seed, so every run is reproducible:
//
//	rng := rand.New(rand.NewPCG(1, 2))
//
// Every function returns new slices; caller slices are never modified or
// kept.
//
// Data from outside the program (CSV and IDX files) returns an error
// naming the place (file:line:column for CSV) and saying how to fix it.
// Numbers a programmer writes into the code (a generator's n, a nil rng, a
// class outside [0, numClasses) for OneHot) panic with a message naming the
// bad value, and each function's comment says so.
package dataset
