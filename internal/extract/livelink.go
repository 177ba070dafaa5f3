package extract

import (
	"bytes"
	"slices"

	"github.com/contra-project/contra/graph"
)

// A live blog prints its entries newest first, each under a line that
// holds only its time ("14:10", "19.05 CET"): a side's answer stands
// above the charge it answers, and the patterns of respond.go, which look
// for what a claim answers before it, find nothing. linkInTimeOrder lays
// such a page's entries out oldest first and links the claims there.

// stampLine is a line that holds only an entry's time: two digit groups
// split by ":" or "." and, optionally, a short upper-case zone.
type stampLine struct {
	at      int // where the line starts
	minutes int // the time of day, in minutes
}

// liveStamps returns the time lines of src when there are at least three
// and each is earlier than the one above it (a live blog, newest first);
// nil otherwise.
func liveStamps(src []byte) []stampLine {
	var stamps []stampLine
	for at := 0; at < len(src); {
		end := len(src)
		if i := bytes.IndexByte(src[at:], '\n'); i >= 0 {
			end = at + i
		}
		// a time line is short and starts with a digit: most lines are
		// passed over on their first byte and their length
		if end-at <= 10 && isDigitByte(src[at]) {
			if m, ok := stampOf(src[at:end]); ok {
				if n := len(stamps); n > 0 && m >= stamps[n-1].minutes {
					return nil // not newest first
				}
				stamps = append(stamps, stampLine{at: at, minutes: m})
			}
		}
		at = end + 1
	}
	if len(stamps) < 3 {
		return nil
	}
	return stamps
}

// stampOf reads a time line ("14:10", "9:05", "19.40 CET") and returns
// its minutes.
func stampOf(line []byte) (int, bool) {
	for len(line) > 0 && (line[len(line)-1] == ' ' || line[len(line)-1] == '\r') {
		line = line[:len(line)-1]
	}
	i, h := 0, 0
	for i < len(line) && i < 2 && isDigitByte(line[i]) {
		h = h*10 + int(line[i]-'0')
		i++
	}
	if i == 0 || i >= len(line) || line[i] != ':' && line[i] != '.' || i+3 > len(line) {
		return 0, false
	}
	m0, m1 := line[i+1], line[i+2]
	if m0 < '0' || m0 > '5' || !isDigitByte(m1) || h > 23 {
		return 0, false
	}
	rest := line[i+3:]
	if len(rest) > 0 {
		// a zone: " CET", " GMT", " BST"
		if rest[0] != ' ' || len(rest) < 3 || len(rest) > 5 {
			return 0, false
		}
		for _, c := range rest[1:] {
			if !isUpperASCII(c) {
				return 0, false
			}
		}
	}
	return h*60 + int(m0-'0')*10 + int(m1-'0'), true
}

// linkInTimeOrder runs linkResponses on out as the page stands and, for
// a live blog (liveStamps), once more on a copy of the page with its
// entries oldest first and the claims' evidence moved with them: a claim
// the page's order links to nothing takes the links of the order things
// were said in. The page's order comes first because an entry may answer
// a charge told in an older one and the blog's writer may pair them
// either way; what it links stands.
func linkInTimeOrder(out []graph.Claim, src []byte, doc string, cache *stemCache) {
	linkResponses(out, src, doc, cache)
	stamps := liveStamps(src)
	if stamps == nil {
		return
	}
	// the page above the first entry stays first; the entries follow
	// from the last (the oldest) up
	head := stamps[0].at
	vsrc := make([]byte, 0, len(src)+len(stamps))
	vsrc = append(vsrc, src[:head]...)
	vstart := make([]int, len(stamps)) // where each entry starts in vsrc
	for e := len(stamps) - 1; e >= 0; e-- {
		lo, hi := stamps[e].at, len(src)
		if e+1 < len(stamps) {
			hi = stamps[e+1].at
		}
		vstart[e] = len(vsrc)
		vsrc = append(vsrc, src[lo:hi]...)
		if len(vsrc) > 0 && vsrc[len(vsrc)-1] != '\n' {
			vsrc = append(vsrc, '\n') // the last entry's end is no sentence's middle
		}
	}
	move := func(pos int) int {
		if pos < head {
			return pos
		}
		e := len(stamps) - 1
		for e > 0 && stamps[e].at > pos {
			e--
		}
		return vstart[e] + pos - stamps[e].at
	}
	spans := make([]graph.Span, len(out))
	moved := make([]graph.Claim, len(out))
	order := make([]int, len(out))
	for i := range out {
		order[i] = i
		moved[i] = out[i]
		moved[i].RespondsTo = nil // linked afresh in the time order
		if ev := out[i].Evidence; ev != nil {
			spans[i] = *ev
			spans[i].Start = move(ev.Start)
			spans[i].End = spans[i].Start + ev.End - ev.Start
			moved[i].Evidence = &spans[i]
		}
	}
	slices.SortStableFunc(order, func(a, b int) int {
		return startOf(&moved[a]) - startOf(&moved[b])
	})
	seq := make([]graph.Claim, len(out))
	for j, i := range order {
		seq[j] = moved[i]
	}
	linkResponses(seq, vsrc, "", cache)
	for j, i := range order {
		if len(out[i].RespondsTo) == 0 {
			out[i].RespondsTo = seq[j].RespondsTo
		}
	}
}

// startOf is where c's evidence starts, or 0.
func startOf(c *graph.Claim) int {
	if c.Evidence == nil {
		return 0
	}
	return c.Evidence.Start
}
