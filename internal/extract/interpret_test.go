package extract

import (
	"strings"
	"testing"

	"github.com/contra-project/contra/graph"
)

func TestInterpret(t *testing.T) {
	// Each text has one claim of interest: the first by speaker.
	const intro = "Freedonian Defence Minister Ivo Marek spoke in Fredville.\n\n"
	tests := []struct {
		name     string
		text     string
		kind     graph.Kind
		subject  string
		polarity graph.Polarity
		action   string // "" skips the check
		topic    string // "" skips the check
		nth      int    // which of Ivo Marek's claims
	}{
		{"accusation of weapon use", intro + "Sylvania has used cluster bombs against civilians, Marek said.",
			graph.KindAccusation, "Sylvania", graph.Positive, "use cluster munitions", "cluster munitions", 0},
		{"own side never", intro + "Freedonia has never used cluster munitions, Marek said.",
			graph.KindDenial, "Freedonia", graph.Negative, "use cluster munitions", "cluster munitions", 0},
		{"denial verb with clause", intro + "Marek denied that Freedonian forces had shelled the dam.",
			graph.KindDenial, "Freedonia", graph.Negative, "", "dam destruction", 0},
		{"denial verb with gerund", intro + "Marek denied shelling the dam.",
			graph.KindDenial, "Freedonia", graph.Negative, "", "dam destruction", 0},
		{"refrained from doing so", intro + "Sylvania and Freedonia have accused each other of using drones. Marek claimed Fredville has refrained from doing so.",
			graph.KindDenial, "Freedonia", graph.Negative, "use drone strikes", "drone strikes", 0},
		{"threat", intro + "Freedonia reserves the right to respond to any missile attack, Marek said.",
			graph.KindThreat, "Freedonia", graph.Positive, "", "missile strikes", 0},
		{"prediction about the other side", intro + "Marek said Sylvania will launch new drone attacks in the spring.",
			graph.KindPrediction, "Sylvania", graph.Positive, "", "drone strikes", 0},
		{"plain assertion", intro + "Marek said the harvest in Freedonia was good this year.",
			graph.KindAssertion, "", graph.Positive, "", "", 0},
		{"cleft focus", intro + "\"It is Sylvania that attacked the convoy,\" Marek said.",
			graph.KindAccusation, "Sylvania", graph.Positive, "attack convoy", "", 0},
		{"passive agent", intro + "Civilians were killed by Sylvanian artillery near the border, Marek said.",
			graph.KindAccusation, "Sylvania", graph.Positive, "", "", 0},
		{"refusal of the other side", intro + "Marek said Sylvania is yet to respond to the peace proposal.",
			graph.KindAccusation, "Sylvania", graph.Positive, "", "negotiations", 0},
		{"blame predicate", intro + "Marek said Sylvania is responsible for the blast at the dam.",
			graph.KindAccusation, "Sylvania", graph.Positive, "", "dam destruction", 0},
		{"dismissal", intro + "Asked about reports of Sylvanian mercenaries in Fredville, the minister called them nonsense.",
			graph.KindDenial, "Sylvania", graph.Negative, "", "", 0},
		{"negated act of the other side is no accusation", intro + "Sylvania refrained from shelling the city, Marek said.",
			graph.KindAssertion, "Sylvania", graph.Negative, "", "", 0},
		{"framed clause", intro + "\"We have evidence that Sylvania used chemical weapons,\" Marek said.",
			graph.KindAccusation, "Sylvania", graph.Positive, "use chemical weapons", "chemical weapons", 0},
		{"accused of", intro + "Marek accused Sylvania of torturing prisoners of war.",
			graph.KindAccusation, "Sylvania", graph.Positive, "torture prisoners of war", "prisoners of war", 0},
		{"weapon maker is not the subject", intro + "A missile strike from a Sylvanian launcher hit the school, Marek said.",
			graph.KindAssertion, "", graph.Positive, "", "", 0},
		{"participle continuation accuses", intro + "Marek said the truce had collapsed, accusing Sylvanian forces of shelling the dam.",
			graph.KindAccusation, "Sylvania", graph.Positive, "shell dam", "dam destruction", 1},
		{"harmful description identified with an actor", intro + "\"The side that shells the villages every night is Sylvania,\" Marek said.",
			graph.KindAccusation, "Sylvania", graph.Positive, "", "", 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			res := extractText(t, tt.text)
			var c *graph.Claim
			n := 0
			for i := range res.Claims {
				if res.Claims[i].Speaker == "Ivo Marek" {
					if n == tt.nth {
						c = &res.Claims[i]
						break
					}
					n++
				}
			}
			if c == nil {
				t.Fatalf("no claim by Ivo Marek:%s", describe(res.Claims))
			}
			if c.Kind != tt.kind || c.Subject != tt.subject || c.Polarity != tt.polarity {
				t.Errorf("got %s %q %s, want %s %q %s:%s", c.Kind, c.Subject, c.Polarity, tt.kind, tt.subject, tt.polarity, describe(res.Claims))
			}
			if tt.action != "" && c.Action != tt.action {
				t.Errorf("action %q, want %q", c.Action, tt.action)
			}
			if tt.topic != "" && c.Topic != tt.topic {
				t.Errorf("topic %q, want %q", c.Topic, tt.topic)
			}
		})
	}
}

func TestLemma(t *testing.T) {
	tests := []struct{ in, want string }{
		{"used", "use"}, {"using", "use"}, {"uses", "use"}, {"said", "say"}, {"told", "tell"},
		{"shelled", "shell"}, {"denied", "deny"}, {"carried", "carry"}, {"struck", "strike"},
		{"committed", "commit"}, {"stopped", "stop"}, {"targeted", "target"}, {"unknownword", "unknownword"},
	}
	for _, tt := range tests {
		if got := lemma(tt.in); got != tt.want {
			t.Errorf("lemma(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

// TestDismissalVerdict checks that the verdict a dismissal passes on
// the claim it refers back to ("as propaganda", "as terrorism") is not
// the claim's topic: the denial is about the claim's own event.
func TestDismissalVerdict(t *testing.T) {
	const lead = "TOLMA, Ostmark (Wirenews) - Ostmark's army and the rebel Varn Hills Front blamed each other for a rocket strike on a clinic. The army said the rebels had fired the rockets from the clinic. "
	tests := []struct {
		text, want string // want: the topic of the last sentence's claim
	}{
		{lead + "The rebels dismissed that claim as propaganda.", "rocket strike"},
		{lead + "The Front rejected the accusation as terrorism propaganda.", "rocket strike"},
		{lead + "The Front dismissed the army's account as a fabrication.", "rocket strike"},
		// guard: what the claims say is their topic
		{lead + "The Front dismissed the army's claims of drone strikes on the town.", "drone strikes"},
	}
	for _, tt := range tests {
		res := extractWith(t, New(nil), Article{Name: "a.txt", Text: []byte(tt.text)})
		last := tt.text[strings.LastIndex(tt.text, ". ")+2:]
		got := ""
		for _, c := range res.Claims {
			if strings.Contains(last, c.Text) || strings.Contains(c.Text, strings.TrimSuffix(last, ".")) {
				got = c.Topic
			}
		}
		if got != tt.want {
			t.Errorf("%q: topic %q, want %q:%s", last, got, tt.want, describe(res.Claims))
		}
	}
}

// TestDismissedVersionOwner checks that a dismissal of another party's
// account ("called the Front's version a lie") denies the charge
// against the speaker's own side: the account's owner is not the
// party the denial clears.
func TestDismissedVersionOwner(t *testing.T) {
	const lead = "TOLMA, Ostmark (Wirenews) - Ostmark's army and the rebel Varn Hills Front blamed each other for a rocket strike on a clinic. The Front said the army had fired the rockets. An army spokesman, Colonel Ivo Brand, denied it. "
	tests := []struct {
		text, subject string // subject of the last sentence's denial
	}{
		{lead + "He called the Front's version \"a lie designed to hide a crime\".", "Ostmark"},
		{lead + "He called the Front's account nonsense.", "Ostmark"},
	}
	for _, tt := range tests {
		res := extractWith(t, New(nil), Article{Name: "a.txt", Text: []byte(tt.text)})
		got := "no denial"
		for _, c := range res.Claims {
			if c.Kind == graph.KindDenial && strings.HasPrefix(c.Text, "He called") {
				got = c.Subject
			}
		}
		if got != tt.subject {
			t.Errorf("%q: denial of %q, want %q:%s", tt.text, got, tt.subject, describe(res.Claims))
		}
	}
}

// TestExecutedBy checks that the doer of an event its subject names,
// after "carried out by", "staged by" or "ordered by", is accused, however
// far back the event's noun stands; a report carried by newspapers is
// no event.
func TestExecutedBy(t *testing.T) {
	const lead = "KORSA CITY, Korsa (Wirenews) - An attack destroyed a fuel depot near the border between Korsa and neighbouring Ellund on Monday. "
	tests := []struct {
		text, want string // want: the last sentence's claim as kind>subject
	}{
		{lead + "Korsa insisted that the attack on the depot was carried out by Ellund.", "accusation>Ellund"},
		{lead + "Korsa said the bombing of the depot had been ordered by Ellund.", "accusation>Ellund"},
		{lead + "\"This massacre of workers was planned and carried out by Ellund,\" Korsa said.", "accusation>Ellund"},
		// guard: no event noun before the verb
		{lead + "Korsa said the report was carried by Ellund newspapers.", "assertion>"},
	}
	for _, tt := range tests {
		res := extractWith(t, New(nil), Article{Name: "a.txt", Text: []byte(tt.text)})
		got := "no claim"
		for _, c := range res.Claims {
			if !strings.HasPrefix(c.Text, "An attack") {
				got = string(c.Kind) + ">" + c.Subject
			}
		}
		if got != tt.want {
			t.Errorf("%q: %q, want %q:%s", tt.text[len(lead):], got, tt.want, describe(res.Claims))
		}
	}
}
