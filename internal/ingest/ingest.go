// Package ingest walks the paths given to `contra load`, parses structured
// claim files (JSONL, JSON, CSV) and hands articles to an extractor, and
// writes the result into a graph.Store in ordered batches.
//
// Parsing and extraction run in parallel workers; a single writer consumes
// their results in input order, so the store ends up exactly as a
// single-worker run would leave it. A structured file with a bad record is
// rejected whole unless KeepGoing is set: it is validated in a first pass
// and only written in a second, so nothing of it reaches the store.
package ingest

import (
	"context"
	"fmt"
	"log/slog"
	"runtime"
	"sync"
	"time"

	"github.com/contra-project/contra/graph"
)

// Names resolves actor and topic names to canonical ones.
type Names interface {
	Actor(name string) (canonical string, ok bool)
	Topic(name string) (canonical string, ok bool)
}

// Article is an article file handed to an Extractor.
type Article struct {
	Name string // base file name
	Path string
	Text []byte
	Meta graph.Document // from NAME.meta.json: URL, Outlet, Title, Published
}

// Extracted is what an Extractor found in one article.
type Extracted struct {
	Document graph.Document
	Speakers []graph.Speaker
	Claims   []graph.Claim
	Warnings []string
}

// Extractor turns an article into graph nodes.
type Extractor interface {
	Extract(ctx context.Context, a Article) (Extracted, error)
}

// DefaultBatchSize is the number of claims a Loader writes per store
// transaction unless told otherwise. Measured on 100k synthetic claims into
// SQLite: 26.2 s at 1000 per transaction, 21.0 s at 5000 (fewer commits
// rewrite fewer index pages). Larger batches load articles faster still
// (each batch reads the proposition groups it touches once), but hold the
// store's write lock longer: at 1M claims a 5000-claim batch holds it for
// about 1.4 s, inside DefaultMaxTransaction.
const DefaultBatchSize = 5000

// DefaultMaxTransaction is how long a Loader lets one transaction hold
// the store's write lock unless told otherwise. Other writers (a second
// load, the scheduler saving a job's state) wait behind it: SQLite makes
// them wait up to 10 s.
const DefaultMaxTransaction = 2 * time.Second

// Size limits, unless told otherwise.
const (
	DefaultMaxArticleBytes = 16 << 20
	DefaultMaxFileBytes    = 4 << 30
	DefaultMaxRecordBytes  = 16 << 20
	DefaultMaxFieldBytes   = 1 << 20
)

// Options configures a Loader.
type Options struct {
	// BatchSize is the most claims one store transaction writes; default
	// DefaultBatchSize. Batches are exactly this size, but for the last,
	// unless a transaction of that size would hold the write lock longer
	// than MaxTransaction.
	BatchSize int
	// MaxTransaction bounds the time a transaction holds the store's write
	// lock, whatever BatchSize says: the first transaction writes at most
	// DefaultBatchSize claims, and each next one as many as the last one's
	// pace fits in 80% of it. Default DefaultMaxTransaction.
	MaxTransaction  time.Duration
	Workers         int   // parallel parsers; default GOMAXPROCS
	KeepGoing       bool  // skip bad records instead of rejecting their file
	MaxArticleBytes int64 // larger articles are skipped; default DefaultMaxArticleBytes
	// MaxFileBytes rejects larger claim files; default DefaultMaxFileBytes.
	MaxFileBytes int64
	// MaxRecordBytes bounds a record (a JSON line, an array element, a CSV
	// row): a longer one is a problem, skipped without being held, so the
	// memory a file costs is that of its largest record, not its size.
	// Default DefaultMaxRecordBytes.
	MaxRecordBytes int
	// MaxFieldBytes bounds one field of a record; default
	// DefaultMaxFieldBytes.
	MaxFieldBytes int
	// ListedFiles is how many files the Summary lists whatever became of
	// them; default DefaultListedFiles. Beyond it only the files that
	// need attention are listed, and the others are counted: a corpus of
	// a million files would otherwise hold a report for each.
	ListedFiles int
	Names       Names // nil: names are kept as written
	Extractor   Extractor
	// Bulk says when to take the bulk path of a store that has one
	// (graph.BulkStore); default BulkAuto.
	Bulk BulkMode
	// Progress, when set, is called by the writer after each unit of work.
	Progress func(Progress)
	Logger   *slog.Logger
}

// Progress reports how far a load has come.
type Progress struct {
	Files, FilesTotal int
	Bytes, BytesTotal int64
	Claims            int
	Current           string
}

// Problem is a bad input, with the file and line it is on (Line 0: the
// file as a whole).
type Problem struct {
	File string `json:"file"`
	Line int    `json:"line,omitempty"`
	Msg  string `json:"message"`
}

func (p Problem) Error() string {
	if p.Line > 0 {
		return fmt.Sprintf("%s:%d: %s", p.File, p.Line, p.Msg)
	}
	return fmt.Sprintf("%s: %s", p.File, p.Msg)
}

// File statuses.
const (
	StatusLoaded   = "loaded"   // every record or the article was written
	StatusPartial  = "partial"  // KeepGoing skipped bad records
	StatusRejected = "rejected" // bad records, nothing written
	StatusSkipped  = "skipped"  // not loadable: unsupported, binary, too large...
	StatusIgnored  = "ignored"  // not input: sidecars, labels, READMEs
)

// FileReport is what happened to one input file.
type FileReport struct {
	Path     string    `json:"path"`
	Kind     string    `json:"kind"` // records, article, other
	Status   string    `json:"status"`
	Claims   int       `json:"claims"`
	Problems []Problem `json:"problems,omitempty"`
	Notes    []string  `json:"notes,omitempty"`
}

// DefaultListedFiles is Options.ListedFiles' default.
const DefaultListedFiles = 10000

// NeedsAttention reports whether a file had problems, notes, or did not
// load: the files a Summary always lists. An ignored file's note only
// says why it is not input.
func (f *FileReport) NeedsAttention() bool {
	switch {
	case len(f.Problems) > 0:
		return true
	case f.Status == StatusIgnored:
		return false
	}
	return f.Status != StatusLoaded || len(f.Notes) > 0
}

// Summary is the outcome of a Load.
type Summary struct {
	// Files reports the first Options.ListedFiles files and, after them,
	// those that need attention, in load order; Omitted counts the others.
	Files   []FileReport `json:"files"`
	Omitted int          `json:"files_omitted,omitempty"`
	// Statuses counts every file by status; Loaded counts the loaded and
	// partially loaded files by kind.
	Statuses map[string]int   `json:"statuses"`
	Loaded   map[string]int   `json:"loaded"`
	Result   graph.LoadResult `json:"result"`
	Claims   int              `json:"claims"` // claims written (new, updated or unchanged)
	// Batches counts the transactions committed, Bulk those of them that
	// were bulk transactions.
	Batches  int       `json:"batches"`
	Bulk     int       `json:"bulk_transactions,omitempty"`
	Bytes    int64     `json:"bytes"`
	Started  time.Time `json:"started"`
	Finished time.Time `json:"finished"`
}

// Count returns how many files ended with status.
func (s *Summary) Count(status string) int { return s.Statuses[status] }

// Problems returns every problem, in file order (every file with one is
// listed).
func (s *Summary) Problems() []Problem {
	var out []Problem
	for _, f := range s.Files {
		out = append(out, f.Problems...)
	}
	return out
}

// Loader loads inputs into a store.
type Loader struct {
	store graph.Store
	opt   Options
}

// New returns a Loader writing to s.
func New(s graph.Store, o Options) *Loader {
	if o.BatchSize <= 0 {
		o.BatchSize = DefaultBatchSize
	}
	if o.Workers <= 0 {
		o.Workers = runtime.GOMAXPROCS(0)
	}
	if o.MaxTransaction <= 0 {
		o.MaxTransaction = DefaultMaxTransaction
	}
	if o.MaxArticleBytes <= 0 {
		o.MaxArticleBytes = DefaultMaxArticleBytes
	}
	if o.MaxFileBytes <= 0 {
		o.MaxFileBytes = DefaultMaxFileBytes
	}
	if o.MaxRecordBytes <= 0 {
		o.MaxRecordBytes = DefaultMaxRecordBytes
	}
	if o.MaxFieldBytes <= 0 {
		o.MaxFieldBytes = min(DefaultMaxFieldBytes, o.MaxRecordBytes)
	}
	if o.Logger == nil {
		o.Logger = slog.New(slog.DiscardHandler)
	}
	if o.ListedFiles <= 0 {
		o.ListedFiles = DefaultListedFiles
	}
	return &Loader{store: s, opt: o}
}

// Load loads every file under paths. Per-file problems are reported in
// the summary; the error is for what stops the whole load (the store
// failing, ctx cancelled). Batches written before such an error stay
// written: each is a complete transaction.
func (l *Loader) Load(ctx context.Context, paths []string) (*Summary, error) {
	sum := &Summary{Started: time.Now(), Statuses: map[string]int{}, Loaded: map[string]int{}}
	// A first walk counts the input files and their bytes, for progress
	// (sidecars, labels and skipped files are not inputs); the second
	// feeds the load. Neither holds the list.
	var files int
	var total int64
	err := walk(ctx, paths, func(in input) error {
		if in.loadable() {
			files++
			total += in.size
		}
		return nil
	})
	if err != nil {
		return sum, err
	}
	sum.Files = make([]FileReport, 0, min(files, l.opt.ListedFiles))
	w := newWriter(ctx, l, sum, files, total)
	if err := w.choose(total); err != nil {
		return w.finish(err)
	}
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	for it := range l.readAhead(ctx, paths) {
		if it.err != nil {
			return w.finish(it.err)
		}
		if err := ctx.Err(); err != nil {
			return w.finish(err)
		}
		in := it.in
		rep := FileReport{Path: in.path, Kind: in.kind}
		switch in.kind {
		case kindRecords:
			err = l.loadRecords(ctx, w, in, &rep)
		case kindArticle:
			err = l.addArticle(w, <-it.article, &rep)
		case kindIgnored:
			rep.Status, rep.Notes = StatusIgnored, noteList(in.note)
		default:
			rep.Status, rep.Notes = StatusSkipped, []string{in.note}
		}
		if err != nil {
			return w.finish(err)
		}
		w.fileDone(in, rep)
		if err := w.endOfFile(); err != nil {
			return w.finish(err)
		}
	}
	if err := ctx.Err(); err != nil {
		return w.finish(err)
	}
	return w.finish(nil)
}

// fixedNotes are the notes of ignored files, one list per text (classify
// has a handful): a corpus's sidecars are a file each, and each would
// otherwise hold its own copy. The lists are full (cap == len), so an append to
// one never writes into another.
var fixedNotes sync.Map // string -> []string

func noteList(note string) []string {
	if v, ok := fixedNotes.Load(note); ok {
		return v.([]string)
	}
	v, _ := fixedNotes.LoadOrStore(note, []string{note})
	return v.([]string)
}

// writer accumulates claims from units into batches and writes them in
// the order units were produced.
type writer struct {
	ctx   context.Context
	l     *Loader
	sum   *Summary
	batch graph.Batch
	seen  map[seenKey]struct{} // nodes already in the current batch; cleared, not made again, for the next
	prog  Progress
	done  int64 // bytes of the input files finished, for prog.Bytes
	// limit is how many claims the next transaction writes: BatchSize, or
	// fewer when that many would hold the write lock too long.
	limit int
	split bool // limit was ever below BatchSize (logged once)

	// The bulk path (bulk.go): the bulk transaction in progress, if any,
	// and what it has written.
	bulk *bulkTx
}

func newWriter(ctx context.Context, l *Loader, sum *Summary, files int, bytes int64) *writer {
	w := &writer{ctx: ctx, l: l, sum: sum, seen: map[seenKey]struct{}{}, limit: min(l.opt.BatchSize, DefaultBatchSize)}
	w.prog.FilesTotal, w.prog.BytesTotal = files, bytes
	return w
}

// add queues the nodes of one unit, then its claims, writing a batch each
// time it holds limit claims: a unit's claims may span two transactions,
// so that every batch but the last is exactly the size asked. The nodes go
// with the unit's first claims; later batches find them in the store.
func (w *writer) add(b *graph.Batch) error {
	for _, d := range b.Documents {
		if w.once('d', d.ID) {
			w.batch.Documents = append(w.batch.Documents, d)
		}
	}
	for _, s := range b.Speakers {
		if w.once('s', s.ID) {
			w.batch.Speakers = append(w.batch.Speakers, s)
		}
	}
	for _, a := range b.Actors {
		if w.once('a', a.ID) {
			w.batch.Actors = append(w.batch.Actors, a)
		}
	}
	for _, t := range b.Topics {
		if w.once('t', t.ID) {
			w.batch.Topics = append(w.batch.Topics, t)
		}
	}
	for _, c := range b.Claims {
		w.sum.Claims++
		w.prog.Claims++
		// The last occurrence of an id in the input wins, as it would if
		// each record were loaded on its own.
		if !w.once('c', c.ID) {
			for i := range w.batch.Claims {
				if w.batch.Claims[i].ID == c.ID {
					w.batch.Claims[i] = c
				}
			}
			continue
		}
		w.batch.Claims = append(w.batch.Claims, c)
		if len(w.batch.Claims) >= w.limit {
			if w.limit < w.l.opt.BatchSize && !w.split {
				w.split = true
				w.l.opt.Logger.Info("load batches are smaller than asked, to hold the store's write lock at most load.max_transaction at a time",
					"batch_size", w.l.opt.BatchSize, "claims", w.limit, "max_transaction", w.l.opt.MaxTransaction.String())
			}
			if err := w.flush(); err != nil {
				return err
			}
		}
	}
	return nil
}

// once reports whether the node of kind ('d'ocument, 's'peaker, 'a'ctor,
// 't'opic, 'c'laim) and id is new to the batch.
func (w *writer) once(kind byte, id string) bool {
	k := seenKey{kind, id}
	if _, ok := w.seen[k]; ok {
		return false
	}
	w.seen[k] = struct{}{}
	return true
}

// seenKey is a node of the current batch: a key of its own rather than
// kind and id in one string, which allocated one for every node.
type seenKey struct {
	kind byte
	id   string
}

// Retrying a batch the store was too busy to take: the waits between
// attempts double from retryWait, at most retries times. Each attempt
// itself waits for the lock (SQLite: up to 10 s) before it gives up.
const (
	retries   = 6
	retryWait = 100 * time.Millisecond
)

func (w *writer) flush() error {
	if w.batch.Len() == 0 {
		return nil
	}
	if w.bulk != nil {
		return w.flushBulk()
	}
	start := time.Now()
	res, err := w.l.store.Load(w.ctx, w.batch)
	for attempt, wait := 1, retryWait; err != nil && graph.Temporary(err) && attempt <= retries; attempt, wait = attempt+1, 2*wait {
		// The store's message says "database is locked": what the user is
		// spared, unless every attempt fails.
		w.l.opt.Logger.Info("store busy (another process is writing); retrying the batch", "claims", len(w.batch.Claims), "attempt", attempt, "wait", wait.String())
		select {
		case <-w.ctx.Done():
			return fmt.Errorf("write batch of %d claims: %w", len(w.batch.Claims), w.ctx.Err())
		case <-time.After(wait):
		}
		start = time.Now()
		res, err = w.l.store.Load(w.ctx, w.batch)
	}
	if err != nil {
		return fmt.Errorf("write batch of %d claims: %w", len(w.batch.Claims), err)
	}
	took := time.Since(start)
	w.l.opt.Logger.Debug("batch written", "claims", len(w.batch.Claims), "took", took.String())
	w.pace(len(w.batch.Claims), took)
	w.sum.Result.Add(res)
	w.sum.Batches++
	w.batch = graph.Batch{}
	clear(w.seen)
	return nil
}

// pace sets the size of the next transaction from the last one: as many
// claims as its pace fits in 80% of MaxTransaction, at most twice as
// many as it wrote (a store's cost per claim is not linear), at most
// BatchSize and at least one.
func (w *writer) pace(claims int, took time.Duration) {
	if claims == 0 {
		return
	}
	budget := w.l.opt.MaxTransaction * 8 / 10
	fit := claims * 2
	if took > 0 {
		fit = min(fit, int(float64(claims)*float64(budget)/float64(took)))
	}
	w.limit = max(1, min(w.l.opt.BatchSize, fit))
}

// progress reports the current file, of which within bytes are done.
func (w *writer) progress(current string, within int64) {
	w.prog.Bytes = w.done + within
	w.prog.Current = current
	if w.l.opt.Progress != nil {
		w.l.opt.Progress(w.prog)
	}
}

func (w *writer) fileDone(in *input, rep FileReport) {
	w.sum.Statuses[rep.Status]++
	if rep.Status == StatusLoaded || rep.Status == StatusPartial {
		w.sum.Loaded[rep.Kind]++
	}
	if len(w.sum.Files) < w.l.opt.ListedFiles || rep.NeedsAttention() {
		w.sum.Files = append(w.sum.Files, rep)
	} else {
		w.sum.Omitted++
	}
	w.sum.Bytes += in.size
	if in.loadable() {
		w.prog.Files++
		w.done += in.size
	}
	w.progress(in.path, 0)
	lvl := slog.LevelDebug
	if rep.Status == StatusRejected || len(rep.Problems) > 0 {
		lvl = slog.LevelWarn
	}
	w.l.opt.Logger.Log(w.ctx, lvl, "file", "path", rep.Path, "status", rep.Status, "claims", rep.Claims, "problems", len(rep.Problems))
}

func (w *writer) finish(err error) (*Summary, error) {
	if err == nil {
		err = w.flush()
	}
	if err == nil && w.bulk != nil {
		err = w.commitBulk()
	}
	if err != nil && w.bulk != nil {
		w.rollbackBulk()
	}
	w.sum.Finished = time.Now()
	return w.sum, err
}
