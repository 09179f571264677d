package mlp_test

import (
	"bytes"
	"encoding/binary"
	"io"
	"math/rand/v2"
	"testing"

	"github.com/tocha-go/tocha/mlp"
)

// Fuzzing the two readers: go test -fuzz=FuzzReadJSON ./mlp (or
// FuzzReadSafetensors, FuzzReadSafetensorsHeader) feeds them mutated files
// for as long as it runs.
// Plain go test runs only the seeds: the valid files added below and the
// corpus in testdata/fuzz, which also keeps every input that once failed.
//
// For any input a reader must not panic, must allocate at most a bounded
// multiple of the input's size, and may only accept a network that it
// writes back and reads again unchanged.

// Allocation limits, in bytes per byte of input, with a fixed slack for
// small inputs. The worst inputs are many tiny rows or layers: a row of one
// weight, "[0]," in JSON, becomes a slice header, a float64 (in a slice
// that grew by half at a time), the copy the network keeps and its work
// space (Z, A, Delta, gradients). Measured worst cases are about 57 bytes
// per byte for JSON and 35 for safetensors (whose numbers are 4 or 8
// bytes), so the limits have a margin of about 2.
const (
	jsonBytesPerByte        = 128
	safetensorsBytesPerByte = 64
	allocationSlack         = 256 << 10
)

func FuzzReadJSON(f *testing.F) {
	for _, net := range seedNetworks(f) {
		var file bytes.Buffer
		if err := net.WriteJSON(&file); err != nil {
			f.Fatal(err)
		}
		f.Add(file.Bytes())
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		checkReader(t, data, jsonBytesPerByte, mlp.ReadJSON, (*mlp.Network).WriteJSON)
	})
}

func FuzzReadSafetensors(f *testing.F) {
	for _, net := range seedNetworks(f) {
		for _, dtype := range []string{"F64", "F32"} {
			var file bytes.Buffer
			if err := net.WriteSafetensors(&file, dtype); err != nil {
				f.Fatal(err)
			}
			f.Add(file.Bytes())
		}
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		checkReader(t, data, safetensorsBytesPerByte, mlp.ReadSafetensors, func(n *mlp.Network, w io.Writer) error {
			return n.WriteSafetensors(w, "F64")
		})
	})
}

// FuzzReadSafetensorsHeader is FuzzReadSafetensors with the header and the
// data apart, the 8-byte length computed: a mutation of the header then
// still reaches the header's checks instead of breaking the length.
func FuzzReadSafetensorsHeader(f *testing.F) {
	for _, net := range seedNetworks(f) {
		var file bytes.Buffer
		if err := net.WriteSafetensors(&file, "F64"); err != nil {
			f.Fatal(err)
		}
		headerLength := binary.LittleEndian.Uint64(file.Bytes())
		f.Add(string(file.Bytes()[8:8+headerLength]), file.Bytes()[8+headerLength:])
	}
	f.Fuzz(func(t *testing.T, header string, data []byte) {
		file := binary.LittleEndian.AppendUint64(nil, uint64(len(header)))
		file = append(file, header...)
		file = append(file, data...)
		checkReader(t, file, safetensorsBytesPerByte, mlp.ReadSafetensors, func(n *mlp.Network, w io.Writer) error {
			return n.WriteSafetensors(w, "F64")
		})
	})
}

// checkReader runs read on data and checks what the fuzz targets promise.
func checkReader(t *testing.T, data []byte, bytesPerByte int,
	read func(io.Reader) (*mlp.Network, error), write func(*mlp.Network, io.Writer) error) {
	var net *mlp.Network
	var err error
	allocated := allocatedBytes(func() { net, err = read(bytes.NewReader(data)) })
	if limit := uint64(bytesPerByte*len(data) + allocationSlack); allocated > limit {
		t.Errorf("reading %d bytes allocated %d bytes; want at most %d", len(data), allocated, limit)
	}
	if err != nil {
		if net != nil {
			t.Errorf("a network came back with the error %v", err)
		}
		return
	}
	var again bytes.Buffer
	if err := write(net, &again); err != nil {
		t.Fatalf("an accepted network cannot be written back: %v", err)
	}
	back, err := read(&again)
	if err != nil {
		t.Fatalf("a network written back cannot be read again: %v", err)
	}
	for _, difference := range differences(back, net) {
		t.Error(difference)
	}
	net.Forward(make([]float64, net.InputSize())) // must not panic
}

// seedNetworks are small networks of every activation that files hold.
func seedNetworks(f *testing.F) []*mlp.Network {
	rng := rand.New(rand.NewPCG(11, 12))
	var networks []*mlp.Network
	for _, names := range [][]string{
		{"sigmoid", "sigmoid"},
		{"identity"},
		{"relu", "identity", "tanh"},
		{"leaky_relu", "leaky_relu"},
	} {
		sizes := []int{2}
		for range names {
			sizes = append(sizes, 1+rng.IntN(3))
		}
		net, err := mlp.New(sizes, names, rng)
		if err != nil {
			f.Fatal(err)
		}
		networks = append(networks, net)
	}
	return networks
}
