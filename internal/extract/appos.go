package extract

import "strings"

// A subject and its verb apart. News sets an apposition or a relative
// clause between a subject and its verb ("The crossing, the busiest
// between the two countries, is closed"; "the mine, which employs 400
// people, was flooded"): the noun before the commas was closed or
// flooded, and the words between describe it. An adjective there, most
// often a superlative, never names an event.

// appositionStart returns the token before the comma that opens the
// apposition or relative clause the comma at b closes, when a noun
// stands there ("crossing" of "The crossing, the busiest …,"), or -1.
// The commas hold a few words that open with a determiner or a
// relative pronoun, and no other punctuation.
func (d *docState) appositionStart(b, lo int) int {
	if b <= lo || d.toks[b].low != "," {
		return -1
	}
	for j := b - 1; j > lo && j >= b-12; j-- {
		t := &d.toks[j]
		if t.kind != tPunct {
			continue
		}
		if t.low != "," || j+1 >= b || j-1 < lo {
			return -1
		}
		first, n := &d.toks[j+1], j-1
		if first.kind != tWord || !(first.is(fDet) && !first.is(fPron) || first.is(fRel)) {
			return -1
		}
		if d.toks[n].kind != tWord || !d.nounLike(n) {
			return -1
		}
		return n
	}
	return -1
}

// superlative reports whether w is an adjective's superlative, which
// describes a thing and names none: "the busiest", "the biggest", "the
// deadliest". Most are "-iest" or a doubled consonant before "-est";
// the others news writes most are listed ("forest", "protest" and
// "harvest" are nouns), and "worst", the one news writes that has no
// "-est" ("the worst fighting since …").
func superlative(w string) bool {
	if w == "worst" {
		return true
	}
	if !strings.HasSuffix(w, "est") || len(w) < 4 {
		return false
	}
	if strings.HasSuffix(w, "iest") {
		return w != "priest"
	}
	if s := w[:len(w)-3]; len(s) >= 3 && s[len(s)-1] == s[len(s)-2] && !strings.ContainsRune("aeiouslr", rune(s[len(s)-1])) {
		return true // biggest, hottest, saddest, thinnest ("arrest" no)
	}
	return superlatives[w]
}

// superlatives are the "-est" superlatives no spelling rule tells from
// a noun.
var superlatives = map[string]bool{
	"largest": true, "oldest": true, "newest": true, "highest": true, "longest": true, "greatest": true,
	"closest": true, "nearest": true, "smallest": true, "widest": true, "deepest": true, "strongest": true,
	"fastest": true, "poorest": true, "richest": true, "safest": true, "tallest": true, "youngest": true,
	"lowest": true, "hardest": true, "finest": true, "furthest": true, "farthest": true, "cheapest": true,
	"shortest": true, "weakest": true, "coldest": true, "warmest": true, "darkest": true, "brightest": true,
	"slowest": true, "loudest": true, "bravest": true, "cleanest": true, "fewest": true,
	"best": true, "latest": true, "remotest": true, "strictest": true, "toughest": true,
}

// ingNouns are the things and places spelt like a gerund that an event
// strikes or shuts, the head of their compound: "the closure of the Keld
// road crossing" closed a crossing, not a road; "the east wing". Not
// "landing", which is an event ("forced landing"), nor "building", which
// most often refers back to the place named before ("hit the building").
var ingNouns = map[string]bool{
	"crossing": true, "crossings": true, "wing": true, "wings": true,
	"mooring": true, "moorings": true, "railing": true, "railings": true, "clearing": true,
}
