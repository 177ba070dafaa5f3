package report

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"

	"github.com/contra-project/contra/graph"
	output "github.com/contra-project/contra/internal/render"
)

// Formats lists the formats Write knows, in the order it writes them.
var Formats = []string{"md", "html", "csv", "json"}

// fileNames maps each format to the file it writes; names are fixed so a
// report's content can never choose where it is written.
var fileNames = map[string]string{
	"md":   "report.md",
	"html": "report.html",
	"csv":  "report.csv",
	"json": "report.json",
}

// NormFormats lowercases and deduplicates formats, in Formats order; empty
// means every format. An unknown format is EInvalid.
func NormFormats(formats []string) ([]string, error) {
	if len(formats) == 0 {
		return append([]string(nil), Formats...), nil
	}
	want := map[string]bool{}
	for _, f := range formats {
		f = strings.ToLower(strings.TrimSpace(f))
		if f == "markdown" {
			f = "md"
		}
		if _, ok := fileNames[f]; !ok {
			return nil, graph.Errorf(graph.EInvalid, "unknown report format %q (want one of %s)", f, strings.Join(Formats, ", "))
		}
		want[f] = true
	}
	var out []string
	for _, f := range Formats {
		if want[f] {
			out = append(out, f)
		}
	}
	return out, nil
}

// Write renders d in each format (empty: every format) into dir, creating
// dir if needed, one file per format named report.<format>. Each file is
// written atomically by output.WriteFile (internal/render), so a reader sees the old report
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
		if err := render(&buf, f, d); err != nil {
			return paths, fmt.Errorf("render %s: %w", f, err)
		}
		p := filepath.Join(dir, fileNames[f])
		if err := output.WriteFile(p, func(w io.Writer) error { _, err := w.Write(buf.Bytes()); return err }); err != nil {
			return paths, err
		}
		paths = append(paths, p)
	}
	return paths, nil
}

func render(buf *bytes.Buffer, format string, d *Data) error {
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
