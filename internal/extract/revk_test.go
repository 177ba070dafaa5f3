package extract

import (
	"testing"

	"github.com/contra-project/contra/graph"
)

// TestLawfulConductOfAnother: a body that says another's conduct kept
// to the rules gives its verdict on that conduct; it denies nothing for
// its own side, though the article names the other as a party only
// later. The side's own troops, called by its adjective, stay its own.
func TestLawfulConductOfAnother(t *testing.T) {
	runDenyRows(t, []denyRow{
		{"a board on a named refinery",
			"The Coastal Safety Board said on Monday that the Verrin refinery had operated in full accordance with the safety rules during the fire. " +
				"Fishermen in Kallo have accused Verrin of hiding the fire for a day.",
			"in full accordance", graph.KindAssertion, graph.Positive, ""},
		{"the side's own troops by adjective",
			"Tarnovia has accused Sorvaly of mistreating Tarnovian prisoners. Sorvaly's defence ministry said Sorvali guards had acted in full accordance with the conventions.",
			"in full accordance", graph.KindDenial, graph.Negative, "Sorvaly"},
	})
}

// TestLawfulConductAtPlace: a place after a preposition in the subject
// says where the side's own conduct was; it is still the side's denial.
func TestLawfulConductAtPlace(t *testing.T) {
	runDenyRows(t, []denyRow{
		{"prisoners at a named camp",
			"Tarnovia has accused Sorvaly of mistreating Tarnovian prisoners. A Sorvali army spokesman, Colonel Ivo Brandt, said prisoners at Kerrow were treated \"in full accordance with the conventions\".",
			"in full accordance", graph.KindDenial, graph.Negative, "Sorvaly"},
	})
}

// TestTranscriptRoleLabels: a presenter labelled by role ("Reporter:",
// "Q:") asks, and what the turn puts to the guest ("the clinic says …")
// is no one's claim, the label no speaker; the named label answers,
// though the guest asks back once.
func TestTranscriptRoleLabels(t *testing.T) {
	runSpeakersRows(t, []speakersRow{
		{"a reporter's premise; a guest who asks back",
			"Porters' leader Edda Vrell spoke to our reporter on the fourth day of the strike at the Tollby freight yard.\n\n" +
				"Reporter: How long will the strike last?\n\n" +
				"Vrell: As long as it takes. Would you carry crates for that pay?\n\n" +
				"Reporter: The yard says perishable cargo is rotting. Is it?\n\n" +
				"Vrell: The cold store is fully staffed by our members. The yard cut 80 posts last spring and now blames us.\n\n" +
				"Reporter: Thank you.\n",
			map[string]string{
				"The yard says":                   "",
				"The cold store is fully staffed": "Edda Vrell",
				"The yard cut 80 posts":           "Edda Vrell",
			}},
		{"a Q and A after a match",
			"Tollby United coach Benno Strack spoke to reporters after his side lost the final 3-2.\n\n" +
				"Q: Was the goal offside?\n\n" +
				"Strack: The linesman was ten metres behind the play. His flag cost us the trophy.\n\n" +
				"Q: Will you complain to the league?\n\n" +
				"Strack: We will write to the league on Monday about the decision.\n",
			map[string]string{
				"The linesman was ten metres": "Benno Strack",
				"His flag cost us the trophy": "Benno Strack",
				"We will write to the league": "Benno Strack",
			}},
	})
}

// TestFactCheckClaimantLine: the claimant line under a fact-check's
// claim is read whatever kind its line was taken for: a name and an
// aside with no full stop may look like a heading.
func TestFactCheckClaimantLine(t *testing.T) {
	runSpeakersRows(t, []speakersRow{
		{"a ministry and the date of its statement",
			"FACT CHECK\n\nClaim: Tarnovia closed the Kerrow crossing to aid lorries for three weeks in May.\n" +
				"Claimed by: Sorvali Foreign Ministry, in a statement on 2 June\nVerdict: False.\n\n" +
				"Records from the crossing's operator show that 212 aid lorries passed through in May.\n",
			map[string]string{"Tarnovia closed the Kerrow crossing": "Sorvali Foreign Ministry", "Sorvali Foreign Ministry": ""}},
		{"who said it: a minister in parliament",
			"Fact check: jobless figures\n\nFinance Minister Edda Vrell told parliament on Wednesday that joblessness had fallen every quarter.\n\n" +
				"Claim: Unemployment has fallen in every quarter since 2023.\nWho said it: Finance Minister Edda Vrell, in parliament\n\n" +
				"Figures from the statistics office show the rate rose in the second quarter of 2024.\n",
			map[string]string{"Unemployment has fallen in every quarter": "Edda Vrell", "Finance Minister Edda Vrell, in": ""}},
	})
}

// TestUnableIsNoDenial: a side that says it could not do something
// ("could not pay teachers") is unable, and denies no act; "did not
// fire" still says the act did not happen.
func TestUnableIsNoDenial(t *testing.T) {
	runDenyRows(t, []denyRow{
		{"could not pay",
			"The Orsk Provincial Administration said on Friday that it could not pay teachers in December.",
			"could not pay", graph.KindAssertion, graph.Negative, "Orsk Provincial Administration"},
		{"did not fire: a denial",
			"Tarnovia has accused Sorvaly of shelling the Kerrow bridge. Sorvaly's defence ministry said it did not fire on the bridge.",
			"did not fire", graph.KindDenial, graph.Negative, "Sorvaly"},
	})
}

// TestNoOneWanted: a charged side that says no one of its own wished
// something ("no one in his government wanted the talks to fail")
// denies no act; "no one fired" from that side still does.
func TestNoOneWanted(t *testing.T) {
	const charge = "Tarnovia accused Sorvaly on Monday of shelling the border town of Kerrow overnight. "
	runDenyRows(t, []denyRow{
		{"no one wanted",
			charge + "Sorvaly's foreign minister, Ivo Quillen, said no one in his government wanted the talks to fail.",
			"no one in his government wanted", graph.KindAssertion, graph.Negative, ""},
		{"no shell was fired: a denial",
			charge + "Sorvaly's foreign minister, Ivo Quillen, said no Sorvali shell had been fired at the town.",
			"no Sorvali shell", graph.KindDenial, graph.Negative, "Sorvaly"},
	})
}

// TestReviewLeftOpen holds misfires this review found and did not mend,
// each skipped with its reason, as rows for whoever takes them up.
func TestReviewLeftOpen(t *testing.T) {
	t.Run("another province's administration called by its kind", func(t *testing.T) {
		t.Skip("'In neighbouring Tesk, the provincial administration said' resolves to the one capitalised Provincial Administration named before; the back reference is made outside backReference's local-body branch (a guard there changed nothing)")
		wantSpeakers(t, "The Orsk Provincial Administration accused the water agency of opening the sluices without warning.\n\n"+
			"In neighbouring Tesk, the provincial administration said it had been warned two hours before the sluices opened.\n",
			map[string]string{"In neighbouring Tesk": "provincial administration"})
	})
	t.Run("a rival named in apposition takes the owner's side", func(t *testing.T) {
		t.Skip("'Orsk's rival, Velo Cars, said' gives Velo Cars the side of Orsk Motors (before this session too); not namedRoleOwner, which rivalNouns could guard")
		runDenyRows(t, []denyRow{{"rival",
			"Orsk Motors recalled 40,000 cars on Monday. A consumer group accused Orsk of hiding the fault.\n\nOrsk's rival, Velo Cars, said its own brakes came from a different supplier.",
			"its own brakes", graph.KindAssertion, graph.Positive, ""}})
	})
	t.Run("a role of the company named in apposition", func(t *testing.T) {
		t.Skip("'A director of the club, Pia Marr, said' is spoken by 'director of the club' on the side 'Pia Marr' (before this session too; 'A member of the board, X,' reads right): the name in apposition is read as the body the description's last noun names; not the companyNouns apposition case, which a guard on 'of' did not change")
		wantSpeakers(t, "Tollby Rovers said on Monday it would sell its stadium. A director of the club, Edda Vrell, said the club had lost money for years.\n",
			map[string]string{"A director of the club": "Edda Vrell"})
	})
	t.Run("evidence a party released", func(t *testing.T) {
		t.Skip("'Photographs released by the Tarnovian army show the cells clean' is no one's claim (before this session too, and 'A report released by X shows' is the report's): the party that put the evidence out says what it shows; the attribution is not formed before emit's trace check, so a guard there changed nothing")
		wantSpeakers(t, "Sorvaly has accused Tarnovia of beating prisoners.\n\nPhotographs released by the Tarnovian army show the cells clean and empty.\n",
			map[string]string{"Photographs released by": "Tarnovian government"})
	})
	t.Run("a verdict on another's claim that blames a third party", func(t *testing.T) {
		t.Skip("'described the Tarnovian claim that the shells came from rebels as \"absurd\"' is read as the speaker's denial with its own side as subject (chargeVerdict's that-clause branch); the claim charges rebels, not the speaker, and the speaker re-asserts its own charge. The speaker's side is not known where chargeVerdict runs")
		runDenyRows(t, []denyRow{{"rebels",
			"Sorvaly accused Tarnovia on Monday of shelling Kerrow. Tarnovia denied the accusation. Sorvaly's foreign ministry described the Tarnovian claim that the shells came from rebels as \"absurd\".",
			"described the Tarnovian claim", graph.KindAssertion, graph.Positive, "Tarnovia"}})
	})
}
