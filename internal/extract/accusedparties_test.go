package extract

import "testing"

// TestAccusedParties checks the parties of accusations news names by a
// body's noun, a description or a reciprocal frame rather than by name:
// side>accused of every accusation, in any order.
func TestAccusedParties(t *testing.T) {
	const dl = "PELLMOUTH, Dorvania, 4 May 2046 - "
	tests := []struct {
		name string
		text string
		want []string
	}{
		{"the inspectorate: a state's inspectorate named before is its state",
			dl + "The Dorvanian Quarry Inspectorate said it had checked the dam in April.\n\n" +
				"The Tessel Valley Residents' Association accused the inspectorate of ignoring its letters.",
			[]string{"Tessel Valley Residents' Association>Dorvania"}},
		{"the inspectorate: a body with no state is itself",
			"The Harlow Quarry Inspectorate said it had checked the dam in April.\n\n" +
				"The Tessel Valley Residents' Association accused the inspectorate of ignoring its letters.",
			[]string{"Tessel Valley Residents' Association>Harlow Quarry Inspectorate"}},
		{"scope: the inspectorate with none named is nobody",
			"The Tessel Valley Residents' Association said the dam had cracked in April.\n\n" +
				"The Tessel Valley Residents' Association accused the inspectorate of ignoring its letters.",
			nil},
		{"the cooperative: a growers' body named before, its chairman's charge",
			"The Tessel Plain Growers' Cooperative, which owns the grain, said the barley was clean.\n\n" +
				"Jonas Marrel, the cooperative's chairman, accused the Harlow Grain Board of rigging the test.",
			[]string{"Tessel Plain Growers' Cooperative>Harlow Grain Board"}},
		{"the forum: a parents' body named before accuses",
			"The Wexley Parents' Forum, which speaks for 20 schools, met on Monday.\n\n" +
				"The forum accused the Harlow Teachers' Union of misleading families.",
			[]string{"Wexley Parents' Forum>Harlow Teachers' Union"}},
		{"scope: a forum that is an event names no party",
			"The Tessel Plain Growers' Cooperative said the barley was clean.\n\n" +
				"Jonas Marrel told a forum in Harlow that the test was rigged.",
			nil},
		{"a dateline with the year after the date places its city: the capital accused is its state",
			"DELLOW, Varnia, June 3, 2046 (Wirenews) - Varnia and Ostrel accused each other of shelling the dam.\n\n" +
				"The Ostreli foreign ministry accused Dellow of \"reckless shelling\".",
			[]string{"Varnia>Ostrel", "Ostrel>Varnia", "Ostrel>Varnia"}},
		{"the British order with the year",
			"DELLOW, Varnia, 3 June 2046 (Wirenews) - Varnia and Ostrel accused each other of shelling the dam.\n\n" +
				"The Ostreli foreign ministry accused Dellow of \"reckless shelling\".",
			[]string{"Varnia>Ostrel", "Ostrel>Varnia", "Ostrel>Varnia"}},
		{"scope: a dateline that names no state leaves the city a city",
			"DELLOW, June 3, 2046 (Wirenews) - Varnia and Ostrel accused each other of shelling the dam.\n\n" +
				"The Ostreli foreign ministry accused Dellow of \"reckless shelling\".",
			[]string{"Varnia>Ostrel", "Ostrel>Varnia", "Ostrel>Dellow"}},
		{"they after a plural description's speech verb are the speakers, no party charged",
			dl + "Dorvania accused Harlow Dairies of selling tainted milk.\n\n" +
				"Hospitals in Tessel said they had seen no unusual rise in cases of lead poisoning among infants.",
			[]string{"Dorvania>Harlow Dairies"}},
		{"they after a plural common noun of no party",
			dl + "Dorvania accused Harlow Dairies of selling tainted milk.\n\n" +
				"Local pharmacists said they had seen no unusual rise in cases of lead poisoning among infants.",
			[]string{"Dorvania>Harlow Dairies"}},
		{"a relative clause's claim is no frame: the shoal both states claim charges nobody",
			"Varnia and Ostrel accused each other of piracy on Thursday after their coast guards seized boats at Tern Bank, a shoal that both countries claim.",
			[]string{"Varnia>Ostrel", "Ostrel>Varnia"}},
		{"a relative which, the same",
			"Varnia and Ostrel accused each other of piracy on Thursday after their coast guards seized boats at Tern Bank, the shoal which Varnia claims.",
			[]string{"Varnia>Ostrel", "Ostrel>Varnia"}},
		{"scope: a spokesman who declined to be named still frames the sentence",
			"Varnia accused Ostrel of piracy on Thursday.\n\n" +
				"Ostrel's coast guard had rammed two trawlers, a spokesman who declined to be named said.",
			[]string{"Varnia>Ostrel", "Varnia>Ostrel"}},
		{"an insurer whose name ends in Assurance is a company and accuses as one",
			"Kessel Freight said the cargo had spoiled on the apron.\n\n" +
				"Harlow Mutual Assurance, the carrier's insurer, said the policy excluded the loss. The insurer's chief executive, Ida Brenn, accused Kessel Freight of hiding the logs.",
			[]string{"Harlow Mutual Assurance>Kessel Freight"}},
		{"three parties in one list blamed one another: each blames each of the others",
			"Harlow Mining, the Tessel Residents' Committee and the Dorvan Mines Agency blamed one another on Sunday after a waste heap slid into the valley.",
			[]string{"Harlow Mining>Tessel Residents' Committee", "Harlow Mining>Dorvan Mines Agency",
				"Tessel Residents' Committee>Harlow Mining", "Tessel Residents' Committee>Dorvan Mines Agency",
				"Dorvan Mines Agency>Harlow Mining", "Dorvan Mines Agency>Tessel Residents' Committee"}},
		{"scope: two parties and an aside stay a pair",
			"Harlow Mining, which runs the Tessel pit, and the Dorvan Mines Agency blamed each other on Sunday after a waste heap slid into the valley.",
			[]string{"Harlow Mining>Dorvan Mines Agency", "Dorvan Mines Agency>Harlow Mining"}},
		{"a body described by its kind, after a state's possessive and a time, is the one the article named so",
			dl + "The Dorvanian Train Drivers' Union called a strike on Monday.\n\n" +
				"Dorvanian State Railways accused the country's largest train drivers' union on Wednesday of cutting signal cables.",
			[]string{"Dorvanian State Railways>Dorvanian Train Drivers' Union"}},
		{"scope: a body's own board stays that body",
			"The Harlow Harbour Authority awarded the tender on Monday.\n\n" +
				"The Harlow Borough Council accused the authority's board of rigging the tender.",
			[]string{"Harlow Borough Council>Harlow Harbour Authority"}},
		{"scope: a kind of body the article never named is nobody charged",
			dl + "Dorvanian State Railways said the line was cut.\n\n" +
				"Dorvanian State Railways accused the country's largest train drivers' union on Wednesday of cutting signal cables.",
			nil},
		{"the body described by its kind may be named only after the charge",
			dl + "Dorvanian State Railways accused the country's largest train drivers' union on Wednesday of cutting signal cables.\n\n" +
				"The Dorvanian Train Drivers' Union, which called the strike, denied any involvement.",
			[]string{"Dorvanian State Railways>Dorvanian Train Drivers' Union"}},
		{"scope: a speaker of no party charges no described body",
			dl + "The firm that lost the contest accused the port's tender review board of rigging the tender.\n\n" +
				"The Harlow Tender Review Board said the process was fair.",
			nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkAccusations(t, tt.text, tt.want)
		})
	}
}

// TestTheyOfParty checks the scope of describedPlural: "they" after a
// party's own speech verb is still read as the last other party.
func TestTheyOfParty(t *testing.T) {
	res := extractWith(t, New(nil), Article{Name: "a.txt", Text: []byte("PELLMOUTH, Dorvania, 4 May 2046 - Dorvania accused Harlow Dairies of selling tainted milk.\n\n" +
		"The Dorvanian health ministry said they had hidden the test results.")})
	if len(res.Claims) != 2 || res.Claims[1].Subject != "Harlow Dairies" {
		t.Errorf("want the ministry's they read as Harlow Dairies:%s", describe(res.Claims))
	}
}
