package extract

import (
	"testing"

	"github.com/contra-project/contra/graph"
)

// TestRelativeWhoSaid: a relative clause on a person, "who" or "whom"
// and a subject that says something of him ("the clerk, who Vance said
// had lost the ballots"), is the subject's report, as the same clause
// with "which" is.
func TestRelativeWhoSaid(t *testing.T) {
	runSpeakerRows(t, []speakerRow{
		{"who and a named subject",
			"The inquiry turned to the county clerk, Ada Birn, who Mayor Tom Arlen said had lost 300 ballots.",
			"had lost 300 ballots", "Tom Arlen", ""},
		{"whom and a group",
			"Vance lost the primary to Dunn, whom many farmers believed was tilting the race toward the mill owners.",
			"tilting the race", "many farmers", ""},
		{"who and a pronoun for the clause's subject",
			"Governor Ross Pellman spoke in Dell on Monday. Pellman attacked the moderator, Kay Ruiz, who he claims has been unfair to him.",
			"has been unfair", "Ross Pellman", ""},
	})
}

// TestRelativeCalled: a relative clause set off by a comma whose subject
// names or describes the noun before ("…, which Pellman called “a
// disgrace”", "…, whom one aide described as …") is that subject's
// account, as "what X called …" is; "described" needs its "as", a
// pronoun subject is the main clause's (never the noun the clause
// follows), and a clause with a verb of its own ("which remained too
// close to call") names nothing.
func TestRelativeCalled(t *testing.T) {
	runSpeakerRows(t, []speakerRow{
		{"which and called",
			"A magazine put the governor's fortune at $2.9 million, which Pellman called \"a disgrace.\"",
			"a disgrace", "Pellman", ""},
		{"whom and described as",
			"Her chief strategist is Joel Baird, whom one aide described as \"her brother.\"",
			"her brother", "one aide", ""},
		{"who, a pronoun and dubbed",
			"Governor Ross Pellman spoke in Dell on Monday. Pellman took swipes at Tom Arlen, who he dubbed \"the little mayor.\"",
			"the little mayor", "Ross Pellman", ""},
		{"a time between subject and verb",
			"The crowd booed Kay Ruiz, who Senator Ada Vance on Wednesday called \"a horrible human being.\"",
			"horrible human being", "Ada Vance", ""},
	})
	for _, text := range []string{
		"The count in Dell, which remained too close to call on Tuesday night, was delayed by rain.",
		"The levy was paid for by the mills, which he described in a letter to the council.",
	} {
		checkSpeaker(t, text, "", "", "", func(c graph.Claim) bool { return true })
	}
}

// TestFloatedQuantifierAfterSubject: "both" or "all" floated right after
// a named or plural subject ("Richter and Menner both argued", "the
// ministers all agreed") leaves the subject the speaker, as it does
// after an auxiliary ("have both argued"); after "we" or "they" it opens
// no report ("the leader we all knew").
func TestFloatedQuantifierAfterSubject(t *testing.T) {
	runSpeakerRows(t, []speakerRow{
		{"names, both",
			"Balton and Gorsky both argued that the tariff on steel had failed.",
			"the tariff on steel had failed", "Gorsky", ""},
		{"names, both and a charge",
			"Richter and Menner both stressed that the harvest was not lost.",
			"harvest was not lost", "Menner", ""},
	})
	checkSpeaker(t, "This was the Pellman we all knew, the governor who claims that the river belongs to the mills.", "", "", "",
		func(c graph.Claim) bool { return c.Speaker == "we" })
}
