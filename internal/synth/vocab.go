package synth

import (
	"strconv"
	"strings"

	"github.com/contra-project/contra/graph"
)

// side is an invented state.
type side struct {
	name, adj string
	speakers  []int // indices into vocab.speakers, most prominent first
	spkZipf   zipf
	gov       int // its government, the voice of "Arvenia says"
	style     []string
}

// speaker is a person or a ministry speaking for a side.
type speaker struct {
	name, role string
	id         string // graph.SpeakerID(name)
	side       int
	org        bool
	full       string // first mention: "Arvenian Foreign Minister Tavo Renski"
	short      string // later mentions: "Renski", "the ministry"
	aliases    []string
}

// theme is a standing topic: an archetype, possibly narrowed to a region.
type theme struct {
	name string
	arch *archetype
	acts []actionT
	actZ zipf // the first action of a theme is its most common
}

// outlet is a publication with a house style for prose and page chrome.
type outlet struct {
	name, domain string
	curly        bool // “typographic” rather than "straight" quotes
	bareDay      bool // "said Tuesday" rather than "said on Tuesday"
	nbsp         bool // a no-break space after "accused", as some CMSs emit
	urlStyle     int
	chrome       int // which boilerplate family
	section      string
}

// vocab is everything fixed for a Config: who exists and what they argue
// about. It is built once by New and only read afterwards.
type vocab struct {
	sides    []side
	speakers []speaker
	themes   []theme
	outlets  []outlet
	pairs    [][2]int // rival pairs, most prominent first
	sideZ    zipf
	pairZ    zipf
	themeZ   zipf
	outletZ  zipf
}

func newVocab(cfg Config) *vocab {
	r := newRNG(mix(uint64(cfg.Seed), 1))
	v := &vocab{}
	used := map[string]bool{}
	// fresh draws names until one is new. When the syllables run short
	// (thousands of states asked for), gen is asked for longer names.
	fresh := func(gen func(longer int) string) string {
		for try := 0; ; try++ {
			s := gen(try / 64)
			if k := graph.Slug(s); !used[k] && !realNames[k] {
				used[k] = true
				return s
			}
		}
	}
	mids := func(n int, from []string) string {
		s := ""
		for range n {
			s += pick(&r, from)
		}
		return s
	}

	styles := append([][]string(nil), surnameStyles...)
	shuffle(&r, styles)
	for i := range cfg.Sides {
		name := fresh(func(longer int) string {
			mid := ""
			if r.chance(0.75) {
				mid = pick(&r, stateMids)
			}
			return pick(&r, stateHeads) + mid + mids(longer, stateMids[1:]) + pick(&r, stateTails)
		})
		v.sides = append(v.sides, side{name: name, adj: name + "n", style: styles[i%len(styles)]})
	}
	v.sideZ = newZipf(cfg.Sides, cfg.Skew)

	// Every side speaks through its government and two ministries; people
	// are dealt out so that prominent sides have more of them.
	addSpeaker := func(s speaker) {
		s.id = graph.SpeakerID(s.name)
		v.sides[s.side].speakers = append(v.sides[s.side].speakers, len(v.speakers))
		v.speakers = append(v.speakers, s)
	}
	for i := range v.sides {
		sd := &v.sides[i]
		sd.gov = len(v.speakers)
		addSpeaker(speaker{name: sd.adj + " government", side: i, org: true,
			full: "the " + sd.adj + " government", short: "the government"})
	}
	people := make([]int, cfg.Sides)
	for k := range cfg.Speakers {
		if k < cfg.Sides {
			people[k]++
		} else {
			people[v.sideZ.sample(&r)]++
		}
	}
	for i := range v.sides {
		sd := &v.sides[i]
		for k := range people[i] {
			switch k {
			case 2:
				addSpeaker(speaker{name: sd.adj + " Defence Ministry", side: i, org: true,
					full: "the " + sd.adj + " Defence Ministry", short: "the ministry"})
			case 4:
				addSpeaker(speaker{name: sd.adj + " Foreign Ministry", side: i, org: true,
					full: "the " + sd.adj + " Foreign Ministry", short: "the ministry"})
			}
			role := pick(&r, lesserRoles)
			if k < len(roles) {
				role = roles[k]
			}
			var first, last string
			name := fresh(func(longer int) string {
				first = pick(&r, firstHeads) + pick(&r, firstTails)
				last = pick(&r, surnameHeads) + mids(longer, stateMids[1:]) + pick(&r, sd.style)
				return first + " " + last
			})
			addSpeaker(speaker{name: name, role: role, side: i, full: sd.adj + " " + role + " " + name,
				short: last, aliases: []string{last}})
		}
		sd.spkZipf = newZipf(len(sd.speakers), cfg.Skew)
	}

	// Rivalries: pairs drawn by popularity, so the most prominent states
	// are also the most quarrelsome, as in real coverage.
	seen := map[[2]int]bool{}
	npairs := min(2*cfg.Sides, cfg.Sides*(cfg.Sides-1)/2)
	for len(v.pairs) < npairs {
		a, b := v.sideZ.sample(&r), v.sideZ.sample(&r)
		if a == b {
			continue
		}
		if a > b {
			a, b = b, a
		}
		if !seen[[2]int{a, b}] {
			seen[[2]int{a, b}] = true
			v.pairs = append(v.pairs, [2]int{a, b})
		}
	}
	v.pairZ = newZipf(len(v.pairs), cfg.Skew)

	arch := make([]*archetype, len(archetypes))
	for i := range archetypes {
		arch[i] = &archetypes[i]
	}
	shuffle(&r, arch)
	acts := enabledActs(arch, cfg.Actions)
	// Themes: the archetypes' names first, then their other names, then
	// qualified names ("renewed drone strikes"), then numbered ones.
	for k := range cfg.Topics {
		a := arch[k%len(arch)]
		round := k / len(arch)
		var name string
		switch {
		case round == 0:
			name = a.theme
		case round <= len(a.alt):
			name = a.alt[round-1]
		default:
			names := append([]string{a.theme}, a.alt...)
			q := round - 1 - len(a.alt)
			name = themeQualifiers[(q/len(names))%len(themeQualifiers)] + names[q%len(names)]
			if q >= len(names)*len(themeQualifiers) {
				name += " " + strconv.Itoa(q/(len(names)*len(themeQualifiers))+1)
			}
		}
		v.themes = append(v.themes, theme{name: name, arch: a, acts: acts[a], actZ: newZipf(len(acts[a]), 1)})
	}
	v.themeZ = newZipf(len(v.themes), cfg.Skew)

	for k := range outletCount {
		form := outletForms[k%len(outletForms)]
		if k >= len(outletForms) && !strings.Contains(form, "{") {
			form = "{P} " + form
		}
		name := fresh(func(longer int) string {
			s := strings.ReplaceAll(form, "{P}", placeName(&r)+mids(longer, stateMids[1:]))
			return strings.ReplaceAll(s, "{A}", v.sides[r.intn(len(v.sides))].adj)
		})
		v.outlets = append(v.outlets, outlet{
			name:     name,
			domain:   strings.ReplaceAll(graph.Slug(strings.TrimPrefix(name, "The ")), "-", "") + pick(&r, tlds),
			curly:    r.chance(0.5),
			bareDay:  r.chance(0.4),
			nbsp:     r.chance(0.15),
			urlStyle: r.intn(3),
			chrome:   r.intn(4),
			section:  pick(&r, []string{"", "", "World", "News", "Conflict", "Politics", "Region"}),
		})
	}
	v.outletZ = newZipf(len(v.outlets), cfg.Skew)
	return v
}

const outletCount = 40

// enabledActs keeps n action templates, dealt round-robin over the
// archetypes so that each keeps at least one.
func enabledActs(arch []*archetype, n int) map[*archetype][]actionT {
	out := map[*archetype][]actionT{}
	total := 0
	for _, a := range arch {
		total += len(a.acts)
	}
	if n <= 0 || n > total {
		n = total
	}
	if n < len(arch) {
		n = len(arch)
	}
	for k := 0; n > 0; k++ {
		for _, a := range arch {
			if k < len(a.acts) && n > 0 {
				out[a] = append(out[a], a.acts[k])
				n--
			}
		}
	}
	return out
}

// placeName invents a town: "Korvath", "Upper Dunovets".
func placeName(r *rng) string {
	s := pick(r, placeHeads) + pick(r, placeMids) + pick(r, placeTails)
	if r.chance(0.12) {
		s = pick(r, placePrefixes) + s
	}
	return s
}

func shuffle[T any](r *rng, xs []T) {
	for i := len(xs) - 1; i > 0; i-- {
		j := r.intn(i + 1)
		xs[i], xs[j] = xs[j], xs[i]
	}
}

// sideSpeaker picks a speaker of side s by prominence.
func (v *vocab) sideSpeaker(r *rng, s int) int {
	sd := &v.sides[s]
	return sd.speakers[sd.spkZipf.sample(r)]
}

// thirdSide picks a side other than a and b by prominence.
func (v *vocab) thirdSide(r *rng, a, b int) int {
	for {
		c := v.sideZ.sample(r)
		if c != a && c != b {
			return c
		}
	}
}
