package graph

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"strconv"
	"strings"
	"time"
)

// PrepareClaims is what every Store does to a batch's claims before
// writing them, so that backends agree on what "the same claim" is: each
// claim is validated, its speaker id and date normalised, its slices
// copied (the caller's claims are never modified) and its read-only fields
// cleared. A claim id given twice with the same content is kept once;
// with different content it is EInvalid. It returns the claims and their
// fingerprints, in first-seen order.
func PrepareClaims(claims []Claim) ([]Claim, []string, error) {
	out, fps := make([]Claim, len(claims)), make([]string, len(claims))
	return dedupClaims(out, fps, prepareClaims(claims, out, fps))
}

// prepareClaims prepares claims[i] into out[i] and fps[i], each on its
// own, and returns the error of each claim that has one (nil when none
// has).
func prepareClaims(claims, out []Claim, fps []string) map[int]error {
	var errs map[int]error
	for i := range claims {
		c := claims[i]
		if err := prepareClaim(&c); err != nil {
			if errs == nil {
				errs = map[int]error{}
			}
			errs[i] = err
			continue
		}
		out[i], fps[i] = c, Fingerprint(&c)
	}
	return errs
}

// prepareClaim validates and normalises one claim (PrepareClaims).
func prepareClaim(c *Claim) error {
	if err := c.Validate(); err != nil {
		return err
	}
	for _, f := range []struct{ name, v string }{
		{"speaker", c.Speaker}, {"topic", c.Topic}, {"side", c.Side}, {"subject", c.Subject},
	} {
		if strings.TrimSpace(f.v) != "" && Slug(f.v) == "" {
			return Errorf(EInvalid, "claim %s: %s %q has no letters or digits", c.ID, f.name, f.v)
		}
	}
	if c.SpeakerID == "" {
		c.SpeakerID = SpeakerID(c.Speaker)
	}
	c.SaidAt, _ = NormDate(c.SaidAt) // Validate checked it
	if c.Evidence != nil {
		ev := *c.Evidence
		c.Evidence = &ev
	}
	c.RespondsTo = append([]string(nil), c.RespondsTo...)
	c.Document, c.Counterclaim, c.LoadedAt, c.ChangedAt, c.Counters, c.Contradicts = nil, false, time.Time{}, time.Time{}, nil, nil
	return nil
}

// dedupClaims walks the prepared claims in order, one claim at a time
// (PrepareClaims, and PrepareBatchConcurrently after its two halves): the
// first claim with an error, or the first id given again with other
// content, fails the batch; an id given again alike is kept once. It compacts claims and fps in place.
func dedupClaims(claims []Claim, fps []string, errs map[int]error) ([]Claim, []string, error) {
	seen := make(map[string]int, len(claims))
	n := 0
	for i := range claims {
		if err, ok := errs[i]; ok {
			return nil, nil, err
		}
		c := &claims[i]
		if j, ok := seen[c.ID]; ok {
			if fps[j] != fps[i] {
				return nil, nil, Errorf(EInvalid, "claim %s appears twice in the batch with different content", c.ID)
			}
			continue
		}
		seen[c.ID] = n
		claims[n], fps[n] = *c, fps[i]
		n++
	}
	clear(claims[n:])
	return claims[:n], fps[:n], nil
}

// PrepareNodes is what every Store does to a batch's documents, speakers,
// actors and topics before writing them: each is validated, its id filled
// when empty and, for a document, its publication date normalised. It
// returns copies in the batch's order (alias lists copied too, so the
// caller's batch is never modified). Speaker, actor and topic names and
// aliases are folded by NormName (see NodeName).
func PrepareNodes(b Batch) ([]Document, []Speaker, []Actor, []Topic, error) {
	docs := make([]Document, 0, len(b.Documents))
	for _, d := range b.Documents {
		if strings.TrimSpace(d.ID) == "" {
			return nil, nil, nil, nil, Errorf(EInvalid, "document %q has no id", d.Name)
		}
		if len(d.ID) > MaxKeyBytes {
			return nil, nil, nil, nil, Errorf(EInvalid, "document %q: an id of %d bytes is longer than %d", d.Name, len(d.ID), MaxKeyBytes)
		}
		p, err := NormDate(d.Published)
		if err != nil {
			return nil, nil, nil, nil, Errorf(EInvalid, "document %s: published: %v", d.ID, err)
		}
		d.Published = p
		docs = append(docs, d)
	}
	speakers := make([]Speaker, 0, len(b.Speakers))
	for _, sp := range b.Speakers {
		if Slug(sp.Name) == "" {
			return nil, nil, nil, nil, Errorf(EInvalid, "speaker %q has no name", sp.ID)
		}
		if sp.ID == "" {
			sp.ID = SpeakerID(sp.Name)
		}
		if err := checkNode(sp.ID, sp.Name); err != nil {
			return nil, nil, nil, nil, Errorf(EInvalid, "speaker %.40q: %v", sp.ID, err)
		}
		sp.Name, sp.Aliases = NodeName(sp.Name), nodeNames(sp.Aliases)
		speakers = append(speakers, sp)
	}
	actors := make([]Actor, 0, len(b.Actors))
	for _, a := range b.Actors {
		if Slug(a.Name) == "" {
			return nil, nil, nil, nil, Errorf(EInvalid, "actor %q has no name", a.ID)
		}
		if a.ID == "" {
			a.ID = ActorID(a.Name)
		}
		if err := checkNode(a.ID, a.Name); err != nil {
			return nil, nil, nil, nil, Errorf(EInvalid, "actor %.40q: %v", a.ID, err)
		}
		a.Name, a.Aliases = NodeName(a.Name), nodeNames(a.Aliases)
		actors = append(actors, a)
	}
	topics := make([]Topic, 0, len(b.Topics))
	for _, t := range b.Topics {
		if Slug(t.Name) == "" {
			return nil, nil, nil, nil, Errorf(EInvalid, "topic %q has no name", t.ID)
		}
		if t.ID == "" {
			t.ID = TopicID(t.Name)
		}
		if err := checkNode(t.ID, t.Name); err != nil {
			return nil, nil, nil, nil, Errorf(EInvalid, "topic %.40q: %v", t.ID, err)
		}
		t.Name, t.Aliases = NodeName(t.Name), nodeNames(t.Aliases)
		topics = append(topics, t)
	}
	return docs, speakers, actors, topics, nil
}

// checkNode checks a speaker, actor or topic's id and name against
// MaxKeyBytes and MaxSlugBytes: both are index keys.
func checkNode(id, name string) error {
	if len(id) > MaxKeyBytes {
		return fmt.Errorf("an id of %d bytes is longer than %d", len(id), MaxKeyBytes)
	}
	return checkName(name)
}

// NodeName is the name a store gives a speaker, actor or topic node:
// white space folded (NormName), case kept. Names with one slug are one
// node: a name with stray spaces or line breaks is not a name to show for
// it, and both stores name it alike. A claim keeps its own fields as
// given.
func NodeName(name string) string { return NormName(name) }

// nodeNames folds a list of aliases as NodeName does, into a new slice,
// dropping blank ones.
func nodeNames(names []string) []string {
	var out []string
	for _, n := range names {
		if n = NodeName(n); n != "" {
			out = append(out, n)
		}
	}
	return out
}

// Fingerprint hashes everything a store keeps of a claim, so a reload can
// tell unchanged claims from changed ones without comparing fields.
func Fingerprint(c *Claim) string {
	h := sha256.New()
	put := func(s string) {
		h.Write([]byte(s))
		h.Write([]byte{0})
	}
	for _, s := range []string{c.DocID, c.SpeakerID, c.Speaker, c.Role, c.Side, string(c.Kind), c.Subject,
		c.Action, c.Topic, string(c.Polarity), c.Text, c.SaidAt} {
		put(s)
	}
	if e := c.Evidence; e != nil {
		put("ev")
		put(strconv.Itoa(e.Start))
		put(strconv.Itoa(e.End))
		put(e.Text)
	} else {
		put("noev")
	}
	for _, id := range c.RespondsTo {
		put(id)
	}
	return hex.EncodeToString(h.Sum(nil)[:16])
}
