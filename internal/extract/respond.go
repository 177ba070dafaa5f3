package extract

import (
	"bytes"
	"iter"
	"math/bits"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/contra-project/contra/graph"
)

// A denial in an article rarely repeats the words of what it answers
// ("launched the rockets" / "none of its units fired a single round"), so
// the proposition keys of the two differ and graph.Detect pairs them only
// through RespondsTo. linkResponses sets it from three patterns of news
// prose, and only towards claims of another side earlier in the article:
//
//   - an anaphoric rejection ("X rejected the account", "denies it",
//     "dismissed the accusation", "called it grotesque") answers what the
//     other side was just reported to say: its claims against the denier's
//     side in the preceding paragraphs (of "Y's account", Y's only);
//   - a denial with its own clause ("denied that its crew had tried to ram
//     anyone") answers the other side's claim whose content words it
//     restates;
//   - failing both, the accused's first word after a charge answers it,
//     in whatever words (replyTargets): "its drone was a civilian one"
//     against "a military drone entered our airspace".
//
// A side's assertion that is not read as a denial answers in the first
// two ways more strictly (answeredTargets): "Y calls it a provocation",
// "its jets never flew into Ruritanian airspace".
//
// A denial with no antecedent that passes links to nothing: a wrong link
// is a false finding on the analyst's screen.

// anaphorWindow and restateWindow bound how far back (in bytes) an
// antecedent is looked for: a few paragraphs of news prose. A rejection by
// reference answers what was just reported; a restating denial may answer
// the article's opening charge.
const (
	anaphorWindow = 1200
	restateWindow = 2500
	replyWindow   = 600
)

// linkResponses sets RespondsTo on the claims of out (in evidence order,
// with their final ids) that answer an earlier claim of the same article.
// doc is src as a string when the caller has one ("" otherwise): the
// denials' sentences are sliced from it rather than copied.
func linkResponses(out []graph.Claim, src []byte, doc string, cache *stemCache) {
	cache.span, cache.words = cache.span[:0], cache.words[:0] // stems of this document's claims only
	for i := 1; i < len(out); i++ {
		// a denial answers, and so does an assertion or accusation of
		// a side that the other side has charged; a claim of another
		// kind with a cue of rejection ("calls that claim invented") is
		// nearly always read as one of these already, and testing every
		// claim's words for the rare rest cost more than the extraction
		// can spare
		d := &out[i]
		if d.Evidence == nil {
			continue
		}
		joined := jointTarget(&out[i-1], d, src)
		record := recordTarget(out[:i], d)
		exhibit := exhibitTarget(out[:i], d, cache)
		// whether another side's version stands within reach, walked
		// once for every pattern that answers one: most claims have
		// none, and scanning them for words of cause, contraries,
		// reversals, places and falsehood costs more than the walk
		rival := d.Side != "" && (d.Kind == graph.KindAssertion || d.Kind == graph.KindAccusation || d.Kind == graph.KindDenial) &&
			hasRival(out[:i], d)
		rivals := rivalCauseTargets(out[:i], d, rival, cache)
		if id := contraryTarget(out[:i], d, rival); id != "" {
			rivals = appendID(rivals, id)
		}
		var marks claimMarks // the words the patterns of dismiss.go and crossblame.go need
		if rival {
			marks = marksOf(d.Text)
		}
		for _, id := range crossBlameTargets(out[:i], d, marks, cache) {
			rivals = appendID(rivals, id)
		}
		for _, id := range rivalPlaceTargets(out[:i], d, marks, src, cache) {
			rivals = appendID(rivals, id)
		}
		// a dismissal's report named by no owner, no qualifier and no
		// "that" ("called the claim a lie") is the other side's latest
		// word, or all its charges: a guess the other patterns, which
		// read the rejection's own words, come before (dismissed)
		var dismissed []string
		var fallback bool
		qual := "" // what the account the dismissal names is about: "of the shooting"
		if marks.dismiss {
			// "Y called X's account a fabrication": few claims hold a
			// word of falsehood, and only theirs are read further
			if len(doc) != len(src) {
				doc = string(src)
			}
			// the sentences d spans: "Nobody gave that order. That
			// is a lie," he said.
			start, end := sentenceStart(doc, d.Evidence.Start), sentenceEnd(doc, max(d.Evidence.Start, d.Evidence.End-1))
			if dis, ok := dismissedReport(doc[start:end]); ok {
				var ids []string
				if ids, fallback = dismissalTargets(out, i, d, dis, doc, start, end); !fallback {
					for _, id := range ids {
						rivals = appendID(rivals, id)
					}
					if len(ids) > 0 {
						qual = dis.qual
					}
				} else {
					dismissed = ids
				}
			}
		}
		if d.Kind != graph.KindDenial && (d.Kind != graph.KindAssertion && d.Kind != graph.KindAccusation || !charged(out[:i], d)) {
			if joined {
				d.RespondsTo = []string{out[i-1].ID}
			}
			if record != "" {
				d.RespondsTo = appendID(d.RespondsTo, record)
			}
			if exhibit != "" {
				d.RespondsTo = appendID(d.RespondsTo, exhibit)
			}
			for _, id := range rivals {
				d.RespondsTo = appendID(d.RespondsTo, id)
			}
			if len(d.RespondsTo) == 0 {
				d.RespondsTo = dismissed
			}
			continue
		}
		if len(doc) != len(src) {
			doc = string(src)
		}
		var ids []string
		owned := false // d rejects a named voice's account ("rejected Brann's version")
		// a counter-charge answers only as a reply
		if d.Kind != graph.KindAccusation {
			// the sentence and where it starts, found once for every
			// test of d
			start := sentenceStart(doc, d.Evidence.Start)
			sent := doc[start:sentenceEnd(doc, d.Evidence.Start)]
			if d.Kind == graph.KindAssertion {
				ids, owned = answeredTargets(out[:i], d, sent, start, cache)
			} else if ok, owner, named, latest := anaphoricRejection(sent); ok {
				ids, owned = rejectionTargets(out[:i], d, denierSide(d), sent, start, owner, named, latest), owner != ""
			} else {
				ids = restatedTargets(out[:i], d, denierSide(d), sent, cache)
			}
		}
		if len(ids) == 0 && !owned {
			// the owner a rejection names says whose account it
			// answers: no other's charge is guessed for it
			ids = replyTargets(out[:i], d, doc, cache)
		}
		if d.Kind == graph.KindDenial && len(ids) > 0 {
			ids = accountRun(out[:i], d, ids)
		}
		if qual != "" {
			// a dismissal that says which account it calls false
			// ("called Tessmark's account of the shooting a
			// fabrication") answers no claim of the other side's on
			// another topic than that account's ("had closed two
			// crossings", the crossing closure)
			ids = slices.DeleteFunc(ids, func(id string) bool {
				t := claimByID(out[:i], id)
				return t != nil && !slices.Contains(rivals, id) && !slices.ContainsFunc(rivals, func(r string) bool {
					c := claimByID(out[:i], r)
					return c != nil && c.Topic == t.Topic
				})
			})
		}
		if joined {
			ids = appendID(ids, out[i-1].ID)
		}
		if record != "" {
			ids = appendID(ids, record)
		}
		if exhibit != "" {
			ids = appendID(ids, exhibit)
		}
		for _, id := range rivals {
			ids = appendID(ids, id)
		}
		if len(ids) == 0 {
			ids = dismissed
		}
		if len(ids) > 0 {
			d.RespondsTo = ids
		}
	}
}

// recordTarget: the claim d answers by saying there is "no record of"
// what it told, or "". A body that keeps records answers an account of
// what passed through them so, whoever's side it is on ("the company
// said it had no record of any such reports" against "union officials
// had reported wet strata four times", "the commission had no record of
// a phone call on the hotline" against "the authority had notified them
// through the commission's hotline"): the latest claim of another voice
// within anaphorWindow that names a content word of what has no record,
// up to the end of its clause or a word of time ("that night", "before
// Monday": a time is no matter). What would be, and another denial, are
// no account of a record.
func recordTarget(prev []graph.Claim, d *graph.Claim) string {
	// a claim of "no record" is read as the negated act "record of
	// …": polarity and action are the cheap tests before the text is
	// searched
	if d.Polarity != graph.Negative || !strings.HasPrefix(d.Action, "record of ") || d.Evidence == nil ||
		d.Kind != graph.KindDenial && d.Kind != graph.KindAssertion {
		return ""
	}
	i := strings.Index(d.Text, "no record of ")
	if i < 0 {
		return ""
	}
	what := d.Text[i+len("no record of "):]
	if degreeRecord(what) {
		// "no record of so much rain in October", "of anything like
		// it": a measure beyond the records kept, a superlative that
		// answers no one's account
		return ""
	}
	if j := strings.IndexAny(what, ",;.:\"“”"); j >= 0 {
		what = what[:j]
	}
	for _, w := range [...]string{" and ", " that ", " when ", " before ", " after ", " since "} {
		// the clause's end, or a time that says when, not what
		if j := strings.Index(what, w); j >= 0 {
			what = what[:j]
		}
	}
	act := "" // the act the record would be of, when a gerund names it
	if f := strings.Fields(what); len(f) > 2 {
		// "no record of the bar holding a late licence": the record is
		// of the act and what it touched, not of who did it
		for j := 1; j < len(f)-1; j++ {
			if strings.HasSuffix(f[j], "ing") && len(f[j]) > 5 {
				what, act = strings.Join(f[j:], " "), f[j]
				break
			}
		}
	}
	for _, t := range claimsWithin(prev, d, anaphorWindow) {
		if t.Speaker == d.Speaker || t.Side != "" && sameName(t.Side, d.Side) || t.Kind == graph.KindDenial ||
			t.Kind == graph.KindPrediction || t.Kind == graph.KindThreat || forecast(t.Text) {
			continue
		}
		if sharesStemText(t.Text, what) && (act == "" || sharesStemText(t.Text, act)) {
			// a record of an act answers an account of that act: "no
			// record of the artist visiting the city" answers "he
			// visited the city in 1921", not "the painting showed the
			// old harbour of the city"
			return t.ID
		}
	}
	return ""
}

// degreeRecord reports whether what, the words after "no record of",
// open with a measure of degree ("so much", "so heavy", "anything
// like"): the record meant is a record kept over time, not a record of
// what someone told. A count is an account's ("no record of more than
// one call" answers "had called five times").
func degreeRecord(what string) bool {
	f := strings.Fields(strings.ToLower(what))
	if len(f) < 2 {
		return false
	}
	switch f[0] {
	case "so":
		return f[1] != "many"
	case "anything":
		return f[1] == "like"
	}
	return false
}

// exhibitTarget: the claim d answers by naming a thing another voice put
// forward, as "the X <shown> by Y", and saying what it is instead: "the
// injuries seen by the charity's doctors had been caused by razor wire",
// "the turnout figures cited by the opposition reflect a data-entry
// error", "the cuts described by the company required tools hundreds of
// people have". The other voice's account told of X (its figures, its
// video, the injuries it counted), and d gives X another cause, figure or
// meaning: a counter-explanation with no word of rejection, which neither
// charges nor restates the charge, so no other pattern links it. d answers
// the latest claim within restateWindow that names X, of another known
// side than d's (of another speaker when d's side is unknown: an expert's
// reading of a side's exhibit), unless it is negated or says what would
// be (a forecast, a threat), which puts forward no X. A claim that grants
// X ("the figures released by the ministry confirm …") answers nothing.
// "" when there is none.
func exhibitTarget(prev []graph.Claim, d *graph.Claim, cache *stemCache) string {
	head, by := exhibitNoun(d.Text)
	if head == "" || hasAnyWordPrefix(d.Text, agreeWords) {
		return ""
	}
	if holdsWordOf(by, graveWords) {
		// "the injuries seen by the charity's doctors were serious":
		// what the other voice put forward is granted, and weighed
		return ""
	}
	if w, _, _ := strings.Cut(by, " "); foldIn(w, ownPronouns) {
		// "the figures cited by her party", "the logs released by our
		// crew": what d's own side put forward, whoever else spoke of it
		return ""
	}
	want := packStem(stemWord([]byte(head)))
	for k, t := range claimsWithin(prev, d, restateWindow) {
		if t.Speaker == d.Speaker || t.SpeakerID == d.SpeakerID || d.Side != "" && sameName(t.Side, d.Side) || t.Side == "" ||
			t.Polarity != graph.Positive || t.Kind == graph.KindPrediction || t.Kind == graph.KindThreat || forecast(t.Text) {
			continue
		}
		if slices.Contains(cache.of(prev, k), want) {
			return t.ID
		}
	}
	return ""
}

// rivalCauseTargets: the claims d answers by giving another cause for
// the effect they blame on someone: "the fire had been set by supporters
// of a dissident faction" against "the party accused the police of
// setting fire to its headquarters"; "the flooding had been caused by the
// council's drains" against "the water company blamed the council for the
// flooding"; "the fire had been started by soldiers who stored ammunition
// there" against "X accused Y's artillery of shelling the terminal,
// setting fire to two warehouses". News prose sets two sides' versions of
// one event so, with no word of rejection: each names the effect and its
// cause. d names the effect ("the fire", "the flooding", "the explosion")
// within a few words before a phrase of cause ("caused by", "set by",
// "the result of", "because of"); it answers every claim within
// restateWindow of another known side than d's that names the same
// effect and blames someone for it (an accusation, or a claim with a
// phrase of cause or a word of blame), when neither is negated. A claim
// of cause that names no effect the other side blamed ("the delay was
// due to the storm" after a charge about the harbour) answers nothing.
// rival is hasRival's word for d, which linkResponses walks once.
func rivalCauseTargets(prev []graph.Claim, d *graph.Claim, rival bool, cache *stemCache) []string {
	if d.Side == "" || d.Kind != graph.KindAssertion && d.Kind != graph.KindAccusation && d.Kind != graph.KindDenial ||
		d.Polarity != graph.Positive && d.Kind != graph.KindDenial || len(prev) == 0 {
		return nil
	}
	if !rival {
		return nil // scanning d for every phrase of cause costs more than the walk (hasRival)
	}
	var effects [4]uint64
	n := causedEffects(d.Text, &effects)
	if n == 0 {
		return nil
	}
	var ids []string
	for k, t := range rivalVersions(prev, d) {
		if t.Kind == graph.KindAssertion && !blames(t.Text) {
			continue // news of the effect, not a version of its cause
		}
		stems := cache.of(prev, k)
		for _, e := range effects[:n] {
			if slices.Contains(stems, e) {
				ids = append(ids, t.ID)
				break
			}
		}
	}
	return ids
}

// claimsWithin yields, latest first, the claims of prev that began at
// most window bytes before d: the walk back from d every search of what
// d answers makes, ending at the first claim out of reach or with no
// evidence.
func claimsWithin(prev []graph.Claim, d *graph.Claim, window int) iter.Seq2[int, *graph.Claim] {
	return func(yield func(int, *graph.Claim) bool) {
		for k := len(prev) - 1; k >= 0; k-- {
			t := &prev[k]
			if t.Evidence == nil || d.Evidence.Start-t.Evidence.Start > window || !yield(k, t) {
				return
			}
		}
	}
}

// hasRival reports whether rivalVersions has a claim for d.
func hasRival(prev []graph.Claim, d *graph.Claim) bool {
	for range rivalVersions(prev, d) {
		return true
	}
	return false
}

// rivalVersions yields, latest first, the claims of prev within
// restateWindow before d that can be the other version d answers with a
// cause or a contrary of its own: a positive assertion or accusation of
// another known side than d's, by another speaker. rivalCauseTargets and
// contraryTarget walk them so.
func rivalVersions(prev []graph.Claim, d *graph.Claim) iter.Seq2[int, *graph.Claim] {
	return func(yield func(int, *graph.Claim) bool) {
		for k, t := range claimsWithin(prev, d, restateWindow) {
			if t.Side == "" || sameName(t.Side, d.Side) || t.Speaker == d.Speaker || t.Polarity != graph.Positive ||
				t.Kind != graph.KindAssertion && t.Kind != graph.KindAccusation {
				continue
			}
			if !yield(k, t) {
				return
			}
		}
	}
}

// contraryTarget: the claim d answers by saying the contrary of it in
// words of its own: "the transponder was on the whole time" against "the
// tanker had switched off its transponder"; "every adverse event had been
// reported to the regulator" against "accused the company of concealing
// side effects"; "the boat was fishing legally" against "this was illegal
// fishing". Each side tells the same thing (a word they share) by one of
// a pair of contraries that news of disputes sets against each other
// (contraries), with no word of rejection and no negation. d answers the
// latest claim within restateWindow of another known side that shares a
// content word with it and holds the other half of a pair, when neither
// is negated and neither holds both halves. "" when there is none. rival
// is hasRival's word for d.
func contraryTarget(prev []graph.Claim, d *graph.Claim, rival bool) string {
	if d.Side == "" || d.Polarity != graph.Positive || d.Kind != graph.KindAssertion && d.Kind != graph.KindAccusation {
		return ""
	}
	if !rival {
		return "" // scanning d for every pair's words costs more than the walk (hasRival)
	}
	halves, holds := contraryHalves(d.Text) // which half of each pair d holds
	if !holds {
		return ""
	}
	for _, t := range rivalVersions(prev, d) {
		th, _ := contraryHalves(t.Text)
		for p, h := range halves {
			if h != 0 && th[p] == 3-h && sharesReported(nearContrary(reportedOwn(d.Text), contraries[p][h-1]), t.Text) {
				return t.ID
			}
		}
	}
	return ""
}

// nearContrary returns the words of text within six words of a word of
// ws, the half of a pair text holds, joined with " … " between windows:
// the thing a contrary word tells of stands next to it ("the side
// effects had been reported in full", "the release had been
// \"unavoidable and fully within the rules\""), while a word further off
// may tell of another thing ("it had reported a new vaccination drive in
// the border camps" says nothing of the cases the other side said were
// hidden in the border camps).
func nearContrary(text string, ws []string) string {
	f := strings.Fields(text)
	keep := make([]bool, len(f))
	wordHits(text, ws, func(at int) bool {
		i := len(strings.Fields(text[:at])) // the word the hit starts
		for j := max(0, i-6); j < min(len(f), i+7); j++ {
			keep[j] = true
		}
		return true
	})
	var b strings.Builder
	for i, w := range f {
		if keep[i] {
			b.WriteString(w + " ")
		} else if i > 0 && keep[i-1] {
			b.WriteString("… ")
		}
	}
	return b.String()
}

// sharesReported reports whether d, the words of a claim that tell of a
// contrary word's thing (reportedOwn, nearContrary), and the claim t
// share a content word (lower case, no function word) in what t reports,
// not in who reports it:
// "Sylvania's fisheries ministry said …" and "Freedonia's fisheries
// ministry said …" share "fisheries ministry" whatever each told, so the
// frame of each (reportedPart) is left out. A word right after "own"
// ("its own barley harvest", "their own device") names the speaker's own
// thing, which is no thing the other side told of, and is left out too.
// Only claims that hold a half of a pair of contraries are read so.
func sharesReported(d, t string) bool {
	var ts []uint64
	it := stemIter{s: reportedOwn(t), noCaps: true}
	for w, ok := it.next(); ok; w, ok = it.next() {
		ts = append(ts, packStem(w))
	}
	return sharesStem(d, ts)
}

// reportedOwn is text without its frame (reportedPart) and without the
// words "own" marks as the speaker's (dropOwn).
func reportedOwn(text string) string {
	return dropOwn(reportedPart(text))
}

// reportFrameVerbs are the reporting verbs by which a claim's text opens or
// ends with who said it.
var reportFrameVerbs = []string{"said", "says", "told", "added", "insisted", "claimed", "stated", "accused", "denied",
	"argued", "alleged", "ruled", "maintained", "countered", "replied"}

// reportedPart returns text without its frame: the words after a
// reporting verb among its first twelve words ("Freedonia's fisheries
// ministry said [its fishermen …]"), around one set off by commas
// ("[Staff entered results on time,] Harrack said, [but …]"), or before
// one among its last five
// ("[The device is on time …], the firm said."); text when it has none.
func reportedPart(text string) string {
	f := strings.Fields(text)
	for i, w := range f {
		if i >= 12 {
			break
		}
		if strings.HasSuffix(w, ",") && slices.Contains(reportFrameVerbs, strings.ToLower(w[:len(w)-1])) {
			// "Staff entered results on time, Harrack said, but …":
			// a frame set off inside what it reports
			j := i
			for j > 0 && !strings.HasSuffix(f[j-1], ",") {
				j--
			}
			return strings.Join(append(slices.Clip(f[:j]), f[i+1:]...), " ")
		}
		if slices.Contains(reportFrameVerbs, strings.ToLower(strings.TrimRight(w, ".,;:\"”'"))) && i < len(f)-1 {
			return strings.Join(f[i+1:], " ")
		}
	}
	for i := len(f) - 1; i >= 0 && i >= len(f)-5; i-- {
		if slices.Contains(reportFrameVerbs, strings.ToLower(strings.TrimRight(f[i], ".,;:\"”'"))) {
			return strings.Join(f[:i], " ")
		}
	}
	return text
}

// dropOwn returns text without the two words after each "own" (fewer
// when a word ends in punctuation first): "its own barley harvest had"
// keeps "its own had".
func dropOwn(text string) string {
	if !strings.Contains(text, "own ") {
		return text
	}
	f := strings.Fields(text)
	out := f[:0:0]
	for i := 0; i < len(f); i++ {
		out = append(out, f[i])
		if strings.ToLower(f[i]) != "own" {
			continue
		}
		for n := 0; n < 2 && i+1 < len(f); n++ {
			i++
			if last := f[i][len(f[i])-1]; last == ',' || last == '.' || last == ';' || last == ':' {
				break
			}
		}
	}
	return strings.Join(out, " ")
}

// contraries are pairs of words by which two sides tell one thing in
// contrary ways: the treaty breached or followed, the ship inside or
// outside the line, fishing illegal or legal, the transponder off or on
// (or failed), the act deliberate or an accident, the video fabricated or
// genuine, the data hidden or reported, the notice on time or days late
// ("late" alone is as often "late on Tuesday"). A word ending in "*" is a
// prefix.
var contraries = [...][2][]string{
	{{"breach*", "violat*", "broke", "broken"}, {"followed", "complied", "comply", "complies", "respected", "abided", "honoured", "honored", "in accordance", "within the rules"}},
	{{"inside"}, {"outside"}},
	{{"illegal", "illegally", "unlawful", "unlawfully"}, {"legal", "legally", "lawful", "lawfully"}},
	{{"switched off", "turned off", "disabled"}, {"switched on", "was on", "were on", "failed", "fault"}},
	{{"deliberate*", "on purpose", "intentional*"}, {"accident*", "technical fault", "malfunction*"}},
	{{"fabricated", "fake", "forged", "doctored", "staged"}, {"authentic", "genuine"}},
	{{"hid", "hidden", "hiding", "conceal*", "withheld", "withhold*"}, {"reported", "disclosed", "shared"}},
	{{"on time", "in time"}, {"too late", "hours late", "days late", "weeks late", "months late", "delayed"}},
}

// contraryWord is a word of contraries as contraryHalves looks for it:
// the word without its "*", whether it is a prefix, and the pair and
// half (0 or 1) it belongs to.
type contraryWord struct {
	w      string
	prefix bool
	pair   uint8
	half   uint8
}

// contraryByFirst holds the words of contraries by their first byte;
// contrarySecond[c] is the set of second bytes of those starting with c
// (bit b&63 of word b>>6).
var contraryByFirst, contrarySecond = func() (t [256][]contraryWord, second [256][4]uint64) {
	for p, pair := range contraries {
		for h, ws := range pair {
			for _, w := range ws {
				cw := contraryWord{w: strings.TrimSuffix(w, "*"), prefix: strings.HasSuffix(w, "*"), pair: uint8(p), half: uint8(h)}
				if len(cw.w) < 2 || cw.w[0] < 'a' || cw.w[0] > 'z' {
					// contraryHalves looks at words' first letters only,
					// and at two bytes
					panic("contraries: a word of fewer than two bytes or not opening with a lower-case letter: " + w)
				}
				t[cw.w[0]] = append(t[cw.w[0]], cw)
				second[cw.w[0]][cw.w[1]>>6] |= 1 << (cw.w[1] & 63)
			}
		}
	}
	return t, second
}()

// contraryHalves reports which half of each pair of contraries text
// holds (as holdsWordOf finds a word): 1 or 2, 0 for neither or both;
// holds is whether any pair has one. Every claim with a rival is asked
// for all the pairs, and nearly none holds a word of them: one walk over
// the first letters of the text's words, each looked up by its first two
// bytes, costs a small part of a search of text for each of the pairs'
// words (which were 8% of the extractor's instructions). A hit needs the
// same byte before it as in wordHits (none, or no letter), so the walk
// finds exactly the hits wordHits finds.
func contraryHalves(text string) (halves [len(contraries)]int8, holds bool) {
	var held [len(contraries)][2]bool
	at := func(i int) {
		// every word has two bytes: the two together rule out most
		// words of the text ("the", "and") before the candidates of
		// the first byte are walked
		if i+1 >= len(text) {
			return
		}
		c, c2 := text[i], text[i+1]
		if contrarySecond[c][c2>>6]&(1<<(c2&63)) == 0 {
			return
		}
		for _, cw := range contraryByFirst[c] {
			if c2 == cw.w[1] && !held[cw.pair][cw.half] && wordHitAt(text, i, cw.w, cw.prefix) {
				held[cw.pair][cw.half] = true
			}
		}
	}
	// every word of contraries opens with a letter, and a hit has no
	// letter before it: only the first letter of each run of letters
	// can start one. Eight bytes at a time, the runs' first letters are
	// the letters whose byte before is none (the previous eight bytes'
	// last letter carried in).
	i, carry := 0, uint64(0)
	for ; i+8 <= len(text); i += 8 {
		x := le64(text[i : i+8])
		l := lower8(x | 0x2020202020202020) // the ASCII letters, A-Z folded onto a-z
		for m := l &^ (l<<8 | carry); m != 0; m &= m - 1 {
			at(i + bits.TrailingZeros64(m)>>3)
		}
		carry = l >> 56
	}
	for ; i < len(text); i++ {
		if isASCIILetter(text[i]) && (i == 0 || !isASCIILetter(text[i-1])) {
			at(i)
		}
	}
	for p, h := range held {
		switch {
		case h[0] && !h[1]:
			halves[p], holds = 1, true
		case h[1] && !h[0]:
			halves[p], holds = 2, true
		}
	}
	return halves, holds
}

// holdsWordOf reports whether text holds one of ws as a whole word or
// phrase in lower case (a prefix for one ending in "*"). "legal" in "the
// legal limit" names a measure, not the act's standing, and is skipped.
func holdsWordOf(text string, ws []string) bool {
	found := false
	wordHits(text, ws, func(int) bool { found = true; return false })
	return found
}

// wordHits calls yield with the byte offset of each hit of holdsWordOf's
// in text, until yield returns false.
func wordHits(text string, ws []string, yield func(int) bool) {
	for _, w := range ws {
		prefix := strings.HasSuffix(w, "*")
		w = strings.TrimSuffix(w, "*")
		for i := strings.Index(text, w); i >= 0; i = nextIndex(text, w, i) {
			if i > 0 && isASCIILetter(text[i-1]) || !wordHitAt(text, i, w, prefix) {
				continue
			}
			if !yield(i) {
				return
			}
		}
	}
}

// wordHitAt reports whether w (without its "*"; prefix says it had one),
// found at i in text after no letter, is a hit of holdsWordOf's: a whole
// word unless a prefix, no "legal limit", and "inside" or "outside"
// followed by a place.
func wordHitAt(text string, i int, w string, prefix bool) bool {
	if !strings.HasPrefix(text[i:], w) {
		return false
	}
	end := i + len(w)
	if !prefix && end < len(text) && isASCIILetter(text[end]) {
		return false
	}
	if strings.HasPrefix(text[end:], " limit") {
		return false
	}
	if (w == "inside" || w == "outside") && !placeFollows(text[end:]) {
		// "the passengers stayed outside in the cold": an adverb, where
		// the place of a ship or a line is what follows the preposition
		// ("inside the zone")
		return false
	}
	return true
}

// placeFollows reports whether rest, the text after "inside" or
// "outside", opens with the place it is inside or outside of: a word,
// not punctuation, and no preposition or conjunction that shows the
// word stood alone ("outside in the cold", "outside, waiting").
func placeFollows(rest string) bool {
	if !strings.HasPrefix(rest, " ") {
		return false
	}
	w, _, _ := strings.Cut(strings.TrimPrefix(rest, " "), " ")
	return w != "" && isASCIILetter(w[0]) && !slices.Contains(adverbFollowers, strings.ToLower(w))
}

var adverbFollowers = []string{"in", "on", "at", "for", "by", "to", "with", "from", "during", "while", "when", "and", "or",
	"but", "until", "after", "before", "as", "all", "overnight"}

// causePhrases say what brought an effect about.
var causePhrases = []string{" caused by ", " because of ", " due to ", " result of ", " the work of ", " blamed on ",
	" stemmed from ", " triggered by ", " started by ", " set by ", " sparked by "}

// blameWords start the words by which a claim that is no accusation
// still blames someone: "blamed the council for the flooding", "accused
// the army of shelling".
var blameWords = []string{"blam", "accus"}

// blames reports whether text blames someone for an effect: a word of
// blame or a phrase of cause.
func blames(text string) bool {
	if hasAnyWordPrefix(text, blameWords) {
		return true
	}
	return causePhrasesIn(text) != 0
}

// causeByFirst holds, by the byte after its opening space, the index in
// causePhrases of each phrase.
var causeByFirst = func() (t [256][]uint8) {
	if len(causePhrases) > 16 {
		panic("causePhrasesIn keeps its set in 16 bits")
	}
	for k, p := range causePhrases {
		t[p[1]] = append(t[p[1]], uint8(k))
	}
	return t
}()

// causePhrasesIn returns the set of causePhrases text holds, bit k for
// causePhrases[k]. Every claim with a rival is asked, and few hold one:
// one walk over text's spaces costs a fraction of a search for each
// phrase, each of which stops at every space (the phrases' first byte).
func causePhrasesIn(text string) (set uint16) {
	at := func(i int) {
		if i+1 < len(text) {
			for _, k := range causeByFirst[text[i+1]] {
				if strings.HasPrefix(text[i:], causePhrases[k]) {
					set |= 1 << k
				}
			}
		}
	}
	// the spaces eight bytes at a time: a byte of x is zero where text
	// holds a space, and the high bit of ^(low 7 bits + 0x7f | byte)
	// marks exactly those (no borrow runs from one byte to the next)
	const low7, high = 0x7f7f7f7f7f7f7f7f, 0x8080808080808080
	i := 0
	for ; i+8 <= len(text); i += 8 {
		x := le64(text[i:i+8]) ^ 0x2020202020202020
		for m := ^((x&low7 + low7) | x) & high; m != 0; m &= m - 1 {
			at(i + bits.TrailingZeros64(m)>>3)
		}
	}
	for ; i < len(text); i++ {
		if text[i] == ' ' {
			at(i)
		}
	}
	return set
}

// causedEffects fills effects with the stems of the effects text names
// before a phrase of cause: a content word in lower case after "the",
// "its", "their", "this", "that" or "our" among the seven words before
// the phrase ("the fire had almost certainly been started by", "the
// explosion was the result of"), and returns how many.
func causedEffects(text string, effects *[4]uint64) int {
	set := causePhrasesIn(text)
	if set == 0 {
		return 0
	}
	n := 0
	for k, p := range causePhrases {
		if set&(1<<k) == 0 {
			continue
		}
		for at := strings.Index(text, p); at >= 0 && n < len(effects); at = nextIndex(text, p, at) {
			before := text[:at]
			for j := 0; j < 7 && before != ""; j++ {
				w, rest := splitLastWord(before)
				if len(w) >= 4 && isLowerWord(w) && !functionWords[w] {
					if det, _ := splitLastWord(rest); foldIn(det, effectDeterminers) {
						e := packStem(stemWord([]byte(w)))
						if !slices.Contains(effects[:n], e) && n < len(effects) {
							effects[n] = e
							n++
						}
					}
				}
				before = rest
			}
		}
	}
	return n
}

var effectDeterminers = []string{"the", "its", "their", "this", "that", "our"}

// exhibitVerbs are the participles by which news prose names a thing by
// who put it forward: "the figures cited by", "the video circulated by".
var exhibitVerbs = []string{"cited", "circulated", "seen", "published", "released", "presented", "shown", "described",
	"reported", "produced", "quoted", "offered", "supplied", "provided"}

// exhibitNoun finds "the <noun> <participle> by <who>" in text and returns
// the noun and what follows "by"; "" when text has none. The noun is a lower-case content word, the
// determiner ("the", "those", "these", "that", "this") just before it or
// before one word more ("the turnout figures cited by"): a noun without
// one ("said troops reported by villagers") is no thing the article has
// already named. Most texts have no " by ", and none is split into words.
// Every claim is asked: " by " is found by its "y" (indexByRare), where
// strings.Index would stop at every space.
func exhibitNoun(text string) (noun, by string) {
	for at := indexByRare(text, " by ", 2); at >= 0; at = nextByRare(text, " by ", 2, at) {
		verb, rest := splitLastWord(text[:at])
		if !slices.Contains(exhibitVerbs, verb) {
			continue
		}
		n, rest := splitLastWord(rest)
		if len(n) < 4 || !isLowerWord(n) || functionWords[n] {
			continue
		}
		w, rest := splitLastWord(rest)
		if !foldIn(w, exhibitDeterminers) {
			if w, _ = splitLastWord(rest); !foldIn(w, exhibitDeterminers) {
				continue
			}
		}
		return n, text[at+len(" by "):]
	}
	return "", ""
}

// ownPronouns are the possessives by which a speaker names its own side.
var ownPronouns = []string{"her", "his", "our", "my", "its", "their"}

var exhibitDeterminers = []string{"the", "those", "these", "that", "this"}

// splitLastWord splits s, which ends in a word, into that word and what is
// before its space: "the figures cited" is "cited" and "the figures".
func splitLastWord(s string) (w, before string) {
	i := strings.LastIndexByte(s, ' ')
	if i < 0 {
		return s, ""
	}
	return s[i+1:], s[:i]
}

// agreeWords start the words by which a claim grants what it names
// rather than sets another cause, figure or meaning against it.
var agreeWords = []string{"confirm", "corroborat", "agree", "support", "consistent", "match", "bear out", "bore out", "borne out"}

// graveWords are the words (whole: "seriously exaggerated" gives another
// figure) by which a claim, after naming what another voice put forward,
// grants it and says how grave or how sound it is rather than giving it
// another cause or meaning: "were serious", "are troubling", "were
// accurate".
var graveWords = []string{"serious", "grave", "accurate", "credible", "alarming", "troubling", "disturbing", "shocking"}

// hasAnyWordPrefix reports whether a word of text starts with one of ps
// (in lower case).
func hasAnyWordPrefix(text string, ps []string) bool {
	for _, p := range ps {
		for i := strings.Index(text, p); i >= 0; i = nextIndex(text, p, i) {
			if i == 0 || text[i-1] == ' ' || text[i-1] == '"' {
				return true
			}
		}
	}
	return false
}

// accountRun adds to ids, what the denial d answers, the other claims of
// the account they belong to: the run of claims of one voice's side
// that the earliest of them ends or stands in. News prose reports a
// side's account in several sentences ("X said its radar had tracked a
// boat leaving the base", "the blast tore a hole in the hull, it said",
// "X accused Y of the attack") and then Y's word on all of it ("Y
// rejected the allegations", "Y denied any involvement"): the denial
// answers the account, not the one sentence of it that names Y. The run
// ends at another voice's claim, at a word of the denier's side and at
// anaphorWindow; what would be (a forecast, a threat) and the account's
// own denials are no part of what is denied.
func accountRun(prev []graph.Claim, d *graph.Claim, ids []string) []string {
	side := denierSide(d)
	first := -1
	for k := range prev {
		if slices.Contains(ids, prev[k].ID) {
			first = k
			break
		}
	}
	if first < 0 || prev[first].Side == "" || side == "" {
		return ids
	}
	x := &prev[first]
	stem := sideStem(side) // side's, for every claim read
	// a denial of the account ("rejected the accusation", "called the
	// report a fabrication") answers all of it; one that names its own
	// act ("denied shelling the market") answers the claims of that act
	generic := strings.HasPrefix(d.Action, "be responsible for ")
	part := func(t *graph.Claim) bool {
		// of the account, the claims that charge the denier: those
		// about its side, or about no one named in words naming it
		// ("a Kesmeti battery had fired"); its other news ("the
		// plant ran on one line", "this is an attack on our
		// sovereignty") is what the denial leaves standing
		return (sameName(t.Subject, side) || t.Subject == "" && namesStem(t.Text, stem)) &&
			(generic || t.Subject == "" || t.Kind == graph.KindAccusation || culpText(t.Text) || sharesStemText(t.Action, d.Action)) &&
			t.Kind != graph.KindDenial && t.Kind != graph.KindPrediction && t.Kind != graph.KindThreat &&
			!forecast(t.Text) && !reciprocal(t.Text)
	}
	for k := first - 1; k >= 0; k-- {
		t := &prev[k]
		if t.Evidence == nil || d.Evidence.Start-t.Evidence.Start > anaphorWindow || !sameName(t.Side, x.Side) {
			break
		}
		if part(t) {
			ids = appendID(ids, t.ID)
		}
	}
	for k := first + 1; k < len(prev); k++ {
		t := &prev[k]
		if t.Evidence == nil || !sameName(t.Side, x.Side) {
			break
		}
		if part(t) {
			ids = appendID(ids, t.ID)
		}
	}
	return ids
}

// jointTarget reports whether d answers t, the claim just before it, as
// the second half of one sentence that sets two sides' versions against
// each other: "X accused Y of shelling the depot, while Y said the blast
// was an accident", "X says Y's jets bombed the school; Y says its jets
// were grounded". The joint alone (a comma and "while", "whereas", "but"
// or "even as", or a semicolon) is the writer's sign of contrast, so d
// answers t when the two are of other sides, t is about d's side, its
// own or nobody named (not a third party: "X says Z is covering up its failings;
// the bank says payments resume Friday") and d about its own side, t's
// side or nobody; a comma and "and" joins as often as it
// contrasts, and sets d against t only when t charges d's side ("X accused
// Y of Z, and Y said …"). A sentence that joins a charge to its answer
// is a summary the body may report again, but the pair it makes is the
// article's own opposition.
// jointFirst marks the bytes a joint of jointTarget starts with.
var jointFirst = [256]bool{',': true, ';': true, ' ': true}

func jointTarget(t, d *graph.Claim, src []byte) bool {
	// most pairs fail on where they stand, before a byte of the joint is
	// read: claims of adjacent sentences are two bytes apart
	if t.Evidence == nil || d.Side == "" || t.Side == "" || t.Evidence.End >= d.Evidence.Start ||
		d.Evidence.Start-t.Evidence.End > len(", even as ") || !jointFirst[src[t.Evidence.End]] || sameName(t.Side, d.Side) {
		return false
	}
	and := false
	switch string(bytes.TrimSpace(src[t.Evidence.End:d.Evidence.Start])) {
	case ", and", "and":
		and = true
	case ";", ", while", ", whereas", ", but", "but", ", even as":
	default:
		return false
	}
	if t.Speaker == d.Speaker || t.Kind == graph.KindDenial {
		return false
	}
	if and && !sameName(t.Subject, d.Side) ||
		!and && !(t.Subject == "" || sameName(t.Subject, d.Side) || sameName(t.Subject, t.Side)) ||
		!and && !(d.Subject == "" || sameName(d.Subject, d.Side) || sameName(d.Subject, t.Side)) {
		return false
	}
	// the texts are read last: few pairs come this far
	if !and && t.Subject == "" && d.Subject == "" && hasWords(t.Text, "its") && hasWords(d.Text, "its") && !hasWords(d.Text, "its own") && !sharesStemText(d.Text, t.Text) {
		// each side tells of its own, on no common matter: "X said
		// its exports had risen, while Y said its factories had
		// added jobs" sets two pieces of news side by side; "its
		// own" is the writer's contrast ("X said rockets fly over
		// its territory; Y said every flight stays over its own land")
		return false
	}
	return !forecast(t.Text) && !forecast(d.Text) && !reciprocal(t.Text) && !grants(d.Text)
}

// grants reports whether text, the second half of a joined sentence,
// grants the first rather than sets itself against it: "…, and Y
// admitted its gunners had hit the village", "…, but Y said the truce
// had also held on its side", "…, and Y said the two had agreed to
// reopen the crossing".
func grants(text string) bool {
	for _, w := range [...]string{"also", "admitted", "admits", "acknowledged", "acknowledges", "conceded", "concedes", "agreed", "agrees", "confirmed", "confirms"} {
		if hasWords(text, w) {
			return true
		}
	}
	return false
}

// replyTargets: the charge a side's claim answers when it neither
// rejects by reference nor restates it. News prose reports a charge and
// then the accused's answer: "X said Y's patrol crossed the line" and, a
// paragraph on, "Y said the patrol never left its waters", "Y said the
// aircraft was a weather balloon" or "Y blamed X's own guns". A claim of
// side Y answers the latest accusation of another side against Y (for a
// denial, also the latest positive report about Y told as news: "X said
// Y had switched off the satellite signals over its airports" and then
// "Y's ministry said none of its units had jammed anything"), on its
// topic and within replyWindow, when it is Y's first word after it and
// is about Y, about nobody named or about the accuser, and, unless it
// denies, negates (in its polarity or its words), charges back or tells
// of the accuser ("Y said X's farms had drained the lake": its version),
// shares a content word with the charge or stands in a sentence of
// retort (replyCue): Y's next word on another
// matter ("Y said it had opened a new hospital") answers nothing. A later claim of Y
// answers it too when Y's claims between answer the same charge (or
// only claims of the accuser's: the account it answers) and it
// denies or negates ("Y rejected the charge. 'None of our units fired,'
// its spokesman said.") or speaks of what the charge says, by a content
// word of it ("Y rejected the accusation. Every pump on its bank was
// licensed, it said."); a positive one on anything else has moved on. A forecast ("Y
// would ask the commission to meet") or a word on commenting ("Y
// declined to comment") answers nothing, and a charge in d's own sentence
// is a summary's, which the body reports again.
func replyTargets(prev []graph.Claim, d *graph.Claim, doc string, cache *stemCache) []string {
	side := denierSide(d)
	if side == "" {
		return nil
	}
	start := sentenceStart(doc, d.Evidence.Start)
	denies := d.Kind == graph.KindDenial || d.Polarity == graph.Negative
	for k := len(prev) - 1; k >= 0 && prev[k].Evidence != nil && prev[k].Evidence.Start >= start; k-- {
		if len(prev[k].RespondsTo) > 0 {
			if denies && sameName(denierSide(&prev[k]), side) && !pendingMatter(d.Text) {
				// a denial's reason that denies in turn ("dismissed
				// the version and insisted the boat had never left
				// its waters") says what the denial denies: it
				// answers what the denial answers
				return slices.Clone(prev[k].RespondsTo)
			}
			return nil // the sentence's answer is that claim; d gives its reason
		}
	}
	from := d.Evidence.Start // the start of Y's answer, d or its first part
	// a denial that names its act by its verb ("denied shelling the
	// market", "denies that its units jammed anything") denies that
	// charge: it answers a report told as news only of that act, not
	// the latest news about the denier ("had reopened the crossing")
	// when the charge itself went unread; one that denies in its own
	// words ("no unit had carried out electronic warfare") or denies the
	// account ("rejected the charge") answers the latest report
	ownAct := d.Kind == graph.KindDenial && !strings.HasPrefix(d.Action, "be responsible for ") && denyVerb(d.Text)
	var arr [8]*graph.Claim
	said := arr[:0]        // Y's claims between the charge and d
	forecastFirst := false // a forecast of Y's passed over, with no answer of Y's before it yet
	passed := false        // a forecast of Y's passed over at all
	for k := len(prev) - 1; k >= 0; k-- {
		t := &prev[k]
		if t.Evidence == nil || from-t.Evidence.Start > replyWindow {
			return nil
		}
		if t.Evidence.Start < start && sameName(denierSide(t), side) {
			if len(t.RespondsTo) == 0 {
				if sameReportFact(prev, k, doc) {
					// "Y said its officers had been overwhelmed and that
					// three of them were hurt": the second fact of a
					// report that answers is part of Y's answer, not a
					// word on another matter
					continue
				}
				if !forecast(t.Text) {
					return nil // Y has spoken since, and d is no part of its answer
				}
				// what Y will do ("we will show the logs to anyone who
				// asks") answers nothing, but within Y's answer it
				// moves on to nothing else either; as Y's first word
				// after the charge it is Y's word on another matter
				forecastFirst, passed = true, true
				continue
			}
			if len(said) == len(arr) {
				return nil
			}
			forecastFirst = false // Y's answer began before the forecast
			said = append(said, t)
			from = t.Evidence.Start
			continue
		}
		if t.Kind != graph.KindAccusation && !(d.Kind == graph.KindDenial && t.Kind == graph.KindAssertion && t.Polarity == graph.Positive && (!ownAct || sharesStemText(t.Action, d.Action))) ||
			t.Evidence.Start >= start || t.Side == "" || !sameName(t.Subject, side) ||
			t.Topic != d.Topic || !otherSide(t, d, side) || reciprocal(t.Text) {
			continue
		}
		if d.Subject != "" && !strings.EqualFold(d.Subject, side) && !strings.EqualFold(d.Subject, t.Side) {
			return nil // d is about a third party
		}
		if forecastFirst {
			return nil // Y's first word after the charge was a forecast
		}
		if passed && !sharesStem(d.Text, cache.of(prev, k)) {
			return nil // past its forecast Y's answer went on to something else
		}
		for _, u := range said {
			if !slices.Contains(u.RespondsTo, t.ID) && !answersSide(prev, u, t.Side) {
				return nil
			}
		}
		// the words are looked for only now: most claims find no
		// charge, and three scans of every claim's text cost more
		if forecast(d.Text) || strings.Contains(d.Text, "comment") {
			return nil
		}
		// shared: the charge's words are known to be in d's (tested
		// once, when Y's answer goes on)
		shared := !denies && len(said) > 0
		if shared && !sharesStem(d.Text, cache.of(prev, k)) {
			return nil // Y's answer goes on, on something else
		}
		if !denies && d.Kind != graph.KindAccusation && !(sameName(d.Subject, t.Side) && harmText(d.Text)) && !shared && !sharesStem(d.Text, cache.of(prev, k)) && !negated(d.Text) && !replyCue(sentenceAround(doc, d.Evidence.Start)) {
			return nil // Y's next word on something else: "it had opened a new hospital"
		}
		return []string{t.ID}
	}
	return nil
}

// denyVerb reports whether text denies by the verb "deny".
func denyVerb(text string) bool {
	for _, w := range []string{"denied ", "denies ", "deny ", "denying "} {
		if strings.Contains(text, w) {
			return true
		}
	}
	return false
}

// answersSide reports whether every claim u answers is of side: Y's
// answer to X's account, which goes on to answer X's latest charge
// whichever of X's claims its first words were linked to.
func answersSide(prev []graph.Claim, u *graph.Claim, side string) bool {
	for _, id := range u.RespondsTo {
		k := slices.IndexFunc(prev, func(c graph.Claim) bool { return c.ID == id })
		if k < 0 || !sameName(prev[k].Side, side) {
			return false
		}
	}
	return true
}

// sharesStem reports whether text holds a content word (not capitalised)
// whose stem is among stems: an answer that neither denies nor negates
// speaks of what it answers ("the trawler had been fishing" against
// "ramming the trawler").
func sharesStem(text string, stems []uint64) bool {
	it := stemIter{s: text, noCaps: true}
	for w, ok := it.next(); ok; w, ok = it.next() {
		if slices.Contains(stems, packStem(w)) {
			return true
		}
	}
	return false
}

// harmStems are the stems (stemWord's) of the verbs of events that strike
// (eventVerbs, particleEvents), of blame and of harm to what is shared: the acts by which an
// answer telling of the accuser is its version of the charge ("Y said
// X's artillery had opened fire first", "Y blames X's pumps"), not news
// of it ("Y said X's economy had grown", "X had held elections").
var harmStems = func() (l []uint64) {
	add := func(w string) {
		if p := packStem(stemWord([]byte(w))); !slices.Contains(l, p) {
			l = append(l, p)
		}
	}
	for w := range eventVerbs {
		add(w)
	}
	for w := range particleEvents {
		add(w)
	}
	// and the harms done to what is shared, which charges name as
	// often as blows: "drained the valley", "dumped waste upstream"
	for _, w := range [...]string{"blame", "drain", "divert", "dump", "pollute", "steal", "smuggle"} {
		add(w)
	}
	slices.Sort(l) // a fixed order: the map's varies
	return l
}()

// harmText reports whether text holds a word of harmStems.
func harmText(text string) bool {
	it := stemIter{s: text, raw: true, noCaps: true}
	for w, ok := it.next(); ok; w, ok = it.next() {
		if _, found := slices.BinarySearch(harmStems, packStem(w)); found {
			return true
		}
	}
	return false
}

// replyCue reports whether sent answers something by its words: a verb
// of rejection ("dismissed that as invented", "denied that, saying it had
// approved the window first"), a report noun ("said the accusation was a
// lie", "the suggestion was baseless") or a word of retort ("insisted",
// "responds"). An assertion in such a sentence answers in words of its
// own; one in a sentence with none of them, and no content word of the
// charge, is about something else.
func replyCue(sent string) bool {
	if rejectVerbIn(sent) {
		return true
	}
	it := stemIter{s: sent, raw: true}
	for w, ok := it.next(); ok; w, ok = it.next() {
		if slices.Contains(replyCueStems, string(w)) {
			return true
		}
	}
	return false
}

// negated reports whether a claim's text holds a word of negation the
// claim's polarity may not carry ("it had received no such request").
func negated(text string) bool {
	for _, w := range [...]string{" no ", " not ", "never", "n't ", " none", "nothing"} {
		if strings.Contains(text, w) {
			return true
		}
	}
	return false
}

// replyCueStems are the stems (stemWord's) of report nouns and words of
// retort.
var replyCueStems = func() (l []string) {
	for _, w := range []string{"accusation", "allegation", "charge", "claim", "account", "version", "suggestion",
		"explanation", "remarks", "story", "lie", "nonsense", "fabrication", "fantasy", "insisted", "responds",
		"responded", "countered", "retorted"} {
		l = append(l, string(stemWord([]byte(w))))
	}
	return l
}()

// sameName is strings.EqualFold for the names of sides and subjects,
// whose forms differ in case only ("the Front", "The Front") and so never
// in length: the length, compared first, turns most pairs away at once.
func sameName(a, b string) bool { return len(a) == len(b) && strings.EqualFold(a, b) }

// forecast reports whether a claim's text says what would or will be:
// a forecast, which answers no charge and is none to answer.
//
// Every claim a search of what d answers walks is asked: each word is
// found by its "w" (indexByRare), where strings.Index stops at every
// space.
func forecast(text string) bool {
	return indexByRare(text, " would ", 1) >= 0 || indexByRare(text, " will ", 1) >= 0
}

// charged reports whether the assertion or accusation d has something to
// answer: a claim of another side against d's side within the window.
// Most have none, and this is the cheap test before their sentence is
// read.
func charged(prev []graph.Claim, d *graph.Claim) bool {
	if d.Side == "" {
		return false
	}
	for _, t := range claimsWithin(prev, d, anaphorWindow) {
		if sameName(t.Subject, d.Side) && otherSide(t, d, d.Side) {
			return true
		}
	}
	return false
}

// answeredTargets: what an assertion of a side (not read as a denial)
// answers. Two patterns of news prose:
//
//   - a rejection by reference whose verb the claim does not carry ("X
//     said the accusation was a fabrication", "Y dismissed that as
//     nonsense", "Z calls it a staged provocation") answers as an
//     anaphoric denial does, unless a claim of its sentence already
//     answers ("dismissed the claim as absurd, saying the fragments had
//     been recovered": the dismissal is the denial, its reason is not);
//   - a negated assertion ("the patrol never left our waters", "none of
//     our units fired") answers the other side's claims against its side
//     that it restates by two content words: one shared word is as often
//     the topic as the act.
//
// Either answers claims of earlier sentences only: a sentence that holds
// both ("X accuses Y of Z; Y calls it a provocation") is a headline's or
// a summary's, whose parts the body reports again.
func answeredTargets(prev []graph.Claim, d *graph.Claim, sent string, start int, cache *stemCache) (ids []string, owned bool) {
	// most assertions' sentences have no word that starts like a verb
	// of rejection, and are not split into words for anaphoricRejection
	rejects := rejectVerbIn(sent)
	if !rejects && d.Polarity != graph.Negative {
		return nil, false
	}
	// the claims of d's own sentence (from start) answer nothing of
	// d's (out is in evidence order, so they are prev's tail)
	cut := len(prev)
	for cut > 0 && prev[cut-1].Evidence != nil && prev[cut-1].Evidence.Start >= start {
		cut--
	}
	if rejects {
		if ok, owner, named, latest := anaphoricRejection(sent); ok {
			for k := cut; k < len(prev); k++ {
				if len(prev[k].RespondsTo) > 0 {
					return nil, false
				}
			}
			return rejectionTargets(prev[:cut], d, d.Side, sent, start, owner, named, latest), owner != ""
		}
	}
	if d.Polarity != graph.Negative {
		return nil, false
	}
	return restatedTargets(prev[:cut], d, d.Side, sent, cache), false
}

// rejectionTargets: the claims of prev that d, a rejection by reference
// of side in sent (which starts at start) with the owner, named and
// latest anaphoricRejection found, answers: the other side's charges
// (anaphorTargets); for a report noun that names no owner, also the
// charges "the allegations" answer beyond anaphorWindow (earlierCharges)
// and the account "that claim" points at (pointedAccount). latest is
// never set with named: it points with a pronoun.
func rejectionTargets(prev []graph.Claim, d *graph.Claim, side, sent string, start int, owner string, named, latest bool) []string {
	ids := anaphorTargets(prev, d, side, owner, named, latest)
	if named && owner == "" {
		if pluralCharge(sent) {
			ids = earlierCharges(prev, d, side, ids)
		}
		if id := pointedAccount(prev, d, side, sent, start); id != "" {
			ids = appendID(ids, id)
		}
	}
	return ids
}

// denierSide is the side a denial speaks for: its side, else the party it
// clears (a denial's subject is the one said not to have done it).
func denierSide(d *graph.Claim) string {
	if d.Side != "" {
		return d.Side
	}
	if d.Kind == graph.KindDenial {
		return d.Subject
	}
	return ""
}

// otherSide reports whether t comes from another voice than the denial d
// of side: never the denier's own side or speaker, and never another
// denial (a denial answers what was asserted). A voice of unknown side
// counts only when it names the denier's side as its subject.
func otherSide(t, d *graph.Claim, side string) bool {
	if side == "" || t.Kind == graph.KindDenial || t.Speaker == d.Speaker || t.SpeakerID == d.SpeakerID {
		return false
	}
	if t.Side == "" {
		return strings.EqualFold(t.Subject, side)
	}
	return !strings.EqualFold(t.Side, side)
}

// anaphorTargets: the other side's claims against side (its subject) in
// the preceding paragraphs. Without such a claim a pronoun's rejection
// ("denies it") links to nothing: the latest claim of another voice is as
// often a bystander's. A rejection that names a report ("denied the
// charge", "rejected the account", "dismissed that claim") says that what
// it answers was the other side's report: then, when no claim names its
// side, the other side's latest report whose subject is unresolved ("a
// Kesmeti missile battery had fired on the airliner") is that report, if
// it is reported rather than quoted (the quote that follows colours the
// charge), not negated, and not a forecast ("samples would be sent").
// With last ("denied that", "disputes that"), the pronoun points at what
// was just reported: the run of claims of one side that ends with the
// latest against side.
func anaphorTargets(prev []graph.Claim, d *graph.Claim, side, owner string, named, last bool) []string {
	if side == "" {
		return nil
	}
	var ids []string
	var latest *graph.Claim // the unresolved report a charge falls back to
	for k, t := range claimsWithin(prev, d, anaphorWindow) {
		if last && len(ids) > 0 && !strings.EqualFold(t.Side, prev[k+1].Side) {
			break // "denied that": the account just reported, of one side
		}
		// a voice of unknown side is not "the account" a side rejects,
		// and a named owner ("rejected Holloway's account") says whose
		if !otherSide(t, d, side) || reciprocal(t.Text) || t.Side == "" {
			continue
		}
		if owner != "" && !strings.Contains(strings.ToLower(t.Speaker), owner) && !strings.Contains(strings.ToLower(t.Side), owner) {
			continue
		}
		if strings.EqualFold(t.Subject, side) {
			ids = appendID(ids, t.ID)
		} else if named && latest == nil && t.Subject == "" && t.Polarity != graph.Negative && !quoted(t.Text) &&
			!forecast(t.Text) {
			latest = t
		}
	}
	if len(ids) == 0 && latest != nil {
		ids = []string{latest.ID}
	}
	return ids
}

// earlierCharges adds to ids the charges a rejection of "the
// allegations" answers beyond anaphorWindow: the other side's accusations
// against side within restateWindow, when side has not spoken since them.
// An article opens on the charge, quotes its makers for paragraphs and
// then gives the accused's word: "Y dismissed the allegations as absurd"
// answers them all, the opening one too; a word of Y's between is its
// answer to what came before it.
func earlierCharges(prev []graph.Claim, d *graph.Claim, side string, ids []string) []string {
	if side == "" {
		return ids
	}
	for k := len(prev) - 1; k >= 0; k-- {
		t := &prev[k]
		if t.Evidence == nil || d.Evidence.Start-t.Evidence.Start > restateWindow || t.Speaker == d.Speaker || sameName(denierSide(t), side) {
			break
		}
		if t.Kind == graph.KindAccusation && len(t.Subject) > len(side) && strings.HasPrefix(t.Subject, side+" ") {
			// a nearer charge against a body of the side ("accused
			// Brenn's police of torturing detainees") is the one "the
			// allegations" answer: the state's opening charge is
			// another matter
			break
		}
		if d.Evidence.Start-t.Evidence.Start > anaphorWindow && t.Kind == graph.KindAccusation && t.Side != "" &&
			sameName(t.Subject, side) && otherSide(t, d, side) && !reciprocal(t.Text) {
			ids = appendID(ids, t.ID)
		}
	}
	return ids
}

// pluralCharge reports whether sent names charges in the plural ("the
// allegations", "the accusations", "the charges").
func pluralCharge(sent string) bool {
	for _, w := range [...]string{" accusations", " allegations", " charges"} {
		if i := strings.Index(sent, w); i >= 0 {
			// "the allegations of torture" names which charges: the
			// ones just told, not the article's opening charge
			rest := sent[i+len(w):]
			for _, q := range [...]string{" of ", " about ", " over ", " that "} {
				if strings.HasPrefix(rest, q) {
					return false
				}
			}
			return true
		}
	}
	return false
}

// pointedAccount: the account a rejection points at by a demonstrative
// and a report noun in the singular ("rejected that account", "called
// this claim a smear", "dismissed that version"), or "": the latest claim
// of another voice before the rejection's sentence (which starts at
// start), whatever it is about. anaphorTargets finds the other side's
// charges against the denier, but the account just reported is as often
// told of the teller's own side ("its inspectors had found the logs
// altered") or of no one named ("a warship crossed into our waters"), and
// "that" says it is the last one. What would be (a forecast, a threat, a
// demand) is no account, and a word of the denier's side since the
// account is what "that" points past: then nothing is guessed.
func pointedAccount(prev []graph.Claim, d *graph.Claim, side, sent string, start int) string {
	if side == "" || !pointedReport(sent) {
		return ""
	}
	stem := sideStem(side) // side's, for every claim read
	for _, t := range claimsWithin(prev, d, anaphorWindow) {
		if t.Evidence.Start >= start {
			continue
		}
		if t.Speaker == d.Speaker || sameName(denierSide(t), side) {
			return ""
		}
		if !otherSide(t, d, side) || reciprocal(t.Text) || t.Kind == graph.KindPrediction || t.Kind == graph.KindThreat ||
			forecast(t.Text) || hasWords(t.Text, "demand") {
			continue
		}
		if !sameName(t.Subject, side) && !namesStem(t.Text, stem) {
			// the account's last words on something else ("two of our
			// sailors were treated for injuries"): the charge "that"
			// points at is among them, but which one is a guess
			return ""
		}
		return t.ID
	}
	return ""
}

// sideStem returns the stem by which a text names side (namesStem): the
// first word of its name, its last vowel or y dropped, so that it also
// starts the word's adjective ("Valdurn" for "a Valdurnian warship",
// "Kerem" for "Kerem snipers" of the Kerem Brigades); "" when it is
// shorter than four bytes. A side's claims are read in a loop, so the
// stem is derived once before it.
func sideStem(side string) string {
	head, _, _ := strings.Cut(strings.TrimPrefix(side, "The "), " ")
	if n := len(head); n > 4 && strings.IndexByte("aeiy", head[n-1]) >= 0 {
		head = head[:n-1]
	}
	if len(head) < 4 {
		return ""
	}
	return head
}

// namesStem reports whether text names the side whose sideStem is stem:
// the stem starts a word of text. An empty stem names none.
func namesStem(text, stem string) bool {
	if stem == "" {
		return false
	}
	for i := strings.Index(text, stem); i >= 0; i = nextIndex(text, stem, i) {
		if i == 0 || text[i-1] == ' ' || text[i-1] == '"' || text[i-1] == '(' {
			return true
		}
	}
	return false
}

// pointedReport reports whether sent rejects a report it points at with
// "that" or "this", in the singular: "rejected that account", "called this
// claim a smear", "dismissed that damning version". "The accusations" and
// "those claims" name the charges, which anaphorTargets finds.
func pointedReport(sent string) bool {
	var arr [sentenceWordCap]string
	ws := sentenceWords(&arr, sent)
	if len(ws) == len(arr) || otherSpaceIn(sent) {
		// words past the array's, or split where sentenceWords does
		// not: strings.Fields', as pointedReport always read
		ws = strings.Fields(sent)
	}
	for i := 0; i+2 < len(ws); i++ {
		// the first letter by a table before the folded comparisons,
		// as in anaphoricRejection
		if !rejectFirst[ws[i][0]] || !foldPrefixIn(ws[i], rejectVerbs) || !equalFold(ws[i+1], "that") && !equalFold(ws[i+1], "this") {
			continue
		}
		for j := i + 2; j < min(i+4, len(ws)); j++ {
			w := strings.Trim(ws[j], quoteCut)
			if foldIn(w, rejectObjects) && !complementClause(ws, i+2, j) {
				return true
			}
		}
	}
	return false
}

// complementClause reports whether "that" before ws[from] opens a
// clause rather than pointing at the report noun ws[j]: an article
// after it ("denied that the report was leaked") or a verb of its own
// after the noun ("denied that account fees would rise", "that account
// holders' money had been used").
func complementClause(ws []string, from, j int) bool {
	if equalFold(ws[from], "the") || equalFold(ws[from], "a") || equalFold(ws[from], "an") {
		return true
	}
	for k := j; k < min(j+4, len(ws)-1); k++ {
		if strings.ContainsAny(ws[k][len(ws[k])-1:], ",.;:") {
			return false
		}
		switch strings.ToLower(ws[k+1]) {
		case "as", "a", "an", "and", "by", "of", "from", "on", "in", "with":
			return false
		case "would", "will", "was", "were", "had", "has", "have", "is", "are", "could", "can", "may", "might", "should", "did", "does":
			return true
		}
	}
	return false
}

// pendingMatter reports whether a negated clause tells of a matter not
// settled yet ("had not yet decided whether to raise fuel taxes"): an
// undecided matter denies no act, so it takes no part of the
// sentence's denial.
func pendingMatter(text string) bool {
	return containsFold(text, "not yet") || containsFold(text, "whether")
}

// quoted reports whether a claim's text opens with a quotation mark.
func quoted(s string) bool {
	s = s[:min(len(s), 3)]
	return strings.Contains(s, "\"") || strings.Contains(s, "“")
}

// restatedTargets: the other side's claims within the window that
// restate the denial's sentence, by their content words. A negated assertion (d not a
// denial) restates only claims against side, by two words.
func restatedTargets(prev []graph.Claim, d *graph.Claim, side, sent string, cache *stemCache) []string {
	if side == "" {
		return nil
	}
	// the denial's stems, numbered so that a claim's matches are a bit
	// set (a word repeated is one word restated); a few words of a
	// sentence, so a list is searched rather than a map built
	// the words of the denier's own names say who, not what; most are
	// capitalised and skipped anyway
	var nw [16]uint64
	nn := 0
	for _, name := range [...]string{d.Speaker, d.Side, d.Subject} {
		it := stemIter{s: name}
		for w, ok := it.next(); ok && nn < len(nw); w, ok = it.next() {
			nw[nn] = packStem(w)
			nn++
		}
	}
	var dw [64]uint64
	n := 0
	it := stemIter{s: sent, noCaps: true}
	for w, ok := it.next(); ok && n < len(dw); w, ok = it.next() {
		if x := packStem(w); slices.Index(dw[:n], x) < 0 && slices.Index(nw[:nn], x) < 0 {
			dw[n] = x
			n++
		}
	}
	if n == 0 {
		return nil
	}
	var act uint64 // the stems of the denied action
	it = stemIter{s: d.Action}
	for w, ok := it.next(); ok; w, ok = it.next() {
		if k := slices.Index(dw[:n], packStem(w)); k >= 0 {
			act |= 1 << k
		}
	}
	asserted, window := d.Kind != graph.KindDenial, restateWindow
	var exist uint64 // the stems of the thing a negated existential denies
	if asserted {
		it = stemIter{s: existentialNoun(sent)}
		for w, ok := it.next(); ok; w, ok = it.next() {
			if k := slices.Index(dw[:n], packStem(w)); k >= 0 {
				exist |= 1 << k
			}
		}
	}
	if asserted {
		// an assertion answers what was just reported, as an anaphoric
		// rejection does: it does not name what it answers
		window = anaphorWindow
	}
	var ids []string
	stem := sideStem(side) // side's, for every claim read
	for k, t := range claimsWithin(prev, d, window) {
		// a claim of the other side whose subject is unresolved ("X calls
		// the closure a blockade") is restated only by the existential
		// denial of what it names
		if t.Polarity == d.Polarity || !otherSide(t, d, side) ||
			asserted && !strings.EqualFold(t.Subject, side) && (exist == 0 || t.Subject != "" || t.Side == "") && !unresolvedOf(t, stem) {
			continue
		}
		var shared uint64
		for _, x := range cache.of(prev, k) {
			if j := slices.Index(dw[:n], x); j >= 0 {
				shared |= 1 << j
			}
		}
		m := bits.OnesCount64(shared)
		if asserted && m < 2 && shared&exist == 0 {
			continue
		}
		// two shared content words restate the claim; one does when it
		// is a word of the denied action and the claim accuses the
		// denier's side ("denied dumping waste" / "accused it of dumping"),
		// or the thing a negated existential says is not there ("There
		// is no blockade" / "calls the closure a blockade")
		if (m >= 2 || m == 1 && shared&act != 0 && t.Kind == graph.KindAccusation && strings.EqualFold(t.Subject, side) ||
			shared&exist != 0) && !reciprocal(t.Text) {
			ids = appendID(ids, t.ID)
		}
	}
	return ids
}

// unresolvedOf reports whether t, a claim of a known side whose subject
// is unresolved, names the side whose sideStem is stem in its words ("a
// Ruritanian drone had strayed into our airspace"): a charge against
// that side all the same, which a negated assertion of the side restates
// by two content words ("the drone never left Ruritanian airspace").
func unresolvedOf(t *graph.Claim, stem string) bool {
	return t.Subject == "" && t.Side != "" && namesStem(t.Text, stem)
}

// existentialNoun returns the words of what a negated existential says
// is not there, the words after its "no" up to a function word or a
// mark ("There is no blockade." gives "blockade", "there were no weapons
// in the building" "weapons"), or "". A side that answers the other's
// word so denies the thing the other named, as "denied that" denies an
// account, whatever verb the other used of it.
func existentialNoun(sent string) string {
	// "here " finds "There" and "there" without a lower-case copy of
	// the sentence; the verb after it is lower-case in prose
	for i := strings.Index(sent, "here "); i >= 0; i = nextIndex(sent, "here ", i) {
		if i == 0 || sent[i-1] != 't' && sent[i-1] != 'T' || i > 1 && stemLow[sent[i-2]] != 0 {
			continue
		}
		rest := sent[i+len("here "):]
		for _, be := range [...]string{"is no ", "was no ", "were no ", "are no ", "has been no ", "have been no ", "had been no "} {
			if !strings.HasPrefix(rest, be) {
				continue
			}
			np := rest[len(be):]
			end := 0
			for k, w := 0, np; k < 3 && w != ""; k++ {
				j := strings.IndexAny(w, " ,.;:!?\"”)")
				word := w
				if j >= 0 {
					word = w[:j]
				}
				if word == "" || functionWords[strings.ToLower(word)] {
					break
				}
				end += len(word)
				if j < 0 || w[j] != ' ' {
					break
				}
				end++
				w = w[j+1:]
			}
			return strings.TrimSpace(np[:end])
		}
	}
	return ""
}

// nextByRare is nextIndex by indexByRare: the first occurrence of sub
// in s after offset i, found by the occurrences of its byte r, or -1.
func nextByRare(s, sub string, r, i int) int {
	j := indexByRare(s[i+1:], sub, r)
	if j < 0 {
		return -1
	}
	return i + 1 + j
}

// nextIndex is the index of sub in s after the one at i, or -1.
func nextIndex(s, sub string, i int) int {
	j := strings.Index(s[i+1:], sub)
	if j < 0 {
		return -1
	}
	return i + 1 + j
}

// stemCache holds the content stems of the claims' texts, each computed
// the first time a denial compares it and kept for the denials after: its
// slices are reused from document to document.
type stemCache struct {
	span  [][2]int32 // claim k's stems are words[span[k][0]:span[k][1]]; {-1,-1} not yet
	words []uint64
}

// reset empties c for the next document, keeping its memory unless one
// document made it large.
func (c stemCache) reset() stemCache {
	if cap(c.words) > 1<<14 || cap(c.span) > 1<<12 {
		return stemCache{}
	}
	return stemCache{span: c.span[:0], words: c.words[:0]}
}

// of returns the stems of prev[k], whose words are only stemmed: they are
// looked up among a denial's few, which hold no function word.
func (c *stemCache) of(prev []graph.Claim, k int) []uint64 {
	for len(c.span) < len(prev) {
		c.span = append(c.span, [2]int32{-1, -1})
	}
	if c.span[k][0] < 0 {
		start := len(c.words)
		it := stemIter{s: prev[k].Text, raw: true, noCaps: true}
		for w, ok := it.next(); ok; w, ok = it.next() {
			c.words = append(c.words, packStem(w))
		}
		c.span[k] = [2]int32{int32(start), int32(len(c.words))}
	}
	return c.words[c.span[k][0]:c.span[k][1]]
}

// packStem packs a stem (at most five bytes) and its length in a word.
func packStem(w []byte) uint64 {
	x := uint64(len(w)) << 40
	for i, b := range w {
		x |= uint64(b) << (8 * i)
	}
	return x
}

func appendID(ids []string, id string) []string {
	if slices.Contains(ids, id) {
		return ids
	}
	return append(ids, id)
}

// sentenceAround returns the sentence of src that holds the byte at: the
// denial's own sentence, not the ones its evidence may run into.
func sentenceAround(src string, at int) string {
	return src[sentenceStart(src, at):sentenceEnd(src, at)]
}

// sentenceEnd returns where the sentence of src that holds the byte at
// ends (sentenceAround).
func sentenceEnd(src string, at int) int {
	e := at
	for ; e < len(src); e++ {
		// one table load per byte, the tests only at the four bytes
		// that may end the sentence: the four compares per byte they
		// replace cost 0.1 M of BenchmarkExtract's 109.6 M instructions
		if c := src[e]; sentenceEnds[c] && (c == '\n' || e+1 == len(src) || src[e+1] == ' ' || src[e+1] == '\n' || src[e+1] == '"') {
			break
		}
	}
	return e
}

// sentenceStart returns where the sentence of src that holds the byte at
// starts: after a line break or a sentence's end and its space.
func sentenceStart(src string, at int) int {
	s := at
	for s > 0 && !(src[s-1] == '\n' || (src[s-1] == ' ' && s >= 2 && (src[s-2] == '.' || src[s-2] == '?' || src[s-2] == '!'))) {
		s--
	}
	return s
}

// sentenceEnds marks the bytes at which sentenceAround's sentence may
// end: a line break, or a full stop, question or exclamation mark before
// a space, a line break, a quotation mark or the end.
var sentenceEnds = [256]bool{'\n': true, '.': true, '?': true, '!': true}

// rejectVerbs, rejectObjects and rejectDeterminers make an anaphoric
// rejection: a verb of rejection whose object points back at what was
// just reported. Words are compared folded, so none is built lowered.
var (
	rejectVerbs       = []string{"reject", "dismiss", "disput", "deni", "deny", "call", "brand", "refut"}                               // [5:7] name as well as reject
	rejectObjects     = []string{"accusation", "charge", "allegation", "account", "claim", "version", "report", "assertion", "finding"} // [:3] name a charge
	rejectDeterminers = []string{"the", "that", "this", "these", "those", "such", "his", "her", "its", "their"}
	// partNouns name a party's part in what it was charged with,
	// which a denial rejects by reference ("denied any role"); after a
	// determiner of partDeterminers or none
	partNouns       = []string{"role", "involvement", "responsibility", "wrongdoing"}
	partDeterminers = []string{"any", "all", "its", "their", "his", "her"}
)

const quoteCut = ".,;:\"'“”‘’"

// anaphoricRejection reports whether sent rejects something by reference
// ("rejected the account", "denies it", "calls that claim", "dismissed
// Ardent's accusations") rather than by a clause of its own, the owner it
// names ("ardent"), if any, and whether it names what it rejects by a
// report noun ("the account", "that claim", "the charge"), not a pronoun.
func anaphoricRejection(sent string) (ok bool, owner string, named, latest bool) {
	// the words, as substrings of sent in an array on the stack; the
	// first len(arr) only
	var arr [sentenceWordCap]string
	ws := sentenceWords(&arr, sent)
	word := func(k int) string {
		if k >= len(ws) {
			return ""
		}
		return strings.Trim(ws[k], quoteCut)
	}
	for i, w := range ws {
		// every verb of rejectVerbs starts with r, d, c or b (and folds
		// to them only from their capitals): most words fail here, not
		// after eight folded comparisons
		if !rejectFirst[w[0]] || !foldPrefixIn(w, rejectVerbs) {
			continue
		}
		if i > 0 && (foldIn(word(i-1), negatedRejection) || strings.HasSuffix(word(i-1), "n't")) {
			// "nobody disputes that", "we cannot deny that", "did not
			// deny receiving any such letters": a rejection negated
			// grants what was said
			continue
		}
		o := word(i + 1)
		pointed := equalFold(o, "that") && isRejectObject(word(i+2))
		if foldPrefixIn(w, rejectVerbs[5:7]) {
			// "called it 'grotesque'", "calls that claim invented":
			// only with a pronoun or a pointed noun, never "called for"
			if equalFold(o, "it") || pointed {
				return true, "", pointed, false
			}
			// "called the accusation 'absurd'", "branded the ramming
			// allegations a smear": a determiner and a charge, never
			// "called the police"
			if foldIn(o, rejectDeterminers) && (isCharge(word(i+2)) || isCharge(word(i+3))) {
				return true, "", true, false
			}
			continue
		}
		if len(o) > 4 && strings.HasSuffix(o, "ing") && foldIn(word(i+2), []string{"any", "no"}) && equalFold(word(i+3), "such") {
			// "denied receiving any such letters": "such" points back
			// at what was just reported, as "that" does
			return true, "", false, true
		}
		if equalFold(o, "that") && clauseEnds(ws, i+1) {
			// "denied that." and "disputed that, saying …": a "that"
			// the clause ends on is a pronoun, not the start of a
			// clause of its own, and points at the last thing said
			return true, "", false, true
		}
		if equalFold(o, "it") || equalFold(o, "this") || pointed {
			return true, "", pointed, false
		}
		if foldIn(o, partNouns) && partEnds(ws, i+1) || foldIn(o, partDeterminers) && foldIn(word(i+2), partNouns) && partEnds(ws, i+2) {
			// "denied any role", "rejects all responsibility", "denies
			// involvement": the side denies the part the other side's
			// charge gave it, which is that charge
			return true, "", true, false
		}
		owner = ""
		if strings.HasSuffix(o, "'s") || strings.HasSuffix(o, "’s") {
			// "rejected Holloway's accusation" says whose claim it was
			owner = strings.ToLower(trimPossessive(o))
		}
		if owner != "" || foldIn(o, rejectDeterminers) {
			// the noun may follow an adjective: "the ramming accusation"
			if isRejectObject(word(i+2)) || isRejectObject(word(i+3)) {
				return true, owner, true, false
			}
		}
	}
	return false, "", false, false
}

// sentenceWordCap is how many words of a sentence sentenceWords splits
// into an array on the stack.
const sentenceWordCap = 128

// sentenceWords splits sent at spaces, line breaks and tabs into arr's
// words, substrings of sent, up to len(arr) of them. They are
// strings.Fields(sent) unless arr filled or otherSpaceIn(sent).
func sentenceWords(arr *[sentenceWordCap]string, sent string) []string {
	ws := arr[:0]
	for i := 0; i < len(sent) && len(ws) < len(arr); {
		for i < len(sent) && (sent[i] == ' ' || sent[i] == '\n' || sent[i] == '\t') {
			i++
		}
		j := i
		for i < len(sent) && sent[i] != ' ' && sent[i] != '\n' && sent[i] != '\t' {
			i++
		}
		if i > j {
			ws = append(ws, sent[j:i])
		}
	}
	return ws
}

// otherSpaceIn reports whether s holds a space strings.Fields splits at
// and sentenceWords does not: a carriage return, a vertical tab, a form
// feed or a Unicode space.
func otherSpaceIn(s string) bool {
	for i := 0; i < len(s); i++ {
		if otherSpaceFirst[s[i]] {
			if r, _ := utf8.DecodeRuneInString(s[i:]); unicode.IsSpace(r) {
				return true
			}
		}
	}
	return false
}

// otherSpaceFirst marks the bytes a space other than sentenceWords'
// starts with: a carriage return, a vertical tab, a form feed, and the
// first bytes of the Unicode spaces (U+0085, U+00A0, U+1680, U+2000 to
// U+200A, U+2028, U+2029, U+202F, U+205F, U+3000) that
// TestOtherSpaceFirst checks.
var otherSpaceFirst = [256]bool{'\r': true, '\v': true, '\f': true, 0xc2: true, 0xe1: true, 0xe2: true, 0xe3: true}

// clauseEnds reports whether the word ws[p] ends its clause: the
// sentence's last word, or one a stop or comma follows.
func clauseEnds(ws []string, p int) bool {
	w := strings.TrimRight(ws[p], "\"'”’")
	return p == len(ws)-1 || w != "" && strings.ContainsAny(w[len(w)-1:], ".,;:")
}

// partEnds reports whether the part noun ws[p] ends the denial's
// object: the sentence or clause ends there, or a preposition puts the
// part in the charge with no verb after it ("denied any role in the
// blast"). A verb after it makes the noun a clause's subject: "denied
// his role in the talks had ended" denies no part in the charge.
func partEnds(ws []string, p int) bool {
	if p >= len(ws)-1 || strings.ContainsAny(ws[p][len(ws[p])-1:], ".,;:") {
		return true
	}
	next := strings.Trim(ws[p+1], quoteCut)
	if foldIn(next, []string{"and", "but"}) {
		return true
	}
	if !foldIn(next, partPreps) {
		return false
	}
	for _, w := range ws[p+2:] {
		b := strings.Trim(w, quoteCut)
		if foldIn(b, partVerbs) || len(b) > 4 && strings.HasSuffix(b, "ed") {
			return false
		}
		if strings.ContainsAny(w[len(w)-1:], ".,;:") {
			break
		}
	}
	return true
}

// partPreps put a party's part in what it was charged with ("any role
// in the blast"); partVerbs are the auxiliaries a clause after a part
// noun turns on ("his role … had ended").
var (
	partPreps = []string{"in", "for", "over", "of", "on"}
	partVerbs = []string{"had", "has", "have", "was", "were", "is", "are", "would", "will", "could", "should", "did", "does", "been", "might", "may", "can"}
)

// rejectVerbIn reports whether a word of s starts with one of
// rejectVerbs: one pass over s, where a test of each verb was eight.
func rejectVerbIn(s string) bool {
	for i := 0; i+4 <= len(s); i++ {
		// the verbs' first letters by a table, one load where four
		// compares were
		if rejectFirst[s[i]] && (i == 0 || s[i-1] == ' ') && foldPrefixIn(s[i:], rejectVerbs) {
			return true
		}
	}
	return false
}

// rejectFirst marks the first letters of rejectVerbs in either case
// (TestRejectFirstHoldsRejectVerbs): a sentence may open on the verb
// ("Dismissing the claim, the ministry said …"), as anaphoricRejection,
// which folds the letter, reads it.
var rejectFirst = [256]bool{'r': true, 'd': true, 'c': true, 'b': true, 'R': true, 'D': true, 'C': true, 'B': true}

// isCharge reports whether the report w names is a charge, singular or
// plural.
func isCharge(w string) bool {
	return foldIn(singularFold(w), rejectObjects[:3])
}

// isRejectObject reports whether w names a report: one of rejectObjects,
// singular or plural.
func isRejectObject(w string) bool {
	return foldIn(singularFold(w), rejectObjects)
}

// singularFold drops a plural's final s (either case): the report nouns
// of rejectObjects make their plurals so.
func singularFold(w string) string {
	if len(w) > 1 && (w[len(w)-1] == 's' || w[len(w)-1] == 'S') {
		return w[:len(w)-1]
	}
	return w
}

// foldIn reports whether w is one of the lower-case words of list,
// ignoring ASCII case.
// negatedRejection are the words before a rejection verb that negate
// it: "not", "never", "nobody", "no one", "nor", "cannot".
var negatedRejection = []string{"not", "never", "nobody", "one", "nor", "cannot"}

func foldIn(w string, list []string) bool {
	return slices.ContainsFunc(list, func(x string) bool { return equalFold(w, x) })
}

// foldPrefixIn reports whether w starts with one of the lower-case
// prefixes of ps, ignoring ASCII case.
func foldPrefixIn(w string, ps []string) bool {
	return slices.ContainsFunc(ps, func(p string) bool { return hasPrefixFold(w, p) })
}

// stemIter yields the crude stem of each content word of s, lowered in
// its own buffer rather than allocated, since every claim before a denial
// is read this way; a stem is valid until the next call.
type stemIter struct {
	s   string
	i   int
	raw bool // function words are not skipped
	// capitalised words are skipped: they are names, and a shared name
	// says who, not what
	noCaps bool
	buf    [64]byte
}

func (it *stemIter) next() ([]byte, bool) {
	s := it.s
	for it.i < len(s) {
		// stemLow is a word byte's lower-case form (0 for the bytes that
		// separate words): one table load per byte where three range
		// tests and a fold were; every claim before a denial is read
		for it.i < len(s) && stemLow[s[it.i]] == 0 {
			it.i++
		}
		if it.noCaps && it.i < len(s) && 'A' <= s[it.i] && s[it.i] <= 'Z' {
			for it.i < len(s) && stemLow[s[it.i]] != 0 {
				it.i++
			}
			continue
		}
		n := 0
		for ; it.i < len(s); it.i++ {
			c := stemLow[s[it.i]]
			if c == 0 {
				break
			}
			if n < len(it.buf) {
				it.buf[n] = c
				n++
			}
		}
		if n < 3 || !it.raw && functionWordsF.mayBytes(it.buf[:n]) && functionWords[string(it.buf[:n])] {
			continue
		}
		if w := stemWord(it.buf[:n]); len(w) >= 3 && (it.raw || !(functionWordsF.mayBytes(w) && functionWords[string(w)])) {
			return w, true
		}
	}
	return nil, false
}

// stemLow maps the bytes of a stem's word (ASCII letters and the hyphen)
// to their lower-case form, and every other byte to 0.
var stemLow = func() (t [256]byte) {
	for c := 'a'; c <= 'z'; c++ {
		t[c], t[c-'a'+'A'] = byte(c), byte(c)
	}
	t['-'] = '-'
	return t
}()

// stemWord folds the inflections that tell a report from its denial
// ("fired"/"fire", "ramming"/"ram") and cuts to five letters. The first
// of the suffixes "ing", "ed", "es", "s", "e" that w ends with, leaving
// more than two letters, is cut: a switch on the last letter rather than
// five comparisons (TestStemWord holds it to that list).
func stemWord(w []byte) []byte {
	if n := len(w); n > 3 {
		switch w[n-1] {
		case 'g':
			if n > 5 && w[n-2] == 'n' && w[n-3] == 'i' {
				w = w[:n-3]
			}
		case 'd':
			if n > 4 && w[n-2] == 'e' {
				w = w[:n-2]
			}
		case 's':
			if n > 4 && w[n-2] == 'e' {
				w = w[:n-2]
			} else {
				w = w[:n-1]
			}
		case 'e':
			w = w[:n-1]
		}
	}
	if n := len(w); n >= 4 && w[n-1] == w[n-2] && w[n-1] != 'l' && w[n-1] != 's' {
		w = w[:n-1]
	}
	if len(w) > 5 {
		w = w[:5]
	}
	return w
}

// functionWords carry no content a denial could restate; the verbs of
// saying and denying are among them.
var functionWords = map[string]bool{}

func init() {
	for _, w := range strings.Fields(`the and not was were had has have been being its his her our their any one all
	who did does but for are yet two new nor with from that this these those than then there they them what when where
	which while will would could should shall may might must can into onto over under about after before against
	between also just only very more most much many some such own same other others each every both either neither
	none nobody anyone anything nothing never ever said says say saying told tell tells denied denies deny denial
	rejected rejects reject dismissed dismisses dismiss disputed disputes dispute called calls call claim claims
	claimed accusation accusations accused accuses accuse account charge charges allegation allegations statement
	spokesman spokeswoman spokesperson minister ministry government official officials president company agency
	added adding insisted insists true false untrue lie lies because since still even though although however
	him she he it we us you your out off per via upon whose whom how why here today yesterday tuesday monday
	wednesday thursday friday saturday sunday week weeks month months year years day days time times last first
	made make makes making took take takes taken gave give given got get gets going went come came done`) {
		functionWords[w] = true
	}
}

// reciprocal reports whether s reports the sides blaming each other: a
// summary the mutual-accusation rule already pairs, not a claim a denial
// answers.
func reciprocal(s string) bool {
	// the phrases come mid-sentence, in lower case; the three of
	// mutual reference all hold "other", which most texts lack: one
	// search where three failed (a target's text is asked once for
	// each denial it might answer)
	if strings.Contains(s, "other") {
		if strings.Contains(s, "each other") || strings.Contains(s, "one another") || strings.Contains(s, "the other") {
			return true
		}
	}
	return strings.Contains(s, "traded")
}

// counterCharges files as accusations the assertions that charge back:
// a side's claim about the party that accused it, of the same event, that
// answers that party's charge (linkResponses linked it) — "Y said X's own
// missile had hit the substation" after "X accused Y of shelling it".
// News reports a counter-charge in the words of an account, not a verb of
// blame, and read as an assertion it makes no mutual accusation. A claim
// about the accuser that answers no charge of it (a side's news about the
// other) stays an assertion, and so does one that reports the charge
// ("they accuse us of rigging the vote"). ids recomputes the ids of the claims it
// changes (a claim's kind is part of its id), and the links of later
// claims to them.
func counterCharges(out []graph.Claim, src []byte, ids *graph.ClaimIDs) {
	doc := "" // src as a string, made once when first needed
	for i := 1; i < len(out); i++ {
		c := &out[i]
		if len(c.RespondsTo) == 0 || c.Kind != graph.KindAssertion || c.Polarity != graph.Positive || c.Side == "" || c.Subject == "" ||
			sameName(c.Side, c.Subject) || blamedUs(c.Text) {
			continue
		}
		if dismissiveText(c.Text) {
			// "Y called X's account a lie" answers the account and
			// charges X with nothing new: a denial in all but its verb
			if len(doc) != len(src) {
				doc = string(src)
			}
			if _, ok := dismissedReport(sentenceAround(doc, c.Evidence.Start)); ok {
				continue
			}
		}
		a := chargeAnswered(out[:i], c)
		// an answer that tells of the accuser charges it back when it
		// speaks of the charge's matter or retorts; "Y said X had found
		// itself isolated" is a remark, not a charge
		if a == nil || undergoes(c.Action) {
			continue
		}
		if !sharesStemText(c.Text, a.Text) {
			if len(doc) != len(src) {
				doc = string(src)
			}
			if !replyCue(sentenceAround(doc, c.Evidence.Start)) {
				continue
			}
		}
		old := c.ID
		c.Kind = graph.KindAccusation
		c.ID = ids.IDNormal(c)
		relinkID(out[i+1:], old, c.ID)
	}
}

// relinkID points the responds_to links of claims from old, a claim's
// id before it changed, to its new id.
func relinkID(claims []graph.Claim, old, id string) {
	for j := range claims {
		for r, t := range claims[j].RespondsTo {
			if t == old {
				claims[j].RespondsTo[r] = id
			}
		}
	}
}

// undergoes reports whether action is one its subject undergoes, grants
// or does for the other side rather than does to it: "X had suffered
// heavy losses", "X had agreed to send engineers", "X had received the
// aid": news of the accuser, no charge back.
func undergoes(action string) bool {
	v, _, _ := strings.Cut(action, " ")
	switch v {
	case "agree", "suffer", "evacuate", "tell", "invit", "welcome", "receive", "lose", "thank", "help":
		return true
	}
	return false
}

// blamedUs reports whether text says its side is blamed ("They accuse us
// of rigging the vote", "they are blaming us"): a report of the charge
// it answers, which charges nobody anew.
func blamedUs(text string) bool {
	for _, v := range [...]string{"accuse us", "accuses us", "accused us", "accusing us", "blame us", "blames us", "blamed us", "blaming us"} {
		if strings.Contains(text, v) {
			return true
		}
	}
	return false
}

// chargeAnswered returns the accusation that c's subject made against
// c's side on c's topic and that c answers, or nil.
func chargeAnswered(prev []graph.Claim, c *graph.Claim) *graph.Claim {
	for k := len(prev) - 1; k >= 0; k-- {
		a := &prev[k]
		if a.Kind == graph.KindAccusation && sameName(a.Side, c.Subject) && sameName(a.Subject, c.Side) && a.Topic == c.Topic &&
			slices.Contains(c.RespondsTo, a.ID) {
			return a
		}
	}
	return nil
}

// sharesStemText reports whether text holds a content word (not
// capitalised) whose stem is one of other's.
func sharesStemText(text, other string) bool {
	var arr [64]uint64
	stems := arr[:0]
	it := stemIter{s: other, raw: true, noCaps: true}
	for w, ok := it.next(); ok && len(stems) < len(arr); w, ok = it.next() {
		stems = append(stems, packStem(w))
	}
	return sharesStem(text, stems)
}

// culpText reports whether text holds a word of a charge (a harm, a wrong
// done on purpose, a failure), in any form of its verb: "had reason to
// stage it", not "had reopened the crossing".
func culpText(text string) bool {
	for w := range strings.FieldsFuncSeq(strings.ToLower(text), func(r rune) bool { return r < 'a' || r > 'z' }) {
		if lexicon[w]&(fCulp|fWilful|fFail) != 0 || len(w) > 3 && lexicon[pastOf(w)]&(fCulp|fWilful) != 0 {
			return true
		}
	}
	return false
}

// claimByID returns the claim of cs whose id is id, or nil.
func claimByID(cs []graph.Claim, id string) *graph.Claim {
	for k := range cs {
		if cs[k].ID == id {
			return &cs[k]
		}
	}
	return nil
}

// answeredLabels files a side's counter-charge under the label of the
// charge it answers. News names one incident in the words of each side:
// X accuses Y of the massacre, Y denies it and says X's own artillery
// shelled the village, and the counter-charge, read on its own words,
// gets a label of its own ("village shelling") where both charges are
// about the one event the article reports. A counter-charge is an
// accusation by a side against the party that accused it, under a label
// no other claim of the article carries, from a side that also denied
// the charge against it under that party's label: then it takes the
// label the party's charges carry most. A charge under a label other
// claims share (a second incident the article reports), one of a side
// that charged its accuser back under the event's label already (a
// second matter it raises: "in turn blames X for the shelling of border
// towns"), one of a side that denied nothing (news of a dispute of its
// own), one filed under an earlier dispute (earlier, the indices of out
// finish gave their own label), and an incident under an issue's label
// (incidentOnly) keep theirs. ids recomputes the ids of the claims it changes (a
// topic is part of an id), and the links of other claims to them.
func answeredLabels(out []graph.Claim, earlier []int, ids *graph.ClaimIDs) {
	var count map[string]int // claims a label, made when a side accuses its accuser
	for i := range out {
		c := &out[i]
		if c.Kind != graph.KindAccusation || c.Side == "" || c.Subject == "" || slices.Contains(earlier, i) {
			continue
		}
		if count == nil {
			count = map[string]int{}
			for k := range out {
				count[out[k].Topic]++
			}
		}
		if count[c.Topic] != 1 {
			continue
		}
		label := chargeLabel(out, c.Subject, c.Side)
		if label == "" || label == c.Topic || incidentOnly(c.Topic, label) || !deniedUnder(out, c.Side, label) || chargedUnder(out, c.Side, c.Subject, label) {
			continue
		}
		old, own := c.ID, c.Topic
		c.Topic = label
		c.ID = ids.IDNormal(c)
		if dupClaim(out[:i], c) || dupAfter(out[i+1:], c) {
			c.Topic, c.ID = own, old
			continue
		}
		count[own]--
		count[label]++
		relinkID(out, old, c.ID)
	}
}

// chargeLabel returns the label most of from's accusations against
// against carry (the first of equals), or "".
func chargeLabel(out []graph.Claim, from, against string) string {
	var charges []*graph.Claim
	count := map[string]int{}
	for k := range out {
		if a := &out[k]; a.Kind == graph.KindAccusation && sameName(a.Side, from) && sameName(a.Subject, against) {
			charges = append(charges, a)
			count[a.Topic]++
		}
	}
	best, n := "", 0
	for _, a := range charges {
		if count[a.Topic] > n {
			best, n = a.Topic, count[a.Topic]
		}
	}
	return best
}

// deniedUnder reports whether side denied a charge under label.
func deniedUnder(out []graph.Claim, side, label string) bool {
	for k := range out {
		if c := &out[k]; c.Kind == graph.KindDenial && c.Topic == label && sameName(c.Side, side) {
			return true
		}
	}
	return false
}

// chargedUnder reports whether from accused against under label: a side
// that charged its accuser back under the event's label already and
// charges it under another label of its own speaks of another matter.
func chargedUnder(out []graph.Claim, from, against, label string) bool {
	for k := range out {
		if a := &out[k]; a.Kind == graph.KindAccusation && a.Topic == label && sameName(a.Side, from) && sameName(a.Subject, against) {
			return true
		}
	}
	return false
}

// incidentOnly reports whether own, a charge's label, names an incident
// ("plant shelling") and label, the accuser's, names none, neither an
// event, a wrong nor an act ("nuclear plant safety"): the article's label
// is then an issue the incident belongs to, and the charge keeps its own.
func incidentOnly(own, label string) bool {
	own, label = strings.ToLower(own), strings.ToLower(label)
	if !inducedEvent(own) || inducedEvent(label) || culpText(label) {
		return false
	}
	head := label[strings.LastIndexByte(label, ' ')+1:]
	for _, n := range mutualActNouns {
		if head == n {
			return false // "reliquary theft"
		}
	}
	return true
}

// sameReportFact reports whether prev[k], which answers nothing, is one fact
// of a report whose other fact, told as a claim of its own next to it,
// answers a charge ("Y said its officers had been overwhelmed and that
// three of them were hurt"): the same speaker's claims in one sentence.
// Y's answer is the report, both its facts.
func sameReportFact(prev []graph.Claim, k int, doc string) bool {
	t := &prev[k]
	for _, j := range [2]int{k - 1, k + 1} {
		if j < 0 || j >= len(prev) {
			continue
		}
		f := &prev[j]
		if f.Evidence == nil || len(f.RespondsTo) == 0 || f.Speaker != t.Speaker {
			continue
		}
		if sentenceStart(doc, f.Evidence.Start) == sentenceStart(doc, t.Evidence.Start) {
			return true
		}
	}
	return false
}
