package ingest

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"unicode/utf8"

	"github.com/contra-project/contra/graph"
)

type articleResult struct {
	in   *input
	ex   Extracted
	skip string    // why the article was skipped, "" if extracted
	bad  bool      // skipped for a problem: the file is rejected
	prob []Problem // problems with the article or its sidecar
}

// item is one input of a load, in order: its article's extraction
// arrives on article; err ends the load (the walk failed).
type item struct {
	in      *input
	article <-chan articleResult
	err     error
}

// readAhead walks paths and delivers their inputs in order, extracting
// the articles among them in parallel, at most Workers at a time and at
// most 2×Workers inputs ahead of the writer. It stops when ctx is done.
func (l *Loader) readAhead(ctx context.Context, paths []string) <-chan item {
	out := make(chan item, 2*l.opt.Workers)
	sem := make(chan struct{}, l.opt.Workers)
	go func() {
		defer close(out)
		err := walk(ctx, paths, func(in input) error {
			it := item{in: &in}
			if in.kind == kindArticle {
				slot := make(chan articleResult, 1)
				it.article = slot
				select {
				case sem <- struct{}{}:
				case <-ctx.Done():
					return ctx.Err()
				}
				go func() {
					defer func() { <-sem }()
					slot <- l.extractOne(ctx, it.in)
				}()
			}
			select {
			case out <- it:
				return nil
			case <-ctx.Done():
				return ctx.Err()
			}
		})
		if err != nil && ctx.Err() == nil {
			select {
			case out <- item{err: err}:
			case <-ctx.Done():
			}
		}
	}()
	return out
}

func (l *Loader) extractOne(ctx context.Context, in *input) (res articleResult) {
	res.in = in
	defer func() {
		// A bug in the extractor must cost one file, not the batch.
		if r := recover(); r != nil {
			res.skip = fmt.Sprintf("extractor failed: %v", r)
		}
	}()
	if l.opt.Extractor == nil {
		res.skip = "articles are not supported by this build"
		return res
	}
	if in.size > l.opt.MaxArticleBytes {
		res.skip = fmt.Sprintf("too large: %d bytes, the limit is %d (load.max_article_bytes)", in.size, l.opt.MaxArticleBytes)
		return res
	}
	text, err := readAll(ctx, in.path, l.opt.MaxArticleBytes, "load.max_article_bytes")
	var tl *errTooLarge
	switch {
	case errors.As(err, &tl):
		res.skip = "too large: " + tl.Error()
		return res
	case err != nil:
		res.skip = "unreadable: " + err.Error()
		return res
	}
	if len(bytes.TrimSpace(text)) == 0 {
		res.skip = "empty file"
		return res
	}
	if looksBinary(text) {
		res.skip = "binary file, not text"
		return res
	}
	// Extraction keeps byte offsets into the file as it is; text that is
	// not UTF-8 would be shown altered (U+FFFD), so it is not loaded.
	if err := checkUTF8(text); err != nil {
		pe := err.(*posError)
		res.prob = append(res.prob, Problem{File: in.path, Line: lineOf(text, 1, pe.off), Msg: pe.msg})
		res.skip, res.bad = "file rejected: nothing of it was loaded", true
		return res
	}
	meta, prob := readMeta(ctx, in.path)
	res.prob = append(res.prob, prob...)
	ex, err := l.opt.Extractor.Extract(ctx, Article{Name: filepath.Base(in.path), Path: in.path, Text: text, Meta: meta})
	if err != nil {
		res.skip = "extraction failed: " + err.Error()
		return res
	}
	res.ex = ex
	return res
}

// looksBinary: NUL bytes, or mostly invalid UTF-8, in the first 8 KiB.
func looksBinary(b []byte) bool {
	if len(b) > 8192 {
		b = b[:8192]
	}
	if bytes.IndexByte(b, 0) >= 0 {
		return true
	}
	bad := 0
	for len(b) > 0 {
		r, n := utf8.DecodeRune(b)
		if r == utf8.RuneError && n == 1 {
			bad++
		}
		b = b[n:]
	}
	return bad > 64
}

// meta is the NAME.meta.json sidecar of an article.
type meta struct {
	Source    string `json:"source"`
	URL       string `json:"url"`
	Outlet    string `json:"outlet"`
	Title     string `json:"title"`
	Published string `json:"published"`
}

// maxMetaBytes bounds a sidecar: a few fields of metadata.
const maxMetaBytes = 1 << 20

// readMeta reads the sidecar of an article, if there is one.
func readMeta(ctx context.Context, path string) (graph.Document, []Problem) {
	ext := filepath.Ext(path)
	side := strings.TrimSuffix(path, ext) + ".meta.json"
	data, err := readAll(ctx, side, maxMetaBytes, "a sidecar's limit")
	if err != nil {
		if os.IsNotExist(err) {
			return graph.Document{}, nil
		}
		return graph.Document{}, []Problem{{File: side, Msg: "ignored: " + err.Error()}}
	}
	var m meta
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.DisallowUnknownFields()
	err = checkUTF8(data)
	if err == nil {
		err = dec.Decode(&m)
	}
	if err == nil {
		err = checkKeys(data)
	}
	if err != nil {
		line := 0
		if pe, ok := err.(*posError); ok {
			line = lineOf(data, 1, pe.off)
		}
		return graph.Document{}, []Problem{{File: side, Line: line, Msg: "ignored: " + jsonMsg(err)}}
	}
	d := graph.Document{URL: strings.TrimSpace(m.URL), Outlet: graph.NormName(m.Outlet), Title: graph.NormText(m.Title)}
	if d.URL == "" {
		d.URL = strings.TrimSpace(m.Source)
	}
	var probs []Problem
	if p, err := graph.NormDate(m.Published); err != nil {
		probs = append(probs, Problem{File: side, Msg: "published ignored: " + err.Error()})
	} else {
		d.Published = p
	}
	return d, probs
}

// addArticle hands an extracted article to the writer.
func (l *Loader) addArticle(w *writer, res articleResult, rep *FileReport) error {
	rep.Problems = append(rep.Problems, res.prob...)
	if res.skip != "" {
		rep.Status = StatusSkipped
		if res.bad {
			rep.Status = StatusRejected
		}
		rep.Notes = append(rep.Notes, res.skip)
		return nil
	}
	ex := res.ex
	b := graph.Batch{Documents: []graph.Document{ex.Document}, Speakers: ex.Speakers}
	for _, c := range ex.Claims {
		if err := c.Validate(); err != nil {
			rep.Problems = append(rep.Problems, Problem{File: res.in.path, Msg: "extracted claim dropped: " + err.Error()})
			continue
		}
		b.Claims = append(b.Claims, c)
		for _, a := range []string{c.Side, c.Subject} {
			if a != "" {
				b.Actors = append(b.Actors, graph.Actor{ID: graph.ActorID(a), Name: a})
			}
		}
		b.Topics = append(b.Topics, graph.Topic{ID: graph.TopicID(c.Topic), Name: c.Topic})
	}
	rep.Status = StatusLoaded
	rep.Claims = len(b.Claims)
	rep.Notes = append(rep.Notes, ex.Warnings...)
	if len(b.Claims) == 0 {
		rep.Notes = append(rep.Notes, "no claims found")
	}
	if err := w.add(&b); err != nil {
		return err
	}
	w.progress(res.in.path, 0)
	return nil
}
