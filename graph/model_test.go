package graph

import (
	"fmt"
	"testing"
)

// TestIsDay checks Validate's shortcut against ParseDate over the
// boundaries where they could part: years around 1000, centuries and the
// leap-year rules, months 0 and 13, days 0, 28 to 32, and malformed
// strings the shortcut must leave to ParseDate.
func TestIsDay(t *testing.T) {
	var in []string
	for _, y := range []string{"0000", "0999", "1000", "1001", "1899", "1900", "1996", "1999", "2000", "2001", "2023", "2024", "2100", "2400", "9999"} {
		for m := 0; m <= 13; m++ {
			for _, d := range []int{0, 1, 9, 10, 28, 29, 30, 31, 32, 99} {
				in = append(in, fmt.Sprintf("%s-%02d-%02d", y, m, d))
			}
		}
	}
	in = append(in, "", " 2024-01-02", "2024-01-02 ", "2024/01/02", "2024-1-02", "+024-01-02", "-024-01-02",
		"20240102", "2024-01-0x", "2024-01-02T10:00:00Z", "2024-01-02T10:00:00+02:00", "２０２４-01-02", "2024-01\u00a002")
	for _, s := range in {
		_, err := ParseDate(s)
		if isDay(s) && err != nil {
			t.Errorf("isDay(%q) = true, but ParseDate fails: %v", s, err)
		}
		if len(s) == len("2006-01-02") && !isDay(s) && err == nil {
			t.Errorf("isDay(%q) = false, but ParseDate accepts it", s)
		}
	}
}

func TestValidateSaidAt(t *testing.T) {
	base := Claim{ID: "claim:1", DocID: "doc:1", Speaker: "Ivo Marek", Kind: KindAssertion, Polarity: Positive, Action: "act", Topic: "dams"}
	for _, tt := range []struct {
		saidAt string
		ok     bool
	}{
		{"", true}, {"2024-02-29", true}, {"2023-02-29", false}, {"0999-12-31", false}, {"1000-01-01", true},
		{"2024-13-01", false}, {"2024-04-31", false}, {" 2024-04-30 ", true}, {"2024-04-30T23:59:59Z", true}, {"soon", false},
	} {
		c := base
		c.SaidAt = tt.saidAt
		if err := c.Validate(); (err == nil) != tt.ok {
			t.Errorf("Validate with said_at %q: %v, want ok %v", tt.saidAt, err, tt.ok)
		}
	}
}
