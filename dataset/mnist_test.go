package dataset

import (
	"errors"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
)

// writeFile writes data to name in dir and returns the path.
func writeFile(t *testing.T, dir, name string, data []byte) string {
	t.Helper()
	path := filepath.Join(dir, name)
	if err := os.WriteFile(path, data, 0o600); err != nil {
		t.Fatal(err)
	}
	return path
}

func TestLoadMNIST(t *testing.T) {
	dir := t.TempDir()
	// A gzip images file next to a plain labels file: each is detected on its own.
	images := writeFile(t, dir, "images.gz", gzipped(t, idxFile(imagesMagic, []uint32{2, 2, 3}, twoImagesPixels)))
	labels := writeFile(t, dir, "labels", idxFile(labelsMagic, []uint32{2}, []byte{7, 3}))

	d, err := LoadMNIST(images, labels)
	if err != nil {
		t.Fatalf("LoadMNIST error: %v", err)
	}
	if err := d.Validate(); err != nil {
		t.Errorf("LoadMNIST gave an invalid Dataset: %v", err)
	}
	if got, want := d.Classes, []int{7, 3}; !reflect.DeepEqual(got, want) {
		t.Errorf("LoadMNIST Classes = %v; want %v", got, want)
	}
	if got, want := d.ClassNames, []string{"0", "1", "2", "3", "4", "5", "6", "7", "8", "9"}; !reflect.DeepEqual(got, want) {
		t.Errorf("LoadMNIST ClassNames = %q; want %q", got, want)
	}
	if got, want := d.FeatureNames, []string{"pixel_0_0", "pixel_0_1", "pixel_0_2", "pixel_1_0", "pixel_1_1", "pixel_1_2"}; !reflect.DeepEqual(got, want) {
		t.Errorf("LoadMNIST FeatureNames = %q; want %q", got, want)
	}
	if got, want := d.Inputs[1], []float64{1, 0, 0, 0, 0, 1}; !reflect.DeepEqual(got, want) {
		t.Errorf("LoadMNIST Inputs[1] = %v; want %v", got, want)
	}
}

func TestLoadMNISTErrors(t *testing.T) {
	dir := t.TempDir()
	images := writeFile(t, dir, "images", idxFile(imagesMagic, []uint32{2, 2, 3}, twoImagesPixels))
	labels := writeFile(t, dir, "labels", idxFile(labelsMagic, []uint32{2}, []byte{7, 3}))
	threeLabels := writeFile(t, dir, "three-labels", idxFile(labelsMagic, []uint32{3}, []byte{1, 2, 3}))
	notDigit := writeFile(t, dir, "not-digit", idxFile(labelsMagic, []uint32{2}, []byte{7, 12}))
	truncated := writeFile(t, dir, "truncated", idxFile(imagesMagic, []uint32{2, 2, 3}, twoImagesPixels[:8]))
	truncatedLabels := writeFile(t, dir, "truncated-labels", idxFile(labelsMagic, []uint32{2}, []byte{7}))
	missing := filepath.Join(dir, "missing")

	tests := []struct {
		name           string
		images, labels string
		contains       string
	}{
		{"missing images file", missing, labels, "missing"},
		{"missing labels file", images, missing, "missing"},
		{"truncated images file", truncated, labels, truncated + ": truncated file"},
		{"truncated labels file", images, truncatedLabels, truncatedLabels + ": truncated file"},
		{"files swapped", labels, images, labels + ": magic number 0x00000801"},
		{"counts differ", images, threeLabels, "holds 2 images but " + threeLabels + " holds 3 labels"},
		{"label not a digit", images, notDigit, "label 12 (item 1) is not a digit"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := LoadMNIST(tt.images, tt.labels)
			if err == nil || !strings.Contains(err.Error(), tt.contains) {
				t.Fatalf("LoadMNIST(%q, %q) error = %v; want it to contain %q", tt.images, tt.labels, err, tt.contains)
			}
			if !strings.HasPrefix(err.Error(), "dataset: LoadMNIST: ") {
				t.Errorf("LoadMNIST error = %q; want the prefix %q", err, "dataset: LoadMNIST: ")
			}
		})
	}
	if _, err := LoadMNIST(missing, labels); !errors.Is(err, os.ErrNotExist) {
		t.Errorf("LoadMNIST(missing file) error = %v; want os.ErrNotExist", err)
	}
}
