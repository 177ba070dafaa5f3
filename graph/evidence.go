package graph

import (
	"hash/fnv"
	"strings"
	"unicode/utf8"
)

// Evidence is how well a set of claims is sourced: how many claims,
// documents and outlets carry it, how many of those are independent
// sources, and when it was first and last said.
//
// Independent sources count syndication once: documents of one outlet are
// one source, a copy an outlet marks "X (via Y)" is X's, and documents
// that print the same statement word for word (the same normalised text)
// are one source however many outlets carry them.
type Evidence struct {
	Claims      int    `json:"claims"`
	Documents   int    `json:"documents"`
	Outlets     int    `json:"outlets"`
	Independent int    `json:"independent"`
	First       string `json:"first,omitempty"`  // earliest SaidAt
	Latest      string `json:"latest,omitempty"` // latest SaidAt
	Undated     int    `json:"undated,omitempty"`
}

// OutletKey is the outlet a document's claims are attributed to for
// independence: the outlet's name folded, and for a syndicated copy
// ("Reuters (via MarketScreener)") the origin's.
func OutletKey(outlet string) string {
	o := strings.ToLower(strings.TrimSpace(outlet))
	if i := strings.Index(o, "(via "); i > 0 {
		o = strings.TrimSpace(o[:i])
	}
	return o
}

// TextKey identifies a statement's wording for independence: a hash of
// its normalised, lower-cased text, so that the same quote printed by two
// outlets is one source.
//
// Every claim read by a query is hashed: an ASCII text (nearly all) is
// folded and hashed byte by byte, FNV-1a inline, without the lower-cased
// copy; any other byte falls back to strings.ToLower, whose folding of
// runes (and of invalid UTF-8) the hash must keep.
func TextKey(text string) uint64 {
	n := NormText(text)
	const offset64, prime64 = 14695981039346656037, 1099511628211
	h := uint64(offset64)
	for i := 0; i < len(n); i++ {
		c := n[i]
		if c >= utf8.RuneSelf {
			return textKeyFolded(n)
		}
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		h ^= uint64(c)
		h *= prime64
	}
	return h
}

// textKeyFolded is TextKey of a normalised text, through strings.ToLower.
func textKeyFolded(n string) uint64 {
	h := fnv.New64a()
	h.Write([]byte(strings.ToLower(n)))
	return h.Sum64()
}

// Weakness reasons: why an extraction ranks last.
const (
	WeakNoSubject = "no subject"        // the claim does not say who does the action
	WeakNoSide    = "no side"           // the speaker is tied to no side
	WeakFraming   = "framing as action" // the action is the speaker's framing ("think", "say"), not an act
)

// framingVerbs start actions that report speech or thought rather than an
// act: an extraction that took the frame for the act.
var framingVerbs = map[string]bool{
	"think": true, "say": true, "believe": true, "agree": true, "claim": true, "admit": true, "comment": true,
	"hear": true, "add": true, "note": true, "tell": true, "report": true, "regard": true, "feel": true,
}

// Weak returns why c is a weak extraction, or nil: it names no subject or
// no side, or its action is a frame of speech. Weak claims rank after
// every other in contradictions and disputes, and carry these reasons.
func Weak(c *Claim) []string {
	var out []string
	if blank(c.Subject) {
		out = append(out, WeakNoSubject)
	}
	if blank(c.Side) {
		out = append(out, WeakNoSide)
	}
	if framedAction(NormAction(c.Action)) {
		out = append(out, WeakFraming)
	}
	return out
}

// blank reports whether a name (a side's, a subject's) is empty or only
// spaces: the claim names nobody there (Weak).
func blank(s string) bool { return strings.TrimSpace(s) == "" }

// framedAction reports whether a normalised action (NormAction) opens
// with a framing verb: the frame of speech, not the act (Weak).
func framedAction(norm string) bool {
	f := strings.Fields(norm)
	return len(f) > 0 && framingVerbs[f[0]]
}

// genericWords end speaker names that stand for an institution rather
// than a person who can be quoted ("Ukrainian government", "Russian
// officials").
var genericWords = map[string]bool{
	"government": true, "officials": true, "official": true, "authorities": true, "ministry": true,
	"forces": true, "army": true, "military": true, "spokesperson": true, "spokesman": true, "sources": true,
	"source": true, "media": true, "state": true, "administration": true, "people": true, "kremlin": true,
}

// Named reports whether a speaker's name is a named person or body rather
// than a generic one ("Russian officials", "the government"): named
// speakers rank over generic ones.
func Named(speaker string) bool {
	f := strings.Fields(strings.ToLower(speaker))
	if len(f) == 0 {
		return false
	}
	return !genericWords[strings.Trim(f[len(f)-1], ".,'’")]
}

// sources counts independent sources with a union-find over outlets and
// statement wordings: a claim joins its outlet (or, without one, its
// document) to its wording. Names are an index's symbols: an outlet's
// (> 0), or its document's (< 0) when the outlet is unknown.
//
// It also counts what Evidence reports beside them: the documents added
// (docs) and the known outlets (outlets: the positive names).
//
// An index keeps one sources and resets it for each count (every class of
// every unit a query ranks is counted): its maps are reused, cleared,
// unless a large count grew them.
type sources struct {
	parent  []int32
	byName  map[int64]int32
	byText  map[uint64]int32
	names   []int32 // the name nodes, each once
	mark    []bool  // scratch of count, by node
	docs    map[sym]struct{}
	outlets int
}

// reset empties s for a new count.
func (s *sources) reset() {
	// clear costs a map's capacity: one grown by a large count is
	// dropped instead, so that small counts after it stay small.
	const keep = 256
	if s.byName == nil || len(s.byName) > keep || len(s.byText) > keep || len(s.docs) > keep {
		s.byName, s.byText, s.docs = map[int64]int32{}, map[uint64]int32{}, map[sym]struct{}{}
	} else {
		clear(s.byName)
		clear(s.byText)
		clear(s.docs)
	}
	s.parent, s.names, s.outlets = s.parent[:0], s.names[:0], 0
}

func (s *sources) node(n int32, ok bool) int32 {
	if ok {
		return n
	}
	s.parent = append(s.parent, int32(len(s.parent)))
	return int32(len(s.parent) - 1)
}

func (s *sources) find(x int32) int32 {
	for s.parent[x] != x {
		s.parent[x] = s.parent[s.parent[x]]
		x = s.parent[x]
	}
	return x
}

// add records a claim printed by outlet (or document doc when the outlet
// is unknown, 0) in the wording text.
func (s *sources) add(outlet, doc sym, text uint64) {
	name := int64(outlet)
	if outlet == 0 {
		name = -int64(doc) - 1
	}
	a, ok := s.byName[name]
	if !ok {
		a = s.node(0, false)
		s.byName[name] = a
		s.names = append(s.names, a)
		if outlet != 0 {
			s.outlets++
		}
	}
	s.docs[doc] = struct{}{}
	b, ok := s.byText[text]
	b = s.node(b, ok)
	s.byText[text] = b
	ra, rb := s.find(a), s.find(b)
	if ra != rb {
		s.parent[ra] = rb
	}
}

// count is the number of independent sources added.
func (s *sources) count() int {
	if cap(s.mark) < len(s.parent) {
		s.mark = make([]bool, len(s.parent))
	}
	mark := s.mark[:len(s.parent)]
	n := 0
	for _, a := range s.names {
		if r := s.find(a); !mark[r] {
			mark[r] = true
			n++
		}
	}
	for _, a := range s.names {
		mark[s.find(a)] = false
	}
	return n
}
