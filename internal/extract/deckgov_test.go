package extract

import (
	"strings"
	"testing"
)

// TestDeckGovernment: a deck's bare "government says …", read before the
// article showed any state, is the government of the one state the
// headline names, though the body names others ("neighbouring Sarvel",
// a donor "Ostermark"); a headline naming two states leaves it
// undecided.
func TestDeckGovernment(t *testing.T) {
	const body = "Relief fund blames donors; government says the fund has wasted food and money\n\n" +
		"More than 40,000 refugees at Tesk camp in northern Bellmark will receive half their ration, the Tarsen Aid Fund said on Wednesday.\n\n" +
		"The Bellmark government rejected that account. Most of the refugees fled fighting in neighbouring Sarvel, where the Sarvelian army is fighting rebels.\n\n" +
		"A spokesman for Ostermark's foreign ministry said its contribution was higher than ever.\n"
	for _, tt := range []struct {
		name, title, want string
	}{
		{"one state in the headline", "Rations halved at Tesk camp as aid fund and Bellmark trade blame", "Bellmark government"},
		{"guard: two states in the headline", "Rations halved at Tesk camp as Bellmark and Sarvel trade blame", "government"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			res := extractWith(t, New(nil), Article{Name: "a.txt", Text: []byte(tt.title + "\n\n" + body)})
			for _, c := range res.Claims {
				if strings.Contains(c.Text, "wasted food") && strings.Contains(c.Text, "government says") {
					if c.Speaker != tt.want {
						t.Errorf("claim %q by %q, want %q:%s", c.Text, c.Speaker, tt.want, describe(res.Claims))
					}
					return
				}
			}
			t.Errorf("no deck claim:%s", describe(res.Claims))
		})
	}
}
