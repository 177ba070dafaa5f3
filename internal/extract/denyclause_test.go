package extract

import (
	"strings"
	"testing"

	"github.com/contra-project/contra/graph"
)

// denyRow is an article, the words of one of its claims, and that
// claim's expected kind, polarity and subject.
type denyRow struct {
	name, text, evidence string
	kind                 graph.Kind
	polarity             graph.Polarity
	subject              string
}

// runDenyRows extracts each row's text and checks the claim whose text
// holds the row's evidence; no claim holding it may be a positive
// accusation of another party, which would turn a denial into the charge
// it denies.
func runDenyRows(t *testing.T, rows []denyRow) {
	t.Helper()
	for _, r := range rows {
		t.Run(r.name, func(t *testing.T) {
			res := extractText(t, r.text)
			var found *graph.Claim
			for i := range res.Claims {
				c := &res.Claims[i]
				if !strings.Contains(c.Text, r.evidence) {
					continue
				}
				if c.Kind == graph.KindAccusation && c.Polarity == graph.Positive && c.Subject != c.Side {
					t.Errorf("%q read as a charge against %s:%s", r.evidence, c.Subject, describe(res.Claims))
				}
				if found == nil {
					found = c
				}
			}
			if found == nil {
				t.Fatalf("no claim holds %q:%s", r.evidence, describe(res.Claims))
			}
			if found.Kind != r.kind || found.Polarity != r.polarity || found.Subject != r.subject {
				t.Errorf("got %s %s %q, want %s %s %q:%s", found.Kind, found.Polarity, found.Subject, r.kind, r.polarity, r.subject, describe(res.Claims))
			}
		})
	}
}

// TestCoordinatedDenial: a denial coordinated after another report of
// the same speaker ("X said A and denied that B", "X rejected A and
// denied B") denies B for X's side. Its frame is a continuation, which
// keeps no verb, and B's clause, read on its own, names the other side
// ("Tarnovian prisoners") beside a word of harm ("mistreated"): read as
// the speaker's own claim it charged the other side with what the
// speaker denies.
func TestCoordinatedDenial(t *testing.T) {
	const charge = "Tarnovia has accused Sorvaly of mistreating Tarnovian prisoners. "
	runDenyRows(t, []denyRow{
		{"dismissed that as, and denied that",
			charge + `Sorvaly's foreign minister, Ivo Quillen, dismissed that as "an old trick" and denied that Tarnovian prisoners were mistreated.`,
			"Tarnovian prisoners were mistreated", graph.KindDenial, graph.Negative, "Sorvaly"},
		{"said, and denied that",
			charge + `Sorvaly's foreign minister, Ivo Quillen, said the report was old and denied that Tarnovian prisoners were mistreated.`,
			"Tarnovian prisoners were mistreated", graph.KindDenial, graph.Negative, "Sorvaly"},
		{"said, and denied that, perfect passive",
			charge + `Sorvaly's foreign minister, Ivo Quillen, said the footage was staged and denied that Tarnovian prisoners had been mistreated.`,
			"Tarnovian prisoners had been mistreated", graph.KindDenial, graph.Negative, "Sorvaly"},
		{"rejected, and denied that, active",
			charge + `Sorvaly's foreign minister, Ivo Quillen, rejected the report and denied that Sorvalian guards beat Tarnovian prisoners.`,
			"guards beat Tarnovian prisoners", graph.KindDenial, graph.Negative, "Sorvaly"},
		{"said, and flatly denied that",
			charge + `Sorvaly's foreign minister, Ivo Quillen, said the camps were open to inspectors and flatly denied that Tarnovian prisoners were tortured.`,
			"Tarnovian prisoners were tortured", graph.KindDenial, graph.Negative, "Sorvaly"},
		{"rejected, and denied a gerund",
			charge + `Sorvaly's foreign minister, Ivo Quillen, rejected the report and denied abusing Tarnovian prisoners.`,
			"abusing Tarnovian prisoners", graph.KindDenial, graph.Negative, "Sorvaly"},
		{"rejected, and rejected a plan: no denial, no charge",
			charge + `Sorvaly's foreign minister, Ivo Quillen, rejected the report and rejected Tarnovia's plan to seize the border villages.`,
			"plan to seize", graph.KindAssertion, graph.Positive, "Sorvaly"},
	})
}

// TestDeniedClause: "denied that …" frames a clause whatever its verb
// form; a passive's subject is the one the act was done to, so the
// denied doer is the denier's side, or the agent "by" names.
func TestDeniedClause(t *testing.T) {
	const charge = "Tarnovia has accused Sorvaly of mistreating Tarnovian prisoners. "
	runDenyRows(t, []denyRow{
		{"passive",
			charge + `Sorvaly's foreign minister, Ivo Quillen, denied that Tarnovian prisoners were mistreated.`,
			"Tarnovian prisoners were mistreated", graph.KindDenial, graph.Negative, "Sorvaly"},
		{"perfect passive, a determiner",
			charge + `Sorvaly's interior minister, Lena Haldor, denied that any prisoner had been mistreated.`,
			"any prisoner had been mistreated", graph.KindDenial, graph.Negative, "Sorvaly"},
		{"a past form the lexicon does not know",
			"Tarnovia has accused Sorvaly of flying jets into its airspace. Sorvaly's defence minister, Lena Haldor, denied that the fighters crossed into Tarnovian airspace.",
			"the fighters crossed into Tarnovian airspace", graph.KindDenial, graph.Negative, "Sorvaly"},
		{"dismissed that as",
			charge + `Sorvaly's foreign minister, Ivo Quillen, dismissed that as "a familiar smear".`,
			"dismissed that as", graph.KindDenial, graph.Negative, "Sorvaly"},
	})
}

// TestRejectedFindings: a denial verb whose object is what the other
// side or a monitor found or put forward ("the group's findings", "the
// union's figures", "the contractor explanation", "any link") denies the
// charge it carries for the speaker's side; "rejected the peace plan"
// denies nothing.
func TestRejectedFindings(t *testing.T) {
	const charge = "A rights group, Shoreline Aid, said Sorvaly's coastguard had pushed 40 boats back to sea. "
	runDenyRows(t, []denyRow{
		{"findings",
			charge + "Sorvaly's interior ministry rejected the watchdog's findings.",
			"rejected the watchdog's findings", graph.KindDenial, graph.Negative, "Sorvaly"},
		{"figures as",
			charge + `Sorvaly's interior minister, Lena Haldor, dismissed the group's figures as "invented".`,
			"dismissed the group's figures", graph.KindDenial, graph.Negative, "Sorvaly"},
		{"explanation",
			charge + "Sorvaly's interior ministry dismissed the weather explanation.",
			"dismissed the weather explanation", graph.KindDenial, graph.Negative, "Sorvaly"},
		{"any link",
			charge + "Sorvaly's interior ministry denied any link to the smuggling gangs.",
			"denied any link", graph.KindDenial, graph.Negative, "Sorvaly"},
		{"all of it",
			charge + "Sorvaly's interior ministry rejects all of it.",
			"rejects all of it", graph.KindDenial, graph.Negative, "Sorvaly"},
		{"every one",
			charge + "Sorvaly's interior ministry has denied every one.",
			"denied every one", graph.KindDenial, graph.Negative, "Sorvaly"},
		{"a plan is no charge",
			charge + "Sorvaly's interior ministry rejected the peace plan.",
			"rejected the peace plan", graph.KindAssertion, graph.Positive, "Sorvaly"},
	})
}

// TestLawfulConduct: a side that says its own conduct kept to the rules
// ("in full accordance with", "in compliance with", "within the law")
// denies the wrong it is charged with; said of another party, or
// negated, it is no denial of the speaker's.
func TestLawfulConduct(t *testing.T) {
	const charge = "Tarnovia has accused Sorvaly of mistreating Tarnovian prisoners. "
	runDenyRows(t, []denyRow{
		{"passive, accordance",
			charge + `Sorvaly's defence minister, Lena Haldor, said the prisoners were held "in full accordance with our prison code".`,
			"in full accordance", graph.KindDenial, graph.Negative, "Sorvaly"},
		{"own subject, compliance",
			charge + "Sorvaly's defence ministry said its guards acted in full compliance with its standing orders.",
			"in full compliance", graph.KindDenial, graph.Negative, "Sorvaly"},
		{"within the rules",
			charge + "Sorvaly's defence ministry said the transfers had been fully within the rules.",
			"within the rules", graph.KindDenial, graph.Negative, "Sorvaly"},
		{"negated: no denial",
			charge + "Tarnovia's foreign minister, Ivo Quillen, said Sorvaly's guards had not acted in accordance with the conventions.",
			"not acted in accordance", graph.KindAssertion, graph.Negative, "Sorvaly"},
		{"in line with compares",
			charge + "Sorvaly's defence ministry said its costs were in line with similar camps.",
			"in line with", graph.KindAssertion, graph.Positive, ""},
	})
}

// TestChargeVerdict: a side's quoted word on a named charge ("called
// the accusation “a fairy tale”", "described Tarnovia's allegations as
// “a tantrum”") denies the charge for the speaker's side, whatever the
// word; a naming verb with no charge noun, or no quotation, is left to
// the other readings.
func TestChargeVerdict(t *testing.T) {
	const charge = "Tarnovia has accused Sorvaly of mistreating Tarnovian prisoners. "
	runDenyRows(t, []denyRow{
		{"called the accusation",
			charge + `Sorvaly's foreign ministry called the accusation "a bedtime story for voters".`,
			"called the accusation", graph.KindDenial, graph.Negative, "Sorvaly"},
		{"called that claim",
			charge + `Sorvaly's foreign ministry called that claim "a bedtime story".`,
			"called that claim", graph.KindDenial, graph.Negative, "Sorvaly"},
		{"described an owner's allegations as",
			charge + `Sorvaly's foreign minister, Ivo Quillen, described Tarnovia's allegations as "the tantrum of a losing side".`,
			"described Tarnovia's allegations", graph.KindDenial, graph.Negative, "Sorvaly"},
		{"described a modified claim as",
			charge + `Sorvaly's foreign minister, Ivo Quillen, described the prison claim as "an old smear dressed up as news".`,
			"described the prison claim", graph.KindDenial, graph.Negative, "Sorvaly"},
		{"described an owner's claim that … as",
			charge + `Sorvaly's foreign minister, Ivo Quillen, described Tarnovia's claim that the guards beat prisoners as "grotesque".`,
			"described Tarnovia's claim", graph.KindDenial, graph.Negative, "Sorvaly"},
		{"called an owner's claim about … a lie",
			charge + `Sorvaly's foreign minister, Ivo Quillen, called Tarnovia's claim about the camp "a lie to justify new sanctions".`,
			"called Tarnovia's claim", graph.KindDenial, graph.Negative, "Sorvaly"},
	})
}

// TestChargeVerdictLeavesOthers: "called for", a charge noun with no
// quotation after it, and a quotation on what is no charge are not
// verdicts on a charge.
func TestChargeVerdictLeavesOthers(t *testing.T) {
	const charge = "Tarnovia has accused Sorvaly of mistreating Tarnovian prisoners. "
	for _, text := range []string{
		charge + `Sorvaly's foreign ministry called for "an independent inquiry".`,
		charge + `Sorvaly's foreign ministry described the plan as "a step forward".`,
	} {
		res := extractText(t, text)
		for _, c := range res.Claims {
			if c.Speaker != "Tarnovian government" && c.Kind == graph.KindDenial {
				t.Errorf("%q: a denial:%s", text, describe(res.Claims))
			}
		}
	}
}

// TestDismissedReportSubject: a dismissal that names the report it calls
// false ("called the Tarnovian version a lie", "called the claim a
// fabrication") clears the speaker's side, not the party whose report it
// is.
func TestDismissedReportSubject(t *testing.T) {
	const charge = "Tarnovia said Sorvalian guards had beaten Tarnovian prisoners at a camp near the border. "
	runDenyRows(t, []denyRow{
		{"the other side's version",
			charge + `Sorvaly's defence minister, Lena Haldor, called the Tarnovian version "a lie from start to finish".`,
			"called the Tarnovian version", graph.KindDenial, graph.Negative, "Sorvaly"},
		{"the claim",
			charge + `Sorvaly's defence ministry called the claim "a fabrication".`,
			"called the claim", graph.KindDenial, graph.Negative, "Sorvaly"},
	})
}

// TestDeniedOccurrence: a charged side saying that the act did not
// happen, with no one named ("no rocket was launched", "Nothing of ours
// was launched", "Not one lorry has been turned back", "the drone never
// crossed the line"), denies it; a copula's negation, what an act spared,
// and a side nobody has charged are left alone.
func TestDeniedOccurrence(t *testing.T) {
	const charge = "Tarnovia accused Sorvaly of shelling the village of Pirsk. "
	runDenyRows(t, []denyRow{
		{"no missile was fired",
			charge + "Sorvaly's defence ministry said no Sorvalian rocket had been launched at Pirsk.",
			"no Sorvalian rocket", graph.KindDenial, graph.Negative, "Sorvaly"},
		{"nothing of ours",
			charge + `"Nothing of ours was launched towards Pirsk on Sunday," Sorvaly's defence minister, Lena Haldor, said.`,
			"Nothing of ours was launched", graph.KindDenial, graph.Negative, "Sorvaly"},
		{"not a single shell",
			charge + `"Not a single rocket left our batteries on Sunday," Sorvaly's defence minister, Lena Haldor, said.`,
			"Not a single rocket", graph.KindDenial, graph.Negative, "Sorvaly"},
		{"nobody gave an order",
			charge + `"Nobody ordered the batteries to open up on Pirsk," Sorvaly's defence minister, Lena Haldor, said.`,
			"Nobody ordered the batteries", graph.KindDenial, graph.Negative, "Sorvaly"},
		{"a copula's negation is no denial",
			charge + `"This was not a training exercise," Sorvaly's defence minister, Lena Haldor, said.`,
			"This was not a training exercise", graph.KindAssertion, graph.Positive, ""},
	})
	for _, text := range []string{
		// what the act spared
		charge + `"No one was hurt," Tarnovia's interior ministry said.`,
		// a side nobody has charged
		`Sorvaly's defence ministry said no rocket had been launched at Pirsk on Sunday.`,
	} {
		res := extractText(t, text)
		for _, c := range res.Claims {
			if c.Kind == graph.KindDenial {
				t.Errorf("%q: a denial:%s", text, describe(res.Claims))
			}
		}
	}
}

// TestQuotedVerdictOnCharge: "Y's claim that … was “an insult …”" is the
// speaker's denial of Y's charge; read as the clause's own claim it had
// charged Y, the charge's owner, with what the speaker denies.
func TestQuotedVerdictOnCharge(t *testing.T) {
	runDenyRows(t, []denyRow{
		{"an owner's claim",
			`Tarnovia said Sorvaly had hidden rifles aboard the freighter. Tarnovia's claim that the rifles were hidden aboard was "an insult to anyone who can read a cargo manifest," Sorvaly's foreign minister, Ivo Quillen, said.`,
			"Tarnovia's claim that", graph.KindDenial, graph.Negative, "Sorvaly"},
		{"an accusation, an adverb",
			`Tarnovia accused Sorvaly of shelling the depot. The government's accusation that Sorvalian gunners shelled the depot was simply "the story it tells after every fire", Sorvaly's foreign minister, Ivo Quillen, said.`,
			"accusation that Sorvalian gunners", graph.KindDenial, graph.Negative, "Sorvaly"},
	})
}
