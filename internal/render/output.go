package render

import (
	"bytes"
	"encoding/csv"
	"encoding/json"
	"slices"
	"strings"

	"github.com/contra-project/contra/graph"
)

// writeJSON writes v pretty-printed with a two-space indent. HTML
// characters are left as they are: the output is data for jq and scripts,
// and JSON needs no escaping of them to stay well formed.
func writeJSON(b *bytes.Buffer, v any) error {
	enc := json.NewEncoder(b)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	return enc.Encode(v)
}

// writeCSV writes rows with encoding/csv, which quotes every cell that
// holds a comma, a quote or a line break. CRLF inside a cell is written
// as LF, because CSV readers (encoding/csv among them) read it back as LF
// anyway; every other value reads back byte for byte through
// graph.CSVValue. A cell a spreadsheet would evaluate as a formula gets a
// leading apostrophe (graph.CSVCell), since these tables are opened in
// spreadsheets and a loaded file's names are not trusted.
func writeCSV(cw *csv.Writer, rows [][]string) error {
	for _, r := range rows {
		out := r
		for i, c := range r {
			if strings.Contains(c, "\r\n") {
				if &out[0] == &r[0] {
					out = slices.Clone(r)
				}
				out[i] = strings.ReplaceAll(c, "\r\n", "\n")
			}
		}
		if err := graph.WriteCSVRow(cw, out); err != nil {
			return err
		}
	}
	cw.Flush()
	return cw.Error()
}
