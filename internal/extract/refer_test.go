package extract

import (
	"strings"
	"testing"

	"github.com/contra-project/contra/graph"
)

// TestSpeakerReferBack checks how a speaker named before is called again
// (a sentence-initial "It", "the regulator"), each row failing before
// the rule it names; guard rows keep what must not change.
func TestSpeakerReferBack(t *testing.T) {
	const dl = "BRASK, Ostmark, May 3 (Wirenews) - "
	tests := []struct {
		name     string
		text     string
		evidence string // a piece of the claim's text; "" when no claim may hold the text in speaker
		speaker  string
		side     string
	}{
		{"It after the body quoted last",
			dl + "Selvik Shipping said the crane was safe.\n\nIt said the crane had been inspected in May.",
			"inspected in May", "Selvik Shipping", "Selvik Shipping"},
		{"It added, a state's ministry",
			dl + "Ostmark's transport ministry said the crane had failed. It added that the port would stay closed.",
			"stay closed", "Ostmark government", "Ostmark"},
		{"It after a body the sentence before was about, not the body quoted before",
			dl + "Selvik Shipping said the crane was safe. \"It passed every check,\" the company said.\n\nOstmark's transport ministry gave a different account. It said the crane had failed two checks.",
			"failed two checks", "Ostmark government", "Ostmark"},
		{"It after a sentence about an organisation",
			dl + "Ostmark's transport ministry said the crane had failed.\n\nThe Kelvan Dockers' Federation took a different view. It said the crane had passed two checks.",
			"passed two checks", "Kelvan Dockers' Federation", "Kelvan Dockers' Federation"},
		{"guard: a demonym opening the sentence before is no body",
			"VELLA, Velland, May 3 (Wirenews) - Velland's border service said its patrol had come under fire from Tarvania.\n\nTarvanian guards fired first. It said two officers were wounded.",
			"two officers", "Velland government", "Velland"},
		{"the regulator after a named regulator",
			dl + "The Velland Energy Regulator fined Norvale Power in May.\n\nThe regulator said the fines were lawful.",
			"fines were lawful", "Velland Energy Regulator", "Velland Energy Regulator"},
		{"the watchdog after a named watchdog",
			dl + "The Kelvan Media Watchdog fined a broadcaster in May.\n\nThe watchdog said the fine was lawful.",
			"fine was lawful", "Kelvan Media Watchdog", "Kelvan Media Watchdog"},
		{"guard: the commission after a named commission",
			dl + "The Velland Energy Commission fined Norvale Power in May.\n\nThe commission said the fines were lawful.",
			"fines were lawful", "Velland Energy Commission", "Velland Energy Commission"},
		{"a spokeswoman is no he",
			dl + "Dorin Maskel, the port's director, said the crane was fine.\n\nAnna Korr, a union spokeswoman, said the crane was broken. He said the brakes were new.",
			"brakes were new", "Dorin Maskel", ""},
		{"a congresswoman is no he",
			"Dorin Maskel, the mayor of Fredville, said the bridge was safe. Anna Korr, a congresswoman from Fredville, said it was not.\n\nHe said the bridge had passed every check.",
			"passed every check", "Dorin Maskel", ""},
		{"guard: a role in -man tells no gender",
			dl + "Army spokesman Colonel Dana Velez called the account false. She said autopsy results would be made public.",
			"autopsy results", "Dana Velez", "Ostmark"},
		{"an aside adverb between the name and its verb",
			dl + "Senator Ivo Marek, meanwhile, said the bridge was unsafe.",
			"bridge was unsafe", "Ivo Marek", ""},
		{"an aside adverb after a state's organ",
			dl + "Ostmark's transport ministry, meanwhile, said the crane had failed two checks.",
			"failed two checks", "Ostmark Transport Ministry", "Ostmark"},
		{"guard: an aside the lexicon knows",
			dl + "Marek, however, told reporters the bridge was unsafe.",
			"bridge was unsafe", "Marek", ""},
		{"guard: for its part",
			dl + "Selvik Shipping, for its part, said the crane was safe.",
			"crane was safe", "Selvik Shipping", "Selvik Shipping"},
		{"guard: an apposition is still read",
			dl + "Dana Oster, a teacher, said the crane was safe.",
			"crane was safe", "Dana Oster", ""},
		{"a description of the state named in apposition",
			dl + "Velland's foreign ministry summoned Ostmark's envoy on Monday.\n\nOstmark's rival, Velland, said the treaty was dead.",
			"treaty was dead", "Velland government", "Velland"},
		{"a description with 'the' of the state named in apposition",
			dl + "Velland's foreign ministry summoned Ostmark's envoy on Monday.\n\nThe neighbouring country, Velland, said the treaty was dead.",
			"treaty was dead", "Velland government", "Velland"},
		{"guard: an apposition that only mentions a state",
			dl + "Velland's foreign ministry summoned Ostmark's envoy on Monday.\n\nOstmark's ministry, backed by Velland, said the treaty was dead.",
			"treaty was dead", "Ostmark government", "Ostmark"},
		{"guard: a state's minister named in apposition",
			dl + "Velland's foreign ministry summoned Ostmark's envoy on Monday.\n\nOstmark's foreign minister, Anna Korr, said the treaty was dead.",
			"treaty was dead", "Anna Korr", "Ostmark"},
		{"a state's name after a first name is a surname",
			"TOLL, Marren, May 3 (Wirenews) - Jim Marren said the border was closed.\n\n\"It is a lie,\" Marren said.",
			"It is a lie", "Jim Marren", ""},
		{"a state's name after a personal title is a surname",
			"TOLL, Marren, May 3 (Wirenews) - Mr. Marren said the border was closed.",
			"border was closed", "Marren", ""},
		{"a state's name after Senator is a surname",
			"TOLL, Marren, May 3 (Wirenews) - Senator Marren told reporters the border was closed.",
			"border was closed", "Marren", ""},
		{"guard: the state's name alone is the state",
			"TOLL, Marren, May 3 (Wirenews) - Marren's foreign ministry said the border was closed.\n\nMarren said the border would stay closed.",
			"stay closed", "Marren government", "Marren"},
		{"guard: a region of the state",
			"TOLL, Marren, May 3 (Wirenews) - Velland's army shelled the border. Northern Marren said the border was closed.",
			"border was closed", "Marren government", "Marren"},
		{"a plural possessive in lower case stays in the speaker phrase",
			dl + "The teachers' union said the schools were unsafe.",
			"schools were unsafe", "teachers' union", ""},
		{"a name's bare possessive stays in the speaker phrase",
			"Senator Ivo Marens lost in May. Marens' campaign said the count was wrong.",
			"count was wrong", "Marens' campaign", ""},
		{"a town's plural possessive body speaks for itself, not for the state",
			dl + "The Brask dockers' union said the crane was unsafe.",
			"crane was unsafe", "Brask dockers' union", ""},
		{"guard: a name's possessive in 's",
			"Senator Ivo Marek lost in May. Marek's campaign said the count was wrong.",
			"count was wrong", "Marek's campaign", ""},
		{"a transcript's speaker in capitals, named before",
			"Governor Mary Fallon spoke to the Herald on Monday.\n\nHERALD: Why now?\n\nFALLON: I think the whole state needs to work together.",
			"whole state needs", "Mary Fallon", ""},
		{"guard: a word in capitals that names no person is a dateline",
			"Governor Mary Fallon spoke to the Herald on Monday.\n\nBRASK: I think the whole state needs to work together.",
			"", "whole state needs", ""},
		{"the group after the sentence that named an armed group, a monitoring group named before",
			"DASK, Morvia, May 3 (Wirenews) - The Tessel Monitoring Group said it could not reach the pass.\n\n" +
				"Late on Monday the Red Ridge Front issued a statement on its channel. The group blamed the blast on army mortars.",
			"blamed the blast", "Red Ridge Front", "Red Ridge Front"},
		{"guard: the movement after the sentence that named a party, a union named before",
			"ORSK, Velland, May 3 (Wirenews) - The Orsk Dockers' Union said the count was fair.\n\n" +
				"The Civic Renewal Party published its own figures on Tuesday. The movement says the count in Orsk was rigged.",
			"count in Orsk was rigged", "Civic Renewal Party", "Civic Renewal Party"},
		{"guard: the group whose name ends in Group, the sentence before naming none",
			"DASK, Morvia, May 3 (Wirenews) - The Tessel Monitoring Group said it could not reach the pass. The Red Ridge Front blamed the army.\n\n" +
				"Rain fell all day. The group said its monitors would try again on Friday.",
			"monitors would try again", "Tessel Monitoring Group", "Tessel Monitoring Group"},
		{"guard: the group after a sentence naming two groups",
			"DASK, Morvia, May 3 (Wirenews) - The Tessel Monitoring Group said it could not reach the pass.\n\n" +
				"The Red Ridge Front and the Halder Brigade issued a joint statement. The group said its monitors would try again.",
			"monitors would try again", "Tessel Monitoring Group", "Tessel Monitoring Group"},
		{"the group after a body described as a group in apposition, an agency named since",
			"Halden Water blames Orran River Watch for spill\n\nOrran River Watch, a volunteer group that tests the river every week, says the spill was no accident. Its chair said the group had sent its samples to the River Safety Agency.\n\nThe group said its report had been written weeks ago.",
			"written weeks ago", "Orran River Watch", "Orran River Watch"},
		{"guard: in a statement, the group after a sentence about an armed group, a monitoring group described before",
			"DASK, Morvia, May 3 (Wirenews) - Tessel Watch, a monitoring group that counts the dead, said nine bodies were found.\n\n" +
				"The Red Ridge Front's reply came at noon. In a statement, the group blamed the army for the deaths.",
			"blamed the army", "Red Ridge Front", "Red Ridge Front"},
		{"a leader of a name then its kind in lower case speaks for it",
			"ORSK, Velland, May 3 (Wirenews) - Dana Rusk, who leads the Open Korrin alliance, said the count in Orsk was rigged.",
			"count in Orsk was rigged", "Dana Rusk", "Open Korrin"},
		{"a name then its kind in lower case as the speaker",
			"ORSK, Velland, May 3 (Wirenews) - The Open Korrin alliance said the count in Orsk was rigged.",
			"count in Orsk was rigged", "Open Korrin", "Open Korrin"},
		{"the kind alone refers back to the name it followed",
			"ORSK, Velland, May 3 (Wirenews) - Dana Rusk, who leads the Open Korrin alliance, said the count was rigged.\n\nThe Tessel Labour Party denied it.\n\nThe alliance said its observers had been turned away in Orsk.",
			"observers had been turned away", "Open Korrin", "Open Korrin"},
		{"guard: a noun that goes on after the kind names no party",
			"ORSK, Velland, May 3 (Wirenews) - Dana Rusk, the Open Korrin party leader, said the count in Orsk was rigged.",
			"count in Orsk was rigged", "Dana Rusk", ""},
		{"the party after the sentence that named an alliance, another party named before",
			"ORSK, Velland, May 3 (Wirenews) - Dana Rusk, who leads the Open Korrin alliance, said the count was rigged. The Tessel Labour Party denied it.\n\n" +
				"A video posted by Open Korrin shows a man carrying a ballot box. The party says the man is a Tessel Labour councillor.",
			"Tessel Labour councillor", "Open Korrin", "Open Korrin"},
		{"guard: the party after a sentence that named a union is no union",
			"ORSK, Velland, May 3 (Wirenews) - The Tessel Labour Party said the count was fair.\n\n" +
				"A video posted by the Orsk Dockers' Union shows a man carrying a ballot box. The party says the man is a volunteer.",
			"is a volunteer", "Tessel Labour Party", "Tessel Labour Party"},
		{"guard: an impersonal It is nobody's",
			dl + "Selvik Shipping said the crane was safe.\n\nIt is unclear whether the crane was inspected.",
			"", "unclear", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkSpeaker(t, tt.text, tt.evidence, tt.speaker, tt.side, func(c graph.Claim) bool { return strings.Contains(c.Text, tt.speaker) })
		})
	}
}
