package extract

import "strings"

// Word classes. A word may be in several; lexFlags returns them as a bit
// set from one map lookup, which keeps the per-token cost low.
const (
	fSpeech      uint64 = 1 << iota // a form of a reporting verb (said, claims, denied)
	fAux                            // auxiliary or modal verb
	fModal                          // may, might, could, can
	fFuture                         // will, shall, 'll, going
	fAdv                            // adverb that may sit between subject and verb
	fTime                           // day or time word
	fPron                           // personal pronoun
	fDet                            // determiner or possessive pronoun
	fRole                           // role or title word (minister, spokesman, Col.)
	fOrg                            // head noun of an organisation (ministry, service)
	fGroup                          // collective noun for a government (authorities, officials)
	fPrep                           // preposition
	fNeg                            // negation
	fSubord                         // subordinating conjunction opening a clause
	fCulp                           // culpability cue: a harmful act or blame word
	fWeapon                         // weapon noun
	fFail                           // failure or refusal cue
	fThreat                         // threat cue
	fMedia                          // news-media word
	fVerb                           // a form of a common verb
	fNounish                        // verb form that is more often a noun after a noun
	fConj                           // and, or, but
	fRel                            // who, which, that, whom
	fParticle                       // out, up (pointed out)
	fFirstPerson                    // we, our, us, I, my
	fDismiss                        // nonsense, lies, absurd (called them nonsense)
	fSalience                       // both, each (both countries)
	fPast                           // a past-tense or participle form
	fRecip                          // accuse, blame, trade, exchange: reciprocal accusation verbs
	fBlameNoun                      // accusations, charges: nominal accusations
	fEnglish                        // a frequent English function word (englishWords), for the language check
	fEvent                          // an event noun or a form of an event verb (topics.go)
	fNoNoun                         // a quantifier or reflexive standing for a noun ("few", "itself")
	fOpenCue                        // a lower-case word that may start an open actor's mention (actors.go)
	fOrgRef                         // a noun that may refer back to an organisation ("brigade", "separatists")
	fOrgan                          // a state organ's noun or its modifier: "army", "interior" (actors.go organRef)
	fDenyVerb                       // a form of a denial verb, or "called": a relative denial's verb (relativeDenial)
	fLocalBody                      // a local qualifier before a town's body: "city", "port" (actors.go localBody)
	fBlameObj                       // a noun whose object is the event blamed: "responsibility for", "the cause of" (topics.go blameEvent)
	fHeldCue                        // "responsible", "finger": "X held Y responsible for Z", "X pointed the finger at Y" blame without a reporting verb (patterns.go)
	fCoTitle                        // an office of a company: "founder", "owner" (speaker.go roleThenName)
	fWilful                         // a wrong done on purpose or by deceit that harms nothing by itself: "chose", "invented", "lying" (interpret.go)
	fPlace                          // a form of a verb that places a weapon: "laid", "planted", "sown" (interpret.go placedWeapon)
	fStance                         // an adjective of a held view, or "clear": "is confident that", "made it clear that" (clause.go stanceThat)
	fClaimNoun                      // a noun of a statement that takes a "that" clause: "Marek's claim that …" (clause.go ownedThat)
	fBlameVerb                      // "blamed", "blames": a relative charge's verb (clause.go relativeCharge)
)

// vclass is how a reporting verb takes its content.
type vclass uint8

const (
	vSay     vclass = iota // X said (that) CLAUSE / "…," X said
	vTell                  // X told RECIPIENT (that) CLAUSE
	vAccuse                // X accused Y of Z / blamed Y for Z
	vDeny                  // X denied Z / rejected Z
	vObject                // X defended / decried / condemned OBJECT
	vCallFor               // X called for Z
	vReport                // X reported (media-ish; skipped for outlets)
)

type verbInfo struct {
	lemma string
	class vclass
	// thatOnly is thatOnly[lemma], worked out once: speechCandidate
	// asks it of every reporting verb it reads
	thatOnly bool
}

var lexicon = map[string]uint64{}
var speechVerbs = map[string]verbInfo{}

// irregular maps irregular verb forms to their lemma.
var irregular = map[string]string{
	"said": "say", "says": "say", "saying": "say", "told": "tell", "was": "be", "were": "be",
	"is": "be", "are": "be", "am": "be", "been": "be", "being": "be", "has": "have", "had": "have",
	"having": "have", "did": "do", "does": "do", "done": "do", "doing": "do", "went": "go",
	"gone": "go", "goes": "go", "made": "make", "sent": "send", "gave": "give", "given": "give",
	"took": "take", "taken": "take", "caught": "catch", "shot": "shoot", "struck": "strike", "hit": "hit", "fought": "fight",
	"brought": "bring", "bought": "buy", "thought": "think", "knew": "know", "known": "know", "shown": "show",
	"saw": "see", "seen": "see", "found": "find", "held": "hold", "kept": "keep", "led": "lead",
	"left": "leave", "lost": "lose", "meant": "mean", "met": "meet", "paid": "pay", "put": "put",
	"ran": "run", "run": "run", "sought": "seek", "spoke": "speak", "spoken": "speak", "stood": "stand",
	"understood": "understand", "won": "win", "wrote": "write", "written": "write", "blew": "blow",
	"blown": "blow", "began": "begin", "begun": "begin", "broke": "break", "broken": "break",
	"came": "come", "drew": "draw", "drawn": "draw", "fell": "fall", "fallen": "fall", "felt": "feel",
	"flew": "fly", "got": "get", "gotten": "get", "grew": "grow", "heard": "hear", "hid": "hide",
	"laid": "lay", "lay": "lie", "lied": "lie", "rose": "rise", "risen": "rise", "set": "set",
	"shook": "shake", "slept": "sleep", "slid": "slide", "spent": "spend", "spread": "spread", "stole": "steal",
	"stolen": "steal", "swore": "swear", "taught": "teach", "threw": "throw", "thrown": "throw",
	"wore": "wear", "withdrew": "withdraw", "withdrawn": "withdraw", "overtook": "overtake",
	"undertook": "undertake", "bore": "bear", "borne": "bear", "forbade": "forbid", "forbidden": "forbid",
	"uses": "use", "used": "use", "using": "use", "dying": "die", "lying": "lie",
	"kidnapped": "kidnap", "kidnapping": "kidnap", "kidnaps": "kidnap",
	"sank": "sink", "sunk": "sink", "burnt": "burn", "froze": "freeze", "frozen": "freeze",
	"'s": "be", "'re": "be", "'ve": "have", "'ll": "will", "'d": "would",
}

// verbBases are common verbs, for finding a clause's main verb and for
// lemmatising actions.
var verbBases = strings.Fields(`
accept accuse achieve annex trade acknowledge act add admit advance affect agree aim allege allow announce answer
appear apply approve argue arm arrest arrive ask assert assess assist assure attack attempt back ban
be bear beat become begin believe belong blame blast block blow bomb break bring build buy call
capture carry cause caution cease change charge claim clear close come comment commit compensate complain
concede condemn confirm consider contend continue control cost counter cover create cross cut damage
debunk decide declare decline decrease decry defeat defend delay deliver demand deny deploy deport deprive
harass intimidate sever
describe destroy detect develop die disclose discuss dislodge dismiss displace dispute do drop ease
emphasise emphasize encounter end endanger ensure escalate estimate evacuate exchange execute exhaust expand
expect explain explode express face fail fall fear feel fight find fire flee fly focus follow force
forbid gain get give go grow guarantee halt happen have hear help hide highlight hit hold hope hurt
ignore impose include increase incite inflict injure insist intend interfere invade involve issue join
keep kill know lack land launch lead leave lie limit lose maintain make mean meet mention mobilise
mobilize move need negotiate note notice observe obstruct occupy offer open oppose order pass pay perish
perpetrate pick plan play pledge point pose possess post predict prepare present press prevent produce
promise propose protect protest prove provide provoke pull push put raise reach react receive recognise
recognize reconsider record recruit reduce refrain refuse regard reiterate reject release remain remark
repeat reply report request require reserve resist resolve resort respond rest retaliate retort return
reveal rise rule run sabotage say secure see seek seize sell send serve shell shift shoot show sign
slam smuggle speak sponsor spread stage stand start state stay steal stop strengthen stress strike
strive succeed suffer suggest supply support surrender suspend sustain take talk target tell tend
terminate test thank think threaten torture train transfer treat trust try turn tweet undermine
understand urge use violate volunteer vow wage want warn welcome win withdraw work worsen wound write
touch mine breach detonate demolish wreck rocket parlay hack meddle abduct kidnap harbour harbor flout
torpedo derail boycott conscript
`)

func init() {
	add := func(f uint64, words string) {
		for _, w := range strings.Fields(words) {
			lexicon[w] |= f
		}
	}
	// verbs: every generated form is a verb; past forms are marked
	for _, b := range verbBases {
		for _, f := range inflect(b) {
			lexicon[f] |= fVerb
		}
		lexicon[pastOf(b)] |= fPast
	}
	for form, l := range irregular {
		lexicon[form] |= fVerb
		if strings.HasSuffix(form, "ed") || form == "said" || form == "told" || form == "was" || form == "were" ||
			form == "had" || form == "did" || form == "done" || form == "been" || form == "used" ||
			(len(form) > 2 && !strings.HasSuffix(form, "s") && !strings.HasSuffix(form, "ing") && form != l) {
			lexicon[form] |= fPast
		}
	}
	speech := func(c vclass, lemmas string) {
		for _, l := range strings.Fields(lemmas) {
			for _, f := range verbForms(l) {
				if lem, ok := irregular[f]; ok && lem != l {
					continue
				}
				speechVerbs[f] = verbInfo{lemma: l, class: c, thatOnly: thatOnly[l]}
				lexicon[f] |= fSpeech | fVerb
				if c == vDeny {
					lexicon[f] |= fDenyVerb
				}
			}
		}
	}
	speech(vSay, `say ask wonder claim allege insist assert state declare announce add note stress emphasise emphasize
		warn argue explain maintain contend highlight remark point confirm acknowledge admit suggest write
		tweet reiterate repeat observe concede comment respond reply retort counter predict vow pledge promise
		threaten assure caution complain lament boast recall estimate disclose reveal mention
		think believe feel know hope expect fear suspect doubt want wish intend
		describe characterise characterize brand label dub express
		agree worry joke quip shout chant muse answer recall remember continue
		portray regard view see consider speak talk
		recount interject`)
	// verbs of evidence: "the survey found that …", "records show …";
	// speechCandidate takes them only with a document as subject or a
	// "that" clause after them ("police found a body" reports nothing)
	speech(vSay, `find show indicate conclude`)
	speech(vSay, thatOnlyLemmas)
	speech(vTell, `tell remind inform`)
	// telling verbs whose content is only a "that" clause after the one
	// told: "convinced the board that …", "reassured miners that …";
	// not "persuaded the board to sell"
	speech(vTell, `convince persuade reassure notify`)
	speech(vAccuse, `accuse blame charge`)
	speech(vDeny, `deny reject dismiss refute rebuff dispute`)
	// phrasal denials, only with their particle (speechCandidate,
	// particleHeld): "brushed off the charge", "shrugged off", "pushed
	// back on the suggestion", "played down", "laughed off", "waved away"
	speech(vDeny, phrasalDenials)
	speech(vObject, `defend decry condemn criticise criticize slam denounce endorse praise applaud welcome hail oppose support mock question challenge
		propose cite tout prefer blast lambaste rebuke chide berate castigate assail
		thank seek discuss echo offer share post apologise apologize compare imply recommend refer
		list focus read present`)
	// an estimate a party gives of a count or a sum: "the ministry put the
	// death toll at 18" (speechCandidate: only before "at" and a number)
	speech(vObject, `put`)
	// refusals to speak, only before "to" and a verb of speaking
	// (speechCandidate): "declined to comment", "refused to say"
	speech(vSay, `decline refuse`)
	speech(vCallFor, `call urge demand`)
	speech(vReport, `report`)
	// "talks" and "talk" are mostly nouns in news of disputes ("the
	// ceasefire talks", "peace talk"): only "talked"/"talking about"
	// report
	for _, f := range []string{"talk", "talks"} {
		delete(speechVerbs, f)
		lexicon[f] &^= fSpeech
	}

	add(fAux, `is are was were be been being am has have had having do does did will would shall should can could may might must`)
	add(fModal, `may might could can would`)
	add(fFuture, `will shall 'll`)
	add(fAdv, `also further later earlier again repeatedly reportedly then now however previously recently once still
		already indirectly unequivocally strongly publicly openly firmly flatly categorically bluntly just even
		allegedly separately subsequently initially quickly immediately yet often always never ever not essentially
		so too duly instead`)
	add(fTime, `today yesterday tonight tomorrow monday tuesday wednesday thursday friday saturday sunday weekend
		morning evening afternoon night week month year earlier later last this next spring summer autumn winter`)
	add(fPron, `he she they it we i you him her them us`)
	add(fFirstPerson, `we our us i my ours me`)
	add(fDet, `the a an this that these those his her its their our my your some any every each all both many
		several another other such no`)
	add(fRole, `president vice prime minister ministers spokesman spokeswoman spokesperson spokespeople secretary general
		colonel lieutenant major captain commander chief head ambassador envoy senator representative governor
		mayor chancellor king queen prince princess sheikh emir ayatollah pope patriarch director chairman
		chairwoman chair leader official adviser advisor aide deputy acting former top senior defense defence
		foreign interior home finance justice security intelligence press presidential mr mr. mrs mrs. ms ms.
		dr dr. prof prof. col col. gen gen. lt lt. sgt sgt. capt capt. maj maj. adm adm. rep rep. sen sen. gov gov.
		co-anchor anchor correspondent analyst expert negotiator diplomat commissioner premier monarch prosecutor
		judge attorney lawmaker legislator mp speaker staff strongman ombudsman lt-col lt-gen maj-gen brig-gen
		marshal admiral sergeant officer commissar ataman rebel separatist warlord counterpart affairs state
		secretary-general under-secretary vice-president`)
	add(fCoTitle, `executive ceo chairman chairwoman chairperson manager founder owner`)
	// trades a body's staff are described by in a report ("a Halvik
	// engineer told …"): the description speaks on the body's side, as
	// "a Halvik spokesman" does, rather than the body itself
	add(fRole, `engineer technician inspector`)
	// elected members of a local council, titled as a minister is
	// ("Councillor Ada Roen said"): the title is no part of the name
	add(fRole, `councillor councilor councilman councilwoman alderman`)
	// and the councillor's title as British papers abbreviate it, with
	// or without its dot ("Cllr Ada Roen")
	add(fRole, `cllr cllr.`)
	// police ranks, titled as a colonel is ("Chief Constable Ada Roen",
	// "Detective Superintendent Jo Marr", "Assistant Chief Constable"):
	// the rank is no part of the name, and "Constable Ada Roen" would be
	// a second person beside the "Roen" who speaks later
	add(fRole, `constable superintendent detective assistant`)
	add(fOrg, `ministry service council watch organization organisation agency committee office department forces
		army command group institute foundation fund bank court commission party front union authority
		authorities government police guard navy corps brigade battalion regiment directorate headquarters centre
		center association network movement federation league coalition alliance parliament assembly senate
		cabinet administration embassy mission statement military troops kremlin duma rada bureau secretariat
		council's ministry's observatory monitors monitor force`)
	add(fGroup, `authorities officials government leadership administration side regime military army forces troops
		statement spokespeople diplomats`)
	add(fPrep, `at in on during without with after before to for from by of about over into amid ahead under across
		near through against since until upon via per toward towards within despite following regarding among
		between beyond outside inside aboard beside behind alongside throughout atop along onto`)
	add(fNeg, `not never no nothing none nobody neither nor refrained refrain refrains refraining without nowhere`)
	add(fSubord, `while though although as if when because since despite after before unless whereas regarding
		commenting speaking asked following once whether until`)
	add(fCulp, `attack attacked attacking attacks strike struck strikes shelled shelling bombed bombing bombings kill
		killed killing killings fired firing shoot shooting violate violated violating violates violation violations
		breach breached breaching breaches destroy destroyed destroying destruction sabotage sabotaged sabotaging
		blew provocation provocations provoke provoked commit committed committing sponsor sponsored sponsoring
		sponsors torture tortured execute executed executions invade invaded invasion occupying occupation loot
		looted looting deport deported deporting deportation raped lied responsible responsibility culpable guilty blame
		blamed behind crime crimes criminal aggression aggressor terror terrorism terrorist terrorists unprovoked
		deliberately deliberate massacre massacred atrocities atrocity perpetrate perpetrated perpetrating
		perpetrates genocide targeted targeting resorted murder murdered abducted kidnapped annexed seized
		mistreated abused abuses infiltrated smuggled interfered interference meddling hacked poisoned undermined
		incited fabricated staged mined mining detonated demolished wrecked dynamited hostage hostages`)
	// harm verbs: "rammed", "opened fire", "blown up". Those that are
	// nouns too ("a bomb", "shell shortages") only in their past and -ing
	// forms.
	harm := func(all bool, lemmas string) {
		for _, l := range strings.Fields(lemmas) {
			forms := []string{pastOf(l), ingOf(l)}
			if all {
				forms = inflect(l)
			}
			forms = append(forms, irregularForms(l)...)
			for _, f := range forms {
				lexicon[f] |= fCulp
			}
		}
	}
	harm(true, `hijack seize burn shoot kill destroy hack besiege occupy expel starve invade abduct kidnap deport
		violate smuggle execute conceal falsify distort hide harass intimidate`)
	harm(false, `cover fake`)
	harm(false, `ram storm raid ambush blow sink bomb torch shell strike hit wound damage sabotage mine poison
		rocket target attack loot breach massacre murder torture`)
	add(fCulp, `blown sunk sank`)
	// an act done against the law or with no care: "had been fishing
	// illegally", "steered recklessly"
	add(fCulp, `illegally unlawfully recklessly`)
	add(fWilful, `chose chosen choose chooses choosing invent invents invented inventing doctored lying spies spying spied`)
	// bare "lay", also the past of "lie" ("the mines lay on the
	// seabed"), is left out
	add(fPlace, `laid laying lays plant plants planted planting sow sows sowed sown sowing`)
	add(fWeapon, `munitions munition bombs bomb weapons weapon missiles missile drones drone artillery mortar mortars
		rockets rocket shells mines landmines himars tanks jets arms ammunition bomblets warheads grenades
		explosives firearms rifles dpicm dpicms launcher launchers howitzer howitzers warplanes warplane
		aircraft helicopters helicopter warships warship submarine submarines`)
	add(fFail, `yet refuse refused refuses refusing fail failed fails unwilling reluctant ignore ignored ignores
		obstruct obstructed obstructs stall stalled stalling rejects rejected rejecting`)
	add(fThreat, `reserve reserves reserved reciprocal retaliate retaliation retaliatory reconsider reconsidered
		consequences mirror symmetrical respond response`)
	add(fMedia, `reuters afp ap tass ria interfax xinhua bbc cnn toi nyt wsj ft dpa ani pti ians bloomberg axios politico
		sputnik rt kyodo yonhap efe ansa anadolu ukrinform unian izvestia kommersant vedomosti times post news tv
		television radio journal newspaper daily tribune herald gazette telegraph guardian outlet channel
		broadcaster magazine wire media tabloid dawn`)
	add(fNounish, `attack attacks strike strikes shell shells use uses claim claims report reports force forces plan
		plans fire fires bomb bombs launch need needs aim aims hit hits control controls support supports
		supply supplies threat fight fights talk talks deal deals order orders increase increases state states
		point points note notes counter counters call calls demand demands comment comments promise promises
		response cost costs charge charges record records test tests release releases blast blasts record
		damage damages fear fears hope hopes result results show shows end ends training drop drops sign signs
		rule rules work works turn turns rise rises fall falls move moves offer offers stand stands return
		mine mines rocket rockets boycott boycotts breach breaches`)
	add(fConj, `and or but`)
	add(fRel, `who which that whom whose`)
	add(fParticle, `out up on`)
	add(fDismiss, `nonsense lies lie absurd baseless fake fakes fabrication fabrications false groundless ridiculous
		propaganda rubbish unfounded untrue fiction fantasy disinformation slander`)
	add(fSalience, `both each`)
	for _, l := range []string{"accuse", "blame", "trade", "exchange"} {
		for _, f := range inflect(l) {
			lexicon[f] |= fRecip
		}
	}
	for w := range blameNouns {
		lexicon[w] |= fBlameNoun
	}
	// one accusation its accuser owns: "the union's accusation that …"
	// (patterns.go possessed); not "claim" or "charge", verbs as often
	add(fBlameNoun, `accusation allegation`)
	for w := range eventHeads {
		lexicon[w] |= fEvent
	}
	for w := range victimNouns {
		lexicon[w] |= fEvent
	}
	for w := range quantifiers {
		lexicon[w] |= fNoNoun
	}
	add(fOpenCue, `the republic kingdom state government army`) // "government forces", "army units" (organPeople)
	for w := range orgHeads {
		lexicon[w] |= fOrgRef
		lexicon[w+"'s"] |= fOrgRef
	}
	for w := range companyHeads {
		lexicon[w] |= fOrgRef
		lexicon[w+"'s"] |= fOrgRef
	}
	for w := range localQualifiers {
		lexicon[w] |= fLocalBody
	}
	add(fBlameObj, `responsibility cause causes`)
	add(fHeldCue, `responsible finger fingers`)
	// words of knowledge ("aware") are left out: what one knows, the
	// story asserts itself
	add(fClaimNoun, `claim claims assertion assertions suggestion contention insistence argument warning warnings
		statement statements allegation allegations accusation accusations promise promises pledge vow vows prediction
		case point assurance assurances complaint complaints admission observation`)
	add(fStance, `confident convinced certain sure adamant hopeful optimistic insistent emphatic skeptical sceptical
		worried concerned fearful pessimistic clear`)
	for w := range armedDescr {
		lexicon[w] |= fOrgRef
	}
	lexicon["called"] |= fDenyVerb
	lexicon["calls"] |= fDenyVerb
	lexicon["blamed"] |= fBlameVerb
	lexicon["blames"] |= fBlameVerb
	for w := range organNouns {
		lexicon[w] |= fOrgan
		lexicon[w+"'s"] |= fOrgan
	}
	for w := range organModifiers {
		lexicon[w] |= fOrgan
	}
	add(fOrgRef, `organisation organization firm operator airline developer charity`)
	for w := range tradeNouns {
		lexicon[w] |= fOrgRef
	}
	for w := range reflexives {
		lexicon[w] |= fNoNoun
	}
	var eventLemmas []string
	for l := range eventVerbs {
		eventLemmas = append(eventLemmas, l)
	}
	for l := range particleEvents {
		eventLemmas = append(eventLemmas, l) // "blew up", "shot down"
	}
	for l := range victimVerbs {
		eventLemmas = append(eventLemmas, l) // "killed a journalist"
	}
	for l := range holdingVerbs {
		// "held the tanker" (heldCraft); a gerund stays the act a
		// charge names ("of impounding trucks", actPhrase)
		for _, f := range verbForms(l) {
			if !strings.HasSuffix(f, "ing") {
				lexicon[f] |= fEvent
			}
		}
	}
	for _, l := range eventLemmas {
		for _, f := range verbForms(l) {
			lexicon[f] |= fEvent
		}
	}
	// "forced to land", "forced down": an editor's forced landing
	// (forcedLanding)
	lexicon["forced"] |= fEvent
	// "forced them back across the border", "pushed the boat back out
	// to sea": a pushback (paraPhrases)
	for _, w := range []string{"forcing", "push", "pushes", "pushed", "pushing"} {
		lexicon[w] |= fEvent
	}
	// "ran aground": a grounding (paraPhrases)
	lexicon["aground"] |= fEvent
	// the language check reads this bit off each token instead of
	// looking every word up in englishWords again; each of those words
	// has other classes already, so no word is added to the lexicon
	// (TestEnglishWordsAreLexiconWords)
	for w := range englishWords {
		lexicon[w] |= fEnglish
	}
	// lowest precedence first: later ones overwrite
	for w, b := range baseOf {
		lemmaOf[w] = b
	}
	for w, v := range speechVerbs {
		lemmaOf[w] = v.lemma
	}
	for w, l := range irregular {
		lemmaOf[w] = l
	}
}

// inflect returns a verb's base, -s, -ed and -ing forms.
func inflect(b string) []string {
	return []string{b, thirdOf(b), pastOf(b), ingOf(b)}
}

// irregularForms returns the forms the irregular table gives lemma l
// ("sank", "sunk" for "sink").
func irregularForms(l string) []string {
	var out []string
	for form, lem := range irregular {
		if lem == l {
			out = append(out, form)
		}
	}
	return out
}

// verbForms returns every form of lemma l: inflect's and the irregular
// ones.
func verbForms(l string) []string {
	return append(inflect(l), irregularForms(l)...)
}

func thirdOf(b string) string {
	switch {
	case strings.HasSuffix(b, "y") && len(b) > 2 && !isVowel(b[len(b)-2]):
		return b[:len(b)-1] + "ies"
	case strings.HasSuffix(b, "s") || strings.HasSuffix(b, "sh") || strings.HasSuffix(b, "ch") ||
		strings.HasSuffix(b, "x") || strings.HasSuffix(b, "z") || strings.HasSuffix(b, "o"):
		return b + "es"
	}
	return b + "s"
}

func pastOf(b string) string {
	switch {
	case strings.HasSuffix(b, "e"):
		return b + "d"
	case strings.HasSuffix(b, "y") && len(b) > 2 && !isVowel(b[len(b)-2]):
		return b[:len(b)-1] + "ied"
	case doublesFinal(b):
		return b + b[len(b)-1:] + "ed"
	}
	return b + "ed"
}

func ingOf(b string) string {
	switch {
	case strings.HasSuffix(b, "ie"):
		return b[:len(b)-2] + "ying"
	case strings.HasSuffix(b, "e") && !strings.HasSuffix(b, "ee") && len(b) > 2:
		return b[:len(b)-1] + "ing"
	case doublesFinal(b):
		return b + b[len(b)-1:] + "ing"
	}
	return b + "ing"
}

// doublesFinal: short verbs ending consonant-vowel-consonant double the
// consonant (stop → stopped). Longer verbs mostly do not (target →
// targeted), except a few listed.
func doublesFinal(b string) bool {
	switch b {
	case "commit", "refer", "prefer", "regret", "admit", "occur", "transfer", "control", "permit", "submit", "equip", "quip", "shrug":
		return true
	}
	n := len(b)
	if n < 3 || n > 4 {
		return false
	}
	c := b[n-1]
	return !isVowel(c) && c != 'w' && c != 'x' && c != 'y' && isVowel(b[n-2]) && !isVowel(b[n-3])
}

func isVowel(c byte) bool { return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u' }

// wordSets marks a word's membership in the word sets that the rules ask
// about a token most often (token.sets): a bit test where a map probe
// hashed the word each time a rule asked. t.sets&bit != 0 exactly when
// set[t.low] holds, so a rule may ask either.
type wordSets uint16

const (
	sStateNoun wordSets = 1 << iota
	sTrailingSubord
	sFrontedSubord
	sContinuer
	sEvidenceNoun
	sNPDeterminer
	sPlacePrep
	sReflexive
	sQuantSpeaker
	sNounModifier
	sBodyKind // openAt asks it of the word before every capitalised word
	// the frame words (fwBy and the others), which sentence's first
	// pass reads off every token
	sBy
	// "what" or "whom", one bit for two frames (inWhatSaid,
	// relativeAccused): the sixteen bits are full, and a seventeenth
	// would grow every token from 56 to 64 bytes (BenchmarkExtract
	// 110.06 -> 111.33 M instructions a pass when tried), where a
	// sentence holding one word and not the other costs a short scan
	sWhatWhom
	sQuoted
	sAccording
	// pointMade's nouns: a sentence without one has no "…, a point X
	// made" to find, and findTrailing's scan of every clause for it
	// took about 0.4 M of BenchmarkExtract's 108 M instructions
	sPointNoun
)

// tokenSets are the sets token.sets mirrors, by bit.
func tokenSets() []struct {
	bit wordSets
	set map[string]bool
} {
	return []struct {
		bit wordSets
		set map[string]bool
	}{
		{sStateNoun, stateNouns}, {sTrailingSubord, trailingSubord}, {sFrontedSubord, frontedSubords},
		{sContinuer, continuers}, {sEvidenceNoun, evidenceNouns}, {sNPDeterminer, npDeterminers},
		{sPlacePrep, placePreps}, {sReflexive, reflexives}, {sQuantSpeaker, quantSpeakers},
		{sNounModifier, nounModifiers}, {sBodyKind, bodyKinds},
		{sBy, fwBy}, {sWhatWhom, fwWhatWhom}, {sQuoted, fwQuoted}, {sAccording, fwAccording},
		{sPointNoun, pointNouns},
	}
}

// setsOf returns the sets a lower-case word belongs to, by map lookups:
// for tokens read without a vocabulary.
func setsOf(low string) wordSets {
	var s wordSets
	for _, ts := range tokenSets() {
		if ts.set[low] {
			s |= ts.bit
		}
	}
	return s
}

// lexFlags returns the classes of a lower-case word.
func lexFlags(low string) uint64 {
	if f := lexicon[low]; f != 0 {
		return f
	}
	return lexFallback(low)
}

// lexFallback classes words not in the lexicon by their form:
// contractions and -ly adverbs.
func lexFallback(low string) uint64 {
	if strings.IndexByte(low, '\'') < 0 {
		// every form below but the adverb's has an apostrophe
		return lyAdverb(low)
	}
	n := len(low)
	switch {
	case n > 3 && strings.HasSuffix(low, "n't"):
		return fAux | fNeg
	case n > 3 && strings.HasSuffix(low, "'ll"):
		return fPron | fFuture | fAux
	case n > 3 && (strings.HasSuffix(low, "'re") || strings.HasSuffix(low, "'ve") || strings.HasSuffix(low, "'m") || strings.HasSuffix(low, "'d")):
		if lexicon[low[:strings.LastIndexByte(low, '\'')]]&fPron != 0 {
			return fPron | fAux
		}
	case n > 4 && strings.HasSuffix(low, "ly") && !notAdverb[low]:
		return fAdv
	}
	if base, ok := possessiveBase(low); ok {
		if lexicon[base]&fPron != 0 { // it's, he's
			return fPron | fAux
		}
	}
	return 0
}

// lyAdverb is lexFallback for a word without an apostrophe: fAdv for
// an "-ly" adverb, else nothing.
func lyAdverb(low string) uint64 {
	if len(low) > 4 && strings.HasSuffix(low, "ly") && !notAdverb[low] {
		return fAdv
	}
	return 0
}

var notAdverb = map[string]bool{
	"supply": true, "reply": true, "apply": true, "ally": true, "rally": true, "family": true,
	"assembly": true, "july": true, "italy": true, "belly": true, "anomaly": true, "multiply": true,
	"imply": true, "comply": true, "rely": true, "tally": true, "bully": true, "holy": true, "ugly": true,
	"likely": true, "early": true, "only": true, "daily": true, "weekly": true, "monthly": true,
	"friendly": true, "deadly": true, "elderly": true, "costly": true, "lonely": true, "orderly": true,
	"yearly": true, "quarterly": true, "nightly": true, "hourly": true, "biweekly": true,
}

// lemma returns the base form of a verb form, or w when it is not one.
func lemma(w string) string {
	if l, ok := getF(lemmaOfF, lemmaOf, w); ok {
		return l
	}
	return w
}

// lemmaOf merges irregular, speechVerbs and baseOf, in that order of
// precedence, so that lemma costs one map lookup instead of three (most
// words it is asked about are in none of them). Filled by init.
var lemmaOf = map[string]string{}

// baseOf maps every generated regular form to its base.
var baseOf = func() map[string]string {
	m := map[string]string{}
	for _, b := range verbBases {
		for _, f := range inflect(b) {
			if _, ok := m[f]; !ok {
				m[f] = b
			}
		}
	}
	return m
}()

// guessLemma returns the base form of a verb form the lexicon does not
// know, by English spelling rules: "rammed" → "ram", "opened" → "open",
// "fired" → "fire", "collided" → "collide", "carried" → "carry",
// "ramming" → "ram", "blames" → "blame". Words that are no -ed, -ing or
// -s form come back as they are.
// eeVerbs end in "ee": their past ends in "eed" like "exceed" does.
var eeVerbs = map[string]bool{"agree": true, "disagree": true, "free": true, "guarantee": true, "decree": true, "referee": true, "foresee": true, "oversee": true}

func guessLemma(w string) string {
	if l, ok := getF(lemmaOfF, lemmaOf, w); ok {
		return l
	}
	var stem string
	switch {
	case len(w) > 4 && strings.HasSuffix(w, "ied"):
		return w[:len(w)-3] + "y"
	case strings.HasSuffix(w, "eed"):
		if eeVerbs[w[:len(w)-1]] {
			return w[:len(w)-1] // "agreed"
		}
		return w // "exceed", "proceed", "need": no past tense
	case len(w) > 4 && strings.HasSuffix(w, "ed"):
		stem = w[:len(w)-2]
	case len(w) > 5 && strings.HasSuffix(w, "ing"):
		stem = w[:len(w)-3]
	case len(w) > 4 && strings.HasSuffix(w, "ies"):
		return w[:len(w)-3] + "y"
	case len(w) > 4 && (strings.HasSuffix(w, "shes") || strings.HasSuffix(w, "ches") || strings.HasSuffix(w, "sses") || strings.HasSuffix(w, "xes")):
		return w[:len(w)-2]
	case len(w) > 3 && strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") && !strings.HasSuffix(w, "us"):
		return w[:len(w)-1]
	default:
		return w
	}
	if l, ok := lemmaOf[stem]; ok {
		return l
	}
	n := len(stem)
	last := stem[n-1]
	// a doubled final consonant: "rammed", "stopped"; not "called", "passed"
	if n >= 3 && last == stem[n-2] && !isVowel(last) && last != 'l' && last != 's' && last != 'f' && last != 'z' {
		return stem[:n-1]
	}
	if last == 'u' {
		return stem + "e" // "rescued", "pursued", "valued"
	}
	if isVowel(last) || last == 'w' || last == 'x' || last == 'y' {
		return stem // "agreed" (agre+ed) aside, "followed", "played"
	}
	if _, ok := lemmaOf[stem+"e"]; ok {
		return stem + "e"
	}
	vowels := 0 // vowel groups: syllables, roughly
	for i := 0; i < n; i++ {
		if isVowel(stem[i]) && (i == 0 || !isVowel(stem[i-1])) {
			vowels++
		}
	}
	single := n >= 2 && isVowel(stem[n-2]) && (n < 3 || !isVowel(stem[n-3]))
	switch {
	case last == 'v' || last == 'z' || last == 'c':
		return stem + "e" // "moved", "seized", "forced"
	case last == 'g' && n >= 2 && (stem[n-2] == 'r' || stem[n-2] == 'd' || single):
		return stem + "e" // "charged", "judged", "engaged"; not "banged"
	case last == 's' && n >= 2 && isVowel(stem[n-2]):
		return stem + "e" // "used", "caused", "raised"
	case vowels == 1 && single:
		return stem + "e" // "fired", "hoped", "voted": otherwise the consonant doubles
	case single && (last == 'd' || last == 'k') && stem[n-2] != 'e':
		return stem + "e" // "collided", "invaded", "provoked"
	case single && last == 't' && stem[n-2] == 'a':
		return stem + "e" // "violated", "escalated"
	case single && last == 'r' && stem[n-2] != 'e':
		return stem + "e" // "declared", "secured", "ignored"; not "entered"
	case single && last == 'n' && stem[n-2] == 'i':
		return stem + "e" // "determined", "examined"
	}
	return stem
}

// thatOnlyLemmas are verbs that report only before a "that" clause
// (speechCandidate asks thatOnly): verbs of judgement and inference ("the
// court ruled that …", "Marek hinted on Monday that …"; not "ruled the
// province", "forecast rain"), and of testimony, disclosure and discovery
// ("testified that …", "confided that …", "learned that …"; not
// "testified for three hours", "learned English"). One list for both, so
// a verb added here cannot report without its clause.
const thatOnlyLemmas = `recognize recognise realize realise speculate hint forecast posit bemoan intimate
	rule determine
	testify proclaim notice learn discover confide grouse gripe concur reckon surmise opine
	affirm reaffirm attest`

// thatOnly is thatOnlyLemmas as a set.
var thatOnly = wordSet(thatOnlyLemmas)
