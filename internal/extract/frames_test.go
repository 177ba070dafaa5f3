package extract

import (
	"strings"
	"testing"
)

// TestReportingFrames covers reporting frames of news prose beyond "X
// said Y": each row names the claim's speaker and a piece of its
// evidence, and how many claims the text yields.
func TestReportingFrames(t *testing.T) {
	tests := []struct {
		name     string
		text     string
		speaker  string // of the claim whose evidence holds evidence
		evidence string
		claims   int
	}{
		{"typewriter quotation marks",
			"Ivo Marek visited Fredville.\n\n''The bridge will be finished by spring,'' Marek said. ''Fredville has the money.''",
			"Ivo Marek", "Fredville has the money", 2},
		{"inverted attribution with an apposition",
			"\"Nobody expected the vote to be this close,\" said Lena Kovach, a professor of history at the University of Strelsau.",
			"Lena Kovach", "Nobody expected the vote", 1},
		{"inverted attribution with a relative clause",
			"\"The numbers do not add up,\" said Tomas Brill, who advised two previous governments.",
			"Tomas Brill", "The numbers do not add up", 1},
		{"age and apposition between subject and verb",
			"\"I do not trust any of them,\" Ada Vell, 67, a retired nurse in Fredville, said in an interview.",
			"Ada Vell", "I do not trust any of them", 1},
		{"a description as speaker",
			"Several observers said the turnout was the lowest in a decade.",
			"Several observers", "the turnout was the lowest", 1},
		{"a description with a post-modifier",
			"A spokesman for the port authority said the ship had left without permission.",
			"spokesman for the port authority", "the ship had left", 1},
		{"a trailing description",
			"The reform will cost more than planned, many economists say.",
			"many economists", "The reform will cost more", 1},
		{"a role, then the name in apposition",
			"The party's chairman, Jonas Vell, said the vote would be held in May.",
			"Jonas Vell", "the vote would be held", 1},
		{"participle report of the main clause's subject",
			"Dana Oster sided with the farmers on Monday, saying the tax was unfair.",
			"Dana Oster", "the tax was unfair", 1},
		{"parenthetical attribution covers the whole clause",
			"The plan, an aide to the mayor said, is to reopen the bridge in June.",
			"aide to the mayor", "The plan", 1},
		{"a question is reported",
			"\"Who will pay for the bridge?\" asked Ada Vell.",
			"Ada Vell", "Who will pay for the bridge", 1},
		{"beliefs are reported",
			"Ivo Marek believes the tax will be repealed next year.",
			"Ivo Marek", "the tax will be repealed", 1},
		{"stances are reported",
			"Dana Oster praised the decision to reopen the bridge.",
			"Dana Oster", "the decision to reopen the bridge", 1},
		{"trailing attribution with a subordinate clause after the verb",
			"\"We will win this county,\" Ivo Marek said as he left the rally.",
			"Ivo Marek", "We will win this county", 1},
		{"a speaker with an apposition before a verb is not inverted",
			"Lena Kovach, a delegate from Strelsau, criticized the new rules, saying they favoured incumbents.",
			"Lena Kovach", "they favoured incumbents", 2},
		{"a reporting verb used as a noun reports nothing",
			"The attack claim is likely false.",
			"", "", 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			res := extractText(t, tt.text)
			if len(res.Claims) != tt.claims {
				t.Fatalf("got %d claims, want %d:%s", len(res.Claims), tt.claims, describe(res.Claims))
			}
			if tt.claims == 0 {
				return
			}
			for _, c := range res.Claims {
				if strings.Contains(c.Text, tt.evidence) {
					if c.Speaker != tt.speaker {
						t.Errorf("claim %q by %q, want %q", c.Text, c.Speaker, tt.speaker)
					}
					return
				}
			}
			t.Errorf("no claim with evidence %q:%s", tt.evidence, describe(res.Claims))
		})
	}
}

func TestGuessLemma(t *testing.T) {
	tests := map[string]string{
		"rammed": "ram", "opened": "open", "fired": "fire", "collided": "collide", "carried": "carry",
		"ramming": "ram", "blames": "blame", "finished": "finish", "visited": "visit", "attacked": "attack",
		"moved": "move", "seized": "seize", "forced": "force", "charged": "charge", "used": "use",
		"caused": "cause", "hoped": "hope", "voted": "vote", "invaded": "invade", "provoked": "provoke",
		"violated": "violate", "declared": "declare", "entered": "enter", "determined": "determine",
		"called": "call", "passed": "pass", "played": "play", "developed": "develop", "targeted": "target",
		"firing": "fire", "opening": "open", "pushes": "push", "carries": "carry", "sided": "side",
		"shelled": "shell", "mined": "mine", "sank": "sank", "boats": "boat",
	}
	for w, want := range tests {
		if got := guessLemma(w); got != want {
			t.Errorf("guessLemma(%q) = %q, want %q", w, got, want)
		}
	}
}
