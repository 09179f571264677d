package activation

import "math"

// Softmax turns a vector of scores (logits) into probabilities that are
// positive and sum to 1:
//
//	softmax(z)ₖ = e^(zₖ) / Σⱼ e^(zⱼ)
//
// It returns a new slice and leaves z unchanged. To avoid overflow it first
// subtracts m = maxⱼ zⱼ from every score, which changes nothing
// mathematically (the factor e^(−m) cancels) but keeps every exponent ≤ 0:
// softmax([1000, 1001, 1002]) is [0.090, 0.245, 0.665], not NaN.
//
// Its derivative is a matrix (∂softmaxₖ/∂zⱼ = sₖ·(δₖⱼ − sⱼ)); in practice it
// is never formed, because softmax followed by cross-entropy has the simple
// gradient s − y (see package loss).
//
// Softmax panics if z is empty.
func Softmax(z []float64) []float64 {
	m := maxOf(z, "Softmax")
	s := make([]float64, len(z))
	sum := 0.0
	for k, zk := range z {
		s[k] = math.Exp(zk - m)
		sum += s[k]
	}
	for k := range s {
		s[k] /= sum
	}
	return s
}

// LogSoftmax returns the logarithm of [Softmax], computed without taking the
// log of a number that may have rounded to 0:
//
//	log softmax(z)ₖ = zₖ − m − log Σⱼ e^(zⱼ − m),   m = maxⱼ zⱼ
//
// log-softmax([−1000, 0, 1000]) is exactly [−2000, −1000, 0], where
// log(softmax(…)) would give −Inf. It returns a new slice and leaves z
// unchanged. It panics if z is empty.
func LogSoftmax(z []float64) []float64 {
	m := maxOf(z, "LogSoftmax")
	sum := 0.0
	for _, zk := range z {
		sum += math.Exp(zk - m)
	}
	logSum := math.Log(sum)
	out := make([]float64, len(z))
	for k, zk := range z {
		out[k] = zk - m - logSum
	}
	return out
}

// maxOf returns the largest element of z; it panics, naming the caller, if z
// is empty.
func maxOf(z []float64, caller string) float64 {
	if len(z) == 0 {
		panic("activation: " + caller + " got an empty vector")
	}
	m := z[0]
	for _, zk := range z[1:] {
		if zk > m {
			m = zk
		}
	}
	return m
}

// LogSumExp returns log Σⱼ e^(zⱼ) without overflow, by the same max shift:
//
//	logsumexp(z) = m + log Σⱼ e^(zⱼ − m),   m = maxⱼ zⱼ
//
// It is the normaliser of [Softmax] and [LogSoftmax], and the first term of
// the cross-entropy loss. If every zⱼ is −Inf it returns −Inf (log 0), as
// PyTorch's logsumexp does. It panics if z is empty.
func LogSumExp(z []float64) float64 {
	m := maxOf(z, "LogSumExp")
	if math.IsInf(m, -1) {
		return m // every e^(zⱼ) is 0; zⱼ − m would be −Inf − (−Inf) = NaN
	}
	sum := 0.0
	for _, zk := range z {
		sum += math.Exp(zk - m)
	}
	return m + math.Log(sum)
}
