package extract

import "testing"

// TestWeaponStruckTarget checks that one attack the headline or lede
// reports by its weapon on a named target ("drone strike on a tanker",
// "shelling knocks out a water plant") is named by what it struck, and
// that the configured topic the weapon's word names yields to it: the
// desk labels the particular attack by its target and keeps the
// weapon's topic for claims about the weapon's use as such, as attacks
// in the plural are. A town struck is named by its name; a weapon one
// side accuses the other of, by the neutral attack.
func TestWeaponStruckTarget(t *testing.T) {
	runTopicRows(t, []topicRow{
		{"a drone strike on a tanker", "Velland says Ostmark drone strike on tanker off Kessa was planned",
			"A drone strike on a fuel tanker off Kessa on Monday left two sailors injured. " +
				"Velland accused Ostmark of launching the drone from its coast. " +
				"Ostmark said Velland had staged the blast to win sympathy abroad.",
			[]string{"tanker strike", "tanker strike"}},
		{"shelling that knocks out a water plant", "Shelling knocks out water plant as Dorvia and Kessin trade blame",
			"Shelling knocked out the only water plant in Brenn on Tuesday, leaving 40,000 people without tap water. " +
				"Dorvia accused Kessin of shelling the plant from the hills. " +
				"Kessin said Dorvia's own gunners had fired on the plant to blame Kessin.",
			[]string{"plant shelling", "plant shelling"}},
		{"an airstrike that destroys an aid warehouse", "Airstrike destroys aid warehouse in Morn",
			"An airstrike destroyed a warehouse of the Larkfield Relief Trust in Morn overnight. " +
				"The Trust said the Tarsian air force had bombed the warehouse although it had been told where it stood. " +
				"Tarsia said Pellan rebels had stored rifles in the warehouse.",
			[]string{"warehouse strike", "warehouse strike"}},
		{"a rocket attack on a town named", "Truce ends as militias blame each other for rocket attack on Brask",
			"At least six people were killed in a rocket attack on the town of Brask early on Friday. " +
				"The Tarn Brigades accused the Orm Front of firing the rockets from the hills. " +
				"The Orm Front said the Tarn Brigades had staged the attack to end the truce.",
			[]string{"Brask attack", "Brask attack"}},
		// one side's charge names the weapon: the neutral attack
		{"a drone strike one side charges", "Velland accuses Ostmark of drone strike on tanker off Kessa",
			"A blast tore a hole in a fuel tanker off Kessa on Monday, injuring two sailors. " +
				"Velland said the drone had been launched from Ostmark's coast. " +
				"Ostmark said Velland had staged the blast to win sympathy abroad.",
			[]string{"tanker attack", "tanker attack"}},
		{"a missile strike one side charges", "Dorvia accuses Kessin of a missile strike on a power station",
			"A power station near Brenn went dark on Tuesday after a blast in its turbine hall. " +
				"Dorvia said Kessin had fired the missile from across the river. " +
				"Kessin said a Dorvian fuel store inside the station had caught fire.",
			[]string{"station attack", "station attack"}},
		// guard: the weapon's use as such
		{"guard: drone strikes on towns are the weapon's use", "Tarsia accuses Pella of drone strikes on border towns",
			"Tarsia accused Pella on Monday of drone strikes on border towns since March. " +
				"Pella said its drones had struck only rebel camps.",
			[]string{"drone strikes", "drone strikes"}},
	})
}

// TestPassiveHit checks that a target reported hit with no weapon ("an
// evacuation convoy was hit", the headline's "convoy hit") is the
// desk's neutral attack on it, named by the compound's last noun (the
// convoy, not the evacuation): the sides of such a story mostly
// dispute the weapon itself. A weapon that hits ("shells hit the camp")
// names a strike.
func TestPassiveHit(t *testing.T) {
	runTopicRows(t, []topicRow{
		{"an evacuation convoy hit", "Evacuation convoy hit near Tarn; Velland and Ostmark blame each other",
			"Six civilians were killed when an evacuation convoy was hit on the Tarn road on Tuesday. " +
				"Velland accused Ostmark of firing mortars at the buses. " +
				"Ostmark said Velland had staged the attack to blame Ostmark.",
			[]string{"convoy attack", "convoy attack"}},
		{"a supply barge hit", "",
			"A grain barge was hit off Kessa on Friday, and its crew of four was taken off by a tug. " +
				"Harlow Shipping accused the Dorvian navy of firing on the barge. " +
				"The Dorvian navy said Harlow Shipping had sailed into a closed zone.",
			[]string{"barge attack", "barge attack"}},
		// guard: a weapon that hits names a strike
		{"guard: shells hit a camp", "Shells hit displacement camp near Morn",
			"Shells hit a displacement camp near Morn on Sunday, killing three people. " +
				"The Tarsian army accused Pellan rebels of shelling the camp. " +
				"The rebels said the Tarsian army had shelled the camp to blame them.",
			[]string{"camp shelling", "camp shelling"}},
	})
}

// TestWhereItWentOff checks that a word saying where an event went off
// ("an underwater blast", "an underground explosion") names no thing it
// struck: the event is named by what it struck or the weapon that
// struck it ("the freighter struck a mine"), as the desk labels it.
func TestWhereItWentOff(t *testing.T) {
	runTopicRows(t, []topicRow{
		{"an underwater blast and a mine", "Grain freighter holed off Kessa; Velland and Ostmark blame each other",
			"An underwater blast holed a grain freighter off Kessa before dawn on Monday. " +
				"Velland said the freighter had struck a mine laid by Ostmark. " +
				"Ostmark accused Velland of laying the mine itself to close the channel.",
			[]string{"mine strike", "mine strike"}},
		{"an underground explosion at a colliery", "",
			"An underground explosion tore through the Orrin colliery on Friday, trapping nine miners. " +
				"The Orrin Miners Union accused Delvar Coal of ignoring gas readings for a month. " +
				"Delvar Coal said the union had blocked the new ventilation shafts.",
			[]string{"colliery explosion", "colliery explosion"}},
	})
}
