package report

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
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
// written atomically by render.WriteFile (internal/render), so a reader sees the old report
// or the new one, never a mix. It returns the paths written, in Formats order.
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
		if err := render.WriteFile(p, func(w io.Writer) error { _, err := w.Write(buf.Bytes()); return err }); err != nil {
			return paths, err
		}
		paths = append(paths, p)
	}
	return paths, nil
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
