package extract

import "testing"

// TestPowerCompanyNotSurname: a power company named after its state
// ("Ostra Power", once the article's "Ostran" has made "Ostra" a state)
// speaks by its whole name, not as a person surnamed Power of that state;
// a known state's name and one business's noun are a company as well;
// a person whose surname is the same word stays a person when a title or
// an apposition giving her post says so.
func TestPowerCompanyNotSurname(t *testing.T) {
	runSpeakerRows(t, []speakerRow{
		{"a state's name before it",
			"The Ostran utility and the grid operator clashed on Monday. Ostra Power rejected the account of the outage within hours.",
			"rejected the account", "Ostra Power", "Ostra Power"},
		{"a state and a company of one stem, another business's noun",
			"Talks between Ostria and the grid operator failed. The Ostrian utility said little. Ostra Grid rejected the account of the outage within hours.",
			"rejected the account", "Ostra Grid", ""},
		{"a name of its own",
			"The grid operator blamed the surge on Delvik Power. Delvik Power said its flows were within the agreed limits.",
			"flows were within", "Delvik Power", "Delvik Power"},
		{"a known state's name before it",
			"Chile Power rejected the account of the outage within hours.",
			"rejected the account", "Chile Power", "Chile Power"},
		{"a known state's name before another business's noun",
			"Chile Steel said the mill would reopen in the spring.",
			"mill would reopen", "Chile Steel", "Chile Steel"},
		{"scope: a known state's public body",
			"Chile Police said the men were held overnight.",
			"men were held", "Chile Police", "Chile"},
		{"scope: a person, by her post",
			"Marta Power, the Ostran ambassador, said the talks had failed in the capital.",
			"talks had failed", "Marta Power", ""},
		{"scope: a person, by a title",
			"The Ostran talks stalled on Monday. Ambassador Tomas Power said the talks had failed in the capital.",
			"talks had failed", "Tomas Power", ""},
		{"scope: a person, by Mr",
			"Talks with the Ostran delegation stalled on Monday. Mr Power said the talks had failed in the capital.",
			"talks had failed", "Power", ""},
	})
}

// TestRegularStateElsewhere: one demonym derives one state; the other
// words of its stem are names of their own when the regular one is
// written.
func TestRegularStateElsewhere(t *testing.T) {
	for _, tt := range []struct {
		text, name, dem string
		want            bool
	}{
		{"Ostria and Ostra Grid", "Ostra", "Ostrian", true},
		{"Ostra Grid alone", "Ostra", "Ostrian", false},
		{"Ostria only", "Ostria", "Ostrian", false},
		{"Ostrias and Ostra", "Ostra", "Ostrian", false}, // a word of its own only
		{"Velland and Vellandese", "Vella", "Vellandese", false},
	} {
		if got := regularStateElsewhere([]string{tt.text}, tt.name, tt.dem); got != tt.want {
			t.Errorf("regularStateElsewhere(%q, %q, %q) = %v, want %v", tt.text, tt.name, tt.dem, got, tt.want)
		}
	}
}
