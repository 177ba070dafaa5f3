package graph

import (
	"crypto/sha256"
	"encoding/hex"
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
	out := make([]Claim, 0, len(claims))
	fps := make([]string, 0, len(claims))
	seen := map[string]int{}
	for i := range claims {
		c := claims[i]
		if err := c.Validate(); err != nil {
			return nil, nil, err
		}
		for _, f := range []struct{ name, v string }{
			{"speaker", c.Speaker}, {"topic", c.Topic}, {"side", c.Side}, {"subject", c.Subject},
		} {
			if strings.TrimSpace(f.v) != "" && Slug(f.v) == "" {
				return nil, nil, Errorf(EInvalid, "claim %s: %s %q has no letters or digits", c.ID, f.name, f.v)
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
		fp := Fingerprint(&c)
		if j, ok := seen[c.ID]; ok {
			if fps[j] != fp {
				return nil, nil, Errorf(EInvalid, "claim %s appears twice in the batch with different content", c.ID)
			}
			continue
		}
		seen[c.ID] = len(out)
		out = append(out, c)
		fps = append(fps, fp)
	}
	return out, fps, nil
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
