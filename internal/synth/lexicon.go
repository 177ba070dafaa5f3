package synth

// The lexicon: syllables for invented names and the phrase templates claims
// are made of. Everything here is written for this package; no sentence
// comes from a real article.

// verb holds the forms a template needs: "shell", "shelling", "shelled"
// (simple past) and "shelled" (past participle).
type verb struct{ base, ing, past, pp string }

func regular(base, ing, past string) verb { return verb{base, ing, past, past} }

// actionT is a verb and an object with a {P} slot for the event's place.
type actionT struct {
	v   verb
	obj string
}

// archetype is a kind of dispute: its standing theme name, how a single
// incident of it is named, and what one side accuses the other of doing.
type archetype struct {
	theme    string
	alt      []string // other names of the theme, for larger vocabularies
	incident []string // topic names for one incident; {P} is the place
	acts     []actionT
	scene    string // what the place is, for background prose
}

var (
	vUse       = regular("use", "using", "used")
	vFire      = regular("fire", "firing", "fired")
	vDrop      = regular("drop", "dropping", "dropped")
	vShell     = regular("shell", "shelling", "shelled")
	vFireOn    = regular("fire on", "firing on", "fired on")
	vBlowUp    = verb{"blow up", "blowing up", "blew up", "blown up"}
	vFlood     = regular("flood", "flooding", "flooded")
	vMine      = regular("mine", "mining", "mined")
	vStation   = regular("station", "stationing", "stationed")
	vCut       = regular("cut", "cutting", "cut")
	vLaunch    = regular("launch", "launching", "launched")
	vStrike    = regular("strike", "striking", "struck")
	vSend      = regular("send", "sending", "sent")
	vViolate   = regular("violate", "violating", "violated")
	vOpen      = regular("open", "opening", "opened")
	vKill      = regular("kill", "killing", "killed")
	vTorture   = regular("torture", "torturing", "tortured")
	vExecute   = regular("execute", "executing", "executed")
	vStore     = regular("store", "storing", "stored")
	vSabotage  = regular("sabotage", "sabotaging", "sabotaged")
	vBlock     = regular("block", "blocking", "blocked")
	vSeize     = regular("seize", "seizing", "seized")
	vDeport    = regular("deport", "deporting", "deported")
	vRelocate  = regular("forcibly relocate", "forcibly relocating", "forcibly relocated")
	vDeploy    = regular("deploy", "deploying", "deployed")
	vRecruit   = regular("recruit", "recruiting", "recruited")
	vFly       = verb{"fly", "flying", "flew", "flown"}
	vHack      = regular("hack", "hacking", "hacked")
	vRig       = regular("rig", "rigging", "rigged")
	vInterfere = regular("interfere", "interfering", "interfered")
	vLay       = regular("lay", "laying", "laid")
	vStage     = regular("stage", "staging", "staged")
	vMass      = regular("mass", "massing", "massed")
	vMove      = regular("move", "moving", "moved")
	vAttack    = regular("attack", "attacking", "attacked")
	vCross     = regular("cross", "crossing", "crossed")
	vFabricate = regular("fabricate", "fabricating", "fabricated")
	vSpread    = regular("spread", "spreading", "spread")
	vSmuggle   = regular("smuggle", "smuggling", "smuggled")
	vHide      = verb{"hide", "hiding", "hid", "hidden"}
	vRetaliate = regular("retaliate", "retaliating", "retaliated")
	vRespond   = regular("respond", "responding", "responded")
	vClose     = regular("close", "closing", "closed")
	vSuspend   = regular("suspend", "suspending", "suspended")
	vWithdraw  = verb{"withdraw", "withdrawing", "withdrew", "withdrawn"}
	vEscalate  = regular("escalate", "escalating", "escalated")
)

var archetypes = []archetype{
	{"cluster munitions", []string{"incendiary weapons", "banned munitions"}, []string{"{P} cluster strike", "cluster munitions in {P}"}, []actionT{
		{vUse, "cluster munitions in {P}"}, {vFire, "cluster rockets at {P}"}, {vDrop, "cluster bombs on {P}"}}, "town"},
	{"shelling of civilians", []string{"attacks on residential areas", "artillery strikes on towns"}, []string{"shelling of {P}", "{P} market shelling"}, []actionT{
		{vShell, "residential areas in {P}"}, {vShell, "the central market in {P}"}, {vFireOn, "civilians in {P}"}}, "town"},
	{"dam destruction", []string{"water infrastructure", "flooding"}, []string{"{P} dam destruction", "{P} dam breach"}, []actionT{
		{vBlowUp, "the dam at {P}"}, {vFlood, "villages below the {P} reservoir"}, {vMine, "the {P} dam"}}, "dam"},
	{"nuclear plant safety", []string{"nuclear safety", "radiation risks"}, []string{"{P} nuclear plant shelling", "{P} nuclear plant"}, []actionT{
		{vShell, "the nuclear power plant at {P}"}, {vStation, "heavy weapons at the {P} nuclear plant"}, {vCut, "power lines to the {P} nuclear plant"}}, "nuclear plant"},
	{"drone strikes", []string{"drone warfare", "long-range strikes"}, []string{"{P} drone strike", "drone attack on {P}"}, []actionT{
		{vLaunch, "drone strikes on {P}"}, {vStrike, "the power station in {P} with drones"}, {vSend, "attack drones toward {P}"}}, "city"},
	{"ceasefire violations", []string{"the ceasefire", "truce breaches"}, []string{"{P} ceasefire breach", "ceasefire violations near {P}"}, []actionT{
		{vViolate, "the ceasefire near {P}"}, {vOpen, "unprovoked fire near {P}"}}, "frontline village"},
	{"treatment of prisoners", []string{"prisoners of war", "detainee abuse"}, []string{"{P} prison deaths", "{P} detention camp"}, []actionT{
		{vKill, "prisoners of war held in {P}"}, {vTorture, "detainees at the {P} camp"}, {vExecute, "captured soldiers near {P}"}}, "detention camp"},
	{"chemical weapons", []string{"toxic agents", "chemical attacks"}, []string{"{P} chemical attack", "toxic gas in {P}"}, []actionT{
		{vUse, "chemical agents in {P}"}, {vStore, "toxic munitions in {P}"}}, "town"},
	{"energy infrastructure", []string{"power outages", "energy security"}, []string{"{P} power station strike", "{P} pipeline blast"}, []actionT{
		{vStrike, "the power grid around {P}"}, {vSabotage, "the gas pipeline near {P}"}}, "industrial town"},
	{"grain exports", []string{"food security", "shipping lanes"}, []string{"{P} port blockade", "grain shipments from {P}"}, []actionT{
		{vBlock, "grain shipments from {P}"}, {vMine, "the approaches to the port of {P}"}, {vSeize, "grain stored in {P}"}}, "port"},
	{"forced deportations", []string{"deported children", "population transfers"}, []string{"deportations from {P}", "{P} evacuation"}, []actionT{
		{vDeport, "children from {P}"}, {vRelocate, "residents of {P}"}}, "town"},
	{"foreign mercenaries", []string{"foreign fighters", "private military companies"}, []string{"mercenaries in {P}", "{P} mercenary unit"}, []actionT{
		{vDeploy, "foreign mercenaries near {P}"}, {vRecruit, "mercenaries for operations in {P}"}}, "garrison town"},
	{"airspace violations", []string{"air incidents", "no-fly zones"}, []string{"{P} airspace incident", "airspace violation over {P}"}, []actionT{
		{vViolate, "airspace over {P}"}, {vFly, "combat jets over {P}"}}, "border town"},
	{"cyberattacks", []string{"hacking", "digital sabotage"}, []string{"{P} grid cyberattack", "hacking of {P} utilities"}, []actionT{
		{vLaunch, "a cyberattack on the {P} power grid"}, {vHack, "the water utility in {P}"}}, "city"},
	{"election interference", []string{"vote rigging", "referendums"}, []string{"{P} referendum", "{P} local elections"}, []actionT{
		{vRig, "the referendum in {P}"}, {vInterfere, "in the vote in {P}"}}, "province"},
	{"sabotage", []string{"infrastructure sabotage", "rail attacks"}, []string{"{P} bridge explosion", "{P} rail sabotage"}, []actionT{
		{vBlowUp, "the bridge at {P}"}, {vSabotage, "the rail line at {P}"}}, "rail junction"},
	{"humanitarian corridors", []string{"evacuations", "humanitarian access"}, []string{"{P} evacuation convoy", "{P} humanitarian corridor"}, []actionT{
		{vFireOn, "the evacuation convoy leaving {P}"}, {vBlock, "the humanitarian corridor from {P}"}}, "besieged town"},
	{"landmines", []string{"mine clearance", "unexploded ordnance"}, []string{"mines around {P}", "{P} minefield"}, []actionT{
		{vLay, "anti-personnel mines around {P}"}, {vMine, "farmland near {P}"}}, "farming district"},
	{"hospital strikes", []string{"attacks on medical facilities", "attacks on health workers"}, []string{"{P} hospital strike", "strike on {P} hospital"}, []actionT{
		{vStrike, "the hospital in {P}"}, {vShell, "the maternity ward in {P}"}}, "city"},
	{"false flag operations", []string{"staged attacks", "provocations"}, []string{"{P} provocation", "{P} staged attack"}, []actionT{
		{vStage, "a provocation in {P}"}, {vStage, "a false flag attack in {P}"}}, "town"},
	{"troop buildup", []string{"military exercises", "troop movements"}, []string{"{P} troop buildup", "troops massing near {P}"}, []actionT{
		{vMass, "troops near {P}"}, {vMove, "heavy armour toward {P}"}}, "border district"},
	{"border clashes", []string{"border security", "frontier incidents"}, []string{"{P} border clash", "{P} border post attack"}, []actionT{
		{vAttack, "the border post at {P}"}, {vCross, "the border near {P}"}}, "border crossing"},
	{"disinformation", []string{"propaganda", "fake videos"}, []string{"{P} video", "fabricated footage from {P}"}, []actionT{
		{vFabricate, "footage of the attack on {P}"}, {vSpread, "false reports about {P}"}}, "town"},
	{"arms supplies", []string{"weapons smuggling", "arms transfers"}, []string{"arms shipments to {P}", "{P} weapons depot"}, []actionT{
		{vSmuggle, "weapons through {P}"}, {vHide, "weapons in schools in {P}"}}, "port"},
}

// counterActs are what the accused side says the accuser really did.
var counterActs = []actionT{
	{vStage, "a provocation in {P}"},
	{vFabricate, "evidence about the events in {P}"},
	{vUse, "civilians in {P} as human shields"},
	{vStage, "the attack on {P}"},
}

// threatActs are what a side threatens to do itself.
var threatActs = []actionT{
	{vRetaliate, "for the attack on {P}"},
	{vRespond, "with force to any further attack on {P}"},
	{vClose, "the {P} crossing"},
	{vSuspend, "talks over {P}"},
}

// predictActs are what a side predicts another will do.
var predictActs = []actionT{
	{vLaunch, "a new offensive near {P}"},
	{vAttack, "{P} again"},
	{vWithdraw, "from {P}"},
	{vEscalate, "the fighting around {P}"},
}

var (
	stateHeads = []string{"Ar", "Bel", "Cor", "Dra", "Es", "Fen", "Gal", "Hes", "Ir", "Kar", "Lor", "Mar", "Nor",
		"Os", "Pel", "Quen", "Ras", "Sel", "Tar", "Ul", "Val", "Ves", "Zar", "Thal", "Bryn", "Cael", "Dorn", "Eld",
		"Gorv", "Hal", "Jor", "Kes", "Lun", "Mir", "Nav", "Orv", "Pra", "Ryn", "Tov", "Vel", "Wen", "Yar"}
	stateMids  = []string{"", "ve", "mo", "do", "na", "ra", "li", "te", "go", "ba", "ke", "lo", "ru", "vi", "ze", "ta", "ne", "sa"}
	stateTails = []string{"nia", "ria", "via", "ra", "na", "stia", "lia", "dia", "ssa", "thia", "nora", "vina"}

	placeHeads = []string{"Kor", "Vesh", "Dra", "Tal", "Mir", "Ost", "Bel", "Gor", "Lut", "Nar", "Sev", "Zel", "Vor",
		"Kam", "Pol", "Tir", "Hav", "Ber", "Dun", "Rav", "Sol", "Kest", "Mal", "Tor", "Vel", "Bran", "Chel", "Dol",
		"Fal", "Grod", "Hol", "Jas", "Krel", "Lom", "Mor", "Nov", "Orsk", "Pav", "Ros", "Stav"}
	placeMids     = []string{"", "", "a", "o", "e", "i", "ov", "en", "ar", "ush", "el", "im"}
	placeTails    = []string{"vath", "grad", "ovo", "inka", "mir", "sk", "ton", "ford", "polis", "enya", "ach", "ets", "yn", "dorf", "aya", "ica", "haven", "ara", "iv", "eth"}
	placePrefixes = []string{"New ", "Old ", "Upper ", "Lower ", "Port ", "Fort "}
	regionForms   = []string{"in the {P} valley", "in the {P} basin", "in the {P} hills", "on the {P} coast",
		"in the {P} corridor", "in the {P} lowlands", "on the {P} plateau", "in the {P} delta"}
	// themeQualifiers stretch the theme vocabulary past the built-in names.
	themeQualifiers = []string{"renewed ", "alleged ", "cross-border ", "reported ", "wartime ", "regional "}

	firstHeads = []string{"Ta", "Mi", "Ka", "Do", "Le", "Ro", "Va", "Ne", "Sa", "Ti", "Be", "Ga", "Ilo", "Ora", "Pe",
		"Zo", "Ya", "Fe", "Lu", "Ze", "An", "Ed", "Ori", "Ma"}
	firstTails   = []string{"vo", "ren", "ra", "lan", "mir", "na", "sha", "dek", "ris", "lia", "tiv", "vel", "ko", "mina", "rek", "sa", "ian", "eth", "ila", "or"}
	surnameHeads = []string{"Ren", "Vol", "Kas", "Mor", "Dra", "Tel", "Bar", "Stav", "Hol", "Kir", "Lom", "Pav", "Sor",
		"Tur", "Vesh", "Zan", "Grel", "Orv", "Mech", "Dob", "Hal", "Jur", "Kov", "Lest", "Nad", "Pel", "Rud", "Sev", "Tam", "Var"}
	// surnameStyles gives each state a naming tradition of its own.
	surnameStyles = [][]string{
		{"ski", "enko", "ov", "ovich"}, {"ello", "otti", "ari", "ini"}, {"sen", "berg", "strom", "dahl"},
		{"ez", "ado", "ero", "ira"}, {"ic", "ac", "ek", "ar"}, {"ane", "ard", "mont", "ier"}, {"oglu", "an", "yan", "ali"},
	}

	// realNames are real states and regions the syllables can spell.
	realNames = map[string]bool{
		"gallia": true, "istria": true, "tartaria": true, "illyria": true, "dacia": true, "lydia": true, "syria": true,
		"russia": true, "prussia": true, "nubia": true, "numidia": true, "media": true, "india": true, "lusitania": true,
		"mauritania": true, "armenia": true, "romania": true, "albania": true, "estonia": true, "latvia": true,
		"bolivia": true, "serbia": true, "nigeria": true, "algeria": true, "liberia": true, "zambia": true, "gambia": true,
		"namibia": true, "croatia": true, "slovakia": true, "slovenia": true, "bosnia": true, "moldova": true,
		"bulgaria": true, "austria": true, "australia": true, "tanzania": true, "ethiopia": true, "eritrea": true,
		"colombia": true, "lithuania": true, "mongolia": true, "cambodia": true, "catalonia": true, "bavaria": true,
		"valencia": true, "andorra": true, "marna": true, "arria": true, "cordova": true, "iberia": true, "dalmatia": true,
		"kerala": true, "gana": true, "ghana": true, "vinland": true, "novara": true, "pavia": true, "verona": true,
	}

	roles = []string{"President", "Foreign Minister", "Defence Minister", "Prime Minister", "Foreign Ministry spokesperson",
		"Defence Ministry spokesperson", "presidential spokesperson", "ambassador to the Council of Nations",
		"chief of the general staff", "Interior Minister", "national security adviser", "deputy foreign minister",
		"army spokesperson"}
	lesserRoles = []string{"lawmaker", "regional governor", "military analyst", "senior diplomat"}

	outletForms = []string{"The {P} Herald", "The {P} Times", "{P} Daily", "{A} News Agency", "{P} Wire",
		"The {P} Observer", "{P} Today", "{P} Post", "Radio {P}", "{A} Broadcasting Corporation", "The {P} Ledger",
		"{P} Independent", "Meridian Wire", "Continental Review", "The Frontier Monitor", "Global Dispatch"}
	tlds = []string{".com", ".com", ".net", ".org", ".news", ".info"}
)
