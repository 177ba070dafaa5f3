package main

import (
	"context"
	"fmt"
	"sort"
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
	limit                               int
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
	f.StringVarP(&q.format, "format", "o", "table", "output: table, json, csv (graph results also dot, graphml, mermaid)")
}

func (m *Main) queryCommand() *cobra.Command {
	cmd := &cobra.Command{
		Use:   "query",
		Short: "Ask the graph: claims, contradictions, mutual accusations, a speaker, a timeline, two sides",
	}
	cmd.AddCommand(
		m.queryList("claims", "Claims matching the filters, by date", func(ctx context.Context, s graph.Store, q *queryFlags, f render.Format, _ []string) error {
			cf, err := m.claimFilter(ctx, s, q)
			if err != nil {
				return err
			}
			cs, err := graph.CollectClaims(ctx, s, cf)
			if err != nil {
				return err
			}
			return render.Claims(m.Stdout, f, cs)
		}, 0),
		m.queryList("speakers", "Speakers with their claim counts", func(ctx context.Context, s graph.Store, q *queryFlags, f render.Format, _ []string) error {
			xs, err := s.Speakers(ctx, q.speaker)
			if err != nil {
				return err
			}
			return render.Speakers(m.Stdout, f, xs)
		}, 0),
		m.queryList("topics", "Topics with their claim counts", func(ctx context.Context, s graph.Store, q *queryFlags, f render.Format, _ []string) error {
			xs, err := s.Topics(ctx, q.topic)
			if err != nil {
				return err
			}
			return render.Topics(m.Stdout, f, xs)
		}, 0),
		m.queryList("actors", "Actors (states and parties) with how often they speak and are spoken of", func(ctx context.Context, s graph.Store, q *queryFlags, f render.Format, _ []string) error {
			xs, err := s.Actors(ctx, q.side)
			if err != nil {
				return err
			}
			return render.Actors(m.Stdout, f, xs)
		}, 0),
		m.queryList("contradictions", "Opposing assertions, mutual accusations, counterclaims and reversals, best corroborated first", func(ctx context.Context, s graph.Store, q *queryFlags, f render.Format, _ []string) error {
			ff, err := m.findingFilter(ctx, s, q)
			if err != nil {
				return err
			}
			cs, err := graph.Contradictions(ctx, s, ff)
			if err != nil {
				return err
			}
			if q.limit > 0 && len(cs) > q.limit {
				cs = cs[:q.limit]
			}
			return render.Contradictions(m.Stdout, f, cs)
		}, 0),
		m.queryList("mutual", "Mutual accusations by pair of sides and topic", func(ctx context.Context, s graph.Store, q *queryFlags, f render.Format, _ []string) error {
			ff, err := m.findingFilter(ctx, s, q)
			if err != nil {
				return err
			}
			gs, err := graph.Mutual(ctx, s, ff)
			if err != nil {
				return err
			}
			if q.limit > 0 && len(gs) > q.limit {
				gs = gs[:q.limit]
			}
			return render.Mutual(m.Stdout, f, gs)
		}, 0),
		m.queryList("speaker NAME", "A speaker's claims, each with the claims that contradict or counter it", func(ctx context.Context, s graph.Store, q *queryFlags, f render.Format, args []string) error {
			q.speaker = args[0]
			cf, err := m.claimFilter(ctx, s, q)
			if err != nil {
				return err
			}
			xs, err := graph.SpeakerClaims(ctx, s, cf.Speaker, cf)
			if err != nil {
				return err
			}
			return render.Opponents(m.Stdout, f, xs)
		}, 1),
		m.queryList("timeline", "Claims on a topic by date, contradicted ones marked (needs --topic)", func(ctx context.Context, s graph.Store, q *queryFlags, f render.Format, _ []string) error {
			if q.topic == "" {
				return usageError{fmt.Errorf("timeline needs --topic")}
			}
			cf, err := m.claimFilter(ctx, s, q)
			if err != nil {
				return err
			}
			es, err := graph.Timeline(ctx, s, cf)
			if err != nil {
				return err
			}
			return render.Timeline(m.Stdout, f, es)
		}, 0),
		m.queryList("between SIDE_A SIDE_B", "Everything two sides assert about each other", func(ctx context.Context, s graph.Store, q *queryFlags, f render.Format, args []string) error {
			cf, err := m.claimFilter(ctx, s, q)
			if err != nil {
				return err
			}
			xs, err := graph.Between(ctx, s, m.canonActor(args[0]), m.canonActor(args[1]), cf)
			if err != nil {
				return err
			}
			return render.Opponents(m.Stdout, f, xs)
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
			s, err := m.open(cmd.Context())
			if err != nil {
				return err
			}
			return run(cmd.Context(), s, &q, f, args)
		},
	}
	q.register(cmd, "claims")
	if strings.HasPrefix(use, "contradictions") || strings.HasPrefix(use, "mutual") {
		cmd.Flags().StringSliceVar(&q.rules, "rule", nil, "only these rules: opposing, mutual_accusation, counterclaim, reversal")
	}
	if strings.HasPrefix(use, "claims") {
		cmd.Flags().StringVar(&q.kind, "kind", "", "only claims of this kind: accusation, denial, assertion, threat, prediction")
		cmd.Flags().StringVar(&q.subject, "subject", "", "only claims about this actor")
	}
	return cmd
}

func (m *Main) claimFilter(ctx context.Context, s graph.Store, q *queryFlags) (graph.ClaimFilter, error) {
	f := graph.ClaimFilter{Topic: m.canonTopic(q.topic), Side: m.canonActor(q.side), Subject: m.canonActor(q.subject), Limit: q.limit}
	if q.kind != "" {
		if !graph.Kind(q.kind).Valid() {
			return f, usageError{fmt.Errorf("--kind: %q is not one of accusation, denial, assertion, threat, prediction", q.kind)}
		}
		f.Kind = graph.Kind(q.kind)
	}
	var err error
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

func (m *Main) findingFilter(ctx context.Context, s graph.Store, q *queryFlags) (graph.FindingFilter, error) {
	cf, err := m.claimFilter(ctx, s, q)
	if err != nil {
		return graph.FindingFilter{}, err
	}
	f := graph.FindingFilter{Topic: cf.Topic, Side: cf.Side, Speaker: cf.Speaker, Since: cf.Since, Until: cf.Until}
	for _, r := range q.rules {
		if !graph.Rule(r).Valid() {
			return f, usageError{fmt.Errorf("--rule: %q is not one of opposing, mutual_accusation, counterclaim, reversal", r)}
		}
		f.Rules = append(f.Rules, graph.Rule(r))
	}
	return f, nil
}

// resolveSpeaker turns what an analyst typed ("Shoigu") into a stored
// speaker's name: an exact match wins, else a unique partial match.
func (m *Main) resolveSpeaker(ctx context.Context, s graph.Store, typed string) (string, error) {
	if strings.TrimSpace(typed) == "" {
		return "", nil
	}
	xs, err := s.Speakers(ctx, typed)
	if err != nil {
		return "", err
	}
	var names []string
	for _, x := range xs {
		if graph.Slug(x.Name) == graph.Slug(typed) {
			return x.Name, nil
		}
		names = append(names, x.Name)
	}
	switch len(names) {
	case 0:
		return "", graph.Errorf(graph.ENotFound, "no speaker matches %q (see contra query speakers)", typed)
	case 1:
		return names[0], nil
	}
	sort.Strings(names)
	if len(names) > 8 {
		names = append(names[:8], "…")
	}
	return "", graph.Errorf(graph.EInvalid, "%q matches several speakers: %s", typed, strings.Join(names, "; "))
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
