package extract

import (
	"strings"
	"testing"

	"github.com/contra-project/contra/graph"
)

// TestTitleBodyBeforeName covers a person first named after a lower-case
// title whose words end the name of one organisation the article named
// ("federation president Tomas Vell", "union chair Ana Morrow"), often
// in passing, and quoted later by that title or by name: the person
// speaks for that organisation. Rows give the text, a piece of the
// claim's evidence and its speaker and side.
func TestTitleBodyBeforeName(t *testing.T) {
	const lede = "The Kelvan Football Federation accused Brask Rovers FC of match-fixing on Monday, and the Brask Dockers Union backed the club.\n\n"
	tests := []struct {
		name, text, evidence, speaker, side string
	}{
		{"named in passing, quoted later by the title",
			lede + "The club's owner said the referee had dined twice with federation president Tomas Vell.\n\n" +
				"The federation president said the club had bribed two players.",
			"bribed two players", "Tomas Vell", "Kelvan Football Federation"},
		{"named where the person speaks",
			lede + "\"We will not be bullied,\" union chair Ana Morrow told a rally in Brask.",
			"will not be bullied", "Ana Morrow", "Brask Dockers Union"},
		{"two words of the name before the role",
			lede + "A spokesman quoted football federation president Tomas Vell.\n\nVell said the club had bribed two players.",
			"bribed two players", "Tomas Vell", "Kelvan Football Federation"},
		{"guard: two organisations' names end in the title's word",
			"The Kelvan Football Federation and the Brask Athletics Federation fell out over a stadium on Monday.\n\n" +
				"Residents said the builder had dined twice with federation president Tomas Vell.\n\nVell said the stadium was safe.",
			"stadium was safe", "Tomas Vell", ""},
		{"guard: one noun that names many bodies ties no one",
			"The Free Tarn Army and the Brask Heritage Trust fell out over a memorial on Monday.\n\n" +
				"Residents said the builder had dined twice with army colonel Tomas Vell.\n\nVell said the memorial was safe.",
			"memorial was safe", "Tomas Vell", ""},
		{"a rank before the title keeps the tie",
			lede + "The club's owner said the referee had dined twice with deputy federation president Tomas Vell.\n\n" +
				"Vell said the club had bribed two players.",
			"bribed two players", "Tomas Vell", "Kelvan Football Federation"},
		{"a word of the organisation's own name before the title keeps the tie",
			lede + "The club's owner said the referee had dined twice with Kelvan federation president Tomas Vell.\n\n" +
				"Vell said the club had bribed two players.",
			"bribed two players", "Tomas Vell", "Kelvan Football Federation"},
		{"guard: another body's owner before the title",
			lede + "The striker thanked nurses' union president Ana Morrow for her support.\n\n" +
				"Morrow said the players deserved a fair hearing.",
			"fair hearing", "Ana Morrow", ""},
		{"guard: a capitalised owner of another union",
			lede + "Teachers' union president Ana Morrow said her members would send money.\n\n" +
				"Morrow said the players deserved a fair hearing.",
			"fair hearing", "Ana Morrow", ""},
		{"guard: a tie that has ended",
			lede + "The club's owner said the referee had dined twice with former federation president Tomas Vell.\n\n" +
				"Vell said the club had been treated unfairly.",
			"treated unfairly", "Tomas Vell", ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			checkSpeaker(t, tc.text, tc.evidence, tc.speaker, tc.side, nil)
		})
	}
}

// TestCouncilOfficeSpeaksForCouncil covers a mayor or councillor quoted
// in an article whose one council is a party ("Mayor Jon Tasker said
// the council never received the letter"): they speak for the council,
// as the tuning sets' gold has it in each of its eight articles with a
// mayor or councillor and a council. Rows give the text, a piece of the
// claim's evidence and its speaker and side.
func TestCouncilOfficeSpeaksForCouncil(t *testing.T) {
	const lede = "Kellan Power and the Orvik Town Council fell out on Monday over a grass fire that damaged a school.\n\n"
	tests := []struct {
		name, text, evidence, speaker, side string
	}{
		{"a mayor",
			lede + "Mayor Jon Tasker said the town had cleared every verge in its care last spring.",
			"cleared every verge", "Jon Tasker", "Orvik Town Council"},
		{"a councillor",
			lede + "\"The pylons were rotten,\" said Councillor Ana Morrow.",
			"pylons were rotten", "Ana Morrow", "Orvik Town Council"},
		{"guard: two councils, whose mayor is unsaid",
			"Kellan Power, the Orvik Town Council and the Brask District Council fell out on Monday over a grass fire.\n\n" +
				"Mayor Jon Tasker said the town had cleared every verge in its care last spring.",
			"cleared every verge", "Jon Tasker", ""},
		{"a mayor of the council's own town",
			lede + "Mayor Jon Tasker of Orvik said the town had cleared every verge in its care last spring.",
			"cleared every verge", "Jon Tasker", "Orvik Town Council"},
		{"guard: a mayor of another town, named after the name",
			lede + "Mayor Jon Tasker of Brask, whose town buys power from Kellan, said the town had cleared every verge in its care.",
			"cleared every verge", "Jon Tasker", ""},
		{"a mayor of another town, named in the title, speaks for that town",
			lede + "The mayor of neighbouring Brask, Jon Tasker, said his town had cleared every verge in its care.",
			"cleared every verge", "Jon Tasker", "Brask"},
		{"guard: a former mayor speaks for no council",
			lede + "Former mayor Jon Tasker said the town had cleared every verge in its care last spring.",
			"cleared every verge", "Jon Tasker", ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			checkSpeaker(t, tc.text, tc.evidence, tc.speaker, tc.side, nil)
		})
	}
}

// TestFirmByTrade covers a charge against "the supplier", "the utility"
// or "the company" when the business's own name ends in no company noun
// the mention reader knows ("Kessel Pool Supplies", "Kessel Power &
// Light"): the one business the article named other than the accuser's
// side is accused; with two, or with only bodies of another kind, none.
func TestFirmByTrade(t *testing.T) {
	const dl = "BRASK, Ostmark, May 3 (Wirenews) - "
	tests := []struct {
		name, text string
		want       []string
	}{
		{"the supplier",
			dl + "The Orvik Angling Trust said on Monday that the fish feed sold to its members by Kessel Pool Supplies was mouldy.\n\n" +
				"Trust director Ana Morrow accused the supplier of selling old stock.",
			[]string{"Orvik Angling Trust>Kessel Pool Supplies"}},
		{"the utility, in a clause after the speaker's said clause",
			dl + "Kessel Power & Light said on Monday that its line was safe.\n\n" +
				"The Orvik Angling Trust said the fire began under the line, and accused the utility of hiding its records.",
			[]string{"Orvik Angling Trust>Kessel Power & Light"}},
		{"guard: two businesses, which one is meant is unsaid",
			dl + "The Orvik Angling Trust said on Monday that the fish feed sold to its members by Kessel Pool Supplies was mouldy.\n\n" +
				"Kessel Power & Light said its line was safe. Ana Morrow of the trust accused the utility of lying.",
			nil},
		{"guard: a council is no business",
			dl + "The Orvik Angling Trust and the Brask Town Council fell out on Monday over a fish kill in the harbour.\n\n" +
				"Trust director Ana Morrow accused the company of hiding its records.",
			nil},
		{"guard: the one business is known by another trade",
			dl + "The Orvik Angling Trust said on Monday that its fish feed had come two months late.\n\n" +
				"Trust director Ana Morrow accused the supplier of delivering old stock. The trust's cleaning contractor, Kessel Pool Services, said it had no part in the matter.",
			nil},
		{"the company, whatever trade the article gives the business",
			dl + "The Orvik Angling Trust said on Monday that its fish feed had come two months late.\n\n" +
				"The trust's feed contractor, Kessel Pool Services, said the order had been placed late. Trust director Ana Morrow accused the company of lying.",
			[]string{"Orvik Angling Trust>Kessel Pool Services"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			checkAccusations(t, tc.text, tc.want)
		})
	}
}

// TestNamedOrganAgain covers a state's body named in capitals after the
// state's possessive ("Ostmark's Maritime Security Command") and called
// again by its last noun ("The command said", "the command's
// spokesman"): the state speaks, as it does through "the army" after
// "Ostmark's army". Rows give the text, a piece of the claim's evidence
// and its speaker and side; a guard row's evidence names the claim that
// must not be about Ostmark.
func TestNamedOrganAgain(t *testing.T) {
	const lede = "Ostmark's government and Velland's government have quarrelled over fishing rights for years.\n\n" +
		"A Velland trawler and an Ostmark patrol boat collided in the strait on Monday, according to Ostmark's Maritime Security Command.\n\n"
	tests := []struct {
		name, text, evidence, speaker, side string
	}{
		{"the command says",
			lede + "The command said the trawler had sailed on without lights after being hailed.",
			"sailed on without lights", "Ostmark government", "Ostmark"},
		{"the command's spokesman",
			lede + "\"The trawler rammed us on purpose,\" Commodore Ivo Marsk, the command's spokesman, told a news conference.",
			"rammed us on purpose", "Commodore Ivo Marsk", "Ostmark"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			checkSpeaker(t, tc.text, tc.evidence, tc.speaker, tc.side, nil)
		})
	}
	t.Run("guard: the command of a ship is no organ", func(t *testing.T) {
		checkSpeaker(t, lede+"Velland's government said the command of the trawler had passed to a new skipper in May.", "", "", "",
			func(c graph.Claim) bool { return strings.Contains(c.Text, "new skipper") && c.Subject == "Ostmark" })
	})
}
