package sqlite

import (
	"sort"

	"github.com/contra-project/contra/graph"
)

// Proposition group profiles (see graph/profile.go and migration 0003):
// the counts are rows of prop_profiles, changed in the batch's
// transaction, so a profile always counts exactly the stored members.

const (
	openDenialsSQL = `SELECT id, prop_key, speaker_id, side_slug, kind, polarity, said_at FROM claims
		WHERE prop_key IN (SELECT value FROM json_each(?)) AND kind = 'denial' AND counterclaim = 0`
	membersByIDSQL = `SELECT id, prop_key, speaker_id, side_slug, kind, polarity, said_at FROM claims
		WHERE id IN (SELECT value FROM json_each(?))`
	readProfilesSQL  = `SELECT key, n FROM prop_profiles WHERE key IN (SELECT value FROM json_each(?))`
	writeProfilesSQL = `INSERT INTO prop_profiles (key, n) VALUES (?1, ?2) ON CONFLICT (key) DO UPDATE SET n = n + ?2`
)

// countGroups counts the pairs of fresh, new claims with the stored
// members of their proposition groups, keys: from the profile of a group
// that has one, else by streaming its members through ctr. A group that
// reaches l.profileAt members with this batch gets its profile, built
// from its members; the profiles of all the groups gain the fresh claims.
func (l *loader) countGroups(ctr *graph.Counter, fresh, linked []graph.Claim, keys []string) error {
	l.profile = map[string]int{}
	hot, err := l.profiled(keys)
	if err != nil {
		return err
	}
	var cold []string
	for _, k := range keys {
		if !hot[k] {
			cold = append(cold, k)
		}
	}
	size := map[string]int{}
	for i := range fresh {
		size[graph.PropKey(&fresh[i])]++
	}
	err = l.members(membersSQL, cold, func(ms []graph.Member) {
		ctr.Add(ms)
		for i := range ms {
			size[ms[i].PropKey]++
		}
	})
	if err != nil {
		return err
	}
	if len(hot) > 0 {
		vals, err := l.readProfiles(ctr.ProfileNeeds(hot))
		if err != nil {
			return err
		}
		var open []graph.Member
		err = l.members(openDenialsSQL, sortedSet(hot), func(ms []graph.Member) { open = append(open, ms...) })
		if err != nil {
			return err
		}
		ctr.AddProfiles(hot, vals, open, linked)
	}
	// A group crossing the size is read a second time, once in its life,
	// rather than every cold group's members being kept until the sizes
	// are known.
	var grown []string
	for _, k := range cold {
		if l.profileAt > 0 && size[k] >= l.profileAt {
			grown = append(grown, k)
			hot[k] = true
		}
	}
	err = l.members(membersSQL, grown, func(ms []graph.Member) {
		for i := range ms {
			l.addProfile(&ms[i], 1)
		}
	})
	if err != nil {
		return err
	}
	for i := range fresh {
		if m := graph.MemberOf(&fresh[i]); hot[m.PropKey] {
			l.addProfile(&m, 1)
		}
	}
	return nil
}

// profileChanges moves the changed claims of fresh from their stored
// versions' profiles to their new versions', and adds the new claims of
// fresh to theirs. Only groups with a profile are kept up to date here:
// a group gets one in a batch of new claims.
func (l *loader) profileChanges(fresh []graph.Claim, changed map[string]bool) error {
	l.profile = map[string]int{}
	ids := make([]string, 0, len(changed))
	for id := range changed {
		ids = append(ids, id)
	}
	sort.Strings(ids)
	var old []graph.Member
	if err := l.members(membersByIDSQL, ids, func(ms []graph.Member) { old = append(old, ms...) }); err != nil {
		return err
	}
	now := make([]graph.Member, len(fresh))
	keys := map[string]bool{}
	for i := range fresh {
		now[i] = graph.MemberOf(&fresh[i])
		keys[now[i].PropKey] = true
	}
	for i := range old {
		keys[old[i].PropKey] = true
	}
	hot, err := l.profiled(sortedSet(keys))
	if err != nil {
		return err
	}
	for i := range old {
		if hot[old[i].PropKey] {
			l.addProfile(&old[i], -1)
		}
	}
	for i := range now {
		if hot[now[i].PropKey] {
			l.addProfile(&now[i], 1)
		}
	}
	return nil
}

func (l *loader) addProfile(m *graph.Member, d int) {
	for _, k := range graph.ProfileKeys(m) {
		l.profile[k] += d
	}
}

// profiled returns which of the groups keys have a profile.
func (l *loader) profiled(keys []string) (map[string]bool, error) {
	out := map[string]bool{}
	if len(keys) == 0 {
		return out, nil
	}
	group := make(map[string]string, len(keys))
	pk := make([]string, len(keys))
	for i, k := range keys {
		pk[i] = graph.ProfileKey(k)
		group[pk[i]] = k
	}
	vals, err := l.readProfiles(pk)
	if err != nil {
		return nil, err
	}
	for k := range vals {
		out[group[k]] = true
	}
	return out, nil
}

// readProfiles returns the stored counts under keys; a key without a row
// is left out.
func (l *loader) readProfiles(keys []string) (map[string]int, error) {
	return l.keyCounts(readProfilesSQL, "read group profiles", keys)
}

// writeProfiles adds the batch's changes to the profile counts, in key
// order so that neighbouring rows share pages.
func (l *loader) writeProfiles() error {
	keys := make([]string, 0, len(l.profile))
	for k, d := range l.profile {
		if d != 0 {
			keys = append(keys, k)
		}
	}
	if len(keys) == 0 {
		return nil
	}
	sort.Strings(keys)
	st, err := l.tx.PrepareContext(l.ctx, writeProfilesSQL)
	if err != nil {
		return translate(err, "load batch: group profiles")
	}
	defer st.Close()
	for i, k := range keys {
		if err := l.live(i); err != nil {
			return err
		}
		if _, err := st.ExecContext(l.rowCtx, k, l.profile[k]); err != nil {
			return translate(err, "load batch: group profiles")
		}
	}
	return nil
}

func sortedSet(m map[string]bool) []string {
	out := make([]string, 0, len(m))
	for k, ok := range m {
		if ok {
			out = append(out, k)
		}
	}
	sort.Strings(out)
	return out
}
