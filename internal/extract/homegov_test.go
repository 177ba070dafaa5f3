package extract

import (
	"slices"
	"strings"
	"testing"

	"github.com/contra-project/contra/graph"
)

// TestHomeGovernment checks that the one state of a row with a political
// party of its own is keyed by its government ("Norvellian government")
// on both ends of the charges, and that the state stays the side when
// the party is an armed front or a second state trades charges too.
func TestHomeGovernment(t *testing.T) {
	const title = "Norvellia protest deaths: government and opposition trade blame"
	const story = "The Norvellian government and the opposition Green Harbour Party have blamed each other for the deaths of four people at a protest in the city of Dravel on Saturday.\n\n" +
		"Interior Minister Arvid Kell accused the Green Harbour Party of \"paying young men to attack officers\" and said police had used only tear gas.\n\n" +
		"The party's leader, Sanne Ottrup, accused the government of covering up the killings. \"The minister is lying about the bullets,\" she told reporters.\n\n" +
		"The interior ministry denied that any bodies had been moved.\n"
	armed := strings.NewReplacer("the opposition Green Harbour Party", "the Green Harbour Front, a rebel group,",
		"Green Harbour Party", "Green Harbour Front", "The party's", "The front's").Replace(story)
	foreign := story + "\nThe foreign ministry of neighbouring Calvary accused Norvellia of firing tear gas across the border at Tessin.\n"
	tests := []struct {
		name, text string
		want       []string // the accusations between the state and the party, accuser>accused
	}{
		{"a party: the government", story, []string{
			"Green Harbour Party>Norvellian government", "Norvellian government>Green Harbour Party"}},
		{"guard: an armed front, the state", armed, []string{
			"Green Harbour Front>Norvellia", "Norvellia>Green Harbour Front"}},
		{"guard: a second state, the state", foreign, []string{
			"Green Harbour Party>Norvellia", "Norvellia>Green Harbour Party"}},
		{"guard: a state whose adjective the article never writes", strings.ReplaceAll(story, "Norvellian government", "government of Norvellia"), []string{
			"Green Harbour Party>Norvellia", "Norvellia>Green Harbour Party"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			res := extractTitled(t, title, title+"\n\n"+tt.text)
			var got []string
			for _, c := range res.Claims {
				if c.Kind == graph.KindAccusation && strings.HasPrefix(c.Side, "Green") != strings.HasPrefix(c.Subject, "Green") {
					if p := c.Side + ">" + c.Subject; !slices.Contains(got, p) {
						got = append(got, p)
					}
				}
			}
			slices.Sort(got)
			if !slices.Equal(got, tt.want) {
				t.Errorf("pairs %q, want %q:%s", got, tt.want, describe(res.Claims))
			}
		})
	}
}

// TestHomeGovernmentSpeakers checks that a state's officers speak for
// its government in an article about a party of its own, though no
// charge between the two was read, and for the state where the article
// names an armed movement.
func TestHomeGovernmentSpeakers(t *testing.T) {
	const title = "Fire guts Green Harbour Party office in Dravel"
	const body = "A fire destroyed the Dravel office of the opposition Green Harbour Party on Tuesday night, three weeks before the election.\n\n" +
		"The Norvellian interior ministry said investigators were examining whether the blaze had been caused by faulty wiring.\n"
	tests := []struct {
		name, text, want string
	}{
		{"a party named", body, "Norvellian government"},
		{"guard: an armed movement named", body + "\nThe Dravel Liberation Front, a rebel group, said it had no part in the fire.\n", "Norvellia"},
		{"guard: no opposition or governing party spoken of", strings.Replace(body, "the opposition Green", "the Green", 1), "Norvellia"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			res := extractTitled(t, title, title+"\n\n"+tt.text)
			wantSome(t, res, "the ministry's claim on side "+tt.want, func(c graph.Claim) bool {
				return strings.Contains(c.Text, "faulty wiring") && c.Side == tt.want
			})
		})
	}
}
