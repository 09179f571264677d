package plot

import (
	"fmt"
	"io"
	"os"
	"path/filepath"
)

// WriteFile writes a file atomically: write fills a temporary file in the same
// folder as path, which is then renamed to path. If write or any file
// operation fails, the temporary file is removed, path is left as it was, and
// the error is returned. A picture's Write method fits as write:
//
//	err := plot.WriteFile("loss.svg", curve.WriteSVG)
//
// The new file gets permission 0644, readable by everyone, like a file an
// editor saves.
func WriteFile(path string, write func(io.Writer) error) error {
	dir := filepath.Dir(path)
	tmp, err := os.CreateTemp(dir, "."+filepath.Base(path)+".tmp*")
	if err != nil {
		return fmt.Errorf("plot: WriteFile %s: %w", path, err)
	}
	tmpName := tmp.Name()
	// keep is set once the rename succeeded; until then every exit removes
	// the temporary file.
	keep := false
	defer func() {
		if !keep {
			tmp.Close()
			os.Remove(tmpName)
		}
	}()

	if err := write(tmp); err != nil {
		return fmt.Errorf("plot: WriteFile %s: %w", path, err)
	}
	if err := tmp.Chmod(0o644); err != nil {
		return fmt.Errorf("plot: WriteFile %s: %w", path, err)
	}
	// Sync before rename so a crash cannot leave a renamed but empty file.
	if err := tmp.Sync(); err != nil {
		return fmt.Errorf("plot: WriteFile %s: %w", path, err)
	}
	if err := tmp.Close(); err != nil {
		return fmt.Errorf("plot: WriteFile %s: %w", path, err)
	}
	if err := os.Rename(tmpName, path); err != nil {
		return fmt.Errorf("plot: WriteFile %s: %w", path, err)
	}
	keep = true
	return nil
}
