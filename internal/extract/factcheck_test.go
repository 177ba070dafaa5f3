package extract

import (
	"strings"
	"testing"
)

// TestFactCheckBlock: a fact-check's claim line is the claimant's claim,
// named on the line under it ("Claimed by:", "Who said it:"), whatever
// its sentence reads; the claimant line claims nothing. A claim the
// article quotes again below is that report's, and a claimant line that
// names no one leaves the claim line unclaimed.
func TestFactCheckBlock(t *testing.T) {
	runSpeakersRows(t, []speakersRow{
		{"claimed by a ministry, the claimant line's aside no claim",
			"FACT CHECK\n\nClaim: Velmarian drones struck a grain depot in the town of Ostrel on the night of 4 May.\n" +
				"Claimed by: Ostrian Defence Ministry, in a post shared 12,000 times\nVerdict: UNPROVEN. The depot burned, but no debris was found.\n\n" +
				"The Velmarian government denied that its drones were in the area. \"We flew no missions that night,\" a spokesman said.\n",
			map[string]string{
				"Velmarian drones struck":             "Ostrian Defence Ministry",
				"Ostrian Defence Ministry, in a post": "",
				"in a post shared":                    "",
			}},
		{"numbered claims, who said it: a person named with a role",
			"Who is to blame for the bus fare rise? We checked.\n\n" +
				"Claim 1: \"They wrecked the transport budget before they left office\"\n\n" +
				"Who said it: Transport Minister Ilse Marrow, in parliament on 3 March.\n\n" +
				"Verdict: Mostly false\n\nThe budget fell by two per cent in the last year of the old government.\n",
			map[string]string{
				"\"They wrecked the transport": "Ilse Marrow",
				"Who said it":                  "",
				"Transport Minister Ilse":      "",
			}},
		{"guard: a claim quoted again below is the body's report",
			"Claim 2: \"Nobody at the depot will lose their job this year\"\n\n" +
				"Who said it: Mayor Teodor Blix, in a radio interview.\n\n" +
				"\"Nobody at the depot will lose their job this year or next,\" Blix said on Tuesday, adding that the council would find the money.\n",
			map[string]string{
				"\"Nobody at the depot will lose their job this year\"":  "",
				"\"Nobody at the depot will lose their job this year or": "Teodor Blix",
			}},
		{"a claim line with no claimant line: its sentence names the speaker, the label does not",
			"Claim: Ostrian state broadcaster OTV-2 says the bridge at Kelmo was mined by Velmarian sappers.\n\nVerdict: FALSE. The bridge was never mined.\n",
			map[string]string{"Ostrian state broadcaster OTV-2 says": "OTV-2"}},
	})
}

// TestFactLabels: the labels of a fact-check's claim block.
func TestFactLabels(t *testing.T) {
	for _, tt := range []struct {
		line            string
		claim, claimant int
	}{
		{"Claim: The dam was opened.", 7, 0},
		{"CLAIM: \"The dam was opened.\"", 7, 0},
		{"Claim 12: The dam was opened.", 10, 0},
		{"Claimed by: Ostrian Defence Ministry", 0, 12},
		{"Who said it: Ada Penn, in parliament", 0, 13},
		{"WHO SAID IT: Ada Penn", 0, 13},
		{"Claims about the dam spread quickly.", 0, 0},
		{"Claim:", 0, 0},
		{"Claim 2 was false.", 0, 0},
		{"Who said what matters less.", 0, 0},
	} {
		if got := claimLabel([]byte(tt.line)); got != tt.claim {
			t.Errorf("claimLabel(%q) = %d, want %d", tt.line, got, tt.claim)
		}
		if got := claimantLabel([]byte(tt.line)); got != tt.claimant {
			t.Errorf("claimantLabel(%q) = %d, want %d", tt.line, got, tt.claimant)
		}
	}
}

// TestQuotedAgain: a claim line is quoted again when the rest of the
// text repeats six words of it running, or the whole of a shorter one,
// whatever the quotation marks and case.
func TestQuotedAgain(t *testing.T) {
	for _, tt := range []struct {
		text, claim string
		want        bool
	}{
		{"Claim: “The depot’s losses were caused by the old board.”\nPenn said the depot's losses were caused by the old board, not hers.", "“The depot’s losses were caused by the old board.”", true},
		{"Claim: The depot was closed.\nThe mayor insists THE DEPOT WAS CLOSED in May.", "The depot was closed.", true},
		{"Did the guards push migrants back across the river?\nClaim: Ostrian guards pushed 40 migrants back across the river at night.\nThe video shows people wading.", "Ostrian guards pushed 40 migrants back across the river at night.", false},
	} {
		s := strings.Index(tt.text, tt.claim)
		if got := quotedAgain(tt.text, s, s+len(tt.claim)); got != tt.want {
			t.Errorf("quotedAgain(%q) = %v, want %v", tt.claim, got, tt.want)
		}
	}
}
