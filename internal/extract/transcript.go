package extract

import "strings"

// A broadcast interview set out as a transcript gives each turn a line
// of its own that opens with its speaker's label and a colon ("NADIA
// PENN (presenter): Did your plant …?", "Penn: The agency has found …",
// "ORLO VANE: No. Nothing left our site."). The presenter's turns ask;
// what they say ("the council says it has pictures …") is the question's
// premise, put to the guest, no claim of anyone's. The guest's turns are
// the guest's words, sentence by sentence, whatever the sentence names
// ("Our figures show …" is the guest's claim, not the figures').

// turnRole is what a label's turns are in a transcript.
type turnRole int8

const (
	turnNone        turnRole = iota
	turnInterviewer          // asks: its turns claim nothing
	turnGuest                // answers: each sentence is the guest's claim
)

// transcriptLabel is one label of the document's transcript, by its
// last word in lower case ("penn" for "NADIA PENN" and "Penn").
type transcriptLabel struct {
	key         string
	name        string // the label's longest form ("NADIA PENN" beside "PENN")
	turns, asks int
	host        bool     // the label's parenthesis, or the label itself, names a presenter's role
	role        turnRole // what its turns are (scanTranscript)
}

// hostRoles are the words a label's parenthesis gives the one who asks:
// "NADIA PENN (presenter):".
// A label that is itself such a role ("Reporter:", "Q:") names no one
// and asks.
var hostRoles = map[string]bool{"presenter": true, "interviewer": true, "host": true, "anchor": true, "reporter": true, "q": true}

// lineLabel parses the label that opens line: one to three words, each
// opening with a capital letter or (after the first) a digit ("Radio
// Kell 24"), then an optional parenthesis, then a colon and a space.
// It returns the label's words, its last word in lower case, what the
// parenthesis holds, and the rest of the line; ok is false when the line
// opens with no label.
func lineLabel(line string) (name, key, paren, rest string, ok bool) {
	i, words, last := 0, 0, ""
	for words < 3 {
		j := i
		for j < len(line) && line[j] != ' ' && line[j] != ':' && line[j] != '(' {
			j++
		}
		w := line[i:j]
		if w == "" || !(isUpperASCII(w[0]) || words > 0 && isDigitByte(w[0])) {
			return "", "", "", "", false
		}
		last, words, i = w, words+1, j
		if i < len(line) && line[i] == ' ' && i+1 < len(line) && line[i+1] != '(' {
			i++
			continue
		}
		break
	}
	name = line[:i]
	if i+1 < len(line) && line[i] == ' ' && line[i+1] == '(' {
		end := strings.IndexByte(line[i:], ')')
		if end < 0 || end > 30 {
			return "", "", "", "", false
		}
		paren, i = line[i+2:i+end], i+end+1
	}
	// one letter names no one, but "Q:" heads a question
	if !strings.HasPrefix(line[i:], ": ") || len(last) < 2 && last != "Q" {
		return "", "", "", "", false
	}
	return name, strings.ToLower(strings.TrimRight(last, ".")), strings.ToLower(paren), line[i+2:], true
}

// scanTranscript finds the document's transcript labels: a label that
// opens two or more lines, most of them questions, asks (or one its
// parenthesis calls the presenter); a label that opens two or more lines
// and asks in hardly any answers. A transcript needs both: labels that
// open lines of a list ("Kell: 42 seats", "Ostrup: 31 seats") ask
// nothing, and a page's notes ("Watch:", "Related:") are no one's.
func (d *docState) scanTranscript() {
	d.turnsScanned = true
	var labels []transcriptLabel
	for rest := d.str; rest != ""; {
		line := rest
		if k := strings.IndexByte(rest, '\n'); k >= 0 {
			line, rest = rest[:k], rest[k+1:]
		} else {
			rest = ""
		}
		name, key, paren, text, ok := lineLabel(line)
		if !ok || pageNotes[key] {
			continue
		}
		k := 0
		for k < len(labels) && labels[k].key != key {
			k++
		}
		if k == len(labels) {
			labels = append(labels, transcriptLabel{key: key})
		}
		l := &labels[k]
		l.turns++
		if len(name) > len(l.name) {
			l.name = name
		}
		if strings.IndexByte(text, '?') >= 0 {
			l.asks++
		}
		l.host = l.host || hostRoles[paren] || !strings.Contains(name, " ") && hostRoles[key]
	}
	// a presenter labelled by role ("Reporter:", "Q:") leaves the
	// named labels to answer, though a guest asks back now and then
	// ("Would you work a double shift for that pay?")
	byRole := false
	for i := range labels {
		byRole = byRole || labels[i].turns >= 2 && labels[i].host && labels[i].asks > 0 && !strings.Contains(labels[i].name, " ")
	}
	hosts, guests := 0, 0
	for i := range labels {
		switch l := &labels[i]; {
		case l.turns >= 2 && l.host:
			l.role = turnInterviewer
			hosts++
		case l.turns >= 2 && byRole && l.asks*2 <= l.turns:
			l.role = turnGuest
			guests++
		case l.turns >= 2 && l.asks*2 >= l.turns:
			l.role = turnInterviewer
			hosts++
		case l.turns >= 2 && l.asks*4 < l.turns:
			l.role = turnGuest
			guests++
		}
	}
	if hosts == 0 || guests == 0 {
		return
	}
	d.turnLabels = labels
}

// turnOf returns the role of the paragraph's turn when its tokens from
// skip open with a label of the document's transcript, and the token
// after the label's colon.
func (d *docState) turnOf(skip int) (turnRole, int) {
	toks := d.toks
	c := skip
	for c < len(toks) && c-skip < 3 && (toks[c].kind == tWord && toks[c].cap || toks[c].kind == tNum && c > skip) {
		c++
	}
	if c == skip || c >= len(toks) {
		return turnNone, 0
	}
	colon := c
	if toks[c].low == "(" {
		for colon < len(toks) && colon-c < 6 && toks[colon].low != ")" {
			colon++
		}
		colon++
	}
	if colon >= len(toks) || toks[colon].low != ":" {
		return turnNone, 0
	}
	if !d.turnsScanned {
		d.scanTranscript()
	}
	key := strings.TrimRight(toks[c-1].low, ".")
	for _, l := range d.turnLabels {
		if l.key != key {
			continue
		}
		switch {
		case l.role == turnInterviewer:
			return turnInterviewer, colon + 1
		case l.role == turnGuest:
			sp, ok := d.guestSpeaker(l)
			if !ok {
				break
			}
			d.turnSpk = sp
			return turnGuest, colon + 1
		case l.turns == 1 && l.asks == 0 && !l.host:
			// a third voice the transcript gives one turn to
			// ("CLINTON: …" after a presenter's and a guest's
			// turns) is a guest when the article named them before
			if p := d.labelPerson(key); p != nil {
				d.turnSpk = d.labelSpeaker(p)
				return turnGuest, colon + 1
			}
		}
		break
	}
	return turnNone, 0
}

// labelPerson returns the person the article named with key as the last
// word of their name ("Orlo Vane", then "VANE:"), as first written in
// prose, never a journalist's.
func (d *docState) labelPerson(key string) *person {
	for _, p := range d.persons {
		if len(p.parts) == 0 || p.place || isUpperWord(p.name) || journalistRole(p.role) {
			continue
		}
		// the name as first met may carry a possessive ("Ada Penn's
		// campaign")
		if last := p.parts[len(p.parts)-1]; last == key || trimPossessive(last) == key {
			return p
		}
	}
	return nil
}

// labelSpeaker is person p as the speaker of a transcript's turn, the
// possessive the name was first met with ("Ada Penn's campaign") left
// off.
func (d *docState) labelSpeaker(p *person) speaker {
	sp := d.personSpeaker(p, "")
	sp.name = trimPossessive(sp.name)
	return sp
}

// guestSpeaker is the speaker label l names: the person the article
// named before by the label's last word, else the label's longest form
// as a person's name when it is a full name in capitals ("JOEL PENN",
// then "PENN:", is Joel Penn). A label that names no one ("Sponsored:",
// "Newsletter:" repeated down a page) is no guest: ok is false.
func (d *docState) guestSpeaker(l transcriptLabel) (sp speaker, ok bool) {
	if p := d.labelPerson(l.key); p != nil {
		return d.labelSpeaker(p), true
	}
	words := strings.Fields(l.name)
	if len(words) < 2 || !isUpperWord(l.name) {
		return speaker{}, false
	}
	for i, w := range words {
		words[i] = w[:1] + strings.ToLower(w[1:])
	}
	return speaker{name: strings.Join(words, " "), human: true}, true
}

// guestSentence emits the guest's sentence [lo, hi) of a transcript's
// turn as the guest's claim. A sentence of fewer than five words ("No.",
// "It is absurd.", "Let them try.") answers or exclaims, and a question
// asks: neither is a claim.
func (d *docState) guestSentence(lo, hi int, pq *paraQuotes) {
	words := 0
	for k := lo; k < hi; k++ {
		if d.toks[k].kind == tWord || d.toks[k].kind == tNum {
			words++
		}
	}
	if words < 5 || d.toks[hi-1].low == "?" {
		return
	}
	a := d.newAtt(att{verb: -1, class: vSay, npS: -1, npE: -1, contS: lo, contE: hi, spk: d.turnSpk, quoteSpan: -1, evS: -1})
	d.emit(a, lo, hi, pq)
}
