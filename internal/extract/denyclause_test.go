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
// ("Kestrel prisoners") beside a word of harm ("mistreated"): read as
// the speaker's own claim it charged the other side with what the
// speaker denies.
func TestCoordinatedDenial(t *testing.T) {
	const charge = "Brevania has accused Ostmark of mistreating Brevanian prisoners. "
	runDenyRows(t, []denyRow{
		{"dismissed that as, and denied that",
			charge + `Ostmark's foreign minister, Ivo Marren, dismissed that as "an old trick" and denied that Brevanian prisoners were mistreated.`,
			"Brevanian prisoners were mistreated", graph.KindDenial, graph.Negative, "Ostmark"},
		{"said, and denied that",
			charge + `Ostmark's foreign minister, Ivo Marren, said the report was old and denied that Brevanian prisoners were mistreated.`,
			"Brevanian prisoners were mistreated", graph.KindDenial, graph.Negative, "Ostmark"},
		{"said, and denied that, perfect passive",
			charge + `Ostmark's foreign minister, Ivo Marren, said the footage was staged and denied that Brevanian prisoners had been mistreated.`,
			"Brevanian prisoners had been mistreated", graph.KindDenial, graph.Negative, "Ostmark"},
		{"rejected, and denied that, active",
			charge + `Ostmark's foreign minister, Ivo Marren, rejected the report and denied that Ostmarkian guards beat Brevanian prisoners.`,
			"guards beat Brevanian prisoners", graph.KindDenial, graph.Negative, "Ostmark"},
		{"said, and flatly denied that",
			charge + `Ostmark's foreign minister, Ivo Marren, said the camps were open to inspectors and flatly denied that Brevanian prisoners were tortured.`,
			"Brevanian prisoners were tortured", graph.KindDenial, graph.Negative, "Ostmark"},
		{"rejected, and denied a gerund",
			charge + `Ostmark's foreign minister, Ivo Marren, rejected the report and denied abusing Brevanian prisoners.`,
			"abusing Brevanian prisoners", graph.KindDenial, graph.Negative, "Ostmark"},
		{"rejected, and rejected a plan: no denial, no charge",
			charge + `Ostmark's foreign minister, Ivo Marren, rejected the report and rejected Brevania's plan to seize the border villages.`,
			"plan to seize", graph.KindAssertion, graph.Positive, "Ostmark"},
	})
}

// TestDeniedClause: "denied that …" frames a clause whatever its verb
// form; a passive's subject is the one the act was done to, so the
// denied doer is the denier's side, or the agent "by" names.
func TestDeniedClause(t *testing.T) {
	const charge = "Brevania has accused Ostmark of mistreating Brevanian prisoners. "
	runDenyRows(t, []denyRow{
		{"passive",
			charge + `Ostmark's foreign minister, Ivo Marren, denied that Brevanian prisoners were mistreated.`,
			"Brevanian prisoners were mistreated", graph.KindDenial, graph.Negative, "Ostmark"},
		{"perfect passive, a determiner",
			charge + `Ostmark's interior minister, Lena Posch, denied that any prisoner had been mistreated.`,
			"any prisoner had been mistreated", graph.KindDenial, graph.Negative, "Ostmark"},
		{"a past form the lexicon does not know",
			"Brevania has accused Ostmark of flying jets into its airspace. Ostmark's defence minister, Lena Posch, denied that the jets entered Brevanian airspace.",
			"the jets entered Brevanian airspace", graph.KindDenial, graph.Negative, "Ostmark"},
		{"dismissed that as",
			charge + `Ostmark's foreign minister, Ivo Marren, dismissed that as "a familiar smear".`,
			"dismissed that as", graph.KindDenial, graph.Negative, "Ostmark"},
	})
}

// TestRejectedFindings: a denial verb whose object is what the other
// side or a monitor found or put forward ("the group's findings", "the
// union's figures", "the contractor explanation", "any link") denies the
// charge it carries for the speaker's side; "rejected the peace plan"
// denies nothing.
func TestRejectedFindings(t *testing.T) {
	const charge = "A rights group, Harbour Watch, said Ostmark's coastguard had pushed 40 boats back to sea. "
	runDenyRows(t, []denyRow{
		{"findings",
			charge + "Ostmark's interior ministry rejected the group's findings.",
			"rejected the group's findings", graph.KindDenial, graph.Negative, "Ostmark"},
		{"figures as",
			charge + `Ostmark's interior minister, Lena Posch, dismissed the group's figures as "invented".`,
			"dismissed the group's figures", graph.KindDenial, graph.Negative, "Ostmark"},
		{"explanation",
			charge + "Ostmark's interior ministry dismissed the weather explanation.",
			"dismissed the weather explanation", graph.KindDenial, graph.Negative, "Ostmark"},
		{"any link",
			charge + "Ostmark's interior ministry denied any link to the smuggling gangs.",
			"denied any link", graph.KindDenial, graph.Negative, "Ostmark"},
		{"a plan is no charge",
			charge + "Ostmark's interior ministry rejected the peace plan.",
			"rejected the peace plan", graph.KindAssertion, graph.Positive, "Ostmark"},
	})
}

// TestLawfulConduct: a side that says its own conduct kept to the rules
// ("in full accordance with", "in compliance with", "within the law")
// denies the wrong it is charged with; said of another party, or
// negated, it is no denial of the speaker's.
func TestLawfulConduct(t *testing.T) {
	const charge = "Brevania has accused Ostmark of mistreating Brevanian prisoners. "
	runDenyRows(t, []denyRow{
		{"passive, accordance",
			charge + `Ostmark's defence minister, Lena Posch, said the prisoners were treated "in full accordance with the conventions".`,
			"in full accordance", graph.KindDenial, graph.Negative, "Ostmark"},
		{"own subject, compliance",
			charge + "Ostmark's defence ministry said its guards acted in full compliance with international law.",
			"in full compliance", graph.KindDenial, graph.Negative, "Ostmark"},
		{"within the rules",
			charge + "Ostmark's defence ministry said the transfers had been fully within the rules.",
			"within the rules", graph.KindDenial, graph.Negative, "Ostmark"},
		{"negated: no denial",
			charge + "Brevania's foreign minister, Ivo Marren, said Ostmark's guards had not acted in accordance with the conventions.",
			"not acted in accordance", graph.KindAssertion, graph.Negative, "Ostmark"},
		{"in line with compares",
			charge + "Ostmark's defence ministry said its costs were in line with similar camps.",
			"in line with", graph.KindAssertion, graph.Positive, ""},
	})
}

// TestChargeVerdict: a side's quoted word on a named charge ("called
// the accusation “a fairy tale”", "described Brevania's allegations as
// “a tantrum”") denies the charge for the speaker's side, whatever the
// word; a naming verb with no charge noun, or no quotation, is left to
// the other readings.
func TestChargeVerdict(t *testing.T) {
	const charge = "Brevania has accused Ostmark of mistreating Brevanian prisoners. "
	runDenyRows(t, []denyRow{
		{"called the accusation",
			charge + `Ostmark's foreign ministry called the accusation "a fairy tale for a domestic audience".`,
			"called the accusation", graph.KindDenial, graph.Negative, "Ostmark"},
		{"called that claim",
			charge + `Ostmark's foreign ministry called that claim "a bedtime story".`,
			"called that claim", graph.KindDenial, graph.Negative, "Ostmark"},
		{"described an owner's allegations as",
			charge + `Ostmark's foreign minister, Ivo Marren, described Brevania's allegations as "the tantrum of a losing side".`,
			"described Brevania's allegations", graph.KindDenial, graph.Negative, "Ostmark"},
		{"described a modified claim as",
			charge + `Ostmark's foreign minister, Ivo Marren, described the prison claim as "a slander we have heard before".`,
			"described the prison claim", graph.KindDenial, graph.Negative, "Ostmark"},
		{"described an owner's claim that … as",
			charge + `Ostmark's foreign minister, Ivo Marren, described Brevania's claim that the guards beat prisoners as "grotesque".`,
			"described Brevania's claim", graph.KindDenial, graph.Negative, "Ostmark"},
		{"called an owner's claim about … a lie",
			charge + `Ostmark's foreign minister, Ivo Marren, called Brevania's claim about the camp "a lie to justify new sanctions".`,
			"called Brevania's claim", graph.KindDenial, graph.Negative, "Ostmark"},
	})
}

// TestChargeVerdictLeavesOthers: "called for", a charge noun with no
// quotation after it, and a quotation on what is no charge are not
// verdicts on a charge.
func TestChargeVerdictLeavesOthers(t *testing.T) {
	const charge = "Brevania has accused Ostmark of mistreating Brevanian prisoners. "
	for _, text := range []string{
		charge + `Ostmark's foreign ministry called for "an independent inquiry".`,
		charge + `Ostmark's foreign ministry described the plan as "a step forward".`,
	} {
		res := extractText(t, text)
		for _, c := range res.Claims {
			if c.Speaker != "Brevanian government" && c.Kind == graph.KindDenial {
				t.Errorf("%q: a denial:%s", text, describe(res.Claims))
			}
		}
	}
}

// TestDismissedReportSubject: a dismissal that names the report it calls
// false ("called the Brevanian version a lie", "called the claim a
// fabrication") clears the speaker's side, not the party whose report it
// is.
func TestDismissedReportSubject(t *testing.T) {
	const charge = "Brevania said Ostmarkian guards had beaten Brevanian prisoners at a camp near the border. "
	runDenyRows(t, []denyRow{
		{"the other side's version",
			charge + `Ostmark's defence minister, Lena Posch, called the Brevanian version "a lie from start to finish".`,
			"called the Brevanian version", graph.KindDenial, graph.Negative, "Ostmark"},
		{"the claim",
			charge + `Ostmark's defence ministry called the claim "a fabrication".`,
			"called the claim", graph.KindDenial, graph.Negative, "Ostmark"},
	})
}

// TestDeniedOccurrence: a charged side saying that the act did not
// happen, with no one named ("no missile was fired", "Nothing of ours
// was fired", "Not one truck has been stopped", "the drone never left
// our airspace"), denies it; a copula's negation, what an act spared,
// and a side nobody has charged are left alone.
func TestDeniedOccurrence(t *testing.T) {
	const charge = "Brevania accused Ostmark of shelling the village of Kessel. "
	runDenyRows(t, []denyRow{
		{"no missile was fired",
			charge + "Ostmark's defence ministry said no Ostmarkian missile had been fired towards Kessel.",
			"no Ostmarkian missile", graph.KindDenial, graph.Negative, "Ostmark"},
		{"nothing of ours",
			charge + `"Nothing of ours was fired at Kessel that night," Ostmark's defence minister, Lena Posch, said.`,
			"Nothing of ours", graph.KindDenial, graph.Negative, "Ostmark"},
		{"not a single shell",
			charge + `"Not a single shell was fired anywhere near Kessel," Ostmark's defence minister, Lena Posch, said.`,
			"Not a single shell", graph.KindDenial, graph.Negative, "Ostmark"},
		{"nobody gave an order",
			charge + `"Nobody gave an order to fire on Kessel," Ostmark's defence minister, Lena Posch, said.`,
			"Nobody gave an order", graph.KindDenial, graph.Negative, "Ostmark"},
		{"a copula's negation is no denial",
			charge + `"This was not an accident," Ostmark's defence minister, Lena Posch, said.`,
			"This was not an accident", graph.KindAssertion, graph.Positive, ""},
	})
	for _, text := range []string{
		// what the act spared
		charge + `"No one was hurt," Brevania's interior ministry said.`,
		// a side nobody has charged
		`Ostmark's defence ministry said no missile had been fired towards Kessel on Sunday.`,
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
			`Brevania said Ostmark had planted the weapons on the plane. Brevania's claim that the weapons had been planted was "an insult to anyone who has seen the photographs," Ostmark's foreign minister, Ivo Marren, said.`,
			"Brevania's claim that", graph.KindDenial, graph.Negative, "Ostmark"},
		{"an accusation, an adverb",
			`Brevania accused Ostmark of shelling the depot. The government's accusation that Ostmarkian gunners shelled the depot was simply "the story it tells after every fire", Ostmark's foreign minister, Ivo Marren, said.`,
			"accusation that Ostmarkian gunners", graph.KindDenial, graph.Negative, "Ostmark"},
	})
}
