package neo4j

import (
	"context"
	"math"
	"sort"
	"strings"
	"time"

	"github.com/contra-project/contra/graph"
	"github.com/neo4j/neo4j-go-driver/v5/neo4j"
)

// Reads run in managed read transactions on read sessions. Filters are
// parameters: an empty filter field is null and the statement's
// `$x IS NULL OR ...` lets every row through. Which statement runs depends
// only on which filter fields are set, so that the query starts from an
// index; the rest of the statement is the same in each (a test checks).

// claimFilterParams validates f and returns the parameters of the
// claims_*.cypher statements and the statement to run.
func claimFilterParams(f graph.ClaimFilter) (*statement, map[string]any, error) {
	if f.Kind != "" && !f.Kind.Valid() {
		return nil, nil, graph.Errorf(graph.EInvalid, "claims: unknown kind %q", f.Kind)
	}
	if f.Limit < 0 || f.Offset < 0 {
		return nil, nil, graph.Errorf(graph.EInvalid, "claims: negative limit or offset (%d, %d)", f.Limit, f.Offset)
	}
	since, err := normBound("claims: since", f.Since)
	if err != nil {
		return nil, nil, err
	}
	until, err := normBound("claims: until", f.Until)
	if err != nil {
		return nil, nil, err
	}
	var ids any
	if len(f.IDs) > 0 {
		ids = idSet(append([]string(nil), f.IDs...)) // claims_by_ids looks each up once
	}
	p := map[string]any{
		"ids": ids, "doc_id": nullable(f.DocID), "topic": topicSlugParam(f.Topic), "speaker": slugParam(f.Speaker),
		"side": slugParam(f.Side), "subject": slugParam(f.Subject), "kind": nullable(string(f.Kind)),
		"since": nullable(since), "until": nullable(until),
		"loaded_from": int64(math.MinInt64), "loaded_to": int64(math.MaxInt64),
		"changed_from": int64(math.MinInt64), "changed_to": int64(math.MaxInt64),
		"limit": int64(noLimit), "skip": int64(f.Offset),
	}
	for _, b := range []struct {
		key string
		t   time.Time
	}{
		{"loaded_from", f.LoadedFrom}, {"loaded_to", f.LoadedTo}, {"changed_from", f.ChangedFrom}, {"changed_to", f.ChangedTo},
	} {
		if !b.t.IsZero() {
			p[b.key] = b.t.UnixNano()
		}
	}
	if f.Limit > 0 {
		p["limit"] = int64(f.Limit)
	}
	// The most selective anchor first; a pass by topic reads them all.
	var st *statement
	switch {
	case f.ByTopic:
		st = stScanByTopic
	case ids != nil:
		st = stClaimsByIDs
	case f.DocID != "":
		st = stClaimsByDoc
	case f.Speaker != "":
		st = stClaimsBySpkr
	case f.Topic != "":
		st = stClaimsByTopic
	case f.Subject != "":
		st = stClaimsBySubj
	case f.Side != "":
		st = stClaimsBySide
	case !f.ChangedFrom.IsZero() || !f.ChangedTo.IsZero():
		st = stClaimsByChg
	case !f.LoadedFrom.IsZero() || !f.LoadedTo.IsZero():
		st = stClaimsByLoad
	default:
		st = stClaimsAll
	}
	return st, p, nil
}

// slugParam is the slug a name filter compares with, or null.
func slugParam(name string) any {
	if name == "" {
		return nil
	}
	return graph.Slug(name)
}

// topicSlugParam is the topic slug a topic filter compares with, or null.
func topicSlugParam(name string) any {
	if name == "" {
		return nil
	}
	return graph.TopicSlug(name)
}

func normBound(name, v string) (string, error) {
	d, err := graph.NormDate(v)
	if err != nil {
		return "", graph.Errorf(graph.EInvalid, "%s: %v", name, err)
	}
	return d, nil
}

// reader is graph.ClaimReader over one read transaction: FindFindings
// and FillLinks see one snapshot of the store, whole batches only.
type reader struct {
	q    querier
	size int // keys per probe statement
}

var _ graph.ClaimReader = reader{}

// linkWindow is how many claims Claims derives links for at a time: one
// set of probes per window instead of per claim, memory bounded by the
// window. The claims' result stays open meanwhile: the driver pauses a
// transaction's stream while other statements of it run.
const linkWindow = 1024

// Claims streams the claims matching f through a result cursor; see
// graph.Store. Links are derived a window of claims at a time in the same
// read transaction, so that they come from the snapshot the claims do.
func (s *Store) Claims(ctx context.Context, f graph.ClaimFilter, fn func(graph.Claim) error) error {
	if err := s.check(); err != nil {
		return err
	}
	st, params, err := claimFilterParams(f)
	if err != nil {
		return err
	}
	var fnErr error
	deliver := func(c graph.Claim) error {
		fnErr = fn(c)
		return fnErr
	}
	err = s.read(ctx, func(q querier) error {
		if !f.WithLinks {
			return stream(ctx, q, st, params, func(rec *neo4j.Record) error {
				c, err := claimOf(rec)
				if err != nil {
					return err
				}
				return deliver(c)
			})
		}
		r := reader{q, s.cfg.BatchSize}
		window := make([]graph.Claim, 0, linkWindow)
		delivered := false
		flush := func() error {
			if err := graph.FillLinks(ctx, r, window); err != nil {
				return err
			}
			for _, c := range window {
				delivered = true
				if err := deliver(c); err != nil {
					return err
				}
			}
			window = window[:0]
			return nil
		}
		err := each(ctx, q, st, params, func(rec *neo4j.Record) error {
			c, err := claimOf(rec)
			if err != nil {
				return err
			}
			if window = append(window, c); len(window) == linkWindow {
				return flush()
			}
			return nil
		})
		if err == nil {
			err = flush()
		}
		if err != nil && delivered {
			return &final{err} // a retry would repeat claims fn has seen
		}
		return err
	})
	if fnErr != nil {
		return fnErr // as fn returned it
	}
	return translate(err, s.t, "claims")
}

// Claims calls fn with each claim matching f, without links.
func (r reader) Claims(ctx context.Context, f graph.ClaimFilter, fn func(graph.Claim) error) error {
	st, params, err := claimFilterParams(f)
	if err != nil {
		return err
	}
	return each(ctx, r.q, st, params, func(rec *neo4j.Record) error {
		c, err := claimOf(rec)
		if err != nil {
			return err
		}
		return fn(c)
	})
}

// Probe calls fn with each claim p names, once each; see
// graph.ClaimReader.
func (r reader) Probe(ctx context.Context, p graph.Probe, fn func(graph.Claim) error) error {
	return probeClaims(ctx, r.q, p, r.size, fn)
}

// probeClaims runs the candidates_*.cypher lookups for p, size keys per
// statement, and calls fn with each claim they return, once each.
func probeClaims(ctx context.Context, q querier, p graph.Probe, size int, fn func(graph.Claim) error) error {
	seen := map[string]bool{}
	for _, probe := range []struct {
		st   *statement
		keys []string
	}{
		{stCandidatesProp, p.PropKeys}, {stCandidatesAcc, p.AccKeys}, {stCandidatesID, p.IDs}, {stCandidatesResponder, p.RespondersTo},
	} {
		err := eachChunk(ctx, q, probe.st, "keys", probe.keys, size, nil, func(rec *neo4j.Record) error {
			c, err := claimOf(rec)
			if err != nil || seen[c.ID] {
				return err
			}
			seen[c.ID] = true
			return fn(c)
		})
		if err != nil {
			return err
		}
	}
	return nil
}

// Topics lists topics with their claim counts; see graph.Store.
func (r reader) Topics(ctx context.Context, match string) ([]graph.TopicCount, error) {
	out := []graph.TopicCount{}
	err := each(ctx, r.q, stTopics, map[string]any{}, func(rec *neo4j.Record) error {
		n, err := mustNode(rec, "t")
		if err != nil {
			return err
		}
		var tc graph.TopicCount
		if tc.Topic, err = topicFromNode(n); err != nil {
			return err
		}
		if tc.Claims, err = integer(rec, "claims"); err != nil {
			return err
		}
		if graph.NameMatches(match, tc.Name, tc.Aliases) {
			out = append(out, tc)
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	sort.SliceStable(out, byName(func(i int) string { return out[i].Name }, func(i int) string { return out[i].ID }))
	return out, nil
}

// SpeakerIDs returns the ids of the speakers whose slug is name's.
func (r reader) SpeakerIDs(ctx context.Context, name string) ([]string, error) {
	var out []string
	err := each(ctx, r.q, stSpeakerIDs, map[string]any{"slug": graph.Slug(name)}, func(rec *neo4j.Record) error {
		id, err := text(rec, "id")
		out = append(out, id)
		return err
	})
	return out, err
}

// stream runs st and calls fn with each record. Once fn has seen a record,
// an error is final: a retried transaction would show fn the same records
// again.
func stream(ctx context.Context, q querier, st *statement, params map[string]any, fn func(*neo4j.Record) error) error {
	delivered := false
	err := each(ctx, q, st, params, func(rec *neo4j.Record) error {
		delivered = true
		return fn(rec)
	})
	if err != nil && delivered {
		return &final{err}
	}
	return err
}

// claimOf maps a record of the claims_*.cypher and candidates_*.cypher
// statements: the claim c and its document d.
func claimOf(rec *neo4j.Record) (graph.Claim, error) {
	n, err := mustNode(rec, "c")
	if err != nil {
		return graph.Claim{}, err
	}
	c, err := claimFromNode(n)
	if err != nil {
		return c, err
	}
	v, err := value(rec, "d")
	if err != nil {
		return c, err
	}
	c.Document, err = documentFromValue(v)
	return c, err
}

// Snapshot runs fn over one read transaction; see graph.Store. fn's
// reads translate their driver errors as the Store's methods do, and an
// error of fn is final: fn may have handed results on, so the driver never
// replays it.
func (s *Store) Snapshot(ctx context.Context, fn func(graph.ClaimReader) error) error {
	if err := s.check(); err != nil {
		return err
	}
	var fnErr error
	err := s.read(ctx, func(q querier) error {
		if fnErr = fn(snapReader{reader{q, s.cfg.BatchSize}, s.t}); fnErr != nil {
			return &final{fnErr}
		}
		return nil
	})
	if fnErr != nil {
		return fnErr
	}
	return translate(err, s.t, "snapshot")
}

// snapReader is a reader whose errors are translated: what Snapshot
// hands to its function.
type snapReader struct {
	r reader
	t target
}

func (s snapReader) Claims(ctx context.Context, f graph.ClaimFilter, fn func(graph.Claim) error) error {
	return translate(s.r.Claims(ctx, f, fn), s.t, "claims")
}

func (s snapReader) Probe(ctx context.Context, p graph.Probe, fn func(graph.Claim) error) error {
	return translate(s.r.Probe(ctx, p, fn), s.t, "probe claims")
}

func (s snapReader) Topics(ctx context.Context, match string) ([]graph.TopicCount, error) {
	out, err := s.r.Topics(ctx, match)
	return out, translate(err, s.t, "topics")
}

func (s snapReader) SpeakerIDs(ctx context.Context, name string) ([]string, error) {
	out, err := s.r.SpeakerIDs(ctx, name)
	return out, translate(err, s.t, "speakers")
}

// Findings derives the findings matching f from one snapshot of the
// store; see graph.Store and graph.FindFindings.
func (s *Store) Findings(ctx context.Context, f graph.FindingFilter) ([]graph.Finding, error) {
	if err := s.check(); err != nil {
		return nil, err
	}
	var out []graph.Finding
	err := s.read(ctx, func(q querier) error {
		var err error
		out, err = graph.FindFindings(ctx, reader{q, s.cfg.BatchSize}, f) // a replay starts again
		return err
	})
	if err != nil {
		return nil, translate(err, s.t, "findings") // keeps FindFindings' codes
	}
	return out, nil
}

// byName orders named nodes by name then id, byte-wise like SQLite.
func byName(name, id func(i int) string) func(i, j int) bool {
	return func(i, j int) bool {
		if name(i) != name(j) {
			return name(i) < name(j)
		}
		return id(i) < id(j)
	}
}

// Speakers lists speakers with their claim counts; see graph.Store.
func (s *Store) Speakers(ctx context.Context, match string) ([]graph.SpeakerCount, error) {
	if err := s.check(); err != nil {
		return nil, err
	}
	var out []graph.SpeakerCount
	err := s.read(ctx, func(q querier) error {
		out = []graph.SpeakerCount{}
		return each(ctx, q, stSpeakers, map[string]any{}, func(rec *neo4j.Record) error {
			n, err := mustNode(rec, "s")
			if err != nil {
				return err
			}
			var sc graph.SpeakerCount
			if sc.Speaker, err = speakerFromNode(n); err != nil {
				return err
			}
			if sc.Claims, err = integer(rec, "claims"); err != nil {
				return err
			}
			if graph.NameMatches(match, sc.Name, sc.Aliases) {
				out = append(out, sc)
			}
			return nil
		})
	})
	if err != nil {
		return nil, translate(err, s.t, "speakers")
	}
	sort.SliceStable(out, byName(func(i int) string { return out[i].Name }, func(i int) string { return out[i].ID }))
	return out, nil
}

// Actors lists actors with the claims they are the side and the subject
// of; see graph.Store.
func (s *Store) Actors(ctx context.Context, match string) ([]graph.ActorCount, error) {
	if err := s.check(); err != nil {
		return nil, err
	}
	var out []graph.ActorCount
	err := s.read(ctx, func(q querier) error {
		out = []graph.ActorCount{}
		return each(ctx, q, stActors, map[string]any{}, func(rec *neo4j.Record) error {
			n, err := mustNode(rec, "a")
			if err != nil {
				return err
			}
			var ac graph.ActorCount
			if ac.Actor, err = actorFromNode(n); err != nil {
				return err
			}
			if ac.AsSide, err = integer(rec, "as_side"); err != nil {
				return err
			}
			if ac.AsSubject, err = integer(rec, "as_subject"); err != nil {
				return err
			}
			if graph.NameMatches(match, ac.Name, ac.Aliases) {
				out = append(out, ac)
			}
			return nil
		})
	})
	if err != nil {
		return nil, translate(err, s.t, "actors")
	}
	sort.SliceStable(out, byName(func(i int) string { return out[i].Name }, func(i int) string { return out[i].ID }))
	return out, nil
}

// Topics lists topics with their claim counts; see graph.Store.
func (s *Store) Topics(ctx context.Context, match string) ([]graph.TopicCount, error) {
	if err := s.check(); err != nil {
		return nil, err
	}
	var out []graph.TopicCount
	err := s.read(ctx, func(q querier) error {
		var err error
		out, err = reader{q, s.cfg.BatchSize}.Topics(ctx, match)
		return err
	})
	if err != nil {
		return nil, translate(err, s.t, "topics")
	}
	return out, nil
}

// Support counts the distinct documents and outlets behind each key; see
// graph.Store. Outlets compare trimmed of spaces and with ASCII letters
// folded, as SQLite's trim() and lower() do; documents without an outlet
// count as documents only.
func (s *Store) Support(ctx context.Context, keys []graph.SupportKey) (map[graph.SupportKey]graph.Support, error) {
	if err := s.check(); err != nil {
		return nil, err
	}
	out := make(map[graph.SupportKey]graph.Support, len(keys))
	var rows []any
	for _, k := range keys {
		if _, ok := out[k]; ok {
			continue
		}
		out[k] = graph.Support{}
		rows = append(rows, map[string]any{"prop_key": k.PropKey, "polarity": string(k.Polarity), "side": k.Side})
	}
	if len(rows) == 0 {
		return out, nil
	}
	err := s.read(ctx, func(q querier) error {
		return eachChunk(ctx, q, stSupport, "keys", rows, s.cfg.BatchSize, nil, func(rec *neo4j.Record) error {
			var k graph.SupportKey
			var pol string
			var err error
			if k.PropKey, err = text(rec, "prop_key"); err != nil {
				return err
			}
			if pol, err = text(rec, "polarity"); err != nil {
				return err
			}
			if k.Side, err = text(rec, "side"); err != nil {
				return err
			}
			k.Polarity = graph.Polarity(pol)
			var sup graph.Support
			if sup.Documents, err = integer(rec, "documents"); err != nil {
				return err
			}
			outlets, err := texts(rec, "outlets")
			if err != nil {
				return err
			}
			sup.Outlets = countOutlets(outlets)
			out[k] = sup
			return nil
		})
	})
	if err != nil {
		return nil, translate(err, s.t, "support")
	}
	return out, nil
}

// countOutlets counts distinct outlets as the SQLite store does:
// count(DISTINCT NULLIF(lower(trim(outlet)), ”)), where trim drops spaces
// and lower folds ASCII letters only.
func countOutlets(outlets []string) int {
	set := map[string]bool{}
	for _, o := range outlets {
		o = strings.Trim(o, " ")
		if o == "" {
			continue
		}
		b := []byte(o)
		for i, c := range b {
			if 'A' <= c && c <= 'Z' {
				b[i] = c + 'a' - 'A'
			}
		}
		set[string(b)] = true
	}
	return len(set)
}

// Stats counts what the store holds, in one read transaction.
func (s *Store) Stats(ctx context.Context) (graph.Stats, error) {
	st := graph.Stats{Findings: map[graph.Rule]int{}}
	if err := s.check(); err != nil {
		return st, err
	}
	err := s.read(ctx, func(q querier) error {
		st = graph.Stats{Findings: map[graph.Rule]int{}}
		for _, r := range graph.CountedRules {
			st.Findings[r] = 0
		}
		err := each(ctx, q, stStats, map[string]any{}, func(rec *neo4j.Record) error {
			for _, c := range []struct {
				key string
				dst *int
			}{
				{"documents", &st.Documents}, {"speakers", &st.Speakers}, {"actors", &st.Actors},
				{"topics", &st.Topics}, {"claims", &st.Claims}, {"counterclaims", &st.Counterclaims},
			} {
				n, err := integer(rec, c.key)
				if err != nil {
					return err
				}
				*c.dst = n
			}
			return nil
		})
		if err != nil {
			return err
		}
		return each(ctx, q, stStatsFindings, map[string]any{}, func(rec *neo4j.Record) error {
			rule, err := text(rec, "rule")
			if err != nil {
				return err
			}
			n, err := integer(rec, "n")
			st.Findings[graph.Rule(rule)] = n
			return err
		})
	})
	if err != nil {
		return graph.Stats{Findings: map[graph.Rule]int{}}, translate(err, s.t, "stats")
	}
	return st, nil
}

// JobState returns a job's saved state; ENotFound when there is none.
func (s *Store) JobState(ctx context.Context, name string) (graph.JobState, error) {
	js := graph.JobState{Name: name}
	if err := s.check(); err != nil {
		return js, err
	}
	found := false
	err := s.read(ctx, func(q querier) error {
		return each(ctx, q, stJobState, map[string]any{"name": name}, func(rec *neo4j.Record) error {
			n, err := mustNode(rec, "j")
			if err != nil {
				return err
			}
			found = true
			js, err = jobStateFromNode(n)
			return err
		})
	})
	if err != nil {
		return graph.JobState{Name: name}, translate(err, s.t, "job state %q", name)
	}
	if !found {
		return js, graph.Errorf(graph.ENotFound, "job %q has no saved state", name)
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
	err := s.write(ctx, func(q querier) error {
		_, err := exec(ctx, q, stSaveJobState, map[string]any{
			"name": js.Name, "window_end": timeText(js.WindowEnd), "last_run": timeText(js.LastRun), "runs": int64(js.Runs),
		})
		return err
	})
	return translate(err, s.t, "save job state %q", js.Name)
}
