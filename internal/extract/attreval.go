package extract

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"sort"
	"strings"
	"unicode"

	"github.com/contra-project/contra/graph"
)

// Attribution gold in the PolNeAR style (NAME.attr.json) is scored here
// with exactly the rules of the project's reference scorer
// (shared/tools/score_attr.py), so that `contra eval` and the script
// print the same figures for the same claims:
//
//   - a claim matches a gold attribution of its document when the byte
//     overlap of its evidence with the gold content (over the content's
//     fragments when it is discontinuous) is at least half the shorter of
//     the two, and more than zero;
//   - recall is the share of gold attributions with content matched by
//     some claim, precision the share of the document's claims matching
//     some gold attribution (neither is one to one; a greedy one-to-one
//     figure is printed too);
//   - source accuracy pairs each matched gold attribution with its best
//     claim and counts it correct when the claim's speaker shares a word
//     with the gold source, after the script's normalisation (stop words,
//     demonyms, acronyms).

// AttrGold is one NAME.attr.json file.
type AttrGold struct {
	Doc          string           `json:"doc"`
	Attributions []AttrAnnotation `json:"attributions"`
	path         string           // where it was read, for messages
}

// AttrAnnotation is one gold attribution: a source (nil when the text
// names none), a cue and a content span.
type AttrAnnotation struct {
	ID      string    `json:"id"`
	Type    string    `json:"type"`
	Source  *AttrSpan `json:"source"`
	Cue     *AttrSpan `json:"cue"`
	Content *AttrSpan `json:"content"`
}

// AttrSpan is a byte span of the article, end exclusive; a discontinuous
// span lists its pieces in Fragments.
type AttrSpan struct {
	Start     int        `json:"start"`
	End       int        `json:"end"`
	Text      string     `json:"text"`
	Fragments []AttrSpan `json:"fragments"`
}

func (s *AttrSpan) frags() [][2]int {
	if len(s.Fragments) > 0 {
		out := make([][2]int, len(s.Fragments))
		for i, f := range s.Fragments {
			out[i] = [2]int{f.Start, f.End}
		}
		return out
	}
	return [][2]int{{s.Start, s.End}}
}

// AttrClaim is what the attribution scorer reads of a claim: its id,
// speaker and evidence span (HasSpan false when it has none).
type AttrClaim struct {
	ID, Speaker string
	Start, End  int
	HasSpan     bool
}

// AttrScore is the result of ScoreAttributions.
type AttrScore struct {
	Docs, Gold, Claims        int // gold documents, gold attributions with content, claims in gold documents
	GoldMatched, ClaimMatched int
	OneToOne                  int // pairs of the greedy one-to-one matching
	// source classes over matched gold attributions: named, pronoun,
	// description, none
	ClassN          map[string]int
	ClassOK         map[string]int
	ClassLenient    map[string]int // pronoun and description: right by an earlier named source
	EmptySpeaker    int
	Unmatched       []AttrMiss // gold attributions no claim matched, in document order
	WrongSource     []AttrMiss // matched named sources whose claim names someone else
	UnmatchedClaims []AttrMiss // claims that match no gold attribution
}

// AttrMiss names one gold attribution or claim for the error listing.
type AttrMiss struct {
	Doc, Source, Cue, Text, Speaker string
}

// Precision is ClaimMatched/Claims.
func (s *AttrScore) Precision() float64 { return ratio(s.ClaimMatched, s.Claims) }

// Recall is GoldMatched/Gold.
func (s *AttrScore) Recall() float64 { return ratio(s.GoldMatched, s.Gold) }

// F1 is the harmonic mean of Precision and Recall.
func (s *AttrScore) F1() float64 { return harmonic(s.Precision(), s.Recall()) }

// NamedAccuracy is the share of matched named sources the claim's
// speaker agrees with.
func (s *AttrScore) NamedAccuracy() float64 { return ratio(s.ClassOK["named"], s.ClassN["named"]) }

func ratio(n, d int) float64 {
	if d == 0 {
		return 0
	}
	return float64(n) / float64(d)
}

func harmonic(p, r float64) float64 {
	if p+r == 0 {
		return 0
	}
	return 2 * p * r / (p + r)
}

// ScoreAttributions scores claims (by document base name) against gold
// (by the base name of its doc field). Claims of documents without gold
// are ignored, as the reference scorer ignores them.
func ScoreAttributions(gold []AttrGold, claims map[string][]AttrClaim) *AttrScore {
	s := &AttrScore{Docs: len(gold), ClassN: map[string]int{}, ClassOK: map[string]int{}, ClassLenient: map[string]int{}}
	gs := append([]AttrGold(nil), gold...)
	sort.Slice(gs, func(i, j int) bool { return path.Base(gs[i].Doc) < path.Base(gs[j].Doc) })
	type pair struct {
		ratio float64
		ov    int
		doc   string
		gi    int
		pi    int
	}
	var pairs []pair
	for _, g := range gs {
		doc := path.Base(g.Doc)
		var attrs []AttrAnnotation
		var named []*AttrSpan
		for i := range g.Attributions {
			a := &g.Attributions[i]
			if a.Content != nil {
				attrs = append(attrs, *a)
			}
			if a.Source != nil && sourceClass(a.Source) == "named" {
				named = append(named, a.Source)
			}
		}
		cands := append([]AttrClaim(nil), claims[doc]...)
		sort.SliceStable(cands, func(i, j int) bool {
			a, b := &cands[i], &cands[j]
			as, bs := a.Start, b.Start
			ae, be := a.End, b.End
			if !a.HasSpan {
				as, ae = -1, -1
			}
			if !b.HasSpan {
				bs, be = -1, -1
			}
			if as != bs {
				return as < bs
			}
			if ae != be {
				return ae < be
			}
			return a.ID < b.ID
		})
		s.Gold += len(attrs)
		s.Claims += len(cands)
		matched := make([]bool, len(cands))
		for gi := range attrs {
			a := &attrs[gi]
			gfr := a.Content.frags()
			glen := 0
			for _, f := range gfr {
				glen += f[1] - f[0]
			}
			best, bestRatio, bestOv := -1, 0.0, 0
			for pi := range cands {
				c := &cands[pi]
				if !c.HasSpan {
					continue
				}
				plen := c.End - c.Start
				if plen <= 0 || glen <= 0 {
					continue
				}
				ov := 0
				for _, f := range gfr {
					ov += max(0, min(f[1], c.End)-max(f[0], c.Start))
				}
				short := min(glen, plen)
				if ov <= 0 || ov*2 < short {
					continue
				}
				matched[pi] = true
				r := float64(ov) / float64(short)
				pairs = append(pairs, pair{r, ov, doc, gi, pi})
				// best: highest ratio, then most overlap, then earliest
				// start, then id; candidates come in (start, end, id)
				// order, so a later equal one never wins
				if best < 0 || r > bestRatio || r == bestRatio && (ov > bestOv || ov == bestOv && (c.Start < cands[best].Start || c.Start == cands[best].Start && c.ID < cands[best].ID)) {
					best, bestRatio, bestOv = pi, r, ov
				}
			}
			src, cue := "", ""
			if a.Source != nil {
				src = a.Source.Text
			}
			if a.Cue != nil {
				cue = a.Cue.Text
			}
			if best < 0 {
				s.Unmatched = append(s.Unmatched, AttrMiss{Doc: doc, Source: src, Cue: cue, Text: a.Content.Text})
				continue
			}
			s.GoldMatched++
			c := &cands[best]
			sc := sourceClass(a.Source)
			s.ClassN[sc]++
			sp := contentTokens(c.Speaker)
			if strings.TrimSpace(c.Speaker) == "" {
				s.EmptySpeaker++
			}
			if sc == "none" {
				continue
			}
			ok := intersects(sp, contentTokens(a.Source.Text))
			if ok {
				s.ClassOK[sc]++
			} else if sc == "named" {
				s.WrongSource = append(s.WrongSource, AttrMiss{Doc: doc, Source: src, Cue: cue, Text: a.Content.Text, Speaker: c.Speaker})
			}
			if sc == "pronoun" || sc == "description" {
				lenient := ok
				for _, n := range named {
					if n.Start < a.Source.Start && intersects(sp, contentTokens(n.Text)) {
						lenient = true
					}
				}
				if lenient {
					s.ClassLenient[sc]++
				}
			}
		}
		for pi, m := range matched {
			if m {
				s.ClaimMatched++
			} else {
				c := &cands[pi]
				s.UnmatchedClaims = append(s.UnmatchedClaims, AttrMiss{Doc: doc, Speaker: c.Speaker, Text: c.ID})
			}
		}
	}
	sort.SliceStable(pairs, func(i, j int) bool {
		a, b := pairs[i], pairs[j]
		switch {
		case a.ratio != b.ratio:
			return a.ratio > b.ratio
		case a.ov != b.ov:
			return a.ov > b.ov
		case a.doc != b.doc:
			return a.doc < b.doc
		case a.gi != b.gi:
			return a.gi < b.gi
		}
		return a.pi < b.pi
	})
	type key struct {
		doc string
		i   int
	}
	usedG, usedP := map[key]bool{}, map[key]bool{}
	for _, p := range pairs {
		if usedG[key{p.doc, p.gi}] || usedP[key{p.doc, p.pi}] {
			continue
		}
		usedG[key{p.doc, p.gi}], usedP[key{p.doc, p.pi}] = true, true
		s.OneToOne++
	}
	return s
}

func intersects(a, b map[string]bool) bool {
	for k := range a {
		if b[k] {
			return true
		}
	}
	return false
}

// Print writes the figures in the reference scorer's words and order;
// its last line is the summary line the script ends with.
func (s *AttrScore) Print(w io.Writer) {
	p1, r1 := ratio(s.OneToOne, s.Claims), ratio(s.OneToOne, s.Gold)
	fmt.Fprintf(w, "gold docs=%d  gold attributions with content=%d  claims in gold docs=%d\n", s.Docs, s.Gold, s.Claims)
	fmt.Fprintf(w, "content match (overlap >= 50%% of shorter span): gold matched=%d/%d  claims matching=%d/%d\n",
		s.GoldMatched, s.Gold, s.ClaimMatched, s.Claims)
	fmt.Fprintf(w, "one-to-one (greedy by overlap ratio): pairs=%d  P=%.3f R=%.3f F1=%.3f\n", s.OneToOne, p1, r1, harmonic(p1, r1))
	fmt.Fprintf(w, "source over matched pairs: named %d/%d=%.3f | pronoun %d/%d (strict %d, lenient-earlier-named %d) | "+
		"description %d/%d (strict %d, lenient-earlier-named %d) | no gold source %d | claims with empty speaker %d\n",
		s.ClassOK["named"], s.ClassN["named"], s.NamedAccuracy(),
		s.ClassOK["pronoun"], s.ClassN["pronoun"], s.ClassOK["pronoun"], s.ClassLenient["pronoun"],
		s.ClassOK["description"], s.ClassN["description"], s.ClassOK["description"], s.ClassLenient["description"],
		s.ClassN["none"], s.EmptySpeaker)
	fmt.Fprintf(w, "content P=%.3f R=%.3f F1=%.3f; source acc(named)=%.3f ; n_gold=%d n_pred=%d\n",
		s.Precision(), s.Recall(), s.F1(), s.NamedAccuracy(), s.Gold, s.Claims)
}

// The reference scorer's word lists, verbatim.
var (
	attrPronouns = wordSet(`i me my mine myself we us our ours ourselves you your yours yourself yourselves
he him his himself she her hers herself it its itself they them their theirs
themselves who whom whose which that this these those one someone somebody
everyone everybody anyone anybody nobody none some many others other both each
all either neither few several most any another`)
	attrFunction = wordSet(`a an the and or but nor of in on at to for from by with without within about as
into onto upon over under after before than then so such not no is are was were
be been being has have had do does did will would shall should can could may
might must also said says say told tells according here there when where while
what how why if also just only even very more much s t d ll ve re m`)
	attrTitles = wordSet(`mr mrs ms miss dr sir madam mx jr sr ii iii prof professor rev reverend
president presidential vice sen senator senators rep reps representative
representatives gov governor governors gen general lt col maj capt sgt adm
secretary attorney judge justice chief chairman chairwoman chair speaker mayor
minister prime king queen prince ambassador commissioner director deputy
former acting candidate candidates nominee nominees spokesman spokeswoman
spokesperson spokespeople press aide aides adviser advisers advisor advisors
official officials campaign campaigns administration government department
office committee party leader leaders member members manager chair staff
source sources people person group groups team`)
	// with the stop words, capitalised words that do not make a source named
	attrNonName = wordSet(`authorities police demonstrators protesters polls poll lawmakers experts
critics analysts observers researchers scientists economists prosecutors
investigators witnesses residents voters supporters opponents activists
officers agents attorneys lawyers doctors democratic republican conservative
liberal progressive american americans federal state national international
new former senior top white black latino latinos muslim muslims christian
evangelical evangelicals u s us uk eu un gop d r
reports report study survey statement statements data documents records`)
	attrDemonyms = map[string]string{
		"american": "america", "americans": "america", "russian": "russia", "russians": "russia",
		"mexican": "mexico", "mexicans": "mexico", "chinese": "china", "british": "britain",
		"french": "france", "german": "germany", "germans": "germany", "iranian": "iran",
		"iranians": "iran", "iraqi": "iraq", "iraqis": "iraq", "syrian": "syria", "syrians": "syria",
		"israeli": "israel", "israelis": "israel", "palestinian": "palestine", "palestinians": "palestine",
		"ukrainian": "ukraine", "ukrainians": "ukraine", "turkish": "turkey", "saudi": "saudi",
		"canadian": "canada", "canadians": "canada", "japanese": "japan", "korean": "korea",
		"koreans": "korea", "cuban": "cuba", "cubans": "cuba", "afghan": "afghanistan",
		"pakistani": "pakistan", "indian": "india", "egyptian": "egypt", "libyan": "libya",
		"jordanian": "jordan", "lebanese": "lebanon", "italian": "italy", "spanish": "spain",
		"european": "europe", "europeans": "europe", "venezuelan": "venezuela", "brazilian": "brazil",
		"nigerian": "nigeria", "filipino": "philippines", "philippine": "philippines",
		"australian": "australia", "greek": "greece", "polish": "poland", "dutch": "netherlands",
	}
)

func wordSet(s string) map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(s) {
		m[w] = true
	}
	return m
}

func attrStop(w string) bool { return attrPronouns[w] || attrFunction[w] || attrTitles[w] }

// attrTokens is the script's tokens(): curly single quotes straightened,
// a possessive 's dropped, then the runs of ASCII letters and digits.
func attrTokens(s string) []string {
	s = strings.NewReplacer("\u2019", "'", "\u2018", "'").Replace(s)
	// re.sub(r"'s\b", "", s): 's not followed by a word character
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		if s[i] == '\'' && i+1 < len(s) && s[i+1] == 's' {
			r := []rune(s[i+2 : min(len(s), i+6)])
			if len(r) == 0 || !(unicode.IsLetter(r[0]) || unicode.IsNumber(r[0]) || r[0] == '_') {
				i++
				continue
			}
		}
		b.WriteByte(s[i])
	}
	s = b.String()
	var out []string
	for i := 0; i < len(s); {
		if !isWordByte(s[i]) {
			i++
			continue
		}
		j := i
		for j < len(s) && isWordByte(s[j]) {
			j++
		}
		out = append(out, s[i:j])
		i = j
	}
	return out
}

// contentTokens is the script's content_tokens().
func contentTokens(s string) map[string]bool {
	toks := attrTokens(s)
	out := map[string]bool{}
	for _, t := range toks {
		l := strings.ToLower(t)
		if d, ok := attrDemonyms[l]; ok {
			l = d
		}
		if !attrStop(l) {
			out[l] = true
		}
	}
	var caps []string
	for _, t := range toks {
		if isUpperASCII(t[0]) && !attrFunction[strings.ToLower(t)] {
			caps = append(caps, t)
		}
	}
	if len(caps) >= 2 {
		var b strings.Builder
		b.WriteString("acr:")
		for _, t := range caps {
			b.WriteByte(t[0] + 'a' - 'A')
		}
		out[b.String()] = true
	}
	for _, t := range toks {
		if len(t) >= 2 && allUpperAlpha(t) {
			out["acr:"+strings.ToLower(t)] = true
		}
	}
	return out
}

func allUpperAlpha(t string) bool {
	for i := 0; i < len(t); i++ {
		if !isUpperASCII(t[i]) {
			return false
		}
	}
	return true
}

// sourceClass is the script's source_class(): named, pronoun,
// description or none.
func sourceClass(src *AttrSpan) string {
	if src == nil {
		return "none"
	}
	toks := attrTokens(src.Text)
	if len(toks) == 0 {
		return "description"
	}
	all := true
	for _, t := range toks {
		l := strings.ToLower(t)
		if !attrPronouns[l] && !attrFunction[l] {
			all = false
			break
		}
	}
	if all {
		return "pronoun"
	}
	for _, t := range toks {
		if l := strings.ToLower(t); isUpperASCII(t[0]) && !attrStop(l) && !attrNonName[l] && !allDigits(t) {
			return "named"
		}
	}
	return "description"
}

func allDigits(t string) bool {
	for i := 0; i < len(t); i++ {
		if t[i] < '0' || t[i] > '9' {
			return false
		}
	}
	return true
}

// AttrReport is the result of EvaluateAttributions.
type AttrReport struct {
	Score *AttrScore
}

// EvaluateAttributions extracts every article under dir named by the doc
// field of a NAME.attr.json file under dir (articles and gold may sit in
// sibling folders, as in PolNeAR's articles/ and gold/), and scores the
// claims with ScoreAttributions. It returns nil when dir holds no
// .attr.json file.
func EvaluateAttributions(ctx context.Context, x *Extractor, dir string) (*AttrReport, error) {
	var golds []AttrGold
	articles := map[string]string{} // base name → path
	err := filepath.WalkDir(dir, func(p string, e fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if e.IsDir() {
			return nil
		}
		name := e.Name()
		if strings.HasSuffix(name, ".attr.json") {
			b, err := os.ReadFile(p)
			if err != nil {
				return err
			}
			var g AttrGold
			if err := json.Unmarshal(b, &g); err != nil {
				return fmt.Errorf("%s: %w", p, err)
			}
			g.path = p
			golds = append(golds, g)
			return nil
		}
		if _, ok := FormatOf(name); ok {
			if _, dup := articles[name]; !dup {
				articles[name] = p
			}
		}
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("evaluate %s: %w", dir, err)
	}
	if len(golds) == 0 {
		return nil, nil
	}
	seen := map[string]string{}
	claims := map[string][]AttrClaim{}
	for _, g := range golds {
		doc := path.Base(g.Doc)
		if prev, dup := seen[doc]; dup {
			return nil, fmt.Errorf("evaluate: duplicate gold doc %s (%s, %s)", doc, prev, g.path)
		}
		seen[doc] = g.path
		p, ok := articles[doc]
		if !ok {
			return nil, fmt.Errorf("evaluate: %s: article %s not found under %s", g.path, doc, dir)
		}
		text, err := os.ReadFile(p)
		if err != nil {
			return nil, fmt.Errorf("evaluate: %w", err)
		}
		stem := strings.TrimSuffix(p, filepath.Ext(p))
		meta, err := readMeta(stem + ".meta.json")
		if err != nil {
			return nil, fmt.Errorf("evaluate: %w", err)
		}
		f, _ := FormatOf(doc)
		res, err := x.Extract(ctx, Article{Name: doc, Text: text, Format: f, Meta: meta})
		if err != nil {
			return nil, fmt.Errorf("evaluate: %w", err)
		}
		claims[doc] = claimsOf(res.Claims)
	}
	return &AttrReport{Score: ScoreAttributions(golds, claims)}, nil
}

// claimsOf turns extracted claims into what the attribution scorer reads.
func claimsOf(cs []graph.Claim) []AttrClaim {
	out := make([]AttrClaim, 0, len(cs))
	for _, c := range cs {
		ac := AttrClaim{ID: c.ID, Speaker: c.Speaker}
		if c.Evidence != nil {
			ac.Start, ac.End, ac.HasSpan = c.Evidence.Start, c.Evidence.End, true
		}
		out = append(out, ac)
	}
	return out
}
