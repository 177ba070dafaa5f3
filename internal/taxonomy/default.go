package taxonomy

import "strings"

// actorSpec is one built-in actor. plural is the plural demonym when it is
// not demonym+"s"; "-" means the demonym has no plural form ("Chinese").
// gov overrides the government speaker name (demonym + " government").
type actorSpec struct {
	name    string
	demonym string
	plural  string
	gov     string
	aliases []string
}

// builtinActors lists states with their capitals and institutions, then
// blocs, organisations and armed groups. Capitals and institutions stand
// for the state in reporting ("Moscow said", "the Pentagon denied"), so
// they are aliases of the state. Ambiguous words that are mostly not
// places in news prose (Chad, Jordan as a first name is rarer) are left
// out or kept as judged most useful.
var builtinActors = []actorSpec{
	{name: "Russia", demonym: "Russian", aliases: []string{"Russian Federation", "Moscow", "Kremlin", "the Kremlin", "State Duma", "Duma", "Russian Defence Ministry", "Russian Defense Ministry", "Russian MoD", "Russian armed forces", "Russian army"}},
	{name: "Ukraine", demonym: "Ukrainian", aliases: []string{"Kyiv", "Kiev", "Verkhovna Rada", "Rada", "Bankova", "Kyiv regime", "Kiev regime", "Ukrainian armed forces", "Ukrainian army", "Armed Forces of Ukraine"}},
	{name: "United States", demonym: "American", gov: "United States government", aliases: []string{"US", "U.S.", "USA", "U.S.A.", "United States of America", "America", "Washington", "White House", "the White House", "Pentagon", "the Pentagon", "State Department", "US State Department", "Capitol", "US Congress", "U.S. Congress", "Biden administration", "Trump administration", "U.S. military", "US military"}},
	{name: "United Kingdom", demonym: "British", plural: "-", aliases: []string{"UK", "U.K.", "Britain", "Great Britain", "Britons", "London", "Downing Street", "Whitehall", "British Foreign Office"}},
	{name: "France", demonym: "French", plural: "-", aliases: []string{"Paris", "Elysee", "Élysée", "Elysee Palace", "Quai d'Orsay"}},
	{name: "Germany", demonym: "German", aliases: []string{"Berlin", "Bundestag", "Bundeswehr"}},
	{name: "Italy", demonym: "Italian", aliases: []string{"Rome"}},
	{name: "Spain", demonym: "Spanish", plural: "-", aliases: []string{"Madrid", "Spaniards"}},
	{name: "Poland", demonym: "Polish", plural: "-", aliases: []string{"Warsaw", "Poles"}},
	{name: "Belarus", demonym: "Belarusian", aliases: []string{"Minsk", "Belarussian"}},
	{name: "Moldova", demonym: "Moldovan", aliases: []string{"Chisinau"}},
	{name: "Georgia", demonym: "Georgian", aliases: []string{"Tbilisi"}},
	{name: "Armenia", demonym: "Armenian", aliases: []string{"Yerevan"}},
	{name: "Azerbaijan", demonym: "Azerbaijani", aliases: []string{"Baku", "Azeri", "Azeris"}},
	{name: "Turkey", demonym: "Turkish", plural: "-", aliases: []string{"Türkiye", "Turkiye", "Ankara", "Turks"}},
	{name: "Iran", demonym: "Iranian", aliases: []string{"Tehran", "Islamic Republic of Iran", "IRGC", "Revolutionary Guards"}},
	{name: "Iraq", demonym: "Iraqi", aliases: []string{"Baghdad"}},
	{name: "Syria", demonym: "Syrian", aliases: []string{"Damascus"}},
	{name: "Israel", demonym: "Israeli", aliases: []string{"IDF", "Israel Defense Forces", "Knesset", "Tel Aviv"}},
	{name: "Palestine", demonym: "Palestinian", aliases: []string{"Palestinian Authority", "Ramallah", "West Bank"}},
	{name: "Lebanon", demonym: "Lebanese", plural: "-", aliases: []string{"Beirut"}},
	{name: "Jordan", demonym: "Jordanian", aliases: []string{"Amman"}},
	{name: "Saudi Arabia", demonym: "Saudi", aliases: []string{"Riyadh", "Saudis"}},
	{name: "United Arab Emirates", demonym: "Emirati", aliases: []string{"UAE", "Abu Dhabi"}},
	{name: "Qatar", demonym: "Qatari", aliases: []string{"Doha"}},
	{name: "Yemen", demonym: "Yemeni", aliases: []string{"Sanaa"}},
	{name: "Egypt", demonym: "Egyptian", aliases: []string{"Cairo"}},
	{name: "Libya", demonym: "Libyan", aliases: []string{"Tripoli"}},
	{name: "Sudan", demonym: "Sudanese", plural: "-", aliases: []string{"Khartoum"}},
	{name: "Ethiopia", demonym: "Ethiopian", aliases: []string{"Addis Ababa"}},
	{name: "Eritrea", demonym: "Eritrean", aliases: []string{"Asmara"}},
	{name: "Somalia", demonym: "Somali", aliases: []string{"Mogadishu"}},
	{name: "Kenya", demonym: "Kenyan", aliases: []string{"Nairobi"}},
	{name: "Nigeria", demonym: "Nigerian", aliases: []string{"Abuja"}},
	{name: "Mali", demonym: "Malian", aliases: []string{"Bamako"}},
	{name: "South Africa", demonym: "South African", aliases: []string{"Pretoria"}},
	{name: "Democratic Republic of the Congo", demonym: "Congolese", plural: "-", aliases: []string{"DRC", "DR Congo", "Kinshasa"}},
	{name: "Rwanda", demonym: "Rwandan", aliases: []string{"Kigali"}},
	{name: "China", demonym: "Chinese", plural: "-", aliases: []string{"People's Republic of China", "PRC", "Beijing", "Zhongnanhai"}},
	{name: "Taiwan", demonym: "Taiwanese", plural: "-", aliases: []string{"Taipei", "Republic of China"}},
	{name: "Japan", demonym: "Japanese", plural: "-", aliases: []string{"Tokyo"}},
	{name: "South Korea", demonym: "South Korean", aliases: []string{"Seoul", "Republic of Korea", "ROK"}},
	{name: "North Korea", demonym: "North Korean", aliases: []string{"Pyongyang", "DPRK", "Democratic People's Republic of Korea"}},
	{name: "India", demonym: "Indian", aliases: []string{"New Delhi", "Delhi", "Indian Army", "Border Security Force", "BSF"}},
	{name: "Pakistan", demonym: "Pakistani", aliases: []string{"Islamabad", "Rawalpindi", "ISPR", "Inter-Services Public Relations", "Pakistan Army", "Pakistani Army"}},
	{name: "Afghanistan", demonym: "Afghan", aliases: []string{"Kabul"}},
	{name: "Bangladesh", demonym: "Bangladeshi", aliases: []string{"Dhaka"}},
	{name: "Sri Lanka", demonym: "Sri Lankan", aliases: []string{"Colombo"}},
	{name: "Myanmar", demonym: "Myanmar", plural: "-", aliases: []string{"Burma", "Naypyidaw", "Burmese"}},
	{name: "Thailand", demonym: "Thai", aliases: []string{"Bangkok"}},
	{name: "Vietnam", demonym: "Vietnamese", plural: "-", aliases: []string{"Hanoi"}},
	{name: "Philippines", demonym: "Philippine", plural: "-", aliases: []string{"Manila", "Filipino", "Filipinos"}},
	{name: "Indonesia", demonym: "Indonesian", aliases: []string{"Jakarta"}},
	{name: "Malaysia", demonym: "Malaysian", aliases: []string{"Kuala Lumpur"}},
	{name: "Australia", demonym: "Australian", aliases: []string{"Canberra"}},
	{name: "New Zealand", demonym: "New Zealand", plural: "-", aliases: []string{"Wellington", "New Zealanders"}},
	{name: "Canada", demonym: "Canadian", aliases: []string{"Ottawa"}},
	{name: "Mexico", demonym: "Mexican", aliases: []string{"Mexico City"}},
	{name: "Brazil", demonym: "Brazilian", aliases: []string{"Brasilia", "Brasília"}},
	{name: "Argentina", demonym: "Argentine", aliases: []string{"Buenos Aires", "Argentinian", "Argentinians"}},
	{name: "Venezuela", demonym: "Venezuelan", aliases: []string{"Caracas"}},
	{name: "Colombia", demonym: "Colombian", aliases: []string{"Bogota", "Bogotá"}},
	{name: "Cuba", demonym: "Cuban", aliases: []string{"Havana"}},
	{name: "Chile", demonym: "Chilean", aliases: []string{"Santiago"}},
	{name: "Serbia", demonym: "Serbian", aliases: []string{"Belgrade", "Serb", "Serbs"}},
	{name: "Kosovo", demonym: "Kosovar", aliases: []string{"Pristina"}},
	{name: "Bosnia and Herzegovina", demonym: "Bosnian", aliases: []string{"Bosnia", "Sarajevo"}},
	{name: "Croatia", demonym: "Croatian", aliases: []string{"Zagreb", "Croats"}},
	{name: "Hungary", demonym: "Hungarian", aliases: []string{"Budapest"}},
	{name: "Romania", demonym: "Romanian", aliases: []string{"Bucharest"}},
	{name: "Bulgaria", demonym: "Bulgarian", aliases: []string{"Sofia"}},
	{name: "Greece", demonym: "Greek", aliases: []string{"Athens"}},
	{name: "Cyprus", demonym: "Cypriot", aliases: []string{"Nicosia"}},
	{name: "Czech Republic", demonym: "Czech", aliases: []string{"Czechia", "Prague"}},
	{name: "Slovakia", demonym: "Slovak", aliases: []string{"Bratislava"}},
	{name: "Lithuania", demonym: "Lithuanian", aliases: []string{"Vilnius"}},
	{name: "Latvia", demonym: "Latvian", aliases: []string{"Riga"}},
	{name: "Estonia", demonym: "Estonian", aliases: []string{"Tallinn"}},
	{name: "Finland", demonym: "Finnish", plural: "-", aliases: []string{"Helsinki", "Finns"}},
	{name: "Sweden", demonym: "Swedish", plural: "-", aliases: []string{"Stockholm", "Swedes"}},
	{name: "Norway", demonym: "Norwegian", aliases: []string{"Oslo"}},
	{name: "Denmark", demonym: "Danish", plural: "-", aliases: []string{"Copenhagen", "Danes"}},
	{name: "Netherlands", demonym: "Dutch", plural: "-", aliases: []string{"The Hague", "Holland", "Amsterdam"}},
	{name: "Belgium", demonym: "Belgian", aliases: []string{}},
	{name: "Austria", demonym: "Austrian", aliases: []string{"Vienna"}},
	{name: "Switzerland", demonym: "Swiss", plural: "-", aliases: []string{"Bern"}},
	{name: "Kazakhstan", demonym: "Kazakh", aliases: []string{"Astana"}},
	{name: "Uzbekistan", demonym: "Uzbek", aliases: []string{"Tashkent"}},
	{name: "Tajikistan", demonym: "Tajik", aliases: []string{"Dushanbe"}},
	{name: "Kyrgyzstan", demonym: "Kyrgyz", plural: "-", aliases: []string{"Bishkek"}},
	{name: "Turkmenistan", demonym: "Turkmen", plural: "-", aliases: []string{"Ashgabat"}},

	// Blocs and organisations.
	{name: "NATO", gov: "NATO", aliases: []string{"North Atlantic Treaty Organization", "NATO allies"}},
	{name: "European Union", gov: "European Union", aliases: []string{"EU", "E.U.", "Brussels", "European Commission", "European Council"}},
	{name: "West", demonym: "Western", plural: "-", gov: "Western governments", aliases: []string{"the West", "Western countries", "Western nations", "Western allies", "Westerners"}},
	{name: "United Nations", gov: "United Nations", aliases: []string{"UN", "U.N.", "UN Security Council", "Security Council", "UN General Assembly"}},
	{name: "African Union", gov: "African Union", aliases: []string{"AU"}},
	{name: "Arab League", gov: "Arab League", aliases: []string{"League of Arab States"}},
	{name: "OSCE", gov: "OSCE", aliases: []string{"Organization for Security and Co-operation in Europe"}},
	{name: "IAEA", gov: "IAEA", aliases: []string{"International Atomic Energy Agency"}},
	{name: "BRICS", gov: "BRICS"},
	{name: "CSTO", gov: "CSTO", aliases: []string{"Collective Security Treaty Organization"}},
	{name: "G7", gov: "G7", aliases: []string{"Group of Seven", "G-7"}},
	{name: "Hamas", gov: "Hamas"},
	{name: "Hezbollah", gov: "Hezbollah", aliases: []string{"Hizbollah"}},
	{name: "Houthis", gov: "Houthis", aliases: []string{"Houthi", "Ansar Allah"}},
	{name: "Taliban", gov: "Taliban"},
	{name: "Wagner Group", gov: "Wagner Group", aliases: []string{"Wagner"}},
	{name: "Donetsk People's Republic", gov: "Donetsk People's Republic authorities", aliases: []string{"DPR", "DNR"}},
	{name: "Luhansk People's Republic", gov: "Luhansk People's Republic authorities", aliases: []string{"LPR", "LNR"}},
}

// topicSpec is one built-in topic of dispute.
type topicSpec struct {
	name    string
	aliases []string
}

// builtinTopics are the disputes contra tracks out of the box. Aliases are
// the phrases reporters use; the extractor matches them on word
// boundaries, so short ones ("dam") are safe.
var builtinTopics = []topicSpec{
	{"cluster munitions", []string{"cluster munition", "cluster bombs", "cluster bomb", "DPICM", "DPICMs", "bomblets", "submunitions", "cluster weapons", "cluster rounds", "cluster shells", "Convention on Cluster Munitions"}},
	{"nuclear plant safety", []string{"nuclear power plant", "nuclear power station", "nuclear plant", "nuclear station", "Zaporizhzhia nuclear power plant", "ZNPP", "nuclear safety", "reactor"}},
	{"nuclear weapons", []string{"nuclear weapon", "nuclear arms", "nuclear strike", "nuclear attack", "tactical nuclear weapons", "nuclear warheads", "nuclear threat", "nuclear arsenal", "dirty bomb"}},
	{"negotiations", []string{"peace negotiations", "peace talks", "negotiation", "negotiating", "negotiate", "talks", "dialogue", "peace process", "peace deal", "peace plan", "parlay", "peace agreement", "peace proposal", "peace initiative", "peace offer", "ceasefire talks"}},
	{"mercenaries and foreign fighters", []string{"mercenaries", "mercenary", "foreign fighters", "foreign fighter", "foreign instructors", "foreign volunteers", "foreign legion", "hired guns", "private military company", "PMC"}},
	{"mobilisation", []string{"mobilization", "mobilisation", "conscription", "conscripts", "call-up", "recruitment", "contract soldiers", "reservists", "conscripted"}},
	{"sanctions", []string{"sanction", "economic sanctions", "embargo", "export controls", "price cap", "asset freeze", "frozen assets"}},
	{"dam destruction", []string{"dam", "dams", "Kakhovka dam", "dam breach", "dam collapse", "dam destruction", "hydroelectric plant", "hydroelectric dam", "reservoir"}},
	{"prisoners of war", []string{"prisoner of war", "POW", "POWs", "prisoners", "prisoner exchange", "prisoner swap", "captured soldiers", "captured troops", "prison", "prison camp", "detention center", "detention centre", "penal colony", "captives"}},
	{"ceasefire violations", []string{"ceasefire violation", "ceasefire violations", "cease-fire violation", "cease-fire violations", "truce violation", "truce violations", "ceasefire", "cease-fire", "truce", "breach of the ceasefire", "unprovoked firing", "cross-border firing", "firing across", "ceasefire agreement", "Line of Control", "LoC"}},
	{"terrorism", []string{"terrorist", "terrorists", "terror attack", "terrorist attack", "terror", "terror group", "extremism", "extremists", "militancy", "state sponsor of terrorism"}},
	{"chemical weapons", []string{"chemical weapon", "chemical attack", "poison gas", "chlorine", "sarin", "nerve agent", "Novichok", "tear gas"}},
	{"biological weapons", []string{"biological weapon", "bioweapons", "biolabs", "biolaboratories", "biological laboratories"}},
	{"war crimes", []string{"war crime", "atrocities", "atrocity", "massacre", "genocide", "crimes against humanity", "summary executions", "torture"}},
	{"civilian casualties", []string{"civilian deaths", "civilians killed", "civilian casualty", "killing civilians", "civilian infrastructure", "residential buildings", "shelling of civilians"}},
	{"weapons supplies", []string{"arms supplies", "weapons deliveries", "arms deliveries", "military aid", "military assistance", "weapons shipments", "lend-lease", "arms transfers", "supplying weapons", "weapons supply"}},
	{"drone strikes", []string{"drone strike", "drone attack", "drone attacks", "drones", "drone", "UAV", "UAVs", "kamikaze drones", "Shahed"}},
	{"missile strikes", []string{"missile strike", "missile attack", "missile attacks", "missiles", "missile", "rocket attack", "rocket fire", "airstrike", "airstrikes", "air strike", "air strikes", "shelling", "bombardment"}},
	{"deportation of children", []string{"deported children", "deportation", "forcible transfer", "abducted children", "child deportations"}},
	{"grain exports", []string{"grain deal", "Black Sea Grain Initiative", "grain corridor", "grain exports", "food exports", "grain"}},
	{"energy supplies", []string{"gas supplies", "gas pipeline", "pipeline", "Nord Stream", "oil supplies", "energy blackmail", "gas transit"}},
	{"annexation", []string{"annexed", "annex", "referendum", "referendums", "referenda", "occupied territories"}},
	{"disinformation", []string{"propaganda", "fake news", "misinformation", "information war", "fakes", "false flag"}},
	{"NATO expansion", []string{"NATO enlargement", "NATO membership", "join NATO", "eastward expansion", "NATO accession"}},
	{"cyberattacks", []string{"cyberattack", "cyber attack", "cyber attacks", "hacking", "hackers", "ransomware"}},
	{"election interference", []string{"election meddling", "interference in elections", "electoral interference", "rigged election", "vote rigging", "election fraud", "ballot stuffing", "ballot-stuffing", "ballot-box stuffing", "stuffing ballot boxes", "stuffed ballot boxes"}},
	{"humanitarian aid", []string{"humanitarian corridor", "humanitarian corridors", "humanitarian aid", "aid convoy", "evacuation corridor"}},
	{"blockade", []string{"naval blockade", "blockade of ports"}},
	{"counteroffensive", []string{"counter-offensive", "counteroffensive", "spring offensive", "summer offensive"}},
}

// coreSpec is a built-in topic's core event; verbs and targets are
// space-separated.
type coreSpec struct {
	action, verbs, targets string
}

// builtinCores are the core events of the built-in topics, by topic name.
// Verbs are lemmas. They are chosen so that a verb names the event itself,
// not something near it: shelling a dam is not destroying it, so "shell"
// is no verb of dam destruction, while "touch" is (a denial that one's
// forces touched the dam denies destroying it). Topics that are not one
// disputed act (counteroffensive) have none.
var builtinCores = map[string]coreSpec{
	"cluster munitions":                {"use cluster munitions", "use fire deploy drop employ launch resort", ""},
	"nuclear plant safety":             {"shell the nuclear plant", "shell strike attack hit fire bomb target endanger mine rocket", "plant station reactor facility site"},
	"nuclear weapons":                  {"use nuclear weapons", "use deploy launch fire detonate drop employ", ""},
	"negotiations":                     {"refuse to negotiate", "refuse reject decline obstruct stall sabotage derail torpedo block abandon boycott avoid undermine fail rebuff", ""},
	"mercenaries and foreign fighters": {"use mercenaries", "use send deploy recruit hire employ", ""},
	"mobilisation":                     {"announce mobilisation", "announce declare order mobilise mobilize conscript draft", ""},
	"sanctions":                        {"impose sanctions", "impose introduce adopt extend tighten levy slap", ""},
	"dam destruction":                  {"destroy the dam", "destroy blow breach sabotage blast mine touch bomb demolish wreck explode detonate damage undermine", "dam structure"},
	"prisoners of war":                 {"strike the prison", "strike shell hit fire bomb target rocket blow", "prison center centre facility camp colony barracks"},
	"ceasefire violations":             {"violate the ceasefire", "violate breach break resort flout", ""},
	"terrorism":                        {"sponsor terrorism", "sponsor support finance fund harbour harbor back arm train export", ""},
	"chemical weapons":                 {"use chemical weapons", "use deploy fire drop employ launch spray", ""},
	"biological weapons":               {"develop biological weapons", "develop produce build fund run operate", ""},
	"war crimes":                       {"commit war crimes", "commit perpetrate", ""},
	"civilian casualties":              {"kill civilians", "kill target murder", "civilians residents people"},
	"weapons supplies":                 {"supply weapons", "supply send deliver provide ship transfer give", ""},
	"drone strikes":                    {"use drone strikes", "use launch fire send employ deploy", ""},
	"missile strikes":                  {"launch missile strikes", "launch fire use", ""},
	"deportation of children":          {"deport children", "deport abduct transfer remove kidnap", ""},
	"grain exports":                    {"block grain exports", "block obstruct halt stop hamper", ""},
	"energy supplies":                  {"cut energy supplies", "cut halt stop suspend block", ""},
	"annexation":                       {"annex territory", "annex", ""},
	"disinformation":                   {"spread disinformation", "spread fabricate invent stage", ""},
	"cyberattacks":                     {"carry out cyberattacks", "hack attack target launch", ""},
	"election interference":            {"interfere in elections", "interfere meddle rig", ""},
	"humanitarian aid":                 {"block humanitarian aid", "block obstruct halt stop", ""},
	"blockade":                         {"impose a blockade", "impose enforce", ""},
}

// builtinCore returns the core event of the built-in topic named name
// (compared by Key), or none.
func builtinCore(name string) Core {
	s, ok := builtinCores[name]
	if !ok {
		k := Key(name)
		for n, c := range builtinCores {
			if Key(n) == k {
				s, ok = c, true
				break
			}
		}
	}
	if !ok {
		return Core{}
	}
	return Core{Action: s.action, Verbs: strings.Fields(s.verbs), Targets: strings.Fields(s.targets)}
}
