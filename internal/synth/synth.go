// Package synth generates deterministic synthetic workloads for contra's
// benchmarks: structured claim records, ready store batches, and news
// articles with page chrome, all invented and all reproducible from a seed.
//
// # The model
//
// A fixed world is drawn from the seed once (New): Config.Sides invented
// states ("Arvenia", "Belmora", ... spelled from syllables, real names
// excluded), each with its government, two ministries and a share of
// Config.Speakers people whose surnames follow the state's own naming
// tradition; rival pairs of states; Config.Topics standing themes
// ("cluster munitions", "dam destruction", then the same archetypes
// narrowed to invented regions), each with up to three action templates
// (Config.Actions in all); and forty invented outlets with house styles.
// States, rival pairs, themes, speakers within a state, and outlets are
// all Zipf-popular with exponent Config.Skew, so a few dominate as in real
// coverage.
//
// Claims come from events. An event is one incident: side A accuses side B
// of an action at a place (a town that is new or one of the last 128
// places, reused 35% of the time). Every action carries the place ("shell
// the central market in Korvath"), so the number of distinct proposition
// keys (subject, action, topic) grows linearly with the number of claims
// while the number of claims per key stays bounded: an event's size is
// Pareto (alpha 1.6, 2 to 24 claims, mean about 4) and its claims are
// dated over 1 to 90 days from its birth. An event's topic is the
// incident's own name ("Korvath dam breach", 69%), or the topic of an arc
// (30%): a regional story of 2 to 6 events between one rival pair on one
// theme ("drone strikes in the Vesh valley"); arcs open and close as the
// stream goes on, a few at a time, so accusation keys (side, accused,
// topic) stay bounded too. The remaining 1% use the bare theme ("cluster
// munitions"), as real coverage does; those are the only key groups that
// grow with Claims, slowly.
//
// The caps on event and arc sizes set how many findings a claim makes,
// since contradictions within an event or an arc pair up quadratically.
// They are calibrated to about 2.3 findings per claim (measured at 20k
// claims): four times the density of the hand-labelled dev corpus (about
// 0.6), which was itself chosen for its disputes, so the benchmarks load a
// heavier graph than real coverage would make.
//
// A small number of events (Claims/200, between 4 and 64) is active at a
// time; each document reports 1 to 6 claims of one of them, so memory does
// not depend on Claims. Birth dates advance evenly over about three years
// (from 2021-03-01) as claims are generated, whatever Claims is.
//
// Each claim is a move in the event's exchange, chosen with fixed weights:
// A accuses B (22); the two governments accuse each other (6, two claims:
// a mutual accusation); B denies (18; a denial with polarity "-" that
// counters A's accusations, sometimes with responds_to naming one); B
// counter-accuses A (9, mutual accusation again); A denies that (4); a
// third state asserts or doubts what B did (12, opposing the other side);
// A supports its accusation (8); either side threatens (8); someone
// predicts (7); and a person who spoke earlier about the event, on an
// earlier day, says the opposite (5, a reversal). So every contradiction
// rule fires regularly: opposing, mutual_accusation, counterclaim (by
// denial and by responds_to) and reversal.
//
// A claim's text is the sentence an article would print, in one of several
// templates per move (direct quotes, reported speech, "X has accused Y
// of", "refrained from", "X and Y have accused each other of"). Documents
// get a headline, a URL on their outlet's domain, and ids computed as the
// loader computes them: graph.DocumentID from the URL, graph.ClaimID from
// the content.
//
// Everything derives from the seed through splitmix64 written out in this
// package, never math/rand, so a Config produces byte-identical output
// across runs, platforms and Go releases. Each call of Records, Batches,
// Articles and WriteJSONL replays the same stream from its start; the
// first documents of Articles are the first documents of Records, so a
// corpus's claims.jsonl is a ground truth for its articles.
package synth

import (
	"bufio"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"

	"github.com/contra-project/contra/graph"
)

// Config chooses the size and shape of a workload. Zero fields take their
// defaults.
type Config struct {
	Seed int64
	// Claims is how many structured claims Records, WriteJSONL and
	// Batches produce (default 10,000). It also sets the clock: claims are
	// spread over about three years whatever their number.
	Claims int
	// Vocabulary sizes: states (default 24, at least 3), people speaking
	// for them (default 240; each state also speaks through its
	// government and ministries), standing themes (default 40; incident
	// topics come on top) and action templates (default and maximum: all
	// 55 built in; at least one for each of the 24 archetypes).
	Sides, Speakers, Topics, Actions int
	// Skew is the Zipf exponent of the popularity of states, rival pairs,
	// themes, speakers and outlets (default 1.1).
	Skew float64
}

// Defaults.
const (
	DefaultClaims   = 10000
	DefaultSides    = 24
	DefaultSpeakers = 240
	DefaultTopics   = 40
	DefaultSkew     = 1.1
)

func (c Config) withDefaults() Config {
	if c.Claims <= 0 {
		c.Claims = DefaultClaims
	}
	if c.Sides <= 0 {
		c.Sides = DefaultSides
	}
	c.Sides = max(c.Sides, 3)
	if c.Speakers <= 0 {
		c.Speakers = DefaultSpeakers
	}
	if c.Topics <= 0 {
		c.Topics = DefaultTopics
	}
	total := 0
	for _, a := range archetypes {
		total += len(a.acts)
	}
	if c.Actions <= 0 || c.Actions > total {
		c.Actions = total
	}
	c.Actions = max(c.Actions, len(archetypes))
	if c.Skew <= 0 {
		c.Skew = DefaultSkew
	}
	return c
}

// Generator produces the workload of one Config. Its methods may be called
// any number of times, concurrently; each replays the same stream.
type Generator struct {
	cfg Config
	v   *vocab
}

// New returns the generator of cfg, with defaults filled in.
func New(cfg Config) *Generator {
	cfg = cfg.withDefaults()
	return &Generator{cfg: cfg, v: newVocab(cfg)}
}

// Config returns the configuration in use, defaults filled in.
func (g *Generator) Config() Config { return g.cfg }

// docs calls fn for each document of the stream until fn returns false or
// an error.
func (g *Generator) docs(fn func(*doc) (bool, error)) error {
	s := g.newStream()
	for {
		more, err := fn(s.next())
		if err != nil || !more {
			return err
		}
	}
}

// Records calls fn with each of Config.Claims records in order, stopping
// at and returning fn's first error. Records carry id and doc_id as
// `contra export` writes them (equal to what the loader derives: doc_id
// from source.url, id from graph.ClaimID), leave doc empty, and name in
// responds_to only earlier records.
func (g *Generator) Records(fn func(graph.Record) error) error {
	n := 0
	return g.docs(func(d *doc) (bool, error) {
		for i := range d.claims {
			if n == g.cfg.Claims {
				return false, nil
			}
			if err := fn(d.record(i)); err != nil {
				return false, err
			}
			n++
		}
		return n < g.cfg.Claims, nil
	})
}

func (d *doc) record(i int) graph.Record {
	c := &d.claims[i]
	return graph.Record{
		ID: c.ID, DocID: c.DocID, Speaker: c.Speaker, Role: c.Role, Side: c.Side,
		Kind: string(c.Kind), Subject: c.Subject, Action: c.Action, Topic: c.Topic,
		Polarity: string(c.Polarity), Text: c.Text, SaidAt: c.SaidAt, RespondsTo: c.RespondsTo,
		Source: &graph.Source{URL: d.url, Outlet: d.out.name, Title: d.title, Published: d.published},
	}
}

// countWriter counts the bytes that reach w.
type countWriter struct {
	w io.Writer
	n int64
}

func (c *countWriter) Write(p []byte) (int, error) {
	n, err := c.w.Write(p)
	c.n += int64(n)
	return n, err
}

// WriteJSONL writes the records as JSON lines, the format `contra load`
// reads, and returns the bytes written.
func (g *Generator) WriteJSONL(w io.Writer) (int64, error) {
	cw := &countWriter{w: w}
	bw := bufio.NewWriterSize(cw, 64<<10)
	enc := json.NewEncoder(bw)
	enc.SetEscapeHTML(false)
	err := g.Records(func(r graph.Record) error { return enc.Encode(&r) })
	if err == nil {
		err = bw.Flush()
	}
	if err != nil {
		return cw.n, fmt.Errorf("write synthetic records: %w", err)
	}
	return cw.n, nil
}

// Batches calls fn with batches of n claims (the last may be smaller),
// Config.Claims in all. Each batch carries the documents, speakers,
// actors and topics its claims name, as a loader would send them, so
// batches can be loaded in any order. Claim actions are normalised with
// graph.NormAction as stored claims are.
func (g *Generator) Batches(n int, fn func(graph.Batch) error) error {
	if n <= 0 {
		return graph.Errorf(graph.EInvalid, "batch size must be positive, got %d", n)
	}
	v := g.v
	var b graph.Batch
	names := map[string]bool{}
	flush := func() error {
		if len(b.Claims) == 0 {
			return nil
		}
		err := fn(b)
		b = graph.Batch{}
		clear(names)
		return err
	}
	total := 0
	err := g.docs(func(d *doc) (bool, error) {
		for i := range d.claims {
			if total == g.cfg.Claims {
				return false, nil
			}
			c := d.claims[i]
			c.Action = graph.NormAction(c.Action)
			if k := "d" + c.DocID; !names[k] {
				names[k] = true
				b.Documents = append(b.Documents, graph.Document{ID: c.DocID, URL: d.url, Outlet: d.out.name,
					Title: d.title, Published: d.published})
			}
			spk := &v.speakers[d.specs[i].spk]
			if k := "s" + c.SpeakerID; !names[k] {
				names[k] = true
				b.Speakers = append(b.Speakers, graph.Speaker{ID: c.SpeakerID, Name: spk.name, Aliases: spk.aliases,
					Role: spk.role, Side: c.Side})
			}
			for _, a := range [...]int{spk.side, d.specs[i].subj} {
				sd := &v.sides[a]
				if k := "a" + sd.name; !names[k] {
					names[k] = true
					b.Actors = append(b.Actors, graph.Actor{ID: graph.ActorID(sd.name), Name: sd.name,
						Aliases: []string{sd.adj}})
				}
			}
			if k := "t" + c.Topic; !names[k] {
				names[k] = true
				b.Topics = append(b.Topics, graph.Topic{ID: graph.TopicID(c.Topic), Name: c.Topic})
			}
			b.Claims = append(b.Claims, c)
			total++
			if len(b.Claims) == n {
				if err := flush(); err != nil {
					return false, err
				}
			}
		}
		return total < g.cfg.Claims, nil
	})
	if err != nil {
		return err
	}
	return flush()
}

// Articles calls fn with n news articles: the first n documents of the
// stream written out as pages (headline, paragraphs quoting and reporting
// the document's claims, background, and the chrome real pages carry:
// advertisement markers, donation and newsletter appeals, "Read more" and
// related headlines, share lines). name is the file name (NNNNNN_slug.txt)
// and meta the document as its .meta.json sidecar describes it, with the id
// the loader derives from its URL. Articles do not stop at Config.Claims.
func (g *Generator) Articles(n int, fn func(name string, text []byte, meta graph.Document) error) error {
	if n <= 0 {
		return nil
	}
	k := 0
	return g.docs(func(d *doc) (bool, error) {
		name := fmt.Sprintf("%06d_%s.txt", d.seq, shortSlug(d.title))
		meta := graph.Document{ID: graph.DocumentID(d.url, "", name), Name: name, URL: d.url,
			Outlet: d.out.name, Title: d.title, Published: d.published}
		if err := fn(name, g.article(d), meta); err != nil {
			return false, err
		}
		k++
		return k < n, nil
	})
}

// shortSlug is the first words of a title's slug, for file names.
func shortSlug(title string) string {
	parts := strings.Split(graph.Slug(title), "-")
	if len(parts) > 6 {
		parts = parts[:6]
	}
	return strings.Join(parts, "-")
}

// sidecar is the .meta.json format of ../shared/corpus, field order kept.
type sidecar struct {
	Source    string `json:"source"`
	Outlet    string `json:"outlet"`
	Published string `json:"published"`
	Title     string `json:"title"`
}

// WriteCorpus writes a corpus into dir (created if needed): articles
// articles as NAME.txt with NAME.meta.json sidecars ({"source", "outlet",
// "published", "title"} as in ../shared/corpus), and claims.jsonl with the
// Config.Claims records. The articles are the first documents of those
// records (same URLs, so the same document ids), and each prints its
// records' text verbatim; articles past the last record's document have no
// records. It returns the bytes written.
func WriteCorpus(dir string, cfg Config, articles int) (int64, error) {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return 0, fmt.Errorf("write corpus: %w", err)
	}
	g := New(cfg)
	var total int64
	err := g.Articles(articles, func(name string, text []byte, meta graph.Document) error {
		if err := os.WriteFile(filepath.Join(dir, name), text, 0o644); err != nil {
			return err
		}
		side, err := json.MarshalIndent(sidecar{meta.URL, meta.Outlet, meta.Published, meta.Title}, "", "  ")
		if err != nil {
			return err
		}
		side = append(side, '\n')
		if err := os.WriteFile(filepath.Join(dir, strings.TrimSuffix(name, ".txt")+".meta.json"), side, 0o644); err != nil {
			return err
		}
		total += int64(len(text) + len(side))
		return nil
	})
	if err != nil {
		return total, fmt.Errorf("write corpus %s: %w", dir, err)
	}
	path := filepath.Join(dir, "claims.jsonl")
	f, err := os.Create(path)
	if err != nil {
		return total, fmt.Errorf("write corpus: %w", err)
	}
	n, err := g.WriteJSONL(f)
	total += n
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		return total, fmt.Errorf("write %s: %w", path, err)
	}
	return total, nil
}
