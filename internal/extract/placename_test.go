package extract

import "testing"

// TestPlaceNameNotPerson covers two capitalised words the article uses
// only as a place or a body: after a place's preposition ("in Port
// Vellin", "at Dunmore Square") or ending in a place's or a body's noun
// ("Kessel Avenue", "Orrin Party Convention"). A later "he" or "she"
// passes over them to the person named before. Guard rows keep a person
// named after a place ("Paris Hale", "Jordan Velk") a person, and a
// name first seen as a place but later used as a person ("Lincoln Marr
// said") a person. want is the claim's speaker ("" for any but not);
// not is the one it must not be.
func TestPlaceNameNotPerson(t *testing.T) {
	tests := []struct {
		name, text, evidence, want, not string
	}{
		{"elections: a city after in",
			"Edda Korrin toured three factories on Monday.\n\nThe rally was held in Port Vellin, where turnout was low.\n\nShe said the ballot would be close.",
			"ballot would be close", "Edda Korrin", "Port Vellin"},
		{"business: a street's noun",
			"Tomas Rell runs the Halvek copper fund.\n\nShares fell sharply on Kessel Avenue as trading opened.\n\nHe said investors had overreacted.",
			"investors had overreacted", "Tomas Rell", "Kessel Avenue"},
		{"sport: a square after at",
			"Ilse Brandt watched her team train on Friday.\n\nFans gathered at Dunmore Square before the match.\n\nShe said the squad was ready.",
			"squad was ready", "Ilse Brandt", "Dunmore Square"},
		{"mining: a county's noun opens the sentence",
			"Joran Stell owns the Halvek copper pit.\n\nVellin County voted against the new shaft on Sunday.\n\nHe said the company would appeal.",
			"company would appeal", "Joran Stell", "Vellin County"},
		{"shipping: a place opens the sentence with another person",
			"Piet Varn manages the Kessel docks.\n\nIn Harbour Tesk, Anna Colm met dock workers on Friday.\n\nShe said the new cranes would arrive in May.",
			"new cranes would arrive", "Anna Colm", "Harbour Tesk"},
		{"shipping: a place's possessive and a place before a noun stay a place's",
			"Anna Colm runs the Kessel shipyard.\n\nThe strike began in Port Orrin on Monday. Port Orrin's harbour was shut, and Port Orrin dockers walked out.\n\nShe said the yard would stay open.",
			"yard would stay open", "Anna Colm", "Port Orrin"},
		{"guard: a person first met after a place's preposition, then by surname",
			"Reporters waited for hours near Jordan Velk after the match.\n\nVelk thanked the fans. He said the title belonged to the whole club.",
			"title belonged", "Jordan Velk", ""},
		{"guard: a person named after a place",
			"Paris Hale toured the Dunmore mine on Monday.\n\nShe said the shaft would reopen.",
			"shaft would reopen", "Paris Hale", ""},
		{"guard: a person named after a country opens the sentence",
			"Jordan Velk met miners at the Halvek pit.\n\nHe said wages would rise.",
			"wages would rise", "Jordan Velk", ""},
		{"guard: a person first seen after a preposition, then speaking",
			"The award went to a team led by Lincoln Marr.\n\nLincoln Marr said the prize was a surprise. He said the lab would use the money for new equipment.",
			"new equipment", "Lincoln Marr", ""},
		{"guard: a possessive after a preposition is a person's",
			"The aviation board met on Monday to review the crash.\n\nIn Mira Solvik's view, the pilots were not to blame.\n\nShe said the report would be published in June.",
			"report would be published", "Mira Solvik", ""},
		{"guard: a person met at a place's preposition and later titled",
			"The minister's remarks drew a rebuke from across Kessel.\n\nProtesters gathered outside Dana Velez's office in Orrin.\n\nSenator Dana Velez thanked them.\n\nShe said the law would be reviewed.",
			"law would be reviewed", "Dana Velez", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			// a prefix: a possessive name keeps its "'s" as speaker
			// today, which is not this rule's to change
			checkClaimSpeaker(t, tt.text, tt.evidence, tt.want, tt.not, true)
		})
	}
}
