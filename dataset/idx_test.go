package dataset

import (
	"bytes"
	"compress/gzip"
	"encoding/binary"
	"errors"
	"io"
	"reflect"
	"runtime"
	"strings"
	"testing"
	"testing/iotest"
)

// The IDX magic numbers: two zero bytes, the type 0x08 (unsigned byte) and
// the number of dimensions.
const (
	imagesMagic = 0x00000803
	labelsMagic = 0x00000801
)

// idxFile builds an IDX file: magic, dimension sizes, then data.
func idxFile(magic uint32, dims []uint32, data []byte) []byte {
	var b bytes.Buffer
	binary.Write(&b, binary.BigEndian, magic)
	binary.Write(&b, binary.BigEndian, dims)
	b.Write(data)
	return b.Bytes()
}

// gzipped compresses b.
func gzipped(t *testing.T, b []byte) []byte {
	t.Helper()
	var out bytes.Buffer
	w := gzip.NewWriter(&out)
	if _, err := w.Write(b); err != nil {
		t.Fatal(err)
	}
	if err := w.Close(); err != nil {
		t.Fatal(err)
	}
	return out.Bytes()
}

// twoImages is a valid file of two 2×3 images.
var twoImagesPixels = []byte{0, 51, 102, 153, 204, 255, 255, 0, 0, 0, 0, 255}

func TestReadIDXImages(t *testing.T) {
	plain := idxFile(imagesMagic, []uint32{2, 2, 3}, twoImagesPixels)
	wantImages := [][]float64{
		{0, 0.2, 0.4, 0.6, 0.8, 1},
		{1, 0, 0, 0, 0, 1},
	}
	for _, tt := range []struct {
		name string
		file []byte
	}{{"plain", plain}, {"gzip", gzipped(t, plain)}} {
		t.Run(tt.name, func(t *testing.T) {
			images, rows, cols, err := ReadIDXImages(bytes.NewReader(tt.file))
			if err != nil {
				t.Fatalf("ReadIDXImages error: %v", err)
			}
			if rows != 2 || cols != 3 {
				t.Errorf("ReadIDXImages size = %d×%d; want 2×3", rows, cols)
			}
			if !reflect.DeepEqual(images, wantImages) {
				t.Errorf("ReadIDXImages images = %v; want %v", images, wantImages)
			}
		})
	}
}

func TestReadIDXLabels(t *testing.T) {
	plain := idxFile(labelsMagic, []uint32{4}, []byte{7, 0, 9, 255})
	want := []int{7, 0, 9, 255}
	for _, tt := range []struct {
		name string
		file []byte
	}{{"plain", plain}, {"gzip", gzipped(t, plain)}} {
		labels, err := ReadIDXLabels(bytes.NewReader(tt.file))
		if err != nil || !reflect.DeepEqual(labels, want) {
			t.Errorf("ReadIDXLabels(%s) = %v, %v; want %v, nil", tt.name, labels, err, want)
		}
	}
}

// corruptGzip returns a gzip stream whose checksum no longer matches.
func corruptGzip(t *testing.T, b []byte) []byte {
	z := gzipped(t, b)
	z[len(z)-8] ^= 0xff // first byte of the CRC-32 trailer
	return z
}

func TestReadIDXImagesErrors(t *testing.T) {
	valid := idxFile(imagesMagic, []uint32{2, 2, 3}, twoImagesPixels)
	tests := []struct {
		name     string
		file     []byte
		contains string
	}{
		{"empty file", nil, "the file is empty"},
		{"truncated magic", []byte{0, 0, 8}, "ends inside the 4-byte magic"},
		{"not IDX", []byte("P5\n28 28\n255\n"), "not an IDX file: it starts with bytes 50 35"},
		{"element type not unsigned byte", idxFile(0x00000D03, []uint32{1, 1, 1}, []byte{0, 0, 0, 0}), "element type 0x0d is not supported"},
		{"labels file as images", idxFile(labelsMagic, []uint32{2}, []byte{1, 2}), "are the images and labels files swapped?"},
		{"truncated dimensions", idxFile(imagesMagic, []uint32{2, 2}, nil), "ends inside the header's 3 dimension sizes"},
		{"no images", idxFile(imagesMagic, []uint32{0, 28, 28}, nil), "announces 0 images"},
		{"zero rows", idxFile(imagesMagic, []uint32{1, 0, 28}, nil), "images of 0×28 pixels"},
		{"oversized images", idxFile(imagesMagic, []uint32{1, 1 << 16, 1 << 16}, nil), "images of 65536×65536 pixels"},
		{"truncated in first image", valid[:len(valid)-7], "data ends inside image 0"},
		{"truncated in last image", valid[:len(valid)-1], "data ends inside image 1"},
		{"header claims more images", idxFile(imagesMagic, []uint32{3, 2, 3}, twoImagesPixels), "announces 3 images of 2×3 pixels but the data ends inside image 2"},
		{"header claims fewer images", idxFile(imagesMagic, []uint32{1, 2, 3}, twoImagesPixels), "goes on after the 1 images"},
		{"header claims larger images", idxFile(imagesMagic, []uint32{2, 3, 3}, twoImagesPixels), "data ends inside image 1"},
		{"gzip, truncated", gzipped(t, valid)[:30], "data ends inside image"},
		{"gzip, bad checksum", corruptGzip(t, valid), "checksum"},
		{"gzip, bad header", []byte{0x1f, 0x8b, 0, 0}, "corrupt gzip stream"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			images, _, _, err := ReadIDXImages(bytes.NewReader(tt.file))
			if err == nil || !strings.Contains(err.Error(), tt.contains) {
				t.Fatalf("ReadIDXImages error = %v; want it to contain %q", err, tt.contains)
			}
			if !strings.HasPrefix(err.Error(), "dataset: reading IDX images: ") {
				t.Errorf("ReadIDXImages error = %q; want the prefix %q", err, "dataset: reading IDX images: ")
			}
			if images != nil {
				t.Errorf("ReadIDXImages returned %d images with an error; want none", len(images))
			}
		})
	}
}

func TestReadIDXLabelsErrors(t *testing.T) {
	tests := []struct {
		name     string
		file     []byte
		contains string
	}{
		{"empty file", nil, "the file is empty"},
		{"not IDX", []byte{1, 2, 3, 4, 5}, "not an IDX file"},
		{"images file as labels", idxFile(imagesMagic, []uint32{1, 1, 1}, []byte{0}), "IDX labels have 1 (magic 0x00000801)"},
		{"truncated dimensions", []byte{0, 0, 8, 1, 0, 0}, "ends inside the header's 1 dimension sizes"},
		{"no labels", idxFile(labelsMagic, []uint32{0}, nil), "announces 0 labels"},
		{"truncated", idxFile(labelsMagic, []uint32{5}, []byte{1, 2, 3}), "announces 5 labels but the file holds 3"},
		{"lying header, huge count", idxFile(labelsMagic, []uint32{0xFFFFFFFF}, []byte{1}), "announces 4294967295 labels but the file holds 1"},
		{"header claims fewer labels", idxFile(labelsMagic, []uint32{2}, []byte{1, 2, 3}), "goes on after the 2 labels"},
		{"gzip, bad checksum", corruptGzip(t, idxFile(labelsMagic, []uint32{2}, []byte{1, 2})), "checksum"},
		{"gzip, bad header", []byte{0x1f, 0x8b, 1, 2, 3}, "corrupt gzip stream"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			labels, err := ReadIDXLabels(bytes.NewReader(tt.file))
			if err == nil || !strings.Contains(err.Error(), tt.contains) {
				t.Fatalf("ReadIDXLabels error = %v; want it to contain %q", err, tt.contains)
			}
			if !strings.HasPrefix(err.Error(), "dataset: reading IDX labels: ") {
				t.Errorf("ReadIDXLabels error = %q; want the prefix %q", err, "dataset: reading IDX labels: ")
			}
			if labels != nil {
				t.Errorf("ReadIDXLabels returned %d labels with an error; want none", len(labels))
			}
		})
	}
}

// TestReadIDXReaderError checks that a failing reader's error comes back,
// whether it fails in the header or in the data.
func TestReadIDXReaderError(t *testing.T) {
	failure := errors.New("disk on fire")
	tests := []struct {
		name string
		r    func() io.Reader
	}{
		{"in header", func() io.Reader { return iotest.ErrReader(failure) }},
		{"in dimension sizes", func() io.Reader {
			return io.MultiReader(bytes.NewReader([]byte{0, 0, 8, 3, 0, 0}), iotest.ErrReader(failure))
		}},
		{"in data", func() io.Reader {
			header := idxFile(imagesMagic, []uint32{2, 2, 3}, twoImagesPixels[:6])
			return io.MultiReader(bytes.NewReader(header), iotest.ErrReader(failure))
		}},
	}
	for _, tt := range tests {
		if _, _, _, err := ReadIDXImages(tt.r()); !errors.Is(err, failure) {
			t.Errorf("ReadIDXImages(reader failing %s) error = %v; want it to wrap %v", tt.name, err, failure)
		}
	}
	if _, err := ReadIDXLabels(iotest.ErrReader(failure)); !errors.Is(err, failure) {
		t.Errorf("ReadIDXLabels(failing reader) error = %v; want it to wrap %v", err, failure)
	}
}

// maxLyingHeaderBytes bounds what reading a 100-byte file may allocate,
// whatever its header claims. The readers' own buffers are a few KB (bufio,
// gzip, io.ReadAll's first chunk); a reader trusting the header would
// allocate 16 MB for one 4096×4096 image, or far more for 4 billion of them.
const maxLyingHeaderBytes = 1 << 20

func TestReadIDXLyingHeaderAllocatesLittle(t *testing.T) {
	file := idxFile(imagesMagic, []uint32{0xFFFFFFFF, 4096, 4096}, make([]byte, 100))
	var before, after runtime.MemStats
	runtime.ReadMemStats(&before)
	_, _, _, err := ReadIDXImages(bytes.NewReader(file))
	runtime.ReadMemStats(&after)
	if err == nil || !strings.Contains(err.Error(), "data ends inside image 0") {
		t.Errorf("ReadIDXImages(lying header) error = %v; want a truncation error", err)
	}
	if allocated := after.TotalAlloc - before.TotalAlloc; allocated > maxLyingHeaderBytes {
		t.Errorf("ReadIDXImages(100-byte file claiming 2³² images of 4096×4096) allocated %d bytes; want at most %d", allocated, maxLyingHeaderBytes)
	}
}
