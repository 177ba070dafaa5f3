package extract

import (
	"strings"
)

// victimActForms are the verb forms the body writes an act against a
// person with, before the person's name ("accused of poisoning Mila
// Orsk", "the gunmen who kidnapped Ivo Brant"), by the act's noun as a
// topic's head writes it (victimNouns).
var victimActForms = map[string][]string{
	"poisoning":     {"poisoning", "poisoned"},
	"killing":       {"killing", "killed", "murdering", "murdered"},
	"murder":        {"murdering", "murdered", "killing", "killed"},
	"assassination": {"assassinating", "assassinated"},
	"kidnapping":    {"kidnapping", "kidnapped", "abducting", "abducted"},
	"arrest":        {"arresting", "arrested"},
	"detention":     {"detaining", "detained"},
}

// namedVictims names each induced topic that names an act against a
// person by the person's kind ("critic poisoning", "dissident
// poisoning", "journalist killing") by the person too, when the body
// writes the person's full name after that kind ("exiled dissident Mila
// Orsk") or after the act's verb ("accused of poisoning Mila Orsk"): a
// headline says "exiled critic" where it has no room for the name,
// and the story is then known by the victim's name ("the Orsk
// poisoning"). The kind stays in the label, the word the headline gave
// the story: "critic Mila Orsk poisoning". Only a name of two
// capitalised words that is no actor of the article's, and only one
// such name for the topic: two victims leave the kind alone.
func (d *docState) namedVictims() {
	var renames [][2]string
	for t, n := range d.topicCount {
		if n <= 0 || d.configured(t) {
			continue
		}
		if _, gone := d.merged[t]; gone {
			continue
		}
		kind, noun, ok := strings.Cut(t, " ")
		if !ok || strings.Contains(noun, " ") || victimPersonWord(kind) == "" {
			continue
		}
		forms := victimActForms[noun]
		if forms == nil {
			continue
		}
		name := ""
		for i, w := range append([]string{kind}, forms...) {
			for _, nm := range namesAfterWord(d.str, w) {
				if d.actorName(nm) || i == 0 && namedSpeaker(d.str, nm) {
					// "government critic Ana Vell said …" speaks about
					// the act, she is not its victim
					continue
				}
				if name != "" && name != nm {
					name = "-" // two victims
				} else if name == "" {
					name = nm
				}
			}
		}
		if name == "" || name == "-" {
			continue
		}
		renames = append(renames, [2]string{t, kind + " " + name + " " + noun})
	}
	for _, r := range renames {
		d.foldTopicsFirst(r[1], []string{r[0]})
	}
}

// actorName reports whether name is, or is part of, an actor the
// article names: "Varkazian Foreign Intelligence" is no victim.
func (d *docState) actorName(name string) bool {
	for i := range d.ments {
		if m := &d.ments[i]; m.actor != "" && strings.Contains(m.actor, name) {
			return true
		}
	}
	return false
}

// namesAfterWord returns the person names of two capitalised words of
// letters that s writes right after the lower-case word w ("dissident
// Mila Orsk,"), not followed by a third capitalised word (a body's
// name, "critic Mila Orsk Foundation") nor a possessive's apostrophe
// that makes them an organisation's.
func namesAfterWord(s, w string) []string {
	var out []string
	pat := " " + w + " "
	for i := 0; ; {
		j := strings.Index(s[i:], pat)
		if j < 0 {
			return out
		}
		p := i + j + len(pat)
		i = p
		a, ok := capWordAt(s, p)
		if !ok || a >= len(s) || s[a] != ' ' {
			continue
		}
		b, ok := capWordAt(s, a+1)
		if !ok {
			continue
		}
		if b+1 < len(s) && s[b] == ' ' && isUpperASCII(s[b+1]) {
			continue // a third capitalised word
		}
		out = append(out, s[p:b])
	}
}

// capWordAt returns the end of a capitalised word of two or more ASCII
// letters starting at p (a capital, then lower case), and whether there
// is one.
func capWordAt(s string, p int) (int, bool) {
	if p >= len(s) || !isUpperASCII(s[p]) {
		return p, false
	}
	e := p + 1
	for e < len(s) && s[e] >= 'a' && s[e] <= 'z' {
		e++
	}
	if e-p < 2 || e < len(s) && isASCIILetter(s[e]) {
		return p, false
	}
	return e, true
}

// namedSpeaker reports whether s writes name right before a verb of
// speech ("Ana Vell said", "Ana Vell, 52, told"): a speaker, whom the
// kind before the name describes, not the act's victim.
func namedSpeaker(s, name string) bool {
	for i := 0; ; {
		j := strings.Index(s[i:], name)
		if j < 0 {
			return false
		}
		e := i + j + len(name)
		i = e
		rest := strings.TrimLeft(s[e:], " ,")
		if k := strings.IndexByte(rest, ','); k > 0 && k <= 4 && strings.Trim(rest[:k], "0123456789") == "" {
			rest = strings.TrimLeft(rest[k:], " ,") // an age: "Ana Vell, 52, said"
		}
		w, _, _ := strings.Cut(rest, " ")
		w = strings.TrimRight(w, ".,;:")
		if _, ok := speechVerbs[w]; ok {
			return true
		}
	}
}
