package perceptron

import "testing"

func BenchmarkForward(b *testing.B) {
	p := &Perceptron{Weights: []float64{-2, -1}, Bias: 2}
	x := []float64{1, 0}
	b.ReportAllocs()
	for b.Loop() {
		p.Forward(x)
	}
}

// BenchmarkTrainNAND measures the whole classroom run: 6 epochs of 4 samples.
func BenchmarkTrainNAND(b *testing.B) {
	inputs, labels := gate("NAND")
	b.ReportAllocs()
	for b.Loop() {
		if _, err := New(2).Train(inputs, labels, classroom()); err != nil {
			b.Fatal(err)
		}
	}
}
