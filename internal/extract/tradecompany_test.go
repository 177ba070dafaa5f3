package extract

import "testing"

// TestCompanyNamedByTrade checks that a company whose name ends in the
// trade it works in ("Orsk Timber", "Pell Catering", "Dorrow
// Facades") is the one "the company", "the firm" or "a spokesman for
// the company" refers back to, as a company whose name ends in "Mining"
// or "Shipping" is.
func TestCompanyNamedByTrade(t *testing.T) {
	tests := []struct {
		name, text string
		want       []string // side>accused, sorted
	}{
		{"a timber company, then the company's charge against the council",
			"Ashby District Council said a harvester owned by Greyfell Timber started the fire.\n\n" +
				"Greyfell Timber says the fire began on council land. The company accused the council of neglecting the firebreaks.",
			[]string{"Greyfell Timber>Ashby District Council"}},
		{"a trust charges both the council and the company",
			"Ashby District Council said a harvester owned by Greyfell Timber started the fire.\n\n" +
				"The Orrin Valley Wildlife Trust accused both the council and the company of treating fire risk as an afterthought.",
			[]string{"Orrin Valley Wildlife Trust>Ashby District Council", "Orrin Valley Wildlife Trust>Greyfell Timber"}},
		{"a caterer: the firm blames the county council",
			"Forty pupils fell ill after lunch at Mossley Primary School, whose meals are cooked by Brightwell Catering.\n\n" +
				"Tarnby County Council said the chicken was undercooked. The firm blamed the council for a broken fridge.",
			[]string{"Brightwell Catering>Tarnby County Council"}},
		{"a supplier of cladding named by what it makes",
			"A fire spread up the cladding of Kell Tower, refurbished by Tarnby Borough Council in 2019 with panels from Dunlow Facades.\n\n" +
				"The company accused the council of choosing the cheaper panel.",
			[]string{"Dunlow Facades>Tarnby Borough Council"}},
		{"guard: a trade word in a place's name makes no company",
			"Fire crews were called to Timber Lane in Ashby on Sunday.\n\n" +
				"Ashby District Council accused Greyfell Holdings of leaving brash on the slopes.",
			[]string{"Ashby District Council>Greyfell Holdings"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { checkAccusations(t, tt.text, tt.want) })
	}
}
