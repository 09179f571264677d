// Package loss measures how wrong a network's outputs are, and how the loss
// changes when each output changes.
//
// A loss turns a whole batch of predictions into one number L that training
// drives down. Backpropagation starts from its gradient ∂L/∂output, which
// every function here returns next to the value.
//
// # Conventions (PyTorch's)
//
// A batch is a slice of rows: outputs[b] is sample b's output vector and
// targets[b] its target, so a batch of B samples with n outputs is B rows of
// n numbers. Every loss is the mean over the batch, PyTorch's default
// reduction='mean':
//
//   - [MSE], [BCE] and [BCEWithLogits] average over every number, B·n;
//   - [CrossEntropy] averages over the samples, B (each sample's loss already
//     sums over its n classes).
//
// The gradients include that 1/B (or 1/(B·n)), so the gradients a network
// accumulates over a batch add up to the gradient of the mean.
//
// # Which loss, and why cross-entropy
//
// MSE, the mean of the squared differences (p − y)², suits regression. For
// classification the network outputs a probability p = σ(z) or a softmax,
// and cross-entropy −log p(correct class) is the natural loss: it is the
// negative log-likelihood of the data, it punishes confident mistakes
// without bound, and — the practical reason — its gradient with
// respect to the logits z is simply
//
//	∂L/∂z = p − y
//
// With MSE on a sigmoid output the same gradient is 2(p − y)·σ′(z), and σ′(z)
// is almost 0 when the neuron is confidently wrong (z far from 0), so the
// neuron that most needs to learn learns slowest. Cross-entropy's log cancels
// that σ′ factor.
//
// Gradient functions take a dst argument: pass nil to get a new batch, or a
// batch of the outputs' shape to have it overwritten (no allocation). Inputs
// are never modified or kept. A shape mismatch between outputs and targets
// is a programmer's mistake and panics with both sizes in the message.
package loss
