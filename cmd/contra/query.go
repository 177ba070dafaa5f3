package main

import (
	"context"
	"fmt"
	"strconv"
	"strings"
	"time"

	"github.com/spf13/cobra"

	"github.com/contra-project/contra/graph"
	"github.com/contra-project/contra/internal/render"
)

// queryFlags are the filters every query accepts.
type queryFlags struct {
	topic, speaker, side, subject, kind string
	since, until                        string
	rules                               []string
	limit, offset                       int
	opponents, examples                 int
	format                              string
}

func (q *queryFlags) register(cmd *cobra.Command, what string) {
	f := cmd.Flags()
	f.StringVar(&q.topic, "topic", "", "only "+what+" on this topic (name or alias)")
	f.StringVar(&q.speaker, "speaker", "", "only "+what+" by this speaker (name or part of it)")
	f.StringVar(&q.side, "side", "", "only "+what+" of this side (state, capital or demonym)")
	f.StringVar(&q.since, "since", "", "said on or after: YYYY-MM-DD, or a duration back from today (30d, 12h)")
	f.StringVar(&q.until, "until", "", "said on or before: YYYY-MM-DD")
	f.IntVar(&q.limit, "limit", 0, "at most this many results (0: all)")
	f.IntVar(&q.offset, "offset", 0, "skip this many results first (with --limit, a page)")
	f.StringVarP(&q.format, "format", "o", "table", "output: table, json, csv (graph results also dot, graphml, mermaid)")
}

func (m *Main) queryCommand() *cobra.Command {
	cmd := &cobra.Command{
		Use:   "query",
		Short: "Ask the graph: disputes, claims, contradictions, mutual accusations, a speaker, a timeline, two sides",
	}
	cmd.AddCommand(
		m.queryDisputes(),
		m.queryList("claims", "Claims matching the filters, by date", func(ctx context.Context, s graph.Store, q *queryFlags, f render.Format, _ []string) error {
			cf, err := m.claimFilter(ctx, s, q)
			if err != nil {
				return err
			}
			p := render.NewPager(m.Stdout, f, render.Claims)
			if err := s.Claims(ctx, cf, p.Add); err != nil {
				return err
			}
			return p.Close()
		}, 0),
		m.queryList("speakers", "Speakers with their claim counts", func(ctx context.Context, s graph.Store, q *queryFlags, f render.Format, _ []string) error {
			xs, err := s.Speakers(ctx, q.speaker)
			if err != nil {
				return err
			}
			return render.Speakers(m.Stdout, f, page(m, f, xs, q))
		}, 0),
		m.queryList("topics", "Topics with their claim counts", func(ctx context.Context, s graph.Store, q *queryFlags, f render.Format, _ []string) error {
			xs, err := s.Topics(ctx, q.topic)
			if err != nil {
				return err
			}
			return render.Topics(m.Stdout, f, page(m, f, xs, q))
		}, 0),
		m.queryList("actors", "Actors (states and parties) with how often they speak and are spoken of", func(ctx context.Context, s graph.Store, q *queryFlags, f render.Format, _ []string) error {
			xs, err := s.Actors(ctx, q.side)
			if err != nil {
				return err
			}
			return render.Actors(m.Stdout, f, page(m, f, xs, q))
		}, 0),
		m.queryList("contradictions", "Pairs of claims the rules set against each other, one entry per pair, best evidenced first", func(ctx context.Context, s graph.Store, q *queryFlags, f render.Format, _ []string) error {
			sc, err := m.scope(ctx, s, q)
			if err != nil {
				return err
			}
			p := render.NewPager(m.Stdout, f, render.Contradictions)
			total, err := graph.Contradictions(ctx, s, sc, graph.Page{Offset: q.offset, Limit: q.limit}, p.Add)
			if err != nil {
				return err
			}
			if err := p.Close(); err != nil {
				return err
			}
			m.more(f, q, p.Written(), total, "pairs")
			return nil
		}, 0),
		m.queryList("mutual", "Mutual accusations by pair of sides and topic", func(ctx context.Context, s graph.Store, q *queryFlags, f render.Format, _ []string) error {
			sc, err := m.scope(ctx, s, q)
			if err != nil {
				return err
			}
			p := render.NewPager(m.Stdout, f, render.Mutual)
			total, err := graph.Mutual(ctx, s, sc, graph.DisputeOptions{Page: graph.Page{Offset: q.offset, Limit: q.limit}, Examples: q.examples}, p.Add)
			if err != nil {
				return err
			}
			if err := p.Close(); err != nil {
				return err
			}
			m.more(f, q, p.Written(), total, "mutual accusations")
			return nil
		}, 0),
		m.queryList("speaker NAME", "A speaker's claims, each with the claims that contradict or counter it", func(ctx context.Context, s graph.Store, q *queryFlags, f render.Format, args []string) error {
			q.speaker = args[0]
			cf, err := m.claimFilter(ctx, s, q)
			if err != nil {
				return err
			}
			p := render.NewPager(m.Stdout, f, render.Opponents)
			if err := graph.SpeakerClaims(ctx, s, cf.Speaker, cf, q.opponents, p.Add); err != nil {
				return err
			}
			return p.Close()
		}, 1),
		m.queryList("timeline", "Claims on a topic by date, contradicted ones marked (needs --topic)", func(ctx context.Context, s graph.Store, q *queryFlags, f render.Format, _ []string) error {
			if q.topic == "" {
				return usageError{fmt.Errorf("timeline needs --topic")}
			}
			cf, err := m.claimFilter(ctx, s, q)
			if err != nil {
				return err
			}
			p := render.NewPager(m.Stdout, f, render.Timeline)
			if err := graph.Timeline(ctx, s, cf, q.opponents, p.Add); err != nil {
				return err
			}
			return p.Close()
		}, 0),
		m.queryList("between SIDE_A SIDE_B", "Everything two sides assert about each other", func(ctx context.Context, s graph.Store, q *queryFlags, f render.Format, args []string) error {
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
			p := render.NewPager(m.Stdout, f, render.Opponents)
			if err := graph.Between(ctx, s, s, a, b, cf, q.opponents, p.Add); err != nil {
				return err
			}
			return p.Close()
		}, 2),
	)
	return cmd
}

type queryFunc func(ctx context.Context, s graph.Store, q *queryFlags, f render.Format, args []string) error

func (m *Main) queryList(use, short string, run queryFunc, nargs int) *cobra.Command {
	var q queryFlags
	cmd := &cobra.Command{
		Use:   use,
		Short: short,
		Args:  cobra.ExactArgs(nargs),
		RunE: func(cmd *cobra.Command, args []string) error {
			f, err := render.ParseFormat(q.format)
			if err != nil {
				return usageError{err}
			}
			if q.limit < 0 || q.offset < 0 {
				return usageError{fmt.Errorf("--limit and --offset must not be negative")}
			}
			if err := checkDates(&q); err != nil {
				return err
			}
			s, err := m.openRead(cmd.Context())
			if err != nil {
				return err
			}
			return run(cmd.Context(), s, &q, f, args)
		},
	}
	q.register(cmd, "claims")
	if strings.HasPrefix(use, "contradictions") {
		cmd.Flags().StringSliceVar(&q.rules, "rule", nil, "only pairs any of whose rules is one of these: "+ruleNames())
	}
	if strings.HasPrefix(use, "mutual") {
		cmd.Flags().IntVar(&q.examples, "examples", graph.DefaultExamples, "accusations shown per side (the count covers all)")
	}
	for _, p := range []string{"speaker", "timeline", "between"} {
		if strings.HasPrefix(use, p) {
			cmd.Flags().IntVar(&q.opponents, "opponents", graph.DefaultOpponents, "opponents shown per claim, strongest first (the count covers all)")
		}
	}
	if strings.HasPrefix(use, "claims") {
		cmd.Flags().StringVar(&q.kind, "kind", "", "only claims of this kind: accusation, denial, assertion, threat, prediction")
		cmd.Flags().StringVar(&q.subject, "subject", "", "only claims about this actor")
	}
	return cmd
}

func ruleNames() string {
	names := make([]string, len(graph.Rules))
	for i, r := range graph.Rules {
		names[i] = string(r)
	}
	return strings.Join(names, ", ")
}

// page applies --offset and --limit to a list the store returns whole
// (speakers, topics, actors: one row per node, not per claim) and says
// on stderr what was left out.
func page[T any](m *Main, f render.Format, xs []T, q *queryFlags) []T {
	total := len(xs)
	xs = xs[min(q.offset, len(xs)):]
	if q.limit > 0 && len(xs) > q.limit {
		xs = xs[:q.limit]
	}
	m.more(f, q, len(xs), total, "rows")
	return xs
}

// more tells a reader of a table on stderr that the page shown is not
// everything, and how to see the rest.
func (m *Main) more(f render.Format, q *queryFlags, shown, total int, what string) {
	if f != render.Table || q.offset+shown >= total {
		return
	}
	fmt.Fprintf(m.Stderr, "%d of %d %s shown; --offset %d for the next page\n", shown, total, what, q.offset+shown)
}

func (m *Main) claimFilter(ctx context.Context, s graph.Store, q *queryFlags) (graph.ClaimFilter, error) {
	f := graph.ClaimFilter{Limit: q.limit, Offset: q.offset}
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
	if q.kind != "" {
		if !graph.Kind(q.kind).Valid() {
			return f, usageError{fmt.Errorf("--kind: %q is not one of accusation, denial, assertion, threat, prediction", q.kind)}
		}
		f.Kind = graph.Kind(q.kind)
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

// checkDates checks the date flags before the store is opened: a typo is
// a usage error whatever the store holds.
func checkDates(q *queryFlags) error {
	if _, err := dateFlag("--since", q.since); err != nil {
		return err
	}
	_, err := dateFlag("--until", q.until)
	return err
}

// scope is the graph.Scope of the pair and dispute queries.
func (m *Main) scope(ctx context.Context, s graph.Store, q *queryFlags) (graph.Scope, error) {
	cf, err := m.claimFilter(ctx, s, q)
	if err != nil {
		return graph.Scope{}, err
	}
	sc := graph.Scope{Topic: cf.Topic, Side: cf.Side, Speaker: cf.Speaker, Since: cf.Since, Until: cf.Until}
	for _, r := range q.rules {
		if !graph.Rule(r).Valid() {
			return sc, usageError{fmt.Errorf("--rule: %q is not one of %s", r, ruleNames())}
		}
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
