package extract

import (
	"slices"
	"strings"
	"testing"

	"github.com/contra-project/contra/graph"
)

// TestUnassertedBlame checks that a blame verb under a modal, a verb of
// wanting, or "have" and a noun before "to" ("both governments had every
// reason to blame the other", "would blame each other", "Ostmark would
// blame Velland for any new sinking") is a comment on the parties, no
// accusation by either and none by the one who says so; an act begun
// ("have begun to blame each other"), told in the past ("would later
// blame") or conceded ("may blame …, but") stays an accusation.
func TestUnassertedBlame(t *testing.T) {
	lead := "A ferry sank near Tarn on Monday, and Velland and Ostmark traded accusations over the sinking. "
	both := []string{"Ostmark>Velland", "Velland>Ostmark"}
	twice := []string{"Ostmark>Velland", "Ostmark>Velland", "Velland>Ostmark", "Velland>Ostmark"}
	for _, r := range []struct {
		name, text string
		want       []string
	}{
		{"had every reason to", lead + "An analyst at the Lenn Institute, Ada Brisk, said both governments had every reason to blame the other.", both},
		{"had reasons to, for the harm", lead + "Ada Brisk, an analyst at the Lenn Institute, said both countries had reasons to blame the other for the sinking.", both},
		{"would blame the other", lead + "Both governments would blame the other.", both},
		{"might want to accuse each other", lead + "Ada Brisk said both sides might want to accuse each other of sinking it.", both},
		// guards: a reciprocal act begun, or done by means of something
		// had, is the parties' own
		{"guard: have begun to", lead + "Both governments have begun to blame the other for the sinking.", twice},
		{"guard: have used the talks to", lead + "Both governments have used the talks to blame the other for the sinking.", twice},
		{"would blame, a frame", lead + "Ostmark would blame Velland for any new sinking.", both},
		{"guard: would later blame", lead + "Ostmark would later blame Velland for the sinking.", append([]string{"Ostmark>Velland"}, both...)},
		{"guard: may blame, but", lead + "Velland may blame Ostmark for the sinking, but the ferry had not been inspected for years.", append([]string{"Velland>Ostmark"}, both...)},
	} {
		t.Run(r.name, func(t *testing.T) { checkAccusations(t, r.text, r.want) })
	}
}

// TestDeniedThatComma checks that "X denied that, saying …" is X's
// denial of the charge before, as "X denied it, saying …" is: the
// pronoun ends the denial's clause. "denied that, in March, its guards
// had …" keeps "that" a conjunction: the clause after the opening phrase
// is what is denied.
func TestDeniedThatComma(t *testing.T) {
	lead := "Velland accused Ostmark of closing the border crossing at night. "
	for _, r := range []struct {
		name, text, evidence, action string
	}{
		{"denied that, saying", lead + "The Ostmark interior ministry denied that, saying the gates had jammed.", "denied that", ""},
		{"rejected that, insisting", lead + "Ostmark's customs office rejected that, insisting the crossing had stayed open.", "rejected that", ""},
		// guard: "that" opens the clause denied, after a phrase
		{"guard: denied that, in March, …", lead + "The Ostmark interior ministry denied that, in March, its guards had closed the gates.", "denied that", "close gates"},
	} {
		t.Run(r.name, func(t *testing.T) {
			res := extractText(t, r.text)
			for _, c := range res.Claims {
				if !strings.Contains(c.Text, r.evidence) {
					continue
				}
				if c.Kind != graph.KindDenial || r.action != "" && c.Action != r.action {
					t.Errorf("claim %q: %s «%s», want a denial «%s»:%s", c.Text, c.Kind, c.Action, r.action, describe(res.Claims))
				}
				return
			}
			t.Errorf("no claim with %q:%s", r.evidence, describe(res.Claims))
		})
	}
}

// TestPronounDenialReason checks that a denial whose object is only a
// pronoun for the charge before ("dismissed that", "denied it") is one
// claim with the reason its "saying" clause gives, even when the reason
// names a state: the pronoun says nothing the reason does not. A denial
// that names what it rejects ("rejected the accusation") keeps a reason
// naming a state as a claim of its own.
func TestPronounDenialReason(t *testing.T) {
	lead := "Velland accused Ostmark of closing the border crossing at night. "
	for _, r := range []struct {
		name, text string
		kinds      []graph.Kind
	}{
		{"dismissed that, saying a state's", lead + "Ostmark's interior minister, Ivo Darn, dismissed that, saying Vellandian trucks had blocked the crossing for hours.",
			[]graph.Kind{graph.KindAccusation, graph.KindDenial}},
		{"denied it, saying a state's", lead + "Ostmark's interior minister, Ivo Darn, denied it, saying Vellandian trucks had blocked the crossing for hours.",
			[]graph.Kind{graph.KindAccusation, graph.KindDenial}},
		// guard: the denial names the charge
		{"guard: rejected the accusation, saying", lead + "Ostmark's interior minister, Ivo Darn, rejected the accusation, saying Vellandian trucks had blocked the crossing for hours.",
			[]graph.Kind{graph.KindAccusation, graph.KindDenial, graph.KindAssertion}},
	} {
		t.Run(r.name, func(t *testing.T) {
			res := extractText(t, r.text)
			var got []graph.Kind
			for _, c := range res.Claims {
				got = append(got, c.Kind)
			}
			if !slices.Equal(got, r.kinds) {
				t.Errorf("kinds %v, want %v:%s", got, r.kinds, describe(res.Claims))
			}
		})
	}
}

// TestSurnameNoShortForm checks that a surname alone ("Harrow said")
// names the person the paragraph named by it ("Marta Harrow, a farmer,")
// and not an organisation whose name merely starts with that word
// ("Harrow Mining"), as it does when the person was named in an earlier
// paragraph. Before the person is named, the word is the company's
// short form still.
func TestSurnameNoShortForm(t *testing.T) {
	for _, r := range []struct {
		name, text, evidence, want string
	}{
		{"a farmer after a mining company", "Velland accused Harrow Mining of poisoning the river. Harrow Mining denied the charge. " +
			"Marta Harrow, a farmer whose fields flood every spring, said the water had turned brown in May. Harrow said her cattle had stopped drinking from it.",
			"cattle", "Marta Harrow"},
		{"a lawyer after a freight firm", "Kessin Freight accused the port authority of blocking its trucks. The port authority denied it. " +
			"A lawyer for the drivers, Ivo Kessin, said the trucks had waited for nine hours. Kessin said the drivers had no water.",
			"no water", "Ivo Kessin"},
		// guard: the company's short form before any person holds the name
		{"guard: the short form before the person", "Velland accused Harrow Mining of poisoning the river. Harrow denied the charge. " +
			"Marta Harrow, a farmer whose fields flood every spring, said the water had turned brown in May.",
			"Harrow denied", "Harrow Mining"},
		{"guard: the person named after the short form", "Velland accused Harrow Mining of poisoning the river last year. On Monday Velland accused Harrow of poisoning it again. " +
			"Marta Harrow, a farmer whose fields flood every spring, said the water had turned brown in May.",
			"turned brown", "Marta Harrow"},
	} {
		t.Run(r.name, func(t *testing.T) { checkClaimSpeaker(t, r.text, r.evidence, r.want, "", false) })
	}
}

// TestPossessiveOwnerAgency checks that an agency named by a possessive
// ("Velland's weather service said") is that owner's, not the last body
// quoted whose noun it shares ("the Ostmark Weather Service"); the
// owner's own body, named so again ("Ostmark's weather service"), stays
// the one quoted.
func TestPossessiveOwnerAgency(t *testing.T) {
	lead := "Ostmark shot down a balloon over its border on Monday. The Ostmark Weather Service said no balloon of its own had been aloft. "
	for _, r := range []struct {
		name, text, evidence, want, not string
	}{
		{"another state's service", lead + "Velland's weather service said the balloon had drifted in strong winds.", "drifted", "", "Ostmark Weather Service"},
		{"another state's national service", lead + "Velland said the balloon was its own. Velland's national weather service said the balloon had drifted in strong winds.", "drifted", "", "Ostmark Weather Service"},
		// guard: the quoted body's own owner
		{"guard: the same state's service", lead + "Ostmark's weather service said the winds had been light.", "light", "Ostmark Weather Service", ""},
		{"guard: the owner named inside the body quoted", "Tarn's port was shut on Monday after a crane collapsed. Mayor Ada Brisk's office said the crane had been inspected in May. " +
			"Brisk's office said the inspection report would be published.", "published", "Mayor Ada Brisk's office", ""},
	} {
		t.Run(r.name, func(t *testing.T) { checkClaimSpeaker(t, r.text, r.evidence, r.want, r.not, false) })
	}
}

// TestReportedApposition checks that a name set off by commas after a
// description that a reporting verb reports on ("Party chairman Ivo
// Marek said the councillor, Tomas Brandt, had asked to move the box")
// is inside the report, not a trailing speaker of all before it; a
// description opening a trailing attribution ("…, the councillor, Tomas
// Brandt, said") after a comma is the speaker's.
func TestReportedApposition(t *testing.T) {
	lead := "Open Lenn shared a video of a man carrying a ballot box out of a polling station. "
	for _, r := range []struct {
		name, text, evidence, want string
	}{
		{"said the councillor, NAME, had asked", lead + "Party chairman Ivo Marek said the councillor, Tomas Brandt, had asked to move the box.", "had asked", "Ivo Marek"},
		{"said the local councillor, NAME, had asked", lead + "Party chairman Ivo Marek said the local councillor, Tomas Brandt, had asked to move the box.", "had asked", "Ivo Marek"},
		// guards: the description opens the trailing attribution
		{"guard: …, the councillor, NAME, said", lead + "The box was moved to a safe room, the councillor, Tomas Brandt, said.", "safe room", "Tomas Brandt"},
		{"guard: …, NAME, the councillor, said", lead + "Marek denied the charge, Tomas Brandt, the councillor, said.", "denied the charge", "Tomas Brandt"},
	} {
		t.Run(r.name, func(t *testing.T) { checkClaimSpeaker(t, r.text, r.evidence, r.want, "", false) })
	}
}

// TestPartnersAmpName checks that "X and Y & Co" that its grammar makes
// one firm (a singular description in apposition, a singular verb) is
// one name, kept whole when named again, not "Hart & Co" with "Bailey"
// cut off before it; "Ostmark and Hart & Co" with nothing to join them
// stays two parties, and "Procter & Gamble" has no partners' suffix.
func TestPartnersAmpName(t *testing.T) {
	lead := "A footbridge collapsed in Tarn on Monday. "
	for _, r := range []struct {
		name, text string
		want       []string
	}{
		{"a description in apposition", lead + "Bailey and Hart & Co, the contractor, said the council had changed the design. The council blamed Bailey and Hart & Co for the collapse.",
			[]string{">Bailey and Hart & Co"}},
		{"a singular verb", lead + "Bailey and Hart & Co has denied any fault. The council blamed Bailey and Hart & Co for the collapse.",
			[]string{">Bailey and Hart & Co"}},
		// guards: two parties joined by "and"
		{"guard: no grammar joins them", lead + "The council blamed Marlow and Hart & Co for the collapse.", []string{">Hart & Co", ">Marlow"}},
		{"guard: no partners' suffix", lead + "Marlow and Procter & Gamble has denied any fault. The council blamed Marlow and Procter & Gamble for the collapse.",
			[]string{">Marlow", ">Procter & Gamble"}},
	} {
		t.Run(r.name, func(t *testing.T) { checkAccusations(t, r.text, r.want) })
	}
}

// TestNoReportFurniture checks two phrases that read as reports and are
// none: an absolute whose reporting verb takes nothing ("With 98 percent
// of precincts reporting, Forward Caldoria led …"), and a base form that
// a participle and its agent follow ("The forensic report commissioned
// by the party … dates the infection": a noun, not "forensic" reporting).
// An absolute that reports words ("with officials saying the result …",
// "with one of her ads asking, “…”") and a plural subject's base form
// ("The villagers report that …") still report.
func TestNoReportFurniture(t *testing.T) {
	for _, r := range []struct {
		name, text, evidence, want string
	}{
		{"a count's absolute", "With 98 percent of precincts reporting, Forward Caldoria led the Hearth Party by 4,112 votes.", "", ""},
		{"a count's absolute mid-sentence", "Forward Caldoria was ahead on Monday night, with 98 percent of precincts reporting, by 4,112 votes.", "", ""},
		{"a report and its agent", "The forensic report commissioned by the party and prepared by Halvard Digital Forensics dates the first infection to November.", "", ""},
		// guards: reports
		{"guard: an absolute with words", "The count went on into the night, with officials saying the result would be known by noon.", "known by noon", "officials"},
		{"guard: an absolute with a quotation", "Marek ran a television campaign, with one of her ads asking, \"Is Ada Brisk ready to lead?\"", "ready to lead", "one of her ads"},
		{"guard: a plural subject's base form", "The villagers report that the wells have run dry.", "run dry", "villagers"},
	} {
		t.Run(r.name, func(t *testing.T) {
			if r.evidence != "" {
				checkClaimSpeaker(t, r.text, r.evidence, r.want, "", false)
				return
			}
			if res := extractText(t, r.text); len(res.Claims) > 0 {
				t.Errorf("claims from furniture:%s", describe(res.Claims))
			}
		})
	}
}

// TestCommandBackReference checks that "The command said …" after a
// state's command spoke ("According to Ostmark's Coastal Defence
// Command, …", read as Ostmark) is that state's organ again, not a
// speaker "command" on no side; after a company spoke it is no state's.
func TestCommandBackReference(t *testing.T) {
	for _, r := range []struct {
		name, text, evidence, want, not string
	}{
		{"after a state's command", "An Ostmarkian patrol boat rammed a Vellandian trawler near Lenn on Tuesday. " +
			"According to Ostmark's Coastal Defence Command, the patrol boat ordered the trawler to stop. The command said the trawler ignored three radio warnings.",
			"radio warnings", "Ostmarkian government", ""},
		// guard: the last body quoted is a company
		{"guard: after a company", "A fire broke out at the Harrow Mining pit on Monday. Harrow Mining said the blaze was under control. " +
			"The command said the fire had spread to a second shaft.", "second shaft", "", "Harrow Mining"},
	} {
		t.Run(r.name, func(t *testing.T) { checkClaimSpeaker(t, r.text, r.evidence, r.want, r.not, false) })
	}
}

// TestOwnerNamedInApposition checks that "The boat's owner, the
// Lenn-based co-operative Tarn Bay Fishers, said" is the co-operative
// the apposition describes and names, as "the Lenn firm Tarn Shipping"
// is; a person in apposition ("the fisherman Ivo Marek") is no body.
func TestOwnerNamedInApposition(t *testing.T) {
	lead := "A patrol boat rammed a trawler near Lenn on Tuesday. "
	for _, r := range []struct {
		name, text, want, not string
	}{
		{"a co-operative", lead + "The boat's owner, the Lenn-based co-operative Tarn Bay Fishers, said its skipper had radioed for help.", "Tarn Bay Fishers", ""},
		{"a firm", lead + "The boat's owner, the Lenn firm Tarn Shipping, said its skipper had radioed for help.", "Tarn Shipping", ""},
		// guard: a person described by a trade
		{"guard: a fisherman", lead + "The boat's owner, the fisherman Ivo Marek, said his skipper had radioed for help.", "", "Ivo Marek"},
	} {
		t.Run(r.name, func(t *testing.T) { checkClaimSpeaker(t, r.text, "radioed", r.want, r.not, false) })
	}
}
