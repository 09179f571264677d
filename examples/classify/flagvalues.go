package main

import (
	"fmt"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// The largest network -hidden may ask for. Beyond these, training on a
// laptop takes minutes to hours with nothing to learn from the wait: iris
// reaches its best accuracy with a single layer of 16.
const (
	maxLayerSize    = 4096 // neurons in one hidden layer
	maxHiddenLayers = 8
)

// layerSizes is the value of -hidden: a comma-separated list of layer
// sizes from 1 to maxLayerSize, such as 16,16, or "none" for no hidden
// layer at all (the network is then a softmax regression, a linear
// classifier).
type layerSizes []int

// String formats the sizes as the flag takes them.
func (s *layerSizes) String() string {
	if len(*s) == 0 {
		return "none"
	}
	parts := make([]string, len(*s))
	for i, size := range *s {
		parts[i] = strconv.Itoa(size)
	}
	return strings.Join(parts, ",")
}

// Set parses a comma-separated list such as "16,16", or "none".
func (s *layerSizes) Set(text string) error {
	if strings.TrimSpace(text) == "none" {
		*s = nil
		return nil
	}
	fields := strings.Split(text, ",")
	if len(fields) > maxHiddenLayers {
		return fmt.Errorf("%d hidden layers; give at most %d", len(fields), maxHiddenLayers)
	}
	var sizes []int
	for i, field := range fields {
		size, err := strconv.Atoi(strings.TrimSpace(field))
		if err != nil || size < 1 {
			return fmt.Errorf("layer %d size %q is not a positive whole number; write sizes like \"16,16\", or \"none\" for no hidden layer", i+1, field)
		}
		if size > maxLayerSize {
			return fmt.Errorf("layer %d size %d is more than %d neurons; use a smaller layer", i+1, size, maxLayerSize)
		}
		sizes = append(sizes, size)
	}
	*s = sizes
	return nil
}

// separator is the value of -comma: the character between the fields of
// a CSV file.
type separator rune

// String shows the separator as the flag takes it, \t for a tab.
func (s *separator) String() string {
	if *s == '\t' {
		return `\t`
	}
	return string(*s)
}

// Set takes one character, or \t or "tab" for a tab. Characters that can
// be part of a number or of a quoted field cannot separate fields.
func (s *separator) Set(text string) error {
	if text == `\t` || strings.EqualFold(text, "tab") {
		*s = '\t'
		return nil
	}
	r, size := utf8.DecodeRuneInString(text)
	if size == 0 || size != len(text) || r == utf8.RuneError {
		return fmt.Errorf("%q is not one character; use ',', ';' or '\\t' (tab)", text)
	}
	if strings.ContainsRune("\".+-\r\n", r) || unicode.IsLetter(r) || unicode.IsDigit(r) {
		return fmt.Errorf("%q cannot separate fields: it can be part of a number or a quoted field; use ',', ';' or '\\t' (tab)", text)
	}
	*s = separator(r)
	return nil
}
