package dataset

import (
	"fmt"
	"os"
)

// mnistDigits is the number of MNIST classes, the digits 0 to 9.
const mnistDigits = 10

// LoadMNIST reads an MNIST images file and its labels file, such as
// train-images-idx3-ubyte.gz and train-labels-idx1-ubyte.gz, each plain or
// gzip compressed (detected from the first bytes, not the name). Sample k
// is image k as rows·cols pixels in [0, 1] (see ReadIDXImages) with class
// label k; ClassNames are "0" to "9", LabelName is "digit" and the
// features are named "pixel_r_c" (row r, column c, from 0).
//
// The 60 000 training images take about 380 MB as float64, so a quick
// experiment may want the 10 000 test images (t10k-*) instead.
//
// LoadMNIST returns an error naming the file if a file cannot be read or
// is not valid IDX (see ReadIDXImages), if the files hold different numbers
// of samples, or if a label is not a digit 0 to 9.
func LoadMNIST(imagesPath, labelsPath string) (Dataset, error) {
	imagesFile, err := os.Open(imagesPath)
	if err != nil {
		return Dataset{}, fmt.Errorf("dataset: LoadMNIST: %w", err)
	}
	defer imagesFile.Close()
	images, rows, cols, err := readIDXImages(imagesFile)
	if err != nil {
		return Dataset{}, fmt.Errorf("dataset: LoadMNIST: %s: %w", imagesPath, err)
	}

	labelsFile, err := os.Open(labelsPath)
	if err != nil {
		return Dataset{}, fmt.Errorf("dataset: LoadMNIST: %w", err)
	}
	defer labelsFile.Close()
	labels, err := readIDXLabels(labelsFile)
	if err != nil {
		return Dataset{}, fmt.Errorf("dataset: LoadMNIST: %s: %w", labelsPath, err)
	}

	if len(images) != len(labels) {
		return Dataset{}, fmt.Errorf("dataset: LoadMNIST: %s holds %d images but %s holds %d labels; pass matching files (train with train, t10k with t10k)",
			imagesPath, len(images), labelsPath, len(labels))
	}
	for k, label := range labels {
		if label >= mnistDigits {
			return Dataset{}, fmt.Errorf("dataset: LoadMNIST: %s: label %d (item %d) is not a digit 0 to 9; is this an MNIST labels file?", labelsPath, label, k)
		}
	}

	featureNames := make([]string, 0, rows*cols)
	for r := range rows {
		for c := range cols {
			featureNames = append(featureNames, fmt.Sprintf("pixel_%d_%d", r, c))
		}
	}
	return Dataset{
		Inputs:       images,
		Classes:      labels,
		ClassNames:   integerNames(mnistDigits),
		FeatureNames: featureNames,
		LabelName:    "digit",
	}, nil
}
