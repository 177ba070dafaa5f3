package extract

import (
	"bytes"
	"strings"
	"unicode"
)

// A fact-check sets the claim it checks in a block of labelled lines:
// "Claim: Velmar's troops shelled the dam.", then who made it on a line
// of its own ("Claimed by: Ostrian Defence Ministry, on social media",
// "Who said it: Finance Minister Ada Penn, in parliament"), then
// "Verdict: …". The claim line is the claimant's claim, however its
// sentence reads; the claimant line says who, and claims nothing. A
// claim line the article quotes again below ("Penn told MPs that the
// losses “were baked in …”") is that report's: the block only heads it.

// claimLabel returns the length of the label a fact-check's claim line
// opens with ("Claim: ", "CLAIM: ", "Claim 2: "), or 0.
func claimLabel(b []byte) int {
	if len(b) < 7 || !bytes.EqualFold(b[:5], []byte("claim")) {
		return 0
	}
	i := 5
	if b[i] == ' ' && i+1 < len(b) && isDigitByte(b[i+1]) {
		// a numbered claim: "Claim 2: …"
		i++
		for i < len(b) && isDigitByte(b[i]) && i < 9 {
			i++
		}
	}
	if i+1 < len(b) && b[i] == ':' && b[i+1] == ' ' {
		return i + 2
	}
	return 0
}

// claimantLabels open the line under a fact-check's claim that names
// who made it.
var claimantLabels = [...]string{"claimed by: ", "who said it: ", "said by: ", "made by: "}

// claimantLabel returns the length of the label a fact-check's
// claimant line opens with ("Claimed by: ", "Who said it: "), or 0.
func claimantLabel(b []byte) int {
	for _, l := range claimantLabels {
		if len(b) > len(l) && bytes.EqualFold(b[:len(l)], []byte(l)) {
			return len(l)
		}
	}
	return 0
}

// labelEnd returns the first token of the paragraph's tokens that starts
// at or after byte offset at (where a line label's colon and space end).
func (d *docState) labelEnd(at int) int {
	k := 0
	for k < len(d.toks) && d.toks[k].s < at {
		k++
	}
	return k
}

// resolveClaimant resolves the claimant a fact-check's claimant line
// names from token lo: its words up to the first comma, semicolon or
// parenthesis ("Finance Minister Ada Penn, in parliament on 2 May",
// "Ostria's Ministry of Defence; numerous social media accounts"). It
// reports false when the words name no one the article can place.
func (d *docState) resolveClaimant(lo int) (speaker, bool) {
	hi := lo
	for hi < len(d.toks) && hi-lo < 12 && d.toks[hi].low != "," && d.toks[hi].low != ";" && d.toks[hi].low != "(" && d.toks[hi].low != "." {
		hi++
	}
	if hi == lo || !d.toks[lo].cap {
		return speaker{}, false
	}
	spk, st := d.resolveNP(lo, hi, -1, -1)
	if st != npOK || spk.name == "" {
		return speaker{}, false
	}
	return spk, true
}

// quotedAgain reports whether the body of the document, outside the
// claim line [s, e), repeats a run of six words of the claim (or all of
// a shorter one): the claim the block heads is reported below, in the
// sentence that gives its words their speaker and frame.
func quotedAgain(text string, s, e int) bool {
	cw := plainWords(text[s:e])
	n := min(6, len(cw))
	if n == 0 {
		return false
	}
	grams := make(map[string]bool, len(cw))
	for i := 0; i+n <= len(cw); i++ {
		grams[strings.Join(cw[i:i+n], " ")] = true
	}
	for _, part := range [...]string{text[:s], text[e:]} {
		bw := plainWords(part)
		for i := 0; i+n <= len(bw); i++ {
			if grams[strings.Join(bw[i:i+n], " ")] {
				return true
			}
		}
	}
	return false
}

// plainWords returns the words of s in lower case, without punctuation
// or quotation marks ("museum's" one word, its apostrophe straight).
func plainWords(s string) []string {
	words := strings.FieldsFunc(s, func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r) && r != '\'' && r != '’'
	})
	out := words[:0]
	for _, w := range words {
		if w = strings.Trim(strings.ReplaceAll(w, "’", "'"), "'"); w != "" {
			out = append(out, strings.ToLower(w))
		}
	}
	return out
}

// factBlock reads a fact-check's claim line [cs, ce), its words from
// cw, and the claimant line [ns, ne) under it, its name from nw. The
// claimant line is read first, so that the claim has its speaker; its
// own words claim nothing. The claim line is the claimant's claim,
// sentence by sentence as a transcript guest's turn is, unless the
// claimant names no one the article can place or the article quotes
// the claim again below: then it claims nothing either.
func (d *docState) factBlock(cs, ce, ns, ne, cw, nw int) {
	d.factRole, d.factAt, d.factNaming = turnInterviewer, nw, true
	d.paragraph(ns, ne)
	d.factNaming = false
	d.factAt = cw
	if d.factOK && !quotedAgain(d.str, cs, ce) {
		d.factRole, d.turnSpk = turnGuest, d.factSpk
	}
	d.paragraph(cs, ce)
	d.factRole, d.factOK = turnNone, false
}
