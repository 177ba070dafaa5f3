package sqlite

import (
	"context"
	"sort"

	"github.com/contra-project/contra/graph"
)

// Proposition group profiles (see graph/profile.go and migration 0003):
// the counts are rows of prop_profiles, changed in the batch's
// transaction, so a profile always counts exactly the stored members.
// graph.LoadBatch decides which groups have one and what they count;
// these are its graph.ProfileTx primitives.

const (
	// The partial index holds the open denials only; the prop_key index
	// would read every denial of a group and its row for the flag.
	openDenialsSQL = `SELECT id, prop_key, speaker_id, side_slug, kind, polarity, said_at FROM claims INDEXED BY claims_open_denials
		WHERE prop_key IN (SELECT value FROM json_each(?)) AND kind = 'denial' AND counterclaim = 0`
	membersByIDSQL = `SELECT id, prop_key, speaker_id, side_slug, kind, polarity, said_at FROM claims
		WHERE id IN (SELECT value FROM json_each(?))`
	readProfilesSQL = `SELECT key, n FROM prop_profiles WHERE key IN (SELECT value FROM json_each(?))`
)

// ProfileAt is the group size from which a group gets a profile.
func (l *loadTx) ProfileAt() int { return l.profileAt }

// Profiles returns the stored profile counts under keys.
func (l *loadTx) Profiles(ctx context.Context, keys []string) (map[string]int, error) {
	return l.keyCounts(ctx, readProfilesSQL, "read group profiles", keys)
}

// NoProfiles reports whether the store holds no profile count.
func (l *loadTx) NoProfiles(ctx context.Context) (bool, error) {
	var none bool
	err := l.tx.QueryRowContext(ctx, `SELECT NOT EXISTS (SELECT 1 FROM prop_profiles)`).Scan(&none)
	return none, translate(err, "read group profiles")
}

// OpenDenials calls fn with the stored denials of the groups keys that are
// not flagged as counterclaims (a partial index keeps them few).
func (l *loadTx) OpenDenials(ctx context.Context, keys []string, fn func([]graph.Member)) error {
	return l.members(ctx, openDenialsSQL, keys, fn)
}

// MembersByID calls fn with the stored claims ids as group members.
func (l *loadTx) MembersByID(ctx context.Context, ids []string, fn func([]graph.Member)) error {
	return l.members(ctx, membersByIDSQL, ids, fn)
}

// AddProfiles adds delta to the profile counts, in key order so that
// neighbouring rows share pages.
func (l *loadTx) AddProfiles(ctx context.Context, delta map[string]int) error {
	keys := make([]string, 0, len(delta))
	for k, d := range delta {
		if d != 0 {
			keys = append(keys, k)
		}
	}
	if len(keys) == 0 {
		return nil
	}
	sort.Strings(keys)
	st := l.stmt(l.st.profile)
	for i, k := range keys {
		if err := l.live(i); err != nil {
			return err
		}
		if _, err := st.ExecContext(l.rowCtx, k, delta[k]); err != nil {
			return translate(err, "group profiles")
		}
	}
	return nil
}
