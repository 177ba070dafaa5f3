package extract

// covertMods may stand between a party's name and its covert service:
// "Kessian military intelligence", "the Kessian secret police".
var covertMods = map[string]bool{
	"military": true, "secret": true, "special": true, "security": true, "foreign": true, "state": true,
}

// covertAgent reports whether the tokens from i, in a clause from cs, after "by", name a
// party's covert service by its name or adjective: "the Kessian secret
// police", "Kessian special services", "Kessian military intelligence",
// "the Kessian intelligence service", "Kessian agents", "Kessian state
// hackers". News reports
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
	return d.covertState(i, ce) != ""
}

// covertState returns the state whose covert service the tokens from i
// name (covertAgent), or "".
func (d *docState) covertState(i, ce int) string {
	j := i
	if j < ce && d.toks[j].low == "the" {
		j++
	}
	if j >= ce || !d.toks[j].cap {
		return ""
	}
	act := d.actorIn(j, j+1)
	if act == "" || !d.namedState(act) {
		return "" // a state the article names, not a bloc the taxonomy knows ("the West")
	}
	j++
	for j < ce && j-i <= 4 && covertMods[d.toks[j].low] && !d.toks[j].cap {
		j++
	}
	if j >= ce || d.toks[j].cap {
		return ""
	}
	switch d.toks[j].low {
	case "intelligence", "agents", "spies", "services", "hackers":
		return act
	case "police", "service":
		if d.toks[j-1].low == "secret" || d.toks[j-1].low == "security" {
			return act // "secret police", "security service"
		}
	}
	return ""
}

// covertServed returns the state whose covert service an act in
// [cs, ce) is said to have served: "gathering information for Kessian
// military intelligence", "on the orders of Kessian intelligence",
// "passed the plans to Kessian military intelligence". Spying for a
// state is the charge against that state, whoever the spy.
func (d *docState) covertServed(cs, ce int) string {
	for k := cs + 1; k+1 < ce; k++ {
		if (d.toks[k].low == "which" || d.toks[k].low == "who") && d.toks[k-1].low == "," {
			// "a group known as X, which he said operates under the
			// direction of Kessian military intelligence": the service
			// directs the group the aside describes, which the clause
			// charges in its own right; a restrictive "that" ("a
			// network that passed details to …") is the charge itself
			return ""
		}
		switch d.toks[k].low {
		case "for":
			if d.toks[k-1].is(fRole) {
				continue // "a spokesman for …" speaks for the service
			}
		case "of":
			if !servedNouns[d.toks[k-1].low] {
				continue
			}
		case "to":
			handed := false
			for b := k - 1; b >= cs && b >= k-8 && !handed; b-- {
				handed = handedVerbs[d.toks[b].low]
			}
			if !handed {
				continue
			}
		default:
			continue
		}
		if st := d.covertState(k+1, ce); st != "" {
			return st
		}
	}
	return ""
}

// servedNouns before "of" make what follows the one served: "on the
// orders of", "on behalf of".
var servedNouns = map[string]bool{"orders": true, "instructions": true, "behalf": true, "direction": true}

// handedVerbs give what a spy gathered to the one served: "passed
// details to …", "sold the plans to …".
var handedVerbs = map[string]bool{
	"passed": true, "handed": true, "sold": true, "leaked": true, "sent": true, "gave": true, "delivered": true,
	"pass": true, "hand": true, "sell": true, "leak": true, "send": true, "give": true, "deliver": true,
}
