package main

import (
	"context"
	"fmt"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/spf13/cobra"

	"github.com/contra-project/contra/graph"
	"github.com/contra-project/contra/internal/render"
)

// queryFlags are the filters of the query commands; each command
// registers only those it applies (queryFilters), so a filter it would
// ignore is refused as an unknown flag.
type queryFlags struct {
	topic, speaker, side, subject, kind string
	since, until                        string
	rules                               []string
	limit, offset                       int
	opponents, examples                 int
	format                              render.Format
	wide                                bool
	showRejected                        bool
}

// queryFilters says which filter flags a query command takes.
type queryFilters uint

const (
	withTopic queryFilters = 1 << iota
	withSpeaker
	withSide
	withDates
	withRule
	withKind
	withSubject
	withLimit
	withOpponents
	withExamples
	withRejected // --show-rejected: results judged rejected are hidden otherwise

	claimFilters = withTopic | withSpeaker | withSide | withDates | withLimit
)

func (q *queryFlags) register(cmd *cobra.Command, which queryFilters) {
	f := cmd.Flags()
	if which&withTopic != 0 {
		f.StringVar(&q.topic, "topic", "", "only claims on this topic (name or alias)")
	}
	if which&withSpeaker != 0 {
		f.StringVar(&q.speaker, "speaker", "", "only claims by this speaker (name or part of it)")
	}
	if which&withSide != 0 {
		f.StringVar(&q.side, "side", "", "only claims of this side (state, capital or demonym)")
	}
	if which&withDates != 0 {
		f.StringVar(&q.since, "since", "", "said on or after: YYYY-MM-DD, or a duration back from today (30d, 12h)")
		f.StringVar(&q.until, "until", "", "said on or before: YYYY-MM-DD, or a duration back from today")
	}
	if which&withRule != 0 {
		f.StringSliceVar(&q.rules, "rule", nil, "only pairs any of whose rules is one of these: "+ruleNames())
	}
	if which&withKind != 0 {
		f.StringVar(&q.kind, "kind", "", "only claims of this kind: accusation, denial, assertion, threat, prediction")
	}
	if which&withSubject != 0 {
		f.StringVar(&q.subject, "subject", "", "only claims about this actor")
	}
	if which&withLimit != 0 {
		f.IntVar(&q.limit, "limit", 0, "at most this many results (0: all)")
		f.IntVar(&q.offset, "offset", 0, "skip this many results first (with --limit, a page)")
	}
	if which&withOpponents != 0 {
		f.IntVar(&q.opponents, "opponents", graph.DefaultOpponents, "opponents shown per claim, strongest first, at most 100 (the count covers all)")
	}
	if which&withRejected != 0 {
		f.BoolVar(&q.showRejected, "show-rejected", false, "also list what a judgement rejected (hidden by default; the count hidden goes to standard error)")
	}
	if which&withExamples != 0 {
		f.IntVar(&q.examples, "examples", graph.DefaultExamples, "claims shown per camp or side, best evidenced first, at most 100 (the counts cover all)")
	}
}

func ruleNames() string {
	names := make([]string, len(graph.Rules))
	for i, r := range graph.Rules {
		names[i] = string(r)
	}
	return strings.Join(names, ", ")
}

// querySpec is one query command.
type querySpec struct {
	use, short, example string
	long                string
	nargs               int
	argNames            nameKind // what the arguments name, for completion
	filters             queryFilters
	formats             []render.Format
	run                 queryFunc
}

func (m *Main) queryCommand() *cobra.Command {
	cmd := &cobra.Command{
		Use:   "query",
		Short: "Ask the graph: disputes, claims, contradictions, mutual accusations, a speaker, a timeline, two sides",
		Example: `  contra query disputes --topic "cluster munitions"
  contra query mutual --topic "cluster munitions"
  contra query speaker Shoigu -o json`,
	}
	specs := []querySpec{{
		use: "disputes", example: `  contra query disputes --topic "cluster munitions"
  contra query disputes --side Russia -o json
  contra query disputes --limit 10 --offset 10`,
		short:   "Disputes (who says an action happened, who denies it) and exchanges of accusations, best evidenced first",
		long:    disputesLong,
		filters: claimFilters | withExamples | withRejected, formats: render.Formats,
		run: func(ctx context.Context, s graph.Store, q *queryFlags, _ []string) error {
			return m.runDisputes(ctx, s, q)
		},
	}, {
		use: "claims", example: `  contra query claims --topic "cluster munitions" --kind denial
  contra query claims --side Moscow --since 30d -o csv > claims.csv`,
		short:   "Claims matching the filters, by date",
		filters: claimFilters | withKind | withSubject, formats: render.TabularFormats,
		run: func(ctx context.Context, s graph.Store, q *queryFlags, _ []string) error {
			cf, err := m.claimFilter(ctx, s, q)
			if err != nil {
				return err
			}
			p := render.NewPager(m.Stdout, q.format, m.table(q.wide).Claims)
			if err := s.Claims(ctx, cf, p.Add); err != nil {
				return err
			}
			return p.Close()
		},
	}, {
		use: "speakers", example: `  contra query speakers
  contra query speakers --speaker Sho --limit 5`,
		short:   "Speakers with their claim counts",
		filters: withSpeaker | withLimit, formats: render.TabularFormats,
		run: func(ctx context.Context, s graph.Store, q *queryFlags, _ []string) error {
			xs, err := s.Speakers(ctx, q.speaker)
			if err != nil {
				return err
			}
			return m.table(q.wide).Speakers(m.Stdout, q.format, page(m, q, xs))
		},
	}, {
		use: "topics", example: `  contra query topics
  contra query topics --topic "cluster bombs" -o json`,
		short:   "Topics with their claim counts",
		filters: withTopic | withLimit, formats: render.TabularFormats,
		run: func(ctx context.Context, s graph.Store, q *queryFlags, _ []string) error {
			xs, err := s.Topics(ctx, m.canonTopic(q.topic))
			if err != nil {
				return err
			}
			known := m.tax.Topics()
			for i := range xs {
				xs[i].Aliases = m.aliases(xs[i].Name, xs[i].Aliases, m.tax.Topic, known)
			}
			return m.table(q.wide).Topics(m.Stdout, q.format, page(m, q, xs))
		},
	}, {
		use: "actors", example: `  contra query actors
  contra query actors --side Kremlin`,
		short:   "Actors (states and parties) with how often they speak and are spoken of",
		filters: withSide | withLimit, formats: render.TabularFormats,
		run: func(ctx context.Context, s graph.Store, q *queryFlags, _ []string) error {
			xs, err := s.Actors(ctx, m.canonActor(q.side))
			if err != nil {
				return err
			}
			known := actorsAsTopics(m.tax.Actors())
			for i := range xs {
				xs[i].Aliases = m.aliases(xs[i].Name, xs[i].Aliases, m.tax.Actor, known)
			}
			return m.table(q.wide).Actors(m.Stdout, q.format, page(m, q, xs))
		},
	}, {
		use: "contradictions", example: `  contra query contradictions --topic "cluster munitions" --limit 10
  contra query contradictions --rule counterclaim --side Russia -o json`,
		short:   "Pairs of claims the rules set against each other, one entry per pair, best evidenced first",
		filters: claimFilters | withRule | withRejected, formats: render.Formats,
		run: func(ctx context.Context, s graph.Store, q *queryFlags, _ []string) error {
			sc, err := m.scope(ctx, s, q)
			if err != nil {
				return err
			}
			h, err := m.hider(ctx, s, q.showRejected)
			if err != nil {
				return err
			}
			pg := graph.Page{Offset: q.offset, Limit: q.limit}
			p := render.NewPager(m.Stdout, q.format, m.table(q.wide).Contradictions)
			total, err := graph.Contradictions(ctx, s, sc, h.Window(pg), graph.Filter(h, pg, h.Pair, p.Add))
			if err != nil {
				return err
			}
			if err := p.Close(); err != nil {
				return err
			}
			m.more(q, p.Written(), total-h.Hidden, "pairs")
			m.noteHidden(h)
			return nil
		},
	}, {
		use: "mutual", example: `  contra query mutual --topic "cluster munitions"
  contra query mutual --since 2023-07-01 -o mermaid`,
		short:   "Mutual accusations by pair of sides and topic",
		filters: claimFilters | withExamples | withRejected, formats: render.Formats,
		run: func(ctx context.Context, s graph.Store, q *queryFlags, _ []string) error {
			sc, err := m.scope(ctx, s, q)
			if err != nil {
				return err
			}
			h, err := m.hider(ctx, s, q.showRejected)
			if err != nil {
				return err
			}
			pg := graph.Page{Offset: q.offset, Limit: q.limit}
			p := render.NewPager(m.Stdout, q.format, m.table(q.wide).Mutual)
			hidden := func(g *graph.MutualGroup) bool { return h.Rejected(g.Exchange) }
			total, err := graph.Mutual(ctx, s, sc, graph.DisputeOptions{Page: h.Window(pg), Examples: q.examples}, graph.Filter(h, pg, hidden, p.Add))
			if err != nil {
				return err
			}
			if err := p.Close(); err != nil {
				return err
			}
			m.more(q, p.Written(), total-h.Hidden, "mutual accusations")
			m.noteHidden(h)
			return nil
		},
	}, {
		use: "speaker NAME", example: `  contra query speaker Shoigu
  contra query speaker "Sergei Shoigu" --topic "cluster munitions" -o json`,
		short: "A speaker's claims, each with the claims that contradict or counter it",
		nargs: 1, argNames: speakerNames, filters: claimFilters&^withSpeaker | withOpponents | withRejected, formats: render.Formats,
		run: func(ctx context.Context, s graph.Store, q *queryFlags, args []string) error {
			q.speaker = args[0]
			cf, err := m.claimFilter(ctx, s, q)
			if err != nil {
				return err
			}
			h, err := m.hider(ctx, s, q.showRejected)
			if err != nil {
				return err
			}
			p := render.NewPager(m.Stdout, q.format, m.table(q.wide).Opponents)
			err = graph.SpeakerClaims(ctx, s, cf.Speaker, cf, opponentsOf(q)+h.Extra(), func(co graph.ClaimOpponents) error {
				h.Opponents(&co, opponentsOf(q))
				return p.Add(co)
			})
			if err != nil {
				return err
			}
			m.noteHidden(h)
			return p.Close()
		},
	}, {
		use: "timeline", example: `  contra query timeline --topic "cluster munitions"
  contra query timeline --topic "dam destruction" --since 2031-04-01 -o dot | dot -Tsvg > timeline.svg`,
		short:   "Claims on a topic by date, contradicted ones marked (needs --topic)",
		filters: claimFilters | withOpponents | withRejected, formats: render.Formats,
		run: func(ctx context.Context, s graph.Store, q *queryFlags, _ []string) error {
			if q.topic == "" {
				return usageError{fmt.Errorf("timeline needs --topic")}
			}
			cf, err := m.claimFilter(ctx, s, q)
			if err != nil {
				return err
			}
			h, err := m.hider(ctx, s, q.showRejected)
			if err != nil {
				return err
			}
			p := render.NewPager(m.Stdout, q.format, m.table(q.wide).Timeline)
			err = graph.Timeline(ctx, s, cf, opponentsOf(q)+h.Extra(), func(e graph.TimelineEntry) error {
				h.Opponents(&e.ClaimOpponents, opponentsOf(q))
				e.Contested = e.Total > 0
				return p.Add(e)
			})
			if err != nil {
				return err
			}
			m.noteHidden(h)
			return p.Close()
		},
	}, {
		use: "between SIDE_A SIDE_B", example: `  contra query between Russia Ukraine
  contra query between Moscow Washington --topic "cluster munitions" -o graphml > between.graphml`,
		short: "Everything two sides assert about each other",
		nargs: 2, argNames: sideNames, filters: claimFilters&^withSide | withOpponents | withRejected, formats: render.Formats,
		run: func(ctx context.Context, s graph.Store, q *queryFlags, args []string) error {
			cf, err := m.claimFilter(ctx, s, q)
			if err != nil {
				return err
			}
			a, err := m.resolveSide(ctx, s, "side", args[0])
			if err != nil {
				return err
			}
			b, err := m.resolveSide(ctx, s, "side", args[1])
			if err != nil {
				return err
			}
			h, err := m.hider(ctx, s, q.showRejected)
			if err != nil {
				return err
			}
			p := render.NewPager(m.Stdout, q.format, m.table(q.wide).Opponents)
			err = graph.Between(ctx, s, s, a, b, cf, opponentsOf(q)+h.Extra(), func(co graph.ClaimOpponents) error {
				h.Opponents(&co, opponentsOf(q))
				return p.Add(co)
			})
			if err != nil {
				return err
			}
			m.noteHidden(h)
			return p.Close()
		},
	}}
	for _, sp := range specs {
		cmd.AddCommand(m.queryList(sp))
	}
	return cmd
}

// aliases adds to a stored topic's or actor's aliases those the taxonomy
// (built in, and the configuration's) gives its canonical name: the
// loaded records name a topic or an actor, and the store keeps only the
// aliases they carried. canon is the taxonomy's lookup, all its entries.
func (m *Main) aliases(name string, stored []string, canon func(string) (string, bool), all []graph.Topic) []string {
	c, ok := canon(name)
	if !ok {
		return stored
	}
	out := slices.Clone(stored)
	for _, t := range all {
		if t.Name != c {
			continue
		}
		for _, a := range append([]string{t.Name}, t.Aliases...) {
			if graph.Slug(a) != graph.Slug(name) && !slices.ContainsFunc(out, func(s string) bool { return graph.Slug(s) == graph.Slug(a) }) {
				out = append(out, a)
			}
		}
	}
	slices.Sort(out)
	return out
}

// actorsAsTopics gives actors the shape aliases reads.
func actorsAsTopics(as []graph.Actor) []graph.Topic {
	out := make([]graph.Topic, len(as))
	for i, a := range as {
		out[i] = graph.Topic(a)
	}
	return out
}

// page applies --offset and --limit to a list the store returns whole
// (speakers, topics, actors: one row per node, not per claim) and says
// on stderr what was left out.
func page[T any](m *Main, q *queryFlags, xs []T) []T {
	total := len(xs)
	xs = xs[min(q.offset, len(xs)):]
	if q.limit > 0 && len(xs) > q.limit {
		xs = xs[:q.limit]
	}
	m.more(q, len(xs), total, "rows")
	return xs
}

// more tells a reader of a table on stderr that the page shown is not
// everything, and how to see the rest.
func (m *Main) more(q *queryFlags, shown, total int, what string) {
	if q.format != render.Table || q.offset+shown >= total {
		return
	}
	fmt.Fprintf(m.Stderr, "%d of %d %s shown; --offset %d for the next page\n", shown, total, what, q.offset+shown)
}

type queryFunc func(ctx context.Context, s graph.Store, q *queryFlags, args []string) error

func (m *Main) queryList(sp querySpec) *cobra.Command {
	var q queryFlags
	cmd := &cobra.Command{
		Use:     sp.use,
		Short:   sp.short,
		Long:    sp.long,
		Example: sp.example,
		Args:    cobra.ExactArgs(sp.nargs),
		RunE: func(cmd *cobra.Command, args []string) error {
			// Values that need no store are checked first, so that a
			// typo is reported as such whatever the store's state.
			if err := q.check(); err != nil {
				return err
			}
			if err := checkWide(q.wide, q.format); err != nil {
				return err
			}
			s, err := m.open(cmd.Context())
			if err != nil {
				return err
			}
			return sp.run(cmd.Context(), s, &q, args)
		},
	}
	q.register(cmd, sp.filters)
	outputFlag(cmd, &q.format, sp.formats...)
	wideFlag(cmd, &q.wide)
	cmd.ValidArgsFunction = cobra.NoFileCompletions
	if sp.nargs > 0 {
		cmd.ValidArgsFunction = m.completeArgs(sp.argNames, sp.nargs)
	}
	m.completeFlag(cmd, "topic", topicNames)
	m.completeFlag(cmd, "speaker", speakerNames)
	m.completeFlag(cmd, "side", sideNames)
	m.completeFlag(cmd, "subject", sideNames)
	return cmd
}

// check validates the filters that need no store.
func (q *queryFlags) check() error {
	if _, err := dateFlag("--since", q.since); err != nil {
		return err
	}
	if _, err := dateFlag("--until", q.until); err != nil {
		return err
	}
	if q.kind != "" && !graph.Kind(q.kind).Valid() {
		return usageError{fmt.Errorf("--kind: %q is not one of accusation, denial, assertion, threat, prediction", q.kind)}
	}
	for _, r := range q.rules {
		if !graph.Rule(r).Valid() {
			return usageError{fmt.Errorf("--rule: %q is not one of %s", r, ruleNames())}
		}
	}
	if q.limit < 0 || q.offset < 0 || q.opponents < 0 || q.examples < 0 {
		return usageError{fmt.Errorf("--limit, --offset, --opponents and --examples must not be negative")}
	}
	return nil
}

func (m *Main) claimFilter(ctx context.Context, s graph.Store, q *queryFlags) (graph.ClaimFilter, error) {
	f := graph.ClaimFilter{Limit: q.limit, Offset: q.offset, Kind: graph.Kind(q.kind)}
	var err error
	if f.Topic, err = m.resolveTopic(ctx, s, q.topic); err != nil {
		return f, err
	}
	if f.Side, err = m.resolveSide(ctx, s, "side", q.side); err != nil {
		return f, err
	}
	if f.Subject, err = m.resolveSide(ctx, s, "subject", q.subject); err != nil {
		return f, err
	}
	if f.Speaker, err = m.resolveSpeaker(ctx, s, q.speaker); err != nil {
		return f, err
	}
	if f.Since, err = dateFlag("--since", q.since); err != nil {
		return f, err
	}
	if f.Until, err = dateFlag("--until", q.until); err != nil {
		return f, err
	}
	return f, nil
}

// scope is the graph.Scope of the pair and dispute queries.
func (m *Main) scope(ctx context.Context, s graph.Store, q *queryFlags) (graph.Scope, error) {
	cf, err := m.claimFilter(ctx, s, q)
	if err != nil {
		return graph.Scope{}, err
	}
	sc := graph.Scope{Topic: cf.Topic, Side: cf.Side, Speaker: cf.Speaker, Since: cf.Since, Until: cf.Until}
	for _, r := range q.rules {
		sc.Rules = append(sc.Rules, graph.Rule(r))
	}
	return sc, nil
}

// dateFlag accepts YYYY-MM-DD or a duration back from today ("30d", "12h").
func dateFlag(name, v string) (string, error) {
	if v == "" {
		return "", nil
	}
	if d, err := parseAge(v); err == nil {
		return time.Now().UTC().Add(-d).Format("2006-01-02"), nil
	}
	s, err := graph.NormDate(v)
	if err != nil {
		return "", usageError{fmt.Errorf("%s: %v, or a duration like 30d", name, err)}
	}
	return s, nil
}

// parseAge parses Go durations plus a "d" (days) suffix.
func parseAge(v string) (time.Duration, error) {
	if strings.HasSuffix(v, "d") {
		n, err := strconv.Atoi(strings.TrimSuffix(v, "d"))
		if err != nil || n < 0 {
			return 0, fmt.Errorf("bad duration %q", v)
		}
		return time.Duration(n) * 24 * time.Hour, nil
	}
	d, err := time.ParseDuration(v)
	if err != nil || d < 0 {
		return 0, fmt.Errorf("bad duration %q", v)
	}
	return d, nil
}
