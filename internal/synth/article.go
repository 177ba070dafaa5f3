package synth

import (
	"strconv"
	"strings"

	"github.com/contra-project/contra/graph"
)

// An article is its document's claims in print: each claim's text as a
// paragraph, with a lead that reports the dispute ("Arvenia has accused
// Belmoran forces of ..."), quotes that continue a speaker's statement,
// earlier statements about the event, background, and the chrome that
// surrounds real pages. Its prose is drawn from a stream of its own, so
// rendering articles never changes the claims.

var (
	adMarks    = []string{"Advertisement", "ADVERTISEMENT", "Advertisement \u00b7 Scroll to continue", "Story continues below advertisement"}
	readMores  = []string{"Read more: ", "READ MORE: ", "Also read: ", "Read more: "}
	relatedHdr = []string{"Related", "More on this story", "Most read", "You may also like"}
	shares     = []string{"Share this article: Facebook | X | Telegram | Email", "Share on Facebook Share on X Copy link",
		"Share\nTweet\nEmail", "Follow us on Telegram and X for the latest updates."}
	appeals = []string{
		"Independent journalism about the region needs your support. Donate today and help keep our reporting free for everyone.",
		"Subscribe to our daily newsletter to get the latest headlines in your inbox every morning.",
		"We rely on readers like you. Become a member from as little as 3 a month and support reporting that holds power to account.",
		"Sign up for the {O} morning briefing. You can unsubscribe at any time.",
	}
	continuations = []string{"We call on our partners to respond", "The world must see what is happening in {P}",
		"This is not the first time, and it will not be the last", "Their statements are pure propaganda",
		"We have nothing to hide", "Every fact will be documented"}
	addVerbs = []string{"added", "said", "told reporters", "said in a statement"}
	noProofs = []string{"{S} did not provide evidence for the claim.", "{S} gave no further details.",
		"{S} did not say how the information had been obtained."}

	// background paragraphs: {A} and {B} are the accuser and the accused,
	// {C} a third state, {P} the place, {T} the topic.
	background = []string{
		"{P}, a {scene} of about {n},000 people in {dir} {A}, has changed hands twice since the fighting began.",
		"The claims could not be independently verified.",
		"{O} was unable to confirm the accounts of either side.",
		"Local officials said at least {k} people had been killed and {m} wounded in {P}.",
		"Relations between {A} and {B} have deteriorated sharply since {month} {year}, when talks on the disputed frontier collapsed.",
		"Both governments have repeatedly traded blame over {theme}, and independent monitors have struggled to reach the area.",
		"The Council of Nations has called on both sides to allow investigators access to {P}.",
		"Residents described hearing several loud explosions before dawn, followed by sirens that lasted for more than an hour.",
		"Satellite images taken on {date} show damage to several buildings near the centre of {P}.",
		"{adjA} state television broadcast footage it said showed the aftermath, though the images could not be verified.",
		"Humanitarian groups say more than {n}00 families have fled the {P} area in recent weeks.",
		"The incident is the latest in a series of disputes over {T}.",
		"Analysts say the competing accounts are part of a wider information battle between {A} and {B}.",
		"A spokesperson for the regional administration said emergency crews were still working at the site.",
		"The {adjB} embassy in {C} did not respond to a request for comment.",
		"Earlier this year, the two sides agreed to a prisoner exchange brokered by {C}, but the deal has not been implemented.",
		"Power and water supplies to parts of {P} were cut, according to the local utility.",
		"The area has been a flashpoint since the armistice of {year0} left the frontier between {A} and {B} undefined.",
		"Observers from a monitoring mission sent by {C} said they had recorded {k}0 explosions in the area over the weekend.",
		"Neither side has published evidence to support its version of events.",
		"Officials in {C} urged restraint and said they were ready to host talks between the two governments.",
		"Prices for fuel and bread in {P} have risen sharply since the start of the year, residents said.",
		"{A}'s parliament is expected to debate new security measures next week.",
		"The dispute over {T} has drawn condemnation from rights groups, which have called for an independent inquiry.",
		"Schools in {P} have been closed since {month}, and many families have moved to shelters in the basements of apartment blocks.",
		"Military analysts said the latest fighting showed that neither side was able to hold ground for long around {P}.",
		"A delegation from {C} is due to visit the region later this month, according to diplomats familiar with the plans.",
		"The {adjB} defence ministry said separately that its air defences had intercepted {k} drones overnight.",
	}
	directions = []string{"eastern", "western", "northern", "southern", "central"}
	months     = []string{"January", "February", "March", "April", "May", "June", "July", "August", "September",
		"October", "November", "December"}
	bylineFirst = []string{"Mara", "Jonas", "Elin", "Tomas", "Ilse", "Niko", "Sanne", "Piet", "Aurel", "Dana"}
	bylineLast  = []string{"Verhal", "Ostrand", "Kellwyn", "Marrow", "Thessaly", "Dunmore", "Falk", "Rainer", "Sorrel", "Vantage"}
)

func (g *Generator) article(d *doc) []byte {
	v := g.v
	r := newRNG(mix(uint64(g.cfg.Seed), 3+uint64(d.seq)*2654435761))
	ev := d.ev
	out := d.out
	q, qc := quotes(out)
	A, B := &v.sides[ev.a], &v.sides[ev.b]
	C := &v.sides[v.thirdSide(&r, ev.a, ev.b)]
	born := epoch.AddDate(0, 0, ev.born)
	pub := epoch.AddDate(0, 0, d.day)
	fill := func(t string) string {
		return strings.NewReplacer(
			"{A}", A.name, "{B}", B.name, "{C}", C.name, "{adjA}", A.adj, "{adjB}", B.adj, "{adjC}", C.adj,
			"{P}", ev.place, "{T}", topicRef(ev.topic), "{theme}", ev.theme.name, "{scene}", ev.theme.arch.scene,
			"{O}", out.name, "{dir}", pick(&r, directions), "{n}", strconv.Itoa(r.between(4, 90)),
			"{k}", strconv.Itoa(r.between(2, 19)), "{m}", strconv.Itoa(r.between(5, 60)),
			"{month}", months[born.Month()-1], "{year}", strconv.Itoa(born.Year()-r.between(0, 1)),
			"{year0}", strconv.Itoa(born.Year()-r.between(8, 30)),
			"{date}", months[born.Month()-1]+" "+strconv.Itoa(born.Day()),
		).Replace(t)
	}
	sep := "\n"
	if out.chrome == 2 {
		sep = "\n\n"
	}
	// Longer stories for documents with more to report, 2 to 6 KB.
	target := min(1400+400*len(d.claims)+r.between(0, 1400), 6000)

	var paras []string
	add := func(p string) { paras = append(paras, p) }
	if out.section != "" {
		add(out.section)
	}
	add(d.title)
	switch r.intn(3) {
	case 0:
		add("By " + pick(&r, bylineFirst) + " " + pick(&r, bylineLast))
	case 1:
		add(months[pub.Month()-1] + " " + strconv.Itoa(pub.Day()) + ", " + strconv.Itoa(pub.Year()))
	}
	if r.chance(0.4) {
		add("A view of " + ev.place + ", " + months[pub.Month()-1] + " " + strconv.Itoa(pub.Day()) + ", " +
			strconv.Itoa(pub.Year()) + ". Photo: " + out.name)
	}

	// The lead reports the dispute in the outlet's voice.
	mutual := false
	for _, sp := range d.specs {
		if sp.move == mMutual || sp.move == mCounter {
			mutual = true
		}
	}
	main := ev.acts[actMain]
	accused := " accused "
	if out.nbsp {
		accused = " accused\u00a0"
	}
	switch {
	case mutual:
		add(A.name + " and " + B.name + " have" + accused + "each other of " + main.ing + ", in the latest escalation of the dispute over " + topicRef(ev.topic) + ".")
	case d.specs[0].move == mDeny:
		add(B.name + " has denied " + main.ing + ", rejecting accusations from " + A.name + ".")
	default:
		add(A.name + " has" + accused + forcesOf(&r, B) + " of " + main.ing + ".")
	}

	// Background comes in paragraphs of one to three sentences, drawn
	// without repetition.
	order := make([]int, len(background))
	for i := range order {
		order[i] = i
	}
	shuffle(&r, order)
	nextBackground := func() string {
		var ss []string
		for n := r.between(1, 3); n > 0 && len(order) > 0; n-- {
			ss = append(ss, fill(background[order[0]]))
			order = order[1:]
		}
		return strings.Join(ss, " ")
	}

	body := 0
	for i := range d.claims {
		sp := &d.specs[i]
		if sp.pair {
			continue
		}
		add(d.claims[i].Text)
		body++
		spk := &v.speakers[sp.spk]
		switch {
		case sp.move == mMutual:
		case r.chance(0.45) && !spk.org:
			add(q + strings.ReplaceAll(pick(&r, continuations), "{P}", ev.place) + "," + qc + " " + spk.short + " " + pick(&r, addVerbs) + ".")
		case r.chance(0.3):
			add(capFirst(strings.ReplaceAll(pick(&r, noProofs), "{S}", spk.short)))
		}
		if body == 1 && r.chance(0.5) {
			add(nextBackground())
		}
		if body == 2 {
			add(adMarks[out.chrome])
		}
	}

	// Earlier statements about the same event, from its memory.
	ids := map[string]bool{}
	for _, c := range d.claims {
		ids[c.ID] = true
	}
	recalled := 0
	for k := len(ev.priors) - 1; k >= 0 && recalled < 3; k-- {
		p := &ev.priors[k]
		if ids[p.id] || p.day > d.day || !r.chance(0.6) {
			continue
		}
		add(recall(&r, v, ev, p))
		recalled++
	}
	if len(d.related) > 0 {
		add(readMores[out.chrome] + d.related[0])
	}

	chrome := 400
	size := 0
	for _, p := range paras {
		size += len(p) + len(sep)
	}
	for len(order) > 0 && size+chrome < target {
		p := nextBackground()
		add(p)
		size += len(p) + len(sep)
		if r.chance(0.08) {
			add(adMarks[out.chrome])
		}
	}

	add(shares[out.chrome])
	if len(d.related) > 1 {
		add(relatedHdr[out.chrome])
		for _, t := range d.related[1:min(len(d.related), 4)] {
			add(t)
		}
	}
	add(strings.ReplaceAll(appeals[out.chrome], "{O}", out.name))
	switch out.chrome {
	case 0, 3:
		add("Discuss")
	case 1:
		add("Short link:")
	default:
		add("Comments (" + strconv.Itoa(r.between(0, 240)) + ")")
	}
	if r.chance(0.5) {
		add("\u00a9 " + strconv.Itoa(pub.Year()) + " " + out.name + ". All rights reserved.")
	}
	return []byte(strings.Join(paras, sep) + "\n")
}

// recall reports an earlier statement in the past perfect.
func recall(r *rng, v *vocab, ev *event, p *prior) string {
	when := "On " + weekday(p.day) + ", "
	if r.intn(2) == 0 {
		t := epoch.AddDate(0, 0, p.day)
		when = "On " + months[t.Month()-1] + " " + strconv.Itoa(t.Day()) + ", "
	}
	w := v.speakers[p.spk].full
	F := forcesOf(r, &v.sides[p.subj])
	a := ev.acts[p.act]
	neg := p.pol == graph.Negative
	switch {
	case p.kind == graph.KindAccusation:
		return when + w + " had accused " + F + " of " + a.ing + "."
	case p.kind == graph.KindDenial:
		return when + w + " had denied that " + F + " " + a.past + "."
	case p.kind == graph.KindThreat:
		return when + w + " had threatened to " + a.base + "."
	case p.kind == graph.KindPrediction && neg:
		return when + w + " had predicted that " + F + " would not " + a.base + "."
	case p.kind == graph.KindPrediction:
		return when + w + " had predicted that " + F + " would " + a.base + "."
	case neg:
		return when + w + " had said there was no evidence that " + F + " " + a.past + "."
	}
	return when + w + " had said that " + F + " " + a.past + "."
}

// topicRef puts "the" before topics that open with a name ("the Korvath
// dam breach") but not before common nouns ("cluster munitions").
func topicRef(t string) string {
	if t != "" && t[0] >= 'A' && t[0] <= 'Z' {
		return "the " + t
	}
	return t
}
