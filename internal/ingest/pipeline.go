package ingest

import (
	"context"

	"github.com/contra-project/contra/internal/extract"
)

// Pipeline returns the Extractor that runs the extraction pipeline x on
// each article: what the CLI and the benchmark load articles with, so
// that the benchmark measures the load a user runs.
func Pipeline(x *extract.Extractor) Extractor { return pipeline{x} }

type pipeline struct{ x *extract.Extractor }

func (p pipeline) Extract(ctx context.Context, a Article) (Extracted, error) {
	format, _ := extract.FormatOf(a.Name)
	r, err := p.x.Extract(ctx, extract.Article{Name: a.Name, Text: a.Text, Format: format, Meta: a.Meta})
	if err != nil {
		return Extracted{}, err
	}
	return Extracted{Document: r.Document, Speakers: r.Speakers, Claims: r.Claims, Warnings: r.Warnings}, nil
}
