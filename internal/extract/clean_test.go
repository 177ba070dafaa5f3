package extract

import (
	"math/rand/v2"
	"slices"
	"strings"
	"testing"
)

// prose returns the prose paragraphs of a cleaned document.
func prose(c *cleaned) []string {
	var out []string
	for _, p := range c.paras {
		if p.kind == paraProse {
			out = append(out, string(c.text[p.start:p.end]))
		}
	}
	return out
}

func TestClassify(t *testing.T) {
	tests := []struct {
		in   string
		want paraKind
	}{
		{"Support us", paraBoiler},
		{"Enjoying ad-free reading? Since May we have disabled all ads.", paraBoiler},
		{"Your support, no matter how small, keeps independent journalism alive.", paraBoiler},
		{"Read more", paraBoiler},
		{"Subscribe to our newsletter for the morning briefing.", paraBoiler},
		{"Reuters contributed reporting.", paraBoiler},
		{"Short link:", paraBoiler},
		{"Discuss", paraHeading},
		{"World", paraHeading},
		{"Freedonian Minister Warns Sylvania Over Dam", paraHeading},
		{"Fact Check: Did Sylvania Really Use Drones Near Fredville?", paraHeading},
		{"0:00 0:02:00 0:00", paraHeading},
		{"This handout satellite image shows the damaged dam on June 5. AFP", paraCaption},
		{"Soldiers walk past a burned tank near Fredville. (Photo: Ana Ruiz)", paraCaption},
		{"Freedonian Defence Minister Ivo Marek spoke in Fredville.", paraProse},
		{"Sylvania said on Monday that the talks would resume next week.", paraProse},
		{"“In most cases, the reviews were negative.”", paraProse},
		{"The visiting minister then indirectly accused the neighbours of sponsori", paraProse},
		// page furniture: a link to another story, a player, a caption
		{"Related: Harbour traffic in the strait to be cut by a third after a string of near-misses", paraBoiler},
		{"Watch: the moment firefighters on the northern bank of the river lost control of the blaze", paraBoiler},
		{"Video caption: smoke rises over the refinery at dawn as the crews wait for the wind to drop", paraBoiler},
		// an advertiser's line: the firm it names is no party to the story
		{"Sponsored: Orvale Home Insurance — is your roof storm-ready? Get a free quote today", paraBoiler},
		{"Sponsored content: Your freight, on time. Talk to Kesta Logistics", paraBoiler},
		{"Paid content: Five ways Brenmark Bank can help your small business", paraBoiler},
		// a page's stamps and notices: a date, the wire's standards, a
		// donation appeal, not a speaker's line
		{"Published: Thursday, March 4, 2027, 6:10 p.m.", paraBoiler},
		{"Last updated: 9 April 2031, 08:15 local time", paraBoiler},
		{"Our Standards: The Harwick Wire Trust Principles.", paraBoiler},
		{"Donate: The Tarn Ledger is independent and funded by its readers.", paraBoiler},
		// guard: a speaker's line and a sentence opening with the word
		{"Published reports of the fire were wrong, the council said on Monday.", paraProse},
		// guard: the label is the whole of what precedes the colon; a
		// bill's sponsor opening a sentence is prose
		{"Sponsored by Vell: the bill would cap rents at 3%, the council said on Monday.", paraProse},
		{"Related talks will resume in May, the ministry said.", paraProse},
		{"Marek: Talks will resume next week, and the dam will be rebuilt.", paraProse},
		// a reader appeal in the publication's own voice; a speaker
		// quoted saying its words is prose
		{"The Tarn Ledger's reporting on forgotten crises is funded by readers. If you can, please support our work - it takes only a minute.", paraBoiler},
		{"Our reporting is funded by readers like you. If you value it, please consider supporting us from just 3 euros a month.", paraBoiler},
		// told by a reporting verb, the appeal is a speaker's, quoted
		// or not
		{"Please support our work, the Tarnby library's director, Ilse Varga, told the council, asking for 20,000 crowns.", paraProse},
		{"Your support keeps the shelter open, its manager said on Friday.", paraProse},
		{"\"Donors who promised to support our work have quietly walked away,\" said Ana Roe, the fund's director.", paraProse},
		// a speaker may say what a donation appeal says
		{"\"They shelled the school because the parents there support us,\" the commander said.", paraProse},
		// a chrome cue someone says is their words: only the cues outside
		// quotation marks make a paragraph chrome
		{"\u201cIf we stop, the rest of the fleet will not follow us,\u201d said Ivo Marek, a trawler captain.", paraProse},
		{"''Follow us,'' the ranger said, and the hikers trailed behind her up the ridge.", paraProse},
		{"\"I wanted to make a donation to the clinic,\" said Dana Oster, a nurse in Ostby.", paraProse},
		{"''We will not sell the mine,'' the owner said. ''Click here to read the rest of it, they told us. We did not.''", paraProse},
		{"\"Great interview,\" one reader wrote. Follow us on social media for more.", paraBoiler},
		{"Click here to \"subscribe\" to the morning briefing.", paraBoiler},
		// a wire credit line is chrome; its words inside a sentence are
		// prose ("requested in writing by", "after reporting by")
		{"Reporting by Jo Roe in Kell; Editing by Ann Lee", paraBoiler},
		{"(Additional reporting by Pia Lund in Dorr; writing by Sam Orr)", paraBoiler},
		{"Writing by Tom Vell — Editing by Ann Lee", paraBoiler},
		{"Harlow Staging rejected that account and said the extra lights had been requested in writing by the promoter's own production manager.", paraProse},
		{"The regulator said the fine followed reporting by the Kell Herald on the leaks at the Ostby refinery.", paraProse},
		{"The pilots' union said the roster change had been agreed in writing by the airline in March.", paraProse},
		{"Auditors said the loan book had been checked after editing by the bank's own risk team had removed two pages.", paraProse},
	}
	for _, tt := range tests {
		if got := classify([]byte(tt.in)); got != tt.want {
			t.Errorf("classify(%q) = %v, want %v", tt.in, got, tt.want)
		}
	}
}

func TestCleanText(t *testing.T) {
	src := "Support us\n\nFreedonia Says Talks Failed\n\nThe talks failed on Monday, officials said.\nBoth delegations left the conference centre in Fredville shortly\nbefore noon.\n\nRead more\n"
	c := clean([]byte(src), Text)
	got := prose(c)
	want := []string{"The talks failed on Monday, officials said.", "Both delegations left the conference centre in Fredville shortly\nbefore noon."}
	if strings.Join(got, "|") != strings.Join(want, "|") {
		t.Errorf("prose = %q, want %q", got, want)
	}
	if &c.text[0] != &c.src[0] {
		t.Error("plain text view should be the source itself")
	}
}

func TestStripHTML(t *testing.T) {
	tests := []struct {
		name  string
		html  string
		prose []string
		// find is a view substring whose original bytes must be orig
		find, orig string
	}{
		{"tags, entities and scripts",
			`<html><head><title>T</title><script>var x = "<p>no</p>";</script></head><body>` +
				`<p>Sylvania&rsquo;s army &amp; navy <b>withdrew</b>, Marek said.</p><nav>Home | World</nav>` +
				`<p>It&#39;s over.</p></body></html>`,
			[]string{"Sylvania’s army & navy withdrew, Marek said.", "It's over."},
			"army & navy withdrew", "army &amp; navy <b>withdrew"},
		{"comments and styles are dropped",
			"<div><!-- <p>hidden</p> --><style>p{color:red}</style><p>Visible text here, he said.</p></div>",
			[]string{"Visible text here, he said."},
			"Visible", "Visible"},
		{"source newlines are spaces, blocks are paragraphs",
			"<p>One line\nwrapped here.</p><p>Second paragraph.</p>",
			[]string{"One line wrapped here.", "Second paragraph."},
			"wrapped here.", "wrapped here."},
		{"unterminated tag does not hang",
			"<p>The text before it was cut ends here. <b", []string{"The text before it was cut ends here."}, "ends here.", "ends here."},
		{"entity at the very end", "<p>Markets were busy.</p><p>Traders in the old market sold fish &amp; chips all day &amp;</p>",
			[]string{"Markets were busy.", "Traders in the old market sold fish & chips all day &"}, "day &", "day &amp;"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c := clean([]byte(tt.html), HTML)
			got := prose(c)
			if strings.Join(got, "|") != strings.Join(tt.prose, "|") {
				t.Fatalf("prose = %q, want %q", got, tt.prose)
			}
			i := strings.Index(string(c.text), tt.find)
			if i < 0 {
				t.Fatalf("%q not in view %q", tt.find, c.text)
			}
			s, e := c.orig(i, i+len(tt.find))
			if got := tt.html[s:e]; got != tt.orig {
				t.Errorf("view %q maps to %q, want %q", tt.find, got, tt.orig)
			}
		})
	}
}

func TestBlankMarkdown(t *testing.T) {
	src := "# Freedonia Rejects Claims\n\nThe **Palace** said [the report](https://example.org/r) was *false*.\n\n![map](m.png)\n\n- Sylvania denied it.\n"
	c := clean([]byte(src), Markdown)
	if len(c.text) != len(src) {
		t.Fatalf("markdown view changed length: %d vs %d", len(c.text), len(src))
	}
	got := prose(c)
	if len(got) != 2 || got[1] != "Sylvania denied it." {
		t.Fatalf("prose = %q", got)
	}
	if strings.Join(strings.Fields(got[0]), " ") != "The Palace said the report was false ." {
		t.Errorf("markup not blanked: %q", got[0])
	}
	if c.paras[0].kind != paraHeading {
		t.Errorf("first paragraph is %v, want heading", c.paras[0].kind)
	}
}

// TestHeadlineBelowMasthead checks that a headline in sentence case is
// read as the headline, not prose, when a masthead or a menu of
// capitalised names stands above it; and, the guards, that a point of a
// list below "Key points" and a lead paragraph stay prose.
func TestHeadlineBelowMasthead(t *testing.T) {
	tests := []struct {
		name, text string
		want       []string // the prose paragraphs
	}{
		{"masthead and menu",
			"The Dunmore Gazette\n\nNews | Sport | Business\n\nMiner hurt as Korrin Metals and its union trade blame over shaft fall\n\nKorrin Metals said the shaft was safe.\n",
			[]string{"Korrin Metals said the shaft was safe."}},
		{"masthead alone",
			"Harbour Tribune\n\nFerry held at Osk after Velmar Shipping and the port authority fall out\n\nThe port authority said the ferry had no licence.\n",
			[]string{"The port authority said the ferry had no licence."}},
		{"a list below the headline",
			"Live: clinic closes as Dunrow and its health board argue\n\nKey points\n\n- The Dunrow health board says the clinic had no doctors\n\nThe board said the clinic had no doctors.\n",
			[]string{"- The Dunrow health board says the clinic had no doctors", "The board said the clinic had no doctors."}},
		{"a lead without its full stop",
			"Pilots strike at Selvane Air\n\nSelvane Air pilots walked out on Monday, their union said\n",
			[]string{"Selvane Air pilots walked out on Monday, their union said"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := prose(clean([]byte(tt.text), Text)); !slices.Equal(got, tt.want) {
				t.Errorf("prose = %q, want %q", got, tt.want)
			}
		})
	}
}

func TestIndexFold(t *testing.T) {
	tests := []struct {
		s, needle string
		want      int
	}{
		{"Promoter Kestra Events said", "promoter", 0},
		{"said the promoter Kestra", "promoter", 9},
		{"PROMOTER Dana", "promoter", 0},
		{"a prom, then a promoter", "promoter", 15},
		{"promote", "promoter", -1},
		{"", "x", -1},
		{"abc", "", 0},
		{"reporting by", "reporting by", 0},
		{"xxReporting By", "reporting by", 2},
		{"x@y", "`y", 1}, // '@' is '`' with bit 0x20 off, as the byte-by-byte search matched it
		// candidates of both cases before the match: each case's next one
		// is kept until passed
		{"rRr resiDENTS", "residents", 4},
		{"Rr rr RESIDENT Residents", "residents", 15},
		{"rrrr RRRR", "rr", 0},
		{"RRRR rr", "rr", 0},
		{"Rx rX", "rx", 0},
	}
	for _, tt := range tests {
		if got := indexFold([]byte(tt.s), tt.needle); got != tt.want {
			t.Errorf("indexFold(%q, %q) = %d, want %d", tt.s, tt.needle, got, tt.want)
		}
	}
	// the byte-by-byte search it replaced, on random text of few letters
	naive := func(s []byte, needle string) int {
		for i := 0; i+len(needle) <= len(s); i++ {
			if s[i]|0x20 == needle[0] || s[i] == needle[0] {
				if hasPrefixFold(s[i+1:], needle[1:]) {
					return i
				}
			}
		}
		return -1
	}
	r := rand.New(rand.NewPCG(1, 2))
	const alphabet = "aAbB ,`@"
	for range 2000 {
		s := randomBytes(r, alphabet, r.IntN(40))
		n := randomBytes(r, "ab `", 1+r.IntN(3))
		if got, want := indexFold(s, string(n)), naive(s, string(n)); got != want {
			t.Fatalf("indexFold(%q, %q) = %d, want %d", s, n, got, want)
		}
	}
}

func TestHasLowerWord(t *testing.T) {
	tests := []struct {
		s, w string
		want bool
	}{
		{"the velland border", "Velland", true},
		{"Velland said", "Velland", false},
		{"the vellands", "Velland", false},
		{"xvelland", "Velland", false},
		{"velland", "Velland", true},
		{"campaigners, residents", "Campaigners", true},
		{"", "Velland", false},
		{"anything", "", false},
		{"a b", "B", true},
		{"ab", "B", false},
		{"a very-long-compound-word-of-more-than-thirty-two bytes", "Very-long-compound-word-of-more-than-thirty-two", true},
		{"a Very-long-compound-word-of-more-than-thirty-two", "Very-long-compound-word-of-more-than-thirty-two", false},
	}
	for _, tt := range tests {
		if got := hasLowerWord(tt.s, tt.w); got != tt.want {
			t.Errorf("hasLowerWord(%q, %q) = %v, want %v", tt.s, tt.w, got, tt.want)
		}
	}
	// the search of w[1:] it replaced below 33 bytes (hasLowerWordTail,
	// still its way above), on random text of few letters
	r := rand.New(rand.NewPCG(3, 4))
	const alphabet = "aAbB '-"
	for range 2000 {
		s := randomBytes(r, alphabet, r.IntN(30))
		w := randomBytes(r, alphabet, 2+r.IntN(3)) // of one byte the tail search ran off the text's end
		if got, want := hasLowerWord(string(s), string(w)), hasLowerWordTail(string(s), string(w)); got != want {
			t.Fatalf("hasLowerWord(%q, %q) = %v, the tail search %v", s, w, got, want)
		}
	}
}

func TestFoldHits(t *testing.T) {
	tests := []struct {
		s, needle string
		want      []int
	}{
		{"Reporting by Ana; additional reporting by Ben", "reporting by", []int{0, 29}},
		{"aaaa", "aa", []int{0, 2}}, // each search after the match before
		{"none here", "promoter", nil},
		{"anything", "", nil},
	}
	for _, tt := range tests {
		if got := slices.Collect(foldHits([]byte(tt.s), tt.needle)); !slices.Equal(got, tt.want) {
			t.Errorf("foldHits(%q, %q) = %v, want %v", tt.s, tt.needle, got, tt.want)
		}
	}
}

// randomBytes returns n bytes drawn from alphabet: text of few letters,
// where a search meets many near matches, for comparing a search with
// the one it replaced.
func randomBytes(r *rand.Rand, alphabet string, n int) []byte {
	b := make([]byte, n)
	for i := range b {
		b[i] = alphabet[r.IntN(len(alphabet))]
	}
	return b
}
