package serve

import (
	"context"
	"net/http"
	"strconv"
	"strings"

	"github.com/contra-project/contra/graph"
)

// The CLI's ranked queries (disputes, exchanges, contradictions, mutual)
// and claim queries with opponents (speaker, timeline, between). Every
// one pushes its page down to the query; ranked ones page past rejected
// results (graph.Hide) with a cursor that remembers where in the ranked
// list the next page starts.

func (s *Server) queryRoutes(get func(path string, h apiFunc)) {
	get("/api/disputes", s.disputes)
	get("/api/exchanges", s.exchanges)
	get("/api/contradictions", s.contradictions)
	get("/api/mutual", s.mutual)
	get("/api/speaker", s.speaker)
	get("/api/timeline", s.timeline)
	get("/api/between", s.between)
}

// Bounds of the per-item lists a request may ask for.
const (
	maxExamples  = 20
	maxOpponents = 50
)

// hideOf reads show_rejected and the judgements in force.
func (s *Server) hideOf(ctx context.Context, p params) (*graph.Hide, error) {
	show, err := p.flag("show_rejected")
	if err != nil {
		return nil, err
	}
	g, err := graph.ReadJudged(ctx, s.o.Judgements)
	if err != nil {
		return nil, err
	}
	return &graph.Hide{Judged: g, Show: show}, nil
}

// count reads a small positive number parameter (def when absent).
func (p params) count(name string, def, maxN int) (int, error) {
	v := p.str(name)
	if v == "" {
		return def, nil
	}
	n, err := strconv.Atoi(v)
	if err != nil || n < 1 || n > maxN {
		return 0, apiError(http.StatusBadRequest, string(graph.EInvalid), "%s: %q is not a number from 1 to %d", name, v, maxN)
	}
	return n, nil
}

// scopeOf is the graph.Scope of the filters.
func scopeOf(f filters) graph.Scope {
	return graph.Scope{Topic: f.topic, Side: f.side, Speaker: f.speaker, Since: f.since, Until: f.until}
}

// ranked collects the page of a ranked query that starts at the raw
// position offset: it asks for limit+Extra+1 results, leaves out the
// rejected ones, keeps limit, and points the cursor at the raw position
// after the last one kept.
type ranked[T any] struct {
	p      params
	h      *graph.Hide
	offset int
	limit  int
	hidden func(*T) bool
	id     func(*T) string

	page Page[T]
	seen int // raw results seen
	last int // raw results up to the last one kept
	more bool
}

func newRanked[T any](p params, h *graph.Hide, offset, limit int, hidden func(*T) bool, id func(*T) string) *ranked[T] {
	return &ranked[T]{p: p, h: h, offset: offset, limit: limit, hidden: hidden, id: id, page: Page[T]{Items: []T{}}}
}

// window is the page the query is asked for.
func (r *ranked[T]) window() graph.Page {
	return graph.Page{Offset: r.offset, Limit: r.limit + r.h.Extra() + 1}
}

func (r *ranked[T]) add(x T) error {
	r.seen++
	if len(r.page.Items) == r.limit {
		// A result past a full page: a next page may hold it (if it is
		// rejected, that page says so).
		r.more = true
		return nil
	}
	if r.hidden(&x) {
		return nil
	}
	r.page.Items = append(r.page.Items, x)
	r.last = r.seen
	return nil
}

// done finishes the page: total is the query's count before hiding.
func (r *ranked[T]) done(total int) Page[T] {
	out := r.page
	out.Total = &total
	out.Hidden = r.h.Hidden
	if r.more && r.offset+r.last < total {
		out.Next = r.p.next(r.offset + r.last)
	}
	ids := make([]string, len(out.Items))
	for i := range out.Items {
		ids[i] = r.id(&out.Items[i])
	}
	out.Verdicts = r.h.Verdicts(ids...)
	return out
}

// DisputePage is GET /api/disputes: a page of disputes in the CLI's JSON
// shape, with the totals of the scope.
type DisputePage struct {
	Page[graph.Dispute]
	Totals graph.DisputeTotals `json:"totals"`
}

// ExchangePage is GET /api/exchanges.
type ExchangePage struct {
	Page[graph.Exchange]
	Totals graph.DisputeTotals `json:"totals"`
}

// disputeArgs reads what /api/disputes, /api/exchanges and /api/mutual
// take: a request and how many example claims each entry carries.
func (s *Server) disputeArgs(r *http.Request) (request, int, error) {
	q, err := s.requestOf(r, "topic", "side", "speaker", "since", "until", "examples", "show_rejected")
	if err != nil {
		return q, 0, err
	}
	examples, err := q.p.count("examples", graph.DefaultExamples, maxExamples)
	return q, examples, err
}

// disputes is GET /api/disputes, as contra query disputes lists them.
func (s *Server) disputes(r *http.Request) (any, error) {
	q, examples, err := s.disputeArgs(r)
	if err != nil {
		return nil, err
	}
	p, f, h, offset, limit := q.p, q.f, q.hide, q.offset, q.limit
	rk := newRanked(p, h, offset, limit, func(d *graph.Dispute) bool { return h.Rejected(d.ID) }, func(d *graph.Dispute) string { return d.ID })
	var totals graph.DisputeTotals
	err = graph.Disputes(r.Context(), s.o.Store, scopeOf(f), graph.DisputeOptions{Page: rk.window(), Examples: examples}, graph.DisputeHandler{
		Totals:  func(t graph.DisputeTotals) error { totals = t; return nil },
		Dispute: rk.add,
	})
	if err != nil {
		return nil, badInput(err)
	}
	return DisputePage{Page: rk.done(totals.Disputes), Totals: totals}, nil
}

// exchanges is GET /api/exchanges: the exchanges of contra query
// disputes (two sides accusing each other on a topic).
func (s *Server) exchanges(r *http.Request) (any, error) {
	q, examples, err := s.disputeArgs(r)
	if err != nil {
		return nil, err
	}
	p, f, h, offset, limit := q.p, q.f, q.hide, q.offset, q.limit
	rk := newRanked(p, h, offset, limit, func(e *graph.Exchange) bool { return h.Rejected(e.ID) }, func(e *graph.Exchange) string { return e.ID })
	var totals graph.DisputeTotals
	err = graph.Disputes(r.Context(), s.o.Store, scopeOf(f), graph.DisputeOptions{Page: rk.window(), Examples: examples}, graph.DisputeHandler{
		Totals:   func(t graph.DisputeTotals) error { totals = t; return nil },
		Exchange: rk.add,
	})
	if err != nil {
		return nil, badInput(err)
	}
	return ExchangePage{Page: rk.done(totals.Exchanges), Totals: totals}, nil
}

// contradictions is GET /api/contradictions: claim pairs, one entry per
// pair, as contra query contradictions lists them; rule keeps pairs any
// of whose rules is listed (comma-separated).
func (s *Server) contradictions(r *http.Request) (any, error) {
	q, err := s.requestOf(r, "topic", "side", "speaker", "since", "until", "rule", "show_rejected")
	if err != nil {
		return nil, err
	}
	p, h, offset, limit := q.p, q.hide, q.offset, q.limit
	sc := scopeOf(q.f)
	if v := p.str("rule"); v != "" {
		for _, x := range strings.Split(v, ",") {
			rule := graph.Rule(strings.TrimSpace(x))
			if !rule.Valid() {
				return nil, apiError(http.StatusBadRequest, string(graph.EInvalid), "rule: %q is not a rule", x)
			}
			sc.Rules = append(sc.Rules, rule)
		}
	}
	rk := newRanked(p, h, offset, limit, h.Pair, func(c *graph.Contradiction) string { return c.FindingID })
	total, err := graph.Contradictions(r.Context(), s.o.Store, sc, rk.window(), rk.add)
	if err != nil {
		return nil, badInput(err)
	}
	return rk.done(total), nil
}

// mutual is GET /api/mutual: mutual accusations by pair of sides and
// topic, as contra query mutual lists them.
func (s *Server) mutual(r *http.Request) (any, error) {
	q, examples, err := s.disputeArgs(r)
	if err != nil {
		return nil, err
	}
	p, f, h, offset, limit := q.p, q.f, q.hide, q.offset, q.limit
	rk := newRanked(p, h, offset, limit, func(g *graph.MutualGroup) bool { return h.Rejected(g.Exchange) },
		func(g *graph.MutualGroup) string { return g.Exchange })
	total, err := graph.Mutual(r.Context(), s.o.Store, scopeOf(f), graph.DisputeOptions{Page: rk.window(), Examples: examples}, rk.add)
	if err != nil {
		return nil, badInput(err)
	}
	return rk.done(total), nil
}

// opponentArgs reads what the claim queries with opponents take: a
// request, its claim filter with the page (one claim more than the page
// says whether another page follows) and how many opponents a claim
// carries.
func (s *Server) opponentArgs(r *http.Request, extra ...string) (request, graph.ClaimFilter, int, error) {
	q, err := s.requestOf(r, append([]string{"topic", "side", "speaker", "since", "until", "opponents", "show_rejected"}, extra...)...)
	if err != nil {
		return q, graph.ClaimFilter{}, 0, err
	}
	n, err := q.p.count("opponents", graph.DefaultOpponents, maxOpponents)
	cf := q.f.claimFilter()
	cf.Offset, cf.Limit = q.offset, q.limit+1
	return q, cf, n, err
}

// opponentPage collects a page of claims with their opponents.
type opponentPage[T any] struct {
	p      params
	offset int
	limit  int
	page   Page[T]
}

func (o *opponentPage[T]) add(x T) error {
	if len(o.page.Items) == o.limit {
		o.page.Next = o.p.next(o.offset + o.limit)
		return nil
	}
	o.page.Items = append(o.page.Items, x)
	return nil
}

// speaker is GET /api/speaker: a speaker's claims, each with its
// opponents, as contra query speaker NAME lists them (speaker names the
// speaker and is required).
func (s *Server) speaker(r *http.Request) (any, error) {
	q, cf, n, err := s.opponentArgs(r)
	if err != nil {
		return nil, err
	}
	p, f, h := q.p, q.f, q.hide
	if f.speaker == "" {
		return nil, apiError(http.StatusBadRequest, string(graph.EInvalid), "speaker: required (a speaker's name or part of it)")
	}
	op := &opponentPage[graph.ClaimOpponents]{p: p, offset: cf.Offset, limit: cf.Limit - 1, page: Page[graph.ClaimOpponents]{Items: []graph.ClaimOpponents{}}}
	err = graph.SpeakerClaims(r.Context(), s.o.Store, f.speaker, cf, n+h.Extra(), func(co graph.ClaimOpponents) error {
		h.Opponents(&co, n)
		return op.add(co)
	})
	op.page.Hidden = h.Hidden
	return op.page, badInput(err)
}

// timeline is GET /api/timeline: the claims on a topic (required) by
// date, as contra query timeline lists them.
func (s *Server) timeline(r *http.Request) (any, error) {
	q, cf, n, err := s.opponentArgs(r)
	if err != nil {
		return nil, err
	}
	p, f, h := q.p, q.f, q.hide
	if f.topic == "" {
		return nil, apiError(http.StatusBadRequest, string(graph.EInvalid), "topic: required")
	}
	op := &opponentPage[graph.TimelineEntry]{p: p, offset: cf.Offset, limit: cf.Limit - 1, page: Page[graph.TimelineEntry]{Items: []graph.TimelineEntry{}}}
	err = graph.Timeline(r.Context(), s.o.Store, cf, n+h.Extra(), func(e graph.TimelineEntry) error {
		h.Opponents(&e.ClaimOpponents, n)
		e.Contested = e.Total > 0
		return op.add(e)
	})
	op.page.Hidden = h.Hidden
	return op.page, badInput(err)
}

// between is GET /api/between: what sides a and b (both required) assert
// about each other, as contra query between A B lists it.
func (s *Server) between(r *http.Request) (any, error) {
	q, cf, n, err := s.opponentArgs(r, "a", "b")
	if err != nil {
		return nil, err
	}
	p, f, h := q.p, q.f, q.hide
	var sides [2]string
	for i, name := range []string{"a", "b"} {
		v := p.str(name)
		if v == "" {
			return nil, apiError(http.StatusBadRequest, string(graph.EInvalid), "%s: required (a side)", name)
		}
		if sides[i], err = s.o.Names.Side(r.Context(), v); err != nil {
			return nil, badInput(graph.WrapCode(graph.ErrorCode(err), err, "%s: %s", name, userMessage(err)))
		}
	}
	if f.side != "" {
		return nil, apiError(http.StatusBadRequest, string(graph.EInvalid), "side: between takes the sides as a and b")
	}
	op := &opponentPage[graph.ClaimOpponents]{p: p, offset: cf.Offset, limit: cf.Limit - 1, page: Page[graph.ClaimOpponents]{Items: []graph.ClaimOpponents{}}}
	err = graph.Between(r.Context(), s.o.Store, s.o.Store, sides[0], sides[1], cf, n+h.Extra(), func(co graph.ClaimOpponents) error {
		h.Opponents(&co, n)
		return op.add(co)
	})
	op.page.Hidden = h.Hidden
	return op.page, badInput(err)
}
