// Package report gathers what a contradiction graph holds about a set of
// topics and a load-time window, and writes it as Markdown, a
// self-contained HTML page, CSV and JSON.
//
// Gathering and rendering are separate so that every format shows the same
// numbers: Gather reads the store once into a Data, and Write renders that
// Data into one file per format, each written atomically so that a reader
// (or a crash) never sees half a report.
package report

import (
	"context"
	"fmt"
	"sort"
	"strings"
	"time"

	"github.com/contra-project/contra/graph"
)

// Options selects what a report covers.
type Options struct {
	// Topics limits the report to these topics (names or aliases, compared
	// by graph.Slug); empty means every topic.
	Topics []string
	// Since and Until bound the load-time window [Since, Until) of the
	// "new" items: claims first loaded in it and findings found in it. A
	// zero bound is open, so zero values for both cover everything.
	Since, Until time.Time
	// SaidSince and SaidUntil (YYYY-MM-DD, inclusive) bound the date the
	// claims were said, as --since and --until do in every query: a
	// finding is in when its later claim is. "" is open.
	SaidSince, SaidUntil string
	// Formats is what the caller wants written (md, html, csv, json);
	// Gather ignores it, Run passes it to Write.
	Formats []string
	// Title heads the report; "" gives DefaultTitle.
	Title string
	// Now is the generation time shown in the report; zero means time.Now.
	Now time.Time
}

// DefaultTitle is the title of a report whose Options.Title is empty.
const DefaultTitle = "contra report"

// maxScores caps the most-contradicted list: it is a leaderboard, not an
// inventory (the CSV and the contradictions carry every finding).
const maxScores = 25

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
//	                    contradictions found in the window, in total and
//	                    by_rule; mutual_accusations (groups)
//	mutual_accusations  []graph.MutualGroup: sides accusing each other on a
//	                    topic, with every accusation of each side
//	contradictions      []graph.Contradiction: every finding found in the
//	                    window (all rules, both claims with their documents),
//	                    ranked by corroboration then recency
//	most_contradicted   []SpeakerScore: speakers whose claims are opposed
//	                    most often, with counts by rule
//	daily               []DayCount: claims and contradictions per day and topic
//	accusations         []Edge: who accuses whom (accuser side, accused
//	                    actor, count, whether the accusation is mutual)
//
// Fields are added, never renamed or removed.
type Data struct {
	Title            string                `json:"title"`
	GeneratedAt      time.Time             `json:"generated_at"`
	Window           Window                `json:"window"`
	Topics           []string              `json:"topics"`
	Summary          Summary               `json:"summary"`
	Mutual           []graph.MutualGroup   `json:"mutual_accusations"`
	Contradictions   []graph.Contradiction `json:"contradictions"`
	MostContradicted []SpeakerScore        `json:"most_contradicted"`
	Daily            []DayCount            `json:"daily"`
	Accusations      []Edge                `json:"accusations"`
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
	Contradictions    int                `json:"contradictions"` // findings found in the window
	ByRule            map[graph.Rule]int `json:"by_rule"`        // the same, by rule (every rule present)
	MutualAccusations int                `json:"mutual_accusations"`
}

// SpeakerScore is how often a speaker's claims are opposed. Symmetric
// findings count for the speakers of both claims, counterclaims for the
// speaker of the countered claim; a finding counts once per speaker.
type SpeakerScore struct {
	SpeakerID      string             `json:"speaker_id"`
	Speaker        string             `json:"speaker"`
	Side           string             `json:"side,omitempty"`
	Contradictions int                `json:"contradictions"`
	ByRule         map[graph.Rule]int `json:"by_rule"`
}

// DayCount is the number of claims and contradictions on one topic on one
// day. A claim's day is its SaidAt, else its document's publication date;
// a contradiction's is the later day of its two claims.
type DayCount struct {
	Date           string `json:"date"`
	Topic          string `json:"topic"`
	Claims         int    `json:"claims"`
	Contradictions int    `json:"contradictions"`
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

// Gather reads what the report shows from s.
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
	// One pass per topic because filters take one topic; an empty filter
	// topic means all of them.
	passes := topics
	if len(passes) == 0 {
		passes = []string{""}
	}

	days := newDayTable()
	edges := map[[2]string]*Edge{}
	if err := gatherClaims(ctx, s, o, passes, d, days, edges); err != nil {
		return nil, err
	}

	byID := map[string]bool{}
	for _, t := range passes {
		cs, err := graph.Contradictions(ctx, s, graph.FindingFilter{Topic: t, FoundFrom: o.Since, FoundTo: o.Until, Since: o.SaidSince, Until: o.SaidUntil})
		if err != nil {
			return nil, fmt.Errorf("read contradictions: %w", err)
		}
		for _, c := range cs {
			if !byID[c.FindingID] {
				byID[c.FindingID] = true
				d.Contradictions = append(d.Contradictions, c)
			}
		}
	}
	graph.RankContradictions(d.Contradictions)
	if d.Contradictions == nil {
		d.Contradictions = []graph.Contradiction{}
	}

	groups := map[string]bool{}
	for _, t := range passes {
		ms, err := graph.Mutual(ctx, s, graph.FindingFilter{Topic: t, FoundFrom: o.Since, FoundTo: o.Until, Since: o.SaidSince, Until: o.SaidUntil})
		if err != nil {
			return nil, fmt.Errorf("read mutual accusations: %w", err)
		}
		for _, m := range ms {
			k := graph.Slug(m.Sides[0]) + "|" + graph.Slug(m.Sides[1]) + "|" + graph.Slug(m.Topic)
			if !groups[k] {
				groups[k] = true
				d.Mutual = append(d.Mutual, m)
			}
		}
	}
	graph.RankMutual(d.Mutual)
	if d.Mutual == nil {
		d.Mutual = []graph.MutualGroup{}
	}

	d.Summary.ByRule = map[graph.Rule]int{}
	for _, r := range graph.Rules {
		d.Summary.ByRule[r] = 0
	}
	for _, c := range d.Contradictions {
		d.Summary.Contradictions++
		d.Summary.ByRule[c.Rule]++
		if day := claimDay(latestClaim(c)); day != "" {
			days.add(day, c.Topic, 0, 1)
		}
	}
	d.Summary.MutualAccusations = len(d.Mutual)
	d.Daily = days.rows()
	d.MostContradicted = scoreSpeakers(d.Contradictions)
	d.Accusations = edgeList(edges)
	return d, nil
}

// gatherClaims streams the claims loaded in the window into the summary,
// the day table and the accusation edges, without holding them all.
func gatherClaims(ctx context.Context, s graph.Store, o Options, passes []string, d *Data,
	days *dayTable, edges map[[2]string]*Edge) error {
	seen := map[string]bool{}
	speakers := map[string]bool{}
	docs := map[string]bool{}
	for _, t := range passes {
		f := graph.ClaimFilter{Topic: t, LoadedFrom: o.Since, LoadedTo: o.Until, Since: o.SaidSince, Until: o.SaidUntil}
		err := s.Claims(ctx, f, func(c graph.Claim) error {
			if seen[c.ID] {
				return nil
			}
			seen[c.ID] = true
			d.Summary.Claims++
			speakers[speakerKey(&c)] = true
			docs[c.DocID] = true
			if c.Counterclaim {
				d.Summary.Counterclaims++
			}
			if day := claimDay(&c); day != "" {
				days.add(day, c.Topic, 1, 0)
			} else {
				d.Summary.Undated++
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

// resolveTopics maps each requested topic to its canonical name through
// the store's names and aliases; unknown topics are kept as given (they
// match nothing, which the report then shows as empty).
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
		canon[graph.Slug(t.Name)] = t.Name
		for _, a := range t.Aliases {
			if _, ok := canon[graph.Slug(a)]; !ok {
				canon[graph.Slug(a)] = t.Name
			}
		}
	}
	var out []string
	seen := map[string]bool{}
	for _, w := range want {
		w = strings.TrimSpace(w)
		if w == "" {
			continue
		}
		name := w
		if c, ok := canon[graph.Slug(w)]; ok {
			name = c
		}
		if !seen[graph.Slug(name)] {
			seen[graph.Slug(name)] = true
			out = append(out, name)
		}
	}
	return out, nil
}

// ByRule returns the contradictions of the given rules, in report order.
func (d *Data) ByRule(rules ...graph.Rule) []graph.Contradiction {
	var out []graph.Contradiction
	for _, c := range d.Contradictions {
		for _, r := range rules {
			if c.Rule == r {
				out = append(out, c)
				break
			}
		}
	}
	return out
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

// latestClaim is the later-dated claim of a contradiction, whose day is
// the contradiction's day.
func latestClaim(c graph.Contradiction) *graph.Claim {
	if len(c.Claims) == 0 {
		return &graph.Claim{}
	}
	best := &c.Claims[0]
	for i := range c.Claims[1:] {
		if claimDay(&c.Claims[i+1]) > claimDay(best) {
			best = &c.Claims[i+1]
		}
	}
	return best
}

func scoreSpeakers(cs []graph.Contradiction) []SpeakerScore {
	scores := map[string]*SpeakerScore{}
	for _, c := range cs {
		if len(c.Claims) != 2 {
			continue
		}
		targets := c.Claims
		if c.Rule.Directed() {
			targets = c.Claims[1:] // the countered claim only
		}
		done := map[string]bool{}
		for i := range targets {
			cl := &targets[i]
			k := speakerKey(cl)
			if done[k] {
				continue
			}
			done[k] = true
			sc := scores[k]
			if sc == nil {
				sc = &SpeakerScore{SpeakerID: k, Speaker: cl.Speaker, Side: cl.Side, ByRule: map[graph.Rule]int{}}
				scores[k] = sc
			}
			sc.Contradictions++
			sc.ByRule[c.Rule]++
		}
	}
	out := make([]SpeakerScore, 0, len(scores))
	for _, sc := range scores {
		out = append(out, *sc)
	}
	sort.Slice(out, func(i, j int) bool {
		if out[i].Contradictions != out[j].Contradictions {
			return out[i].Contradictions > out[j].Contradictions
		}
		return out[i].SpeakerID < out[j].SpeakerID
	})
	if len(out) > maxScores {
		out = out[:maxScores]
	}
	return out
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

// dayTable accumulates DayCounts keyed by day and topic slug, keeping the
// first spelling of each topic.
type dayTable struct {
	rowsByKey map[[2]string]*DayCount
}

func newDayTable() *dayTable { return &dayTable{rowsByKey: map[[2]string]*DayCount{}} }

func (t *dayTable) add(day, topic string, claims, contradictions int) {
	k := [2]string{day, graph.Slug(topic)}
	r := t.rowsByKey[k]
	if r == nil {
		r = &DayCount{Date: day, Topic: topic}
		t.rowsByKey[k] = r
	}
	r.Claims += claims
	r.Contradictions += contradictions
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
		return graph.Slug(out[i].Topic) < graph.Slug(out[j].Topic)
	})
	return out
}
