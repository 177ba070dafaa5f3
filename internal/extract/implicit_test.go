package extract

import (
	"testing"

	"github.com/contra-project/contra/graph"
)

// TestImplicitBlame checks blame carried by the account itself, with no
// verb of accusing: a party's forces, weapons or agents doing the harm
// in what one side says make the charge against that party. Guards: a
// maker's adjective for a state outside the dispute, and a side's own
// arms, make none.
func TestImplicitBlame(t *testing.T) {
	for _, r := range []struct {
		name, text string
		want       []string
	}{
		{"a party's artillery by adjective",
			"A clinic in Brenn was destroyed on Monday. The Dorvian defence ministry said Kessinian artillery had shelled the clinic overnight. " +
				"Kessin said it had not fired at the clinic.",
			[]string{"Dorvia>Kessin"}},
		{"a party's gunboat by adjective",
			"A ferry sank off Brenn on Monday. The Dorvian navy said a Kessinian gunboat had rammed the ferry twice. " +
				"Kessin said the ferry had turned into the gunboat's path.",
			[]string{"Dorvia>Kessin"}},
		{"each side's shells by adjective",
			"A shell hit a school in Brenn. The Dorvian defence ministry said Kessinian shells had hit the school. " +
				"Kessin said Dorvian mortars had hit the school.",
			[]string{"Dorvia>Kessin", "Kessin>Dorvia"}},
		{"a party's soldiers setting fire",
			"A depot burned in Brenn on Monday. Kessin's government said it had nothing to do with the fire. " +
				"The Dorvian defence ministry said Kessinian soldiers had set fire to the depot.",
			[]string{"Dorvia>Kessin"}},
		{"men in a party's uniform",
			"A customs post in Brenn burned on Monday. Kessin's government said it had nothing to do with the fire. " +
				"The Dorvian interior ministry said three men in Kessinian uniform had attacked the post with fuel bottles.",
			[]string{"Dorvia>Kessin"}},
		{"men in a party's uniform, the harm in a later verb",
			"A customs post in Brenn burned on Monday. Kessin's government said it had nothing to do with the fire. " +
				"The Dorvian interior ministry said three men in Kessinian uniform had climbed the fence, kicked in the door and set fire to the post.",
			[]string{"Dorvia>Kessin"}},
		// where the weapon came from
		{"a missile launched from a party's side",
			"A television tower in Brenn fell on Monday. Kessin's government said it had nothing to do with the blast. " +
				"The Dorvian defence ministry said the tower had been hit by a missile launched from Kessin's side of the river.",
			[]string{"Dorvia>Kessin"}},
		{"drones launched from a party's territory",
			"A power station in Brenn went dark on Monday. The Dorvian defence ministry said three drones launched from Kessinian territory had hit the turbine hall. " +
				"Kessin denied it.",
			[]string{"Dorvia>Kessin"}},
		{"shells that came from a party's positions",
			"A school in Brenn was hit on Monday. The Dorvian defence ministry said the shells had come from Kessinian positions across the river. " +
				"Kessin denied it.",
			[]string{"Dorvia>Kessin"}},
		{"guard: tanks that came from a party's factories",
			"Dorvia and Kessin are at war. The Dorvian ministry said the tanks had come from Kessinian factories before the war.",
			nil},
		// who sent the doers
		{"saboteurs sent by a party's intelligence",
			"A bridge in Brenn fell on Monday. Kessin's government said it had nothing to do with the blast. " +
				"The Dorvian defence ministry said a team of saboteurs sent by Kessin's military intelligence had blown up the bridge.",
			[]string{"Dorvia>Kessin"}},
		{"gunmen hired by a party",
			"A bridge in Brenn fell on Monday. Kessin's government said it had nothing to do with the blast. " +
				"The Dorvian defence ministry said gunmen hired by Kessin had attacked the guards at the bridge.",
			[]string{"Dorvia>Kessin"}},
		{"guard: envoys sent by a party who did no harm",
			"A bridge in Brenn fell on Monday. Kessin's government said it had nothing to do with the blast. " +
				"The Dorvian defence ministry said engineers sent by Kessin had visited the bridge in May.",
			nil},
		// the charge already made: the arms tell how, one charge only
		{"arms after the side's own charge",
			"Dorvia accused Kessin on Monday of breaking the truce. The Dorvian defence ministry said Kessinian howitzers had shelled the village of Ostra. " +
				"Kessin said it had not fired at the village.",
			[]string{"Dorvia>Kessin"}},
		{"arms after the side's charge on another topic",
			"Dorvia accused Kessin of rigging the tariff talks on Monday. The Dorvian defence ministry said Kessinian jets had bombed a hospital in Ostra. Kessin denied it.",
			[]string{"Dorvia>Kessin", "Dorvia>Kessin"}},
		{"guard: farmers setting fire to their own fields",
			"Dorvia and Kessin traded accusations. Kessin said Dorvian farmers had set fire to their own fields to clear stubble.",
			[]string{"Dorvia>Kessin", "Kessin>Dorvia"}}, // the frame's, not the fields'
		// guards
		{"guard: a maker's adjective outside the pair",
			"A school in Brenn was hit on Monday. The Dorvian defence ministry said American rockets had hit the school. " +
				"Kessin's foreign ministry said Dorvian mortars had hit the school.",
			[]string{"Kessin>Dorvia"}},
		{"guard: the speaker's own arms",
			"A school in Brenn was hit on Monday. Kessin blamed Dorvia for the attack. " +
				"The Dorvian defence ministry said Dorvian mortars had fired only at a Kessinian gun position.",
			[]string{"Kessin>Dorvia"}},
		{"guard: a third party's account of a party's arms",
			"A clinic in Brenn was destroyed on Monday. Dorvia accused Kessin of shelling the clinic. Kessin's government denied it. " +
				"The Larkfield Relief Trust, which runs the clinic, said Kessinian artillery had shelled it overnight.",
			[]string{"Dorvia>Kessin"}},
		// a speaker with no side (a state's minister the article does not
		// tie to its state) reports a party's arms; it makes no charge,
		// as a charity does not, where a state's minister does
		{"guard: a sideless minister's account of a party's arms",
			"Dorvia and Kessin are at war. An Estlinian minister said Kessinian artillery had shelled the clinic overnight.",
			nil},
		{"a state's minister's account of a party's arms",
			"Dorvia and Kessin are at war. A French minister said Kessinian artillery had shelled the clinic overnight.",
			[]string{"France>Kessin"}},
		{"guard: the speaker's own weapons and where they came from",
			"A school in Brenn was hit on Monday. Kessin blamed Dorvia for the attack. " +
				"The Dorvian defence ministry said its rockets had been fired from Dorvian positions at a Kessinian gun battery.",
			[]string{"Kessin>Dorvia"}},
		// a passive verb makes the arms or the uniformed man the victim
		{"guard: a party's tanks destroyed",
			"Dorvia and Kessin are at war. The Dorvian ministry said Kessinian tanks had been destroyed by Dorvian artillery.",
			nil},
		{"guard: a party's drones shot down",
			"Dorvia and Kessin are at war. The Dorvian ministry said Kessinian drones had been shot down over Brenn.",
			nil},
		{"guard: a man in a party's uniform shot",
			"Dorvia and Kessin are at war. Dorvian police said a man in Kessinian uniform had been shot by a sniper near the border.",
			nil},
		{"guard: drones launched from a party's territory shot down",
			"Dorvia and Kessin fought over the border. Dorvian officials said Kessinian drones launched from Kessinian territory had been shot down over the sea.",
			nil},
		{"guard: a party's rifles sold",
			"Kessin and Dorvia fought a war last year. A Dorvian court said Kessinian rifles seized at the border had been sold to gangs.",
			nil},
	} {
		t.Run(r.name, func(t *testing.T) { checkAccusations(t, r.text, r.want) })
	}
}

// TestArmsNoHarm checks that a party's arms, or people in its uniform,
// are no subject of a clause whose verb does no harm or is passive: the
// account tells of them, it blames no one.
func TestArmsNoHarm(t *testing.T) {
	for _, r := range []struct{ name, text string }{
		{"a party's tanks withdrawn",
			"A school in Brenn was hit on Monday. Kessin blamed Dorvia for the attack. The Dorvian defence ministry said Kessinian tanks had withdrawn from the border overnight."},
		{"a party's warships on a visit",
			"Dorvia and Kessin held talks on Monday. The Dorvian foreign ministry said Kessinian warships had docked in Brenn for a courtesy visit."},
		{"players in a party's uniform",
			"Dorvia and Kessin met in a World Cup qualifier on Monday. The Dorvian football federation said players in Kessinian uniform had beaten the home side 2-0."},
		{"soldiers in a party's uniform on an exercise",
			"Dorvia and Kessin held joint drills. The Dorvian army said soldiers in Kessinian uniform had crossed the bridge to join the exercise."},
		{"a man in a party's uniform arrested",
			"Dorvia and Kessin are at war. Dorvian police said a man in Kessinian uniform had been arrested for shoplifting."},
	} {
		t.Run(r.name, func(t *testing.T) {
			checkSpeaker(t, r.text, "", "", "", func(c graph.Claim) bool { return c.Subject == "Kessin" })
		})
	}
}
