package main

import (
	"fmt"
	"math"
	"strings"

	"github.com/tocha-go/tocha/mlp"
)

// hiddenUnit is what one hidden neuron does on the four XOR inputs after
// training, measured by running the inputs through the network.
type hiddenUnit struct {
	// dead: output a = 0 and slope φ′(z) = 0 for every input, so the
	// gradient that reaches its weights, δ·input with δ = (…)·φ′(z), is 0.
	dead bool
	// linear: a = s·z + c with the same s and c for every input, so on
	// these inputs the neuron adds nothing a linear model could not do.
	linear bool
}

// measureHidden runs every input through net and describes each neuron of
// its hidden layer.
func measureHidden(net *mlp.Network, inputs [][]float64) []hiddenUnit {
	layer := &net.Layers[0]
	units := make([]hiddenUnit, len(layer.Weights))
	for j := range units {
		units[j] = hiddenUnit{dead: true, linear: true}
	}
	first := make([]struct{ slope, offset float64 }, len(units))
	for k, x := range inputs {
		net.Forward(x)
		for j := range units {
			z, a := layer.Z[j], layer.A[j]
			slope := layer.Activation.Derivative(z, a)
			offset := a - slope*z
			if k == 0 {
				first[j].slope, first[j].offset = slope, offset
			}
			units[j].dead = units[j].dead && a == 0 && slope == 0
			// The offsets are compared to a rounding error: a − s·z is 0 for a
			// piece through the origin up to the rounding of a, which may not
			// cancel where Go fuses the multiply and the subtraction (arm64).
			sameOffset := math.Abs(offset-first[j].offset) <= 1e-12*(1+math.Abs(a)+math.Abs(first[j].offset))
			units[j].linear = units[j].linear && slope == first[j].slope && sameOffset
		}
	}
	for j := range units {
		units[j].linear = units[j].linear && !units[j].dead
	}
	return units
}

// numbersWhere returns the 1-based numbers of the units for which keep is
// true.
func numbersWhere(units []hiddenUnit, keep func(hiddenUnit) bool) []int {
	var numbers []int
	for j, u := range units {
		if keep(u) {
			numbers = append(numbers, j+1)
		}
	}
	return numbers
}

func isDead(u hiddenUnit) bool   { return u.dead }
func isLinear(u hiddenUnit) bool { return u.linear }

// stallNote explains a loss that stayed at ln 2, from what the hidden
// neurons were measured to do: dead neurons are named; if every neuron is
// dead or linear, the network is a linear model, for which ln 2 is the
// lowest loss XOR allows; otherwise training is on a plateau.
func stallNote(units []hiddenUnit, activationName string) string {
	dead, linear := numbersWhere(units, isDead), numbersWhere(units, isLinear)
	if len(dead) == 0 && len(linear) < len(units) {
		return "   (A loss of 0.693 = ln 2 is what answering p = 0.5 for every input costs: a plateau,\n" +
			"   where the gradient is small and training crawls until it finds a way down.)"
	}
	lines := []string{"(A loss of 0.693 = ln 2 is what answering p = 0.5 for every input costs."}
	if len(dead) > 0 {
		lines = append(lines, deadSentence(dead, activationName)...)
	}
	switch {
	case len(dead) == len(units):
		lines = append(lines, "With no hidden neuron alive the network gives the same p for every input,",
			"and 0.693 is the lowest loss such a network can reach: more epochs cannot take it lower.")
	case len(dead)+len(linear) == len(units):
		lines = append(lines, linearSentence(linear, activationName))
		lines = append(lines,
			"So the network is a linear model here, and 0.693 is the lowest loss a linear model can",
			"reach on XOR: more epochs cannot take it lower, because a linear model cannot compute XOR.")
	default:
		lines = append(lines, "The other hidden neurons may still find a way down, slowly: the gradient is small here.")
	}
	if len(dead) > 0 {
		lines = append(lines, "Try another -seed, or -activation leaky_relu, whose small slope below 0 keeps a gradient.")
	}
	lines[len(lines)-1] += ")"
	return "   " + strings.Join(lines, "\n   ")
}

// linearSentence says that the hidden neurons with the given numbers are
// linear on the four inputs, and why, for the activation.
func linearSentence(linear []int, activationName string) string {
	names, are := hiddenNames(linear), plural(len(linear), "is", "are")
	switch activationName {
	case "identity":
		return fmt.Sprintf("%s %s linear: the identity activation is a = z for every input.", names, are)
	case "relu":
		return fmt.Sprintf("%s %s linear on all four inputs: z > 0 for each, where ReLU is a = z.", names, are)
	case "leaky_relu":
		return fmt.Sprintf("%s %s linear on all four inputs: z keeps one sign, where leaky ReLU is one straight line.",
			names, are)
	}
	return fmt.Sprintf("%s %s linear on all four inputs: a = s·z + c with the same s and c for all four.", names, are)
}

// deadNote names the dead hidden neurons in one short paragraph, or returns
// "" if there are none.
func deadNote(units []hiddenUnit, activationName string) string {
	dead := numbersWhere(units, isDead)
	if len(dead) == 0 {
		return ""
	}
	return "   " + strings.Join(deadSentence(dead, activationName), "\n   ")
}

// deadSentence says that the hidden neurons with the given numbers are dead
// and why they stay dead, in two lines.
func deadSentence(dead []int, activationName string) []string {
	kind := "dead"
	if activationName == "relu" {
		kind = plural(len(dead), "a dead ReLU", "dead ReLUs")
	}
	return []string{
		fmt.Sprintf("%s %s %s: output 0 and gradient 0 for all four inputs (φ′(z) = 0),",
			hiddenNames(dead), plural(len(dead), "is", "are"), kind),
		"so no update reaches " + plural(len(dead), "its weights and it never recovers.", "their weights and they never recover."),
	}
}

// hiddenNames writes neuron numbers as "Hidden 2", "Hidden 1 and 3" or
// "Hidden 1, 2 and 4", to start a sentence.
func hiddenNames(numbers []int) string {
	words := make([]string, len(numbers))
	for i, n := range numbers {
		words[i] = fmt.Sprint(n)
	}
	if len(words) == 1 {
		return "Hidden " + words[0]
	}
	return "Hidden " + strings.Join(words[:len(words)-1], ", ") + " and " + words[len(words)-1]
}

// plural returns one for a count of 1 and many otherwise.
func plural(count int, one, many string) string {
	if count == 1 {
		return one
	}
	return many
}
