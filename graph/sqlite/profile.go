package sqlite

import (
	"context"
	"sort"
	"strings"

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
	keys := profileKeys(delta)
	if len(keys) == 0 {
		return nil
	}
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

// profileKeys are the keys of delta's counts that move, sorted.
func profileKeys(delta map[string]int) []string {
	keys := make([]string, 0, len(delta))
	for k, d := range delta {
		if d != 0 {
			keys = append(keys, k)
		}
	}
	sort.Strings(keys)
	return keys
}

// profileChunk is how many profile counts a bulk transaction's
// AddProfiles moves with one statement. Into an empty store its counts
// are mostly new rows, each a statement of its own: 10 MB of the bench's
// articles write 30,602 of them, 0.11 s of the load's 0.8 s after its
// rows are in (CPU profile).
const profileChunk = 64

// AddProfiles adds delta to the profile counts as loadTx's does, in key
// order, profileChunk counts a statement (excluded.n is the count the
// row would have been inserted with, loadTx's ?2).
func (l *bulkTx) AddProfiles(ctx context.Context, delta map[string]int) error {
	keys := profileKeys(delta)
	if len(keys) == 0 {
		return nil
	}
	one := l.stmt(l.st.profile)
	args := make([]any, 0, 2*profileChunk)
	for lo := 0; lo < len(keys); {
		if err := l.live(lo); err != nil {
			return err
		}
		st, k := one, 1
		if len(keys)-lo >= profileChunk {
			if l.profiles == nil {
				x, err := l.tx.PrepareContext(ctx, `INSERT INTO prop_profiles (key, n) VALUES `+
					strings.Repeat(`(?, ?), `, profileChunk-1)+`(?, ?) ON CONFLICT (key) DO UPDATE SET n = n + excluded.n`)
				if err != nil {
					return translate(err, "group profiles")
				}
				l.profiles = x
			}
			st, k = l.profiles, profileChunk
		}
		args = args[:0]
		for _, key := range keys[lo : lo+k] {
			args = append(args, key, delta[key])
		}
		if _, err := st.ExecContext(l.rowCtx, args...); err != nil {
			return translate(err, "group profiles")
		}
		lo += k
	}
	return nil
}
