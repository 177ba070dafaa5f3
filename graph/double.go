package graph

import (
	"sort"
	"strings"
)

// RuleDoubleStandard is the fifth rule: a side holds others to a standard
// it is said to break. Its finding goes from the standard (the side's
// accusation of another, or its condemnation of the action as such) to
// the claim that the side itself does the action.
//
// It is derived on read like the others. The load does not count it yet:
// counting needs a stored key of each standard (DoubleKey) and a lookup
// of the standards by the proposition of a new claim, which the load path
// will get with its rewrite; Stats reports the rules in CountedRules.
const RuleDoubleStandard Rule = "double_standard"

// CountedRules are the rules whose totals a load keeps and Stats reports.
var CountedRules = []Rule{RuleOpposing, RuleMutual, RuleCounterclaim, RuleReversal}

// condemnCues are words with which English news reports a condemnation of
// an act as such: it is a crime, it is banned, it is inhumane. They are
// compared with whole lower-case words of a claim's text and action.
var condemnCues = map[string]bool{
	"crime": true, "crimes": true, "criminal": true, "banned": true, "ban": true, "prohibited": true,
	"outlawed": true, "illegal": true, "unlawful": true, "inhumane": true, "barbaric": true, "atrocity": true,
	"atrocities": true, "condemn": true, "condemns": true, "condemned": true, "denounce": true,
	"denounces": true, "denounced": true, "abhorrent": true,
}

// framing are the words a condemnation puts before the act it condemns
// ("condemn the use of", "regard use of ... as a crime"): stripped to find
// the act.
var framing = map[string]bool{
	"condemn": true, "condemns": true, "condemned": true, "denounce": true, "denounces": true, "denounced": true,
	"regard": true, "regards": true, "regarded": true, "call": true, "calls": true, "called": true,
	"consider": true, "considers": true, "considered": true, "brand": true, "branded": true, "label": true,
	"ban": true, "bans": true, "banned": true, "outlaw": true, "prohibit": true, "be": true, "is": true,
	"the": true, "a": true, "an": true,
}

// Condemns reports whether c condemns an act as such: it comes from a
// known side, asserts (polarity +), names nobody as the doer (no subject),
// and its text or action calls the act a crime, banned, inhumane or the
// like.
func Condemns(c *Claim) bool {
	return condemnable(c) && (hasCue(c.Text) || hasCue(c.Action))
}

// condemnable reports whether c may condemn an act as such, which its
// text or action then decides (Condemns): it comes from a known side,
// asserts, names nobody as the doer and accuses or asserts.
func condemnable(c *Claim) bool {
	return c.Polarity == Positive && c.Subject == "" && c.Side != "" &&
		(c.Kind == KindAccusation || c.Kind == KindAssertion)
}

func hasCue(s string) bool {
	for _, w := range strings.FieldsFunc(strings.ToLower(s), notWordRune) {
		if condemnCues[w] {
			return true
		}
	}
	return false
}

func notWordRune(r rune) bool {
	return !(r >= 'a' && r <= 'z' || r >= '0' && r <= '9' || r == '-' || r > 127)
}

// CondemnedAction is the normalised act a condemnation condemns: its
// action without the framing words before the act ("regard use of
// cluster munitions" is "use cluster munitions"; "the use of X" is "use
// X").
func CondemnedAction(c *Claim) string {
	ws := strings.Fields(NormAction(c.Action))
	for len(ws) > 0 && framing[ws[0]] {
		ws = ws[1:]
	}
	// "use of X" names the act "use X".
	if len(ws) > 2 && ws[1] == "of" {
		ws = append(ws[:1], ws[2:]...)
	}
	return strings.Join(ws, " ")
}

// DoubleKey is the key of the standard c sets, "" when it sets none: the
// proposition (in PropKey's form) that its own side does what it holds
// against others. A claim sets a standard when it comes from a known side
// and either accuses another actor of an action (an accusation of the
// action against someone else) or condemns the action as such (Condemns).
// A claim b breaks it when PropKey(b) == DoubleKey(c) and b says the act
// happens (Breaks).
func DoubleKey(c *Claim) string {
	side := Slug(c.Side)
	if side == "" || c.Polarity != Positive {
		return ""
	}
	if Condemns(c) {
		if a := CondemnedAction(c); a != "" {
			return side + "|" + a + "|" + TopicSlug(c.Topic)
		}
		return ""
	}
	if c.Kind == KindAccusation && c.Subject != "" && Slug(c.Subject) != side {
		return side + "|" + NormAction(c.Action) + "|" + TopicSlug(c.Topic)
	}
	return ""
}

// Breaks reports whether c says its subject does its action, by whatever
// side: an accusation or assertion with polarity +. Threats and
// predictions speak of what may come, denials of what did not.
func Breaks(c *Claim) bool {
	return c.Polarity == Positive && c.Subject != "" && (c.Kind == KindAccusation || c.Kind == KindAssertion)
}

// DoubleStandard reports whether the pair (std, act) is a double standard:
// std sets a standard for std's side (DoubleKey), act says that side does
// that very action on that topic (Breaks, PropKey(act) == DoubleKey(std)),
// and the pair is more than a mutual accusation. When std only accuses an
// actor Y (it does not condemn the act as such), act must not come from Y:
// Y answering an accusation with the same accusation is a mutual
// accusation, not a double standard, whereas a third side's (or std's own
// side's, or an unattributed) statement that std's side does it is one.
func DoubleStandard(std, act *Claim) bool {
	k := DoubleKey(std)
	return k != "" && std.ID != act.ID && Breaks(act) && PropKey(act) == k && !onlyMutual(std, act)
}

// onlyMutual: std is a plain accusation of Y and act comes from Y.
func onlyMutual(std, act *Claim) bool {
	return !Condemns(std) && act.Side != "" && Slug(act.Side) == Slug(std.Subject)
}

// doubleFinding is the finding of a double standard, from the standard to
// the claim that breaks it.
func doubleFinding(std, act *Claim) Finding {
	return Finding{ID: FindingID(RuleDoubleStandard, std.ID, act.ID), Rule: RuleDoubleStandard,
		From: std.ID, To: act.ID, Topic: act.Topic}
}

// DetectDouble returns the double standards between a claim of fresh and a
// claim of fresh or candidates (either may be the standard), sorted by
// id. Like Detect it pairs only within the groups a key names, here a
// standard's DoubleKey and a claim's PropKey, so its result does not
// depend on the order claims arrive in.
func DetectDouble(fresh, candidates []Claim) []Finding {
	byID := map[string]*Claim{}
	stds := map[string][]*Claim{} // by DoubleKey
	acts := map[string][]*Claim{} // by PropKey, claims that say an act happens
	for _, list := range [][]Claim{fresh, candidates} {
		for i := range list {
			c := &list[i]
			if _, ok := byID[c.ID]; ok {
				continue
			}
			byID[c.ID] = c
			if k := DoubleKey(c); k != "" {
				stds[k] = append(stds[k], c)
			}
			if Breaks(c) {
				acts[PropKey(c)] = append(acts[PropKey(c)], c)
			}
		}
	}
	seen := map[string]bool{}
	var out []Finding
	emit := func(std, act *Claim) {
		if !DoubleStandard(std, act) {
			return
		}
		f := doubleFinding(std, act)
		if !seen[f.ID] {
			seen[f.ID] = true
			out = append(out, f)
		}
	}
	for i := range fresh {
		c := byID[fresh[i].ID]
		if k := DoubleKey(c); k != "" {
			for _, a := range acts[k] {
				emit(c, a)
			}
		}
		if Breaks(c) {
			for _, s := range stds[PropKey(c)] {
				emit(s, c)
			}
		}
	}
	sortFindings(out)
	return out
}

func sortFindings(fs []Finding) {
	sort.Slice(fs, func(i, j int) bool { return fs[i].ID < fs[j].ID })
}
