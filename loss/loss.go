package loss

import (
	"fmt"
	"strings"
)

// Loss is a loss function as a training loop holds it: a name, its value and
// its gradient, all on batches whose targets are rows of numbers.
//
//	L = Forward(outputs, targets)
//	∂L/∂outputs = Backward(dst, outputs, targets)
//
// Build one with [New]. For "cross_entropy" the targets are one-hot rows (or
// soft labels); call [CrossEntropy] directly to use class indices.
type Loss struct {
	// Name is the canonical name that [New] accepts: "mse", "bce",
	// "bce_with_logits" or "cross_entropy".
	Name string
	// Forward returns the mean loss of the batch.
	Forward func(outputs, targets [][]float64) float64
	// Backward writes ∂L/∂outputs into dst (nil: a new batch) and returns it.
	Backward func(dst, outputs, targets [][]float64) [][]float64
}

// Names lists the names [New] accepts.
func Names() []string {
	return []string{"mse", "bce", "bce_with_logits", "cross_entropy"}
}

// New returns the loss with the given name, one of [Names] (case-insensitive;
// "ce" is also accepted for "cross_entropy"). An unknown name is an error,
// never a silent default.
func New(name string) (Loss, error) {
	switch strings.ToLower(name) {
	case "mse":
		return Loss{Name: "mse", Forward: MSE, Backward: MSEGradient}, nil
	case "bce":
		return Loss{Name: "bce", Forward: BCE, Backward: BCEGradient}, nil
	case "bce_with_logits":
		return Loss{Name: "bce_with_logits", Forward: BCEWithLogits, Backward: BCEWithLogitsGradient}, nil
	case "cross_entropy", "ce":
		return Loss{Name: "cross_entropy", Forward: CrossEntropyOneHot, Backward: CrossEntropyOneHotGradient}, nil
	}
	return Loss{}, fmt.Errorf("loss: unknown name %q; use one of %s", name, strings.Join(Names(), ", "))
}

// MustNew is like [New] but panics on an unknown name; it is meant for names
// written in the program itself.
func MustNew(name string) Loss {
	l, err := New(name)
	if err != nil {
		panic(err)
	}
	return l
}

// String returns the loss's name.
func (l Loss) String() string { return l.Name }
