package extract

// The segment stage cuts a paragraph's tokens into sentences. A sentence
// ends at '.', '!' or '?' (with any closing quotes or brackets that
// follow) when the next token can start a sentence: a capital, a digit or
// an opening quote. Abbreviations absorbed their dot in the tokenizer, so
// "Mr. Gates" and "Col. Mehta" do not end sentences; "U.S." ends one only
// when a word that usually starts sentences follows. An ellipsis inside a
// quotation marks elided words, not a sentence end. Quotations may span
// several sentences; each sentence keeps its quote state per token.

// sentStarters are words that, after an abbreviation such as "U.S.", show
// the abbreviation ended the sentence.
var sentStarters = map[string]bool{
	"the": true, "he": true, "she": true, "it": true, "they": true, "we": true, "i": true,
	"but": true, "and": true, "in": true, "on": true, "at": true, "this": true, "that": true,
	"these": true, "those": true, "a": true, "an": true, "however": true, "meanwhile": true,
	"his": true, "her": true, "their": true, "our": true, "there": true, "its": true,
	"if": true, "when": true, "while": true, "after": true, "as": true, "for": true,
}

// sentences returns the [from, to) token ranges of the sentences of toks.
func sentences(toks []token, out [][2]int) [][2]int {
	start := 0
	n := len(toks)
	for i := 0; i < n; i++ {
		t := &toks[i]
		if t.kind == tWord && !t.abbr {
			continue // most tokens: a word that absorbed no dot ends nothing
		}
		end := false
		switch {
		case t.kind == tPunct && (t.low == "." || t.low == "!" || t.low == "?"):
			end = true
		case t.kind == tPunct && t.low == "…" && !t.inQ:
			end = true
		case t.kind == tWord && t.abbr && isDotted(t.low):
			// "U.S." at a sentence end: only before a typical sentence starter
			end = i+1 < n && toks[i+1].cap && sentStarters[toks[i+1].low]
		}
		if !end {
			continue
		}
		j := i + 1
		for j < n && closes(&toks[j]) {
			j++
		}
		if j < n && !canStart(&toks[j]) {
			continue
		}
		if (t.low == "!" || t.low == "?") && j > i+1 && reportFollows(toks, j) {
			continue // "“Who will pay?” Marek asked.": one sentence
		}
		if j > start {
			out = append(out, [2]int{start, j})
		}
		start = j
		i = j - 1
	}
	if start < n {
		out = append(out, [2]int{start, n})
	}
	return out
}

// reportFollows reports whether toks[j:] open with a short name and a
// reporting verb ("Marek said", "Mr. Ivo Marek wrote"): the attribution
// of a quotation that ended in "!" or "?".
func reportFollows(toks []token, j int) bool {
	k := j
	for k < len(toks) && k < j+4 && toks[k].kind == tWord && toks[k].cap {
		k++
	}
	return k > j && k < len(toks) && toks[k].kind == tWord && !toks[k].cap && toks[k].is(fSpeech) && !toks[k].is(fAux)
}

// closes reports whether t closes a quotation or bracket.
func closes(t *token) bool {
	switch t.kind {
	case tQuote:
		return !t.open
	case tSQuote:
		return true
	case tPunct:
		return t.low == ")" || t.low == "]"
	}
	return false
}

func canStart(t *token) bool {
	switch t.kind {
	case tWord:
		return t.cap
	case tNum:
		return true
	case tQuote:
		return t.open
	case tPunct:
		return t.low == "(" || t.low == "[" || t.low == "—"
	case tSQuote:
		return true
	}
	return false
}

// isDotted reports whether an abbreviation is a dotted acronym ("u.s.").
func isDotted(low string) bool {
	return len(low) >= 4 && low[len(low)-1] == '.' && low[len(low)-3] == '.'
}
