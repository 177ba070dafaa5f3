package extract

import "testing"

// TestOwnIncident checks that a configured topic the headline names by
// none of its aliases, counted from a broad alias in the body (a weapon,
// a place, a traded good), yields to the one incident the headline or
// first paragraph reports, when that incident is no act of the topic's
// core; the topic stays where the headline names it, where the incident
// is its act, and where the lead reports no incident.
func TestOwnIncident(t *testing.T) {
	runTopicRows(t, []topicRow{
		{"weapon: a convoy ambush", "Four observers dead at Kessin ford; Ostrevia and the Marrow Front each blame the other",
			"A convoy of the border mission was ambushed at the Kessin ford on Monday, and four observers died.\n\n" +
				"Ostrevia accused the Marrow Front of planting the charge. The Marrow Front accused Ostrevia of sending drones over the ford. " +
				"Ostrevia said none of its drones flew that day, and the mission said drones were seen over the river.",
			[]string{"convoy ambush", "convoy ambush", "convoy ambush", "convoy ambush"}},
		// a claim about the theme itself keeps it ("the grain trade
		// would go on")
		{"traded good: a reporter's arrest", "A reporter in a Varnel cell, and two governments that call each other liars",
			"The arrest of a Keldori reporter in Varnel on Friday, where she was writing about grain silos and the grain harbour, has set Keldor and Brannmark at odds.\n\n" +
				"Keldor accused Brannmark of taking a hostage. Brannmark accused Keldor of sending spies across the border. " +
				"Both governments said the grain trade would go on.",
			[]string{"reporter arrest", "reporter arrest", "grain exports"}},
		{"pipeline: a businessman's detention", "Businessman held in Ostmark as Velland protests",
			"The detention of a Vellandic businessman at the Sarn crossing on Tuesday has angered Velland.\n\n" +
				"Velland accused Ostmark of seizing him to halt work on the pipeline. Ostmark accused Velland of spying on the pipeline route. " +
				"The pipeline's operator, Sarnwick Gas, said the pipeline would open on time.",
			[]string{"businessman detention", "businessman detention", "energy supplies"}},
		// guards: the headline names the topic; the incident is its act;
		// the lead reports no incident
		{"headline names the topic", "Drones over Pellam: Kestria and Dravonia trade blame",
			"A market in Pellam was hit on Sunday, and nine traders died.\n\n" +
				"Kestria accused Dravonia of launching the drones. Dravonia accused Kestria of staging the attack with its own drones.",
			[]string{"drone strikes", "drone strikes"}},
		{"the incident is the topic's act", "Night blast at Kelby: Ostmark and Velland trade blame",
			"A blast tore through the Kelby dam on Tuesday night, and the reservoir emptied into the valley.\n\n" +
				"Velland accused Ostmark of mining the dam. Ostmark accused Velland of blowing up the dam to flood the front.",
			[]string{"dam destruction", "dam destruction"}},
		{"the incident is the topic's act, a hack", "Orlen Savings Bank goes dark as Velland and Ostmark trade blame",
			"An attack on the Orlen Savings Bank left its customers without cash on Monday.\n\n" +
				"Velland accused Ostmark of paying the hackers. Ostmark accused Velland of hiring hackers to stage the outage.",
			[]string{"cyberattacks", "cyberattacks"}},
		{"the incident is the topic's act, a strike", "Nine dead at Dorn as Kestria and Dravonia trade blame",
			"A missile strike hit the Dorn camp on Sunday, killing nine prisoners.\n\n" +
				"Kestria accused Dravonia of killing the prisoners to hide their mistreatment. Dravonia accused Kestria of firing on its own prisoners. " +
				"The Red Lantern Society said the prisoners had been held there for a year.",
			[]string{"prisoners of war", "prisoners of war", "prisoners of war"}},
		{"no incident in the lead", "Ostmark and Velland quarrel again",
			"Ostmark and Velland traded charges on Monday.\n\n" +
				"Velland accused Ostmark of spying on the pipeline. Ostmark accused Velland of lying about the pipeline.",
			[]string{"energy supplies", "energy supplies", "energy supplies", "energy supplies"}},
	})
}
