package graph

import (
	"context"
)

// The analysts' queries are compositions of Store methods, written once
// here (and in disputes.go, pairs.go and opponents.go) so every backend
// answers them identically. Each streams its results and reads no more
// than its page needs; see scan.go.

// SpeakerClaims streams a speaker's claims (f pages them), each with its
// n strongest opponents; see Opponents.
func SpeakerClaims(ctx context.Context, s Snapshotter, speaker string, f ClaimFilter, n int, fn func(ClaimOpponents) error) error {
	f.Speaker = speaker
	return Opponents(ctx, s, f, n, fn)
}

// Timeline streams the claims on f.Topic by date (f pages them), each
// marked with whether it takes part in any finding and with its n
// strongest opponents.
func Timeline(ctx context.Context, s Snapshotter, f ClaimFilter, n int, fn func(TimelineEntry) error) error {
	if f.Topic == "" {
		return Errorf(EInvalid, "timeline: no topic")
	}
	return Opponents(ctx, s, f, n, func(co ClaimOpponents) error {
		return fn(TimelineEntry{ClaimOpponents: co, Contested: co.Total > 0})
	})
}

// Between streams what two sides assert about each other: claims of side
// a about b, then of side b about a, each with its n strongest opponents.
// f.Offset and f.Limit page the two lists as one.
func Between(ctx context.Context, s Snapshotter, lister ClaimLister, a, b string, f ClaimFilter, n int, fn func(ClaimOpponents) error) error {
	first := f
	first.Side, first.Subject = a, b
	second := f
	second.Side, second.Subject = b, a
	if f.Offset > 0 || f.Limit > 0 {
		// The first list's length shifts the page into the second.
		k := first
		k.Offset, k.Limit = 0, 0
		count := 0
		if err := lister.Claims(ctx, k, func(Claim) error { count++; return nil }); err != nil {
			return err
		}
		shown := 0
		if f.Offset < count {
			shown = count - f.Offset
			if f.Limit > 0 {
				shown = min(shown, f.Limit)
			}
		}
		second.Offset = max(0, f.Offset-count)
		if f.Limit > 0 {
			second.Limit = f.Limit - shown
			if second.Limit == 0 {
				return Opponents(ctx, s, first, n, fn)
			}
		}
		if f.Offset >= count {
			return Opponents(ctx, s, second, n, fn)
		}
	}
	if err := Opponents(ctx, s, first, n, fn); err != nil {
		return err
	}
	return Opponents(ctx, s, second, n, fn)
}

// ClaimLister is the part of a Store (or a ClaimReader) CollectClaims needs.
type ClaimLister interface {
	Claims(ctx context.Context, f ClaimFilter, fn func(Claim) error) error
}

// CollectClaims returns the claims matching f as a slice.
func CollectClaims(ctx context.Context, s ClaimLister, f ClaimFilter) ([]Claim, error) {
	var out []Claim
	err := s.Claims(ctx, f, func(c Claim) error {
		out = append(out, c)
		return nil
	})
	return out, err
}

func maxStr(a, b string) string {
	if b > a {
		return b
	}
	return a
}
