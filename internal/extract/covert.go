package extract

import "slices"

// covertMods may stand between a party's name and its covert service:
// "Kessian military intelligence", "the Kessian secret police".
var covertMods = map[string]bool{
	"military": true, "secret": true, "special": true, "security": true, "foreign": true, "state": true,
}

// covertAgent reports whether the tokens from i, in a clause from cs, after "by", name a
// party's covert service by its name or adjective: "the Kessian secret
// police", "Kessian special services", "Kessian military intelligence",
// "the Kessian intelligence service", "Kessian agents". News reports
// what such a service is said to have done only as a charge ("the
// bodies were placed by …", "trained and paid by …"), where the same
// verb with an army or a ministry as its doer may tell of lawful work.
// The name must be a state's (a covert service is a state's arm), so
// "Western intelligence", a bloc's, or "its agents" is no party's here.
func (d *docState) covertAgent(cs, i, ce int) bool {
	for k := cs; k < i; k++ {
		if d.toks[k].is(fRel) {
			// "a group known as X, which she said was run by Kessian
			// military intelligence": the agent runs the group the
			// relative describes, which is what the clause charges
			return false
		}
	}
	j := i
	if j < ce && d.toks[j].low == "the" {
		j++
	}
	if j >= ce || !d.toks[j].cap {
		return false
	}
	if act := d.actorIn(j, j+1); act == "" || !slices.ContainsFunc(d.open, func(o *openActor) bool { return o.state && o.name == act }) {
		return false // a state the article names, not a bloc the taxonomy knows ("the West")
	}
	j++
	for j < ce && j-i <= 4 && covertMods[d.toks[j].low] && !d.toks[j].cap {
		j++
	}
	if j >= ce || d.toks[j].cap {
		return false
	}
	switch d.toks[j].low {
	case "intelligence", "agents", "spies", "services":
		return true
	case "police", "service":
		return d.toks[j-1].low == "secret" || d.toks[j-1].low == "security" // "secret police", "security service"
	}
	return false
}
