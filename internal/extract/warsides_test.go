package extract

import "testing"

// TestStateArmedPair checks a reciprocal accusation whose subject is a
// state and an armed group described by its noun ("the government and
// separatist fighters … blamed each other"): the state is the one its
// organ names, the group the one armed organisation the article names,
// or the one whose name holds the place the description names; side>
// accused of every accusation, in any order.
func TestStateArmedPair(t *testing.T) {
	const group = "\n\nThe Ormen Liberation Army, which has fought the government since 2031, said the charge was a lie.\n"
	tests := []struct {
		name string
		text string
		want []string
	}{
		{"shipping: the government and separatist fighters in a region, after ', and'",
			"KESSEL, Dravonia (Wirenews) - A passenger ferry struck a sea mine off Kessel on Tuesday, killing six people, and the government and separatist fighters in the breakaway Ormen region blamed each other for laying it." + group,
			[]string{"Dravonia>Ormen Liberation Army", "Ormen Liberation Army>Dravonia"}},
		{"mining: the rebels and the army, the group first",
			"TULSK, Dravonia (Wirenews) - Gunmen attacked a convoy of copper trucks near the Tulsk mine on Monday.\n\nThe rebels and the army have blamed each other for the attack." + group,
			[]string{"Dravonia>Ormen Liberation Army", "Ormen Liberation Army>Dravonia"}},
		{"health: a clinic shelled, the government and militants",
			"VARSK, Halmora (Wirenews) - Shells hit a children's clinic in Varsk on Friday, killing three nurses.\n\nThe government and the militants blamed each other for the shelling.\n\nThe Red Hill Brigade, which holds the hills above the town, said its fighters had no artillery.\n",
			[]string{"Halmora>Red Hill Brigade", "Red Hill Brigade>Halmora"}},
		{"elections: the place names the group beside a union and a charity",
			"DELM, Ostrava (Wirenews) - A polling station in Delm burned down on election day, and the government and insurgents from the Karst hills traded accusations over the fire.\n\n" +
				"The Karst People's Guard said soldiers had set it alight. The Delm Teachers' Union said its members were safe. The charity Open Hands said it would send tents.\n",
			[]string{"Ostrava>Karst People's Guard", "Karst People's Guard>Ostrava"}},
		{"guard: two armed groups named, the place names neither",
			"VARSK, Halmora (Wirenews) - Shells hit a children's clinic in Varsk on Friday.\n\nThe government and the rebels blamed each other for the shelling.\n\n" +
				"The Red Hill Brigade and the Black Ridge Front, which share the hills above the town, said they had no artillery.\n",
			nil},
		{"guard: no armed group named",
			"VARSK, Halmora (Wirenews) - Shells hit a children's clinic in Varsk on Friday.\n\nThe government and the rebels blamed each other for the shelling.\n",
			nil},
		{"guard: the group only, no state before 'and'",
			"An airport fuel depot near Lisk burned on Sunday.\n\nLocal farmers and the rebels blamed each other for the fire." + group,
			nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { checkAccusations(t, tt.text, tt.want) })
	}
}

// TestEachAccusedTheOthers checks "each accused the other's NOUN of …":
// the other side's forces, crew or staff stand for the other side, so
// each of the two parties named before accuses the other; with one party
// named there is no pair.
func TestEachAccusedTheOthers(t *testing.T) {
	tests := []struct {
		name string
		text string
		want []string
	}{
		{"border clash: the other's border guards, in a 'when' clause",
			"Velmark accused Ostra of closing the border on Monday.\n\nThe two neighbours fell out last year, when each accused the other's border guards of stealing cattle.\n",
			[]string{"Velmark>Ostra", "Velmark>Ostra", "Ostra>Velmark"}},
		{"shipping: the other's crew",
			"Tolvik Freight accused Dorvel Line of ignoring the harbour master after their ships collided off Oskel on Monday.\n\nEach blamed the other's crew for the collision.\n",
			[]string{"Tolvik Freight>Dorvel Line", "Tolvik Freight>Dorvel Line", "Dorvel Line>Tolvik Freight"}},
		{"guard: one party named, no pair invented",
			"Velmark accused cattle rustlers of raiding farms near the border on Monday.\n\nEach accused the other's border guards of stealing cattle last year.\n",
			nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { checkAccusations(t, tt.text, tt.want) })
	}
}

// TestArmedDescription checks an armed group described by its noun as
// the doer of a charge ("the ministry said militants had shelled …") or
// as the speaker ("The rebels accused the army …"): the one armed
// organisation the article names, or the one whose name holds the place
// the description, or an earlier one, names; two groups, or a remark
// that charges nothing, give no accusation.
func TestArmedDescription(t *testing.T) {
	const clinic = "VARSK, Halmora (Wirenews) - Shells hit a children's clinic in Varsk on Friday, killing three nurses.\n\n"
	const polls = "The Karst People's Guard has boycotted the vote. The Delm Teachers' Union said its members were safe.\n\n"
	tests := []struct {
		name string
		text string
		want []string
	}{
		{"health: militants who shelled a clinic, one armed group named",
			clinic + "The Red Hill Brigade, which holds the hills above the town, has fought the government since 2029.\n\nThe health ministry said militants had shelled the clinic from the ridge.\n",
			[]string{"Halmora>Red Hill Brigade"}},
		{"aviation: separatists who fired on an airliner, beside an airline",
			"LISK, Tessaly (Wirenews) - A missile hit a Corvair Airlines jet as it landed at Lisk on Sunday.\n\nThe Ulm Freedom Front, which has fought the government since 2030, controls the hills east of the airport.\n\nTessaly's transport ministry said separatists had fired the missile from a village near the runway.\n",
			[]string{"Tessaly>Ulm Freedom Front"}},
		{"elections: the rebels speak, after fighters were placed in the group's region",
			"DELM, Ostra (Wirenews) - A bomb destroyed a polling station in Delm on election day, and the government and separatist fighters in the Karst hills blamed each other.\n\n" + polls + "The rebels accused the army of planting the bomb.\n",
			[]string{"Ostra>Karst People's Guard", "Karst People's Guard>Ostra", "Karst People's Guard>Ostra"}},
		{"guard: two armed groups named",
			clinic + "The Red Hill Brigade and the Black Ridge Front share the hills above the town.\n\nThe health ministry said militants had shelled the clinic from the ridge.\n",
			nil},
		{"guard: unidentified militants are no group's",
			clinic + "The Red Hill Brigade, which holds the hills above the town, has fought the government since 2029.\n\nThe health ministry said unidentified militants had shelled the clinic from the ridge.\n",
			nil},
		{"guard: a remark about the rebels charges nothing",
			clinic + "The Red Hill Brigade, which holds the hills above the town, has fought the government since 2029.\n\nThe health ministry said the rebels know the roads well.\n",
			nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { checkAccusations(t, tt.text, tt.want) })
	}
}

// TestStateArms checks a state's arms or crews named by its organ as
// the doer of a charge ("government artillery had shelled",
// "government gunboats rammed"): the state the organ is the article's, as
// "government troops" are; arms with no organ are nobody's.
func TestStateArms(t *testing.T) {
	const front = "TULSK, Dravonia (Wirenews) - Shells hit a fuel depot near Tulsk on Monday.\n\nThe Ormen Liberation Army, which has fought the government since 2031, "
	tests := []struct {
		name string
		text string
		want []string
	}{
		{"border clash: government artillery, in a participle clause",
			front + "accused the army of lying, saying government artillery had shelled two villages under its control.\n",
			[]string{"Ormen Liberation Army>Dravonia", "Ormen Liberation Army>Dravonia"}},
		{"shipping: government gunboats rammed a trawler",
			"KESSEL, Dravonia (Wirenews) - A trawler sank off Kessel on Friday.\n\nThe Ormen Liberation Army, which has fought the government since 2031, said government gunboats had rammed the trawler.\n",
			[]string{"Ormen Liberation Army>Dravonia"}},
		{"health: government drones struck a clinic",
			front + "said government drones had struck a clinic in the town.\n",
			[]string{"Ormen Liberation Army>Dravonia"}},
		{"guard: artillery of no organ",
			front + "said artillery had shelled two villages under its control.\n",
			nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { checkAccusations(t, tt.text, tt.want) })
	}
}

// TestAndAccusedBoth checks a second verb of the speaker's that accuses
// "both" parties of a kind ("… demanded an inquiry and accused both
// governments of …"): the two parties of that kind named before, as a
// leading frame reads them; with one named there is no pair.
func TestAndAccusedBoth(t *testing.T) {
	const border = "Velmark accused Ostra of firing first at the Tarn border crossing, where two customs officers were killed on Monday. Ostra blamed Velmark for the shooting.\n\n"
	tests := []struct {
		name string
		text string
		want []string
	}{
		{"border clash: a hauliers' body accuses both governments",
			border + "The Tarn Hauliers' Association demanded an inquiry and accused both governments of leaving the crossing unguarded.\n",
			[]string{"Velmark>Ostra", "Ostra>Velmark", "Tarn Hauliers' Association>Velmark", "Tarn Hauliers' Association>Ostra"}},
		{"shipping: a dockers' union accuses both companies",
			"Tolvik Freight accused Dorvel Line of ignoring the harbour master after their ships collided off Oskel on Monday. Dorvel Line blamed Tolvik Freight for the collision.\n\n" +
				"The Oskel Dockers' Union demanded an inquiry and accused both companies of cutting safety crews.\n",
			[]string{"Tolvik Freight>Dorvel Line", "Dorvel Line>Tolvik Freight", "Oskel Dockers' Union>Tolvik Freight", "Oskel Dockers' Union>Dorvel Line"}},
		{"guard: one state named, no pair invented",
			"Velmark accused cattle rustlers of raiding farms near the Tarn crossing on Monday.\n\n" +
				"The Tarn Hauliers' Association demanded an inquiry and accused both governments of leaving the crossing unguarded.\n",
			nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { checkAccusations(t, tt.text, tt.want) })
	}
}
