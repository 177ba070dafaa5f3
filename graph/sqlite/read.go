package sqlite

import (
	"context"
	"database/sql"
	"fmt"
	"hash/maphash"
	"slices"
	"strings"
	"time"

	"github.com/contra-project/contra/graph"
)

// claimSelect lists the columns scanClaim reads for the claim aliased c and
// its document aliased d: the claim, its document and its counterclaim flag.
// A NULL ev_text is the claim's text (see insClaimSQL).
func claimSelect(c, d string) string {
	return strings.NewReplacer("c.", c+".", "d.", d+".").Replace(`c.id, c.doc_id, c.speaker_id, c.speaker, c.role,
		c.side, c.kind, c.subject, c.action, c.topic, c.polarity, c.text, c.said_at, c.ev_start, c.ev_end,
		coalesce(c.ev_text, c.text),
		c.responds_to, c.loaded_at, c.changed_at, c.counterclaim,
		d.id, d.name, d.url, d.outlet, d.title, d.published`)
}

// claimScan receives one claimSelect's columns.
type claimScan struct {
	c               graph.Claim
	kind, pol, resp string
	evStart, evEnd  sql.NullInt64
	evText, docID   sql.NullString
	loaded, changed int64
	counter         bool
	dName, dURL     sql.NullString
	dOutlet, dTitle sql.NullString
	dPublished      sql.NullString
}

func (s *claimScan) dest() []any {
	return []any{&s.c.ID, &s.c.DocID, &s.c.SpeakerID, &s.c.Speaker, &s.c.Role, &s.c.Side, &s.kind, &s.c.Subject,
		&s.c.Action, &s.c.Topic, &s.pol, &s.c.Text, &s.c.SaidAt, &s.evStart, &s.evEnd, &s.evText, &s.resp, &s.loaded,
		&s.changed, &s.counter, &s.docID, &s.dName, &s.dURL, &s.dOutlet, &s.dTitle, &s.dPublished}
}

// claim returns the scanned claim, fresh each call.
func (s *claimScan) claim() (graph.Claim, error) {
	c := s.c
	c.Kind, c.Polarity = graph.Kind(s.kind), graph.Polarity(s.pol)
	if s.evStart.Valid {
		c.Evidence = &graph.Span{Start: int(s.evStart.Int64), End: int(s.evEnd.Int64), Text: s.evText.String}
	}
	var err error
	if c.RespondsTo, err = parseList(s.resp); err != nil {
		return c, fmt.Errorf("claim %s: responds_to: %w", c.ID, err)
	}
	c.LoadedAt, c.ChangedAt = fromNanos(s.loaded), fromNanos(s.changed)
	c.Counterclaim = s.counter
	if s.docID.Valid {
		c.Document = &graph.Document{ID: s.docID.String, Name: s.dName.String, URL: s.dURL.String,
			Outlet: s.dOutlet.String, Title: s.dTitle.String, Published: s.dPublished.String}
	}
	return c, nil
}

// where collects SQL conditions and their arguments.
type where struct {
	conds []string
	args  []any
}

func (w *where) add(cond string, args ...any) {
	w.conds = append(w.conds, cond)
	w.args = append(w.args, args...)
}

func (w *where) String() string {
	if len(w.conds) == 0 {
		return ""
	}
	return " WHERE " + strings.Join(w.conds, " AND ")
}

func normBound(name, v string) (string, error) {
	d, err := graph.NormDate(v)
	if err != nil {
		return "", graph.Errorf(graph.EInvalid, "%s: %v", name, err)
	}
	return d, nil
}

// claimsQuery builds the query Claims runs for f. Every filter is an
// index lookup or a condition on rows an index lookup found. A speaker
// filter takes the speaker ids the name resolves to (speakers): with one
// id, the (speaker_id, said_at, id) index yields the rows in the order
// asked, so a limited read stops after its first rows instead of sorting
// all of a prolific speaker's claims.
func claimsQuery(f graph.ClaimFilter, speakers []string) (string, []any, error) {
	var w where
	if len(f.IDs) > 0 {
		w.add(`c.id IN (SELECT value FROM json_each(?))`, jsonList(f.IDs))
	}
	if f.Topic != "" {
		w.add(`c.topic_slug = ?`, graph.TopicSlug(f.Topic))
	}
	if f.Side != "" {
		w.add(`c.side_slug = ?`, graph.Slug(f.Side))
	}
	if f.Subject != "" {
		w.add(subjectRange("c"), subjectBounds(f.Subject)...)
	}
	if f.Speaker != "" {
		if len(speakers) == 1 {
			w.add(`c.speaker_id = ?`, speakers[0])
		} else {
			w.add(`c.speaker_id IN (SELECT value FROM json_each(?))`, jsonList(speakers))
		}
	}
	if f.Kind != "" {
		if !f.Kind.Valid() {
			return "", nil, graph.Errorf(graph.EInvalid, "claims: unknown kind %q", f.Kind)
		}
		w.add(`c.kind = ?`, string(f.Kind))
	}
	if f.DocID != "" {
		w.add(`c.doc_id = ?`, f.DocID)
	}
	since, err := normBound("claims: since", f.Since)
	if err != nil {
		return "", nil, err
	}
	until, err := normBound("claims: until", f.Until)
	if err != nil {
		return "", nil, err
	}
	// An undated claim is in no date range.
	if since != "" {
		w.add(`c.said_at >= ? AND c.said_at <> ''`, since)
	}
	if until != "" {
		w.add(`c.said_at <= ? AND c.said_at <> ''`, until)
	}
	if !f.LoadedFrom.IsZero() {
		// changed_at >= loaded_at: the changed_at index bounds the range.
		w.add(`c.loaded_at >= ? AND c.changed_at >= ?`, nanos(f.LoadedFrom), nanos(f.LoadedFrom))
	}
	if !f.LoadedTo.IsZero() {
		w.add(`c.loaded_at < ?`, nanos(f.LoadedTo))
	}
	if !f.ChangedFrom.IsZero() {
		w.add(`c.changed_at >= ?`, nanos(f.ChangedFrom))
	}
	if !f.ChangedTo.IsZero() {
		w.add(`c.changed_at < ?`, nanos(f.ChangedTo))
	}
	if f.Limit < 0 || f.Offset < 0 {
		return "", nil, graph.Errorf(graph.EInvalid, "claims: negative limit or offset (%d, %d)", f.Limit, f.Offset)
	}
	order := ` ORDER BY c.said_at, c.id`
	if f.ByTopic {
		// The (topic_slug, said_at) index gives this order but for ties.
		order = ` ORDER BY c.topic_slug, c.said_at, c.id`
	}
	from := claimSelect("c", "d") + ` FROM claims c LEFT JOIN documents d ON d.id = c.doc_id`
	if f.Brief {
		from = briefSelect + ` FROM claims c`
	}
	q := `SELECT ` + from + w.String() + order
	switch {
	case f.Limit > 0:
		q += fmt.Sprintf(" LIMIT %d OFFSET %d", f.Limit, f.Offset)
	case f.Offset > 0:
		q += fmt.Sprintf(" LIMIT -1 OFFSET %d", f.Offset)
	}
	return q, w.args, nil
}

// A claim's proposition key starts with its subject's slug and a '|'
// (graph.PropKey), and a slug holds no '|' or '}': the claims with a
// subject are the keys from slug+"|" (the key of an empty action and
// topic sorts after it) to slug+"}", a range of the prop_key index.
// Keys compare as bytes (BINARY).
func subjectRange(alias string) string {
	return alias + `.prop_key > ? AND ` + alias + `.prop_key < ?`
}

func subjectBounds(subject string) []any {
	s := graph.Slug(subject)
	return []any{s + "|", s + "}"}
}

// queryer runs reads: the read pool, or one read transaction.
type queryer interface {
	QueryContext(ctx context.Context, query string, args ...any) (*sql.Rows, error)
}

// reader is graph.ClaimReader over a queryer. links, in a snapshot's
// reader, is its responds_to links once a long probe has read them, and
// docs its documents once a pass over every topic has read them.
type reader struct {
	q     queryer
	links *respondsLinks
	docs  *docTable
}

var _ graph.ClaimReader = reader{}

// linkWindow is how many claims Claims derives links for at a time: one
// probe per window instead of per claim, memory bounded by the window.
const linkWindow = 1024

// Claims streams the claims matching f; see graph.Store. Links are derived
// a window of claims at a time inside one read transaction, so that they
// come from the snapshot the claims do.
func (s *Store) Claims(ctx context.Context, f graph.ClaimFilter, fn func(graph.Claim) error) error {
	if err := s.check(); err != nil {
		return err
	}
	if !f.WithLinks {
		return reader{q: s.r}.Claims(ctx, f, fn)
	}
	return s.snapshot(ctx, "claims", func(r reader) error {
		window := make([]graph.Claim, 0, linkWindow)
		flush := func() error {
			if err := graph.FillLinks(ctx, r, window); err != nil {
				return err
			}
			for _, c := range window {
				if err := fn(c); err != nil {
					return err
				}
			}
			window = window[:0]
			return nil
		}
		err := r.Claims(ctx, f, func(c graph.Claim) error {
			window = append(window, c)
			if len(window) == linkWindow {
				return flush()
			}
			return nil
		})
		if err != nil {
			return err
		}
		return flush()
	})
}

// Snapshot runs fn over one read-only transaction; see graph.Store.
func (s *Store) Snapshot(ctx context.Context, fn func(graph.ClaimReader) error) error {
	if err := s.check(); err != nil {
		return err
	}
	return s.snapshot(ctx, "snapshot", func(r reader) error { return fn(r) })
}

// snapshot runs fn on one read-only transaction.
func (s *Store) snapshot(ctx context.Context, what string, fn func(reader) error) error {
	tx, err := s.r.BeginTx(ctx, &sql.TxOptions{ReadOnly: true})
	if err != nil {
		return translate(err, "%s", what)
	}
	defer tx.Rollback()
	return fn(reader{q: tx, links: &respondsLinks{}, docs: &docTable{}})
}

// Claims streams the claims matching f, without links.
func (r reader) Claims(ctx context.Context, f graph.ClaimFilter, fn func(graph.Claim) error) error {
	var speakers []string
	if f.Speaker != "" {
		var err error
		if speakers, err = r.SpeakerIDs(ctx, f.Speaker); err != nil {
			return err
		}
		if len(speakers) == 0 {
			return nil
		}
	}
	q, args, err := claimsQuery(f, speakers)
	if err != nil {
		return err
	}
	if f.Brief {
		if f.ByTopic && r.docs != nil && !r.docs.read {
			// A pass by topic reads every claim of the scope, and a
			// whole-store ranking's nearly all documents: a
			// lookup by id each (432,289 of them at 1M claims, a quarter
			// of the ranking's time) cost ten times the table read
			// whole.
			if err := r.docs.load(ctx, r.q); err != nil {
				return err
			}
			// The table serves the pass and the reads made while it
			// runs; what a query shows afterwards looks up its few
			// documents, and the memory is the page's.
			defer r.docs.release()
		}
		return r.briefClaims(ctx, "claims", q, args, fn)
	}
	rows, err := r.q.QueryContext(ctx, q, args...)
	if err != nil {
		return translate(err, "claims")
	}
	defer rows.Close()
	var sc claimScan
	dest := sc.dest()
	for rows.Next() {
		if err := rows.Scan(dest...); err != nil {
			return translate(err, "claims")
		}
		c, err := sc.claim()
		if err != nil {
			return fmt.Errorf("claims: %w", err)
		}
		if err := fn(c); err != nil {
			return err
		}
	}
	return translate(rows.Err(), "claims")
}

// briefSelect lists the columns briefScan reads: a claim's row as the
// query layer's index keys it (graph.ClaimFilter.Brief), without its
// document. Joining the document to every row was a third of a topic's
// read (two b-tree descents a claim); a topic's claims share few
// documents, fetched once each a window of claims at a time.
const briefSelect = `c.id, c.doc_id, c.speaker_id, c.speaker, c.side, c.kind, c.subject, c.action, c.topic,
	c.polarity, c.text, c.said_at, c.responds_to, c.changed_at`

// briefScan receives one briefSelect's columns.
type briefScan struct {
	c               graph.Claim
	kind, pol, resp string
	changed         int64
}

func (s *briefScan) dest() []any {
	return []any{&s.c.ID, &s.c.DocID, &s.c.SpeakerID, &s.c.Speaker, &s.c.Side, &s.kind, &s.c.Subject, &s.c.Action,
		&s.c.Topic, &s.pol, &s.c.Text, &s.c.SaidAt, &s.resp, &s.changed}
}

// claim returns the scanned claim, fresh each call, without its document.
func (s *briefScan) claim() (graph.Claim, error) {
	c := s.c
	c.Kind, c.Polarity = graph.Kind(s.kind), graph.Polarity(s.pol)
	var err error
	if c.RespondsTo, err = parseList(s.resp); err != nil {
		return c, fmt.Errorf("claim %s: responds_to: %w", c.ID, err)
	}
	c.ChangedAt = fromNanos(s.changed)
	return c, nil
}

// maxBriefDocs bounds the documents a brief read keeps (about 100 bytes
// each).
const maxBriefDocs = 16384

// briefClaims runs q, a claimsQuery of briefSelect, and hands fn its claims
// a window at a time, each with the outlet and publication date of its
// document (read once per window for the documents not read before).
func (r reader) briefClaims(ctx context.Context, what, q string, args []any, fn func(graph.Claim) error) error {
	rows, err := r.q.QueryContext(ctx, q, args...)
	if err != nil {
		return translate(err, "%s", what)
	}
	defer rows.Close()
	window := make([]graph.Claim, 0, linkWindow)
	docs := map[string]*graph.Document{}
	flush := func() error {
		ids := make([]string, 0, len(docs))
		for _, c := range window {
			if _, ok := docs[c.DocID]; !ok {
				docs[c.DocID] = nil
				ids = append(ids, c.DocID)
			}
		}
		if r.docs != nil && r.docs.ok() {
			for _, id := range ids {
				docs[id] = r.docs.lookup(id)
			}
		} else {
			// In key order, a lookup finds the index pages of the one
			// before it in the cache.
			slices.Sort(ids)
			if err := r.briefDocs(ctx, what, ids, docs); err != nil {
				return err
			}
		}
		for _, c := range window {
			if d := docs[c.DocID]; d != nil {
				c.Document = d
			}
			if err := fn(c); err != nil {
				return err
			}
		}
		window = window[:0]
		// Documents are kept for the next windows (a topic's claims share
		// them: 2,647 claims, 1,128 documents on the 1M store's busiest)
		// until they reach maxBriefDocs.
		if len(docs) > maxBriefDocs {
			clear(docs)
		}
		return nil
	}
	var sc briefScan
	dest := sc.dest()
	for rows.Next() {
		if err := rows.Scan(dest...); err != nil {
			return translate(err, "%s", what)
		}
		c, err := sc.claim()
		if err != nil {
			return fmt.Errorf("%s: %w", what, err)
		}
		window = append(window, c)
		if len(window) == linkWindow {
			if err := flush(); err != nil {
				return err
			}
		}
	}
	if err := rows.Err(); err != nil {
		return translate(err, "%s", what)
	}
	return flush()
}

// briefDocs reads the outlet and publication date of the documents ids
// into docs (an id without a document stays nil).
func (r reader) briefDocs(ctx context.Context, what string, ids []string, docs map[string]*graph.Document) error {
	if len(ids) == 0 {
		return nil
	}
	rows, err := r.q.QueryContext(ctx, `SELECT id, outlet, published FROM documents
		WHERE id IN (SELECT value FROM json_each(?))`, jsonList(ids))
	if err != nil {
		return translate(err, "%s: documents", what)
	}
	defer rows.Close()
	for rows.Next() {
		d := &graph.Document{}
		if err := rows.Scan(&d.ID, &d.Outlet, &d.Published); err != nil {
			return translate(err, "%s: documents", what)
		}
		docs[d.ID] = d
	}
	return translate(rows.Err(), "%s: documents", what)
}

// maxDocTable bounds the documents a snapshot reads whole (docTable):
// about 40 bytes each with their ids, outside the Go heap. A store with
// more answers every brief read with lookups (a variable for tests).
var maxDocTable = 1 << 21

// docTable is a snapshot's documents as a brief read fills them (id,
// outlet, publication date), read whole on its first pass by topic and
// released at its end: the ids one after another, found through an
// open-addressing table of indexes, the outlets and dates interned. It
// lives outside the Go heap (offHeap): 20 MB at 1M claims
// on the heap pushed a load's heap, whose summary ranks the whole store,
// past its memory limit (config gc.memory_limit), and its collector ran
// four times as often (896 collections against 212).
type docTable struct {
	read        bool // once per snapshot
	ids         []byte
	ends        []uint32 // ids[ends[i-1]:ends[i]] is document i's id
	outlet, pub []uint32 // into names
	names       []string
	slots       []uint32 // document index + 1; 0 is empty; nil: no table
	seed        maphash.Seed
}

// ok reports whether the table is there to answer lookups.
func (d *docTable) ok() bool { return d.slots != nil }

// release drops the table: lookups go to the store again.
func (d *docTable) release() {
	freeOffHeap(d.ids)
	for _, w := range [][]uint32{d.ends, d.outlet, d.pub, d.slots} {
		freeOffHeap(w)
	}
	*d = docTable{read: true}
}

// load reads the documents whole, or leaves no table when there are more
// than maxDocTable.
func (d *docTable) load(ctx context.Context, q queryer) error {
	d.read = true
	rows, err := q.QueryContext(ctx, `SELECT id, outlet, published FROM documents`)
	if err != nil {
		return translate(err, "claims: documents")
	}
	defer rows.Close()
	// Read onto the heap, then moved out of it whole.
	var ids []byte
	var ends, outlets, pubs []uint32
	named := map[string]uint32{}
	intern := func(s string) uint32 {
		i, ok := named[s]
		if !ok {
			i = uint32(len(d.names))
			d.names = append(d.names, s)
			named[s] = i
		}
		return i
	}
	var id, outlet, pub string
	for rows.Next() {
		if len(ends) == maxDocTable {
			*d = docTable{read: true}
			return nil
		}
		if err := rows.Scan(&id, &outlet, &pub); err != nil {
			*d = docTable{read: true}
			return translate(err, "claims: documents")
		}
		ids = append(ids, id...)
		ends = append(ends, uint32(len(ids)))
		outlets, pubs = append(outlets, intern(outlet)), append(pubs, intern(pub))
	}
	if err := rows.Err(); err != nil {
		*d = docTable{read: true} // a table cut short would miss documents
		return translate(err, "claims: documents")
	}
	d.ids = offHeap[byte](len(ids))
	copy(d.ids, ids)
	for _, m := range []struct {
		dst *[]uint32
		src []uint32
	}{{&d.ends, ends}, {&d.outlet, outlets}, {&d.pub, pubs}} {
		*m.dst = offHeap[uint32](len(m.src))
		copy(*m.dst, m.src)
	}
	d.seed = maphash.MakeSeed()
	n := 1
	for n < 2*len(ends) {
		n *= 2
	}
	d.slots = offHeap[uint32](n)
	for i := range ends {
		j := maphash.Bytes(d.seed, d.id(i)) & uint64(n-1)
		for d.slots[j] != 0 {
			j = (j + 1) & uint64(n-1)
		}
		d.slots[j] = uint32(i + 1)
	}
	return nil
}

// id returns document i's id.
func (d *docTable) id(i int) []byte {
	start := uint32(0)
	if i > 0 {
		start = d.ends[i-1]
	}
	return d.ids[start:d.ends[i]]
}

// lookup returns the document id names as a brief read fills it, or nil
// when there is none.
func (d *docTable) lookup(id string) *graph.Document {
	mask := uint64(len(d.slots) - 1)
	for j := maphash.String(d.seed, id) & mask; d.slots[j] != 0; j = (j + 1) & mask {
		if i := int(d.slots[j] - 1); string(d.id(i)) == id {
			return &graph.Document{ID: id, Outlet: d.names[d.outlet[i]], Published: d.names[d.pub[i]]}
		}
	}
	return nil
}

// The probe queries for whole claims (probeClaimSQL) and brief ones
// (probeBriefSQL), each an index lookup driven by a JSON list of keys, in
// graph.Probe's field order.
var probeClaimSQL, probeBriefSQL = probeSQL(`SELECT ` + claimSelect("c", "d") + ` FROM claims c LEFT JOIN documents d ON d.id = c.doc_id WHERE `),
	probeSQL(`SELECT ` + briefSelect + ` FROM claims c WHERE `)

func probeSQL(sel string) []string {
	return []string{
		sel + `c.prop_key IN (SELECT value FROM json_each(?))`,
		sel + `c.acc_key IN (SELECT value FROM json_each(?)) AND c.acc_key <> ''`,
		sel + `c.id IN (SELECT value FROM json_each(?))`,
		sel + `c.id IN (SELECT from_id FROM claim_responds WHERE to_id IN (SELECT value FROM json_each(?)))`,
	}
}

// respondsScanMin is how many claims a probe asks the responders of
// before a snapshot reads its responds_to links whole (respondsLinks):
// a query's first pass asks for those of every claim of a chunk, 20,000
// lookups of claim_responds a chunk through a JSON list, where the links
// of a 100k store are 4,892 rows read once.
const respondsScanMin = 4096

// maxRespondsLinks bounds the links a snapshot keeps (about 100 bytes
// each); a store with more answers every probe with lookups (a variable
// for tests).
var maxRespondsLinks = 1 << 17

// respondsLinks is a snapshot's responds_to links by the claim answered,
// read on the first long probe of responders.
type respondsLinks struct {
	read, tooMany bool
	by            map[string][]string // to_id -> from_ids
}

// responders returns the ids of the claims whose responds_to names one of
// ids, sorted, or ok false when the store has more links than it keeps.
func (l *respondsLinks) responders(ctx context.Context, q queryer, ids []string) (out []string, ok bool, err error) {
	if !l.read {
		if err := l.load(ctx, q); err != nil {
			// a read cut short holds some links: read again next
			// time rather than answer from them
			l.by = nil
			return nil, false, err
		}
		l.read = true
	}
	if l.tooMany {
		return nil, false, nil
	}
	for _, id := range ids {
		out = append(out, l.by[id]...)
	}
	slices.Sort(out)
	return slices.Compact(out), true, nil
}

// load reads the links whole into by, or sets tooMany when there are
// more than maxRespondsLinks.
func (l *respondsLinks) load(ctx context.Context, q queryer) error {
	rows, err := q.QueryContext(ctx, `SELECT to_id, from_id FROM claim_responds`)
	if err != nil {
		return translate(err, "probe claims: responds_to")
	}
	defer rows.Close()
	l.by = map[string][]string{}
	n := 0
	for rows.Next() {
		if n++; n > maxRespondsLinks {
			l.tooMany, l.by = true, nil
			return nil
		}
		var to, from string
		if err := rows.Scan(&to, &from); err != nil {
			return translate(err, "probe claims: responds_to")
		}
		l.by[to] = append(l.by[to], from)
	}
	return translate(rows.Err(), "probe claims: responds_to")
}

// Probe calls fn for each claim p names, once each; see graph.ClaimReader.
func (r reader) Probe(ctx context.Context, p graph.Probe, fn func(graph.Claim) error) error {
	seen := map[string]bool{}
	for i, keys := range [][]string{p.PropKeys, p.AccKeys, p.IDs, p.RespondersTo} {
		if i == 3 && len(keys) >= respondsScanMin && r.links != nil {
			// The responders as ids, read by id as p.IDs are.
			ids, ok, err := r.links.responders(ctx, r.q, keys)
			if err != nil {
				return err
			}
			if ok {
				i, keys = 2, ids
			}
		}
		if len(keys) == 0 {
			continue
		}
		if p.Brief {
			err := r.briefClaims(ctx, "probe claims", probeBriefSQL[i], []any{jsonList(keys)}, func(c graph.Claim) error {
				if seen[c.ID] {
					return nil
				}
				seen[c.ID] = true
				return fn(c)
			})
			if err != nil {
				return err
			}
			continue
		}
		err := func() error {
			rows, err := r.q.QueryContext(ctx, probeClaimSQL[i], jsonList(keys))
			if err != nil {
				return translate(err, "probe claims")
			}
			defer rows.Close()
			var sc claimScan
			dest := sc.dest()
			for rows.Next() {
				if err := rows.Scan(dest...); err != nil {
					return translate(err, "probe claims")
				}
				if seen[sc.c.ID] {
					continue
				}
				c, err := sc.claim()
				if err != nil {
					return fmt.Errorf("probe claims: %w", err)
				}
				seen[c.ID] = true
				if err := fn(c); err != nil {
					return err
				}
			}
			return translate(rows.Err(), "probe claims")
		}()
		if err != nil {
			return err
		}
	}
	return nil
}

// SpeakerIDs returns the ids of the speakers whose slug is name's.
func (r reader) SpeakerIDs(ctx context.Context, name string) ([]string, error) {
	rows, err := r.q.QueryContext(ctx, `SELECT id FROM speakers WHERE slug = ? ORDER BY id`, graph.Slug(name))
	if err != nil {
		return nil, translate(err, "speakers")
	}
	defer rows.Close()
	var out []string
	for rows.Next() {
		var id string
		if err := rows.Scan(&id); err != nil {
			return nil, translate(err, "speakers")
		}
		out = append(out, id)
	}
	return out, translate(rows.Err(), "speakers")
}

// Findings derives the findings matching f from one snapshot; see
// graph.Store and graph.FindFindings.
func (s *Store) Findings(ctx context.Context, f graph.FindingFilter) ([]graph.Finding, error) {
	if err := s.check(); err != nil {
		return nil, err
	}
	var out []graph.Finding
	err := s.snapshot(ctx, "findings", func(r reader) error {
		var err error
		out, err = graph.FindFindings(ctx, r, f)
		return err
	})
	return out, err
}

// speakersSQL counts each speaker's claims in the speaker_id index.
const speakersSQL = `SELECT s.id, s.name, s.aliases, s.role, s.side,
	(SELECT count(*) FROM claims c WHERE c.speaker_id = s.id)
	FROM speakers s ORDER BY s.name, s.id`

// Speakers lists speakers with their claim counts; see graph.Store.
func (s *Store) Speakers(ctx context.Context, match string) ([]graph.SpeakerCount, error) {
	if err := s.check(); err != nil {
		return nil, err
	}
	rows, err := s.r.QueryContext(ctx, speakersSQL)
	if err != nil {
		return nil, translate(err, "speakers")
	}
	defer rows.Close()
	out := []graph.SpeakerCount{}
	for rows.Next() {
		var sc graph.SpeakerCount
		var aliases string
		if err := rows.Scan(&sc.ID, &sc.Name, &aliases, &sc.Role, &sc.Side, &sc.Claims); err != nil {
			return nil, translate(err, "speakers")
		}
		if sc.Aliases, err = parseList(aliases); err != nil {
			return nil, fmt.Errorf("speakers: %s: %w", sc.ID, err)
		}
		if graph.NameMatches(match, sc.Name, sc.Aliases) {
			out = append(out, sc)
		}
	}
	if err := rows.Err(); err != nil {
		return nil, translate(err, "speakers")
	}
	return out, nil
}

// actorsSQL counts an actor's claims as a side in the side_slug index and
// as a subject in a range of the prop_key index (see subjectRange).
const actorsSQL = `SELECT a.id, a.name, a.aliases,
	(SELECT count(*) FROM claims c WHERE c.side_slug = a.slug),
	(SELECT count(*) FROM claims c WHERE c.prop_key > a.slug || '|' AND c.prop_key < a.slug || '}')
	FROM actors a ORDER BY a.name, a.id`

// Actors lists actors with the claims they are the side and the subject
// of; see graph.Store.
func (s *Store) Actors(ctx context.Context, match string) ([]graph.ActorCount, error) {
	if err := s.check(); err != nil {
		return nil, err
	}
	rows, err := s.r.QueryContext(ctx, actorsSQL)
	if err != nil {
		return nil, translate(err, "actors")
	}
	defer rows.Close()
	out := []graph.ActorCount{}
	for rows.Next() {
		var ac graph.ActorCount
		var aliases string
		if err := rows.Scan(&ac.ID, &ac.Name, &aliases, &ac.AsSide, &ac.AsSubject); err != nil {
			return nil, translate(err, "actors")
		}
		if ac.Aliases, err = parseList(aliases); err != nil {
			return nil, fmt.Errorf("actors: %s: %w", ac.ID, err)
		}
		if graph.NameMatches(match, ac.Name, ac.Aliases) {
			out = append(out, ac)
		}
	}
	if err := rows.Err(); err != nil {
		return nil, translate(err, "actors")
	}
	return out, nil
}

// Topics lists topics with their claim counts; see graph.Store.
func (s *Store) Topics(ctx context.Context, match string) ([]graph.TopicCount, error) {
	if err := s.check(); err != nil {
		return nil, err
	}
	return reader{q: s.r}.Topics(ctx, match)
}

// topicsSQL counts each topic's claims in the topic index.
const topicsSQL = `SELECT t.id, t.name, t.aliases,
	(SELECT count(*) FROM claims c INDEXED BY claims_topic_said WHERE c.topic_slug = t.slug)
	FROM topics t ORDER BY t.name, t.id`

// Topics lists topics with their claim counts.
func (r reader) Topics(ctx context.Context, match string) ([]graph.TopicCount, error) {
	rows, err := r.q.QueryContext(ctx, topicsSQL)
	if err != nil {
		return nil, translate(err, "topics")
	}
	defer rows.Close()
	out := []graph.TopicCount{}
	for rows.Next() {
		var tc graph.TopicCount
		var aliases string
		if err := rows.Scan(&tc.ID, &tc.Name, &aliases, &tc.Claims); err != nil {
			return nil, translate(err, "topics")
		}
		if tc.Aliases, err = parseList(aliases); err != nil {
			return nil, fmt.Errorf("topics: %s: %w", tc.ID, err)
		}
		if graph.NameMatches(match, tc.Name, tc.Aliases) {
			out = append(out, tc)
		}
	}
	if err := rows.Err(); err != nil {
		return nil, translate(err, "topics")
	}
	return out, nil
}

// supportSQL counts the documents and outlets of the propositions in a
// JSON list, a range of the prop_key index each.
const supportSQL = `SELECT c.prop_key, c.polarity, c.side_slug,
	count(DISTINCT c.doc_id), count(DISTINCT NULLIF(lower(trim(d.outlet)), ''))
	FROM claims c INDEXED BY claims_prop_key JOIN documents d ON d.id = c.doc_id
	WHERE c.prop_key IN (SELECT value FROM json_each(?))
	GROUP BY c.prop_key, c.polarity, c.side_slug`

// Support counts the distinct documents and outlets behind each key; see
// graph.Store. Outlets compare without case; documents without an outlet
// count as documents only.
func (s *Store) Support(ctx context.Context, keys []graph.SupportKey) (map[graph.SupportKey]graph.Support, error) {
	if err := s.check(); err != nil {
		return nil, err
	}
	out := make(map[graph.SupportKey]graph.Support, len(keys))
	if len(keys) == 0 {
		return out, nil
	}
	want := make(map[graph.SupportKey]bool, len(keys))
	var props []string
	seenProp := map[string]bool{}
	for _, k := range keys {
		want[k] = true
		out[k] = graph.Support{}
		if !seenProp[k.PropKey] {
			seenProp[k.PropKey] = true
			props = append(props, k.PropKey)
		}
	}
	// One grouped query over the propositions asked about, instead of one
	// query per key: a ranked topic at 1M claims asks about thousands.
	rows, err := s.r.QueryContext(ctx, supportSQL, jsonList(props))
	if err != nil {
		return nil, translate(err, "support")
	}
	defer rows.Close()
	for rows.Next() {
		var k graph.SupportKey
		var pol string
		var sup graph.Support
		if err := rows.Scan(&k.PropKey, &pol, &k.Side, &sup.Documents, &sup.Outlets); err != nil {
			return nil, translate(err, "support")
		}
		k.Polarity = graph.Polarity(pol)
		if want[k] {
			out[k] = sup
		}
	}
	if err := rows.Err(); err != nil {
		return nil, translate(err, "support")
	}
	return out, nil
}

// statsSQL counts the nodes; the counterclaims are the entries of the
// partial counterclaim index.
const statsSQL = `SELECT (SELECT count(*) FROM documents), (SELECT count(*) FROM speakers),
	(SELECT count(*) FROM actors), (SELECT count(*) FROM topics), (SELECT count(*) FROM claims),
	(SELECT count(*) FROM claims WHERE counterclaim = 1)`

// Stats counts what the store holds, from one snapshot.
func (s *Store) Stats(ctx context.Context) (graph.Stats, error) {
	st := graph.Stats{Findings: map[graph.Rule]int{}}
	if err := s.check(); err != nil {
		return st, err
	}
	tx, err := s.r.BeginTx(ctx, &sql.TxOptions{ReadOnly: true})
	if err != nil {
		return st, translate(err, "stats")
	}
	defer tx.Rollback()
	err = tx.QueryRowContext(ctx, statsSQL).Scan(
		&st.Documents, &st.Speakers, &st.Actors, &st.Topics, &st.Claims, &st.Counterclaims)
	if err != nil {
		return st, translate(err, "stats")
	}
	for _, r := range graph.CountedRules {
		st.Findings[r] = 0
	}
	rows, err := tx.QueryContext(ctx, `SELECT rule, n FROM finding_counts`)
	if err != nil {
		return st, translate(err, "stats")
	}
	defer rows.Close()
	for rows.Next() {
		var r string
		var n int
		if err := rows.Scan(&r, &n); err != nil {
			return st, translate(err, "stats")
		}
		st.Findings[graph.Rule(r)] = n
	}
	return st, translate(rows.Err(), "stats")
}

// JobState returns a job's saved state; ENotFound when there is none.
func (s *Store) JobState(ctx context.Context, name string) (graph.JobState, error) {
	js := graph.JobState{Name: name}
	if err := s.check(); err != nil {
		return js, err
	}
	var end, last string
	err := s.r.QueryRowContext(ctx, `SELECT window_end, last_run, runs FROM job_state WHERE name = ?`, name).Scan(&end, &last, &js.Runs)
	if err == sql.ErrNoRows {
		return js, graph.Errorf(graph.ENotFound, "job %q has no saved state", name)
	}
	if err != nil {
		return js, translate(err, "job state %q", name)
	}
	if js.WindowEnd, err = time.Parse(time.RFC3339Nano, end); err != nil {
		return js, fmt.Errorf("job state %q: window_end: %w", name, err)
	}
	if js.LastRun, err = time.Parse(time.RFC3339Nano, last); err != nil {
		return js, fmt.Errorf("job state %q: last_run: %w", name, err)
	}
	return js, nil
}

// SaveJobState records a job's state, replacing any earlier one.
func (s *Store) SaveJobState(ctx context.Context, js graph.JobState) error {
	if err := s.check(); err != nil {
		return err
	}
	if strings.TrimSpace(js.Name) == "" {
		return graph.Errorf(graph.EInvalid, "save job state: no job name")
	}
	_, err := s.w.ExecContext(ctx, `INSERT INTO job_state (name, window_end, last_run, runs) VALUES (?, ?, ?, ?)
		ON CONFLICT (name) DO UPDATE SET window_end = excluded.window_end, last_run = excluded.last_run, runs = excluded.runs`,
		js.Name, js.WindowEnd.UTC().Format(time.RFC3339Nano), js.LastRun.UTC().Format(time.RFC3339Nano), js.Runs)
	return translate(err, "save job state %q", js.Name)
}
