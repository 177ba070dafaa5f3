package graph

import (
	"crypto/sha256"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Ids are derived from content so that re-loading the same input writes
// the same nodes. Named nodes (actors, topics, speakers) get readable slugs
// so analysts can type them in Cypher; documents and claims get a prefixed
// hash.
//
// The extractor derives a speaker id and a claim id for every claim it
// finds, so the functions here build their results in one stack buffer
// with the append… normalisers below rather than through intermediate
// strings. Ids are persisted: every function must keep returning exactly
// what its original, plain definition returned (ids_test.go keeps those
// definitions and checks every function against them).
// One change was made on purpose: a topic's id is its TopicSlug, so a
// topic whose name holds an event noun of a class of synonyms ("pipeline
// explosion") is the class's first word's topic ("topic:pipeline-blast").

// Slug lowercases s and joins its letter and digit runs with "-".
func Slug(s string) string {
	var buf [64]byte
	return string(appendSlug(buf[:0], s))
}

// appendSlug appends Slug(s) to b. Letters are lower-cased rune by rune
// (unicode.ToLower, as strings.ToLower does) and kept when the lowered
// rune is a letter or digit; invalid bytes are neither, so they separate
// runs like punctuation.
func appendSlug(b []byte, s string) []byte {
	start := len(b)
	dash := false
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			i++
			switch {
			case 'a' <= c && c <= 'z', '0' <= c && c <= '9':
			case 'A' <= c && c <= 'Z':
				c += 'a' - 'A'
			default:
				dash = true
				continue
			}
			if dash && len(b) > start {
				b = append(b, '-')
			}
			dash = false
			b = append(b, c)
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		i += n
		r = unicode.ToLower(r)
		if !unicode.IsLetter(r) && !unicode.IsDigit(r) {
			dash = true
			continue
		}
		if dash && len(b) > start {
			b = append(b, '-')
		}
		dash = false
		b = utf8.AppendRune(b, r)
	}
	return b
}

// hashID is prefix followed by the first 20 hex digits of the SHA-256 of
// parts, each followed by a NUL byte.
func hashID(prefix string, parts ...string) string {
	var buf [512]byte
	b := buf[:0]
	for _, p := range parts {
		b = append(b, p...)
		b = append(b, 0)
	}
	return sumID(prefix, b)
}

// sumID is prefix followed by the first 20 hex digits of the SHA-256 of
// msg: hashID once its parts are laid out.
func sumID(prefix string, msg []byte) string {
	var buf [64]byte
	return string(appendSumID(buf[:0], prefix, msg))
}

// sumIDDigits is how many hex digits of the SHA-256 an id keeps (sumID).
const sumIDDigits = 20

// ClaimIDLen is the length in bytes of every claim id: "claim:" and
// sumIDDigits hex digits. An extractor that lays out a document's ids
// one after another (AppendIDNormal) finds the k-th at k*ClaimIDLen.
const ClaimIDLen = len("claim:") + sumIDDigits

// appendSumID appends sumID(prefix, msg) to b.
func appendSumID(b []byte, prefix string, msg []byte) []byte {
	const hexDigits = "0123456789abcdef"
	sum := sha256.Sum256(msg)
	b = append(b, prefix...)
	for _, x := range sum[:sumIDDigits/2] {
		b = append(b, hexDigits[x>>4], hexDigits[x&0x0f])
	}
	return b
}

// ActorID is the id of the actor with canonical name name.
func ActorID(name string) string { return prefixedSlug("actor:", name) }

// TopicID is the id of the topic with canonical name name: its
// TopicSlug, so "pipeline explosion" is the topic "pipeline blast".
func TopicID(name string) string {
	var buf [96]byte
	return string(appendTopicSlug(append(buf[:0], "topic:"...), name))
}

// SpeakerID is the id of the speaker with canonical name name.
func SpeakerID(name string) string { return prefixedSlug("speaker:", name) }

// prefixedSlug is prefix + Slug(name) with one allocation.
func prefixedSlug(prefix, name string) string {
	var buf [96]byte
	return string(appendSlug(append(buf[:0], prefix...), name))
}

// DocumentID derives a document's id: from its URL when it has one (the
// same page fetched twice is one document), else from its normalised text,
// else from its name.
func DocumentID(url, text, name string) string {
	switch {
	case strings.TrimSpace(url) != "":
		return hashID("doc:", "url", strings.TrimSpace(url))
	case strings.TrimSpace(text) != "":
		// hashID("doc:", "text", NormText(text)) without the copy of the
		// whole text NormText would make
		var buf [512]byte
		b := append(buf[:0], "text\x00"...)
		b = appendNormText(b, text)
		return sumID("doc:", append(b, 0))
	default:
		return hashID("doc:", "name", strings.TrimSpace(name))
	}
}

// ClaimID derives a claim's id from everything that makes it this claim:
//
//	hashID("claim:", c.DocID, Slug(c.Speaker), string(c.Kind), Slug(c.Subject), NormAction(c.Action),
//		Slug(c.Topic), string(c.Polarity), NormText(c.Text), c.SaidAt, start, end)
//
// where start and end are the evidence offsets in decimal, or "" without
// evidence. The parts are normalised straight into the hashed buffer.
func ClaimID(c *Claim) string {
	var buf [1024]byte
	return sumID("claim:", appendClaimMsg(buf[:0], c, nil, false))
}

// ClaimIDs derives the ids of many claims in a row, each as ClaimID
// does. It keeps the slugs of the last few speakers, subjects and topics
// it slugged: a document's claims name few of each, again and again, so
// a name is slugged about once per document, not once per claim (the
// three slugs were a fifth of the instructions of ClaimID outside the
// hash). The zero value is ready to use; it is not safe for concurrent
// use.
type ClaimIDs struct {
	memo [3]slugMemo // speaker, subject, topic
	// msg is the buffer the hashed message is laid out in, kept: a
	// fresh stack buffer is zeroed on every call
	msg []byte
}

// Reset forgets the names h has slugged, keeping its buffers for the
// next: a name may slice a long text that h should not keep alive.
func (h *ClaimIDs) Reset() {
	for i := range h.memo {
		m := &h.memo[i]
		for k := range m.names {
			m.names[k], m.slugs[k] = "", m.slugs[k][:0]
		}
	}
}

// ID is ClaimID(c).
func (h *ClaimIDs) ID(c *Claim) string { return h.id(c, false) }

// IDNormal is ClaimID(c) for a claim whose text and action are normal
// already (NormText(c.Text) == c.Text, NormAction(c.Action) ==
// c.Action), which it does not check again: an extractor that
// normalises each claim's text and action before its id would otherwise
// have them scanned twice (the text alone was a sixth of the
// instructions of finishing a claim, the hash aside). A text or action
// that is not normal gives a wrong id.
func (h *ClaimIDs) IDNormal(c *Claim) string { return h.id(c, true) }

// AppendIDNormal appends IDNormal(c) to b: an extractor that lays out
// a document's ids in one buffer makes one string of them all, not one
// allocation an id.
func (h *ClaimIDs) AppendIDNormal(b []byte, c *Claim) []byte {
	h.msg = appendClaimMsg(h.msg[:0], c, &h.memo, true)
	return appendSumID(b, "claim:", h.msg)
}

// id is the id of c, its message laid out in h.msg.
func (h *ClaimIDs) id(c *Claim, normal bool) string {
	h.msg = appendClaimMsg(h.msg[:0], c, &h.memo, normal)
	return sumID("claim:", h.msg)
}

// slugMemoSize is how many names of a field a ClaimIDs keeps: more than
// most documents' speakers, and a linear search of them, most of whose
// names differ in length, costs less than a map's hash.
const slugMemoSize = 8

// slugMemo holds names and their slugs, replaced in turn. The zero value
// is right: the slug of "" is empty.
type slugMemo struct {
	names [slugMemoSize]string
	slugs [slugMemoSize][]byte
	next  int // the entry the next name not held replaces
	last  int // the entry found or filled last: claims come in runs of one name
}

// appendSlugMemo appends Slug(name) to b, from m when m holds name, and
// keeps name's slug in m; without m it slugs name.
func appendSlugMemo(b []byte, name string, m *slugMemo) []byte {
	if m == nil {
		return appendSlug(b, name)
	}
	if m.names[m.last] == name {
		return append(b, m.slugs[m.last]...)
	}
	for k := range m.names {
		if m.names[k] == name {
			m.last = k
			return append(b, m.slugs[k]...)
		}
	}
	k := m.next
	m.next = (k + 1) % slugMemoSize
	m.names[k], m.slugs[k] = name, appendSlug(m.slugs[k][:0], name)
	m.last = k
	return append(b, m.slugs[k]...)
}

// appendClaimMsg appends to b the message ClaimID hashes, with the
// slugs of the speaker, subject and topic from memo when it is not nil,
// and c.Text and c.Action copied as they are when normal says both are
// normal.
func appendClaimMsg(b []byte, c *Claim, memo *[3]slugMemo, normal bool) []byte {
	var sp, sub, top *slugMemo
	if memo != nil {
		sp, sub, top = &memo[0], &memo[1], &memo[2]
	}
	b = append(b, c.DocID...)
	b = appendSlugMemo(append(b, 0), c.Speaker, sp)
	b = append(append(b, 0), c.Kind...)
	b = appendSlugMemo(append(b, 0), c.Subject, sub)
	if normal {
		b = append(append(b, 0), c.Action...)
	} else {
		b = appendNormAction(append(b, 0), c.Action)
	}
	b = appendSlugMemo(append(b, 0), c.Topic, top)
	b = append(append(b, 0), c.Polarity...)
	if normal {
		b = append(append(b, 0), c.Text...)
	} else {
		b = appendNormText(append(b, 0), c.Text)
	}
	b = append(append(b, 0), c.SaidAt...)
	b = append(b, 0)
	if c.Evidence != nil {
		b = appendItoa(b, c.Evidence.Start)
		b = appendItoa(append(b, 0), c.Evidence.End)
	} else {
		b = append(b, 0)
	}
	return append(b, 0)
}

// FindingID derives the id of a finding between two claims under a rule.
func FindingID(rule Rule, from, to string) string { return hashID("finding:", string(rule), from, to) }

// NormText folds white space runs to one space and trims.
//
// It is strings.Join(strings.Fields(s), " "): white space is what
// unicode.IsSpace says, and invalid bytes are kept as they are.
func NormText(s string) string {
	if isNormText(s) {
		return s // the common case: nothing to fold, no copy
	}
	var buf [256]byte
	return string(appendFields(buf[:0], s))
}

// asciiSpace marks the ASCII bytes unicode.IsSpace reports.
var asciiSpace = [utf8.RuneSelf]bool{'\t': true, '\n': true, '\v': true, '\f': true, '\r': true, ' ': true}

// isNormText reports whether NormText(s) == s: no leading, trailing or
// doubled space, and no white space other than single ASCII spaces.
//
// Claim texts are long and already normal, so eight bytes that are all
// printable ASCII are checked at once for doubled spaces; other bytes,
// and runes, are looked at one by one.
func isNormText(s string) bool {
	if s == "" {
		return true
	}
	if s[0] == ' ' || s[len(s)-1] == ' ' {
		return false
	}
	prevSpace := false
	for i := 0; i < len(s); {
		if i+8 <= len(s) {
			if x := load64(s, i); x&bytes80 == 0 && lowBytes(x) == 0 {
				sp := zeroBytes(x ^ ' '*bytes01)
				if sp&(sp>>8) != 0 || prevSpace && sp&0x80 != 0 {
					return false
				}
				prevSpace = sp>>63 != 0
				i += 8
				continue
			}
		}
		c := s[i]
		if c < utf8.RuneSelf {
			switch {
			case c == ' ':
				if prevSpace {
					return false
				}
				prevSpace = true
			case asciiSpace[c]:
				return false
			default:
				prevSpace = false
			}
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		if unicode.IsSpace(r) {
			return false
		}
		prevSpace = false
		i += n
	}
	return true
}

// Byte-wise constants for the eight-byte arithmetic of isNormText.
const (
	bytes01 = 0x0101010101010101
	bytes7f = 0x7f7f7f7f7f7f7f7f
	bytes80 = 0x8080808080808080
)

// load64 returns s[i:i+8] as a little-endian word (one load).
func load64(s string, i int) uint64 {
	s = s[i : i+8]
	return uint64(s[0]) | uint64(s[1])<<8 | uint64(s[2])<<16 | uint64(s[3])<<24 |
		uint64(s[4])<<32 | uint64(s[5])<<40 | uint64(s[6])<<48 | uint64(s[7])<<56
}

// zeroBytes returns 0x80 in each byte of x that is zero and 0 elsewhere.
// No byte carries into the next (each sum stays below 0x100), so it is
// exact for every byte.
func zeroBytes(x uint64) uint64 {
	return ^((x&bytes7f + bytes7f) | x | bytes7f)
}

// lowBytes returns 0x80 in each byte of x, all ASCII, that is below 0x20
// (control bytes, including tab and line breaks), and 0 elsewhere: adding
// 0x60 to a byte below 0x80 sets its top bit from 0x20 up, without carry.
func lowBytes(x uint64) uint64 {
	return ^(x + 0x60*bytes01) & bytes80
}

// appendNormText appends NormText(s) to b.
func appendNormText(b []byte, s string) []byte {
	if isNormText(s) {
		return append(b, s...)
	}
	return appendFields(b, s)
}

// appendFields appends the white-space-separated fields of s to b,
// joined by single spaces.
func appendFields(b []byte, s string) []byte {
	start := len(b)
	space := false
	for i := 0; i < len(s); {
		// the run of bytes up to the next white space is copied whole
		j := i
		for j < len(s) {
			c := s[j]
			if c < utf8.RuneSelf {
				if asciiSpace[c] {
					break
				}
				j++
				continue
			}
			r, n := utf8.DecodeRuneInString(s[j:])
			if unicode.IsSpace(r) {
				break
			}
			j += n
		}
		if j > i {
			if space && len(b) > start {
				b = append(b, ' ')
			}
			space = false
			b = append(b, s[i:j]...)
			i = j
			continue
		}
		// s[i] starts a white space rune
		space = true
		if s[i] < utf8.RuneSelf {
			i++
		} else {
			_, n := utf8.DecodeRuneInString(s[i:])
			i += n
		}
	}
	return b
}

// NormAction lowercases an action and folds its white space, so
// "Use  Cluster munitions" and "use cluster munitions" are one action.
func NormAction(s string) string { return strings.ToLower(NormText(s)) }

// appendNormAction appends NormAction(s) to b: in one pass when s is
// ASCII (nearly every action), else through NormAction.
func appendNormAction(b []byte, s string) []byte {
	if isNormASCIIAction(s) {
		return append(b, s...)
	}
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return append(b, NormAction(s)...)
		}
	}
	start := len(b)
	space := false
	for i := 0; i < len(s); i++ {
		c := s[i]
		if asciiSpace[c] {
			space = true
			continue
		}
		if space && len(b) > start {
			b = append(b, ' ')
		}
		space = false
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		b = append(b, c)
	}
	return b
}

// isNormASCIIAction reports whether s is lower-case ASCII with single
// inner spaces and no other white space, so that NormAction(s) == s: the
// extractor hands ClaimID its actions so, and eight bytes at a time
// tell, where the byte loop of appendNormAction copied them one by one.
func isNormASCIIAction(s string) bool {
	if s == "" || s[0] == ' ' || s[len(s)-1] == ' ' {
		return false
	}
	prevSpace := false
	i := 0
	for ; i+8 <= len(s); i += 8 {
		x := load64(s, i)
		// non-ASCII, control bytes (the white space other than ' ') and
		// capitals ('A' to 'Z': adding 0x3f sets the top bit from 'A' up,
		// adding 0x25 from past 'Z' up, without carry below 0x80)
		if x&bytes80 != 0 || lowBytes(x) != 0 || (x+0x3f*bytes01)&^(x+0x25*bytes01)&bytes80 != 0 {
			return false
		}
		sp := zeroBytes(x ^ ' '*bytes01)
		if sp&(sp>>8) != 0 || prevSpace && sp&0x80 != 0 {
			return false
		}
		prevSpace = sp>>63 != 0
	}
	for ; i < len(s); i++ {
		c := s[i]
		if c >= utf8.RuneSelf || c < ' ' || 'A' <= c && c <= 'Z' || c == ' ' && prevSpace {
			return false
		}
		prevSpace = c == ' '
	}
	return true
}

// NormName folds white space in a name, keeping its case.
func NormName(s string) string { return NormText(s) }

// appendItoa appends n in decimal. Like the itoa ids were first derived
// with, it writes only "-" for the most negative int (its negation
// overflows); ids must not change, so neither does that.
func appendItoa(b []byte, n int) []byte {
	if n == 0 {
		return append(b, '0')
	}
	neg := n < 0
	if neg {
		n = -n
	}
	var buf [20]byte
	i := len(buf)
	for n > 0 {
		i--
		buf[i] = byte('0' + n%10)
		n /= 10
	}
	if neg {
		i--
		buf[i] = '-'
	}
	return append(b, buf[i:]...)
}
