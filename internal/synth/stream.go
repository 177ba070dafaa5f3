package synth

import (
	"math"
	"strconv"
	"strings"
	"time"

	"github.com/contra-project/contra/graph"
)

// Which of an event's four actions a claim is about.
const (
	actMain = iota
	actCounter
	actThreat
	actPredict
)

// act is an action template with the event's place filled in.
type act struct{ base, ing, past, pp string }

func makeAct(t actionT, place string) act {
	obj := strings.ReplaceAll(t.obj, "{P}", place)
	return act{t.v.base + " " + obj, t.v.ing + " " + obj, t.v.past + " " + obj, t.v.pp + " " + obj}
}

// prior is what an event remembers of a claim made about it, to answer
// it (responds_to), reverse it, or recall it in an article.
type prior struct {
	spk, subj, act int
	kind           graph.Kind
	pol            graph.Polarity
	day            int
	id             string
}

const memory = 8

// event is one incident: side a accuses side b of doing something at a
// place. It lives for size claims spread over dur days.
type event struct {
	seq        int
	a, b       int
	theme      *theme
	place      string
	topic      string
	acts       [4]act
	born, dur  int // days since the epoch
	size, done int
	priors     []prior  // ring of the last claims, oldest first
	accIDs     []string // a's accusations of b
	cntIDs     []string // b's counter-accusations of a
	countered  bool
}

// arc is a regional story: a run of events between one pair of sides on
// one theme, filed under one topic ("drone strikes in the Vesh valley").
type arc struct {
	a, b  int
	theme *theme
	topic string
	left  int // events still to come
}

type place struct {
	name  string
	owner int
}

// spec is a claim before rendering.
type spec struct {
	move int
	spk  int
	kind graph.Kind
	subj int
	act  int
	pol  graph.Polarity
	day  int
	resp string
	// pair marks the second claim of a mutual pair, rendered with the first.
	pair bool
}

// doc is one document of the stream and its claims.
type doc struct {
	seq       int
	day       int
	out       *outlet
	ev        *event
	specs     []spec
	claims    []graph.Claim
	title     string
	url       string
	published string
	related   []string // recent headlines of other events, for page chrome
}

// Moves: what the next claim about an event does.
const (
	mAccuse = iota
	mMutual
	mDeny
	mCounter
	mDenyCounter
	mThird
	mSupport
	mThreat
	mPredict
	mReverse
)

var moveWeights = []int{
	mAccuse: 16, mMutual: 6, mDeny: 19, mCounter: 9, mDenyCounter: 4,
	mThird: 14, mSupport: 10, mThreat: 8, mPredict: 7, mReverse: 5,
}

// docSizes weighs documents of 1..6 claims.
var docSizes = []int{20, 25, 20, 15, 12, 8}

const (
	// Event topics: an arc's (30%), the bare theme (1%, the one kind of
	// key group that grows with Claims, kept small), else the incident's.
	arcShare  = 0.30
	bareShare = 0.01

	spanDays     = 1095 // the timeline covers about three years
	maxEventSize = 24   // see the package comment: caps the quadratic pairing of findings
	recentPlaces = 128
)

var epoch = time.Date(2021, 3, 1, 0, 0, 0, 0, time.UTC)

// stream generates documents one after another. It holds the active
// events and a few rings of recent names, never past output, so memory is
// bounded whatever the number of claims.
type stream struct {
	g      *Generator
	r      rng
	claims int // claims generated so far, the clock
	docs   int
	active []*event
	arcs   []*arc
	events int
	places []place
	titles []headline
	dates  []string
	seen   []specKey
	width  int
}

type headline struct {
	event int
	title string
}

func (g *Generator) newStream() *stream {
	w := g.cfg.Claims / 200
	w = max(4, min(w, 64))
	return &stream{g: g, r: newRNG(mix(uint64(g.cfg.Seed), 2)), width: w}
}

func (s *stream) date(day int) string {
	for len(s.dates) <= day {
		s.dates = append(s.dates, epoch.AddDate(0, 0, len(s.dates)).Format("2006-01-02"))
	}
	return s.dates[day]
}

func weekday(day int) string { return epoch.AddDate(0, 0, day).Weekday().String() }

// today is the day the clock has reached: claims are spread evenly over
// spanDays whatever Config.Claims is, and the clock runs on past it.
func (s *stream) today() int {
	return int(int64(s.claims) * spanDays / int64(s.g.cfg.Claims))
}

func (s *stream) place(owner int) string {
	if s.r.chance(0.35) && len(s.places) > 0 {
		start := s.r.intn(len(s.places))
		for i := range s.places {
			if p := s.places[(start+i)%len(s.places)]; p.owner == owner {
				return p.name
			}
		}
	}
	name := placeName(&s.r)
	if len(s.places) < recentPlaces {
		s.places = append(s.places, place{name, owner})
	} else {
		s.places[s.events%recentPlaces] = place{name, owner}
	}
	return name
}

func (s *stream) newEvent() *event {
	v := s.g.v
	r := &s.r
	var a, b int
	var th *theme
	u := r.float()
	ar := (*arc)(nil)
	if u < arcShare {
		ar = s.arc()
		a, b, th = ar.a, ar.b, ar.theme
	} else {
		pr := v.pairs[v.pairZ.sample(r)]
		a, b, th = pr[0], pr[1], &v.themes[v.themeZ.sample(r)]
	}
	if r.intn(2) == 1 {
		a, b = b, a
	}
	e := &event{seq: s.events, a: a, b: b, theme: th}
	s.events++
	e.place = s.place(a)
	switch {
	case ar != nil:
		e.topic = ar.topic
	case u < arcShare+bareShare:
		e.topic = th.name
	default:
		e.topic = strings.ReplaceAll(pick(r, th.arch.incident), "{P}", e.place)
	}
	main := th.acts[th.actZ.sample(r)]
	e.acts[actMain] = makeAct(main, e.place)
	if r.chance(0.5) {
		e.acts[actCounter] = e.acts[actMain]
	} else {
		e.acts[actCounter] = makeAct(pick(r, counterActs), e.place)
	}
	e.acts[actThreat] = makeAct(pick(r, threatActs), e.place)
	e.acts[actPredict] = makeAct(pick(r, predictActs), e.place)
	// Sizes are Pareto (alpha 1.6, at least 2, mean about 6): most
	// incidents get a few statements, a few become long-running stories.
	size := int(2.3 * math.Pow(1-r.float(), -1/1.6))
	e.size = max(2, min(size, maxEventSize))
	e.dur = min(1+e.size/3+r.intn(1+e.size/2), 90)
	e.born = s.today()
	return e
}

// arc returns an arc for a new event to join, opening one while fewer
// than arcSlots are running and retiring each after its last event.
func (s *stream) arc() *arc {
	v := s.g.v
	r := &s.r
	if len(s.arcs) < max(2, s.width/4) {
		pr := v.pairs[v.pairZ.sample(r)]
		th := &v.themes[v.themeZ.sample(r)]
		region := strings.ReplaceAll(pick(r, regionForms), "{P}", pick(r, placeHeads)+pick(r, placeMids)+pick(r, placeTails))
		left := int(3 * math.Pow(1-r.float(), -1/1.5))
		s.arcs = append(s.arcs, &arc{a: pr[0], b: pr[1], theme: th, topic: th.name + " " + region, left: max(2, min(left, 6))})
	}
	i := r.intn(len(s.arcs))
	ar := s.arcs[i]
	ar.left--
	if ar.left == 0 {
		s.arcs[i] = s.arcs[len(s.arcs)-1]
		s.arcs = s.arcs[:len(s.arcs)-1]
	}
	return ar
}

// next generates the next document.
func (s *stream) next() *doc {
	for len(s.active) < s.width {
		s.active = append(s.active, s.newEvent())
	}
	r := &s.r
	i := r.intn(len(s.active))
	ev := s.active[i]
	d := &doc{seq: s.docs, ev: ev, out: &s.g.v.outlets[s.g.v.outletZ.sample(r)]}
	s.docs++
	d.day = ev.born + ev.dur*ev.done/ev.size
	n := min(1+weighted(r, docSizes), ev.size-ev.done)
	n = max(n, 1)
	s.seen = s.seen[:0]
	for len(d.specs) < n {
		added := false
		for try := 0; try < 8 && !added; try++ {
			added = s.addSpecs(d, len(d.specs) == 0 && ev.done == 0)
		}
		if !added {
			break
		}
	}
	ev.done += len(d.specs)
	s.claims += len(d.specs)
	s.finish(d)
	if ev.done >= ev.size {
		s.active[i] = s.active[len(s.active)-1]
		s.active = s.active[:len(s.active)-1]
	}
	return d
}

// addSpecs draws one move and appends its claims (two for a mutual
// accusation), unless that would repeat a claim already in the document.
func (s *stream) addSpecs(d *doc, first bool) bool {
	r := &s.r
	v := s.g.v
	ev := d.ev
	move := weighted(r, moveWeights)
	if first && move != mMutual {
		move = mAccuse
	}
	day := d.day
	if r.chance(0.25) && day > ev.born {
		day -= min(r.between(1, 2), day-ev.born)
	}
	sp := spec{move: move, day: day, pol: graph.Positive, act: actMain}
	switch move {
	case mAccuse:
		sp.spk, sp.kind, sp.subj = v.sideSpeaker(r, ev.a), graph.KindAccusation, ev.b
	case mMutual:
		sp.spk, sp.kind, sp.subj = v.sides[ev.a].gov, graph.KindAccusation, ev.b
		sp2 := sp
		sp2.spk, sp2.subj, sp2.pair = v.sides[ev.b].gov, ev.a, true
		if !s.fresh(&sp) {
			return false
		}
		if !s.fresh(&sp2) {
			s.seen = s.seen[:len(s.seen)-1]
			return false
		}
		d.specs = append(d.specs, sp, sp2)
		ev.countered = true
		return true
	case mDeny:
		// Never first: an event opens with an accusation.
		sp.spk, sp.kind, sp.subj, sp.pol = v.sideSpeaker(r, ev.b), graph.KindDenial, ev.b, graph.Negative
		sp.resp = s.respond(ev.accIDs, 0.35)
	case mCounter:
		sp.spk, sp.kind, sp.subj, sp.act = v.sideSpeaker(r, ev.b), graph.KindAccusation, ev.a, actCounter
		sp.resp = s.respond(ev.accIDs, 0.2)
	case mDenyCounter:
		if !ev.countered {
			return false
		}
		sp.spk, sp.kind, sp.subj, sp.act = v.sideSpeaker(r, ev.a), graph.KindDenial, ev.a, actCounter
		sp.pol = graph.Negative
		sp.resp = s.respond(ev.cntIDs, 0.35)
	case mThird:
		sp.spk, sp.kind, sp.subj = v.sideSpeaker(r, v.thirdSide(r, ev.a, ev.b)), graph.KindAssertion, ev.b
		if r.chance(0.4) {
			sp.pol = graph.Negative
		}
		sp.resp = s.respond(ev.accIDs, 0.05)
	case mSupport:
		sp.spk, sp.kind, sp.subj = v.sideSpeaker(r, ev.a), graph.KindAssertion, ev.b
	case mThreat:
		x := pick(r, []int{ev.a, ev.b})
		sp.spk, sp.kind, sp.subj, sp.act = v.sideSpeaker(r, x), graph.KindThreat, x, actThreat
	case mPredict:
		x, y := ev.a, ev.b
		switch r.intn(3) {
		case 1:
			x, y = ev.b, ev.a
		case 2:
			x = v.thirdSide(r, ev.a, ev.b)
		}
		sp.spk, sp.kind, sp.subj, sp.act = v.sideSpeaker(r, x), graph.KindPrediction, y, actPredict
		if r.chance(0.3) {
			sp.pol = graph.Negative
		}
	case mReverse:
		// The same voice says the opposite of what it said before: a
		// denial turns into an admission, an accusation is withdrawn.
		sp.day = d.day
		var p *prior
		for k := len(ev.priors) - 1; k >= 0; k-- {
			q := &ev.priors[k]
			if q.day < sp.day && q.kind != graph.KindThreat && !s.g.v.speakers[q.spk].org {
				p = q
				break
			}
		}
		if p == nil {
			return false
		}
		sp.spk, sp.kind, sp.subj, sp.act, sp.pol = p.spk, graph.KindAssertion, p.subj, p.act, p.pol.Opposite()
	}
	if !s.fresh(&sp) {
		return false
	}
	if move == mCounter {
		ev.countered = true
	}
	d.specs = append(d.specs, sp)
	return true
}

// fresh reports whether sp says something no earlier claim of the
// document says, and records it: two equal claims in one document would
// get one id.
func (s *stream) fresh(sp *spec) bool {
	k := specKey{sp.spk, sp.kind, sp.subj, sp.act, sp.pol}
	for _, x := range s.seen {
		if x == k {
			return false
		}
	}
	s.seen = append(s.seen, k)
	return true
}

type specKey struct {
	spk  int
	kind graph.Kind
	subj int
	act  int
	pol  graph.Polarity
}

func (s *stream) respond(ids []string, p float64) string {
	if len(ids) == 0 || !s.r.chance(p) {
		return ""
	}
	return pick(&s.r, ids)
}

// finish renders the claims, names the document and derives ids the way
// the loader will: the document from its URL, each claim from its content.
func (s *stream) finish(d *doc) {
	v := s.g.v
	ev := d.ev
	d.published = s.date(d.day)
	d.claims = make([]graph.Claim, len(d.specs))
	for i := range d.specs {
		sp := &d.specs[i]
		spk := &v.speakers[sp.spk]
		c := &d.claims[i]
		c.Speaker, c.SpeakerID, c.Role = spk.name, spk.id, spk.role
		c.Side = v.sides[spk.side].name
		c.Kind, c.Subject, c.Polarity = sp.kind, v.sides[sp.subj].name, sp.pol
		c.Action, c.Topic, c.SaidAt = ev.acts[sp.act].base, ev.topic, s.date(sp.day)
		if sp.pair {
			c.Text = d.claims[i-1].Text
		} else {
			c.Text = s.claimText(d, i)
		}
		if sp.resp != "" {
			c.RespondsTo = []string{sp.resp}
		}
	}
	d.title = s.title(d)
	d.url = s.url(d)
	docID := graph.DocumentID(d.url, "", "")
	for i := range d.claims {
		c := &d.claims[i]
		c.DocID = docID
		c.ID = graph.ClaimID(c)
		sp := &d.specs[i]
		ev.remember(prior{spk: sp.spk, subj: sp.subj, act: sp.act, kind: sp.kind, pol: sp.pol, day: sp.day, id: c.ID})
		switch {
		case sp.kind == graph.KindAccusation && sp.subj == ev.b && sp.act == actMain:
			ev.accIDs = ring(ev.accIDs, c.ID, 4)
		case sp.kind == graph.KindAccusation && sp.subj == ev.a:
			ev.cntIDs = ring(ev.cntIDs, c.ID, 4)
		}
	}
	if len(s.titles) >= 16 {
		copy(s.titles, s.titles[1:])
		s.titles = s.titles[:15]
	}
	for k := len(s.titles) - 1; k >= 0 && len(d.related) < 5; k-- {
		if h := s.titles[k]; h.event != ev.seq {
			d.related = append(d.related, h.title)
		}
	}
	s.titles = append(s.titles, headline{ev.seq, d.title})
}

func (e *event) remember(p prior) {
	if len(e.priors) >= memory {
		copy(e.priors, e.priors[1:])
		e.priors = e.priors[:memory-1]
	}
	e.priors = append(e.priors, p)
}

func ring(xs []string, x string, n int) []string {
	if len(xs) >= n {
		copy(xs, xs[1:])
		xs = xs[:n-1]
	}
	return append(xs, x)
}

func (s *stream) url(d *doc) string {
	slug := graph.Slug(d.title)
	if len(slug) > 80 {
		slug = strings.TrimRight(slug[:80], "-")
	}
	seq := strconv.Itoa(d.seq + 100000)
	host := d.out.domain
	switch d.out.urlStyle {
	case 0:
		return "https://www." + host + "/" + strings.ReplaceAll(d.published, "-", "/") + "/" + slug + "-a" + seq
	case 1:
		return "https://" + host + "/news/" + seq + "-" + slug
	default:
		return "https://" + host + "/" + strings.ReplaceAll(d.published, "-", "") + "/" + slug + ".html?id=" + seq
	}
}
