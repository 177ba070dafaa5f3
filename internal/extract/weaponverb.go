package extract

import "strings"

// weaponStruck returns the strike a weapon made on what the headline
// says it did to ("Tescovar missile toppled Brunivet TV tower": a tower
// strike), recorded as one strike of the weapon's configured kind
// (struckByWeapon), or "". The verbs of the event lists name their own
// events ("missile downed the helicopter", paraPhrases); any other past
// verb with a weapon as its subject and a thing as its object says what
// the weapon struck ("toppled", "flattened", "brought down"), and a desk
// names one strike by its target, not by the weapon, which the sides
// often dispute. Only a headline's: in prose "missiles destroyed the
// town's bridges" reports a campaign.
func (d *docState) weaponStruck(k, lo, hi int) string {
	t := &d.toks[k]
	if k <= lo || t.cap || t.is(fSpeech|fAux) || !(strings.HasSuffix(t.low, "ed") || pastIrregular(t.low)) {
		return ""
	}
	conf := d.weaponSubject(k, lo)
	if conf == "" {
		return ""
	}
	obj := k + 1
	if obj < hi && (d.toks[obj].low == "down" || d.toks[obj].low == "up" || d.toks[obj].low == "out") {
		obj++ // "brought down", "blew up", "knocked out"
	}
	n := d.objectNoun(obj, hi)
	if n < 0 || !d.weaponTarget(n, n) || personWord(d.toks[n].low) {
		return "" // "missile killed three soldiers": a toll, no target
	}
	return d.struckByWeapon(n, hi, "strike", conf)
}
