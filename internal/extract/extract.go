// Package extract turns news articles into claims: who said what about
// whom, with byte-offset evidence into the file as stored.
//
// The pipeline is deterministic, pure Go and runs without models or
// network. Its stages each live in their own file:
//
//   - clean (clean.go, boiler.go): strip markup while keeping a map back to
//     the original bytes, cut paragraphs, drop ads, donation appeals,
//     "Read more" lines, headings, related-link headlines and captions;
//   - segment (token.go, segment.go): tokens and sentences, aware of
//     abbreviations, initials and quotations spanning sentences;
//   - attribute (attribute.go, clause.go, patterns.go, speaker.go): direct
//     quotes, reported speech, "according to", reported and mutual
//     accusations, and speaker resolution (titles, later surname mentions,
//     pronouns, "the president", capitals and institutions standing for
//     governments);
//   - interpret (interpret.go): kind, subject, normalised action, topic and
//     polarity of each claim from cue lists;
//   - core events (core.go): a claim that blames someone for its topic's
//     core event, or denies it, takes the topic's canonical action
//     (taxonomy.Core), so an accusation and its denial share a
//     proposition key and the contradiction rules can pair them.
//
// lexicon.go holds the word lists every stage reads, mention.go finds the
// taxonomy's actors and topics in token streams, and eval.go scores the
// output against hand-labelled gold files.
//
// Everything is rules over word lists, so the output is deterministic and
// explainable; no stage backtracks, so time is linear in the input, and
// per-document limits (paragraph windows, sentence length, claim count)
// bound memory on hostile input.
package extract

import (
	"bytes"
	"context"
	"encoding/binary"
	"fmt"
	"math/bits"
	"slices"
	"sort"
	"strings"
	"unicode/utf8"

	"github.com/contra-project/contra/graph"
	"github.com/contra-project/contra/internal/taxonomy"
)

// Article is one input document.
type Article struct {
	Name   string // file name, used for the document id when there is no URL or text
	Text   []byte // the file's bytes, as stored
	Format Format
	// Meta carries URL, Outlet, Title and Published (from NAME.meta.json,
	// read by the loader). ID and Name are ignored: Extract sets them.
	Meta graph.Document
}

// Result is what Extract found in one article. Claims and Speakers are
// empty, not nil, for an article that was read and said nothing
// attributable, and nil for one refused with a warning (empty, binary,
// not UTF-8, not English), whatever the extractor read before.
type Result struct {
	Document graph.Document
	Speakers []graph.Speaker
	Claims   []graph.Claim
	Warnings []string // conditions worth telling the user: empty, binary, not English, …
	// SideFrom names, by speaker id, the speakers whose side came from
	// what earlier loads established (WithSides), as SideFromLookup, or
	// from the article's dispute frame, as SideFromFrame; a side no
	// entry explains came from the claim's own sentence. Nil when none
	// did (most documents: no map is made for them).
	SideFrom map[string]string
}

// SideFromLookup marks in Result.SideFrom a side taken from the lookup.
const SideFromLookup = "lookup"

// SideFromFrame marks in Result.SideFrom a side the article's dispute
// frame gave (dispute.go): its sentence named the party by a form the
// actor rules did not know, or by the other party's name.
const SideFromFrame = "frame"

// SideLookup returns the side earlier loads established for a speaker
// named name, if any. It must be safe for concurrent use and must not
// depend on the order articles are extracted in (a snapshot, not a
// running record), so that extraction stays deterministic.
type SideLookup func(name string) (side string, ok bool)

// Extractor extracts claims. It is immutable and safe for concurrent use.
type Extractor struct {
	tax   *taxonomy.Taxonomy
	idx   phraseIndex
	voc   *vocab
	cores map[string]*taxonomy.Core // core events by canonical topic
	// govs is the government speaker name of each canonical actor
	// (docState.government), worked out once: a claim made by a state
	// asks for it, and taxonomy.Government re-keys the name every time
	govs map[string]string
	// topicWord maps the first word of a configured topic's name to the
	// topic, and topicAlias its lower-case names and aliases (both
	// numbers), for naming event phrases (topics.go)
	topicWord, topicAlias map[string]string
	// weak holds each configured topic's name marked weakTopic, built
	// once: claimTopics marks most of the topics it finds, one string
	// allocation per claim and topic otherwise
	weak map[string]string
	// referred holds each configured topic's name marked referTopic,
	// built once as weak is
	referred map[string]string
	// commentOn holds "comment on " and each configured topic's name,
	// the action of most claims that name no act (action.render)
	commentOn map[string]string
	sides     SideLookup // nil: no memory of earlier loads
}

// WithSides returns a copy of x that gives a named person the article
// ties to no side the side lookup knows for them ("Ivo Marek said",
// where earlier articles called him the Freedonian defence minister).
func (x *Extractor) WithSides(lookup SideLookup) *Extractor {
	y := *x
	y.sides = lookup
	return &y
}

// New returns an Extractor resolving actors and topics with tax
// (taxonomy.Default() when nil).
func New(tax *taxonomy.Taxonomy) *Extractor {
	if tax == nil {
		tax = taxonomy.Default()
	}
	idx := buildIndex(tax)
	var names []string
	alias, weak, referred, commentOn := map[string]string{}, map[string]string{}, map[string]string{}, map[string]string{}
	for _, t := range tax.Topics() {
		names = append(names, t.Name)
		weak[t.Name] = weakTopic + t.Name
		referred[t.Name] = referTopic + t.Name
		commentOn[t.Name] = "comment on " + t.Name
		for _, a := range append([]string{t.Name}, t.Aliases...) {
			for _, v := range []string{a, pluralVariant(a)} {
				if k := strings.ToLower(v); alias[k] == "" {
					alias[k] = t.Name
				}
			}
		}
	}
	return &Extractor{tax: tax, idx: idx, voc: buildVocab(idx), cores: coreEvents(tax), govs: governments(tax),
		topicWord: topicNameWords(names), topicAlias: alias, weak: weak, referred: referred, commentOn: commentOn}
}

// Limits that keep time and memory bounded on hostile input.
const (
	maxParaBytes  = 64 << 10 // longer paragraphs are cut into windows of this size
	maxSentTokens = 400      // longer "sentences" are not attributed (no punctuation: not prose)
	maxClaims     = 20000    // claims kept per document; beyond this the input is not an article
)

// Extract reads one article. It returns an error only when ctx ends;
// unusable input (empty, binary, not UTF-8, not English) yields a Result
// with a warning and no claims. Every claim passes graph.Claim.Validate,
// and its Evidence slices the original bytes: a.Text[Start:End] == Text.
func (x *Extractor) Extract(ctx context.Context, a Article) (Result, error) {
	if err := ctx.Err(); err != nil {
		return Result{}, fmt.Errorf("extract %s: %w", a.Name, err)
	}
	doc, dateErr := x.document(a)
	res := Result{Document: doc}
	warn := func(format string, args ...any) {
		res.Warnings = append(res.Warnings, fmt.Sprintf(format, args...))
	}
	if dateErr != nil {
		warn("published date ignored: %v", dateErr)
	}
	src := a.Text
	if len(bytes.TrimSpace(src)) == 0 {
		warn("empty article: no claims")
		return res, nil
	}
	if isBinary(src) {
		warn("binary content (NUL or control bytes): no claims")
		return res, nil
	}
	invalid := false
	if bad := invalidUTF8(src); bad > 0 {
		invalid = true
		if bad*20 > len(src) {
			warn("not UTF-8 text (%d invalid bytes): no claims", bad)
			return res, nil
		}
		warn("%d invalid UTF-8 bytes ignored", bad)
	}
	d := newDocState(x, res.Document.Published)
	defer d.release()
	d.srcValid = !invalid
	c := d.clean(src, a.Format)
	title := a.Meta.Title
	if strings.TrimSpace(title) == "" {
		// an article loaded without its .meta.json: the headline the
		// cleaner found at its top is the title, as the desk wrote it
		title = c.headline()
	}
	d.scanStates(title, d.str)
	d.outlet = doc.Outlet
	d.title(title)
	d.titleSeq = d.seq // the topics counted so far are the headline's (mainEvent)
	d.noteTitleHeads(title, c)
	head := true // no heading with lower-case words read yet
	titleLine := strings.TrimSpace(title)
	titled := titleLine == ""
	block := -1 // the claimant line factBlock has read
	for pi, p := range c.paras {
		if pi == block {
			continue
		}
		if !titled && p.kind == paraProse && p.end-p.start >= len(titleLine) && p.end-p.start <= len(titleLine)+8 && isTitleLine(c.text[p.start:p.end], titleLine) {
			// the page's own headline, set as prose because a line of the
			// masthead above it ("Subscribe from 1 a month. Cancel
			// anytime.") ended on a full stop: the desk's words, a
			// heading, however its sentence reads
			titled = true
			p.kind = paraHeading
		}
		if p.kind != paraProse {
			b := c.text[p.start:p.end]
			if p.kind == paraHeading && entryStamp(b) {
				d.newEntry()
			}
			if d.paraN <= 1 && d.home == "" {
				d.headDateline(p.start, p.end)
			}
			if p.kind != paraHeading || !head || lowerCount(b) == 0 {
				continue
			}
			head = false
			if !semiHeadline(b) {
				continue
			}
			// a headline in sentence case that ends on a semicolon
			// above its subhead ("Oster says mine will close; ") is read
			// as the same headline ending on a full stop is
		}
		head = false
		if n := claimLabel(c.text[p.start:p.end]); n > 0 && pi+1 < len(c.paras) {
			// the claimant line is read whatever kind its line was given:
			// a name and an aside with no full stop ("Claimed by: X's
			// foreign ministry, in a statement on 2 June") may have been
			// taken for a heading, but the label says what it is
			if q := c.paras[pi+1]; q.end-q.start < maxParaBytes && p.end-p.start < maxParaBytes {
				if m := claimantLabel(c.text[q.start:q.end]); m > 0 {
					d.factBlock(p.start, p.end, q.start, q.end, p.start+n, q.start+m)
					block = pi + 1
					continue
				}
			}
		}
		for s := p.start; s < p.end; {
			e := p.end
			if e-s > maxParaBytes {
				e = windowEnd(c.text, s, s+maxParaBytes)
				d.cut++
			}
			if err := ctx.Err(); err != nil {
				return Result{}, fmt.Errorf("extract %s: %w", a.Name, err)
			}
			d.paragraph(s, e)
			s = e
		}
	}
	d.headlineColon(c)
	if !d.english() {
		warn("text does not look like English: no claims")
		return res, nil
	}
	if d.overlong > 0 {
		warn("%d over-long sentences (over %d tokens) not attributed", d.overlong, maxSentTokens)
	}
	if d.capped {
		warn("claim limit reached: only the first %d claims kept", maxClaims)
	}
	if d.cut > 0 {
		warn("%d paragraph windows: paragraphs over %d KiB were cut", d.cut, maxParaBytes>>10)
	}
	res.Claims, res.Speakers = d.finish(res.Document.ID)
	res.SideFrom = d.sideFrom
	if d.badEvidence > 0 {
		warn("%d claims dropped: evidence not valid UTF-8", d.badEvidence)
	}
	return res, nil
}

// document returns a's document, and the error that made it drop the
// published date (parsed once here, for the warning too).
func (x *Extractor) document(a Article) (graph.Document, error) {
	m := a.Meta
	pub, err := graph.NormDate(m.Published)
	if err != nil {
		pub = ""
	}
	text := ""
	if strings.TrimSpace(m.URL) == "" {
		text = string(a.Text)
	}
	return graph.Document{
		ID:   graph.DocumentID(m.URL, text, a.Name),
		Name: a.Name, URL: strings.TrimSpace(m.URL), Outlet: m.Outlet, Title: m.Title, Published: pub,
	}, err
}

// windowEnd picks a cut point near limit: after a sentence end or a space.
func windowEnd(b []byte, start, limit int) int {
	if limit >= len(b) {
		return len(b)
	}
	// prefer a sentence end in the second half of the window
	for i := limit; i > start+(limit-start)/2 && i > start+1; i-- {
		if b[i-1] == ' ' && (b[i-2] == '.' || b[i-2] == '!' || b[i-2] == '?') {
			return i
		}
	}
	for i := limit; i > start+1; i-- {
		if b[i-1] == ' ' || b[i-1] == '\n' {
			return i
		}
	}
	// no space at all: cut on a rune boundary
	for i := limit; i > start; i-- {
		if utf8.RuneStart(b[i]) {
			return i
		}
	}
	return limit
}

// isBinary: NUL bytes, or many control bytes, in the first 64 KiB.
func isBinary(b []byte) bool {
	n := min(len(b), 64<<10)
	ctrl := 0
	// look at single bytes only in the eight-byte words that hold a byte
	// below 0x20 (in text, most hold none, not even a newline), and there
	// only at the bytes controlBytes marks; four words a turn, as one
	// test of the four answers for nearly every run of 32 bytes
	i := 0
	for ; i+32 <= n; i += 32 {
		w := b[i : i+32]
		m0 := controlBytes(binary.LittleEndian.Uint64(w[0:]))
		m1 := controlBytes(binary.LittleEndian.Uint64(w[8:]))
		m2 := controlBytes(binary.LittleEndian.Uint64(w[16:]))
		m3 := controlBytes(binary.LittleEndian.Uint64(w[24:]))
		if m0|m1|m2|m3 == 0 {
			continue
		}
		for k, m := range [4]uint64{m0, m1, m2, m3} {
			for ; m != 0; m &= m - 1 {
				c := w[8*k+bits.TrailingZeros64(m)>>3]
				if c == 0 {
					return true
				}
				if isControl(c) {
					ctrl++
				}
			}
		}
	}
	for ; i+8 <= n; i += 8 {
		if !hasControl(binary.LittleEndian.Uint64(b[i:])) {
			continue
		}
		for _, c := range b[i : i+8] {
			if c == 0 {
				return true
			}
			if isControl(c) {
				ctrl++
			}
		}
	}
	for _, c := range b[i:n] {
		if c == 0 {
			return true
		}
		if isControl(c) {
			ctrl++
		}
	}
	return ctrl*100 > n
}

// hasControl reports whether some byte of x is below 0x20: subtracting
// 0x20 from such a byte borrows into its top bit, and &^x leaves out the
// bytes that had it set already. A borrow can only carry into the next
// byte from a byte below 0x20, so the answer is exact.
func hasControl(x uint64) bool {
	return (x-0x20*bytes01)&^x&bytes80 != 0
}

// controlBytes returns 0x80 in each byte of x that is below 0x20, and in
// some bytes that are not: a byte of 0x20 above one below it (which
// borrows from it) is marked too. Every byte below 0x20 is marked, so a
// caller that tests the marked bytes one by one finds all of them.
func controlBytes(x uint64) uint64 {
	return (x - 0x20*bytes01) &^ x & bytes80
}

// isControl reports whether c is a control byte other than white space.
func isControl(c byte) bool {
	return c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f' && c != '\v'
}

// invalidUTF8 counts bytes that are not part of a valid UTF-8 sequence.
func invalidUTF8(b []byte) int {
	if utf8.Valid(b) {
		return 0
	}
	bad := 0
	for i := 0; i < len(b); {
		r, n := utf8.DecodeRune(b[i:])
		if r == utf8.RuneError && n == 1 {
			bad++
		}
		i += n
	}
	return bad
}

// finish resolves topics and actions now that the whole document has
// been read, assigns ids and returns the claims in document order and the
// speakers they name.
func (d *docState) finish(docID string) ([]graph.Claim, []graph.Speaker) {
	d.claimsHW = len(d.claims)
	d.eventTopics()
	d.mainEvent()
	docTopic := d.docTopic()
	d.bareClaims(docTopic)
	docName := d.surfaceName(docTopic) // the event as the article names it
	if n := d.neutralName(docTopic); n != "" {
		docName = n
	} else if d.placeName != "" && d.x.topicAlias[d.placeName] == docTopic {
		docName = d.placeName // "dam breach" of dam destruction
	}
	if d.incident(docTopic) {
		// "boat collision" in the Voss Strait: the Voss Strait boat
		// collision, as news names the one incident
		docName = d.placedName(docName)
	} else if !d.configured(docTopic) {
		// "of moving border markers in Sarro Pass": an act, placed
		// after what it was done to
		docName = d.placedAct(docName)
	}
	// "the explosion at Orlan Chemicals' Tessby plant": the Tessby plant
	// blast, over a part of it or a cause one side charges
	docName = d.siteName(docTopic, docName)
	// "nurse kidnapped" (a nurse the article then names), "strike
	// clashes": the kidnapping, the clashes, without the word that names
	// no thing the event struck
	docName = d.unstruckModifier(docTopic, docName)
	d.evHead = d.inducedHead(docTopic)
	if len(d.described) > 0 {
		d.nameDescribed()
	}
	if len(d.acronyms) > 0 {
		d.spelledAcronyms()
	}
	if len(d.open) > 0 {
		d.nameDescribedSpeakers()
		d.fullNames()
		d.nameAgencySpeakers()
		d.nameMemberSpeakers()
		d.nameStateSpeakers()
		if len(d.organNames) > 0 {
			d.organAcronyms()
		}
		d.ownUnownedOrgans()
		d.stateBodiesAccused()
		d.acronymSpeakers()
	}
	d.capitalSpeakers()
	d.nameFirmSpeakers()
	var frame *disputeFrame
	if d.pairsLater || d.needsFrame() {
		fr, framed := d.frame()
		if frameSeen != nil {
			frameSeen(fr, framed)
		}
		if framed {
			frame = &fr
		}
	}
	d.fillPairs(frame)
	if frame != nil {
		d.readAgainstFrame(frame)
	}
	for i := range d.claims {
		if c := &d.claims[i].c; c.Kind == graph.KindAccusation && c.Side != "" && c.Side == c.Subject {
			// a body accusing itself is a misreading no rule mended
			// ("the company" read as the accuser, the only company
			// named): what it says stands, the accusation does not
			c.Kind = graph.KindAssertion
		}
	}
	d.homeGovernment()
	// claims mostly come in document order already; sorting only when
	// they do not saves the reflective swapper and the moves
	for i := 1; i < len(d.claims); i++ {
		if d.claims[i].ev.Start < d.claims[i-1].ev.Start {
			sort.SliceStable(d.claims, func(i, j int) bool { return d.claims[i].ev.Start < d.claims[j].ev.Start })
			break
		}
	}
	out := make([]graph.Claim, 0, len(d.claims))
	// one allocation for all the evidence spans rather than one per claim
	spans := make([]graph.Span, len(d.claims))
	speakers, ids := d.speakerByID, d.speakerIDs
	spk := d.speakerBuf[:0]
	// claims come in runs of one speaker: the last one's id and entry
	// save the two map probes per claim
	lastName, lastID, lastK := "", "", -1
	idBuf := d.idBuf[:0] // the claims' ids, each graph.ClaimIDLen bytes: out[i]'s is the i-th
	var unread []int     // the claims in out that state no act under a negation (assertNoAct)
	var earlier []int    // the accusations in out filed under an earlier dispute of their own (answeredLabels leaves them)
	for i := range d.claims {
		p := &d.claims[i]
		// built in place in out (which has room for every claim) rather
		// than copied in: a claim is large and holds pointers; a claim
		// left out gives its slot back, cleared
		out = out[:len(out)+1]
		c := &out[len(out)-1]
		*c = p.c
		c.DocID = docID
		if !p.normal {
			c.Text = normText(c.Text)
		}
		if topicSeen != nil && c.Kind == graph.KindAccusation {
			d.proposeFor(p.topics, docTopic, docName)
		}
		var ownBuf [8]string
		own := ownBuf[:0] // the claim's own topics: pickTopic files them under merged names
		if c.Kind == graph.KindAccusation {
			own = append(own, p.topics...)
		}
		ownLabel := false // filed by background or datedCharge under a dispute of its own
		if c.Topic = d.pickTopic(p.topics, docTopic, c.Kind == graph.KindAccusation, &p.act, c.Text); c.Topic == docTopic && c.Kind == graph.KindAccusation {
			background := d.earlierCharge(p.ev) || d.backgroundCharge(p.ev)
			if background {
				// "accused Vardessa in 2036 of harbouring exiled leaders",
				// "Last year Ostmark accused Velland of jamming …": a charge
				// made before the story, or again and again, is a dispute
				// of its own, its act, not the story's event
				if t := d.ownAct(p.topics); t != "" {
					c.Topic = t
				}
			}
			if c.Topic == docTopic {
				// "In March, the two sides blamed each other for the
				// collapse of a fuel convoy deal": an earlier incident
				// of its own (datedCharge), named as the claim named it
				if comp, ok := d.datedCharge(p.ev, background); ok {
					if t := d.ownEvent(own, comp); t != "" {
						c.Topic = t
					}
				}
			}
			ownLabel = c.Topic != docTopic
		}
		if c.Topic == docTopic {
			c.Topic = docName
		} else {
			c.Topic = d.ownVerbNoun(d.surfaceName(c.Topic), p.ev)
		}
		if topicSeen != nil && c.Kind == graph.KindAccusation {
			topicSeen(p.ev, d.proposed, c.Topic)
		}
		topical := containsTopic(p.topics, c.Topic)
		c.Action = normAction(d.x.actionText(&p.act, c.Topic, c.Kind, topical))
		if c.Speaker != lastName || lastID == "" {
			sid, ok := ids[c.Speaker]
			if !ok {
				sid = speakerID(ids, c.Speaker)
			}
			lastName, lastID = c.Speaker, sid
		}
		c.SpeakerID = lastID
		c.SaidAt = d.saidAt
		if p.framed {
			d.noteSide(c.SpeakerID, SideFromFrame)
		}
		if c.Side == "" && p.person && d.x.sides != nil {
			if side, ok := d.x.sides(c.Speaker); ok && side != "" {
				c.Side = side
				d.noteSide(c.SpeakerID, SideFromLookup)
			}
		}
		ev := &spans[i]
		*ev = p.ev
		c.Evidence = ev
		if ev.Start < 0 || ev.End > len(d.c.src) || ev.Start >= ev.End {
			*c, out = graph.Claim{}, out[:len(out)-1]
			continue
		}
		if v := d.str; d.c.plain || ev.End <= len(v) && v[ev.Start:ev.End] == string(d.c.src[ev.Start:ev.End]) {
			// the view holds the same bytes there (always, for plain
			// text): share them rather than copy; the claim's text
			// keeps the view alive anyway
			ev.Text = v[ev.Start:ev.End]
		} else {
			ev.Text = string(d.c.src[ev.Start:ev.End])
		}
		// a slice of valid UTF-8 that starts and ends at rune starts is
		// valid: only a document with invalid bytes is scanned per claim
		if src := d.c.src; !(d.srcValid && utf8.RuneStart(src[ev.Start]) && (ev.End == len(src) || utf8.RuneStart(src[ev.End]))) && !utf8.ValidString(ev.Text) {
			d.badEvidence++
			*c, out = graph.Claim{}, out[:len(out)-1]
			continue
		}
		// c.Text is normText's, which graph.NormText leaves as it is
		// (TestNormTextIsGraphNormal), and c.Action normAction's, which
		// graph.NormAction leaves as it is (TestNormActionMatchesByteLoop):
		// the id need not check either again. Its bytes go to the
		// document's buffer of ids, made one string after the loop
		// rather than one allocation a claim; Validate asks only that
		// the claim has an id, of bounded length
		at := len(idBuf)
		idBuf = d.claimIDs.AppendIDNormal(idBuf, c)
		c.ID = pendingID
		if dupID(out[:len(out)-1], c, idBuf, at) || c.Validate() != nil {
			idBuf = idBuf[:at]
			*c, out = graph.Claim{}, out[:len(out)-1]
			continue
		}
		if c.Polarity == graph.Negative && p.act.verb == "" && strings.HasPrefix(c.Action, "comment on ") {
			unread = append(unread, len(out)-1)
		}
		if ownLabel {
			earlier = append(earlier, len(out)-1)
		}
		k := lastK
		if k < 0 || spk[k].ID != c.SpeakerID {
			var ok bool
			if k, ok = speakers[c.SpeakerID]; !ok {
				k = len(spk)
				spk = append(spk, graph.Speaker{ID: c.SpeakerID, Name: c.Speaker, Role: c.Role, Side: c.Side})
				speakers[c.SpeakerID] = k
			}
			lastK = k
		}
		sp := &spk[k]
		if sp.Role == "" {
			sp.Role = c.Role
		}
		if sp.Side == "" {
			sp.Side = c.Side
		}
		for _, al := range p.aliases {
			if al != sp.Name && !slices.Contains(sp.Aliases, al) {
				sp.Aliases = append(sp.Aliases, al)
			}
		}
	}
	allIDs := string(idBuf)
	for i := range out {
		out[i].ID = allIDs[i*graph.ClaimIDLen : (i+1)*graph.ClaimIDLen]
	}
	d.idBuf = idBuf
	// the view string is the source's bytes only when they are as long
	// (plain text); otherwise linkResponses copies the source once
	view := ""
	if d.c.plain || len(d.str) == len(d.c.src) && d.str == string(d.c.src) {
		view = d.str
	}
	linkInTimeOrder(out, d.c.src, view, &d.respStems)
	counterCharges(out, d.c.src, &d.claimIDs)
	answeredLabels(out, earlier, &d.claimIDs)
	assertNoAct(out, unread, &d.claimIDs)
	linkChargeRuns(out)
	d.speakerBuf = spk
	// the speakers are built in d's reused slice and copied out once, in
	// the order of their ids (which are distinct); never nil, like the
	// claims (slices.Clone of the reused slice was nil only while it had
	// never been grown: a document without speakers gave null in JSON
	// when a fresh state read it and [] afterwards). The order is sorted
	// as indices: sorting the speakers themselves swapped values of 88
	// bytes that hold pointers, each move with its write barriers
	ord := d.speakerOrd[:0]
	for k := range spk {
		ord = append(ord, int32(k))
	}
	slices.SortFunc(ord, func(a, b int32) int { return strings.Compare(spk[a].ID, spk[b].ID) })
	d.speakerOrd = ord
	sps := make([]graph.Speaker, len(spk))
	for i, k := range ord {
		sps[i] = spk[k]
	}
	for i := range sps {
		sort.Strings(sps[i].Aliases)
	}
	return out, sps
}

// speakerID is graph.SpeakerID(name), kept in ids for the documents
// after this one. The key is a copy of name (which may slice the
// document's text, and would keep it alive), made in the id's own
// allocation: name, a NUL and the id, sliced in two.
func speakerID(ids map[string]string, name string) string {
	both := name + "\x00" + graph.SpeakerID(name)
	name, sid := both[:len(name)], both[len(name)+1:]
	ids[name] = sid
	return sid
}

// assertNoAct makes positive the claims at idx of out: claims whose action
// is the placeholder "comment on <topic>" because no act was read in them,
// said under a negation ("This was not an accident", "These people do not
// live here"). What the negation denies is no part of the claim, and "-
// comment on <topic>" would say the speaker did not speak of the topic:
// an analyst reads it so, and the rules pair it with every other
// placeholder of the topic, which states no act either, as opposing
// claims (and as a reversal within a speaker). So the claim says what it
// says, that the speaker spoke of the topic. It is done after the claims
// are linked as answers: the negation is still how a side's reply reads
// as a rejection of the charge before it (linkResponses), and the link
// stays. ids recomputes the claims' ids (a polarity is part of an id),
// and the links of other claims to them; a claim that would then repeat
// another's id keeps its polarity.
func assertNoAct(out []graph.Claim, idx []int, ids *graph.ClaimIDs) {
	for _, i := range idx {
		c := &out[i]
		old := c.ID
		c.Polarity = graph.Positive
		c.ID = ids.IDNormal(c)
		if dupClaim(out[:i], c) || dupAfter(out[i+1:], c) {
			c.Polarity, c.ID = graph.Negative, old
			continue
		}
		relinkID(out, old, c.ID)
	}
}

// dupAfter is dupClaim for the claims after c, rest: those at c's start
// are its first ones.
func dupAfter(rest []graph.Claim, c *graph.Claim) bool {
	for k := 0; k < len(rest) && rest[k].Evidence.Start == c.Evidence.Start; k++ {
		if rest[k].ID == c.ID {
			return true
		}
	}
	return false
}

// dupClaim reports whether out, the claims kept so far in the order of
// their evidence, holds one with c's id. An id hashes the evidence's
// offsets, so only the claims at c's start can have it: they are the
// last ones, and nearly always there are none, where a set of the ids
// cost a map probe and an insertion per claim.
func dupClaim(out []graph.Claim, c *graph.Claim) bool {
	for k := len(out) - 1; k >= 0 && out[k].Evidence.Start == c.Evidence.Start; k-- {
		if out[k].ID == c.ID {
			return true
		}
	}
	return false
}

// dupID is dupClaim for finish's claims, whose ids are still bytes of
// idBuf, graph.ClaimIDLen each: out[k]'s the k-th, c's from at on.
func dupID(out []graph.Claim, c *graph.Claim, idBuf []byte, at int) bool {
	id := idBuf[at:]
	for k := len(out) - 1; k >= 0 && out[k].Evidence.Start == c.Evidence.Start; k-- {
		if bytes.Equal(idBuf[k*graph.ClaimIDLen:(k+1)*graph.ClaimIDLen], id) {
			return true
		}
	}
	return false
}

// pendingID is a claim's id in finish until the document's ids are
// made one string.
const pendingID = "claim:pending"

// containsTopic reports whether topics holds t, strong or weak
// (containsStr of t or of weakTopic+t, without building the latter).
func containsTopic(topics []string, t string) bool {
	for _, x := range topics {
		if x == t || len(x) == len(weakTopic)+len(t) && x[:len(weakTopic)] == weakTopic && x[len(weakTopic):] == t {
			return true
		}
	}
	return false
}

// normAction is graph.NormAction, skipped for the common case of text
// that is already lower-case ASCII with single spaces.
func normAction(s string) string {
	if len(s) > 0 && (s[0] == ' ' || s[len(s)-1] == ' ') {
		return graph.NormAction(s)
	}
	i := 0
	// eight bytes at once, as normText reads them: a byte at a time was
	// about 0.15 M of BenchmarkExtract's 108 M instructions
	for ; i+8 <= len(s); i += 8 {
		x := prefix8(s[i : i+8])
		if x&bytes80 != 0 || upper8(x) != 0 || hasControl(x) {
			return graph.NormAction(s)
		}
		// two spaces in a row, within the eight or across their end (a
		// space last has a byte after it: s ends in none)
		if sp := spaceBytes(x); sp&(sp>>8) != 0 || sp>>63 != 0 && s[i+8] == ' ' {
			return graph.NormAction(s)
		}
	}
	for ; i < len(s); i++ {
		c := s[i]
		if c >= 'A' && c <= 'Z' || c >= 0x80 || c < ' ' || c == ' ' && (i == 0 || i == len(s)-1 || s[i+1] == ' ') {
			return graph.NormAction(s)
		}
	}
	return s
}

// spaceBytes returns 0x80 in each byte of x, all ASCII, that is a space
// and 0 elsewhere. Bytes are compared with zero after the XOR without
// carries between them, so the mask is exact, as adjacent spaces need.
func spaceBytes(x uint64) uint64 {
	const bytes7f = 0x7f * bytes01
	y := x ^ ' '*bytes01
	return ^((y&bytes7f + bytes7f) | y | bytes7f)
}

// normText is graph.NormText without the intermediate word slice; text
// that is already normal (valid UTF-8, single ASCII spaces, no other
// white space or control bytes) is returned as is. Quotations make
// non-ASCII text common (curly quotes, dashes), so the check decodes
// runes rather than giving up at the first byte over 0x7F.
func normText(s string) string {
	normal := len(s) > 0 && s[0] != ' ' && s[len(s)-1] != ' '
	for i := 0; normal && i < len(s); {
		// eight printable ASCII bytes at once: the bulk of a claim's text
		if i+8 <= len(s) {
			if x := prefix8(s[i : i+8]); x&bytes80 == 0 && !hasControl(x) {
				sp := spaceBytes(x)
				// a space last looks at the next byte, which exists:
				// s does not end in a space
				if sp&(sp>>8) != 0 || sp>>63 != 0 && s[i+8] == ' ' {
					normal = false
				}
				i += 8
				continue
			}
		}
		c := s[i]
		if c < 0x80 {
			if c < ' ' || c == ' ' && s[i+1] == ' ' {
				normal = false
			}
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && n == 1 || isSpaceRune(r) || r == 0x85 || r == 0x2028 || r == 0x2029 {
			normal = false // invalid bytes become U+FFFD below; spaces are folded
		}
		i += n
	}
	if normal {
		return s
	}
	var b strings.Builder
	b.Grow(len(s))
	space := false
	for _, r := range s {
		if isSpaceRune(r) || r == 0x85 || r == 0x2028 || r == 0x2029 {
			space = true
			continue
		}
		if space && b.Len() > 0 {
			b.WriteByte(' ')
		}
		space = false
		b.WriteRune(r)
	}
	return b.String()
}

// fillPairs gives the reciprocal accusations read before their two
// parties were named (pairLater) the document's two main parties (the
// dispute frame's, fr, when it has one of their kind), and drops them
// when it has none.
func (d *docState) fillPairs(fr *disputeFrame) {
	if !d.pairsLater {
		return
	}
	pairs := map[byte][]string{}
	lastNouns := ""
	keep := d.claims[:0]
	for _, p := range d.claims {
		if strings.HasPrefix(p.c.Side, describedLater) || strings.HasPrefix(p.c.Subject, describedLater) {
			// "the town council and the firm …, Y, are each blaming the
			// other": the council is the one organisation called so
			if !d.fillDescribed(&p.c) {
				continue
			}
		}
		if w, ok := strings.CutPrefix(p.c.Subject, accusedLater); ok {
			// "accused the country's largest drivers' union of …" before
			// the union was named: the one organisation called so, else
			// what the accuser said stands with no one charged
			if o := d.describedOrg(w); o != nil && o.name != p.c.Side && d.sideOf(o.name) != p.c.Side {
				p.c.Subject = d.sideOf(o.name)
			} else {
				p.c.Subject, p.c.Kind = "", graph.KindAssertion
			}
		}
		if k, ok := strings.CutPrefix(p.c.Side, pairNoun); ok && len(k) > 1 {
			// "the company that built the dam and the agency that runs
			// it": each noun its own organisation, else the article's
			// two main organisations
			nouns := k[:len(k)-1]
			pair, ok := pairs[0]
			if nouns != lastNouns || !ok {
				w1, w2, _ := strings.Cut(nouns, "|")
				if pair = d.nounPair(w1, w2); pair == nil {
					pair = d.salientPairOf(pairGroups)
				}
				pairs[0], lastNouns = pair, nouns
			}
			if !d.fillPlaceholder(&p, pair, k[len(k)-1]) {
				continue
			}
		}
		if k, ok := strings.CutPrefix(p.c.Side, pairLater); ok && len(k) == 2 {
			// k: the kind of parties (pairKind), then which of the two
			pair, ok := pairs[k[0]]
			if !ok && fr != nil && d.framePairFits(fr, k[0]) {
				pair, ok = d.framePair(fr), true
				pairs[k[0]] = pair
			}
			if !ok {
				pair = d.salientPairOf(k[0])
				pairs[k[0]] = pair
			}
			if !d.fillPlaceholder(&p, pair, k[1]) {
				continue
			}
		}
		keep = append(keep, p)
	}
	d.claims = keep
}

// fillPlaceholder gives claim p, whose side is a placeholder of the
// party which ('0' or '1') of pair, that party and the other, and
// reports whether p stays. A party's own accusation speaks as the party
// and charges the other; a named person whose side the placeholder
// stood for ("Her spokesman, Lorens Dahl, said …" after a minister of a
// pair named later) keeps their name and what they said, and takes only
// the side. With no pair found the party's claim goes, and the person's
// words stand on no side.
func (d *docState) fillPlaceholder(p *pending, pair []string, which byte) bool {
	if len(pair) < 2 {
		if p.person {
			p.c.Side = ""
			return true
		}
		return false
	}
	i := 0
	if which == '1' {
		i = 1
	}
	spk := d.government(pair[i])
	if p.person {
		p.c.Side = spk.side
		return true
	}
	p.c.Speaker, p.c.Side, p.c.Subject = spk.name, spk.side, pair[1-i]
	return true
}

// fillDescribed names the party of c described by its noun
// (describedLater) by the one organisation the article calls so, and
// reports whether there is one.
func (d *docState) fillDescribed(c *graph.Claim) bool {
	if w, ok := strings.CutPrefix(c.Side, describedLater); ok {
		o := d.describedOrgOf(w)
		if o == nil {
			return false
		}
		spk := d.government(o.name)
		c.Speaker, c.Side = spk.name, spk.side
	}
	if w, ok := strings.CutPrefix(c.Subject, describedLater); ok {
		o := d.describedOrgOf(w)
		if o == nil {
			return false
		}
		c.Subject = o.name
	}
	return true
}

// describedOrgOf resolves a describedLater placeholder's rest: a noun,
// or an armed group's noun and the place its description names
// ("fighters Orm", stateArmedPair), the group whose name holds the place
// first.
func (d *docState) describedOrgOf(w string) *openActor {
	noun, place, ok := strings.Cut(w, " ")
	if ok {
		if o := d.describedPlaceOrg(place); o != nil {
			return o
		}
	}
	return d.describedOrg(noun)
}

// noteSide records where speaker id's side came from, the first time.
func (d *docState) noteSide(id, from string) {
	if d.sideFrom == nil {
		d.sideFrom = map[string]string{}
	}
	if _, ok := d.sideFrom[id]; !ok {
		d.sideFrom[id] = from
	}
}

// isTitleLine reports whether the paragraph b is the article's title, as
// its metadata gives it (trimmed), and nothing else.
func isTitleLine(b []byte, title string) bool {
	b = bytes.TrimSpace(b)
	return len(b) > 0 && string(b) == title
}

// semiHeadline reports whether headline b is a sentence that a semicolon
// ends, in sentence case: "Marek says port tax will ruin Kessel; ", as
// some wires set a headline above its subhead.
func semiHeadline(b []byte) bool {
	b = bytes.TrimSpace(b)
	if len(b) == 0 || b[len(b)-1] != ';' {
		return false
	}
	words, caps := titleCase(b)
	return words >= 3 && caps*2 < words
}
