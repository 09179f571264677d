// Package mlp builds multi-layer perceptrons on plain slices and trains them
// by backpropagation, with the same numbers as PyTorch.
//
// It teaches, in order: one neuron, a layer, a network, the forward pass,
// the loss, backpropagation, gradient descent, and the training loop. Every
// step is a short function that a debugger can walk through; the names are
// the lesson's (Forward, Backward, Weights, Biases, Delta, LearningRate).
//
// # One neuron
//
// A neuron weighs its inputs x₁ … xₙ, adds a bias and applies an activation
// φ (see package activation):
//
//	z = Σᵢ wᵢ·xᵢ + b        the pre-activation
//	a = φ(z)                the neuron's output
//
// # A layer
//
// A dense [Layer] is m neurons that see the same n inputs. Its weights form
// an m×n matrix W with one row per neuron, and the whole layer is
//
//	z = W·x + b,   a = φ(z)   (φ applied to each element)
//
// Weights[j][i] is the weight from input i to neuron j: the layout of
// PyTorch's nn.Linear, so weights can be copied across in both directions.
//
// # A network
//
// A [Network] feeds each layer's output to the next. Writing aˡ for the
// output of layer l, with a⁰ = x:
//
//	zˡ = Wˡ·aˡ⁻¹ + bˡ,   aˡ = φˡ(zˡ),   l = 1 … L,   output = aᴸ
//
// [New] builds one from sizes and activation names, with weights drawn from
// the caller's *rand.Rand (PyTorch's default U(−1/√fan_in, +1/√fan_in); Xavier and He with
// [Network.Initialize]); [FromLayers] builds one from given weights.
// [Network.Forward] computes the output for one sample and keeps every
// layer's z and a (Layer.Z, Layer.A), which backpropagation needs.
//
// # The loss
//
// A loss L (package loss) measures how far the outputs of a batch of B
// samples are from their targets, as a mean over the batch, and gives its
// gradient ∂L/∂output for every sample. That gradient already contains the
// 1/B of the mean.
//
// # Backpropagation
//
// Training needs ∂L/∂w for every weight. The chain rule gives them all in one
// pass from the output back to the input, using each neuron's error signal
//
//	δ = ∂L/∂z
//
// Three facts make the algorithm:
//
// 1. At the output layer, L depends on z through a = φ(z):
//
//	δᴸ = ∂L/∂aᴸ ⊙ φ′(zᴸ)
//
// (⊙ multiplies element by element). With a sigmoid output and BCE, or
// logits and cross-entropy, φ′ cancels against the loss's own derivative and
// δ is simply (prediction − target), divided by the count of the mean.
//
// 2. A weight Wⱼᵢ changes zⱼ by aᵢ per unit (zⱼ = Σᵢ Wⱼᵢ·aᵢ + bⱼ), and a bias
// by 1, so
//
//	∂L/∂Wⱼᵢ = δⱼ·aᵢ,   i.e.  ∂L/∂Wˡ = δˡ·(aˡ⁻¹)ᵀ
//	∂L/∂bⱼ = δⱼ
//
// where aˡ⁻¹ is the layer's input.
//
// 3. A neuron i of the layer before feeds every neuron j of this layer with
// weight Wⱼᵢ, so its output's gradient collects all of their δ, and its own δ
// passes that through its activation's slope:
//
//	δˡ⁻¹ = ((Wˡ)ᵀ·δˡ) ⊙ φ′(zˡ⁻¹)
//
// [Network.Backward] applies 1, then 2 and 3 layer by layer down to the
// first, and adds the gradients into Layer.WeightGrads and Layer.BiasGrads.
// All of them are computed from the weights of the forward pass; nothing is
// updated until the optimizer's Step. [GradientCheck] compares the result
// with finite differences, the test every hand-written network needs.
//
// For a single sample, with dOutput = ∂L/∂output from the loss:
//
//	output := net.Forward(x)        // z and a of every layer, kept
//	net.ZeroGrad()
//	net.Backward(dOutput)           // δ, WeightGrads and BiasGrads of every layer
//	(&mlp.SGD{LearningRate: 0.5}).Step(net)
//
// # Mini-batches
//
// For a batch the gradients of the samples add up (the loss's mean supplies
// the 1/B), so Backward accumulates and [Network.ZeroGrad] starts a new sum.
// The loss needs every output of the batch before any sample can go
// backward, so [Network.ForwardBatch] keeps one trace (z and a of every
// layer) per sample, and [Network.BackwardBatch] runs Backward on each trace:
// each sample goes forward once.
//
// # The training loop
//
// Training repeats, for every mini-batch, the loop that PyTorch users write:
//
//	outputs := net.ForwardBatch(inputs)             // 1. forward
//	lossValue := bce.Forward(outputs, targets)      // 2. loss
//	net.ZeroGrad()                                  // 3. zero the gradients
//	dOutputs := bce.Backward(nil, outputs, targets) //    ∂L/∂output
//	net.BackwardBatch(dOutputs)                     // 4. backward
//	optimizer.Step(net)                             // 5. update the weights
//
// [Train] is that loop, with epochs, shuffled mini-batches, checks on the
// data and a per-epoch history. The optimizers follow torch.optim exactly:
// [SGD] (w ← w − lr·g, optionally with momentum) and [Adam].
//
// # Classification
//
// A network with one output per class, a linear (identity) last layer and
// the "cross_entropy" loss is a softmax classifier: its outputs are logits.
// [Network.PredictClass] gives the class, [Network.PredictProbabilities]
// the softmax probabilities, dataset.OneHot the targets from class indices and
// [Confusion] a [ConfusionMatrix] with the accuracy. A single sigmoid output
// with "bce" (or a single logit with "bce_with_logits") is a binary
// classifier.
//
// # When training goes wrong
//
// [Train] stops with an error that names the epoch and suggests a smaller
// learning rate when training diverges: a loss that becomes NaN or
// infinite, a weight that overflows, or a loss that climbs to more than ten
// times where it started (steps so large that each one overshoots the
// minimum). Before training it refuses a loss that does not suit the
// network or the targets, such as "bce" on a linear output or a target of 2.
//
// # Saving, and PyTorch
//
// [Network.Save] and [Load] keep a network in a file: JSON (format
// "tocha.mlp", version 1) or safetensors, the format PyTorch and Hugging Face
// use, chosen by the file's extension. The safetensors tensors are named as
// in the state_dict of the torch.nn.Sequential that [Network.PyTorch]
// prints, so a network trained here loads into PyTorch with
// model.load_state_dict and gives the same outputs (see examples/torch).
//
// # Speed
//
// Forward and Backward are written to be read, one sample at a time. For
// mini-batches [Train] runs a fast path instead (fast.go): the same
// arithmetic, in the same order for every number, with the loops arranged
// for the processor (several samples per pass over the weights) and each
// batch split between goroutines, one per core. It gives the same numbers
// as ForwardBatch and BackwardBatch, several times faster on a network the
// size of an MNIST classifier. TrainConfig.Readable switches back to the
// readable path, to step through it in a debugger; TrainConfig.Workers sets
// the number of goroutines. The benchmarks (go test -bench . ./mlp) compare
// both with a hand-written loop.
//
// # Conventions
//
//   - Numbers match PyTorch (float64): forward values, losses, gradients and
//     an SGD step to about 1e-12 relative, whole training runs with SGD,
//     momentum and Adam to 1e-9; the tests check reference values computed
//     by PyTorch.
//   - Randomness comes only from the *rand.Rand the caller passes, so a seed
//     gives the same network and the same training on every run.
//   - Caller slices are never modified or kept. The slices that Forward and
//     ForwardBatch return belong to the network and are overwritten by the
//     next forward pass (Predict returns a copy); this is what lets a
//     training step allocate nothing.
//   - A shape mistake in a hot call (a wrong input length to Forward) is a
//     programming error and panics with both lengths in the message. Data
//     and settings from outside (Train's data and configuration, New's sizes
//     and names) are checked and give errors that name the row, value or
//     field.
//   - A Network remembers its last forward pass, so it is not safe for
//     concurrent use; an optimizer with memory belongs to one network.
package mlp
