package plot

import (
	"errors"
	"io"
	"os"
	"path/filepath"
	"testing"
)

func TestWriteFile(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "loss.txt")
	err := WriteFile(path, func(w io.Writer) error {
		_, err := io.WriteString(w, "hello\n")
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	got, err := os.ReadFile(path)
	if err != nil || string(got) != "hello\n" {
		t.Errorf("file holds %q, %v; want \"hello\\n\"", got, err)
	}
	entries, _ := os.ReadDir(dir)
	if len(entries) != 1 {
		t.Errorf("folder holds %d files; want only the picture", len(entries))
	}
}

// TestWriteFileKeepsOldFileOnError checks the point of writing atomically:
// a failing writer leaves the old file whole and no temporary file behind.
func TestWriteFileKeepsOldFileOnError(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "xor.svg")
	if err := os.WriteFile(path, []byte("old"), 0o644); err != nil {
		t.Fatal(err)
	}
	failure := errors.New("disk on fire")
	err := WriteFile(path, func(w io.Writer) error {
		_, _ = io.WriteString(w, "half a pic")
		return failure
	})
	if !errors.Is(err, failure) {
		t.Errorf("WriteFile error = %v; want it to wrap the writer's error", err)
	}
	got, _ := os.ReadFile(path)
	if string(got) != "old" {
		t.Errorf("file holds %q after a failed write; want \"old\"", got)
	}
	entries, _ := os.ReadDir(dir)
	if len(entries) != 1 {
		t.Errorf("folder holds %d files; want the temporary file removed", len(entries))
	}
}

func TestWriteFileMissingFolder(t *testing.T) {
	path := filepath.Join(t.TempDir(), "no", "such", "folder", "x.png")
	if err := WriteFile(path, func(io.Writer) error { return nil }); err == nil {
		t.Error("WriteFile into a missing folder gave no error")
	}
}
