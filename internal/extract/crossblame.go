package extract

import (
	"strings"

	"github.com/contra-project/contra/graph"
)

// crossBlameTarget: the claim d answers by laying on the other side the
// act that side laid on d's: "Kestovian army engineers had demolished the
// fence" against "Tulvanian border guards had flattened the fence";
// "Pellemark's own forces had fired on the plant" against "Ruvanian
// artillery fired eleven shells at the plant". Each names the other's side
// as who did it (its subject, or the side's name in its words when its
// subject is unresolved) and tells of the same thing (a content word they
// share in what they report), so the two are one event told two ways.
func crossBlameTargets(prev []graph.Claim, d *graph.Claim, cache *stemCache) []string {
	if d.Side == "" || d.Polarity != graph.Positive || d.Kind != graph.KindAssertion && d.Kind != graph.KindAccusation {
		return nil
	}
	if !hasRival(prev, d) || !turnsBlame(d.Text) || forecast(d.Text) || reciprocal(strings.Replace(d.Text, "the other way", "", 1)) {
		return nil
	}
	dStem := sideStem(d.Side)
	rep := reportedOwn(d.Text)
	var ids []string
	for k, t := range rivalVersions(prev, d) {
		if !(sameName(t.Subject, d.Side) || t.Subject == "" && namesStem(t.Text, dStem)) {
			continue // t lays nothing on d's side
		}
		if forecast(t.Text) || reciprocal(t.Text) {
			continue
		}
		if sharesStem(rep, cache.of(prev, k)) {
			ids = append(ids, t.ID)
		}
	}
	return ids
}

// turnsBlame reports whether text turns a charge back on who made it by
// a mark of news prose: a cleft that names the doer ("it was Kestovian
// engineers who", "it was the pickets that"), a reflexive doer ("the
// separatists themselves", "its own forces"), or a reversal ("the other
// way round", "the other way").
func turnsBlame(text string) bool {
	for _, m := range [...]string{"it was ", "It was ", "themselves", "himself", "herself", "itself", " own forces",
		" own troops", " own soldiers", " own men", " own guards", " own police", " own artillery", " own fighters",
		" own people", " own crews", " own neighbours", " own neighbors", "the other way"} {
		i := strings.Index(text, m)
		if i < 0 {
			continue
		}
		if m == "it was " || m == "It was " {
			// a cleft: "it was X who/that …" within a few words
			rest := text[i+len(m):]
			f := strings.Fields(rest)
			for j := 1; j < min(len(f), 7); j++ {
				if f[j] == "who" || f[j] == "that" || f[j] == "which" {
					return true
				}
			}
			continue
		}
		if m == "themselves" || m == "himself" || m == "herself" || m == "itself" {
			// "should ask themselves why", "a group calling itself
			// the Front": the reflexive of a verb, not the doer
			before, _ := splitLastWord(strings.TrimRight(text[:i], " "))
			after, _, _ := strings.Cut(strings.TrimLeft(text[i+len(m):], " "), " ")
			if foldPrefixIn(before, reflexiveVerbs) || foldIn(strings.Trim(after, quoteCut), []string{"why", "what", "whether", "how", "if"}) {
				continue
			}
		}
		return true
	}
	return false
}

// reflexiveVerbs start the verbs whose object a reflexive pronoun is
// ("ask themselves", "calling itself", "defend themselves"), where it
// names no doer.
var reflexiveVerbs = []string{"ask", "call", "describ", "defend", "protect", "consider", "see", "find", "present",
	"declar", "style", "nam", "prepar", "brac", "help", "expos", "distanc", "commit"}
