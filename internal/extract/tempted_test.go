package extract

import (
	"strings"
	"testing"

	"github.com/contra-project/contra/graph"
)

// Passages written to tempt the rules of the twenty-sixth pass where
// English says they must not fire, and a few where they must. Each row
// names what must and must not come out: "acc:X" an accusation of X,
// "accText:F" an accusation whose text holds F, "topic:X" a claim with
// topic X, "topicHas:W" a topic holding W. A row with left set keeps a
// misfire no guard mends, and says why.

// TestTemptedDescribedDoer checks a group described as the doer: blamed bands that are things ("a storm cell"), passive agents who filmed, investigated, treated or put out what happened, "the work of" in praise.
func TestTemptedDescribedDoer(t *testing.T) {
	runTemptedRows(t, []temptedRow{
		{name: "r1a", title: "Karvia and Lestria trade blame over Tollen power cut",
			text: "TOLLEN, Karvia, June 4 (Norrpress) - Karvia and Lestria accused each other on Tuesday of causing a power cut that left Tollen dark for two days. The Karvian energy ministry blamed the outage on a faulty relay network that Lestria had installed. Lestria's grid agency said the cut was Karvia's fault.",
			must: nil, mustNot: []string{"acc:faulty relay network"}},
		{name: "r1b", title: "Brasket Power and Tollen council trade blame over fire",
			text: "TOLLEN, Karvia, June 4 (Norrpress) - Brasket Power and the Tollen city council blamed each other on Monday for a fire at a substation. Brasket Power blamed the fire on a faulty battery cell supplied under a council contract. The council accused Brasket Power of skipping inspections, its leader Ada Fennick said.",
			must: nil, mustNot: []string{"acc:faulty battery cell"}},
		{name: "r1c", title: "Lestria and Karvia trade blame after flight delays",
			text: "MERRA, Lestria, June 4 (Norrpress) - Lestria and Karvia accused each other on Wednesday of causing delays at the border airport of Merra. The Lestrian aviation authority blamed the delays on a storm cell that hung over the airport for six hours. Karvia's transport minister Tomas Rell accused Lestria of closing the airspace without notice.",
			must: nil, mustNot: []string{"acc:storm cell"}},
		{name: "r1d", title: "Halvik Mining and villagers trade blame after spill",
			text: "DUNVAR, Karvia, June 4 (Norrpress) - Halvik Mining and the villagers of Dunvar accused each other on Friday over a cyanide spill in the Orrin river. Halvik Mining said the fire that broke out after the spill was put out by volunteer firefighters who arrived within minutes. The villagers accused Halvik Mining of hiding the spill for a day, their spokeswoman Ada Fennick said.",
			must: nil, mustNot: []string{"acc:volunteer firefighters"}},
		{name: "r1e", title: "Karvia and Lestria trade blame over border shelling",
			text: "KESSIN, Karvia, June 4 (Norrpress) - Karvia and Lestria blamed each other on Thursday for the shelling of the border town of Kessin. The Karvian foreign ministry said the attack had been condemned by foreign governments who called for calm. Lestria's defence ministry accused Karvia of shelling its own town.",
			must: nil, mustNot: []string{"acc:foreign governments"}},
		{name: "r1f", title: "Halvik Mining and villagers trade blame after spill",
			text: "DUNVAR, Karvia, June 4 (Norrpress) - Halvik Mining and the villagers of Dunvar accused each other on Friday over a cyanide spill in the Orrin river. Halvik Mining said the spill had been cleaned up by local volunteers who worked through the night. The villagers accused Halvik Mining of hiding the spill for a day, their spokeswoman Ada Fennick said.",
			must: nil, mustNot: []string{"acc:local volunteers"}},
		{name: "r1g", title: "Karvia and Lestria trade blame over border shelling",
			text: "KESSIN, Karvia, June 4 (Norrpress) - Karvia and Lestria blamed each other on Thursday for the shelling of the border town of Kessin. The Karvian foreign ministry said the attack had been investigated by independent experts who found Lestrian shell fragments. Lestria's defence ministry accused Karvia of shelling its own town.",
			must: nil, mustNot: []string{"acc:independent experts"}},
		{name: "r1h", title: "Karvia and Lestria trade blame after bridge collapse",
			text: "ORRIN, Karvia, June 4 (Norrpress) - Karvia and Lestria accused each other on Monday over the collapse of the Orrin border bridge. The Lestrian transport ministry said the rescue was the work of local divers who pulled eleven people from the river. Karvia accused Lestria of neglecting its half of the bridge, its minister Tomas Rell said.",
			must: nil, mustNot: []string{"acc:local divers"}},
		{name: "r1i", title: "Tollen council and Brasket Power trade blame over clinic closure",
			text: "TOLLEN, Karvia, June 4 (Norrpress) - The Tollen city council and Brasket Power accused each other on Monday over the closure of a clinic in the harbour district. The council said the clinic was the work of a local charity network that had raised the money over ten years. Brasket Power accused the council of cutting the clinic's power supply, its chief Ada Fennick said.",
			must: nil, mustNot: []string{"acc:local charity network"}},
		{name: "r1j", title: "Karvia and Lestria trade blame after bridge collapse",
			text: "ORRIN, Karvia, June 4 (Norrpress) - Karvia and Lestria accused each other on Monday over the collapse of the Orrin border bridge. The Karvian transport ministry said the bridge was the work of foreign engineers who built it in 1961 and had served the two countries well. Lestria accused Karvia of neglecting its half of the bridge, its minister Tomas Rell said.",
			must: nil, mustNot: []string{"acc:foreign engineers"}},
		{name: "r1k", title: "Lestria and Karvia trade blame over Merra rally violence",
			text: "MERRA, Lestria, June 4 (Norrpress) - Lestria and Karvia accused each other on Sunday over violence at a rally in Merra. The Lestrian interior ministry said the rally was attended by peaceful supporters who had come from both countries. Karvia accused Lestria of sending police to break up the rally, its minister Tomas Rell said.",
			must: nil, mustNot: []string{"acc:peaceful supporters"}},
		{name: "r1l", title: "Karvia and Lestria trade blame over Kessin floods",
			text: "KESSIN, Karvia, June 4 (Norrpress) - Karvia and Lestria blamed each other on Friday for floods in the border town of Kessin. The Lestrian water agency said the flooding was caused by heavy rains that fell for a week. Karvia accused Lestria of opening a dam upstream without warning, its minister Tomas Rell said.",
			must: nil, mustNot: []string{"acc:heavy rains"}},
		{name: "r1n", title: "Karvia and Lestria trade blame after pipeline blast",
			text: "KESSIN, Karvia, June 4 (Norrpress) - Karvia and Lestria accused each other on Friday over a blast on the Kessin gas pipeline. The Karvian energy ministry said the bomb had been planted by a smuggling network that Lestria protects. Lestria accused Karvia of staging the blast, its minister Tomas Rell said.",
			must: []string{"acc:smuggling network"}, mustNot: nil},
		{name: "r1o", title: "Karvia and Lestria trade blame after pipeline blast",
			text: "KESSIN, Karvia, June 4 (Norrpress) - Karvia and Lestria accused each other on Friday over a blast on the Kessin gas pipeline. The Karvian energy ministry said the wounded were treated by foreign doctors who flew in overnight. Lestria accused Karvia of staging the blast, its minister Tomas Rell said.",
			must: nil, mustNot: []string{"acc:foreign doctors"}},
		{name: "r1p", title: "Karvia and Lestria trade blame after pipeline blast",
			text: "KESSIN, Karvia, June 4 (Norrpress) - Karvia and Lestria accused each other on Friday over a blast on the Kessin gas pipeline. The Karvian energy ministry said the explosion was filmed by passing motorists who posted the footage online. Lestria accused Karvia of staging the blast, its minister Tomas Rell said.",
			must: nil, mustNot: []string{"acc:passing motorists"}},
		{name: "r1q", title: "Karvia and Lestria trade blame over hospital strike",
			text: "MERRA, Lestria, June 4 (Norrpress) - Karvia and Lestria accused each other on Tuesday over a missile strike on a hospital in Merra. The Lestrian health ministry said the strike was the work of a lifetime for the surgeons who rebuilt the ward. Karvia accused Lestria of firing the missile itself, its minister Tomas Rell said.",
			must: nil, mustNot: []string{"acc:surgeons"}},
		{name: "r1r", title: "Halvik Mining and villagers trade blame after spill",
			text: "DUNVAR, Karvia, June 4 (Norrpress) - Halvik Mining and the villagers of Dunvar accused each other on Friday over a cyanide spill in the Orrin river. Halvik Mining blamed the spill on a sudden pressure drop in the treatment network. The villagers accused Halvik Mining of hiding the spill for a day, their spokeswoman Ada Fennick said.",
			must: nil, mustNot: []string{"acc:sudden pressure drop"}},
		{name: "r1s", title: "Brasket Power and Tollen council trade blame over substation fire",
			text: "TOLLEN, Karvia, June 4 (Norrpress) - Brasket Power and the Tollen city council accused each other on Monday over a fire at a substation. Brasket Power blamed the fire on a faulty battery cell that the council had bought. The council accused Brasket Power of skipping inspections, its leader Ada Fennick said.",
			must: nil, mustNot: []string{"acc:faulty battery cell"}},
		{name: "r1t", title: "Lestria and Karvia trade blame after flight delays",
			text: "MERRA, Lestria, June 4 (Norrpress) - Lestria and Karvia accused each other on Wednesday of causing delays at the border airport of Merra. The Lestrian aviation authority blamed a storm cell for the delays. Karvia's transport minister Tomas Rell accused Lestria of closing the airspace without notice.",
			must: nil, mustNot: []string{"acc:storm cell"}},
		{name: "r1u", title: "Karvia and Lestria trade blame after pipeline blast",
			text: "KESSIN, Karvia, June 4 (Norrpress) - Karvia and Lestria accused each other on Friday over a blast on the Kessin gas pipeline. The Karvian energy ministry said the blast was first reported by a local news network that has a reporter in Kessin. Lestria accused Karvia of staging the blast, its minister Tomas Rell said.",
			must: nil, mustNot: []string{"acc:local news network"}},
		{name: "r1v", title: "Karvia and Lestria trade blame after market bombing",
			text: "KESSIN, Karvia, June 4 (Norrpress) - Karvia and Lestria accused each other on Friday over a bombing at a market in Kessin. The Karvian interior ministry said the bombing was witnessed by foreign tourists who gave statements to police. Lestria accused Karvia of staging the bombing, its minister Tomas Rell said.",
			must: nil, mustNot: []string{"acc:foreign tourists"}},
		{name: "r1w", title: "Karvia and Lestria trade blame after market bombing",
			text: "KESSIN, Karvia, June 4 (Norrpress) - Karvia and Lestria accused each other on Friday over a bombing at a market in Kessin. The Karvian interior ministry said the victims of the bombing were identified by forensic experts who worked through the night. Lestria accused Karvia of staging the bombing, its minister Tomas Rell said.",
			must: nil, mustNot: []string{"acc:forensic experts"}},
		{name: "r1x", title: "Karvia and Lestria trade blame over Kessin storm damage",
			text: "KESSIN, Karvia, June 4 (Norrpress) - Karvia and Lestria blamed each other on Friday for damage to the border dyke at Kessin. The Lestrian water agency said the damage was caused by strong winds that blew for two days. Karvia accused Lestria of skipping repairs to the dyke, its minister Tomas Rell said.",
			must: nil, mustNot: []string{"acc:strong winds"}},
		{name: "r1y", title: "Karvia and Lestria trade blame after market bombing",
			text: "KESSIN, Karvia, June 4 (Norrpress) - Karvia and Lestria accused each other on Friday over a bombing at a market in Kessin. The Karvian interior ministry said the bombing was the work of a criminal gang that Lestria shelters. Lestria accused Karvia of staging the bombing, its minister Tomas Rell said.",
			must: []string{"acc:criminal gang"}, mustNot: nil},
		{name: "r1z", title: "Karvia and Lestria trade blame after market bombing",
			text: "KESSIN, Karvia, June 4 (Norrpress) - Karvia and Lestria accused each other on Friday over a bombing at a market in Kessin. The Karvian interior ministry said the wounded were carried out by passing drivers who took them to hospital. Lestria accused Karvia of staging the bombing, its minister Tomas Rell said.",
			must: nil, mustNot: []string{"acc:passing drivers"}},
		{name: "r1aa", title: "Karvia and Lestria trade blame after market bombing",
			text: "KESSIN, Karvia, June 4 (Norrpress) - Karvia and Lestria accused each other on Friday over a bombing at a market in Kessin. The Karvian interior ministry said the bombing had been claimed by a criminal gang that Lestria shelters. Lestria accused Karvia of staging the bombing, its minister Tomas Rell said.",
			must: []string{"acc:criminal gang"}, mustNot: nil},
		{name: "r1ab", title: "Karvia and Lestria trade blame after market bombing",
			text: "KESSIN, Karvia, June 4 (Norrpress) - Karvia and Lestria accused each other on Friday over a bombing at a market in Kessin. The Karvian interior ministry said the bombing had been condemned by rights groups who called for an inquiry. Lestria accused Karvia of staging the bombing, its minister Tomas Rell said.",
			must: nil, mustNot: []string{"acc:rights groups"}},
		{name: "r1ac", title: "Karvia and Lestria trade blame after hostage crisis",
			text: "KESSIN, Karvia, June 4 (Norrpress) - Karvia and Lestria accused each other on Friday over the kidnapping of eleven engineers in Kessin. The Karvian interior ministry said the release of the hostages was the work of a volunteer network that had talked to the kidnappers for weeks. Lestria accused Karvia of paying a ransom, its minister Tomas Rell said.",
			must: nil, mustNot: []string{"acc:volunteer network"}},
		{name: "r1ad", title: "Karvia and Lestria trade blame after pipeline blast",
			text: "KESSIN, Karvia, June 4 (Norrpress) - Karvia and Lestria accused each other on Friday over a blast on the Kessin gas pipeline. The Karvian energy ministry blamed the blast on a sleeper cell that Lestria had sent across the border. Lestria accused Karvia of staging the blast, its minister Tomas Rell said.",
			must: []string{"accText:blamed the blast on a sleeper cell"}, mustNot: nil},
	})
}

// TestTemptedGuiltyKnowledge checks another party that knew: knowing a person, a place or a thing ("knew her from university", "had known peace") is no charge.
func TestTemptedGuiltyKnowledge(t *testing.T) {
	runTemptedRows(t, []temptedRow{
		{name: "r2a", title: "Tenants and Harrowgate Homes trade blame over mould",
			text: "BRELL, Karvia, June 4 (Norrpress) - The Brell Tenants' Association and the landlord Harrowgate Homes accused each other on Monday over mould in a block of flats. The association said residents knew the building well and had lived there for decades. Harrowgate Homes accused the tenants of blocking repairs, its director Tomas Rell said.",
			must: nil, mustNot: []string{"accText:knew the building well"}},
		{name: "r2b", title: "Karvia and Lestria trade blame over fishing ban",
			text: "MERRA, Lestria, June 4 (Norrpress) - Karvia and Lestria accused each other on Monday of breaking a fishing agreement in the Orrin bay. The Lestrian fisheries minister Ada Fennick said Karvia's negotiator knew her from university and had always been fair. Karvia accused Lestria of seizing two of its trawlers.",
			must: nil, mustNot: []string{"accText:knew her from university"}},
		{name: "r2c", title: "Karvia and Lestria trade blame over fishing ban",
			text: "MERRA, Lestria, June 4 (Norrpress) - Karvia and Lestria accused each other on Monday of breaking a fishing agreement in the Orrin bay. \"We knew nothing about the seizure until the morning,\" the Lestrian fisheries minister Ada Fennick said. Karvia accused Lestria of seizing two of its trawlers.",
			must: nil, mustNot: []string{"accText:We knew nothing"}},
		{name: "r2d", title: "Karvia and Lestria trade blame over fishing ban",
			text: "MERRA, Lestria, June 4 (Norrpress) - Karvia and Lestria accused each other on Monday of breaking a fishing agreement in the Orrin bay. The Lestrian fisheries minister Ada Fennick said Karvia knew the talks would be hard and had sent its best negotiators. Karvia accused Lestria of seizing two of its trawlers.",
			must: nil, mustNot: nil,
			left: "\"knew the talks would be hard\" is a clause of what Karvia knew, as \"knew the dam was leaking\" is; only its words say no wrong was known"},
		{name: "r2e", title: "Karvia and Lestria trade blame over fishing ban",
			text: "MERRA, Lestria, June 4 (Norrpress) - Karvia and Lestria accused each other on Monday of breaking a fishing agreement in the Orrin bay. Lestria's fisheries minister Ada Fennick said the two delegations had known each other for twenty years. Karvia accused Lestria of seizing two of its trawlers.",
			must: nil, mustNot: []string{"accText:had known each other"}},
		{name: "r2f", title: "Karvia and Lestria trade blame over storm warnings",
			text: "MERRA, Lestria, June 4 (Norrpress) - Karvia and Lestria accused each other on Monday over the deaths of nine fishermen in a storm. Lestria's fisheries minister Ada Fennick said Karvia knew about the storm a day early and warned its own fleet in time. Karvia accused Lestria of ignoring the forecast.",
			must: nil, mustNot: nil,
			left: "knowing of a storm and warning only one's own fleet is read as a charge, which in its article it may be"},
		{name: "r2g", title: "Tenants and Harrowgate Homes trade blame over mould",
			text: "BRELL, Karvia, June 4 (Norrpress) - The Brell Tenants' Association and the landlord Harrowgate Homes accused each other on Monday over mould in a block of flats. The association said Harrowgate Homes knew every tenant by name when the block opened in 1990. Harrowgate Homes accused the tenants of blocking repairs, its director Tomas Rell said.",
			must: nil, mustNot: []string{"accText:knew every tenant"}},
		{name: "r2i", title: "Karvia and Lestria trade blame over fishing ban",
			text: "MERRA, Lestria, June 4 (Norrpress) - Karvia and Lestria accused each other on Monday of breaking a fishing agreement in the Orrin bay. Lestria's fisheries minister Ada Fennick said Karvian fishermen knew the waters better than anyone. Karvia accused Lestria of seizing two of its trawlers.",
			must: nil, mustNot: []string{"accText:knew the waters"}},
		{name: "r2j", title: "Karvia and Lestria trade blame over fishing ban",
			text: "MERRA, Lestria, June 4 (Norrpress) - Karvia and Lestria accused each other on Monday of breaking a fishing agreement in the Orrin bay. \"Karvia knew we would sign, and we did,\" Lestria's fisheries minister Ada Fennick said of the deal struck in 2030. Karvia accused Lestria of seizing two of its trawlers.",
			must: nil, mustNot: nil,
			left: "\"knew we would sign\" is a clause, as r2d"},
		{name: "r2k", title: "Karvia and Lestria trade blame over fishing ban",
			text: "MERRA, Lestria, June 4 (Norrpress) - Karvia and Lestria accused each other on Monday of breaking a fishing agreement in the Orrin bay. Lestria's fisheries minister Ada Fennick said Karvia knew little about the bay when the agreement was signed. Karvia accused Lestria of seizing two of its trawlers.",
			must: nil, mustNot: []string{"accText:knew little"}},
		{name: "r2l", title: "Karvia and Lestria trade blame over fishing ban",
			text: "MERRA, Lestria, June 4 (Norrpress) - Karvia and Lestria accused each other on Monday of breaking a fishing agreement in the Orrin bay. Lestria's fisheries minister Ada Fennick said Karvia has known three governments in five years. Karvia accused Lestria of seizing two of its trawlers.",
			must: nil, mustNot: []string{"accText:has known three governments"}},
		{name: "r2m", title: "Karvia and Lestria trade blame over fishing ban",
			text: "MERRA, Lestria, June 4 (Norrpress) - Karvia and Lestria accused each other on Monday of breaking a fishing agreement in the Orrin bay. \"Karvia knew. Its boats were fishing in our waters every night,\" Lestria's fisheries minister Ada Fennick said. Karvia accused Lestria of seizing two of its trawlers.",
			must: []string{"accText:Karvia knew."}, mustNot: nil},
		{name: "r2n", title: "Karvia and Lestria trade blame over fishing ban",
			text: "MERRA, Lestria, June 4 (Norrpress) - Karvia and Lestria accused each other on Monday of breaking a fishing agreement in the Orrin bay. Lestria's fisheries minister Ada Fennick said Karvia knew the agreement by heart because its own lawyers had drafted it. Karvia accused Lestria of seizing two of its trawlers.",
			must: nil, mustNot: []string{"accText:knew the agreement by heart"}},
		{name: "r2o", title: "Karvia and Lestria trade blame over fishing ban",
			text: "MERRA, Lestria, June 4 (Norrpress) - Karvia and Lestria accused each other on Monday of breaking a fishing agreement in the Orrin bay. Lestria's fisheries minister Ada Fennick said Karvia had known peace for forty years before the war. Karvia accused Lestria of seizing two of its trawlers.",
			must: nil, mustNot: []string{"accText:had known peace"}},
		{name: "r2p", title: "Karvia and Lestria trade blame over fishing ban",
			text: "MERRA, Lestria, June 4 (Norrpress) - Karvia and Lestria accused each other on Monday of breaking a fishing agreement in the Orrin bay. Lestria's fisheries minister Ada Fennick said Karvia knew him as a fair man when he led the talks. Karvia accused Lestria of seizing two of its trawlers.",
			must: nil, mustNot: []string{"accText:knew him as"}},
		{name: "r2q", title: "Karvia and Lestria trade blame over Orrin dam",
			text: "ORRIN, Karvia, June 4 (Norrpress) - Karvia and Lestria accused each other on Monday over floods below the Orrin dam. Lestria's water minister Ada Fennick said Karvia knew the dam was leaking and did nothing. Karvia accused Lestria of opening the sluices without warning.",
			must: []string{"accText:knew the dam was leaking"}, mustNot: nil},
		{name: "r2r", title: "Karvia and Lestria trade blame over fishing ban",
			text: "MERRA, Lestria, June 4 (Norrpress) - Karvia and Lestria accused each other on Monday of breaking a fishing agreement in the Orrin bay. Lestria's fisheries minister Ada Fennick said Karvian officials knew her well from earlier rounds of talks. Karvia accused Lestria of seizing two of its trawlers.",
			must: nil, mustNot: []string{"accText:knew her well"}},
		{name: "r2s", title: "Karvia and Lestria trade blame over fishing ban",
			text: "MERRA, Lestria, June 4 (Norrpress) - Karvia and Lestria accused each other on Monday of breaking a fishing agreement in the Orrin bay. Lestria's fisheries minister Ada Fennick said Karvia knew the region and its fishermen well. Karvia accused Lestria of seizing two of its trawlers.",
			must: nil, mustNot: []string{"accText:knew the region"}},
		{name: "r2t", title: "Karvia and Lestria trade blame over fishing ban",
			text: "MERRA, Lestria, June 4 (Norrpress) - Karvia and Lestria accused each other on Monday of breaking a fishing agreement in the Orrin bay. Lestria's fisheries minister Ada Fennick said Karvian negotiators knew them well from earlier talks. Karvia accused Lestria of seizing two of its trawlers.",
			must: nil, mustNot: []string{"accText:knew them well"}},
		{name: "r2u", title: "Karvia and Lestria trade blame over Orrin dam",
			text: "ORRIN, Karvia, June 4 (Norrpress) - Karvia and Lestria accused each other on Monday over floods below the Orrin dam. \"Karvia knew it. They had the reports in March,\" Lestria's water minister Ada Fennick said. Karvia accused Lestria of opening the sluices without warning.",
			must: []string{"accText:Karvia knew it."}, mustNot: nil},
	})
}

// TestTemptedGrounding checks a vessel aground: reefs, rocks and banks struck by storms, missiles or a warship's guns are no grounding.
func TestTemptedGrounding(t *testing.T) {
	runTemptedRows(t, []temptedRow{
		{name: "r3a", title: "Karvia and Lestria trade blame after storm wrecks Tarn reef",
			text: "TARN, Lestria, June 4 (Norrpress) - Karvia and Lestria accused each other on Monday of failing to protect the Tarn marine park. A cyclone struck the reef on Saturday and tore up coral across four kilometres. Lestria's environment minister Ada Fennick accused Karvia of ignoring storm warnings.",
			must: nil, mustNot: []string{"topicHas:grounding"}},
		{name: "r3b", title: "Karvia and Lestria trade blame after missile hits reef outpost",
			text: "TARN, Lestria, June 4 (Norrpress) - Karvia and Lestria accused each other on Monday over a missile attack on the Tarn reef outpost. A Karvian missile struck the reef on Sunday night, killing two Lestrian sailors, Lestria said. Karvia denied firing any missile and accused Lestria of staging the attack.",
			must: []string{"topic:outpost strike"}, mustNot: []string{"topicHas:grounding"}},
		{name: "r3c", title: "Karvia and Lestria trade blame after naval shelling",
			text: "TARN, Lestria, June 4 (Norrpress) - Karvia and Lestria accused each other on Monday over the shelling of the Tarn islands. A Karvian warship struck the rocks of Tarn island with its guns on Sunday, killing two Lestrian soldiers, Lestria said. Karvia denied firing and accused Lestria of staging the attack.",
			must: nil, mustNot: []string{"topicHas:grounding"}},
		{name: "r3d", title: "Karvia and Lestria trade blame after ferry hits rocks",
			text: "TARN, Lestria, June 4 (Norrpress) - Karvia and Lestria accused each other on Monday after a passenger ferry struck rocks off the Tarn islands. The ferry Bonnie Ardel hit the rocks in fog late on Sunday, injuring 14 people. Lestria accused Karvia of failing to light the channel, its minister Ada Fennick said.",
			must: []string{"topic:ferry grounding"}, mustNot: nil},
		{name: "r3e", title: "Karvia and Lestria trade blame after tanker struck by drone",
			text: "TARN, Lestria, June 4 (Norrpress) - Karvia and Lestria accused each other on Monday after a drone struck a tanker near the Tarn reef. The tanker Orla Venn was hit by a drone off the reef late on Sunday, and fire spread across its deck. Lestria accused Karvia of launching the drone, its minister Ada Fennick said.",
			must: []string{"topic:tanker strike"}, mustNot: []string{"topicHas:grounding"}},
		{name: "r3f", title: "Talks on Orrin bay run aground as Karvia and Lestria trade blame",
			text: "MERRA, Lestria, June 4 (Norrpress) - Talks on fishing in the Orrin bay ran aground on Monday as Karvia and Lestria blamed each other. Lestria's fisheries minister Ada Fennick accused Karvia of walking out of the talks. Karvia accused Lestria of seizing two of its trawlers.",
			must: nil, mustNot: []string{"topicHas:grounding"}},
		{name: "r3g", title: "Karvia and Lestria trade blame after gunboat fires on bank",
			text: "TARN, Lestria, June 4 (Norrpress) - Karvia and Lestria accused each other on Monday over an attack on a riverside bank in Tarn. A Karvian gunboat hit the bank with two shells on Sunday, Lestria said. Karvia accused Lestria of staging the attack, its minister Tomas Rell said.",
			must: nil, mustNot: []string{"topicHas:grounding"}},
		{name: "r3h", title: "Dockers strike as Corran Shipping and union trade blame",
			text: "TARN, Lestria, June 4 (Norrpress) - Dockers at the port of Tarn struck on Monday as Corran Shipping and the dockers' union blamed each other for the breakdown of pay talks. The union accused Corran Shipping of cutting wages, its leader Ada Fennick said. Corran Shipping accused the union of breaking the agreement.",
			must: []string{"topic:docker strike"}, mustNot: []string{"topicHas:grounding"}},
		{name: "r3i", title: "Karvia and Lestria trade blame after riverside bank shelled",
			text: "TARN, Lestria, June 4 (Norrpress) - Karvia and Lestria accused each other on Monday over an attack on a riverside bank in Tarn. A Karvian patrol boat hit the bank with two shells on Sunday, Lestria said. Karvia accused Lestria of staging the attack, its minister Tomas Rell said.",
			must: nil, mustNot: []string{"topicHas:grounding"}},
		{name: "r3j", title: "Karvian frigate strikes Tarn reef outpost with missiles, Lestria says",
			text: "TARN, Lestria, June 4 (Norrpress) - Lestria accused Karvia on Monday of attacking its outpost on the Tarn reef. Karvia accused Lestria of staging the attack, its minister Tomas Rell said.",
			must: nil, mustNot: []string{"topicHas:grounding"}},
		{name: "r3k", title: "Karvian missile hits rocks near Tarn harbour, Lestria says",
			text: "TARN, Lestria, June 4 (Norrpress) - Lestria accused Karvia on Monday of firing a missile at the harbour of Tarn. Karvia accused Lestria of staging the attack, its minister Tomas Rell said.",
			must: nil, mustNot: []string{"topicHas:grounding"}},
		{name: "r3l", title: "Karvia and Lestria trade blame after ferry delayed in fog",
			text: "TARN, Lestria, June 4 (Norrpress) - Karvia and Lestria accused each other on Monday after a ferry was held for six hours in the Tarn strait. The ferry Bonnie Ardel hit a bank of fog off the islands and stopped its engines, Lestria said. Karvia accused Lestria of closing the port without notice.",
			must: nil, mustNot: []string{"topicHas:grounding"}},
		{name: "r3m", title: "Ferry runs aground in Tarn strait as Karvia and Lestria trade blame",
			text: "TARN, Lestria, June 4 (Norrpress) - Karvia and Lestria accused each other on Monday after a ferry ran aground in the Tarn strait. Lestria accused Karvia of failing to dredge the channel, its minister Ada Fennick said.",
			must: []string{"topic:ferry grounding"}, mustNot: nil},
		{name: "r3n", title: "Karvia and Lestria trade blame after ferry hits reef",
			text: "TARN, Lestria, June 4 (Norrpress) - Karvia and Lestria accused each other on Monday after a ferry struck a reef near Tarn. The ferry Bonnie Ardel struck the reef with 300 passengers on board late on Sunday. Lestria accused Karvia of failing to light the channel, its minister Ada Fennick said.",
			must: []string{"topic:ferry grounding"}, mustNot: nil},
	})
}

// TestTemptedLabelAct checks a headline label giving way to the mutual act: blocking a bill, a budget or a tender is no blockade; a person or a place as the label.
func TestTemptedLabelAct(t *testing.T) {
	runTemptedRows(t, []temptedRow{
		{name: "r4a", title: "Ada Fennick: rival parties accuse each other of blocking her appointment",
			text: "MERRA, Lestria, June 4 (Norrpress) - The Lestrian Labour Party and the Lestrian Liberal Party accused each other on Monday of blocking the appointment of Ada Fennick as chief justice. The Labour Party accused the Liberals of delaying the vote, its leader Tomas Rell said.",
			must: nil, mustNot: []string{"topicHas:blockade"}},
		{name: "r4b", title: "Merra: parties accuse each other of stealing votes",
			text: "MERRA, Lestria, June 4 (Norrpress) - The Lestrian Labour Party and the Lestrian Liberal Party accused each other on Monday of stealing votes in the Merra mayoral election. The Labour Party accused the Liberals of stuffing ballot boxes, its leader Tomas Rell said.",
			must: nil, mustNot: []string{"topicHas:theft"}},
		{name: "r4c", title: "Pension bill: parties accuse each other of blocking reform",
			text: "MERRA, Lestria, June 4 (Norrpress) - The Lestrian Labour Party and the Lestrian Liberal Party accused each other on Monday of blocking a pension reform in parliament. The Labour Party accused the Liberals of delaying the vote, its leader Tomas Rell said.",
			must: nil, mustNot: []string{"topicHas:blockade"}},
		{name: "r4d", title: "Budget row: parties accuse each other of blocking the budget",
			text: "MERRA, Lestria, June 4 (Norrpress) - The Lestrian Labour Party and the Lestrian Liberal Party accused each other on Monday of blocking the budget in parliament. The Labour Party accused the Liberals of delaying the vote, its leader Tomas Rell said.",
			must: nil, mustNot: []string{"topicHas:blockade"}},
		{name: "r4e", title: "Orrin valley food convoy: militias accuse each other of blocking trucks",
			text: "KESSIN, Karvia, June 4 (Norrpress) - Sixty trucks of food have waited at the Orrin valley road since Friday. The Orrin Guard accused the Kessin Front of blocking the trucks, its spokesman Tomas Rell said. The Kessin Front accused the Orrin Guard of mining the road.",
			must: []string{"topic:convoy blockade"}, mustNot: nil},
		{name: "r4f", title: "Football transfer: clubs each say the other stole the player",
			text: "MERRA, Lestria, June 4 (Norrpress) - FC Merra and Kessin United each claimed the striker Tomas Rell on Monday. FC Merra accused Kessin United of breaking transfer rules, its chairman Ada Fennick said. Kessin United accused FC Merra of forging his contract.",
			must: nil, mustNot: nil,
			left: "\"each say the other stole the player\" is the label's thing with \"theft\" (\"transfer theft\"): a person stolen is a figure of speech the rule cannot tell from a thing without a list of people's nouns"},
		{name: "r4g", title: "Karvia: rival generals accuse each other of blocking peace talks",
			text: "KESSIN, Karvia, June 4 (Norrpress) - Two rival Karvian generals accused each other on Monday of blocking peace talks in the capital. General Tomas Rell accused General Ada Fennick of walking out of the talks. Fennick accused Rell of shelling the capital during the ceasefire.",
			must: nil, mustNot: []string{"topicHas:blockade"}},
		{name: "r4h", title: "Harbour dredging contract: firms accuse each other of blocking the tender",
			text: "TARN, Lestria, June 4 (Norrpress) - Corran Shipping and Halvik Dredging accused each other on Monday of blocking the tender for the Tarn harbour contract. Corran Shipping accused Halvik Dredging of bribing officials, its chief Ada Fennick said.",
			must: nil, mustNot: []string{"topicHas:blockade"}},
		{name: "r4i", title: "Election row: Karvian parties each say the other stole the election",
			text: "KESSIN, Karvia, June 4 (Norrpress) - The Karvian Labour Party and the Karvian Liberal Party accused each other on Monday of rigging the vote. The Labour Party accused the Liberals of stuffing ballot boxes, its leader Tomas Rell said.",
			must: nil, mustNot: []string{"topicHas:theft"}},
		{name: "r4j", title: "Merra mayor: parties accuse each other of blocking her budget",
			text: "MERRA, Lestria, June 4 (Norrpress) - The Lestrian Labour Party and the Lestrian Liberal Party accused each other on Monday of blocking the city budget of Merra. The Labour Party accused the Liberals of delaying the vote, its leader Tomas Rell said.",
			must: nil, mustNot: []string{"topicHas:blockade"}},
		{name: "r4k", title: "Nurses' pay deal: unions accuse each other of blocking agreement",
			text: "MERRA, Lestria, June 4 (Norrpress) - Two Lestrian nurses' unions accused each other on Monday of blocking a pay agreement with the health ministry. The Merra Nurses' Union accused the Lestrian Nursing Guild of walking out of talks, its leader Ada Fennick said.",
			must: nil, mustNot: []string{"topicHas:blockade"}},
		{name: "r4l", title: "Kessin fuel trucks: militias accuse each other of blocking deliveries",
			text: "KESSIN, Karvia, June 4 (Norrpress) - Forty fuel trucks have waited outside Kessin since Friday. The Orrin Guard accused the Kessin Front of blocking the road, its spokesman Tomas Rell said. The Kessin Front accused the Orrin Guard of mining the road.",
			must: []string{"topic:truck blockade"}, mustNot: nil},
		{name: "r4m", title: "Tarn port: Karvia and Lestria accuse each other of blocking ships",
			text: "TARN, Lestria, June 4 (Norrpress) - Forty ships have waited outside the port of Tarn since Friday. Lestria accused Karvia of blocking the ships, its minister Ada Fennick said. Karvia accused Lestria of mining the harbour.",
			must: []string{"topic:port blockade"}, mustNot: nil},
		{name: "r4n", title: "Orrin river: Karvia and Lestria accuse each other of blocking the river",
			text: "ORRIN, Karvia, June 4 (Norrpress) - Karvia and Lestria accused each other on Monday of blocking the Orrin river with dams. Lestria accused Karvia of stealing its water, its minister Ada Fennick said.",
			must: nil, mustNot: []string{"topicHas:blockade"}},
	})
}

// TestTemptedPlacedClause checks a thing before its verb: the verb past a place names the event only as the thing's own.
func TestTemptedPlacedClause(t *testing.T) {
	runTemptedRows(t, []temptedRow{
		{name: "r5a", title: "Karvia and Lestria trade blame after border killing",
			text: "KESSIN, Karvia, June 4 (Norrpress) - Karvia and Lestria blamed each other on Sunday after a soldier near the border killed a farmer. Karvia accused Lestria of sending the soldier across the line, its minister Tomas Rell said. Lestria said the soldier was Karvian.",
			must: nil, mustNot: []string{"topic:soldier killing"}},
		{name: "r5b", title: "Karvia and Lestria trade blame after beating at border post",
			text: "KESSIN, Karvia, June 4 (Norrpress) - Karvia and Lestria blamed each other on Sunday after a guard at the border post beat a lorry driver. Karvia accused Lestria of training its guards badly, its minister Tomas Rell said.",
			must: nil, mustNot: []string{"topic:guard beating"}},
		{name: "r5c", title: "Karvia and Lestria trade blame after crane falls at Tarn port",
			text: "TARN, Lestria, June 4 (Norrpress) - Corran Shipping and the Tarn port authority blamed each other on Sunday after a crane at the container terminal collapsed onto a ship. The port authority accused Corran Shipping of overloading the crane, its chief Ada Fennick said.",
			must: []string{"topic:crane fall"}, mustNot: nil},
		{name: "r5d", title: "Corran Shipping and Tarn port authority trade blame",
			text: "TARN, Lestria, June 4 (Norrpress) - Corran Shipping and the Tarn port authority blamed each other on Sunday after a ship at the container terminal attacked the quay with its bow in a storm. The port authority accused Corran Shipping of ignoring the storm warning, its chief Ada Fennick said.",
			must: nil, mustNot: []string{"topic:ship attack"}},
		{name: "r5e", title: "Karvia and Lestria trade blame over Orrin bridge",
			text: "ORRIN, Karvia, June 4 (Norrpress) - Karvia and Lestria blamed each other on Sunday after a bridge over the Orrin river reopened with cracks in its deck. Karvia accused Lestria of skipping repairs on its half of the bridge, its minister Tomas Rell said.",
			must: nil, mustNot: []string{"topic:bridge reopening"}},
		{name: "r5f", title: "Karvia and Lestria trade blame after drone attack",
			text: "KESSIN, Karvia, June 4 (Norrpress) - Karvia and Lestria blamed each other on Sunday after a drone over the town of Kessin struck a school. Karvia accused Lestria of launching the drone, its minister Tomas Rell said.",
			must: []string{"topic:drone strikes"}, mustNot: nil},
		{name: "r5g", title: "Karvia and Lestria trade blame after border shooting",
			text: "KESSIN, Karvia, June 4 (Norrpress) - Karvia and Lestria blamed each other on Sunday after a policeman at the Kessin crossing shot a Lestrian teenager. Lestria accused Karvia of covering up the shooting, its minister Ada Fennick said.",
			must: nil, mustNot: []string{"topic:policeman shooting"}},
		{name: "r5h", title: "Karvia and Lestria trade blame over border crossing death",
			text: "KESSIN, Karvia, June 4 (Norrpress) - Karvia and Lestria blamed each other on Sunday after a lorry at the Kessin crossing killed a boy. Karvia accused Lestria of letting lorries through without checks, its minister Tomas Rell said.",
			must: nil, mustNot: []string{"topic:lorry killing"}},
		{name: "r5i", title: "Karvia and Lestria trade blame over border bus blast",
			text: "KESSIN, Karvia, June 4 (Norrpress) - Karvia and Lestria blamed each other on Sunday after a bus near the border hit a landmine. Karvia accused Lestria of laying mines on the road, its minister Tomas Rell said.",
			must: []string{"topic:mine blast"}, mustNot: nil},
		{name: "r5j", title: "Villagers and Halvik Mining trade blame over Orrin river",
			text: "DUNVAR, Karvia, June 4 (Norrpress) - The villagers of Dunvar and Halvik Mining blamed each other on Sunday after a factory near the river dumped waste into the water. The villagers accused Halvik Mining of hiding the dumping, their spokeswoman Ada Fennick said.",
			must: nil, mustNot: []string{"topic:factory dump"}},
		{name: "r5k", title: "Karvia and Lestria trade blame over Orrin pipeline",
			text: "KESSIN, Karvia, June 4 (Norrpress) - Karvia and Lestria accused each other on Monday over the Orrin pipeline. Karvia accused Lestria of rigging the pipeline tender, its minister Tomas Rell said. Lestria accused Karvia of leaking the tender documents.",
			must: nil, mustNot: []string{"topicHas:pipeline tender"}},
		{name: "r5l", title: "Karvia and Lestria trade blame after guard shot at border post",
			text: "KESSIN, Karvia, June 4 (Norrpress) - Karvia and Lestria blamed each other on Sunday after a guard at the Kessin post fired on a car. Karvia accused Lestria of sending the car across the line, its minister Tomas Rell said.",
			must: nil, mustNot: []string{"topic:guard fire"}},
		{name: "r5m", title: "Karvia and Lestria trade blame over Orrin dam dispute",
			text: "ORRIN, Karvia, June 4 (Norrpress) - Karvia and Lestria blamed each other on Sunday after a dispute over a dam near the border escalated into a naval standoff. Karvia accused Lestria of sending warships to the dam, its minister Tomas Rell said.",
			must: nil, mustNot: []string{"topic:dam escalation"}},
		{name: "r5n", title: "Karvia and Lestria trade blame after politician collapses at rally",
			text: "MERRA, Lestria, June 4 (Norrpress) - The Lestrian Labour Party and the Lestrian Liberal Party blamed each other on Sunday after a candidate at the Merra rally collapsed on stage. The Labour Party accused the Liberals of holding the rally in the midday heat, its leader Tomas Rell said.",
			must: []string{"topic:candidate collapse"}, mustNot: nil},
		{name: "r5o", title: "Karvia and Lestria trade blame after border sniper attack",
			text: "KESSIN, Karvia, June 4 (Norrpress) - Karvia and Lestria blamed each other on Sunday after a sniper near the border killed a farmer. Karvia accused Lestria of hiding the sniper, its minister Tomas Rell said.",
			must: nil, mustNot: []string{"topic:sniper killing"}},
		{name: "r5p", title: "Karvia and Lestria trade blame after dam fails",
			text: "ORRIN, Karvia, June 4 (Norrpress) - Karvia and Lestria blamed each other on Sunday after a dam above the town of Orrin failed. Karvia accused Lestria of skipping repairs, its minister Tomas Rell said.",
			must: nil, mustNot: []string{"topic:above"}},
	})
}

// TestTemptedPushback checks a pushback: boats pushed back into a harbour by winds, migrants pushed back across a square, talks, poverty and deadlines.
func TestTemptedPushback(t *testing.T) {
	runTemptedRows(t, []temptedRow{
		{name: "r6a", title: "Karvia and Lestria trade blame over refugee talks",
			text: "MERRA, Lestria, June 4 (Norrpress) - Karvia and Lestria accused each other on Monday of stalling talks on refugees from the Orrin war. Pressure over the refugee camps forced them back into talks last month, but the talks broke down again. Lestria accused Karvia of refusing to take its share of refugees, its minister Ada Fennick said.",
			must: nil, mustNot: []string{"topicHas:pushback"}},
		{name: "r6b", title: "Fishermen and Tarn port authority trade blame after storm",
			text: "TARN, Lestria, June 4 (Norrpress) - Tarn fishermen and the port authority accused each other on Monday of failing to prepare for a storm. High winds pushed the fishing boats back into the harbour before dawn. The fishermen accused the port authority of closing the harbour wall too late, their spokesman Tomas Rell said.",
			must: nil, mustNot: []string{"topicHas:pushback"}},
		{name: "r6c", title: "Volunteers and Tarn council trade blame over stranded boat",
			text: "TARN, Lestria, June 4 (Norrpress) - Volunteers and the Tarn town council accused each other on Monday over a fishing boat stranded on the beach. Volunteers pushed the stranded boat back into the water at high tide. The council accused the volunteers of damaging the dunes, its leader Tomas Rell said.",
			must: nil, mustNot: []string{"topicHas:pushback"}},
		{name: "r6d", title: "Karvia and Lestria trade blame over migrant poverty",
			text: "MERRA, Lestria, June 4 (Norrpress) - Karvia and Lestria accused each other on Monday of neglecting migrant workers. Rising rents forced many migrant families back into poverty last winter. Lestria accused Karvia of cutting aid to migrant workers, its minister Ada Fennick said.",
			must: nil, mustNot: []string{"topicHas:pushback"}},
		{name: "r6e", title: "Charity says Karvian guards forced refugees back across the border",
			text: "KESSIN, Karvia, June 4 (Norrpress) - The Orrin Aid charity accused Karvia on Monday of beating refugees at the Kessin crossing. Karvian border guards forced the refugees back across the border into Lestria, the charity said. Karvia accused the charity of inventing the story, its minister Tomas Rell said.",
			must: []string{"topic:pushback"}, mustNot: nil},
		{name: "r6f", title: "Karvia and Lestria trade blame over refugee return",
			text: "KESSIN, Karvia, June 4 (Norrpress) - Karvia and Lestria accused each other on Monday over the return of refugees to the Orrin valley. Fighting in the valley forced refugees back across the river to the camps they had left in spring. Lestria accused Karvia of shelling the valley, its minister Ada Fennick said.",
			must: nil, mustNot: []string{"topicHas:pushback"}},
		{name: "r6g", title: "Karvia pushes back deadline for migrant registration",
			text: "MERRA, Lestria, June 4 (Norrpress) - Karvia pushed back the deadline for migrant workers to register by three months on Monday. Lestria accused Karvia of failing to protect migrant workers, its minister Ada Fennick said.",
			must: nil, mustNot: []string{"topicHas:pushback"}},
		{name: "r6h", title: "Karvia and Lestria trade blame over refugee camp protests",
			text: "KESSIN, Karvia, June 4 (Norrpress) - Karvia and Lestria accused each other on Monday over clashes in the Kessin refugee camp. Camp guards pushed the refugees back into their tents after a protest over food. Lestria accused Karvia of beating the refugees, its minister Ada Fennick said.",
			must: nil, mustNot: []string{"topicHas:pushback"}},
		{name: "r6i", title: "Rescuers say Lestrian coastguard pushed dinghy back out to sea",
			text: "TARN, Lestria, June 4 (Norrpress) - The rescue group Open Waters accused Lestria on Monday of endangering lives in the Tarn strait. A Lestrian coastguard vessel pushed a dinghy carrying 40 migrants back out to sea, the group said. Lestria accused the group of helping smugglers, its minister Ada Fennick said.",
			must: []string{"topic:dinghy pushback"}, mustNot: nil},
		{name: "r6j", title: "Winds push fishing boats back into Tarn harbour as port and fishermen trade blame",
			text: "TARN, Lestria, June 4 (Norrpress) - Tarn fishermen and the port authority accused each other on Monday of failing to prepare for a storm. The fishermen accused the port authority of closing the harbour wall too late, their spokesman Tomas Rell said.",
			must: nil, mustNot: []string{"topicHas:pushback"}},
		{name: "r6k", title: "Police push migrants back across Merra square during protest",
			text: "MERRA, Lestria, June 4 (Norrpress) - Police pushed hundreds of migrants back across the main square of Merra on Monday after a protest over housing. The Merra Migrants' Council accused the police of beating protesters, its chair Ada Fennick said.",
			must: nil, mustNot: []string{"topicHas:pushback"}},
		{name: "r6l", title: "Offensive forces refugees back over the border into Lestria",
			text: "KESSIN, Karvia, June 4 (Norrpress) - A Karvian army offensive in the Orrin valley forced thousands of refugees back over the border into Lestria on Monday. Lestria accused Karvia of shelling the valley, its minister Ada Fennick said.",
			must: nil, mustNot: []string{"topicHas:pushback"}},
		{name: "r6m", title: "Volunteers push stranded migrant boat back into the sea at Tarn",
			text: "TARN, Lestria, June 4 (Norrpress) - Volunteers on Tarn beach pushed a stranded boat carrying 30 migrants back into the sea at high tide so it could reach the harbour. The Tarn council accused the volunteers of breaking the law, its leader Tomas Rell said.",
			must: nil, mustNot: nil,
			left: "volunteers who push a stranded boat \"back into the sea\" use a pushback's words; who pushed, a rescuer or a border force, is no word of the clause"},
		{name: "r6n", title: "Refugee crisis forces Karvia and Lestria back into talks",
			text: "MERRA, Lestria, June 4 (Norrpress) - Karvia and Lestria accused each other on Monday of stalling talks on refugees. Lestria accused Karvia of refusing to take its share of refugees, its minister Ada Fennick said.",
			must: nil, mustNot: []string{"topicHas:pushback"}},
		{name: "r6o", title: "Lestria accused of pushing migrant boats back out to sea",
			text: "TARN, Lestria, June 4 (Norrpress) - The rescue group Open Waters accused Lestria on Monday of pushing migrant boats back out to sea. Lestria accused the group of helping smugglers, its minister Ada Fennick said.",
			must: []string{"topic:boat pushback"}, mustNot: nil},
		{name: "r6p", title: "Karvian guards forced migrants back to Lestria, charity says",
			text: "KESSIN, Karvia, June 4 (Norrpress) - The Orrin Aid charity accused Karvia on Monday of beating migrants at the Kessin crossing. Karvia accused the charity of inventing the story, its minister Tomas Rell said.",
			must: []string{"topic:pushback"}, mustNot: nil},
		{name: "r6q", title: "Coastguard pushed migrant boat back into Lestrian waters, rescuers say",
			text: "TARN, Lestria, June 4 (Norrpress) - The rescue group Open Waters accused Karvia on Monday of endangering lives in the Tarn strait. Karvia accused the group of helping smugglers, its minister Tomas Rell said.",
			must: []string{"topic:boat pushback"}, mustNot: nil},
	})
}

// temptedRow is a passage, its headline and what must and must not come
// out of it; left, when set, says why a misfire stays.
type temptedRow struct {
	name, title, text string
	must, mustNot     []string
	left              string
}

// runTemptedRows extracts each row's passage and checks its must and
// mustNot items against the claims; a row whose left says why a misfire
// stays is skipped with that reason. Items: "acc:X" an accusation of X,
// "accText:F" an accusation whose text holds F, "topic:X" a claim with
// topic X, "topicHas:W" a topic holding W, "claim:F" any claim whose text
// holds F, "by:F=S" a claim holding F said by S, "side:F=S" a claim
// holding F on side S, "accTopic:F=T" an accusation holding F with topic
// T, "speaker:S" a claim by S.
func runTemptedRows(t *testing.T, rows []temptedRow) {
	t.Helper()
	for _, tt := range rows {
		t.Run(tt.name, func(t *testing.T) {
			res := extractWith(t, New(nil), Article{Name: "a.txt", Text: []byte(tt.text), Meta: graph.Document{Title: tt.title}})
			if tt.left != "" {
				t.Skip(tt.left)
			}
			has := func(item string) bool {
				kind, want, _ := strings.Cut(item, ":")
				f, v, _ := strings.Cut(want, "=")
				for _, c := range res.Claims {
					acc := c.Kind == graph.KindAccusation
					switch {
					case kind == "acc" && acc && c.Subject == want,
						kind == "accText" && acc && strings.Contains(c.Text, want),
						kind == "topic" && c.Topic == want,
						kind == "topicHas" && strings.Contains(c.Topic, want),
						kind == "claim" && strings.Contains(c.Text, want),
						kind == "by" && strings.Contains(c.Text, f) && c.Speaker == v,
						kind == "side" && strings.Contains(c.Text, f) && c.Side == v,
						kind == "accTopic" && acc && strings.Contains(c.Text, f) && c.Topic == v,
						kind == "speaker" && c.Speaker == want:
						return true
					}
				}
				return false
			}
			for _, m := range tt.must {
				if !has(m) {
					t.Errorf("want %s:%s", m, describe(res.Claims))
				}
			}
			for _, m := range tt.mustNot {
				if has(m) {
					t.Errorf("want no %s:%s", m, describe(res.Claims))
				}
			}
			if testing.Verbose() {
				t.Log(describe(res.Claims))
			}
		})
	}
}
