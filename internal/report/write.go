package report

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"

	"github.com/contra-project/contra/graph"
	"github.com/contra-project/contra/internal/render"
)

// Formats lists the formats Write knows, in the order it writes them
// (render.ReportFormats: the format vocabulary is the output package's).
var Formats = formatNames(render.ReportFormats)

// fileNames maps each format to the file it writes; names are fixed so a
// report's content can never choose where it is written.
var fileNames = map[string]string{
	"md":   "report.md",
	"html": "report.html",
	"csv":  "report.csv",
	"json": "report.json",
}

// NormFormats parses formats with render.ParseFormats: case and
// duplicates fold, "markdown" is md, items may be comma-separated lists,
// the result is in Formats order, and empty means every format. An
// unknown format is EInvalid.
func NormFormats(formats []string) ([]string, error) {
	fs, err := render.ParseFormats(formats, render.ReportFormats...)
	if err != nil {
		return nil, err
	}
	return formatNames(fs), nil
}

func formatNames(fs []render.Format) []string {
	out := make([]string, len(fs))
	for i, f := range fs {
		out[i] = string(f)
	}
	return out
}

// Write renders d in each format (empty: every format) into dir, creating
// dir if needed, one file per format named report.<format>. Each file is
// written atomically: rendered to a temporary file in dir, synced, then
// renamed over the final name, so a reader sees the old report or the new
// one, never a mix. It returns the paths written, in Formats order.
func Write(ctx context.Context, dir string, d *Data, formats []string) ([]string, error) {
	fs, err := NormFormats(formats)
	if err != nil {
		return nil, err
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return nil, fmt.Errorf("create report dir: %w", err)
	}
	var paths []string
	for _, f := range fs {
		if err := ctx.Err(); err != nil {
			return paths, err
		}
		var buf bytes.Buffer
		if err := renderAs(&buf, f, d); err != nil {
			return paths, fmt.Errorf("render %s: %w", f, err)
		}
		p := filepath.Join(dir, fileNames[f])
		if err := writeAtomic(p, buf.Bytes()); err != nil {
			return paths, err
		}
		paths = append(paths, p)
	}
	return paths, syncDir(dir)
}

func renderAs(buf *bytes.Buffer, format string, d *Data) error {
	switch format {
	case "md":
		return writeMarkdown(buf, d)
	case "html":
		return writeHTML(buf, d)
	case "csv":
		return writeCSV(buf, d)
	case "json":
		enc := json.NewEncoder(buf)
		enc.SetIndent("", "  ")
		return enc.Encode(d)
	}
	return graph.Errorf(graph.EInvalid, "unknown report format %q", format)
}

// writeAtomic writes data to path through a temporary file in the same
// directory (rename is atomic only within one file system).
func writeAtomic(path string, data []byte) (err error) {
	tmp, err := os.CreateTemp(filepath.Dir(path), "."+filepath.Base(path)+".*.tmp")
	if err != nil {
		return fmt.Errorf("write %s: %w", path, err)
	}
	defer func() {
		if err != nil {
			tmp.Close()
			os.Remove(tmp.Name())
		}
	}()
	if _, err = tmp.Write(data); err != nil {
		return fmt.Errorf("write %s: %w", path, err)
	}
	if err = tmp.Chmod(0o644); err != nil {
		return fmt.Errorf("write %s: %w", path, err)
	}
	if err = tmp.Sync(); err != nil {
		return fmt.Errorf("sync %s: %w", path, err)
	}
	if err = tmp.Close(); err != nil {
		return fmt.Errorf("write %s: %w", path, err)
	}
	if err = os.Rename(tmp.Name(), path); err != nil {
		return fmt.Errorf("write %s: %w", path, err)
	}
	return nil
}

// syncDir makes the renames durable. Some file systems refuse to sync a
// directory; that is not worth failing a report over.
func syncDir(dir string) error {
	f, err := os.Open(dir)
	if err != nil {
		return fmt.Errorf("sync %s: %w", dir, err)
	}
	defer f.Close()
	_ = f.Sync()
	return nil
}
