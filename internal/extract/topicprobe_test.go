package extract

import (
	"context"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"sort"
	"strings"
	"testing"

	"github.com/contra-project/contra/graph"
)

// TestTopicSources tabulates, for every gold accusation of the tuning
// sets whose parties contra finds, which rules proposed a topic label,
// which one the accusation took, and whether each matches the gold label
// (topicMatch): the precision of each source, to order them by. It is a
// measurement, not a check: it runs only with CONTRA_TOPIC_TABLE set, to
// a file of one line per accusation when that names a path. The dev
// corpus is read from CONTRA_DEV_CORPUS when set.
func TestTopicSources(t *testing.T) {
	out := os.Getenv("CONTRA_TOPIC_TABLE")
	if out == "" {
		t.Skip("set CONTRA_TOPIC_TABLE to tabulate the topic sources")
	}
	type set struct{ group, dir string }
	var sets []set
	if dev := os.Getenv("CONTRA_DEV_CORPUS"); dev != "" {
		sets = append(sets, set{"dev", dev})
	}
	sets = append(sets, set{"heldout1-29", "testdata/heldout"})
	// heldout92 and later are blind: never read here
	for i := 2; i <= 91; i++ {
		g := "heldout1-29"
		switch {
		case i >= 60:
			g = "heldout60-75"
		case i >= 30:
			g = "heldout30-59"
		}
		sets = append(sets, set{g, fmt.Sprintf("testdata/heldout%d", i)})
	}
	for _, n := range []string{"invented", "invented2", "invented3"} {
		sets = append(sets, set{"invented", "testdata/" + n})
	}
	// the lead's own articles live outside the repository
	if dirs := os.Getenv("CONTRA_CHECK_DIRS"); dirs != "" {
		for _, d := range filepath.SplitList(dirs) {
			sets = append(sets, set{"check", d})
		}
	}
	type tally struct{ proposed, matchedProposed, won, matchedWon, triples, triplesMatched int }
	bySource := map[string]*tally{}
	type groupTally struct{ gold, paired, matched, anyProposed, triples, triplesMatched int }
	byGroup := map[string]*groupTally{}
	var lines []string
	x := New(nil)
	for _, s := range sets {
		names, err := os.ReadDir(s.dir)
		if err != nil {
			t.Fatal(err)
		}
		gt := byGroup[s.group]
		if gt == nil {
			gt = &groupTally{}
			byGroup[s.group] = gt
		}
		for _, e := range names {
			f, ok := FormatOf(e.Name())
			if !ok || e.IsDir() {
				continue
			}
			stem := strings.TrimSuffix(e.Name(), filepath.Ext(e.Name()))
			gb, err := os.ReadFile(filepath.Join(s.dir, stem+".gold.json"))
			if err != nil {
				continue
			}
			var g Gold
			if err := json.Unmarshal(gb, &g); err != nil {
				t.Fatal(err)
			}
			if len(g.Accusations) == 0 {
				continue
			}
			text, err := os.ReadFile(filepath.Join(s.dir, e.Name()))
			if err != nil {
				t.Fatal(err)
			}
			meta, err := readMeta(filepath.Join(s.dir, stem+".meta.json"))
			if err != nil {
				t.Fatal(err)
			}
			type seen struct {
				props []topicProposal
				won   string
			}
			got := map[[2]int]seen{}
			topicSeen = func(ev graph.Span, props []topicProposal, won string) {
				got[[2]int{ev.Start, ev.End}] = seen{append([]topicProposal(nil), props...), won}
			}
			res, err := x.Extract(context.Background(), Article{Name: e.Name(), Text: text, Format: f, Meta: meta})
			topicSeen = nil
			if err != nil {
				t.Fatal(err)
			}
			byKey := map[string][]seen{}
			for _, c := range res.Claims {
				if c.Kind != graph.KindAccusation || c.Subject == "" || c.Evidence == nil {
					continue
				}
				accuser := c.Side
				if accuser == "" {
					accuser = c.Speaker
				}
				k := actorKey(x.tax, accuser) + ">" + actorKey(x.tax, c.Subject)
				if sn, ok := got[[2]int{c.Evidence.Start, c.Evidence.End}]; ok {
					byKey[k] = append(byKey[k], sn)
				}
			}
			// each distinct triple the claims make: the sources whose
			// label it is, and whether a gold triple of its parties
			// has a label it matches
			type triple struct{ key, topic string }
			done := map[triple]bool{}
			for k, sns := range byKey {
				for _, sn := range sns {
					tr := triple{k, strings.Join(topicWords(sn.won), " ")}
					if done[tr] {
						continue
					}
					done[tr] = true
					ok := false
					for _, a := range g.Accusations {
						accuser := a.Accuser
						if accuser == "" {
							accuser = a.AccuserName
						}
						if actorKey(x.tax, accuser)+">"+actorKey(x.tax, a.Accused) == k && topicMatch(x.tax, sn.won, a.Topic) {
							ok = true
						}
					}
					srcSeen := map[string]bool{}
					for _, p := range sn.props {
						if srcSeen[p.Source] || !sameTopicWords(p.Name, sn.won) {
							continue
						}
						srcSeen[p.Source] = true
						tl := bySource[p.Source]
						if tl == nil {
							tl = &tally{}
							bySource[p.Source] = tl
						}
						tl.triples++
						if ok {
							tl.triplesMatched++
						}
					}
					gt.triples++
					if ok {
						gt.triplesMatched++
					}
				}
			}
			for _, a := range g.Accusations {
				gt.gold++
				accuser := a.Accuser
				if accuser == "" {
					accuser = a.AccuserName
				}
				k := actorKey(x.tax, accuser) + ">" + actorKey(x.tax, a.Accused)
				sns := byKey[k]
				if len(sns) == 0 {
					continue
				}
				gt.paired++
				won := map[string]bool{}
				wonMatch := false
				for _, sn := range sns {
					won[sn.won] = true
					wonMatch = wonMatch || topicMatch(x.tax, sn.won, a.Topic)
				}
				if wonMatch {
					gt.matched++
				}
				// per source: any label it proposed, any that matched,
				// whether one of its labels is one the claims took
				type st struct{ match, won, wonMatch bool }
				srcs := map[string]*st{}
				var desc []string
				for _, sn := range sns {
					for _, p := range sn.props {
						x0 := srcs[p.Source]
						if x0 == nil {
							x0 = &st{}
							srcs[p.Source] = x0
						}
						m := topicMatch(x.tax, p.Name, a.Topic)
						x0.match = x0.match || m
						for w := range won {
							if sameTopicWords(w, p.Name) {
								x0.won = true
								x0.wonMatch = x0.wonMatch || m
							}
						}
						mark := "-"
						if m {
							mark = "+"
						}
						d := p.Source + "=" + p.Name + mark
						if !slices.Contains(desc, d) {
							desc = append(desc, d)
						}
					}
				}
				anyP := false
				for src, x0 := range srcs {
					tl := bySource[src]
					if tl == nil {
						tl = &tally{}
						bySource[src] = tl
					}
					tl.proposed++
					if x0.match {
						tl.matchedProposed++
						anyP = true
					}
					if x0.won {
						tl.won++
						if x0.wonMatch {
							tl.matchedWon++
						}
					}
				}
				if anyP {
					gt.anyProposed++
				}
				ws := make([]string, 0, len(won))
				for w := range won {
					ws = append(ws, w)
				}
				sort.Strings(ws)
				sort.Strings(desc)
				lines = append(lines, fmt.Sprintf("%s\t%s/%s\tgold=%q\twon=%q ok=%v\t%s", s.group, filepath.Base(s.dir), stem, a.Topic, strings.Join(ws, "|"), wonMatch, strings.Join(desc, "; ")))
			}
		}
	}
	var b strings.Builder
	fmt.Fprintf(&b, "%-24s %8s %8s %8s %8s %8s %8s\n", "source", "proposed", "match|p", "won", "match|w", "triples", "correct")
	srcs := make([]string, 0, len(bySource))
	for s := range bySource {
		srcs = append(srcs, s)
	}
	sort.Strings(srcs)
	for _, s := range srcs {
		tl := bySource[s]
		fmt.Fprintf(&b, "%-24s %8d %8d %8d %8d %8d %8d\n", s, tl.proposed, tl.matchedProposed, tl.won, tl.matchedWon, tl.triples, tl.triplesMatched)
	}
	for _, g := range []string{"dev", "heldout1-29", "heldout30-59", "heldout60-75", "invented", "check"} {
		if gt := byGroup[g]; gt != nil {
			fmt.Fprintf(&b, "group %-14s gold %3d paired %3d matched %3d some source matched %3d; system triples %3d correct %3d\n", g, gt.gold, gt.paired, gt.matched, gt.anyProposed, gt.triples, gt.triplesMatched)
		}
	}
	t.Log("\n" + b.String())
	if out != "1" {
		if err := os.WriteFile(out, []byte(b.String()+strings.Join(lines, "\n")+"\n"), 0o644); err != nil {
			t.Fatal(err)
		}
	}
}

// sameTopicWords reports whether a and b are one label, word for word
// once normalised (topicWords).
func sameTopicWords(a, b string) bool {
	return strings.Join(topicWords(a), " ") == strings.Join(topicWords(b), " ")
}
