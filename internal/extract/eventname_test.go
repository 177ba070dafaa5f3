package extract

import "testing"

// TestStrikersTopic checks that a strike named by the people who stop
// work ("the nurses' strike", "a strike by dockers") is their walkout, as
// a desk labels it, over the closures or figures the sides trade; and
// that a strike an army or a drone carries out, or one whose possessive
// is followed by what it hit, is no walkout.
func TestStrikersTopic(t *testing.T) {
	const dl = "KELL, Dornvale, 4 March 2045 - "
	runTopicRows(t, []topicRow{
		{"a plural possessive of a trade", "",
			dl + "Wards across Kell were short-staffed on the second day of the national nurses' strike. The Dornvale Nurses' Union accused the Ministry of Health of misleading patients.",
			[]string{"nurse strike"}},
		{"a strike by a plural of people", "",
			dl + "Cranes stood idle in Kell port on Monday as a strike by dockers entered its third week. The Kell Port Authority accused the union of holding the city to ransom.",
			[]string{"docker strike"}},
		{"scope: an army's strike on a place is an attack", "",
			dl + "Dornvale said the rebels' strike on the fuel depot killed four guards. The Dornvale army accused the rebels of targeting civilians.",
			[]string{"depot strike", "depot strike"}},
		{"scope: a strike by a weapon is no walkout", "",
			dl + "Dornvale said a strike by drones destroyed the Kell fuel depot. The Dornvale army accused Pellan of targeting civilians.",
			[]string{"civilian attack", "civilian attack"}},
	})
}

// TestStrikersWord checks strikers on the words around a strike noun.
func TestStrikersWord(t *testing.T) {
	tests := []struct{ before, after, want string }{
		{"the national teachers '", "over pay", "teacher"},
		{"a", "by miners entered", "miner"},
		{"the rebels '", "on the depot", ""},
		{"a", "by drones hit", ""},
		{"a", "by a smaller fragment", ""},
		{"the fighters '", "killed four", ""},
		{"a", "by bombers at dawn", ""},
		{"Kell's", "", ""},
	}
	for _, tt := range tests {
		b := tokenize(tt.before, 0, len(tt.before), nil)
		a := tokenize(tt.after, 0, len(tt.after), nil)
		if got := strikers(b, a); got != tt.want {
			t.Errorf("strikers(%q, %q) = %q, want %q", tt.before, tt.after, got, tt.want)
		}
	}
}

// TestHeadlineDeathTopic checks that a headline naming its story by a
// person's death ("the death of Anton Brell", "Anton Brell's death") gives
// the dispute that name, over the configured topic the prison it happened
// in reads as (a claim that names the prison itself keeps it); and that
// a place or a single word after "death of" names no person.
func TestHeadlineDeathTopic(t *testing.T) {
	const body = "On the morning of 2 May a guard at Orsk prison found Anton Brell dead in his cell after 50 days without food.\n\n" +
		"Pellan's foreign ministry accused Dornvale of letting him starve in the prison. Dornvale accused Pellan of wanting a martyr. Brell's lawyer said the prison had ignored his requests."
	runTopicRows(t, []topicRow{
		{"the death of a named person", "Fifty days: the death of Anton Brell, and two governments fighting over his body", body,
			[]string{"brell death", "brell death", "prisoners of war"}},
		{"a named person's death", "Anton Brell's death sets Pellan against Dornvale", body,
			[]string{"brell death", "brell death", "prisoners of war"}},
		{"scope: a place after death of is no person", "Fifty days: the death of Orsk Valley, and two governments fighting over it", body,
			[]string{"fifty days", "fifty days", "prisoners of war"}},
		{"scope: one word after death of", "The death of diplomacy: Pellan and Dornvale trade blame", body,
			[]string{"prisoners of war", "prisoners of war", "prisoners of war"}},
	})
}

// TestGoneDarkTopic checks that the object of blame a headline says "went
// dark" or "went offline" is that thing's outage, as a desk labels it,
// over the body's "the loss of" it; and that guns gone silent or a
// person who "went quiet" have no outage.
func TestGoneDarkTopic(t *testing.T) {
	const lead = "ARDEL, Pellan, 3 May 2046 - Pellan and Dornvale accused each other on Monday over the loss of a Pellani weather satellite, with Ardel saying Dornvale had jammed it and Dornvale blaming debris from an old Pellani rocket."
	runTopicRows(t, []topicRow{
		{"a satellite that goes dark", "Pellan and Dornvale trade accusations after weather satellite goes dark", lead,
			[]string{"satellite outage", "satellite outage", "satellite outage"}},
		{"a system that went offline", "Bank and telecom firm trade accusations after payments system went offline",
			"ARDEL, Pellan, 3 May 2046 - The Ardel Savings Bank said on Monday that Kestrel Telecom was to blame for the loss of the system. Kestrel Telecom said the bank's own servers had failed.",
			[]string{"system outage", "system outage"}},
		{"scope: guns that went silent are a lull", "Pellan and Dornvale trade accusations after border guns went silent", lead,
			[]string{"gun", "gun", "gun"}},
		{"scope: a minister who went quiet", "Parties trade blame after minister went quiet on talks",
			"ARDEL, Pellan, 3 May 2046 - The Ardel Farmers' Union accused the Pellani government on Monday of stalling the grain talks. The government denied stalling them.",
			[]string{"negotiations", "negotiations"}},
	})
}
