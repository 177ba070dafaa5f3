package extract

import "testing"

// TestPoliceRanks checks that a police rank before a name ("Chief
// Constable", "Assistant Chief Constable", "Detective Superintendent")
// is a title, as "Colonel" is, and no part of the person's name: the
// person is then the same one the surname alone names later. A first
// name before a rank word is a surname, not a title.
func TestPoliceRanks(t *testing.T) {
	runSpeakerRows(t, []speakerRow{
		{"chief constable", "Chief Constable Ada Roen told reporters the stand was full.", "the stand was full", "Ada Roen", ""},
		{"surname later", "Chief Constable Ada Roen spoke at noon. Roen said the gate had been shut for safety.", "the gate had been shut", "Ada Roen", ""},
		{"a deputy, then the rank and name", "Ada Roen said the stand was full. Her deputy, Assistant Chief Constable Piet Lask, said the force had never asked for the gate to open.", "the force had never asked", "Piet Lask", ""},
		{"detective superintendent", "Detective Superintendent Jo Marr said the van had been found.", "the van had been found", "Jo Marr", ""},
		// near misses: the rank word as a surname after a first name,
		// and a lower-case "assistant" that is a trade, not a title
		{"guard: surname Constable", "Ada Constable, a Lenford councillor, said the gate was shut.", "the gate was shut", "Ada Constable", ""},
		{"guard: a teaching assistant", "A teaching assistant at the school said the bus was late.", "the bus was late", "teaching assistant at the school", ""},
	})
}

// TestRelativeFirstName checks that a relative named by a first name
// alone after a named person's surname in the possessive ("Roen's
// daughter, Mira, said") is that person with the family's surname, and
// that "she" after it is the same relative. A possessive that is no
// person's surname the article gave (a state's, or someone never named
// in full) leaves the description as it was.
func TestRelativeFirstName(t *testing.T) {
	lead := "The driver, Oskar Roen, a retired teacher from Lenford, died on Saturday. "
	runSpeakerRows(t, []speakerRow{
		{"daughter", lead + "Roen's daughter, Mira, said the family did not blame anyone.", "the family did not blame anyone", "Mira Roen", ""},
		{"widow, then she", lead + "Roen's widow, Tilde, said the road had no lights. \"He drove it every day,\" she said.", "He drove it every day", "Tilde Roen", ""},
		{"son", lead + "Roen's son, Piet, said the bus was late.", "the bus was late", "Piet Roen", ""},
		// guards: the owner is a state, or a surname never written in full
		{"guard: a state's possessive", "Velland shut the crossing on Monday. Velland's daughter, Mira, said the bus was late.", "the bus was late", "Velland's daughter", ""},
		{"guard: a surname not named before", "Marr's daughter, Mira, said the bus was late.", "the bus was late", "Marr's daughter", ""},
		{"guard: a lawyer, named in full", lead + "Roen's lawyer, Jo Marr, said the bus was late.", "the bus was late", "Jo Marr", "Oskar Roen"},
	})
}

// TestTwoAreaPolice checks that a police force named for the two areas
// it serves ("the Lenford and Marsh Police") is one body, named whole,
// and that a second "and" after the force's noun joins a second party
// ("… Police and Lenford Rovers accused each other"). Two states'
// forces ("Velland and Ostmark police") stay two.
func TestTwoAreaPolice(t *testing.T) {
	for _, r := range []struct {
		name, text string
		want       []string
	}{
		{"the force accuses", "The Lenford and Marsh Police accused Lenford Rovers on Monday of causing the crush.",
			[]string{"Lenford and Marsh Police>Lenford Rovers"}},
		{"guard: a second and after the noun", "The Lenford and Marsh Police and Lenford Rovers accused each other on Monday of causing the crush.",
			[]string{"Lenford and Marsh Police>Lenford Rovers", "Lenford Rovers>Lenford and Marsh Police"}},
	} {
		t.Run(r.name, func(t *testing.T) { checkAccusations(t, r.text, r.want) })
	}
	runSpeakerRows(t, []speakerRow{
		{"the force speaks", "The Lenford and Marsh Police said the gate was shut.", "the gate was shut", "Lenford and Marsh Police", "Lenford and Marsh Police"},
		// guard: a person's name before "and", not a force's first area
		{"guard: a person and a force", "Ada Reid and Marsh Police said the crossing was calm.", "the crossing was calm", "Marsh police", "Marsh police"},
	})
}

// TestTheForce checks that "the force" opening a sentence is the one
// police force the article named ("Harbin Valley Police … The force
// said"), as news calls a police force; with no police body named (a
// peacekeeping force) or two, it stays as written.
func TestTheForce(t *testing.T) {
	runSpeakerRows(t, []speakerRow{
		{"the one police force", "Harbin Valley Police arrested two men on Monday. The force said the men had been released.", "the men had been released", "Harbin Valley Police", "Harbin Valley Police"},
		{"after an opening phrase", "Harbin Valley Police arrested two men on Monday. In a statement, the force said the men had been released.", "the men had been released", "Harbin Valley Police", "Harbin Valley Police"},
		// guards: no police named; two police forces
		{"guard: a peacekeeping force", "The Lenford Monitoring Mission sent patrols on Monday. The force said the men had been released.", "the men had been released", "force", ""},
		{"guard: two forces", "Harbin Valley Police and the Dorrow Police arrested two men on Monday. The force said the men had been released.", "the men had been released", "force", ""},
	})
}

// TestFreeRelativeNoFrame checks that a reporting verb at the end of a
// sentence inside a clause "what" opens ("…, a fraction of what Ostmark
// claims.") is no trailing frame: the sentence is the speaker's before
// it, not that of "a fraction of what Ostmark". A trailing frame after a
// phrase with no "what" ("…, a fraction of the total, Ostmark claims")
// stays one.
func TestFreeRelativeNoFrame(t *testing.T) {
	runSpeakerRows(t, []speakerRow{
		{"a fraction of what X claims", "Velland tells a different story. The Velland water ministry said the canal was drawing about 9 cubic metres a second, a fraction of what Ostmark claims.",
			"the canal was drawing", "Velland Water Ministry", "Velland"},
		{"half of what X says", "The Lenford Water Board said the reservoir held 40 million litres, less than half of what the council says.",
			"the reservoir held", "Lenford Water Board", "Lenford Water Board"},
		// guard: no "what": the frame is the sentence's
		{"guard: a trailing frame", "The canal was drawing about 9 cubic metres a second, a fraction of its capacity, the Lenford Water Board says.",
			"The canal was drawing", "Lenford Water Board", "Lenford Water Board"},
	})
}

// TestParticipleAside checks that a participle the vocabulary does not
// know, with its preposition, set off by commas after a subject ("Lenford
// Dairies, based in the city of Tarn, said") is an aside: the subject
// speaks, not "based in …". A participle phrase with no subject before
// it leaves the trailing frame the sentence's.
func TestParticipleAside(t *testing.T) {
	runSpeakerRows(t, []speakerRow{
		{"based in", "Lenford Dairies, based in the Ostmark city of Tarn, said the tests were wrong.", "the tests were wrong", "Lenford Dairies", "Lenford Dairies"},
		{"headquartered in", "Jo Marr, headquartered in Tarn, said the tests were wrong.", "the tests were wrong", "Jo Marr", ""},
		// guard: the participle opens no aside after a subject
		{"guard: a trailing frame", "Lenford Dairies makes formula. The plant was closed, based in part on the tests, the company said.", "The plant was closed", "Lenford Dairies", "Lenford Dairies"},
	})
}

// TestPossessedMinistry checks that a name no list knows, in the
// possessive before "Ministry of …" ("Ostmark's Ministry of Water
// Resources"), is a state's, as "Ostmark's water ministry" makes it one:
// the ministry speaks on its state's side, and "the ministry" after it
// is that state's. A person's possessive ("Marr's Ministry of Sound",
// Jo Marr named before) is no state.
func TestPossessedMinistry(t *testing.T) {
	runSpeakerRows(t, []speakerRow{
		{"ministry of", "Ostmark's Ministry of Water Resources said on Thursday that flow had fallen to 11 cubic metres a second.", "flow had fallen", "Ostmark's Ministry of Water Resources", "Ostmark"},
		{"the ministry after it", "Ostmark's Ministry of Water Resources said on Thursday that flow had fallen. The ministry said the canal was drawing 70 cubic metres a second.", "the canal was drawing", "Ostmark government", "Ostmark"},
		// guard: a person's possessive
		{"guard: a person's", "Jo Marr opened a nightclub in Tarn in 2020. Marr's Ministry of Sound said on Thursday that the club would close.", "the club would close", "Marr's Ministry of Sound", "Marr's Ministry of Sound"},
	})
}

// TestMinistryPortfolio checks that the words after "Ministry of" or
// "Department of" are the office's portfolio, not a firm of their own
// ("Water Resources", whose noun a firm's name may end in): "Its
// Ministry of Water and Agriculture said" after a state's sentence is
// then that state's, not on the side of a firm "Water Resources" read
// out of another ministry's name. A firm's name after "of" in a
// person's description ("Jo Marr of Tarn Resources") stays a firm.
func TestMinistryPortfolio(t *testing.T) {
	lead := "Velland's army shelled Ostmark's border town on Monday. "
	runSpeakerRows(t, []speakerRow{
		{"the ministry alone", lead + "The Ministry of Water Resources said the river was low.", "the river was low", "Ministry of Water Resources", ""},
		{"its ministry after another's", lead + "Ostmark's Ministry of Water Resources said the river was low. Velland tells a different story, with different numbers. Its Ministry of Water and Agriculture said the canal was small.",
			"the canal was small", "Velland government", "Velland"},
		// guard: a firm after a person's "of"
		{"guard: a person of a firm", lead + "Jo Marr of Tarn Resources said the mine was safe.", "the mine was safe", "Jo Marr", "Tarn Resources"},
	})
}

// TestVoiceOrgan checks that "Its secretariat said", after a sentence
// about a body, is that body speaking, as its statement would be; with
// nothing before it to own it, it stays as written, and other parts of
// a body ("its board") keep their own noun.
func TestVoiceOrgan(t *testing.T) {
	runSpeakerRows(t, []speakerRow{
		{"its secretariat", "The Tarn Basin Commission, the joint body set up under the treaty, has not taken a side. Its secretariat said satellite data showed the farms had tripled.",
			"satellite data showed", "Tarn Basin Commission", "Tarn Basin Commission"},
		// guards: no owner before it; another part of the body ("its
		// board" may differ from the body it governs) keeps its noun
		{"guard: nothing before", "Its secretariat said the farms had tripled.", "the farms had tripled", "secretariat", ""},
		{"guard: a board", "The Tarn Basin Commission has not taken a side. Its board said the farms had tripled.", "the farms had tripled", "board", "Tarn Basin Commission"},
	})
}

// TestItsPublicBody checks that a public service's, agency's or
// authority's name opened by "Its" after a sentence about a state ("Its
// Air Navigation Service said") is that state's body, on its side, and
// "the service" after it too; a firm's name there keeps its own side.
func TestItsPublicBody(t *testing.T) {
	lead := "Ostmark accused Velland's air force of harassing the airliner. Velland's account could hardly be more different. "
	runSpeakerRows(t, []speakerRow{
		{"its service", lead + "Its Air Navigation Service said the transponder had stopped.", "the transponder had stopped", "Air Navigation Service", "Velland"},
		{"its authority", lead + "Its Civil Aviation Authority said the crew was silent.", "the crew was silent", "Civil Aviation Authority", "Velland"},
		// guard: a firm's name after "Its" is no public body
		{"guard: a firm", lead + "Its Tarn Holdings said the crew was silent.", "the crew was silent", "Tarn Holdings", "Tarn Holdings"},
	})
}

// TestVerdictWithReason checks that ", calling it \"absurd\" since …"
// after a denial is a claim of its own: the reason after "since" or
// "because" is more than a verdict on what was denied. A verdict with no
// reason (", calling it \"absurd\".", "… absurd since Monday") stays part
// of the denial.
func TestVerdictWithReason(t *testing.T) {
	lead := "Ostmark accused Velland of jamming the radio. "
	for _, r := range []struct {
		name, text string
		want       int
	}{
		{"calling it, since", lead + "Velland's transport ministry rejected the suggestion that its radio had been jammed, calling it \"physically absurd\" since the same frequency was in use by a dozen other aircraft.", 3},
		{"calling the claim, because", lead + "Velland's transport ministry denied the charge, calling the claim false because its transmitters had been switched off all week.", 3},
		// guard: a verdict alone is the denial's
		{"guard: no reason", lead + "Velland's transport ministry rejected the claim, calling it \"physically absurd\".", 2},
		// guard: "since" a time, no reason's clause
		{"guard: since a day", lead + "Velland's transport ministry rejected the claim, calling it absurd since Monday.", 2},
	} {
		t.Run(r.name, func(t *testing.T) {
			res := extractText(t, r.text)
			if len(res.Claims) != r.want {
				t.Errorf("got %d claims, want %d:%s", len(res.Claims), r.want, describe(res.Claims))
			}
		})
	}
}
