package main

import (
	"context"
	"log/slog"
	"sort"
	"strings"

	"github.com/contra-project/contra/graph"
	"github.com/contra-project/contra/internal/schedule"
)

// Names an analyst types resolve to the store's names, through the
// taxonomy's aliases; a name that resolves to nothing is an error with
// the nearest names as suggestions (exit status 3, not found), never an
// empty result that looks like an answer.

// named is a node's name and aliases, for resolving and suggesting.
type named struct {
	name    string
	aliases []string
}

// resolveTopic returns the canonical name of the topic typed: a name or
// alias of the taxonomy or the store. "" stays "".
func (m *Main) resolveTopic(ctx context.Context, s graph.Store, typed string) (string, error) {
	if strings.TrimSpace(typed) == "" {
		return "", nil
	}
	c := m.canonTopic(typed)
	ts, err := s.Topics(ctx, "")
	if err != nil {
		return "", err
	}
	// A topic is one under each wording of its event nouns (TopicSlug):
	// "harbour blast" finds the stored "Harbour Explosion".
	var cands []named
	for _, t := range ts {
		if graph.TopicSlug(t.Name) == graph.TopicSlug(c) || graph.TopicSlug(t.Name) == graph.TopicSlug(typed) {
			return t.Name, nil
		}
		for _, a := range t.Aliases {
			if graph.TopicSlug(a) == graph.TopicSlug(typed) {
				return t.Name, nil
			}
		}
		cands = append(cands, named{t.Name, t.Aliases})
	}
	return "", notFound("topic", typed, cands, "contra query topics")
}

// resolveSide returns the canonical name of the side (an actor) typed.
func (m *Main) resolveSide(ctx context.Context, s graph.Store, flag, typed string) (string, error) {
	if strings.TrimSpace(typed) == "" {
		return "", nil
	}
	c := m.canonActor(typed)
	as, err := s.Actors(ctx, "")
	if err != nil {
		return "", err
	}
	var cands []named
	for _, a := range as {
		if graph.Slug(a.Name) == graph.Slug(c) || graph.Slug(a.Name) == graph.Slug(typed) {
			return a.Name, nil
		}
		for _, al := range a.Aliases {
			if graph.Slug(al) == graph.Slug(typed) {
				return a.Name, nil
			}
		}
		cands = append(cands, named{a.Name, a.Aliases})
	}
	for _, a := range m.tax.Actors() {
		cands = append(cands, named{a.Name, a.Aliases})
	}
	return "", notFound(flag, typed, cands, "contra query actors")
}

// resolveSpeaker turns what an analyst typed ("Shoigu") into a stored
// speaker's name: an exact match of a name or alias wins, else a unique
// partial match; none is ENotFound with suggestions, several EInvalid
// with the candidates.
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
		for _, a := range x.Aliases {
			if graph.Slug(a) == graph.Slug(typed) {
				return x.Name, nil
			}
		}
		names = append(names, x.Name)
	}
	switch len(names) {
	case 0:
		all, err := s.Speakers(ctx, "")
		if err != nil {
			return "", err
		}
		cands := make([]named, len(all))
		for i, x := range all {
			cands[i] = named{x.Name, x.Aliases}
		}
		return "", notFound("speaker", typed, cands, "contra query speakers")
	case 1:
		return names[0], nil
	}
	sort.Strings(names)
	if len(names) > 8 {
		names = append(names[:8], "…")
	}
	return "", graph.Errorf(graph.EInvalid, "%q matches several speakers: %s", typed, strings.Join(names, "; "))
}

// notFound is the error for a name that resolves to nothing, with up to
// three suggestions among cands.
func notFound(what, typed string, cands []named, list string) error {
	msg := "no " + what + " " + quote(typed) + " in the store"
	if sug := suggest(typed, cands, 3); len(sug) > 0 {
		msg += "; did you mean " + strings.Join(sug, ", ") + "?"
	}
	return graph.Errorf(graph.ENotFound, "%s (see %s)", msg, list)
}

func quote(s string) string { return "\"" + strings.ReplaceAll(s, "\"", "'") + "\"" }

// suggest returns up to n names of cands nearest to typed: those whose
// name or an alias contains it or is within a few edits of it (on slugs),
// nearest first.
func suggest(typed string, cands []named, n int) []string {
	k := graph.Slug(typed)
	if k == "" {
		return nil
	}
	type scored struct {
		name string
		d    int
	}
	// A name within a few edits ranks by its distance; one that only
	// contains what was typed (or is contained in it) ranks after them.
	best := map[string]int{}
	for _, c := range cands {
		for _, v := range append([]string{c.name}, c.aliases...) {
			s := graph.Slug(v)
			if s == "" {
				continue
			}
			d := editDistance(k, s)
			// A person typed by a misspelt surname: a word of the name
			// within a few edits.
			for _, w := range strings.Split(s, "-") {
				if len(w) >= 4 && len(k) >= 4 {
					if dw := editDistance(k, w); dw <= max(2, len(k)/3) {
						d = min(d, dw)
					}
				}
			}
			if d > max(2, len(k)/3) {
				if min(len(s), len(k)) < 4 || !(strings.Contains(s, k) || strings.Contains(k, s)) {
					continue
				}
				d = 100 + d
			}
			if old, ok := best[c.name]; !ok || d < old {
				best[c.name] = d
			}
		}
	}
	list := make([]scored, 0, len(best))
	for name, d := range best {
		list = append(list, scored{name, d})
	}
	sort.Slice(list, func(i, j int) bool {
		if list[i].d != list[j].d {
			return list[i].d < list[j].d
		}
		return list[i].name < list[j].name
	})
	var out []string
	for i := 0; i < len(list) && i < n; i++ {
		out = append(out, quote(list[i].name))
	}
	return out
}

// editDistance is the Levenshtein distance of a and b, in bytes (slugs
// are ASCII but for letters of other scripts, which count per byte).
func editDistance(a, b string) int {
	prev := make([]int, len(b)+1)
	cur := make([]int, len(b)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(a); i++ {
		cur[0] = i
		for j := 1; j <= len(b); j++ {
			cost := 1
			if a[i-1] == b[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
		}
		prev, cur = cur, prev
	}
	return prev[len(b)]
}

// checkJobTopics validates the report jobs' topics against the store's
// names at start-up: an unknown topic is an error with suggestions; an
// empty store cannot tell, which is a warning.
func (m *Main) checkJobTopics(ctx context.Context, s graph.Store, jobs []schedule.Job) error {
	st, err := s.Stats(ctx)
	if err != nil {
		return err
	}
	if st.Claims == 0 {
		for _, j := range jobs {
			if len(j.Topics) > 0 {
				m.logger.Warn("the store holds no claims yet: report job topics cannot be checked", slog.String("job", j.Name))
			}
		}
		return nil
	}
	for i := range jobs {
		for k, t := range jobs[i].Topics {
			c, err := m.resolveTopic(ctx, s, t)
			if err != nil {
				return graph.WrapCode(graph.ErrorCode(err), err, "report job %q", jobs[i].Name)
			}
			jobs[i].Topics[k] = c
		}
	}
	return nil
}
