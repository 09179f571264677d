package main

import (
	"fmt"
	"io"
	"os"
	"path/filepath"

	"github.com/tocha-go/tocha/plot"
)

// prepareFolder creates folder if it is missing and checks that files can
// be written into it, by creating and removing an empty one.
func prepareFolder(folder string) error {
	if err := os.MkdirAll(folder, 0o755); err != nil {
		return fmt.Errorf("-out %s: cannot create the folder: %w", folder, err)
	}
	probe, err := os.CreateTemp(folder, ".spirals-write-test-*")
	if err != nil {
		return fmt.Errorf("-out %s: cannot write into the folder: %w", folder, err)
	}
	probe.Close()
	return os.Remove(probe.Name())
}

// writePictures writes into folder, which prepareFolder has checked, each
// network's boundary as SVG and PNG and one SVG with both loss curves. Each
// file is written atomically, so an interrupted run never leaves half a
// picture.
func writePictures(w io.Writer, folder string, boundaries []plot.Boundary, networks []trained) error {
	curve := plot.LossCurve{Title: "Spirals: cross-entropy loss per epoch", LogScale: true}
	for n, result := range networks {
		base := filepath.Join(folder, "boundary-"+architecture(result.net))
		if err := plot.WriteFile(base+".svg", boundaries[n].WriteSVG); err != nil {
			return err
		}
		if err := plot.WriteFile(base+".png", boundaries[n].WritePNG); err != nil {
			return err
		}
		fmt.Fprintf(w, "Wrote %s.svg and %s.png\n", base, base)
		curve.Series = append(curve.Series, plot.Series{
			Name:   architecture(result.net) + ", " + result.name,
			Values: result.losses,
		})
	}
	path := filepath.Join(folder, "loss.svg")
	if err := plot.WriteFile(path, curve.WriteSVG); err != nil {
		return err
	}
	fmt.Fprintln(w, "Wrote", path)
	return nil
}
