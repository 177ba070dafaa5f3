package bench

import (
	"bufio"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"time"

	"github.com/contra-project/contra/graph"
	"github.com/contra-project/contra/internal/synth"
	"github.com/contra-project/contra/internal/taxonomy"
)

// Inputs live in Dir under names that carry what they depend on, with a
// READY file written last, so an interrupted generation is redone and a
// finished one is reused by later runs and by child processes.

// readyFile marks a finished input directory; it holds the bytes and
// files written.
const readyFile = "READY"

// claimsDir holds base.jsonl (n records) and extra-K.jsonl (ExtraClaims
// records each) for store size n.
func claimsDir(o Options, n int) string {
	return filepath.Join(o.Dir, fmt.Sprintf("claims-%d-seed%d", n, o.Seed))
}

func extraFile(dir string, k int) string {
	return filepath.Join(dir, fmt.Sprintf("extra-%d.jsonl", k))
}

// articlesDir holds the article corpus of ArticlesMB.
func articlesDir(o Options) string {
	return filepath.Join(o.Dir, fmt.Sprintf("articles-%dmb-seed%d", o.ArticlesMB, o.Seed))
}

func storePath(o Options, name string) string {
	return filepath.Join(o.Dir, "store-"+name+".db")
}

// ready reads dir's READY file: bytes and files, ok false when absent.
func ready(dir string) (bytes int64, files int, ok bool) {
	b, err := os.ReadFile(filepath.Join(dir, readyFile))
	if err != nil {
		return 0, 0, false
	}
	f := strings.Fields(string(b))
	if len(f) != 2 {
		return 0, 0, false
	}
	bytes, err1 := strconv.ParseInt(f[0], 10, 64)
	files, err2 := strconv.Atoi(f[1])
	return bytes, files, err1 == nil && err2 == nil
}

func markReady(dir string, bytes int64, files int) error {
	return os.WriteFile(filepath.Join(dir, readyFile), fmt.Appendf(nil, "%d %d\n", bytes, files), 0o644)
}

// prepare generates the inputs the phases need and are missing.
func prepare(ctx context.Context, o Options, phases []string, progress io.Writer) error {
	for _, ph := range phases {
		var err error
		switch {
		case strings.HasPrefix(ph, loadPrefix), strings.HasPrefix(ph, serverPrefix+loadPrefix),
			strings.HasPrefix(ph, floorPrefix) && ph != PhaseArticlesFloor:
			n, _, ok := loadPhase(strings.Replace(ph, floorPrefix, loadPrefix, 1))
			if !ok {
				return fmt.Errorf("bench: phase %s: not a number of claims", ph)
			}
			err = prepareClaims(ctx, o, n, progress)
		case ph == PhaseArticles, ph == PhaseArticlesFloor:
			err = prepareArticles(ctx, o, progress)
		}
		if err != nil {
			return err
		}
	}
	return nil
}

// prepareClaims writes the records of a generator of n+extra claims: the
// first n as base.jsonl, the rest as the extra files. The extra claims
// come from the same world and clock as the base, so they continue its
// events and detection has candidates to find, as new claims would.
func prepareClaims(ctx context.Context, o Options, n int, progress io.Writer) error {
	dir := claimsDir(o, n)
	if _, files, ok := ready(dir); ok && files == 1+extraBatches {
		return nil
	}
	start := time.Now()
	if err := os.RemoveAll(dir); err != nil {
		return fmt.Errorf("bench: %w", err)
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return fmt.Errorf("bench: %w", err)
	}
	g := synth.New(synth.Config{Seed: o.Seed, Claims: n + extraBatches*ExtraClaims})
	var f *os.File
	var bw *bufio.Writer
	var enc *json.Encoder
	var total int64
	closeFile := func() error {
		if f == nil {
			return nil
		}
		err := bw.Flush()
		if fi, serr := f.Stat(); serr == nil {
			total += fi.Size()
		}
		if cerr := f.Close(); err == nil {
			err = cerr
		}
		f = nil
		return err
	}
	openFile := func(path string) error {
		if err := closeFile(); err != nil {
			return err
		}
		var err error
		if f, err = os.Create(path); err != nil {
			return err
		}
		bw = bufio.NewWriterSize(f, 256<<10)
		enc = json.NewEncoder(bw)
		enc.SetEscapeHTML(false)
		return nil
	}
	i := 0
	err := g.Records(func(r graph.Record) error {
		switch {
		case i == 0:
			if err := openFile(filepath.Join(dir, "base.jsonl")); err != nil {
				return err
			}
		case i >= n && (i-n)%ExtraClaims == 0:
			if err := openFile(extraFile(dir, (i-n)/ExtraClaims+1)); err != nil {
				return err
			}
		}
		if i%65536 == 0 {
			if err := ctx.Err(); err != nil {
				return err
			}
		}
		i++
		return enc.Encode(&r)
	})
	if cerr := closeFile(); err == nil {
		err = cerr
	}
	if err == nil && i != n+extraBatches*ExtraClaims {
		err = fmt.Errorf("generator produced %d records, want %d", i, n+extraBatches*ExtraClaims)
	}
	if err == nil {
		err = markReady(dir, total, 1+extraBatches)
	}
	if err != nil {
		return fmt.Errorf("bench: generate %d claims: %w", n, err)
	}
	fmt.Fprintf(progress, "bench: generated %d+%d claims (%s) in %.1f s\n", n, extraBatches*ExtraClaims, mb(total), time.Since(start).Seconds())
	return nil
}

// errEnough stops a generator early.
var errEnough = errors.New("enough")

// sidecar is the NAME.meta.json format the loader reads.
type sidecar struct {
	Source    string `json:"source"`
	Outlet    string `json:"outlet"`
	Published string `json:"published"`
	Title     string `json:"title"`
}

// prepareArticles writes articles with their sidecars until their text
// reaches ArticlesMB, 1,000 to a subdirectory so no directory gets huge.
func prepareArticles(ctx context.Context, o Options, progress io.Writer) error {
	dir := articlesDir(o)
	if _, _, ok := ready(dir); ok {
		return nil
	}
	start := time.Now()
	if err := os.RemoveAll(dir); err != nil {
		return fmt.Errorf("bench: %w", err)
	}
	want := int64(o.ArticlesMB) << 20
	var total int64
	files := 0
	err := articleGenerator(o, want).Articles(1<<30, func(name string, text []byte, meta graph.Document) error {
		if total >= want {
			return errEnough
		}
		if files%256 == 0 {
			if err := ctx.Err(); err != nil {
				return err
			}
		}
		sub := filepath.Join(dir, fmt.Sprintf("%04d", files/1000))
		if files%1000 == 0 {
			if err := os.MkdirAll(sub, 0o755); err != nil {
				return err
			}
		}
		if err := os.WriteFile(filepath.Join(sub, name), text, 0o644); err != nil {
			return err
		}
		side, err := json.Marshal(sidecar{meta.URL, meta.Outlet, meta.Published, meta.Title})
		if err != nil {
			return err
		}
		if err := os.WriteFile(filepath.Join(sub, strings.TrimSuffix(name, ".txt")+".meta.json"), side, 0o644); err != nil {
			return err
		}
		total += int64(len(text))
		files++
		return nil
	})
	if errors.Is(err, errEnough) {
		err = nil
	}
	if err == nil {
		err = markReady(dir, total, files)
	}
	if err != nil {
		return fmt.Errorf("bench: generate articles: %w", err)
	}
	fmt.Fprintf(progress, "bench: generated %d articles (%s) in %.1f s\n", files, mb(total), time.Since(start).Seconds())
	return nil
}

// articleGenerator is the generator articles are drawn from. Its claim
// count only sets the clock; it is sized so that dates spread over the
// generator's years as they would for a corpus of that size.
func articleGenerator(o Options, bytes int64) *synth.Generator {
	return synth.New(synth.Config{Seed: o.Seed, Claims: int(max(bytes>>10, 10000))})
}

// article is one article in memory.
type article struct {
	name string
	text []byte
	meta graph.Document
}

// sampleArticles returns the first articles of the corpus until their
// text reaches bytes.
func sampleArticles(o Options, bytes int64) ([]article, error) {
	var out []article
	var total int64
	err := articleGenerator(o, bytes).Articles(1<<30, func(name string, text []byte, meta graph.Document) error {
		if total >= bytes {
			return errEnough
		}
		out = append(out, article{name, text, meta})
		total += int64(len(text))
		return nil
	})
	if errors.Is(err, errEnough) {
		err = nil
	}
	return out, err
}

// worldTaxonomy is the built-in taxonomy extended with the generator's
// invented states and topics, as a user would list them under actors: and
// topics: in contra.yaml, so the extractor resolves them. Without its
// topics the extractor files every article under the few built-in ones,
// and each of those becomes one proposition group that grows with the
// corpus, which no analyst's configured corpus looks like.
func worldTaxonomy(o Options) (*taxonomy.Taxonomy, error) {
	seen := map[string]bool{}
	var actors []graph.Actor
	var topics []graph.Topic
	g := synth.New(synth.Config{Seed: o.Seed, Claims: 20000})
	err := g.Batches(1000, func(b graph.Batch) error {
		for _, a := range b.Actors {
			if !seen[a.ID] {
				seen[a.ID] = true
				actors = append(actors, a)
			}
		}
		for _, t := range b.Topics {
			if !seen[t.ID] {
				seen[t.ID] = true
				topics = append(topics, t)
			}
		}
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("bench: taxonomy: %w", err)
	}
	return taxonomy.Default().With(actors, topics), nil
}
