package extract

import (
	"strings"
	"testing"
)

// TestRelativeAfterReport: a sentence that reports and then ends in a
// relative clause with a report of its own ("…, which she said had
// ignored two orders to clear it", "…, which Norland said it would
// allow") gives two claims: the sentence's report up to the relative
// word, then the clause's content in its subject's name (a pronoun being
// the one who made the first report). A few words that finish the same
// speaker's account of the noun, the reason of a blame or a denial, and a
// relative clause the main clause goes on after stay one claim.
func TestRelativeAfterReport(t *testing.T) {
	type want struct{ speaker, text string }
	rows := []struct {
		name, text string
		want       []want
	}{
		{"pronoun, same speaker",
			"Mayor Oda Brekke said the fire had started in a storeroom rented by Kolm Logistics, which she said had ignored two written orders to clear the boxes from it.",
			[]want{{"Oda Brekke", "Mayor Oda Brekke said the fire had started in a storeroom rented by Kolm Logistics"}, {"Oda Brekke", "had ignored two written orders to clear the boxes from it."}}},
		{"body, another party",
			"The Dorran Basin Commission called for an inspection of the Ulm dam, which the Norland Water Board said it would allow.",
			[]want{{"Dorran Basin Commission", "The Dorran Basin Commission called for an inspection of the Ulm dam"}, {"Norland Water Board", "it would allow."}}},
		{"body, it",
			"The Harsk Port Authority said the crane had been inspected by Tolm Engineering, which it said had signed off the brakes two weeks before the collapse.",
			[]want{{"Harsk Port Authority", "The Harsk Port Authority said the crane had been inspected by Tolm Engineering"}, {"Harsk Port Authority", "had signed off the brakes two weeks before the collapse."}}},
		{"short account stays whole",
			"The Harsk Port Authority said the drains below the quay had failed, which it said were choked with silt.",
			[]want{{"Harsk Port Authority", "The Harsk Port Authority said the drains below the quay had failed, which it said were choked with silt."}}},
		{"blame's reason stays whole",
			"The Harsk Port Authority blamed the collapse on a contractor, Tolm Engineering, which it said had skipped two required inspections this spring.",
			[]want{{"Harsk Port Authority", "The Harsk Port Authority blamed the collapse on a contractor, Tolm Engineering, which it said had skipped two required inspections this spring."}}},
		{"main clause goes on",
			"Mayor Oda Brekke said the debris, which she said came from a drone launched from the ridge, was found near the school.",
			[]want{{"Oda Brekke", "Mayor Oda Brekke said the debris, which she said came from a drone launched from the ridge, was found near the school."}}},
	}
	for _, r := range rows {
		t.Run(r.name, func(t *testing.T) {
			res := extractWith(t, New(nil), Article{Name: "a.txt", Text: []byte("Harbour report\n\n" + r.text)})
			if len(res.Claims) != len(r.want) {
				t.Fatalf("got %d claims, want %d:%s", len(res.Claims), len(r.want), describe(res.Claims))
			}
			for i, w := range r.want {
				c := res.Claims[i]
				if c.Speaker != w.speaker || !strings.HasPrefix(c.Text, w.text) {
					t.Errorf("claim %d: %q %q, want %q %q", i, c.Speaker, c.Text, w.speaker, w.text)
				}
			}
		})
	}
}
