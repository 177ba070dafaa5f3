package extract

import (
	"slices"
	"sort"
	"strings"

	"github.com/contra-project/contra/internal/taxonomy"
)

// phrase is one actor or topic alias as the words it is written with.
type phrase struct {
	words   []string // lower-case words, as the tokenizer would produce them
	actor   string   // canonical actor, or ""
	topic   string   // canonical topic, or ""
	demonym bool     // the alias is the actor's demonym adjective ("Russian")
	exact   string   // short acronyms ("US", "UN") must match this text exactly
	caps    bool     // the token must contain an upper-case letter (LoC, POW)
	struck  bool     // the topic's core act strikes a place (noteNamed)
}

// phraseIndex finds taxonomy aliases in token streams: phrases keyed by
// their first word, longest first.
type phraseIndex map[string]*phraseSet

// phraseSet is the phrases starting with one word, longest first.
//
// A configured taxonomy can start hundreds of topic aliases with the same
// words ("troops massing near …" for every place), and trying each of
// them at every occurrence of the first word dominated extraction time.
// Long lists are therefore also indexed as a trie of their following
// words: walking it along the next tokens collects the few phrases that
// can match there, and trying those in list order finds the same first
// match as trying the whole list.
type phraseSet struct {
	list []phrase
	root *phraseNode // nil for short lists, which are tried in full
}

// phraseNode is a trie node of a phraseSet: the phrases whose first
// depth words are the path to it. A node holding few phrases is a leaf
// that lists them all.
type phraseNode struct {
	pos   []int32                // leaf: positions in list of its phrases, ascending
	ended []int32                // inner node: positions of its phrases of exactly depth words
	next  map[string]*phraseNode // inner node: the others, by their word at index depth
}

// trieFrom is how many phrases a node must hold to be split by word
// rather than tried in turn.
const trieFrom = 8

func newPhraseSet(list []phrase) *phraseSet {
	ps := &phraseSet{list: list}
	if len(list) >= trieFrom {
		pos := make([]int32, len(list))
		for k := range pos {
			pos[k] = int32(k)
		}
		ps.root = newPhraseNode(list, pos, 1)
	}
	return ps
}

// newPhraseNode builds the node of the phrases at pos (ascending), which
// share their first depth words.
func newPhraseNode(list []phrase, pos []int32, depth int) *phraseNode {
	n := &phraseNode{}
	if len(pos) < trieFrom {
		n.pos = pos
		return n
	}
	groups := map[string][]int32{}
	for _, k := range pos {
		if w := list[k].words; len(w) == depth {
			n.ended = append(n.ended, k)
		} else {
			groups[w[depth]] = append(groups[w[depth]], k)
		}
	}
	n.next = make(map[string]*phraseNode, len(groups))
	for w, g := range groups {
		n.next[w] = newPhraseNode(list, g, depth+1)
	}
	return n
}

// endingHere returns the positions of the phrases of n that may end at
// its depth: all of a leaf's (a superset: matches sorts them out), an
// inner node's ended ones.
func (n *phraseNode) endingHere() []int32 {
	if n.next == nil {
		return n.pos
	}
	return n.ended
}

func buildIndex(tax *taxonomy.Taxonomy) phraseIndex {
	lists := map[string][]phrase{}
	add := func(alias string, p phrase) {
		words := aliasWords(alias)
		if len(words) == 0 {
			return
		}
		p.words = words
		letters := 0
		upper := 0
		for _, r := range alias {
			if isLetterRune(r) {
				letters++
				if isUpperRune(r) {
					upper++
				}
			}
		}
		if p.actor != "" && letters <= 3 && upper == letters && len(words) == 1 {
			p.exact = strings.ReplaceAll(alias, ".", "")
		}
		if p.topic != "" && letters <= 5 && upper > 0 && len(words) == 1 {
			p.caps = true
		}
		lists[words[0]] = append(lists[words[0]], p)
	}
	for _, a := range tax.Actors() {
		dem := strings.ToLower(tax.Demonym(a.Name))
		add(a.Name, phrase{actor: a.Name})
		for _, al := range a.Aliases {
			add(al, phrase{actor: a.Name, demonym: dem != "" && strings.ToLower(al) == dem})
		}
	}
	for _, t := range tax.Topics() {
		forms := append([]string{t.Name}, t.Aliases...)
		seen := map[string]bool{}
		c, ok := tax.Core(t.Name)
		struck := ok && len(c.Targets) > 0
		for _, f := range forms {
			for _, v := range []string{f, pluralVariant(f)} {
				k := strings.ToLower(v)
				if v == "" || seen[k] || v != f && pluralSenses[strings.ToLower(f)] {
					continue
				}
				seen[k] = true
				add(v, phrase{topic: t.Name, struck: struck})
			}
		}
	}
	idx := make(phraseIndex, len(lists))
	for k, list := range lists {
		sort.SliceStable(list, func(i, j int) bool { return len(list[i].words) > len(list[j].words) })
		idx[k] = newPhraseSet(list)
	}
	return idx
}

// aliasWords tokenizes an alias the way article text is tokenized,
// dropping a leading "the".
func aliasWords(alias string) []string {
	toks := tokenize(alias, 0, len(alias), nil)
	var words []string
	for i, t := range toks {
		if t.kind != tWord && t.kind != tNum {
			if t.kind == tSQuote { // Donetsk People's → keep together as the tokenizer does
				continue
			}
			return nil // aliases with punctuation inside are not matched in text
		}
		if i == 0 && t.low == "the" && len(toks) > 1 {
			continue
		}
		words = append(words, t.low)
	}
	return words
}

// pluralSenses are plurals whose singular is another word: "talks" are
// negotiations, a "talk" is not ("nobody came to talk to us"); "arms"
// are weapons.
var pluralSenses = map[string]bool{"talks": true, "arms": true, "customs": true, "goods": true, "remains": true, "means": true, "quarters": true, "damages": true}

// pluralVariant returns the other number of a topic alias's last word.
func pluralVariant(s string) string {
	switch {
	case strings.HasSuffix(s, "ies"):
		return s[:len(s)-3] + "y"
	case strings.HasSuffix(s, "s") && !strings.HasSuffix(s, "ss"):
		return s[:len(s)-1]
	case strings.HasSuffix(s, "y") && len(s) > 2 && !isVowel(s[len(s)-2]):
		return s[:len(s)-1] + "ies"
	case strings.HasSuffix(s, "sh") || strings.HasSuffix(s, "ch") || strings.HasSuffix(s, "x"):
		return s + "es"
	}
	return s + "s"
}

// mention is an actor or topic alias found in a paragraph: tokens [i, j).
type mention struct {
	i, j    int
	actor   string
	topic   string
	demonym bool
	struck  bool // a topic whose core act strikes a place: its phrase's struck
}

// findMentions returns the non-overlapping longest alias matches in toks,
// in order. str is the view, for exact-case checks. vocabbed says the
// tokens carry vocabulary entries, so a token without one starts no
// phrase and the index need not be consulted.
//
// Without vocabbed, a token is looked up by its word and then by its
// possessive base; a vocabulary entry the token carries for either word
// stands in for that index lookup (it holds the same phrases).
func (idx phraseIndex) findMentions(str string, toks []token, out []mention, vocabbed bool) []mention {
	for i := 0; i < len(toks); i++ {
		t := &toks[i]
		if vocabbed && !t.cap && (t.info == nil || t.info.phrases == nil) {
			continue // most tokens: no phrase starts here, no capital (the tests below, first)
		}
		if t.kind != tWord && t.kind != tNum {
			continue
		}
		var cands *phraseSet
		switch {
		case vocabbed:
			if t.info != nil {
				cands = t.info.phrases
			}
		case t.info != nil && t.info.word == t.low:
			cands = t.info.phrases
		default:
			cands = idx[t.low]
		}
		if cands == nil && !vocabbed {
			if base, ok := possessiveBase(t.low); ok {
				if t.info != nil && t.info.word == base {
					cands = t.info.phrases
				} else {
					cands = idx[base]
				}
			}
		}
		if cands == nil {
			if !t.cap || t.kind != tWord {
				continue // compoundActor's own first test, without the call
			}
			if act := idx.compoundActor(t); act != "" {
				out = append(out, mention{i: i, j: i + 1, actor: act, demonym: true})
			}
			continue
		}
		if p := idx.firstMatch(str, toks, i, cands); p != nil {
			out = append(out, mention{i: i, j: i + len(p.words), actor: p.actor, topic: p.topic, demonym: p.demonym, struck: p.struck})
			i += len(p.words) - 1
		}
	}
	return out
}

// firstMatch returns the first phrase of ps, in list order, that matches
// at token i, or nil.
func (idx phraseIndex) firstMatch(str string, toks []token, i int, ps *phraseSet) *phrase {
	if ps.root == nil {
		for k := range ps.list {
			if idx.matches(str, toks, i, &ps.list[k]) {
				return &ps.list[k]
			}
		}
		return nil
	}
	// Collect the phrases that can match: matches wants each word of a
	// phrase equal to its token's, except that the last word may equal
	// the token without a possessive. So walk the trie along the next
	// tokens, taking at each node the phrases that end there, and from
	// the child of a token's possessive base the phrases that end in
	// it. Everything collected is tried in list order; the rest cannot
	// match.
	var buf [32]int32
	cands := buf[:0]
	n := ps.root
	for d := 1; ; d++ {
		if n.next == nil {
			cands = append(cands, n.pos...)
			break
		}
		cands = append(cands, n.ended...)
		if i+d >= len(toks) {
			break
		}
		low := toks[i+d].low
		if base, ok := possessiveBase(low); ok {
			if bn := n.next[base]; bn != nil {
				cands = append(cands, bn.endingHere()...)
			}
		}
		if n = n.next[low]; n == nil {
			break
		}
	}
	slices.Sort(cands)
	for _, k := range cands {
		if idx.matches(str, toks, i, &ps.list[k]) {
			return &ps.list[k]
		}
	}
	return nil
}

func (idx phraseIndex) matches(str string, toks []token, i int, p *phrase) bool {
	if i+len(p.words) > len(toks) {
		return false
	}
	for k, w := range p.words {
		t := &toks[i+k]
		if t.kind != tWord && t.kind != tNum {
			return false
		}
		low := t.low
		if k == len(p.words)-1 && low != w {
			low, _ = possessiveBase(low)
		}
		if low != w {
			return false
		}
	}
	first := &toks[i]
	if p.actor != "" && !first.cap && first.kind != tNum {
		return false
	}
	if p.exact != "" {
		text := str[first.s:first.e]
		if j := strings.IndexAny(text, "'’"); j > 0 {
			text = text[:j]
		}
		if strings.ReplaceAll(text, ".", "") != p.exact {
			return false
		}
	}
	if p.caps && strings.ToLower(str[first.s:first.e]) == str[first.s:first.e] {
		return false
	}
	return true
}

// buildVocab merges the lexicon and the phrase index into one table.
func buildVocab(idx phraseIndex) *vocab {
	v := make(map[string]*wordInfo, len(lexicon)+len(idx))
	get := func(w string) *wordInfo {
		wi := v[w]
		if wi == nil {
			wi = &wordInfo{word: w}
			v[w] = wi
		}
		return wi
	}
	for w, f := range lexicon {
		get(w).flags |= f
	}
	for w, vi := range speechVerbs {
		get(w).speech = vi
	}
	for w, ps := range idx {
		wi := get(w)
		wi.phrases = ps
		if wi.flags == 0 {
			wi.flags = lexFallback(w)
		}
	}
	for w, wi := range v {
		wi.lemma, wi.guess, wi.modifier = lemma(w), guessLemma(w), modifierWord(w)
		wi.eventHead, wi.headSingular = eventHeads[w], headSingular[w]
		wi.frameVerb = frameVerbs[wi.lemma]
	}
	extra := map[string]*wordInfo{}
	for _, ts := range tokenSets() {
		for w, in := range ts.set {
			if !in {
				continue
			}
			if wi := v[w]; wi != nil {
				wi.sets |= ts.bit
			} else if wi = extra[w]; wi != nil {
				wi.sets |= ts.bit
			} else {
				extra[w] = &wordInfo{word: w, sets: ts.bit}
			}
		}
	}
	voc := newVocab(v)
	voc.extra, voc.extraLen = newVocab(extra), newWordFilter(extra)
	return voc
}

// agentSuffixes make a hyphenated compound name its actor as the one
// behind something: "Ukrainian-backed forces", "Russian-led troops".
var agentSuffixes = map[string]bool{
	"backed": true, "led": true, "supported": true, "sponsored": true, "controlled": true,
	"allied": true, "aligned": true, "funded": true, "armed": true, "trained": true, "run": true,
	"installed": true, "directed": true, "commanded": true,
}

// compoundActor returns the actor of "X-backed"-style tokens, or "".
func (idx phraseIndex) compoundActor(t *token) string {
	if t.kind != tWord || !t.cap {
		return ""
	}
	dash := strings.LastIndexByte(t.low, '-')
	if dash <= 0 || !agentSuffixes[t.low[dash+1:]] {
		return ""
	}
	ps := idx[t.low[:dash]]
	if ps == nil {
		return ""
	}
	for k := range ps.list {
		if p := &ps.list[k]; len(p.words) == 1 && p.actor != "" {
			return p.actor
		}
	}
	return ""
}

// bodyKinds say what kind of body an organisation is when news names it
// with one: "the protest group Keep Harrow Green", "Dunrow Aid, the
// medical charity that runs the clinic", "Tarn Rescue, a nonprofit
// that …"). The noun is then how the article calls it again ("the
// group", "the charity").
var bodyKinds = map[string]bool{
	"group": true, "charity": true, "organisation": true, "organization": true, "campaign": true,
	"movement": true, "company": true, "firm": true, "airline": true, "union": true, "association": true, "coalition": true, "alliance": true, "club": true,
	"network": true, "foundation": true, "trust": true, "ngo": true, "collective": true, "cooperative": true, "nonprofit": true,
	// "the aid agency Corvel Relief"; a news agency is a medium (kindName)
	"agency": true,
}

// innerLinks are the lower-case words that join the capitalised words
// of one body's name besides "of" and "and": "Committee for Reporters
// at Risk", "Council on Foreign Relations".
var innerLinks = map[string]bool{"for": true, "at": true, "on": true}

// kindName reads the name of capitalised words starting at token i that
// a kind noun describes, before it ("the relief charity Open Hands", the
// noun right before the name, "the" at most three words before the
// noun) or in apposition after it ("Open Hands, the relief charity that
// runs the camp,": the noun ends the apposition or a relative follows
// it), as an organisation with that noun as its head: "the charity"
// then refers back to it. A state or a person makes no organisation of
// it; nor does a noun of a trade a person plies too ("a ferry operator",
// "a mail carrier"), which the list leaves out.
func (d *docState) kindName(i int) (mention, bool) {
	toks := d.toks
	j := i
	for j < len(toks) && j-i < 4 && toks[j].kind == tWord && toks[j].cap && !toks[j].is(fRole|fPron|fDet|fConj|fPrep|fTime|fMedia) {
		if _, poss := possessiveBase(toks[j].low); poss {
			return mention{}, false
		}
		j++
	}
	if j == i || i >= 2 && (toks[i-1].low == "and" || toks[i-1].low == "of") && toks[i-2].cap && toks[i-2].kind == tWord {
		// "United States Citizenship and Immigration Services, the
		// agency that …": the end of a longer name, not one of its own
		return mention{}, false
	}
	start := i // where the name opens: before i when "for", "at" or "on" joins it
	if i >= 3 && innerLinks[toks[i-1].low] && toks[i-2].cap && toks[i-2].kind == tWord {
		// "the Committee for Reporters at Risk, a press-freedom group,":
		// a body's name may hold "for", "at" or "on" ("Council on
		// Foreign Relations"); the capitalised words after one end that
		// name, not a body or a place of their own. The whole name is
		// the body when "the" opens it; a capital that only opens the
		// sentence starts no name ("Analysts at Kessel Marine, a
		// consultancy,")
		b := i - 1
		for b-1 >= 0 && toks[b-1].kind == tWord && toks[b-1].low != "the" && (toks[b-1].cap || innerLinks[toks[b-1].low] || toks[b-1].low == "of" || toks[b-1].low == "and") && i-b < 8 {
			b--
		}
		if b < 1 || !toks[b].cap || toks[b-1].low != "the" {
			return mention{}, false
		}
		start = b
	} else if b := d.capitalsFromThe(i); b >= 0 && j-b <= 6 {
		// "The Ostrow Press Freedom Institute, a monitoring group,": a
		// name of four words or more, whose first words read as a
		// name or a verb of their own ("Press"), opens at "the"; the
		// words after them are no body of their own
		start = b
	}
	noun := ""
	if k := i - 1; k >= 1 && toks[k].sets&sBodyKind != 0 && !toks[k].cap {
		// before: "the [modifiers] NOUN Name"
		for b := k - 1; b >= 0 && b >= k-3; b-- {
			if toks[b].low == "the" || toks[b].cap && toks[b].kind == tWord && toks[b].info != nil && d.opensLine(b) {
				// "the aid agency Corvel Relief", or with no article
				// where a line opens on the noun's modifier ("Aid agency
				// Corvel Relief says …", a summary's bullet)
				noun = toks[k].low
				break
			}
			if toks[b].kind == tSQuote && b > 0 && strings.HasSuffix(toks[b-1].low, "s") {
				continue // "the miners' group"
			}
			if toks[b].kind != tWord || toks[b].cap || toks[b].is(fPrep|fConj|fRel|fSpeech|fAux|fRole) {
				break
			}
		}
		if noun != "" && j < len(toks) && toks[j].kind == tWord && !toks[j].cap && toks[j].sets&sBodyKind != 0 {
			return mention{}, false // "the aid group Dunrow Relief group"
		}
	}
	if k := i - 2; noun == "" && k >= 2 && toks[i-1].low == "," && j+1 < len(toks) && toks[j].low == "," && !toks[k].cap &&
		(toks[k].sets&sBodyKind != 0 || companyRef(toks[k].low)) && (toks[k-1].low == "the" || strings.HasSuffix(toks[k-1].low, "'s") || strings.HasSuffix(toks[k-1].low, "’s")) &&
		!d.roleHolderAppos(k, j) {
		// between commas after its kind: "a spokeswoman for the plant's
		// operator, Ostrachem, said", "the company, Brell Haulage,":
		// the name the kind is given
		noun = toks[k].low
	}
	if noun == "" && j+3 < len(toks) && toks[j].low == "," && (toks[j+1].low == "the" || toks[j+1].low == "a" || toks[j+1].low == "an") {
		// after: "Name, the [modifiers] NOUN that|which|,"
		for k := j + 2; k < len(toks) && k <= j+5; k++ {
			t := &toks[k]
			if t.kind != tWord || t.cap {
				break
			}
			if t.sets&sBodyKind != 0 && k+1 < len(toks) && (relThat(&toks[k+1]) || toks[k+1].low == "," || d.postModifier(k+1)) {
				noun = t.low
				break
			}
			if t.is(fPrep|fConj|fRel|fSpeech|fAux|fRole|fPron) || strings.HasSuffix(t.low, "'s") || strings.HasSuffix(t.low, "’s") {
				break
			}
		}
	}
	if noun == "" || noun == "agency" && i >= 2 && (toks[i-2].low == "news" || toks[i-2].low == "press") {
		return mention{}, false // "the news agency Kelvo" is a medium
	}
	for k := i; k < j; k++ {
		if d.stateOf(k) != "" || isUpperWord(d.str[toks[k].s:toks[k].e]) && j-i == 1 {
			return mention{}, false
		}
	}
	if j-i == 1 && (d.findPerson(toks[i].low) != nil || d.isPersonWord(toks[i].low)) || j-i >= 2 && d.findPerson(toks[j-1].low) != nil {
		return mention{}, false
	}
	head := noun
	if noun == "group" {
		// a company's name may end in Group ("Halvor Group"), so that
		// head makes "the company" refer to it: a group described as one
		// keeps its name's own last word
		head, _ = possessiveBase(toks[j-1].low)
	}
	o := d.addOpen(openActor{name: d.join(start, j), head: head})
	if o == nil {
		return mention{}, false
	}
	if !slices.Contains(o.descr, noun) {
		o.descr = append(o.descr, noun)
	}
	d.apposDescr = true
	return d.openMention(i, j, o, false), true
}

// roleHolderAppos reports whether the name between commas after the
// kind noun at k (ending before j) names the holder of a role the noun
// completes, not the body: in "a director of the club, Ana Roe, said"
// and "the chairman of the union, Ivo Tal," news names the person whose
// role it has just given, as in "a spokesman for the ministry, Ivo
// Tal,"; the club or union is the one the article named or none. A name
// ending in a body's or a company's head word ("a stake in the
// company, Brell Holdings,") still names the body, and so does one
// after a possessive ("a spokeswoman for the plant's operator,
// Ostrachem,"), which says whose the noun is.
func (d *docState) roleHolderAppos(k, j int) bool {
	if d.toks[k-1].low != "the" || !d.roleComplement(k) {
		return false
	}
	last, _ := possessiveBase(d.toks[j-1].low)
	return !orgHeads[last] && !companyHeads[last]
}

// opensLine reports whether token b is the first of its line or
// sentence: a paragraph opens with it, or a summary's bullet ("- Aid
// agency …"), or a dateline's dash ("(Wirenews) - Aid agency …").
func (d *docState) opensLine(b int) bool {
	if b == 0 {
		return true
	}
	p := &d.toks[b-1]
	return strings.IndexByte(d.str[p.e:d.toks[b].s], '\n') >= 0 || p.kind == tPunct && (p.low == "-" || p.low == "•" || p.low == "*") && (b == 1 || strings.IndexByte(d.str[d.toks[b-2].e:p.s], '\n') >= 0 || d.toks[b-2].low == ")")
}

// describedCharity reports whether the article called actor a charity
// ("Dunrow Aid, the medical charity that runs the clinic") or its name
// says it is one ("Tessel Relief"): the aid body caught between two
// groups, militias or companies, not one of "the two groups" that blame
// each other.
func (d *docState) describedCharity(actor string) bool {
	for _, o := range d.open {
		if o.name == actor {
			return slices.Contains(o.descr, "charity") || headKind(o, "charity")
		}
	}
	return false
}

// nameWordRef reads the lower-case nouns from token i, after "the", as
// the organisation seen last whose name holds them after its first
// word: "the airport's ground control", "the airport company" after
// "Orsk Airport Company", "the airline" after "Selvane Airways"
// (speaker.go laterNameWord). Only nouns that end their phrase refer so
// (a possessive, or a verb, an adverb or punctuation next): "the airport
// road" is a road.
func (d *docState) nameWordRef(i int) (mention, bool) {
	const notNoun = fDet | fPron | fPrep | fConj | fRole | fNeg | fAux | fAdv | fSpeech | fVerb | fPast | fRel
	noun := func(t *token) bool { return t.kind == tWord && !t.cap && len(t.low) >= 4 && !t.is(notNoun) }
	j, poss := i, false
	for j < len(d.toks) && j-i < 3 && !poss {
		t := &d.toks[j]
		if !noun(t) {
			// a word that is a verb too ("harbour", "trade") is a noun
			// right after "the" when a noun follows it: "the harbour
			// authority" after "Velport Harbour Authority"
			if j != i || !t.is(fVerb) || t.cap || t.kind != tWord || len(t.low) < 4 || t.is(notNoun&^fVerb) ||
				j+1 >= len(d.toks) || !noun(&d.toks[j+1]) {
				break
			}
		}
		_, poss = possessiveBase(t.low)
		j++
	}
	if j == i || !poss && j < len(d.toks) && d.toks[j].kind == tWord && !d.toks[j].is(fSpeech|fAux|fAdv|fNeg|fConj|fPrep|fRel|fVerb|fPast) {
		return mention{}, false
	}
	best := d.lastNamedBy(i, j, true)
	if best == nil {
		return mention{}, false
	}
	return d.openMention(i, j, best, false), true
}

// capitalsFromThe returns the first of the capitalised words right
// before token i when "the" opens them, at most three ("the Ostrow Press
// Freedom Institute" before "Freedom"), or -1: none, another kind of
// word between, or a possessive or a state's name among them.
func (d *docState) capitalsFromThe(i int) int {
	b := i
	for b-1 >= 0 && i-b < 3 {
		t := &d.toks[b-1]
		if t.kind != tWord || !t.cap || t.is(fPron|fDet|fConj|fPrep|fTime|fMedia) {
			break
		}
		if _, poss := possessiveBase(t.low); poss || d.stateOf(b-1) != "" {
			return -1
		}
		b--
	}
	// a title's word may be a name's word: "Press", "Security"
	if b == i || b < 1 || d.toks[b-1].low != "the" {
		return -1
	}
	return b
}
