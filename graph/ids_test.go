package graph

import (
	"crypto/sha256"
	"encoding/hex"
	"math"
	"math/rand"
	"strings"
	"testing"
	"unicode"
)

func BenchmarkSlug(b *testing.B) {
	for range b.N {
		Slug("Russian Defense Minister Sergei Shoigu")
		NormText("Russia reserves the right to use cluster munitions in Ukraine in response to U.S. supplies")
	}
}

func BenchmarkClaimID(b *testing.B) {
	c := &Claim{DocID: "doc:0123456789abcdef0123", Speaker: "Russian Defense Minister Sergei Shoigu", Kind: KindAccusation,
		Subject: "Ukraine", Action: "use cluster munitions", Topic: "cluster munitions", Polarity: Positive,
		Text:   "Russia reserves the right to use \u201ccluster munitions\u201d in Ukraine in response to U.S. supplies",
		SaidAt: "2023-07-16", Evidence: &Span{Start: 120, End: 215}}
	b.ReportAllocs()
	for range b.N {
		ClaimID(c)
	}
}

// The reference definitions: the ids as they were first derived, written
// the plain way. The fast versions in ids.go must agree with them on every
// input, or persisted ids change.

func refSlug(s string) string {
	var b strings.Builder
	dash := false
	for _, r := range strings.ToLower(s) {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			if dash && b.Len() > 0 {
				b.WriteByte('-')
			}
			dash = false
			b.WriteRune(r)
		} else {
			dash = true
		}
	}
	return b.String()
}

func refNormText(s string) string   { return strings.Join(strings.Fields(s), " ") }
func refNormAction(s string) string { return strings.ToLower(refNormText(s)) }

func refHashID(prefix string, parts ...string) string {
	h := sha256.New()
	for _, p := range parts {
		h.Write([]byte(p))
		h.Write([]byte{0})
	}
	return prefix + hex.EncodeToString(h.Sum(nil))[:20]
}

func refItoa(n int) string {
	if n == 0 {
		return "0"
	}
	neg := n < 0
	if neg {
		n = -n
	}
	var buf [20]byte
	i := len(buf)
	for n > 0 {
		i--
		buf[i] = byte('0' + n%10)
		n /= 10
	}
	if neg {
		i--
		buf[i] = '-'
	}
	return string(buf[i:])
}

func refClaimID(c *Claim) string {
	start, end := "", ""
	if c.Evidence != nil {
		start, end = refItoa(c.Evidence.Start), refItoa(c.Evidence.End)
	}
	return refHashID("claim:", c.DocID, refSlug(c.Speaker), string(c.Kind), refSlug(c.Subject), refNormAction(c.Action),
		refSlug(c.Topic), string(c.Polarity), refNormText(c.Text), c.SaidAt, start, end)
}

func refDocumentID(url, text, name string) string {
	switch {
	case strings.TrimSpace(url) != "":
		return refHashID("doc:", "url", strings.TrimSpace(url))
	case strings.TrimSpace(text) != "":
		return refHashID("doc:", "text", refNormText(text))
	default:
		return refHashID("doc:", "name", strings.TrimSpace(name))
	}
}

func TestSlugAndNormText(t *testing.T) {
	for _, tt := range []struct{ in, slug, norm, action string }{
		{"Russian Defense Minister Sergei Shoigu", "russian-defense-minister-sergei-shoigu", "Russian Defense Minister Sergei Shoigu", "russian defense minister sergei shoigu"},
		{"  U.S.  cluster\tmunitions ", "u-s-cluster-munitions", "U.S. cluster munitions", "u.s. cluster munitions"},
		{"Zürich's Straße", "zürich-s-straße", "Zürich's Straße", "zürich's straße"},
		{"\"}) DETACH DELETE n //", "detach-delete-n", "\"}) DETACH DELETE n //", "\"}) detach delete n //"},
		{"", "", "", ""},
		{"   ", "", "", ""},
		{"a\u00a0b", "a-b", "a b", "a b"},
		{"trailing ", "trailing", "trailing", "trailing"},
		{"\u201cWe  will\u201d\u2028ÉCRASER", "we-will-écraser", "\u201cWe will\u201d ÉCRASER", "\u201cwe will\u201d écraser"},
		{"x\xffY", "x-y", "x\xffY", "x\ufffdy"},
	} {
		if got := Slug(tt.in); got != tt.slug {
			t.Errorf("Slug(%q) = %q, want %q", tt.in, got, tt.slug)
		}
		if got := NormText(tt.in); got != tt.norm {
			t.Errorf("NormText(%q) = %q, want %q", tt.in, got, tt.norm)
		}
		if got := NormAction(tt.in); got != tt.action {
			t.Errorf("NormAction(%q) = %q, want %q", tt.in, got, tt.action)
		}
		checkAgainstReference(t, tt.in)
	}
}

// trickyInputs are strings where a fast path could part from the
// reference: Unicode letters, digits, marks and spaces, case mappings that
// leave or enter ASCII, invalid and truncated UTF-8, white space runs at
// either end, and punctuation only.
var trickyInputs = []string{
	"", " ", "  ", "\t", "\n\r\v\f", "a", "A", "-", "--a--", "a  b", " a", "a ", " a b ",
	"a\tb", "a\nb", "a\r\nb", "a\vb\fc", "ab  ", "  ab", "a b  c\t\td",
	"Zürich", "ZÜRICH", "İstanbul", "KELVIN \u212a", "ǅemal ǈ", "ΣΟΦΊΑ ΣΑΣ", "Straße", "ẞ",
	"Ʃ", "\u0130\u0049", "ﬁne", "Ⅻ", "٣ ٤", "x²", "½", "a\u0301b", "\u0301", "日本語 テキスト",
	"a\u00a0b", "\u00a0", "a\u0085b", "\u0085", "a\u1680b", "a\u2000b\u200ac", "a\u2028b\u2029c",
	"a\u202fb", "a\u205fb", "a\u3000b", "\u3000lead", "trail\u3000", "a\u200bb", "a\ufeffb",
	"\u201cquoted\u201d", "\u2018single\u2019", "em\u2014dash", "en\u2013dash", "\u2026",
	"\xff", "a\xffb", "\xe2\x80", "a\xe2\x80", "\xe2\x80 b", "\xe2\xe2\x80\xa8x", "\xc0\xaf", "\xed\xa0\x80",
	"\xf4\x90\x80\x80", "a \xff b", "\ufffd", "U+FFFD \ufffd x",
	"!!!", "...", "'s", "U.S.-backed", "al-Assad", "O'Neil", "3.5 km/h", "COVID-19", "ANTIFA",
	"Russian Defense Minister Sergei Shoigu", "  Use  Cluster munitions ", "\"}) DETACH DELETE n //",
	// the eight-byte test of an action already normal: capitals at both
	// ends of 'A' to 'Z' and the bytes beside them, doubled spaces across
	// and within words of eight bytes
	"zebra Zoo zones", "aaaaaaaZ", "aaaaaaaA", "@[`{ @@@@ [[[[ ````", "abcdefg  hijklmn", "abcdefgh  ijkl", "abcdefg\x7fh i",
	strings.Repeat("long words ", 200), strings.Repeat("Ä", 300), strings.Repeat(" ", 600) + "x",
}

// refTopicSlug is TopicSlug's plain definition: refSlug with each word
// in a class of event nouns made the first of its class. A name with no
// such word has the slug TopicID gave it before the classes.
func refTopicSlug(s string) string {
	words := strings.Split(refSlug(s), "-")
	for i, w := range words {
		if c := EventNoun(w); c != "" {
			words[i] = c
		}
	}
	return strings.Join(words, "-")
}

// checkAgainstReference compares every fast function with its reference
// on s.
func checkAgainstReference(t *testing.T, s string) {
	t.Helper()
	for _, f := range []struct {
		name      string
		fast, ref func(string) string
	}{
		{"Slug", Slug, refSlug},
		{"NormText", NormText, refNormText},
		{"NormAction", NormAction, refNormAction},
		{"NormName", NormName, refNormText},
		{"ActorID", ActorID, func(s string) string { return "actor:" + refSlug(s) }},
		{"TopicID", TopicID, func(s string) string { return "topic:" + refTopicSlug(s) }},
		{"SpeakerID", SpeakerID, func(s string) string { return "speaker:" + refSlug(s) }},
		{"DocumentID(url)", func(s string) string { return DocumentID(s, "text", "name") }, func(s string) string { return refDocumentID(s, "text", "name") }},
		{"DocumentID(text)", func(s string) string { return DocumentID("", s, "name") }, func(s string) string { return refDocumentID("", s, "name") }},
		{"DocumentID(name)", func(s string) string { return DocumentID("", "", s) }, func(s string) string { return refDocumentID("", "", s) }},
		{"FindingID", func(s string) string { return FindingID(Rule(s), s, "to") }, func(s string) string { return refHashID("finding:", s, s, "to") }},
	} {
		if got, want := f.fast(s), f.ref(s); got != want {
			t.Errorf("%s(%q) = %q, reference %q", f.name, s, got, want)
		}
	}
	for _, c := range []*Claim{
		{DocID: "doc:1", Speaker: s, Kind: KindDenial, Subject: s, Action: s, Topic: s, Polarity: Negative, Text: s, SaidAt: "2024-02-29", Evidence: &Span{Start: 7, End: 7 + len(s)}},
		{DocID: s, Speaker: "Ivo Marek", Kind: Kind(s), Action: s, Topic: "dams", Polarity: Polarity(s), Text: s, SaidAt: s},
		{Text: s, Evidence: &Span{Start: -12, End: math.MinInt}},
		{Text: s, Evidence: &Span{Start: math.MaxInt, End: 0}},
	} {
		if got, want := ClaimID(c), refClaimID(c); got != want {
			t.Errorf("ClaimID of %+v = %q, reference %q", c, got, want)
		}
	}
}

func TestIDsMatchReference(t *testing.T) {
	for _, s := range trickyInputs {
		checkAgainstReference(t, s)
	}
}

// TestIDsMatchReferenceRandom builds strings from pieces that exercise
// the branches of the fast paths, in random order.
func TestIDsMatchReferenceRandom(t *testing.T) {
	pieces := []string{
		"a", "Z", "q", "7", " ", "  ", "\t", "\n", "\v", "\f", "\r", "-", ".", "'", "\x00", "\x7f",
		"é", "É", "ß", "İ", "ı", "\u212a", "ǅ", "Σ", "ς", "ﬃ", "٣", "²", "\u0301", "日",
		"\u00a0", "\u0085", "\u1680", "\u2002", "\u2028", "\u2029", "\u202f", "\u3000", "\u200b", "\ufeff",
		"\u201c", "\u201d", "\u2014", "\ufffd", "\xff", "\x80", "\xe2", "\xe2\x80", "\xc3", "\xf0\x9f", "😀",
		"words", "and more", "Capital", "x y", "punctuation, ", "\x01", "\x1f", "~",
	}
	r := rand.New(rand.NewSource(1))
	for k := range 6000 {
		var b strings.Builder
		// long strings too, so that runs of eight ASCII bytes occur at
		// every alignment with spaces, controls and runes around them
		for n := r.Intn(8 + k%40); n > 0; n-- {
			b.WriteString(pieces[r.Intn(len(pieces))])
		}
		checkAgainstReference(t, b.String())
		if t.Failed() {
			return
		}
	}
}

// TestNormTextASCIIRuns checks the eight-byte path of the normalisers:
// mostly printable ASCII with single and doubled spaces at every offset,
// and the occasional white space or control byte or rune that sends a
// run byte by byte.
func TestNormTextASCIIRuns(t *testing.T) {
	const (
		printable = "aaBz.~  "
		rare      = "\t\n\v\f\r\x00\x01\x1f\x7f"
	)
	r := rand.New(rand.NewSource(2))
	for range 20000 {
		b := make([]byte, 0, 48)
		for n := r.Intn(48); n > 0; n-- {
			switch k := r.Intn(60); {
			case k == 0:
				b = append(b, "\u00e9\u00a0\u3000"[r.Intn(3)*2:][:2]...)
			case k < 3:
				b = append(b, rare[r.Intn(len(rare))])
			default:
				b = append(b, printable[r.Intn(len(printable))])
			}
		}
		s := string(b)
		if NormText(s) != refNormText(s) || NormAction(s) != refNormAction(s) || Slug(s) != refSlug(s) {
			t.Fatalf("fast and reference normalisers disagree on %q: NormText %q, reference %q", s, NormText(s), refNormText(s))
		}
		c := &Claim{Text: s, Action: s}
		if ClaimID(c) != refClaimID(c) {
			t.Fatalf("ClaimID disagrees with the reference on text %q", s)
		}
	}
}

// TestIDsMatchReferenceRunes runs every rune of the Basic Multilingual
// Plane, and a sample above it, through the normalisers, alone and
// between letters.
func TestIDsMatchReferenceRunes(t *testing.T) {
	for r := rune(0); r <= 0x10ffff; r++ {
		if r > 0xffff && r%97 != 0 {
			continue
		}
		s := string(r)
		for _, in := range []string{s, "A" + s + "b", s + " " + s} {
			if Slug(in) != refSlug(in) || NormText(in) != refNormText(in) || NormAction(in) != refNormAction(in) {
				t.Fatalf("fast and reference normalisers disagree on %q (U+%04X)", in, r)
			}
		}
	}
}

// TestClaimIDsMatchReference runs claims through one ClaimIDs in a row,
// so that its slugs kept from the claims before are right or stale: runs
// of one speaker, a name that changes back, names of one slug but not one
// spelling, the empty name, and more names than it keeps.
func TestClaimIDsMatchReference(t *testing.T) {
	names := []string{"Ivo Marek", "Ivo Marek", "IVO  marek", "", "Dana Oster", "Ivo Marek", "", "", "Zürich Port Authority", "zürich-port authority",
		"Lena Kovach", "Tomas Brill", "Harwick Mining", "Port of Velland", "Aldmoor Clinic", "Kellan Marine", "Tessel Port Holdings", "Ivo Marek"}
	texts := []string{"The dam will hold.", "We never shelled the port", "a \u201cb\u201d c", ""}
	var h ClaimIDs
	for i := range 200 {
		c := &Claim{
			DocID: "doc:1", Kind: KindAssertion, Polarity: Positive, Action: "deny the shelling",
			Speaker: names[i%len(names)], Subject: names[(i/3)%len(names)], Topic: names[(i/7)%len(names)],
			Text: texts[i%len(texts)], SaidAt: "2024-05-01", Evidence: &Span{Start: i, End: i + 20},
		}
		want := refClaimID(c)
		if got := h.ID(c); got != want {
			t.Fatalf("claim %d: ClaimIDs.ID = %q, reference %q", i, got, want)
		}
		if got := h.IDNormal(c); got != want {
			t.Fatalf("claim %d: ClaimIDs.IDNormal of a normal text and action = %q, reference %q", i, got, want)
		}
		if got := string(h.AppendIDNormal([]byte("x"), c)); got != "x"+want {
			t.Fatalf("claim %d: ClaimIDs.AppendIDNormal after \"x\" = %q, reference %q", i, got, "x"+want)
		}
	}
}

// TestClaimIDLen checks that every claim id is ClaimIDLen bytes, whatever
// the claim (an extractor slices a buffer of ids by it): ClaimID, a
// ClaimIDs' ID and IDNormal, and what AppendIDNormal appends.
func TestClaimIDLen(t *testing.T) {
	long := strings.Repeat("a long text of many words ", 200)
	claims := []*Claim{
		{},
		{DocID: "doc:1", Speaker: "Ivo Marek", Kind: KindAssertion, Polarity: Positive, Text: "The dam will hold."},
		{DocID: "doc:0123456789abcdef0123", Speaker: "Russian Defense Minister Sergei Shoigu", Kind: KindAccusation,
			Subject: "Ukraine", Action: "use cluster munitions", Topic: "cluster munitions", Polarity: Negative,
			Text: long, SaidAt: "2023-07-16", Evidence: &Span{Start: 120, End: 12000}},
	}
	var h ClaimIDs
	for i, c := range claims {
		for what, id := range map[string]string{
			"ClaimID": ClaimID(c), "ClaimIDs.ID": h.ID(c), "ClaimIDs.IDNormal": h.IDNormal(c),
			"ClaimIDs.AppendIDNormal": string(h.AppendIDNormal([]byte("x"), c)[1:]),
		} {
			if len(id) != ClaimIDLen {
				t.Errorf("claim %d: %s = %q, %d bytes, want ClaimIDLen %d", i, what, id, len(id), ClaimIDLen)
			}
		}
	}
}
