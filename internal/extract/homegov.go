package extract

import (
	"strings"

	"github.com/contra-project/contra/graph"
)

// homeGovernment names the one state of a domestic political row by its
// government ("Ostrelian government") rather than by the state. When a
// state trades charges with a political party and no other state takes a
// side, the row is a government against its own opposition (a crackdown
// on a party's protest, a pension fund's loss, an outbreak the opposition
// blames on the ministry): news calls that side "the government", and the
// gold keys it "<demonym> government". Between two states the state stays
// the side; so it does against an armed movement (the gold keys a war
// with a front by the state) or a firm (a contract row is the state's),
// and where the only opposition is "the Ostrelian opposition", a voice
// beside a row with another body rather than a party to it. An article
// that names a party of its own, speaks of an opposition or a governing
// party, and names no armed movement is such a row even where no charge
// between the two was read: the state's ministry and officers still
// speak for the government. Only a state the article names as one and
// whose people's adjective it writes (writtenState): a state a list
// knows, or a region misread as a state, in a country's party politics
// is left as it was (PolNeAR's US campaign news: no claim changes).
func (d *docState) homeGovernment() {
	st := ""
	for i := range d.claims {
		c := &d.claims[i].c
		for _, s := range [2]string{c.Side, c.Subject} {
			if s == "" || s == st || !d.isState(s) {
				continue
			}
			if st != "" {
				return // two states: an international row
			}
			st = s
		}
	}
	if st == "" {
		return
	}
	party := false
	for i := range d.claims {
		c := &d.claims[i].c
		if c.Kind != graph.KindAccusation || c.Side == "" || c.Subject == "" {
			continue
		}
		other := ""
		switch st {
		case c.Side:
			other = c.Subject
		case c.Subject:
			other = c.Side
		default:
			continue
		}
		switch d.homeOpponent(other) {
		case opParty:
			party = true
		case opOther:
			return
		}
	}
	if !party && (strings.Contains(d.str, "opposition") || strings.Contains(d.str, "governing party") || strings.Contains(d.str, "ruling party")) {
		// the article names a party of its own, and the state's
		// opposition or its governing party, and no armed movement: a
		// domestic political row, whoever of it the claims charge
		for _, o := range d.open {
			switch d.homeOpponent(o.name) {
			case opParty:
				party = true
			case opOther:
				if armedName(o) {
					return
				}
			}
		}
	}
	if !party {
		return
	}
	gov := d.government(st).name
	if !strings.HasSuffix(gov, " government") || !d.writtenState(st, gov) {
		return
	}
	for i := range d.claims {
		c := &d.claims[i].c
		if c.Side == st {
			c.Side = gov
		}
		if c.Subject == st {
			c.Subject = gov
		}
	}
}

// What a body is to the state it trades charges with (homeOpponent).
const (
	opNone  = iota // a body that decides nothing: a hospital trust, a police force, an association
	opParty        // a political party
	opOther        // an armed movement or a firm: the state stays the side
)

// homeOpponent tells what the side named name is to a state it trades
// charges with: a political party (opParty), an armed movement or a
// business (opOther), or neither.
func (d *docState) homeOpponent(name string) int {
	for _, o := range d.open {
		if o.name != name || o.state || o.owner != "" {
			continue
		}
		if armedName(o) {
			return opOther
		}
		for _, w := range o.descr {
			if armedDescr[w] != "" {
				return opOther
			}
		}
		if politicalHeads[o.head] {
			return opParty
		}
		if firmName(o.name) {
			return opOther
		}
		return opNone
	}
	return opNone
}

// writtenState reports whether st is a state the article itself names
// as one, and gov, its government's name, is written as the article
// writes its people ("Ostrelian"): not a state a list knows, whose
// domestic politics (a country's parties, its regions' governors) news
// tells in other terms, nor an adjective guessed from the name alone.
func (d *docState) writtenState(st, gov string) bool {
	if !d.namedState(st) {
		return false
	}
	adj := strings.TrimSuffix(gov, " government")
	return adj == st || strings.Contains(d.str, adj)
}
