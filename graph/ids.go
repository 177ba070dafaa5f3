package graph

import (
	"crypto/sha256"
	"encoding/hex"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Ids are derived from content so that re-loading the same input writes
// the same nodes. Named nodes (actors, topics, speakers) get readable slugs
// so analysts can type them in Cypher; documents and claims get a prefixed
// hash.

// Slug lowercases s and joins its letter and digit runs with "-".
func Slug(s string) string {
	// Most names are ASCII: one pass over bytes into one buffer.
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return slugUnicode(s)
		}
	}
	buf := make([]byte, 0, len(s))
	dash := false
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case 'a' <= c && c <= 'z', '0' <= c && c <= '9':
		case 'A' <= c && c <= 'Z':
			c += 'a' - 'A'
		default:
			dash = true
			continue
		}
		if dash && len(buf) > 0 {
			buf = append(buf, '-')
		}
		dash = false
		buf = append(buf, c)
	}
	return string(buf)
}

func slugUnicode(s string) string {
	var b strings.Builder
	dash := false
	for _, r := range strings.ToLower(s) {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			if dash && b.Len() > 0 {
				b.WriteByte('-')
			}
			dash = false
			b.WriteRune(r)
		} else {
			dash = true
		}
	}
	return b.String()
}

func hashID(prefix string, parts ...string) string {
	h := sha256.New()
	for _, p := range parts {
		h.Write([]byte(p))
		h.Write([]byte{0})
	}
	return prefix + hex.EncodeToString(h.Sum(nil))[:20]
}

// ActorID is the id of the actor with canonical name name.
func ActorID(name string) string { return "actor:" + Slug(name) }

// TopicID is the id of the topic with canonical name name.
func TopicID(name string) string { return "topic:" + Slug(name) }

// SpeakerID is the id of the speaker with canonical name name.
func SpeakerID(name string) string { return "speaker:" + Slug(name) }

// DocumentID derives a document's id: from its URL when it has one (the
// same page fetched twice is one document), else from its normalised text,
// else from its name.
func DocumentID(url, text, name string) string {
	switch {
	case strings.TrimSpace(url) != "":
		return hashID("doc:", "url", strings.TrimSpace(url))
	case strings.TrimSpace(text) != "":
		return hashID("doc:", "text", NormText(text))
	default:
		return hashID("doc:", "name", strings.TrimSpace(name))
	}
}

// ClaimID derives a claim's id from everything that makes it this claim.
func ClaimID(c *Claim) string {
	start, end := "", ""
	if c.Evidence != nil {
		start, end = itoa(c.Evidence.Start), itoa(c.Evidence.End)
	}
	return hashID("claim:", c.DocID, Slug(c.Speaker), string(c.Kind), Slug(c.Subject), NormAction(c.Action),
		Slug(c.Topic), string(c.Polarity), NormText(c.Text), c.SaidAt, start, end)
}

// FindingID derives the id of a finding between two claims under a rule.
func FindingID(rule Rule, from, to string) string { return hashID("finding:", string(rule), from, to) }

// NormText folds white space runs to one space and trims.
func NormText(s string) string {
	// Already-normal text (the common case) is returned as is.
	prev := byte(' ')
	normal := true
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= utf8.RuneSelf || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f' || (c == ' ' && prev == ' ') {
			normal = false
			break
		}
		prev = c
	}
	if normal && prev != ' ' {
		return s
	}
	return strings.Join(strings.Fields(s), " ")
}

// NormAction lowercases an action and folds its white space, so
// "Use  Cluster munitions" and "use cluster munitions" are one action.
func NormAction(s string) string { return strings.ToLower(NormText(s)) }

// NormName folds white space in a name, keeping its case.
func NormName(s string) string { return NormText(s) }

func itoa(n int) string {
	if n == 0 {
		return "0"
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
	return string(buf[i:])
}
