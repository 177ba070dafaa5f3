package serve

import (
	"context"
	"errors"
	"net/http"
	"slices"
	"sort"

	"github.com/contra-project/contra/graph"
)

// filters are the CLI's query filters, resolved: the canonical names the
// store compares (aliases resolved, unknown names refused) and dates.
type filters struct {
	topic, side, speaker, subject string
	since, until                  string
	kind                          graph.Kind
}

// filtersOf reads the filter parameters an endpoint takes (a subset of
// topic, side, speaker, subject, since, until, kind, checked by paramsOf)
// and resolves them; a name that resolves to nothing is a 400.
func (s *Server) filtersOf(ctx context.Context, p params) (filters, error) {
	var f filters
	var err error
	for _, n := range []struct {
		param   string
		dst     *string
		resolve func(context.Context, string) (string, error)
	}{
		{"topic", &f.topic, s.o.Names.Topic}, {"side", &f.side, s.o.Names.Side},
		{"subject", &f.subject, s.o.Names.Side}, {"speaker", &f.speaker, s.o.Names.Speaker},
	} {
		if v := p.str(n.param); v != "" {
			if *n.dst, err = n.resolve(ctx, v); err != nil {
				return f, badInput(graph.WrapCode(graph.ErrorCode(err), err, "%s: %s", n.param, userMessage(err)))
			}
		}
	}
	if f.since, err = p.date("since"); err != nil {
		return f, err
	}
	if f.until, err = p.date("until"); err != nil {
		return f, err
	}
	if f.since != "" && f.until != "" && f.since > f.until {
		return f, apiError(http.StatusBadRequest, string(graph.EInvalid), "since %s is after until %s", f.since, f.until)
	}
	if k := p.str("kind"); k != "" {
		if !graph.Kind(k).Valid() {
			return f, apiError(http.StatusBadRequest, string(graph.EInvalid), "kind: %q is not one of accusation, denial, assertion, threat, prediction", k)
		}
		f.kind = graph.Kind(k)
	}
	return f, nil
}

// request is what an endpoint reads before it asks the store: its
// parameters (no others allowed), the page asked for, the filters
// resolved against the store's names and, for an endpoint that takes
// show_rejected, the rejected results to hide.
type request struct {
	p             params
	offset, limit int
	f             filters
	hide          *graph.Hide
}

func (s *Server) requestOf(r *http.Request, allowed ...string) (request, error) {
	var q request
	var err error
	if q.p, err = paramsOf(r, allowed...); err != nil {
		return q, err
	}
	if q.offset, q.limit, err = q.p.page(); err != nil {
		return q, err
	}
	if q.f, err = s.filtersOf(r.Context(), q.p); err != nil {
		return q, err
	}
	if slices.Contains(allowed, "show_rejected") {
		q.hide, err = s.hideOf(r.Context(), q.p)
	}
	return q, err
}

func (f filters) claimFilter() graph.ClaimFilter {
	return graph.ClaimFilter{Topic: f.topic, Side: f.side, Speaker: f.speaker, Subject: f.subject, Since: f.since, Until: f.until, Kind: f.kind}
}

// StatsBody is GET /api/stats: the CLI's stats object and the number of
// judgements.
type StatsBody struct {
	graph.Stats
	Judgements int `json:"judgements"`
}

func (s *Server) stats(r *http.Request) (any, error) {
	if _, err := paramsOf(r); err != nil {
		return nil, err
	}
	st, err := s.o.Store.Stats(r.Context())
	if err != nil {
		return nil, err
	}
	n := 0
	err = s.o.Judgements.Judgements(r.Context(), func(graph.Judgement) error { n++; return nil })
	return StatsBody{Stats: st, Judgements: n}, err
}

// claims is GET /api/claims: the claims matching the filters by date, as
// contra query claims lists them.
func (s *Server) claims(r *http.Request) (any, error) {
	q, err := s.requestOf(r, "topic", "speaker", "side", "subject", "since", "until", "kind")
	if err != nil {
		return nil, err
	}
	return claimsPage(r.Context(), s.o.Store, q.p, q.f.claimFilter(), q.offset, q.limit)
}

// claimsPage reads the page [offset, offset+limit) of the claims f
// matches, and one more to know whether a page follows.
func claimsPage(ctx context.Context, st graph.ClaimLister, p params, f graph.ClaimFilter, offset, limit int) (Page[graph.Claim], error) {
	out := Page[graph.Claim]{Items: []graph.Claim{}}
	f.Offset, f.Limit = offset, limit+1
	err := st.Claims(ctx, f, func(c graph.Claim) error {
		if len(out.Items) == limit {
			out.Next = p.next(offset + limit)
			return nil
		}
		out.Items = append(out.Items, c)
		return nil
	})
	return out, err
}

// speakers is GET /api/speakers: speakers with their claim counts, by
// name; speaker keeps those whose name or alias contains it.
func (s *Server) speakers(r *http.Request) (any, error) {
	p, err := paramsOf(r, "speaker")
	if err != nil {
		return nil, err
	}
	offset, limit, err := p.page()
	if err != nil {
		return nil, err
	}
	xs, err := s.o.Store.Speakers(r.Context(), p.str("speaker"))
	if err != nil {
		return nil, err
	}
	return pageOf(p, xs, offset, limit), nil
}

// topics is GET /api/topics; topic keeps the topic it resolves to.
func (s *Server) topics(r *http.Request) (any, error) {
	return namedPage(s, r, "topic", func(ctx context.Context, f filters) ([]graph.TopicCount, error) {
		return s.o.Store.Topics(ctx, f.topic)
	})
}

// actors is GET /api/actors; side keeps the actor it resolves to.
func (s *Server) actors(r *http.Request) (any, error) {
	return namedPage(s, r, "side", func(ctx context.Context, f filters) ([]graph.ActorCount, error) {
		return s.o.Store.Actors(ctx, f.side)
	})
}

// namedPage answers a list of named nodes that param narrows to the one
// it resolves to, as the CLI's flag of that name does.
func namedPage[T any](s *Server, r *http.Request, param string, list func(context.Context, filters) ([]T, error)) (any, error) {
	q, err := s.requestOf(r, param)
	if err != nil {
		return nil, err
	}
	xs, err := list(r.Context(), q.f)
	if err != nil {
		return nil, err
	}
	return pageOf(q.p, xs, q.offset, q.limit), nil
}

// maxDocumentClaims bounds the claims a document answer lists.
const maxDocumentClaims = 2000

// DocumentBody is GET /api/documents/{id}: the document, its original
// text when the store keeps it (articles; structured records have none),
// and its claims, whose evidence spans are byte offsets into the text.
type DocumentBody struct {
	Document graph.Document `json:"document"`
	Text     *string        `json:"text"`
	Claims   []graph.Claim  `json:"claims"`
	// More is set when the document has more claims than the answer lists.
	More bool `json:"more,omitempty"`
}

func (s *Server) document(r *http.Request) (any, error) {
	if _, err := paramsOf(r); err != nil {
		return nil, err
	}
	id := r.PathValue("id")
	ctx := r.Context()
	var body DocumentBody
	body.Claims = []graph.Claim{}
	err := s.o.Store.Claims(ctx, graph.ClaimFilter{DocID: id, Limit: maxDocumentClaims + 1}, func(c graph.Claim) error {
		if len(body.Claims) == maxDocumentClaims {
			body.More = true
			return nil
		}
		if c.Document != nil && body.Document.ID == "" {
			body.Document = *c.Document
		}
		c.Document = nil // said once, above
		body.Claims = append(body.Claims, c)
		return nil
	})
	if err != nil {
		return nil, err
	}
	text, err := s.o.Texts.DocumentText(ctx, id)
	switch {
	case err == nil:
		body.Text = &text
	case graph.ErrorCode(err) != graph.ENotFound:
		return nil, err
	}
	if body.Document.ID == "" {
		if body.Text == nil {
			return nil, graph.Errorf(graph.ENotFound, "no document %q", id)
		}
		body.Document.ID = id
	}
	// Evidence spans are byte offsets into the text: one that does not
	// fit it (a text changed since) is dropped rather than shown wrong.
	if body.Text != nil {
		for i := range body.Claims {
			if e := body.Claims[i].Evidence; e != nil && (e.End > len(text) || text[e.Start:e.End] != e.Text) {
				body.Claims[i].Evidence = nil
			}
		}
	}
	sort.SliceStable(body.Claims, func(i, j int) bool { return spanStart(&body.Claims[i]) < spanStart(&body.Claims[j]) })
	return body, nil
}

func spanStart(c *graph.Claim) int {
	if c.Evidence == nil {
		return -1
	}
	return c.Evidence.Start
}

// maxAccusations bounds the accusations the graph endpoint reads: its
// answer says when it stopped there.
const maxAccusations = 200_000

// AccusationGraph is GET /api/accusations: who accuses whom, as the
// sides (actors) and the accusations from one to another, counted.
type AccusationGraph struct {
	Nodes []AccusationNode `json:"nodes"`
	Edges []AccusationEdge `json:"edges"`
	// Truncated is set when the scope held more accusations than one
	// answer reads: narrow it (a topic, dates).
	Truncated bool `json:"truncated,omitempty"`
}

// AccusationNode is a side with the accusations it makes and receives.
type AccusationNode struct {
	ID       string `json:"id"`
	Name     string `json:"name"`
	Accuses  int    `json:"accuses"`
	Accused  int    `json:"accused"`
	Speakers int    `json:"speakers"`
}

// AccusationEdge is the accusations From made against To, with their
// topics (most accused first) and the latest date.
type AccusationEdge struct {
	From   string   `json:"from"`
	To     string   `json:"to"`
	Claims int      `json:"claims"`
	Topics []string `json:"topics"`
	Latest string   `json:"latest,omitempty"`
	// Mutual is set when To accuses From in the same scope.
	Mutual bool `json:"mutual"`
}

// accusations is GET /api/accusations. A side keeps the accusations it
// makes or receives (a click on a node asks for them), a speaker those
// of the speaker.
func (s *Server) accusations(r *http.Request) (any, error) {
	q, err := s.requestOf(r, "topic", "side", "speaker", "since", "until")
	if err != nil {
		return nil, err
	}
	f := q.f
	type key struct{ from, to string }
	type edge struct {
		n      int
		topics map[string]int
		latest string
	}
	edges := map[key]*edge{}
	names := map[string]string{}
	speakers := map[string]map[string]bool{}
	read := 0
	out := AccusationGraph{Nodes: []AccusationNode{}, Edges: []AccusationEdge{}}
	errStop := errors.New("stop")
	add := func(c graph.Claim) error {
		if read++; read > maxAccusations {
			out.Truncated = true
			return errStop
		}
		if c.Side == "" || c.Subject == "" || graph.Slug(c.Side) == graph.Slug(c.Subject) {
			return nil
		}
		k := key{graph.Slug(c.Side), graph.Slug(c.Subject)}
		names[k.from], names[k.to] = c.Side, c.Subject
		e := edges[k]
		if e == nil {
			e = &edge{topics: map[string]int{}}
			edges[k] = e
		}
		e.n++
		e.topics[c.Topic]++
		e.latest = max(e.latest, c.SaidAt)
		if speakers[k.from] == nil {
			speakers[k.from] = map[string]bool{}
		}
		speakers[k.from][c.SpeakerID] = true
		return nil
	}
	cf := f.claimFilter()
	cf.Kind = graph.KindAccusation
	scopes := []graph.ClaimFilter{cf}
	if f.side != "" {
		by := cf
		by.Side, by.Subject = "", f.side
		scopes = append(scopes, by)
	}
	seen := map[string]bool{}
	for _, sc := range scopes {
		err := s.o.Store.Claims(r.Context(), sc, func(c graph.Claim) error {
			if seen[c.ID] {
				return nil
			}
			seen[c.ID] = true
			return add(c)
		})
		if err != nil && !errors.Is(err, errStop) {
			return nil, err
		}
	}
	nodes := map[string]*AccusationNode{}
	node := func(slug string) *AccusationNode {
		if n := nodes[slug]; n != nil {
			return n
		}
		n := &AccusationNode{ID: graph.ActorID(names[slug]), Name: names[slug], Speakers: len(speakers[slug])}
		nodes[slug] = n
		return n
	}
	for k, e := range edges {
		node(k.from).Accuses += e.n
		node(k.to).Accused += e.n
		topics := make([]string, 0, len(e.topics))
		for t := range e.topics {
			topics = append(topics, t)
		}
		sort.Slice(topics, func(i, j int) bool {
			if e.topics[topics[i]] != e.topics[topics[j]] {
				return e.topics[topics[i]] > e.topics[topics[j]]
			}
			return topics[i] < topics[j]
		})
		_, mutual := edges[key{k.to, k.from}]
		out.Edges = append(out.Edges, AccusationEdge{From: node(k.from).ID, To: node(k.to).ID, Claims: e.n, Topics: topics, Latest: e.latest, Mutual: mutual})
	}
	for _, n := range nodes {
		out.Nodes = append(out.Nodes, *n)
	}
	sort.Slice(out.Nodes, func(i, j int) bool { return out.Nodes[i].ID < out.Nodes[j].ID })
	sort.Slice(out.Edges, func(i, j int) bool {
		a, b := out.Edges[i], out.Edges[j]
		if a.Claims != b.Claims {
			return a.Claims > b.Claims
		}
		return a.From+"\x00"+a.To < b.From+"\x00"+b.To
	})
	return out, nil
}
