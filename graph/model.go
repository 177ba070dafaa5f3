package graph

import (
	"fmt"
	"strings"
	"time"
)

// Kind is what a claim does: accuse, deny, assert, threaten or predict.
type Kind string

// Claim kinds.
const (
	KindAccusation Kind = "accusation"
	KindDenial     Kind = "denial"
	KindAssertion  Kind = "assertion"
	KindThreat     Kind = "threat"
	KindPrediction Kind = "prediction"
)

// Kinds lists every valid Kind.
var Kinds = []Kind{KindAccusation, KindDenial, KindAssertion, KindThreat, KindPrediction}

// Valid reports whether k is one of Kinds.
func (k Kind) Valid() bool {
	for _, v := range Kinds {
		if k == v {
			return true
		}
	}
	return false
}

// Polarity says whether a claim asserts that its action happens ("+") or
// that it does not ("-").
type Polarity string

// Polarities.
const (
	Positive Polarity = "+"
	Negative Polarity = "-"
)

// Valid reports whether p is "+" or "-".
func (p Polarity) Valid() bool { return p == Positive || p == Negative }

// Opposite returns the other polarity.
func (p Polarity) Opposite() Polarity {
	if p == Positive {
		return Negative
	}
	return Positive
}

// Document is a source: an article file or the publication a structured
// record cites.
type Document struct {
	ID        string `json:"id"`
	Name      string `json:"name,omitempty"` // file name, when it came from a file
	URL       string `json:"url,omitempty"`
	Outlet    string `json:"outlet,omitempty"`
	Title     string `json:"title,omitempty"`
	Published string `json:"published,omitempty"` // YYYY-MM-DD or ""
}

// Speaker is a person or organisation that asserts things.
type Speaker struct {
	ID      string   `json:"id"`
	Name    string   `json:"name"`
	Aliases []string `json:"aliases,omitempty"`
	Role    string   `json:"role,omitempty"`
	Side    string   `json:"side,omitempty"` // canonical actor name it speaks for
}

// Actor is a state or party that speakers speak for and claims are about.
type Actor struct {
	ID      string   `json:"id"`
	Name    string   `json:"name"`
	Aliases []string `json:"aliases,omitempty"`
}

// Topic is a subject of dispute, e.g. "cluster munitions".
type Topic struct {
	ID      string   `json:"id"`
	Name    string   `json:"name"`
	Aliases []string `json:"aliases,omitempty"`
}

// Span is a claim's evidence: byte offsets [Start, End) into its
// document's original text, and the text they cover.
type Span struct {
	Start int    `json:"start"`
	End   int    `json:"end"`
	Text  string `json:"text"`
}

// Claim is one assertion by one speaker in one document. Side, Subject and
// Topic hold canonical names (of an Actor, an Actor and a Topic); Action is
// normalised with NormAction.
type Claim struct {
	ID         string   `json:"id"`
	DocID      string   `json:"doc_id"`
	SpeakerID  string   `json:"speaker_id"`
	Speaker    string   `json:"speaker"`
	Role       string   `json:"role,omitempty"`
	Side       string   `json:"side,omitempty"`
	Kind       Kind     `json:"kind"`
	Subject    string   `json:"subject,omitempty"`
	Action     string   `json:"action"`
	Topic      string   `json:"topic"`
	Polarity   Polarity `json:"polarity"`
	Text       string   `json:"text"`
	SaidAt     string   `json:"said_at,omitempty"` // YYYY-MM-DD or ""
	Evidence   *Span    `json:"evidence,omitempty"`
	RespondsTo []string `json:"responds_to,omitempty"`

	// Filled on reads only.
	Document     *Document `json:"document,omitempty"`
	Counterclaim bool      `json:"counterclaim,omitempty"`
	LoadedAt     time.Time `json:"loaded_at,omitzero"`
	// ChangedAt is when the claim was last stored with new content (its
	// first load, or a later load that changed it). A finding is found when
	// the later of its two claims changed, so FoundAt is derived from it.
	ChangedAt time.Time `json:"-"`
	// With ClaimFilter.WithLinks: ids of the claims this one counters, and
	// of the claims it contradicts under any rule (either direction).
	Counters    []string `json:"counters,omitempty"`
	Contradicts []string `json:"contradicts,omitempty"`
}

// Accused returns the actor an accusation accuses (its subject), or "" for
// claims of other kinds.
func (c *Claim) Accused() string {
	if c.Kind == KindAccusation {
		return c.Subject
	}
	return ""
}

// Validate checks the fields every stored claim must have.
func (c *Claim) Validate() error {
	switch {
	case c.ID == "":
		return Errorf(EInvalid, "claim has no id")
	case c.DocID == "":
		return Errorf(EInvalid, "claim %s has no document", c.ID)
	case strings.TrimSpace(c.Speaker) == "":
		return Errorf(EInvalid, "claim %s has no speaker", c.ID)
	case !c.Kind.Valid():
		return Errorf(EInvalid, "claim %s: unknown kind %q", c.ID, c.Kind)
	case !c.Polarity.Valid():
		return Errorf(EInvalid, "claim %s: polarity must be + or -, got %q", c.ID, c.Polarity)
	case c.Action == "":
		return Errorf(EInvalid, "claim %s has no action", c.ID)
	case c.Topic == "":
		return Errorf(EInvalid, "claim %s has no topic", c.ID)
	}
	if c.SaidAt != "" && !isDay(c.SaidAt) {
		if _, err := ParseDate(c.SaidAt); err != nil {
			return Errorf(EInvalid, "claim %s: said_at: %v", c.ID, err)
		}
	}
	if e := c.Evidence; e != nil && (e.Start < 0 || e.End < e.Start) {
		return Errorf(EInvalid, "claim %s: evidence span [%d,%d) is not a range", c.ID, e.Start, e.End)
	}
	return c.checkKeys()
}

// Stores index the keys derived from a claim (ids, slugs, the proposition
// key), and an index bounds the size of its keys: Neo4j's range indexes
// refuse a key over 8,167 bytes, and the whole batch with it. So the
// fields that become keys are bounded here, for every store alike, far
// above any real name or action: a proposition key is at most
// 2*MaxSlugBytes + MaxActionBytes + 2 bytes. Texts are not keys and are
// not bounded.
const (
	// MaxKeyBytes bounds ids.
	MaxKeyBytes = 1024
	// MaxSlugBytes bounds the slugs of names (speaker, side, subject,
	// topic, and the names of speaker, actor and topic nodes), leaving
	// room in MaxKeyBytes for the prefix of the ids made of them.
	MaxSlugBytes = MaxKeyBytes - 32
	// MaxActionBytes bounds a normalised action (NormAction).
	MaxActionBytes = 4096
)

// checkKeys checks the fields of c that become index keys against
// MaxKeyBytes, MaxSlugBytes and MaxActionBytes.
func (c *Claim) checkKeys() error {
	for _, id := range append([]string{c.ID, c.DocID, c.SpeakerID}, c.RespondsTo...) {
		if len(id) > MaxKeyBytes {
			return Errorf(EInvalid, "claim %.40s…: an id of %d bytes is longer than %d", c.ID, len(id), MaxKeyBytes)
		}
	}
	for _, f := range []struct{ name, v string }{
		{"speaker", c.Speaker}, {"side", c.Side}, {"subject", c.Subject}, {"topic", c.Topic},
	} {
		if err := checkName(f.v); err != nil {
			return Errorf(EInvalid, "claim %s: %s %v", c.ID, f.name, err)
		}
	}
	// Lower-casing makes a rune half again as long at most, and folding
	// white space never lengthens: compute NormAction only when it might
	// be too long.
	if len(c.Action) > MaxActionBytes/2 {
		if n := len(NormAction(c.Action)); n > MaxActionBytes {
			return Errorf(EInvalid, "claim %s: action of %d bytes is longer than %d", c.ID, n, MaxActionBytes)
		}
	}
	return nil
}

// checkName checks that a name's slug fits MaxSlugBytes. A slug is at
// most half again as long as its name (lower-casing), so short names are
// not slugged.
func checkName(name string) error {
	if len(name) > MaxSlugBytes/2 {
		if n := len(Slug(name)); n > MaxSlugBytes {
			return fmt.Errorf("name %.40q…: its slug of %d bytes is longer than %d", name, n, MaxSlugBytes)
		}
	}
	return nil
}

// isDay reports whether s is a YYYY-MM-DD date ParseDate accepts, without
// the cost of time.Parse: loaders validate every claim, and nearly every
// said_at is such a date. It answers false for anything else (RFC 3339
// timestamps, white space, errors), which Validate leaves to ParseDate.
func isDay(s string) bool {
	if len(s) != len("2006-01-02") || s[4] != '-' || s[7] != '-' {
		return false
	}
	for i := 0; i < len(s); i++ {
		if i != 4 && i != 7 && (s[i] < '0' || s[i] > '9') {
			return false
		}
	}
	year := int(s[0]-'0')*1000 + int(s[1]-'0')*100 + int(s[2]-'0')*10 + int(s[3]-'0')
	month := int(s[5]-'0')*10 + int(s[6]-'0')
	day := int(s[8]-'0')*10 + int(s[9]-'0')
	if year < 1000 || month < 1 || month > 12 || day < 1 {
		return false
	}
	days := [13]int{0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31}[month]
	if month == 2 && year%4 == 0 && (year%100 != 0 || year%400 == 0) {
		days = 29
	}
	return day <= days
}

// ParseDate accepts YYYY-MM-DD or an RFC 3339 timestamp and returns the day.
// Years outside 1000..9999 are rejected: they are typos, and they would not
// sort as text.
func ParseDate(s string) (time.Time, error) {
	s = strings.TrimSpace(s)
	var t time.Time
	var err error
	if len(s) == len("2006-01-02") {
		t, err = time.Parse("2006-01-02", s)
	} else {
		t, err = time.Parse(time.RFC3339, s)
	}
	if err != nil {
		return time.Time{}, fmt.Errorf("%q is not a date (want YYYY-MM-DD)", s)
	}
	if y := t.Year(); y < 1000 || y > 9999 {
		return time.Time{}, fmt.Errorf("%q: year %d out of range", s, y)
	}
	return time.Date(t.Year(), t.Month(), t.Day(), 0, 0, 0, 0, time.UTC), nil
}

// NormDate returns s as YYYY-MM-DD, or "" for "".
func NormDate(s string) (string, error) {
	if strings.TrimSpace(s) == "" {
		return "", nil
	}
	t, err := ParseDate(s)
	if err != nil {
		return "", err
	}
	return t.Format("2006-01-02"), nil
}

// Batch is what one load transaction writes. Nodes are upserted by id;
// claims reference documents, speakers, actors and topics of the same batch
// or already stored.
type Batch struct {
	Documents []Document
	Speakers  []Speaker
	Actors    []Actor
	Topics    []Topic
	Claims    []Claim
}

// Len is the number of nodes in the batch.
func (b *Batch) Len() int {
	return len(b.Documents) + len(b.Speakers) + len(b.Actors) + len(b.Topics) + len(b.Claims)
}
