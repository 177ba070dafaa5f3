package main

import (
	"bufio"
	"context"
	"encoding/csv"
	"encoding/json"
	"io"

	"github.com/spf13/cobra"

	"github.com/contra-project/contra/graph"
	"github.com/contra-project/contra/graph/neo4j"
	"github.com/contra-project/contra/internal/render"
)

func (m *Main) exportCommand() *cobra.Command {
	var format render.Format
	var out string
	cmd := &cobra.Command{
		Use:   "export",
		Short: "Write every claim as JSONL or CSV (the export contract), or a Cypher script that recreates the graph",
		Long: `Write every claim, one record per line, with the fields contra load reads plus id, doc,
doc_id, evidence, counters and contradicts. An export loads back: contra load of the file
into a fresh store reproduces the same claims with the same ids.

-o cypher writes a cypher-shell script that recreates the graph in any Neo4j 5.`,
		Example: `  contra export --out claims.jsonl
  contra export -o csv --out claims.csv
  contra export -o cypher > graph.cypher && cypher-shell -f graph.cypher`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			return m.runExport(cmd.Context(), format, out)
		},
	}
	outputFlag(cmd, &format, render.ExportFormats...)
	cmd.Flags().StringVar(&out, "out", "", "write to this file (atomically) instead of standard output")
	return cmd
}

func (m *Main) runExport(ctx context.Context, format render.Format, out string) error {
	s, err := m.open(ctx)
	if err != nil {
		return err
	}
	return writeOutput(m.Stdout, out, func(w io.Writer) error {
		switch format {
		case render.JSONL:
			return exportJSONL(ctx, s, w)
		case render.CSV:
			return exportCSV(ctx, s, w)
		}
		return exportCypher(ctx, s, w)
	})
}

// writeOutput runs write against stdout, or against path through
// render.WriteFile: atomically, and only ever replacing a regular file.
func writeOutput(stdout io.Writer, path string, write func(io.Writer) error) error {
	if path == "" {
		bw := bufio.NewWriterSize(stdout, 1<<16)
		if err := write(bw); err != nil {
			return err
		}
		return bw.Flush()
	}
	return render.WriteFile(path, write)
}

func exportJSONL(ctx context.Context, s graph.Store, w io.Writer) error {
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	return s.Claims(ctx, graph.ClaimFilter{WithLinks: true}, func(c graph.Claim) error {
		r := graph.RecordOf(&c)
		return enc.Encode(&r)
	})
}

func exportCSV(ctx context.Context, s graph.Store, w io.Writer) error {
	cw := csv.NewWriter(w)
	if err := graph.WriteCSVRow(cw, graph.CSVHeader); err != nil {
		return err
	}
	err := s.Claims(ctx, graph.ClaimFilter{WithLinks: true}, func(c graph.Claim) error {
		r := graph.RecordOf(&c)
		return graph.WriteCSVRow(cw, r.CSVRow())
	})
	if err != nil {
		return err
	}
	cw.Flush()
	return cw.Error()
}

// exportCypher streams the graph as a cypher-shell script, a batch of
// claims (with the nodes they need) at a time, then what the store keeps
// of the findings (counterclaim labels and per-rule totals), a topic's
// findings at a time.
func exportCypher(ctx context.Context, s graph.Store, w io.Writer) error {
	if _, err := io.WriteString(w, neo4j.SchemaCypher()); err != nil {
		return err
	}
	const chunk = 500
	err := streamBatches(ctx, s, chunk, func(b graph.Batch) error { return neo4j.WriteScript(w, b, nil) })
	if err != nil {
		return err
	}
	fw := neo4j.NewFindingsScript(w)
	if err := graph.FindingsByTopic(ctx, s, fw.Add); err != nil {
		return err
	}
	return fw.Close()
}
