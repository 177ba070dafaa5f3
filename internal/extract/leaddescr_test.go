package extract

import "testing"

// TestLeadGroupNamedByApposition: a lead's "a human-rights group said"
// is the organisation a later paragraph introduces with that description
// ("Tamsin Rights Watch, an independent human-rights group, said"); not
// when two organisations are so introduced, nor when the description
// differs.
func TestLeadGroupNamedByApposition(t *testing.T) {
	const lead = "KORVA, Ostrel - Ostrel's army and the rebel Vale Front accused each other on Monday of killing 20 civilians in the village of Tesk, as a human-rights group said survivors described men in army uniforms.\n\n" +
		"The Vale Front, which has fought for autonomy since 2031, denied it. In a statement, the group said soldiers had carried out the killings.\n\n"
	for _, tt := range []struct {
		name, text, evidence, want, not string
	}{
		{"introduced with the description", lead + "Tamsin Rights Watch, an independent human-rights group, said its researchers had interviewed 14 survivors.\n",
			"survivors described men", "Tamsin Rights Watch", ""},
		{"guard: two so introduced", lead + "Tamsin Rights Watch, an independent human-rights group, said its researchers had interviewed 14 survivors.\n\n" +
			"Karst Civic Voice, a local human-rights group, said it had counted 22 dead.\n",
			"survivors described men", "human-rights group", ""},
		{"guard: another description", lead + "Tamsin Rescue Corps, a volunteer rescue group, said its teams had reached the village on Sunday.\n",
			"survivors described men", "human-rights group", ""},
	} {
		t.Run(tt.name, func(t *testing.T) { checkClaimSpeaker(t, tt.text, tt.evidence, tt.want, tt.not, false) })
	}
}
