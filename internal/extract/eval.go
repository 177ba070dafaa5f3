package extract

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"
	"sort"
	"strings"
	"unicode"

	"github.com/contra-project/contra/graph"
	"github.com/contra-project/contra/internal/taxonomy"
)

// Gold is a hand-labelled NAME.gold.json file: the claims an annotator
// found in NAME and the accusations they make.
type Gold struct {
	Doc         string           `json:"doc"`
	Claims      []GoldClaim      `json:"claims"`
	Accusations []GoldAccusation `json:"accusations"`
	Opposing    []GoldPair       `json:"opposing"`
	Mutual      []GoldMutual     `json:"mutual_accusations"`
}

// GoldClaim is one labelled claim. Evidence is a substring of the article
// as stored; null sides and subjects read as "".
type GoldClaim struct {
	ID       string `json:"id"`
	Speaker  string `json:"speaker"`
	Side     string `json:"side"`
	Evidence string `json:"evidence"`
	Kind     string `json:"kind"`
	Subject  string `json:"subject"`
	Action   string `json:"action"`
	Topic    string `json:"topic"`
	Polarity string `json:"polarity"`
}

// GoldAccusation is an (accuser, accused, topic) triple. AccuserName names
// an accuser that is not an actor (an NGO) when Accuser is null.
type GoldAccusation struct {
	Accuser     string   `json:"accuser"`
	AccuserName string   `json:"accuser_name"`
	Accused     string   `json:"accused"`
	Topic       string   `json:"topic"`
	Claims      []string `json:"claims"`
}

// GoldPair is a labelled pair of opposing claims.
type GoldPair struct {
	A   string `json:"a"`
	B   string `json:"b"`
	Why string `json:"why"`
}

// GoldMutual is a labelled mutual accusation.
type GoldMutual struct {
	Between []string `json:"between"`
	Topic   string   `json:"topic"`
	Claims  []string `json:"claims"`
}

// PRF counts matches: true positives, false positives, false negatives.
type PRF struct {
	TP, FP, FN int
}

// Precision is TP/(TP+FP), 1 when nothing was proposed.
func (s PRF) Precision() float64 {
	if s.TP+s.FP == 0 {
		return 1
	}
	return float64(s.TP) / float64(s.TP+s.FP)
}

// Recall is TP/(TP+FN), 1 when there was nothing to find.
func (s PRF) Recall() float64 {
	if s.TP+s.FN == 0 {
		return 1
	}
	return float64(s.TP) / float64(s.TP+s.FN)
}

// F1 is the harmonic mean of precision and recall.
func (s PRF) F1() float64 {
	p, r := s.Precision(), s.Recall()
	if p+r == 0 {
		return 0
	}
	return 2 * p * r / (p + r)
}

func (s *PRF) add(o PRF) { s.TP += o.TP; s.FP += o.FP; s.FN += o.FN }

// Score is attribution, accusation and contradiction agreement with gold.
type Score struct {
	// Attribution: a system claim matches a gold claim when its evidence
	// overlaps an occurrence of the gold evidence in the file and the
	// speaker agrees; matching is one to one.
	Attribution PRF
	// Accusations: (accuser side, accused, topic) triples as sets.
	Accusations PRF
	// AccusationPairs: the (accuser side, accused) pairs alone, as sets,
	// whatever the topic: who accuses whom, apart from what it is named.
	AccusationPairs PRF
	// Opposing: gold opposing pairs (a, b) recovered (TP) or missed (FN).
	// A pair is recovered when some finding of graph.Detect over the
	// file's claims links the system claims matched to a and to b, under
	// any rule. FP stays 0: findings are judged by Findings.
	Opposing PRF
	// Mutual: mutual accusations as sets of (two sides, topic), from the
	// gold mutual_accusations and from the mutual_accusation findings.
	Mutual PRF
	// Findings: the distinct claim pairs graph.Detect links, correct (TP)
	// when both claims match gold claims that take part in a gold
	// opposing pair or mutual accusation, else FP. FN stays 0: recall is
	// Opposing's and Mutual's.
	Findings PRF
}

func (s *Score) add(o Score) {
	s.Attribution.add(o.Attribution)
	s.Accusations.add(o.Accusations)
	s.AccusationPairs.add(o.AccusationPairs)
	s.Opposing.add(o.Opposing)
	s.Mutual.add(o.Mutual)
	s.Findings.add(o.Findings)
}

// FileScore is the score of one article, with what went wrong.
type FileScore struct {
	Name string
	Score
	Claims, GoldClaims  int
	Missed              []string // gold claims not found: "id speaker: evidence"
	Spurious            []string // system claims matching no gold claim
	MissedAcc, ExtraAcc []string
	MissedPair          []string // gold accuser>accused keys no system triple has, topic aside
	ExtraPair           []string // system accuser>accused keys no gold triple has
	MissedOpp           []string // gold opposing pairs no finding links: "a-b why"
	MissedMut, ExtraMut []string // mutual accusations: "side+side|topic"
	BadFindings         []string // findings between claims outside gold contradictions
	Detected            int      // findings of graph.Detect, all rules
	Warnings            []string
}

// Report is the result of Evaluate.
type Report struct {
	Files []FileScore
	Total Score // micro-averaged over files
}

// Evaluate extracts every article in dir (.txt, .md, .html, .htm) that has
// a NAME.gold.json beside it, reading NAME.meta.json when present, and
// scores the claims against the gold labels.
func Evaluate(ctx context.Context, x *Extractor, dir string) (*Report, error) {
	entries, err := os.ReadDir(dir)
	if err != nil {
		return nil, fmt.Errorf("evaluate %s: %w", dir, err)
	}
	var names []string
	for _, e := range entries {
		if _, ok := FormatOf(e.Name()); ok && !e.IsDir() {
			names = append(names, e.Name())
		}
	}
	sort.Strings(names)
	rep := &Report{}
	for _, name := range names {
		stem := strings.TrimSuffix(name, filepath.Ext(name))
		gb, err := os.ReadFile(filepath.Join(dir, stem+".gold.json"))
		if os.IsNotExist(err) {
			continue
		}
		if err != nil {
			return nil, fmt.Errorf("evaluate: %w", err)
		}
		var g Gold
		if err := json.Unmarshal(gb, &g); err != nil {
			return nil, fmt.Errorf("evaluate: %s.gold.json: %w", stem, err)
		}
		text, err := os.ReadFile(filepath.Join(dir, name))
		if err != nil {
			return nil, fmt.Errorf("evaluate: %w", err)
		}
		meta, err := readMeta(filepath.Join(dir, stem+".meta.json"))
		if err != nil {
			return nil, fmt.Errorf("evaluate: %w", err)
		}
		f, _ := FormatOf(name)
		res, err := x.Extract(ctx, Article{Name: name, Text: text, Format: f, Meta: meta})
		if err != nil {
			return nil, fmt.Errorf("evaluate: %w", err)
		}
		fs := scoreFile(x.tax, name, text, res, &g)
		rep.Files = append(rep.Files, fs)
		rep.Total.add(fs.Score)
	}
	return rep, nil
}

// readMeta reads a NAME.meta.json sidecar ({"source"|"url", "outlet",
// "published", "title"}); a missing file is no metadata.
func readMeta(path string) (graph.Document, error) {
	b, err := os.ReadFile(path)
	if os.IsNotExist(err) {
		return graph.Document{}, nil
	}
	if err != nil {
		return graph.Document{}, err
	}
	var m struct {
		Source, URL, Outlet, Published, Title string
	}
	if err := json.Unmarshal(b, &m); err != nil {
		return graph.Document{}, fmt.Errorf("%s: %w", path, err)
	}
	url := m.URL
	if url == "" {
		url = m.Source
	}
	return graph.Document{URL: url, Outlet: m.Outlet, Published: m.Published, Title: m.Title}, nil
}

func scoreFile(tax *taxonomy.Taxonomy, name string, text []byte, res Result, g *Gold) FileScore {
	fs := FileScore{Name: name, Claims: len(res.Claims), GoldClaims: len(g.Claims), Warnings: res.Warnings}
	// where each gold claim's evidence occurs
	occ := make([][][2]int, len(g.Claims))
	for j, gc := range g.Claims {
		occ[j] = occurrences(text, gc.Evidence)
		if len(occ[j]) == 0 {
			fs.Warnings = append(fs.Warnings, fmt.Sprintf("gold %s: evidence not found in text", gc.ID))
		}
	}
	adj := make([][]int, len(res.Claims))
	for i := range res.Claims {
		c := &res.Claims[i]
		for j := range g.Claims {
			if c.Evidence == nil || !speakerMatch(tax, &g.Claims[j], c) {
				continue
			}
			for _, o := range occ[j] {
				if c.Evidence.Start < o[1] && o[0] < c.Evidence.End {
					adj[i] = append(adj[i], j)
					break
				}
			}
		}
	}
	match := bipartite(adj, len(g.Claims))
	matchedGold := make([]bool, len(g.Claims))
	for j, i := range match {
		if i >= 0 {
			matchedGold[j] = true
			fs.Attribution.TP++
		}
	}
	usedSys := make([]bool, len(res.Claims))
	for _, i := range match {
		if i >= 0 {
			usedSys[i] = true
		}
	}
	for i, c := range res.Claims {
		if !usedSys[i] {
			fs.Attribution.FP++
			fs.Spurious = append(fs.Spurious, fmt.Sprintf("%s: %s", c.Speaker, short(c.Text)))
		}
	}
	for j, gc := range g.Claims {
		if !matchedGold[j] {
			fs.Attribution.FN++
			fs.Missed = append(fs.Missed, fmt.Sprintf("%s %s: %s", gc.ID, gc.Speaker, short(gc.Evidence)))
		}
	}
	// accusation triples, matched one to one; topics are compared as
	// labelled (topicMatch), not mapped onto the taxonomy first
	var sys, gold []labelled
	for _, c := range res.Claims {
		if c.Kind != graph.KindAccusation || c.Subject == "" {
			continue
		}
		accuser := c.Side
		if accuser == "" {
			accuser = c.Speaker
		}
		sys = addLabelled(sys, actorKey(tax, accuser)+">"+actorKey(tax, c.Subject), c.Topic)
	}
	for _, a := range g.Accusations {
		accuser := a.Accuser
		if accuser == "" {
			accuser = a.AccuserName
		}
		gold = addLabelled(gold, actorKey(tax, accuser)+">"+actorKey(tax, a.Accused), a.Topic)
	}
	fs.Accusations, fs.ExtraAcc, fs.MissedAcc = matchLabelled(tax, sys, gold)
	fs.AccusationPairs, fs.ExtraPair, fs.MissedPair = matchPairs(sys, gold)
	scoreContradictions(tax, &fs, res.Claims, match, g)
	return fs
}

// scoreContradictions fills fs's Opposing, Mutual and Findings from the
// findings graph.Detect makes among claims; match[j] is the claim matched
// to gold claim j, or -1.
func scoreContradictions(tax *taxonomy.Taxonomy, fs *FileScore, claims []graph.Claim, match []int, g *Gold) {
	goldOf := make([]int, len(claims))
	for i := range goldOf {
		goldOf[i] = -1
	}
	for j, i := range match {
		if i >= 0 {
			goldOf[i] = j
		}
	}
	goldIdx := map[string]int{}
	for j, gc := range g.Claims {
		goldIdx[gc.ID] = j
	}
	sysIdx := make(map[string]int, len(claims))
	for i := range claims {
		sysIdx[claims[i].ID] = i
	}
	// the gold claims that take part in some gold contradiction
	involved := map[int]bool{}
	for _, p := range g.Opposing {
		for _, id := range []string{p.A, p.B} {
			if j, ok := goldIdx[id]; ok {
				involved[j] = true
			}
		}
	}
	for _, m := range g.Mutual {
		for _, id := range m.Claims {
			if j, ok := goldIdx[id]; ok {
				involved[j] = true
			}
		}
	}
	findings := graph.Detect(claims, nil)
	fs.Detected = len(findings)
	type pair struct{ a, b int }
	order := func(a, b int) pair {
		if b < a {
			a, b = b, a
		}
		return pair{a, b}
	}
	linkedGold := map[pair]bool{}
	sysPairs := map[pair]bool{}
	var sysMut []labelled
	for _, f := range findings {
		a, okA := sysIdx[f.From]
		b, okB := sysIdx[f.To]
		if !okA || !okB {
			continue
		}
		sp := order(a, b)
		if !sysPairs[sp] {
			sysPairs[sp] = true
			ga, gb := goldOf[a], goldOf[b]
			if ga >= 0 && gb >= 0 && involved[ga] && involved[gb] {
				fs.Findings.TP++
			} else {
				fs.Findings.FP++
				fs.BadFindings = append(fs.BadFindings, fmt.Sprintf("%s: %s [%s] %s %s «%s» / %s [%s] %s %s «%s»", f.Rule,
					claims[a].Speaker, short(claims[a].Text), claims[a].Subject, claims[a].Polarity, claims[a].Action,
					claims[b].Speaker, short(claims[b].Text), claims[b].Subject, claims[b].Polarity, claims[b].Action))
			}
		}
		if ga, gb := goldOf[a], goldOf[b]; ga >= 0 && gb >= 0 {
			linkedGold[order(ga, gb)] = true
		}
		if f.Rule == graph.RuleMutual {
			sysMut = addLabelled(sysMut, pairKey(tax, claims[a].Side, claims[b].Side), f.Topic)
		}
	}
	for _, p := range g.Opposing {
		ja, okA := goldIdx[p.A]
		jb, okB := goldIdx[p.B]
		if !okA || !okB {
			fs.Warnings = append(fs.Warnings, fmt.Sprintf("gold opposing pair %s-%s names an unknown claim", p.A, p.B))
			continue
		}
		if linkedGold[order(ja, jb)] {
			fs.Opposing.TP++
		} else {
			fs.Opposing.FN++
			fs.MissedOpp = append(fs.MissedOpp, fmt.Sprintf("%s-%s %s", p.A, p.B, short(p.Why)))
		}
	}
	var goldMut []labelled
	for _, m := range g.Mutual {
		if len(m.Between) != 2 {
			fs.Warnings = append(fs.Warnings, fmt.Sprintf("gold mutual accusation on %s is not between two sides", m.Topic))
			continue
		}
		goldMut = addLabelled(goldMut, pairKey(tax, m.Between[0], m.Between[1]), m.Topic)
	}
	fs.Mutual, fs.ExtraMut, fs.MissedMut = matchLabelled(tax, sysMut, goldMut)
	sort.Strings(fs.BadFindings)
}

// pairKey names the two sides of a mutual accusation, in either order.
func pairKey(tax *taxonomy.Taxonomy, a, b string) string {
	ka, kb := actorKey(tax, a), actorKey(tax, b)
	if kb < ka {
		ka, kb = kb, ka
	}
	return ka + "+" + kb
}

// labelled is an accusation triple or a mutual accusation: its parties
// (key) and its topic as labelled.
type labelled struct {
	key, topic string
}

func (l labelled) String() string { return l.key + "|" + l.topic }

// addLabelled adds l to list unless an equal one (same parties, same
// topic words) is there.
func addLabelled(list []labelled, key, topic string) []labelled {
	tw := strings.Join(topicWords(topic), " ")
	for _, x := range list {
		if x.key == key && strings.Join(topicWords(x.topic), " ") == tw {
			return list
		}
	}
	return append(list, labelled{key, topic})
}

// matchLabelled matches system and gold items one to one (same parties,
// topics that topicMatch), maximising the matches, and lists the
// unmatched ones of each side.
func matchLabelled(tax *taxonomy.Taxonomy, sys, gold []labelled) (PRF, []string, []string) {
	adj := make([][]int, len(sys))
	for i, s := range sys {
		for j, g := range gold {
			if s.key == g.key && topicMatch(tax, s.topic, g.topic) {
				adj[i] = append(adj[i], j)
			}
		}
	}
	match := bipartite(adj, len(gold))
	var s PRF
	var extra, missed []string
	used := make([]bool, len(sys))
	for j, i := range match {
		if i >= 0 {
			s.TP++
			used[i] = true
		} else {
			s.FN++
			missed = append(missed, gold[j].String())
		}
	}
	for i, u := range used {
		if !u {
			s.FP++
			extra = append(extra, sys[i].String())
		}
	}
	sort.Strings(extra)
	sort.Strings(missed)
	return s, extra, missed
}

// matchPairs scores the accuser>accused keys of sys against gold as
// sets, topics aside, and returns the extra and missed keys sorted.
func matchPairs(sys, gold []labelled) (PRF, []string, []string) {
	var p PRF
	var extra, missed []string
	sk, gk := map[string]bool{}, map[string]bool{}
	for _, l := range sys {
		sk[l.key] = true
	}
	for _, l := range gold {
		gk[l.key] = true
	}
	for k := range sk {
		if gk[k] {
			p.TP++
		} else {
			p.FP++
			extra = append(extra, k)
		}
	}
	for k := range gk {
		if !sk[k] {
			p.FN++
			missed = append(missed, k)
		}
	}
	sort.Strings(extra)
	sort.Strings(missed)
	return p, extra, missed
}

// topicMatch reports whether a system topic matches a gold topic as the
// annotator labelled it: both name the same taxonomy topic outright (an
// alias such as "cluster bombs" for "cluster munitions"), or the words of
// one, normalised (topicWords), are among the words of the other
// ("ceasefire violations" and "Line of Control ceasefire violations";
// not "prisoners of war" and "prison blast"). No gold label is mapped
// onto a taxonomy topic it merely contains a word of: that hid wrong
// topics.
func topicMatch(tax *taxonomy.Taxonomy, sys, gold string) bool {
	if a, ok := tax.Topic(sys); ok {
		if b, ok := tax.Topic(gold); ok && a == b {
			return true
		}
	}
	// A hyphenated compound is one word ("cease-fire" is "ceasefire") or
	// its parts ("prisoner-of-war abuse" is a "prisoner abuse", a
	// "ballot-box fire" a "box fire"): either reading may agree.
	for _, split := range []bool{false, true} {
		sw, gw := labelWords(sys, split), labelWords(gold, split)
		if len(sw) == 0 || len(gw) == 0 {
			return false
		}
		if subsetWords(sw, gw) || subsetWords(gw, sw) {
			return true
		}
	}
	return false
}

func subsetWords(a, b []string) bool {
	for _, w := range a {
		if !slices.Contains(b, w) {
			return false
		}
	}
	return true
}

// topicFiller are words a topic label can drop without changing what it
// names.
var topicFiller = map[string]bool{
	"the": true, "a": true, "an": true, "of": true, "on": true, "in": true, "at": true, "over": true,
	"and": true, "to": true, "for": true, "by": true, "with": true, "against": true, "into": true,
}

// topicWords normalises a topic label into sorted distinct words: lower
// case, hyphens inside words dropped ("cease-fire" is "ceasefire"),
// possessives and filler words dropped, plurals made singular, an
// event noun made the first of its synonyms (graph.EventNoun: "pipeline
// explosion" is "pipeline blast", as the store's topic identity has it),
// and a gerund made its verb ("pipe cutting" is "pipe cut"): the same
// word in another form, as a plural is.
func topicWords(s string) []string {
	return labelWords(s, false)
}

// hyphens drops the hyphens inside words, or (splitHyphens) makes them
// spaces.
var (
	hyphens      = strings.NewReplacer("’", "'", "-", "", "‐", "", "‑", "")
	splitHyphens = strings.NewReplacer("’", "'", "-", " ", "‐", " ", "‑", " ")
)

// labelWords is topicWords with each hyphenated compound read as one
// word or (split) as its parts.
func labelWords(s string, split bool) []string {
	r := hyphens
	if split {
		r = splitHyphens
	}
	s = strings.ToLower(r.Replace(s))
	var out []string
	for _, w := range strings.FieldsFunc(s, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) && r != '\'' }) {
		w = strings.TrimSuffix(strings.Trim(w, "'"), "'s")
		w = strings.Trim(w, "'")
		if w == "" || topicFiller[w] {
			continue
		}
		w = singularWord(w)
		if c := graph.EventNoun(w); c != "" {
			// before the gerund's verb: "downing" is a shootdown, not "down"
			w = c
		} else if len(w) > 5 && strings.HasSuffix(w, "ing") {
			w = guessLemma(w)
		}
		if !slices.Contains(out, w) {
			out = append(out, w)
		}
	}
	sort.Strings(out)
	return out
}

// singularWord strips a plural ending: "violations" → "violation",
// "casualties" → "casualty", "boxes" → "box", "clashes" → "clash";
// "ss" endings and short words stay.
func singularWord(w string) string {
	if len(w) <= 3 || w[len(w)-1] != 's' {
		// every plural below ends in "s": most words asked (the event
		// rules ask it of nearly every noun) are answered by one compare
		return w
	}
	switch {
	case len(w) > 4 && strings.HasSuffix(w, "ies"):
		return w[:len(w)-3] + "y"
	case len(w) > 4 && esPlural(w):
		// English adds "es" after a sibilant: without this "boxes" was
		// "boxe" and "clashes" "clashe", matching neither "box" nor "clash"
		return w[:len(w)-2]
	case !strings.HasSuffix(w, "ss") && !strings.HasSuffix(w, "us") && !strings.HasSuffix(w, "is"):
		return w[:len(w)-1]
	}
	return w
}

// esPlural reports whether w is a plural that took "es" after a sibilant:
// "-xes", "-ches", "-shes", "-sses" ("taxes", "branches", "crashes",
// "losses"). The few nouns whose singular already ends in "e" ("aches",
// "niches", "tranches") are kept out.
func esPlural(w string) bool {
	if !strings.HasSuffix(w, "es") {
		return false
	}
	stem := w[:len(w)-2]
	switch {
	case strings.HasSuffix(stem, "x"), strings.HasSuffix(stem, "sh"), strings.HasSuffix(stem, "ss"):
		return true
	case strings.HasSuffix(stem, "ch"):
		return !eChWords[stem+"e"]
	}
	return false
}

// eChWords are the nouns in "-che" whose plural looks like a "-ches" plural.
var eChWords = map[string]bool{"ache": true, "headache": true, "cache": true, "niche": true, "avalanche": true, "tranche": true, "psyche": true, "cliche": true, "creche": true, "moustache": true, "quiche": true, "microfiche": true}

func short(s string) string {
	s = graph.NormText(s)
	if len(s) > 90 {
		cut := 90
		for cut > 0 && s[cut]&0xC0 == 0x80 {
			cut--
		}
		s = s[:cut] + "…"
	}
	return s
}

// occurrences returns every [start, end) where needle occurs in text.
// Needles that do not occur verbatim are retried with white space
// (including no-break spaces) folded.
func occurrences(text []byte, needle string) [][2]int {
	var out [][2]int
	if needle == "" {
		return nil
	}
	n := []byte(needle)
	for off := 0; off <= len(text); {
		i := bytes.Index(text[off:], n)
		if i < 0 {
			break
		}
		out = append(out, [2]int{off + i, off + i + len(n)})
		off += i + 1
	}
	if len(out) > 0 {
		return out
	}
	// fold white space: map each folded byte back to the original
	fold := func(b []byte) ([]byte, []int) {
		var o []byte
		var pos []int
		space := false
		for i := 0; i < len(b); {
			if b[i] == ' ' || b[i] == '\n' || b[i] == '\t' || b[i] == '\r' {
				space = true
				i++
				continue
			}
			if i+1 < len(b) && b[i] == 0xC2 && b[i+1] == 0xA0 {
				space = true
				i += 2
				continue
			}
			if space && len(o) > 0 {
				o = append(o, ' ')
				pos = append(pos, i)
			}
			space = false
			o = append(o, b[i])
			pos = append(pos, i)
			i++
		}
		return o, pos
	}
	ft, pos := fold(text)
	fn, _ := fold(n)
	if len(fn) == 0 {
		return nil
	}
	for off := 0; off <= len(ft); {
		i := bytes.Index(ft[off:], fn)
		if i < 0 {
			break
		}
		s, e := pos[off+i], pos[off+i+len(fn)-1]+1
		out = append(out, [2]int{s, e})
		off += i + 1
	}
	return out
}

// bipartite returns, for each gold claim, the system claim matched to it
// (-1 for none), maximising the number of matches (augmenting paths).
func bipartite(adj [][]int, nGold int) []int {
	match := make([]int, nGold)
	for j := range match {
		match[j] = -1
	}
	var try func(i int, seen []bool) bool
	try = func(i int, seen []bool) bool {
		for _, j := range adj[i] {
			if seen[j] {
				continue
			}
			seen[j] = true
			if match[j] < 0 || try(match[j], seen) {
				match[j] = i
				return true
			}
		}
		return false
	}
	for i := range adj {
		try(i, make([]bool, nGold))
	}
	return match
}

// institutionWords mark a speaker that is an institution, not a person.
var institutionWords = map[string]bool{
	"government": true, "governments": true, "ministry": true, "military": true, "army": true,
	"forces": true, "authorities": true, "officials": true, "office": true, "council": true,
	"service": true, "department": true, "agency": true, "command": true, "statement": true,
	"administration": true, "parliament": true, "committee": true, "commission": true,
	"organisation": true, "organization": true, "kremlin": true, "pentagon": true, "cabinet": true,
	"guard": true, "staff": true, "movement": true, "front": true, "brigade": true, "brigades": true,
	"company": true, "party": true, "group": true, "union": true, "coalition": true, "militia": true,
	"police": true, "navy": true, "corps": true, "directorate": true, "institute": true, "league": true,
	"force": true,
}

func institutional(tax *taxonomy.Taxonomy, name string) bool {
	if _, ok := tax.Actor(name); ok {
		return true
	}
	for _, w := range strings.Fields(strings.ToLower(name)) {
		if institutionWords[strings.Trim(w, ".,'’()")] {
			return true
		}
	}
	return isAcronym(strings.TrimSpace(name)) && !strings.Contains(name, " ")
}

// speakerMatch: the same speaker by name, the same surname (people), or
// for institutions the same side.
func speakerMatch(tax *taxonomy.Taxonomy, g *GoldClaim, c *graph.Claim) bool {
	if graph.Slug(g.Speaker) == graph.Slug(c.Speaker) {
		return true
	}
	gi, ci := institutional(tax, g.Speaker), institutional(tax, c.Speaker)
	if !gi && ci && g.Speaker == g.Side {
		// a party labelled as speaking itself ("Valdria", side Valdria)
		// speaks through its institution: "Valdrian government" on
		// that side is the same speaker, whether a list knows the
		// party or not (a person's own side is no institution: the
		// claim's speaker is then a person and takes the surname rule)
		if k := actorKey(tax, g.Side); k != "" {
			return k == actorKey(tax, c.Side)
		}
	}
	if gi && ci {
		gs, cs := actorKey(tax, g.Side), actorKey(tax, c.Side)
		return gs != "" && gs == cs
	}
	if gi || ci {
		return false
	}
	gw, cw := strings.Fields(g.Speaker), strings.Fields(c.Speaker)
	if len(gw) == 0 || len(cw) == 0 {
		return false
	}
	return graph.Slug(gw[len(gw)-1]) == graph.Slug(cw[len(cw)-1])
}

// actorKey names an actor for comparison: its canonical name when the
// taxonomy knows it, else the name without a leading "the" or a
// possessive.
func actorKey(tax *taxonomy.Taxonomy, name string) string {
	if a, ok := tax.Actor(name); ok {
		return graph.Slug(a)
	}
	return graph.Slug(taxonomy.Key(name))
}

// Print writes the report as a table, then what was missed and what was
// spurious per file.
func (r *Report) Print(w io.Writer) {
	// Opposing and mutual recall are shown as found/gold, findings
	// precision as correct/all: the counts are small.
	fmt.Fprintf(w, "%-40s %4s %4s | %5s %5s %5s | %5s %5s %5s | %5s %5s %5s | %5s %5s\n", "file", "sys", "gold",
		"att.P", "att.R", "att.F", "acc.P", "acc.R", "acc.F", "opp.R", "mut.R", "mut.P", "fnd.P", "fnd")
	frac := func(n, d int) string {
		if d == 0 {
			return "-"
		}
		return fmt.Sprintf("%d/%d", n, d)
	}
	line := func(name string, sys, gold int, s Score) {
		a, c, o, m, f := s.Attribution, s.Accusations, s.Opposing, s.Mutual, s.Findings
		fmt.Fprintf(w, "%-40s %4d %4d | %5.2f %5.2f %5.2f | %5.2f %5.2f %5.2f | %5s %5s %5s | %5s %5.2f\n", name, sys, gold,
			a.Precision(), a.Recall(), a.F1(), c.Precision(), c.Recall(), c.F1(),
			frac(o.TP, o.TP+o.FN), frac(m.TP, m.TP+m.FN), frac(m.TP, m.TP+m.FP), frac(f.TP, f.TP+f.FP), f.Precision())
	}
	sys, gold := 0, 0
	for _, f := range r.Files {
		name := strings.TrimSuffix(f.Name, filepath.Ext(f.Name))
		if len(name) > 40 {
			name = name[:40]
		}
		line(name, f.Claims, f.GoldClaims, f.Score)
		sys += f.Claims
		gold += f.GoldClaims
	}
	line("TOTAL", sys, gold, r.Total)
	t := r.Total
	fmt.Fprintf(w, "opposing recall %.2f, mutual recall %.2f, mutual precision %.2f, findings precision %.2f\n",
		t.Opposing.Recall(), t.Mutual.Recall(), t.Mutual.Precision(), t.Findings.Precision())
	p := t.AccusationPairs
	fmt.Fprintf(w, "accusation pairs, topic aside: P %.2f R %.2f F1 %.2f\n", p.Precision(), p.Recall(), p.F1())
	for _, f := range r.Files {
		// Each list under its label, in this order; a file with none is
		// not printed.
		lists := []struct {
			label string
			items []string
		}{
			{"warning  ", f.Warnings}, {"missed   ", f.Missed}, {"spurious ", f.Spurious},
			{"acc-miss ", f.MissedAcc}, {"acc-extra", f.ExtraAcc},
			{"pair-miss", f.MissedPair}, {"pair-xtra", f.ExtraPair}, {"opp-miss ", f.MissedOpp},
			{"mut-miss ", f.MissedMut}, {"mut-extra", f.ExtraMut}, {"finding? ", f.BadFindings},
		}
		n := 0
		for _, l := range lists {
			n += len(l.items)
		}
		if n == 0 {
			continue
		}
		fmt.Fprintf(w, "\n%s\n", f.Name)
		for _, l := range lists {
			for _, s := range l.items {
				fmt.Fprintf(w, "  %s %s\n", l.label, s)
			}
		}
	}
}
