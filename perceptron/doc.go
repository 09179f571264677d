// Package perceptron is the first half of the lesson: a single neuron with a
// step activation, trained by Rosenblatt's perceptron learning rule, and the
// reason one neuron is not enough.
//
// # The model
//
// A [Perceptron] has one weight per input and a bias. For an input x it
// computes the weighted sum z and the output a:
//
//	z = w·x + b = Σᵢ wᵢ·xᵢ + b
//	a = step(z) = 1 if z ≥ 0, else 0
//
// The points where z = 0 form a line (a plane, for more inputs): the
// perceptron answers 1 on one side of it and 0 on the other.
// [Perceptron.Forward] returns both z and a, [Perceptron.Predict] just a.
//
// # The learning rule
//
// [Perceptron.Train] visits the samples in order. For a sample x with label
// y ∈ {0, 1} it predicts ŷ, takes the error e and moves the weights:
//
//	ŷ = step(w·x + b)
//	e = y − ŷ              (0 if right, +1 or −1 if wrong)
//	w ← w + lr·e·x
//	b ← b + lr·e
//
// One pass over all samples is an epoch; its Loss is the fraction of samples
// it got wrong. Training stops after the first epoch without a mistake.
// Train returns the [History] of its epochs: per [Epoch] the mistakes, the
// weights at its end and how many samples those classify correctly, and with
// Config.Trace one [Update] per sample, to compare with a hand-computed trace.
// The step function has no useful derivative (it is 0 almost everywhere), so
// this rule is not gradient descent; it is simply "if wrong, push the line
// towards the right answer for this sample".
//
// # Convergence theorem
//
// Count the bias as a weight on an extra input that is always 1, so a sample
// is x̃ = (x, 1), and write its label as ±1: s = 2y − 1. Suppose some unit
// vector u separates the data with margin γ > 0, meaning s·(u·x̃) ≥ γ for
// every sample, and let R be the largest ‖x̃‖. Then, from a zero start and for
// any lr > 0, the rule makes at most
//
//	(R/γ)²
//
// mistakes, in any sample order. Proof: each mistake raises u·w̃ by at least
// lr·γ and, because s·(w̃·x̃) ≤ 0 on a mistake, raises ‖w̃‖² by at most
// lr²·R². After k mistakes k·lr·γ ≤ u·w̃ ≤ ‖w̃‖ ≤ lr·R·√k, so k ≤ (R/γ)².
//
// # Why it cannot learn XOR
//
// XOR is 1 for (0,1) and (1,0) and 0 for (0,0) and (1,1). A perceptron that
// computed it would have to satisfy four inequalities:
//
//	(0,0) → 0:   b < 0
//	(0,1) → 1:   w₂ + b ≥ 0
//	(1,0) → 1:   w₁ + b ≥ 0
//	(1,1) → 0:   w₁ + w₂ + b < 0
//
// Adding the middle two gives w₁ + w₂ + b ≥ −b, and −b > 0 by the first, so
// w₁ + w₂ + b > 0, which contradicts the last. No line separates
// {(0,1), (1,0)} from {(0,0), (1,1)}: the data is not linearly separable, and
// the best any line can do is 3 of 4. Train then never finishes an epoch
// without a mistake, and stops at Config.MaxEpochs with an error wrapping
// [ErrNotConverged]. The weights do not settle but cycle: from a zero start
// with lr = 1 every epoch from the second ends at w = [−1, 0], b = 0, a line
// that gets only 2 of 4 right. The rule does not even look for the best
// line; keeping the best epoch's weights ([History.Best], the "pocket"
// perceptron) does better, reaching 3 of 4 from some random starts.
//
// The way out is to use more than one neuron. XOR(a, b) is
// AND(OR(a, b), NAND(a, b)), and each of those three gates is separable; the
// package example wires three trained perceptrons this way. Learning such a
// two-layer network from data needs smooth activations and backpropagation,
// which package mlp teaches.
//
// # Saving
//
// [Perceptron.Save] writes a trained perceptron to a JSON file (format
// "tocha.perceptron", version 1: inputs, weights, bias, activation) and
// [Load] reads it back, bit for bit; [Perceptron.WriteJSON] and [ReadJSON]
// do the same on any writer and reader.
//
// # Conventions
//
//   - step(0) = 1, in training and prediction alike ([activation.Step]).
//   - New starts at zero weights and bias; NewRandom takes a *rand.Rand.
//   - A wrong input length in Forward or Predict is a programmer's mistake
//     and panics, naming both numbers; so does a NaN z in a direct call.
//     Bad data or settings passed to Train or CountCorrect, non-finite
//     Weights or Bias included, return an error naming the row, weight or
//     value, and change nothing. Train and CountCorrect never panic on data
//     or settings: a number that overflows float64 during training (a huge
//     LearningRate or huge inputs) is an error wrapping [ErrOverflow] that
//     names the epoch and row, and Train then restores the Weights and Bias
//     it started from. The caller's slices are never modified or retained.
package perceptron
