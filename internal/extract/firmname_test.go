package extract

import (
	"context"
	"strings"
	"testing"
)

// A company's plural possessive before a place and a site's noun
// ("Belmor Tooling Systems' Caddow factory") owns the site: the firm's
// name ends at its noun, and "Belmor" or "the company" later is the
// firm, not "Belmor Tooling Systems' Caddow". A name whose words after
// the apostrophe end in a body's noun again is one name (guard).
func TestPluralPossessiveFirmSite(t *testing.T) {
	const lead = "BRISTAN, June 4 (Wirenews) - The workers' union said on Tuesday that the fire at Belmor Tooling Systems' Caddow factory was caused by skipped repairs. "
	runStartRows(t, []startRow{
		{"short name after", lead + "Belmor denied cutting corners and said a supplier was at fault.\n",
			"Belmor denied", "Belmor Tooling Systems"},
		{"the company after", lead + "Belmor rejected the account.\n\nThe company said it had met every standard.\n",
			"The company said", "Belmor Tooling Systems"},
		{"metals plant", "ORSUND, May 2 - A blast at Tavren Metals' Orsund smelter injured four workers on Monday. Tavren Metals said the furnace had been inspected in April.\n",
			"Tavren Metals said", "Tavren Metals"},
		// guard: "Builders'" then "Benevolent Society", a body's noun:
		// the whole is one name
		{"guard: name goes on to a body's noun", "KESSEL, May 2 - The Vessel Builders' Benevolent Society said on Monday that the yard had ignored its warnings.\n",
			"The Vessel Builders' Benevolent Society said", "Vessel Builders' Benevolent Society"},
	})
}

// A firm's name holding "&" ("Barrow Gas & Light", "Halloway & Reece")
// is one name, though it may end in no business noun: not "Barrow Gas",
// nor a person "Harlan Power". Two people's names of two words each
// joined by "&" (a byline's, a caption's) are no firm (guard).
func TestAmpersandFirmName(t *testing.T) {
	const lead = "VELL, Aug. 3 - A line owned by Harlan Power & Light fell in high winds on Monday, the county fire service said.\n\n"
	runStartRows(t, []startRow{
		{"whole name speaks", lead + "Harlan Power & Light said the tree stood on council land.\n",
			"Harlan Power & Light said", "Harlan Power & Light"},
		{"first word after", lead + "Harlan Power & Light blamed the council. Harlan disputed the report.\n",
			"Harlan disputed", "Harlan Power & Light"},
		{"business noun before &", "VELL, Aug. 3 - The utility that runs the line, Barrow Gas & Light, said on Tuesday that the council had ignored its warnings.\n\nBarrow Gas & Light said the tree stood on council land.\n",
			"Barrow Gas & Light said", "Barrow Gas & Light"},
		{"law firm", "VELL, Aug. 3 - The council hired the law firm Halloway & Reece. Halloway & Reece said the contract was void.\n",
			"Halloway & Reece said", "Halloway & Reece"},
		// guard: two people joined by "&", each of two words
		{"guard: two people", "VELL, Aug. 3 - The bakery was founded in 2031 by Anna Berg & Tom Lusk, who sold it last year. Lusk said on Monday that the new owners had paid every supplier.\n",
			"Lusk said", "Tom Lusk"},
	})
}

// A title with its field or client after "for", then the person's name
// in apposition, after an inverted "said" ("said Harlan's vice president
// for operations, Lena Marsh"): the person speaks, not the firm the
// possessive names. With no name after the comma the rule stays out
// (guard).
func TestRoleForFieldThenName(t *testing.T) {
	const lead = "VELL, Aug. 3 - Harlan Power & Light blamed the council for the fire on Monday.\n\n"
	runStartRows(t, []startRow{
		{"vice president for operations", lead + "\"We told the town,\" said Harlan's vice president for operations, Lena Marsh.\n",
			"\"We told the town,\"", "Lena Marsh"},
		{"director for communications", lead + "\"The line was safe,\" said the company's director for communications, Ivo Dunn.\n",
			"\"The line was safe,\"", "Ivo Dunn"},
		// guard: no name after the comma, a time
		{"guard: no name after the comma", "VELL, Aug. 3 - The council met on Monday.\n\n\"We told the council,\" said a spokesman for the families, on Tuesday.\n",
			"\"We told the council,\"", "spokesman"},
	})
}

// "The company" after a firm named with "&" and a trade's words
// ("Harlan Power & Light") is that firm, though its name ends in no
// business noun. Two founders' names alone ("Halloway & Reece") name a
// partnership as often (a law firm, an agency): "the company" after one
// stays the company named before it (guard).
func TestAmpersandFirmIsTheCompany(t *testing.T) {
	runStartRows(t, []startRow{
		{"the company", "VELL, Aug. 3 - A line owned by Harlan Power & Light fell in high winds on Monday.\n\nIn a statement, the company said the tree stood on council land.\n",
			"the company said", "Harlan Power & Light"},
		// guard: a partnership named after the company
		{"guard: two founders' names", "VELL, Aug. 3 - Dorran Mining said on Monday that it had hired the lawyers Halloway & Reece to fight the claim.\n\nThe company said the dam had been inspected in May.\n",
			"The company said", "Dorran Mining"},
	})
}

// A state whose adjective is its own name ("an Orvane sailor") has no
// demonym to pair it with; what only a state has, after its possessive
// ("Orvane's foreign ministry", "Orvane's defence ministry"), makes it one
// from its first mention, which speaks as its government. A club's
// "navy blue" shirts make none (guard).
func TestStateByWhatOnlyAStateHas(t *testing.T) {
	const text = "KARLO, April 3 - Orvane said on Wednesday it had detained the crew of a Pellmark fishing boat that collided with one of its patrol vessels. One Orvane sailor was hurt.\n\n" +
		"Orvane's foreign ministry accused Pellmark of encouraging its trawlers to poach.\n"
	runStartRows(t, []startRow{
		{"first mention", text, "Orvane said on Wednesday", "Orvane government"},
		{"ministry", text, "Orvane's foreign ministry accused", "Orvane Foreign Ministry"},
		{"defence ministry", "KARLO, April 3 - Orvane said on Wednesday it had detained the crew of a Pellmark trawler.\n\nOrvane's defence ministry said the recordings had been handed to prosecutors.\n",
			"Orvane said on Wednesday", "Orvane government"},
		// guard: a club's navy blue shirts
		{"guard: navy blue", "KARLO, April 3 - Velmar said on Wednesday it would sell the stadium. Velmar's navy blue shirts will stay, the club added.\n",
			"Velmar said on Wednesday", "Velmar"},
	})
}

// "<firm> shares" before how the stock moved ("Velmar shares closed
// down 14%") is the firm's stock, no report of its speech; a person who
// "shares" a view still speaks (guard).
func TestFirmSharesMoved(t *testing.T) {
	const lead = "KESSEL, May 2 - Velmar Chemicals said on Monday that a contractor had caused the fire.\n\n"
	res, err := New(nil).Extract(context.Background(), Article{Name: "fixture.txt", Text: []byte(lead + "Velmar shares closed down almost 14% on the Kessel exchange.\n")})
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range res.Claims {
		if strings.HasPrefix(c.Text, "Velmar shares") {
			t.Errorf("a stock's move is a claim: %s", describe(res.Claims))
		}
	}
	runStartRows(t, []startRow{
		// guard: a person shares a view
		{"guard: a person shares a view", lead + "Ivo Marek shares the view that the line was never inspected.\n",
			"Ivo Marek shares the view", "Ivo Marek"},
		// a name whose shares moved is a listed company's, which "the
		// firm" then takes (reviewer revE: "the firm" had no one)
		{"the firm after its shares moved", "KESSEL, May 2 - Dravo shares closed down 9% after the firm said sales had fallen.\n",
			"the firm said", "Dravo"},
		{"guard: a person's surname before \"shares\" after a first name", "KESSEL, May 2 - Ivo Marek shares had been sold, the court heard. The firm said the sale was lawful.\n",
			"The firm said", "firm"},
	})
}
