package dataset

import (
	"bufio"
	"compress/gzip"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
)

// The IDX format (used by MNIST) is a header followed by raw bytes:
//
//	offset 0: 0x00 0x00            magic, always zero
//	offset 2: type                 0x08 = unsigned byte, the only type read here
//	offset 3: number of dimensions 3 for images, 1 for labels
//	offset 4: one big-endian uint32 per dimension: count (, rows, cols)
//	then:     count·rows·cols bytes, image after image, row after row
//
// A header is only a claim. The readers below never allocate for more data
// than the file really holds: they read the first image into a buffer that
// grows with the bytes that arrive, so a 100-byte file whose header
// announces 4 billion images of 4096×4096 pixels costs a few kilobytes and
// returns an error.

// idxUnsignedByte is the IDX type code for unsigned 8-bit elements.
const idxUnsignedByte = 0x08

// maxImagePixels caps rows·cols. It is far above MNIST's 28×28 = 784 and
// any image a multilayer perceptron is trained on, and keeps rows·cols
// well inside int on 32-bit platforms.
const maxImagePixels = 1 << 24

// ReadIDXImages reads an IDX image file (magic 0x00000803), plain or gzip
// compressed (detected from its first bytes). images[k] holds image k's
// rows·cols pixels row by row, scaled from 0..255 to [0, 1]:
//
//	images[k][r·cols + c] = byte / 255
//
// ReadIDXImages returns an error if the file is not an IDX file of unsigned
// bytes with three dimensions, announces no images or an empty or
// oversized image, ends before the announced data (truncated, or a header
// that claims more than is there) or goes on after it (a header that claims
// less), or if the gzip stream is corrupt.
func ReadIDXImages(r io.Reader) (images [][]float64, rows, cols int, err error) {
	images, rows, cols, err = readIDXImages(r)
	if err != nil {
		return nil, 0, 0, fmt.Errorf("dataset: reading IDX images: %w", err)
	}
	return images, rows, cols, nil
}

// ReadIDXLabels reads an IDX label file (magic 0x00000801), plain or gzip
// compressed, and returns one integer 0..255 per label. It returns an error
// for the same kinds of problem as ReadIDXImages.
func ReadIDXLabels(r io.Reader) ([]int, error) {
	labels, err := readIDXLabels(r)
	if err != nil {
		return nil, fmt.Errorf("dataset: reading IDX labels: %w", err)
	}
	return labels, nil
}

func readIDXImages(r io.Reader) (images [][]float64, rows, cols int, err error) {
	r, err = maybeGunzip(r)
	if err != nil {
		return nil, 0, 0, err
	}
	dims, err := readIDXHeader(r, 3, "images")
	if err != nil {
		return nil, 0, 0, err
	}
	count, rowCount, colCount := dims[0], dims[1], dims[2]
	if count == 0 {
		return nil, 0, 0, errors.New("the header announces 0 images; the file holds no data")
	}
	if rowCount == 0 || colCount == 0 || rowCount*colCount > maxImagePixels {
		return nil, 0, 0, fmt.Errorf("the header announces images of %d×%d pixels; need between 1 and %d pixels per image", rowCount, colCount, maxImagePixels)
	}
	pixels := int(rowCount * colCount)

	var buffer []byte
	for k := uint64(0); k < count; k++ {
		if k == 0 {
			// The first image goes into a buffer that grows only as bytes
			// arrive; once it is complete, the data has proved an image is
			// that big, and the buffer is reused for the others.
			buffer, err = io.ReadAll(io.LimitReader(r, int64(pixels)))
		} else {
			_, err = io.ReadFull(r, buffer)
		}
		if (err == nil && len(buffer) < pixels) || err == io.EOF || err == io.ErrUnexpectedEOF {
			return nil, 0, 0, fmt.Errorf("truncated file: the header announces %d images of %d×%d pixels but the data ends inside image %d; download the file again or check the header", count, rowCount, colCount, k)
		}
		if err != nil {
			return nil, 0, 0, err
		}
		image := make([]float64, pixels)
		for i, b := range buffer {
			image[i] = float64(b) / 255
		}
		images = append(images, image)
	}
	if err := expectEnd(r, count, "images"); err != nil {
		return nil, 0, 0, err
	}
	return images, int(rowCount), int(colCount), nil
}

func readIDXLabels(r io.Reader) ([]int, error) {
	r, err := maybeGunzip(r)
	if err != nil {
		return nil, err
	}
	dims, err := readIDXHeader(r, 1, "labels")
	if err != nil {
		return nil, err
	}
	count := dims[0]
	if count == 0 {
		return nil, errors.New("the header announces 0 labels; the file holds no data")
	}
	data, err := io.ReadAll(io.LimitReader(r, int64(count))) // grows with the data, not the header
	if err != nil {
		return nil, err
	}
	if uint64(len(data)) < count {
		return nil, fmt.Errorf("truncated file: the header announces %d labels but the file holds %d; download the file again or check the header", count, len(data))
	}
	if err := expectEnd(r, count, "labels"); err != nil {
		return nil, err
	}
	labels := make([]int, len(data))
	for k, b := range data {
		labels[k] = int(b)
	}
	return labels, nil
}

// readIDXHeader reads and checks the magic number and returns the
// dimensions, which must number wantDims.
func readIDXHeader(r io.Reader, wantDims int, what string) ([]uint64, error) {
	var magic [4]byte
	if _, err := io.ReadFull(r, magic[:]); err == io.EOF {
		return nil, errors.New("the file is empty")
	} else if err == io.ErrUnexpectedEOF {
		return nil, errors.New("truncated file: it ends inside the 4-byte magic number")
	} else if err != nil {
		return nil, err
	}
	if magic[0] != 0 || magic[1] != 0 {
		return nil, fmt.Errorf("not an IDX file: it starts with bytes % x, an IDX file starts with 00 00", magic[:2])
	}
	if magic[2] != idxUnsignedByte {
		return nil, fmt.Errorf("IDX element type 0x%02x is not supported; only unsigned bytes (0x08), as in MNIST, are", magic[2])
	}
	if int(magic[3]) != wantDims {
		return nil, fmt.Errorf("magic number 0x%08x announces %d dimensions; IDX %s have %d (magic 0x%08x): are the images and labels files swapped?",
			binary.BigEndian.Uint32(magic[:]), magic[3], what, wantDims, 0x800+wantDims)
	}
	sizes := make([]byte, 4*wantDims)
	if _, err := io.ReadFull(r, sizes); err == io.EOF || err == io.ErrUnexpectedEOF {
		return nil, fmt.Errorf("truncated file: it ends inside the header's %d dimension sizes", wantDims)
	} else if err != nil {
		return nil, err
	}
	dims := make([]uint64, wantDims)
	for i := range dims {
		dims[i] = uint64(binary.BigEndian.Uint32(sizes[4*i:]))
	}
	return dims, nil
}

// expectEnd returns an error if r has data left after the announced items.
func expectEnd(r io.Reader, count uint64, what string) error {
	var extra [1]byte
	n, err := io.ReadFull(r, extra[:])
	if n > 0 {
		return fmt.Errorf("the file goes on after the %d %s its header announces; the header's count is wrong or two files were joined", count, what)
	}
	if err != io.EOF {
		return err
	}
	return nil
}

// maybeGunzip returns a reader that decompresses r if it starts with the
// gzip magic bytes 1f 8b, and reads r unchanged otherwise.
func maybeGunzip(r io.Reader) (io.Reader, error) {
	buffered := bufio.NewReader(r)
	start, err := buffered.Peek(2)
	if err != nil || start[0] != 0x1f || start[1] != 0x8b {
		return buffered, nil // too short for gzip: the header check reports it
	}
	unzipped, err := gzip.NewReader(buffered)
	if err != nil {
		return nil, fmt.Errorf("corrupt gzip stream: %w", err)
	}
	return unzipped, nil
}
