package dataset

import (
	"errors"
	"strconv"
	"strings"
)

// parseFeature reads a feature value written as a plain decimal number
// (see isPlainDecimal), with a decimal comma if decimalComma is set. If
// the text is not such a number it returns a message saying what is wrong
// and the CSVOptions fields that the message's advice refers to.
func parseFeature(text string, decimalComma bool) (x float64, problem string, options []string) {
	if text == "" {
		return 0, "is empty; every feature needs a value (fill in missing values or drop those rows)", nil
	}
	if isNonFinite(text) {
		return 0, "is not a finite number; fill in missing values or drop those rows", nil
	}
	plain := text
	if decimalComma {
		if strings.Contains(text, ".") {
			return 0, "has a '.', but the decimal separator is ','; write numbers like 1234,5, without thousands separators", []string{"DecimalComma"}
		}
		plain = strings.Replace(text, ",", ".", 1)
	}
	if !isPlainDecimal(plain) {
		if !decimalComma && isPlainDecimal(strings.Replace(text, ",", ".", 1)) {
			return 0, "is written with a decimal comma; read the file with decimal commas", []string{"DecimalComma"}
		}
		if _, err := strconv.ParseFloat(plain, 64); err == nil {
			return 0, "is not a plain decimal number; write numbers like 12, -0.5 or 1.5e3", nil
		}
		return 0, "is not a number; feature columns must be numeric, and if this column holds the classes, choose it as the label column", []string{"Label"}
	}
	x, err := strconv.ParseFloat(plain, 64)
	if errors.Is(err, strconv.ErrRange) {
		return 0, "is too large for a float64; rescale the column", nil
	}
	if err != nil { // not expected after isPlainDecimal
		return 0, "is not a number: " + err.Error(), nil
	}
	return x, "", nil
}

// isPlainDecimal reports whether text is a number the way people write
// them in a data file: an optional sign, digits with at most one '.', at
// least one digit, and an optional exponent:
//
//	12   -0.5   .5   3.   +1e-3   6.02E23
//
// It rejects what strconv.ParseFloat accepts beyond that, so that "1_0"
// is not silently 10 and "0x1p4" not 16; NaN and Inf are handled apart.
func isPlainDecimal(text string) bool {
	i := 0
	if i < len(text) && (text[i] == '+' || text[i] == '-') {
		i++
	}
	digits := 0
	for i < len(text) && isDigit(text[i]) {
		i, digits = i+1, digits+1
	}
	if i < len(text) && text[i] == '.' {
		i++
		for i < len(text) && isDigit(text[i]) {
			i, digits = i+1, digits+1
		}
	}
	if digits == 0 {
		return false
	}
	if i < len(text) && (text[i] == 'e' || text[i] == 'E') {
		i++
		if i < len(text) && (text[i] == '+' || text[i] == '-') {
			i++
		}
		exponentDigits := 0
		for i < len(text) && isDigit(text[i]) {
			i, exponentDigits = i+1, exponentDigits+1
		}
		if exponentDigits == 0 {
			return false
		}
	}
	return i == len(text)
}

func isDigit(b byte) bool { return '0' <= b && b <= '9' }

// isNonFinite reports whether text spells NaN or an infinity, in any case
// and with an optional sign ("nan", "-Inf", "+infinity").
func isNonFinite(text string) bool {
	word := strings.ToLower(strings.TrimLeft(text, "+-"))
	return len(text)-len(word) <= 1 && (word == "nan" || word == "inf" || word == "infinity")
}

// isNumber reports whether text looks like a number to the header
// detection, whatever its spelling: NaN, Inf, 1_0 or a decimal comma are
// numbers in the wrong place, which the data row's error will point out,
// not column names.
func isNumber(text string) bool {
	if isPlainDecimal(strings.Replace(text, ",", ".", 1)) {
		return true
	}
	_, err := strconv.ParseFloat(text, 64)
	return err == nil || errors.Is(err, strconv.ErrRange)
}
