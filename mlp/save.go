package mlp

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"strings"
)

// Save writes the network to the file at path, in the format its extension
// names:
//
//	.json          tocha's readable format (see [Network.WriteJSON])
//	.safetensors   PyTorch's format, float64 (see [Network.WriteSafetensors])
//
// The model is first written to a temporary file in the same folder, flushed
// to disk and then renamed to path. A rename within a folder is atomic, so a
// crash or a full disk leaves either the old file or the new one at path,
// never half a model.
//
// Save returns an error, and leaves any existing file at path as it was, if
// the extension is neither of these, if the network cannot be saved (see
// WriteJSON and WriteSafetensors) or if the file cannot be written.
func (n *Network) Save(path string) error {
	var model bytes.Buffer
	switch strings.ToLower(filepath.Ext(path)) { // "XOR.JSON" too
	case ".json":
		if err := n.WriteJSON(&model); err != nil {
			return err
		}
	case ".safetensors":
		if err := n.WriteSafetensors(&model, "F64"); err != nil {
			return err
		}
	default:
		return fmt.Errorf("mlp: Save(%q): unknown extension %q; end the name with .json (tocha's readable format) or .safetensors (PyTorch's)",
			path, filepath.Ext(path))
	}
	if err := writeFileAtomic(path, model.Bytes()); err != nil {
		return fmt.Errorf("mlp: Save: %w", err)
	}
	return nil
}

// Load reads a network from the file at path, in the format its extension
// names: .json (see [ReadJSON]) or .safetensors (see [ReadSafetensors]).
// The errors name the file and, within it, the field that is wrong.
func Load(path string) (*Network, error) {
	read := readJSON
	switch strings.ToLower(filepath.Ext(path)) { // "XOR.JSON" too
	case ".json":
	case ".safetensors":
		read = readSafetensors
	default:
		return nil, fmt.Errorf("mlp: Load(%q): unknown extension %q; tocha reads .json and .safetensors files",
			path, filepath.Ext(path))
	}
	file, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("mlp: Load: %w", err)
	}
	defer file.Close()
	net, err := read(file)
	if err != nil {
		return nil, fmt.Errorf("mlp: Load(%q): %w", path, err)
	}
	return net, nil
}

// writeFileAtomic writes data to a new temporary file in path's folder,
// flushes it to disk, and renames it to path. Until the rename, path is
// untouched; after it, path holds all of data. On any error the temporary
// file is removed.
func writeFileAtomic(path string, data []byte) (err error) {
	temporary, err := os.CreateTemp(filepath.Dir(path), "."+filepath.Base(path)+".tmp-*")
	if err != nil {
		return err
	}
	defer func() {
		if err != nil {
			temporary.Close() // already failed; its own error adds nothing
			os.Remove(temporary.Name())
		}
	}()
	if _, err = temporary.Write(data); err != nil {
		return err
	}
	// Sync before the rename: otherwise a crash could leave the new name
	// pointing at a file whose contents never reached the disk.
	if err = temporary.Sync(); err != nil {
		return err
	}
	// CreateTemp makes a private file (0600); a model is an ordinary file.
	if err = temporary.Chmod(0o644); err != nil {
		return err
	}
	if err = temporary.Close(); err != nil {
		return err
	}
	return os.Rename(temporary.Name(), path)
}
