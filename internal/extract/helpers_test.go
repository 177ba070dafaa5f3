package extract

import (
	"context"
	"fmt"
	"slices"
	"strings"
	"testing"

	"github.com/contra-project/contra/graph"
)

// extractText runs the extractor with the invented test taxonomy on text.
func extractText(tb testing.TB, text string) Result {
	tb.Helper()
	return extractWith(tb, New(testTaxonomy()), Article{Name: "fixture.txt", Text: []byte(text)})
}

// extractTitled runs the built-in extractor on text under the headline
// title (the metadata's title, which the page may repeat as a heading).
func extractTitled(tb testing.TB, title, text string) Result {
	tb.Helper()
	return extractWith(tb, New(nil), Article{Name: "a.txt", Text: []byte(text), Meta: graph.Document{Title: title}})
}

func extractWith(tb testing.TB, x *Extractor, a Article) Result {
	tb.Helper()
	res, err := x.Extract(context.Background(), a)
	if err != nil {
		tb.Fatalf("Extract: %v", err)
	}
	checkClaims(tb, a.Text, res)
	return res
}

// checkClaims asserts the invariants every claim must keep: it validates,
// its evidence slices the original bytes to exactly its text, and its
// speaker is among the result's speakers.
func checkClaims(tb testing.TB, src []byte, res Result) {
	tb.Helper()
	speakers := map[string]bool{}
	for i, sp := range res.Speakers {
		if sp.ID != graph.SpeakerID(sp.Name) {
			tb.Errorf("speaker %q has id %q", sp.Name, sp.ID)
		}
		if i > 0 && res.Speakers[i-1].ID >= sp.ID {
			tb.Errorf("speakers not in id order: %q before %q", res.Speakers[i-1].ID, sp.ID)
		}
		speakers[sp.ID] = true
	}
	for _, c := range res.Claims {
		if !speakers[c.SpeakerID] {
			tb.Errorf("claim speaker %s is not among the result's speakers", c.SpeakerID)
		}
		if err := c.Validate(); err != nil {
			tb.Errorf("claim does not validate: %v", err)
		}
		e := c.Evidence
		if e == nil {
			tb.Errorf("claim %q has no evidence", c.Text)
			continue
		}
		if e.Start < 0 || e.End > len(src) || e.Start >= e.End || string(src[e.Start:e.End]) != e.Text {
			tb.Errorf("evidence [%d,%d) does not slice the source to %q", e.Start, e.End, e.Text)
		}
		if c.ID != graph.ClaimID(&c) {
			tb.Errorf("claim id %s is not ClaimID of the claim", c.ID)
		}
		if c.SpeakerID != graph.SpeakerID(c.Speaker) {
			tb.Errorf("speaker id %s for %q", c.SpeakerID, c.Speaker)
		}
		if c.DocID != res.Document.ID {
			tb.Errorf("claim doc id %s, document %s", c.DocID, res.Document.ID)
		}
	}
}

// claimWant is what a table row expects of one claim: who speaks, the
// claim's kind, and whom it charges.
type claimWant struct{ speaker, kind, subject string }

// wantClaims fails t unless text gives exactly the claims want, in order.
func wantClaims(t *testing.T, text string, want []claimWant) {
	t.Helper()
	res := extractText(t, text)
	if len(res.Claims) != len(want) {
		t.Fatalf("got %d claims, want %d:%s", len(res.Claims), len(want), describe(res.Claims))
	}
	for i, w := range want {
		c := res.Claims[i]
		if c.Speaker != w.speaker || string(c.Kind) != w.kind || c.Subject != w.subject {
			t.Errorf("claim %d: got %q %s %q, want %q %s %q:%s", i, c.Speaker, c.Kind, c.Subject, w.speaker, w.kind, w.subject, describe(res.Claims))
		}
	}
}

// describe renders claims compactly for failure messages.
func describe(cs []graph.Claim) string {
	var b strings.Builder
	for _, c := range cs {
		b.WriteString("\n  " + c.Speaker + " [" + c.Side + "] " + string(c.Kind) + " " + c.Subject + " " + string(c.Polarity) + " «" + c.Action + "» (" + c.Topic + "): " + c.Text)
	}
	return b.String()
}

// accusationPairs extracts text with no taxonomy of its own and returns
// its accusations as "side>subject", sorted, and the result.
func accusationPairs(tb testing.TB, text string) ([]string, Result) {
	tb.Helper()
	res := extractWith(tb, New(nil), Article{Name: "a.txt", Text: []byte(text)})
	var got []string
	for _, c := range res.Claims {
		if c.Kind == graph.KindAccusation {
			got = append(got, c.Side+">"+c.Subject)
		}
	}
	slices.Sort(got)
	return got, res
}

// checkSpeaker extracts text and checks the speaker tables' rows: the
// first claim whose text holds evidence is speaker's, on side; with
// evidence "", no claim may be one forbidden says it must not be.
func checkSpeaker(t *testing.T, text, evidence, speaker, side string, forbidden func(graph.Claim) bool) {
	t.Helper()
	res := extractWith(t, New(nil), Article{Name: "a.txt", Text: []byte(text)})
	if evidence == "" {
		for _, c := range res.Claims {
			if forbidden(c) {
				t.Errorf("claim %q by %q:%s", c.Text, c.Speaker, describe(res.Claims))
			}
		}
		return
	}
	for _, c := range res.Claims {
		if strings.Contains(c.Text, evidence) {
			if c.Speaker != speaker || c.Side != side {
				t.Errorf("claim %q by %q [%s], want %q [%s]:%s", c.Text, c.Speaker, c.Side, speaker, side, describe(res.Claims))
			}
			return
		}
	}
	t.Errorf("no claim with evidence %q:%s", evidence, describe(res.Claims))
}

// wantSpeaker checks that the first claim of res whose text holds
// evidence is speaker's; with no speaker, that no claim holds it.
func wantSpeaker(t *testing.T, res Result, evidence, speaker string) {
	t.Helper()
	for _, c := range res.Claims {
		if strings.Contains(c.Text, evidence) {
			if c.Speaker != speaker || speaker == "" {
				t.Errorf("claim %q by %q, want %q:%s", c.Text, c.Speaker, speaker, describe(res.Claims))
			}
			return
		}
	}
	if speaker != "" {
		t.Errorf("no claim with evidence %q:%s", evidence, describe(res.Claims))
	}
}

// checkAccusations extracts text and checks its accusations, as
// "side>accused" in any order, against want.
func checkAccusations(t *testing.T, text string, want []string) {
	t.Helper()
	checkAccusationsTitled(t, "", text, want)
}

// checkAccusationsTitled is checkAccusations on an article with a
// headline.
func checkAccusationsTitled(t *testing.T, title, text string, want []string) {
	t.Helper()
	res := extractTitled(t, title, text)
	var got []string
	for _, c := range res.Claims {
		if c.Kind == "accusation" {
			got = append(got, c.Side+">"+c.Subject)
		}
	}
	slices.Sort(got)
	want = slices.Clone(want)
	slices.Sort(want)
	if !slices.Equal(got, want) {
		t.Errorf("accusations %q, want %q:%s", got, want, describe(res.Claims))
	}
}

// checkFirstTopic extracts text and checks the topic of its first claim.
func checkFirstTopic(t *testing.T, text, want string) {
	t.Helper()
	checkFirstTopicTitled(t, "", text, want)
}

// checkFirstTopicTitled is checkFirstTopic on an article with a
// headline.
func checkFirstTopicTitled(t *testing.T, title, text, want string) {
	t.Helper()
	res := extractTitled(t, title, text)
	if len(res.Claims) == 0 {
		t.Errorf("%q: no claims", text)
		return
	}
	if got := res.Claims[0].Topic; got != want {
		t.Errorf("%q: topic %q, want %q:%s", text, got, want, describe(res.Claims))
	}
}

// checkTopics extracts text under title and checks every claim's topic,
// in order, against want.
func checkTopics(t *testing.T, text, title string, want []string) {
	t.Helper()
	res := extractTitled(t, title, text)
	var got []string
	for _, c := range res.Claims {
		got = append(got, c.Topic)
	}
	if !slices.Equal(got, want) {
		t.Errorf("topics %q, want %q:%s", got, want, describe(res.Claims))
	}
}

// claimRow is one claim's expected speaker, side, kind and subject.
type claimRow struct {
	speaker, side, kind, subject string
}

// checkClaimRows extracts text and checks its claims, in document order,
// against want: as many claims, each with its speaker, side, kind and
// subject.
func checkClaimRows(t *testing.T, text string, want []claimRow) {
	t.Helper()
	res := extractWith(t, New(nil), Article{Name: "a.txt", Text: []byte(text)})
	if len(res.Claims) != len(want) {
		t.Fatalf("got %d claims, want %d:%s", len(res.Claims), len(want), describe(res.Claims))
	}
	for i, w := range want {
		c := res.Claims[i]
		if c.Speaker != w.speaker || c.Side != w.side || string(c.Kind) != w.kind || c.Subject != w.subject {
			t.Errorf("claim %d: %s [%s] %s %s; want %s [%s] %s %s:%s", i, c.Speaker, c.Side, c.Kind, c.Subject, w.speaker, w.side, w.kind, w.subject, describe(res.Claims))
		}
	}
}

// topicRow is an article's title and text and the topic of every claim
// it yields, in order.
type topicRow struct {
	name, title, text string
	want              []string
}

// runTopicRows runs checkTopics on each row as a subtest.
func runTopicRows(t *testing.T, rows []topicRow) {
	t.Helper()
	for _, tt := range rows {
		t.Run(tt.name, func(t *testing.T) {
			checkTopics(t, tt.text, tt.title, tt.want)
		})
	}
}

// checkClaimSpeaker extracts text with the test taxonomy and checks the
// first claim whose text holds evidence: its speaker is want (any when
// want is ""; with prefix, begins with want) and is not not. With want
// set, a claim must be found. The pronoun tables (live entries, gender,
// place names) share it.
func checkClaimSpeaker(t *testing.T, text, evidence, want, not string, prefix bool) {
	t.Helper()
	res := extractText(t, text)
	for _, c := range res.Claims {
		if !strings.Contains(c.Text, evidence) {
			continue
		}
		got := c.Speaker
		if prefix && strings.HasPrefix(got, want) {
			got = want
		}
		if want != "" && got != want || not != "" && c.Speaker == not {
			t.Errorf("claim %q by %q, want %q (not %q):%s", c.Text, c.Speaker, want, not, describe(res.Claims))
		}
		return
	}
	if want != "" {
		t.Errorf("no claim with evidence %q:%s", evidence, describe(res.Claims))
	}
}

// startRow is a sentence of news, the claim to look for (by the start
// of its text) and the speaker it must have (speakerRow finds its claim
// by any words of it and checks the side too).
type startRow struct {
	name, text, claim, want string
}

// runStartRows extracts each row's text with no taxonomy and checks
// the speaker of every claim that starts so.
func runStartRows(t *testing.T, rows []startRow) {
	t.Helper()
	for _, tt := range rows {
		t.Run(tt.name, func(t *testing.T) {
			res, err := New(nil).Extract(context.Background(), Article{Name: "fixture.txt", Text: []byte(tt.text)})
			if err != nil {
				t.Fatal(err)
			}
			found := false
			for _, c := range res.Claims {
				if strings.HasPrefix(c.Text, tt.claim) {
					found = true
					if c.Speaker != tt.want {
						t.Errorf("%q: speaker %q, want %q%s", tt.claim, c.Speaker, tt.want, describe(res.Claims))
					}
				}
			}
			if !found {
				t.Errorf("no claim starting %q%s", tt.claim, describe(res.Claims))
			}
		})
	}
}

// wantSpeakers checks the speaker of each claim of text that opens with
// a prefix of want ("" = no such claim).
func wantSpeakers(t *testing.T, text string, want map[string]string) {
	t.Helper()
	res := extractText(t, text)
	for prefix, w := range want {
		got := ""
		for _, c := range res.Claims {
			if strings.HasPrefix(c.Text, prefix) {
				got = c.Speaker
			}
		}
		if got != w {
			t.Errorf("claim %q: speaker %q, want %q:%s", prefix, got, w, describe(res.Claims))
		}
	}
}

// wantSome checks that some claim of res is ok; what names that claim in
// the failure.
func wantSome(t *testing.T, res Result, what string, ok func(graph.Claim) bool) {
	t.Helper()
	if !slices.ContainsFunc(res.Claims, ok) {
		t.Errorf("no %s:%s", what, describe(res.Claims))
	}
}

// wantSpeakerSide checks that speaker has a claim in res, and that every
// claim of theirs is on side.
func wantSpeakerSide(t *testing.T, res Result, speaker, side string) {
	t.Helper()
	wantSome(t, res, fmt.Sprintf("claim by %q", speaker), func(c graph.Claim) bool { return c.Speaker == speaker })
	for _, c := range res.Claims {
		if c.Speaker == speaker && c.Side != side {
			t.Errorf("%s on side %q, want %q:%s", c.Speaker, c.Side, side, describe(res.Claims))
		}
	}
}

// wantFirstSide checks that the first claim of res whose text passes is
// is on side; who names the speaker in the failure when there is no
// such claim.
func wantFirstSide(t *testing.T, res Result, who string, is func(text string) bool, side string) {
	t.Helper()
	for _, c := range res.Claims {
		if is(c.Text) {
			if c.Side != side {
				t.Errorf("side %q, want %q:%s", c.Side, side, describe(res.Claims))
			}
			return
		}
	}
	t.Errorf("no claim by %s:%s", who, describe(res.Claims))
}

// speakersRow is a row of runSpeakersRows: a text and, by the prefix of
// a claim's text, that claim's speaker ("" = no such claim).
type speakersRow struct {
	name, text string
	want       map[string]string
}

// runSpeakersRows checks each row's text with wantSpeakers.
func runSpeakersRows(t *testing.T, rows []speakersRow) {
	t.Helper()
	for _, tt := range rows {
		t.Run(tt.name, func(t *testing.T) { wantSpeakers(t, tt.text, tt.want) })
	}
}
