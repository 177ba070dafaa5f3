// Package report gathers what a contradiction graph holds about a set of
// topics and a load-time window, and writes it as Markdown, a
// self-contained HTML page, CSV and JSON.
//
// A report is built around disputes: the contested questions with their
// camps, and the exchanges of accusations between sides. It shows the top
// ones in full and counts the rest, so that it stays bounded in memory and
// readable whatever the window holds.
//
// Gathering and rendering are separate so that every format shows the same
// numbers: Gather reads the store once into a Data, and Write renders that
// Data into one file per format, each written atomically so that a reader
// (or a crash) never sees half a report.
package report

import (
	"context"
	"fmt"
	"hash/fnv"
	"sort"
	"strings"
	"time"

	"github.com/contra-project/contra/graph"
)

// Options selects what a report covers.
type Options struct {
	// Topics limits the report to these topics (names or aliases, compared
	// by graph.TopicSlug); empty means every topic.
	Topics []string
	// Since and Until bound the load-time window [Since, Until) of the
	// "new" items: claims first loaded in it and pairs found in it (whose
	// later claim changed in it). A zero bound is open, so zero values
	// for both cover everything.
	Since, Until time.Time
	// SaidSince and SaidUntil (YYYY-MM-DD, inclusive) bound the date the
	// claims were said, as --since and --until do in every query: a claim
	// said outside them, or undated when one is set, takes part in
	// nothing. "" is open.
	SaidSince, SaidUntil string
	// Formats is what the caller wants written (md, html, csv, json);
	// Gather ignores it, Run passes it to Write.
	Formats []string
	// Title heads the report; "" gives DefaultTitle.
	Title string
	// Now is the generation time shown in the report; zero means time.Now.
	Now time.Time
	// ShowRejected keeps the disputes, exchanges and pairs a judgement
	// rejected; by default a store that keeps judgements hides them, and
	// the report says how many (Data.Hidden).
	ShowRejected bool
}

// DefaultTitle is the title of a report whose Options.Title is empty.
const DefaultTitle = "contra report"

// What a report shows in full; the summary counts everything.
const (
	// MaxDisputes and MaxExchanges are the disputes and exchanges shown
	// in full, best evidenced first.
	MaxDisputes  = 20
	MaxExchanges = 20
	// MaxPairs is how many pairs report.json and report.csv list.
	MaxPairs = 200
	// MaxUndated is how many undated claims are listed apart.
	MaxUndated = 50
	// examples is how many claims each camp and direction shows.
	examples = 4
	// maxScores caps the most-contradicted list: a leaderboard.
	maxScores = 25
	// chartTopics is how many topics the daily chart and table keep apart;
	// the others are counted under otherTopics.
	chartTopics = 8
)

// otherTopics names the topics folded together in the daily counts.
const otherTopics = "other topics"

// Data is everything a report shows, gathered once so every format agrees.
// Its JSON form is the stable report.json contract; the top-level keys are:
//
//	title               string: the report's title
//	generated_at        RFC 3339 time the report was gathered
//	window              {"since", "until"}: the load-time window [since, until)
//	                    of the new items, and {"said_since", "said_until"}
//	                    when the said dates are bounded; an absent bound is open
//	topics              []string: canonical topics the report is limited to;
//	                    empty means every topic
//	summary             counts: claims, speakers, documents, counterclaims and
//	                    undated claims among the claims loaded in the window;
//	                    contradictions (pairs found in the window, each pair
//	                    once) in total and by_rule (by its strongest rule);
//	                    mutual_accusations (exchanges) and disputes with a
//	                    pair found in the window
//	disputes            []graph.Dispute: the top MaxDisputes disputes, in full
//	exchanges           []graph.Exchange: the top MaxExchanges exchanges
//	mutual_accusations  []graph.MutualGroup: the same exchanges seen as pairs
//	                    of sides, with their best accusations
//	contradictions      []graph.Contradiction: the top MaxPairs pairs found in
//	                    the window, ranked as contra query contradictions
//	most_contradicted   []SpeakerScore: speakers whose claims take part in the
//	                    most pairs, by the pairs' strongest rule
//	daily               []DayCount: claims loaded in the window and claims
//	                    contested in it, per day and topic (the busiest
//	                    topics; the rest as "other topics")
//	accusations         []Edge: who accuses whom (accuser side, accused
//	                    actor, count, whether the accusation is mutual)
//	undated             []graph.Claim: the first MaxUndated claims loaded in
//	                    the window with no date (summary.undated counts all)
//
// Fields are added, never renamed or removed.
type Data struct {
	Title            string                `json:"title"`
	GeneratedAt      time.Time             `json:"generated_at"`
	Window           Window                `json:"window"`
	Topics           []string              `json:"topics"`
	Summary          Summary               `json:"summary"`
	Disputes         []graph.Dispute       `json:"disputes"`
	Exchanges        []graph.Exchange      `json:"exchanges"`
	Mutual           []graph.MutualGroup   `json:"mutual_accusations"`
	Contradictions   []graph.Contradiction `json:"contradictions"`
	MostContradicted []SpeakerScore        `json:"most_contradicted"`
	Daily            []DayCount            `json:"daily"`
	Accusations      []Edge                `json:"accusations"`
	Undated          []graph.Claim         `json:"undated"`
	// Hidden counts the disputes, exchanges and pairs left out because a
	// judgement rejected them (Options.ShowRejected keeps them).
	Hidden int `json:"hidden"`
}

// Window is a load-time window [Since, Until), and the said dates
// [SaidSince, SaidUntil] when the report bounds them; a zero bound is open.
type Window struct {
	Since     time.Time `json:"since,omitzero"`
	Until     time.Time `json:"until,omitzero"`
	SaidSince string    `json:"said_since,omitempty"`
	SaidUntil string    `json:"said_until,omitempty"`
}

// String renders the window as an ISO 8601 interval, ".." for an open bound.
func (w Window) String() string {
	f := func(t time.Time) string {
		if t.IsZero() {
			return ".."
		}
		return t.UTC().Format(time.RFC3339)
	}
	return f(w.Since) + "/" + f(w.Until)
}

// Summary counts the new items of a report.
type Summary struct {
	Claims            int                `json:"claims"`         // claims first loaded in the window
	Speakers          int                `json:"speakers"`       // distinct speakers of those claims
	Documents         int                `json:"documents"`      // distinct documents of those claims
	Counterclaims     int                `json:"counterclaims"`  // those claims that counter another
	Undated           int                `json:"undated"`        // those claims with no date (not in daily)
	Contradictions    int                `json:"contradictions"` // pairs found in the window
	ByRule            map[graph.Rule]int `json:"by_rule"`        // the same, by strongest rule (every rule present)
	MutualAccusations int                `json:"mutual_accusations"`
	Disputes          int                `json:"disputes"`
}

// SpeakerScore is how many pairs a speaker's claims take part in, by the
// pairs' strongest rule.
type SpeakerScore struct {
	SpeakerID      string             `json:"speaker_id"`
	Speaker        string             `json:"speaker"`
	Side           string             `json:"side,omitempty"`
	Contradictions int                `json:"contradictions"`
	ByRule         map[graph.Rule]int `json:"by_rule"`
}

// DayCount is the number of claims loaded in the window and of claims
// contested in it on one topic on one day. A claim's day is its SaidAt,
// else its document's publication date.
type DayCount struct {
	Date           string `json:"date"`
	Topic          string `json:"topic"`
	Claims         int    `json:"claims"`
	Contradictions int    `json:"contradictions"` // claims of that day taking part in a pair found in the window
}

// Edge is the number of accusations one side made against an actor.
type Edge struct {
	From   string `json:"from"`   // accuser's side
	To     string `json:"to"`     // accused actor
	Count  int    `json:"count"`  // accusations in the window
	Mutual bool   `json:"mutual"` // the accused also accuses From in the window
}

// Run gathers a report and writes o.Formats into dir, returning the paths.
func Run(ctx context.Context, s graph.Store, dir string, o Options) ([]string, error) {
	d, err := Gather(ctx, s, o)
	if err != nil {
		return nil, err
	}
	return Write(ctx, dir, d, o.Formats)
}

// Gather reads what the report shows from s: three bounded passes over
// the window (its claims, its disputes and exchanges, its top pairs),
// none holding more than a topic of the store at once.
func Gather(ctx context.Context, s graph.Store, o Options) (*Data, error) {
	if !o.Since.IsZero() && !o.Until.IsZero() && o.Until.Before(o.Since) {
		return nil, graph.Errorf(graph.EInvalid, "report window ends (%s) before it starts (%s)",
			o.Until.Format(time.RFC3339), o.Since.Format(time.RFC3339))
	}
	d := &Data{
		Title:       o.Title,
		GeneratedAt: o.Now,
		Window:      Window{Since: o.Since, Until: o.Until, SaidSince: o.SaidSince, SaidUntil: o.SaidUntil},
		Topics:      []string{},
		Disputes:    []graph.Dispute{}, Exchanges: []graph.Exchange{}, Mutual: []graph.MutualGroup{},
		Contradictions: []graph.Contradiction{}, MostContradicted: []SpeakerScore{}, Undated: []graph.Claim{},
	}
	if d.Title == "" {
		d.Title = DefaultTitle
	}
	if d.GeneratedAt.IsZero() {
		d.GeneratedAt = time.Now()
	}
	topics, err := resolveTopics(ctx, s, o.Topics)
	if err != nil {
		return nil, fmt.Errorf("resolve topics: %w", err)
	}
	d.Topics = append(d.Topics, topics...)
	d.Summary.ByRule = map[graph.Rule]int{}
	for _, r := range graph.Rules {
		d.Summary.ByRule[r] = 0
	}
	if len(o.Topics) > 0 && len(topics) == 0 {
		// Only unknown topics: nothing matches, and an empty scope would
		// mean every topic.
		d.Daily, d.Accusations = []DayCount{}, []Edge{}
		return d, nil
	}

	days, err := newDayTable(ctx, s, topics)
	if err != nil {
		return nil, err
	}
	edges := map[[2]string]*Edge{}
	if err := gatherClaims(ctx, s, o, topics, d, days, edges); err != nil {
		return nil, err
	}
	d.Accusations = edgeList(edges)

	sc := graph.Scope{Topics: topics, ChangedFrom: o.Since, ChangedTo: o.Until, Since: o.SaidSince, Until: o.SaidUntil}
	h, err := hideOf(ctx, s, o.ShowRejected)
	if err != nil {
		return nil, err
	}
	err = graph.Disputes(ctx, s, sc, graph.DisputeOptions{
		Page: graph.Page{Limit: max(MaxDisputes, MaxExchanges) + h.Extra()}, Examples: examples, Speakers: maxScores,
		Contested: func(day, topic string) { days.add(day, topic, 0, 1) },
	}, graph.DisputeHandler{
		Totals: func(t graph.DisputeTotals) error {
			d.Summary.Disputes, d.Summary.MutualAccusations = t.Disputes, t.Exchanges
			for r, n := range t.Pairs {
				d.Summary.ByRule[r] += n
				d.Summary.Contradictions += n
			}
			for _, st := range t.MostOpposed {
				d.MostContradicted = append(d.MostContradicted, SpeakerScore{SpeakerID: st.SpeakerID, Speaker: st.Speaker,
					Side: st.Side, Contradictions: st.Pairs, ByRule: st.ByRule})
			}
			return nil
		},
		Dispute: func(x graph.Dispute) error {
			if len(d.Disputes) < MaxDisputes && !h.Rejected(x.ID) {
				d.Disputes = append(d.Disputes, x)
			}
			return nil
		},
		Exchange: func(x graph.Exchange) error {
			if len(d.Exchanges) < MaxExchanges && !h.Rejected(x.ID) {
				d.Exchanges = append(d.Exchanges, x)
				d.Mutual = append(d.Mutual, graph.MutualOf(x))
			}
			return nil
		},
	})
	if err != nil {
		return nil, fmt.Errorf("read disputes: %w", err)
	}
	_, err = graph.Contradictions(ctx, s, sc, graph.Page{Limit: MaxPairs + h.Extra()}, func(c graph.Contradiction) error {
		if len(d.Contradictions) < MaxPairs && !h.Pair(&c) {
			d.Contradictions = append(d.Contradictions, c)
		}
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("read contradictions: %w", err)
	}
	d.Daily = days.rows()
	d.Hidden = h.Hidden
	return d, nil
}

// hideOf is what hides rejected results from the report: the judgements
// of a store that keeps them, unless show.
func hideOf(ctx context.Context, s graph.Store, show bool) (*graph.Hide, error) {
	js, ok := s.(graph.JudgementStore)
	if !ok {
		return &graph.Hide{}, nil
	}
	g, err := graph.ReadJudged(ctx, js)
	if err != nil {
		return nil, fmt.Errorf("read judgements: %w", err)
	}
	return &graph.Hide{Judged: g, Show: show}, nil
}

// gatherClaims streams the claims loaded in the window into the summary,
// the day table, the accusation edges and the undated list, holding a
// hash per distinct speaker and document, not the claims.
func gatherClaims(ctx context.Context, s graph.Store, o Options, topics []string, d *Data,
	days *dayTable, edges map[[2]string]*Edge) error {
	speakers := map[uint64]bool{}
	docs := map[uint64]bool{}
	passes := topics
	if len(passes) == 0 {
		passes = []string{""}
	}
	n := 0
	for _, t := range passes {
		f := graph.ClaimFilter{Topic: t, LoadedFrom: o.Since, LoadedTo: o.Until, Since: o.SaidSince, Until: o.SaidUntil}
		err := s.Claims(ctx, f, func(c graph.Claim) error {
			if n++; n%1024 == 0 {
				if err := ctx.Err(); err != nil {
					return err
				}
			}
			d.Summary.Claims++
			speakers[hash(speakerKey(&c))] = true
			docs[hash(c.DocID)] = true
			if c.Counterclaim {
				d.Summary.Counterclaims++
			}
			if day := claimDay(&c); day != "" {
				days.add(day, c.Topic, 1, 0)
			} else {
				d.Summary.Undated++
				if len(d.Undated) < MaxUndated {
					d.Undated = append(d.Undated, c)
				}
			}
			if c.Kind == graph.KindAccusation && c.Side != "" && c.Subject != "" &&
				graph.Slug(c.Side) != graph.Slug(c.Subject) {
				k := [2]string{graph.Slug(c.Side), graph.Slug(c.Subject)}
				e := edges[k]
				if e == nil {
					e = &Edge{From: c.Side, To: c.Subject}
					edges[k] = e
				}
				e.Count++
			}
			return nil
		})
		if err != nil {
			return fmt.Errorf("read claims: %w", err)
		}
	}
	d.Summary.Speakers = len(speakers)
	d.Summary.Documents = len(docs)
	return nil
}

func hash(s string) uint64 {
	h := fnv.New64a()
	h.Write([]byte(s))
	return h.Sum64()
}

// resolveTopics maps each requested topic to its canonical name through
// the store's names and aliases; unknown topics are dropped (the caller
// validates names where it can say so: report jobs at start-up).
func resolveTopics(ctx context.Context, s graph.Store, want []string) ([]string, error) {
	if len(want) == 0 {
		return nil, nil
	}
	all, err := s.Topics(ctx, "")
	if err != nil {
		return nil, err
	}
	canon := map[string]string{}
	for _, t := range all {
		canon[graph.TopicSlug(t.Name)] = t.Name
		for _, a := range t.Aliases {
			if _, ok := canon[graph.TopicSlug(a)]; !ok {
				canon[graph.TopicSlug(a)] = t.Name
			}
		}
	}
	var out []string
	seen := map[string]bool{}
	for _, w := range want {
		name, ok := canon[graph.TopicSlug(strings.TrimSpace(w))]
		if ok && !seen[graph.TopicSlug(name)] {
			seen[graph.TopicSlug(name)] = true
			out = append(out, name)
		}
	}
	return out, nil
}

func speakerKey(c *graph.Claim) string {
	if c.SpeakerID != "" {
		return c.SpeakerID
	}
	return graph.SpeakerID(c.Speaker)
}

// claimDay is the day a claim belongs to on the chart: when it was said,
// else when its document was published; "" when neither is a valid date.
func claimDay(c *graph.Claim) string {
	for _, s := range []string{c.SaidAt, docPublished(c)} {
		if d, err := graph.NormDate(s); err == nil && d != "" {
			return d
		}
	}
	return ""
}

func docPublished(c *graph.Claim) string {
	if c.Document != nil {
		return c.Document.Published
	}
	return ""
}

func edgeList(edges map[[2]string]*Edge) []Edge {
	out := make([]Edge, 0, len(edges))
	for k, e := range edges {
		_, back := edges[[2]string{k[1], k[0]}]
		e.Mutual = back
		out = append(out, *e)
	}
	sort.Slice(out, func(i, j int) bool {
		if out[i].Count != out[j].Count {
			return out[i].Count > out[j].Count
		}
		if a, b := graph.Slug(out[i].From), graph.Slug(out[j].From); a != b {
			return a < b
		}
		return graph.Slug(out[i].To) < graph.Slug(out[j].To)
	})
	return out
}

// dayTable accumulates DayCounts by day and topic for the report's
// topics (or the busiest ones), folding the rest into otherTopics, so
// that it grows with the days, not with the topics of the store.
type dayTable struct {
	keep      map[string]string // slug → name of the topics kept apart
	rowsByKey map[[2]string]*DayCount
}

func newDayTable(ctx context.Context, s graph.Store, topics []string) (*dayTable, error) {
	t := &dayTable{keep: map[string]string{}, rowsByKey: map[[2]string]*DayCount{}}
	names := topics
	if len(names) == 0 || len(names) > chartTopics {
		all, err := s.Topics(ctx, "")
		if err != nil {
			return nil, fmt.Errorf("read topics: %w", err)
		}
		in := map[string]bool{}
		for _, n := range topics {
			in[graph.TopicSlug(n)] = true
		}
		sort.SliceStable(all, func(i, j int) bool { return all[i].Claims > all[j].Claims })
		names = nil
		for _, tc := range all {
			if len(names) == chartTopics {
				break
			}
			if len(topics) == 0 || in[graph.TopicSlug(tc.Name)] {
				names = append(names, tc.Name)
			}
		}
	}
	for _, n := range names {
		t.keep[graph.TopicSlug(n)] = n
	}
	return t, nil
}

func (t *dayTable) add(day, topic string, claims, contested int) {
	if day == "" {
		return
	}
	name, ok := t.keep[graph.TopicSlug(topic)]
	if !ok {
		name = otherTopics
	}
	k := [2]string{day, graph.TopicSlug(name)}
	r := t.rowsByKey[k]
	if r == nil {
		r = &DayCount{Date: day, Topic: name}
		t.rowsByKey[k] = r
	}
	r.Claims += claims
	r.Contradictions += contested
}

func (t *dayTable) rows() []DayCount {
	out := make([]DayCount, 0, len(t.rowsByKey))
	for _, r := range t.rowsByKey {
		out = append(out, *r)
	}
	sort.Slice(out, func(i, j int) bool {
		if out[i].Date != out[j].Date {
			return out[i].Date < out[j].Date
		}
		return graph.TopicSlug(out[i].Topic) < graph.TopicSlug(out[j].Topic)
	})
	return out
}
