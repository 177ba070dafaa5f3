package synth

import (
	"fmt"
	"time"

	"github.com/contra-project/contra/graph"
)

// A dense workload is the worst case of the query memory benchmark, unlike
// the Generator's, whose propositions stay small: every claim on one topic
// and eight propositions (four invented states, two actions), so that each
// proposition holds thousands of claims on each side and its pairs run
// into the hundreds of millions (394 million at 100,000 claims). A query
// that held its pairs, or even its topic's claims whole, would not fit;
// one that streams must. Five claims make a document, of one of 200
// outlets (a few carry most); one claim in ten repeats an earlier one's
// text word for word (a syndicated copy), one in a hundred responds to an
// earlier claim, one speaker in five is a government.

// DenseTopic is the dense workload's only topic.
const DenseTopic = "cluster munitions"

// denseSides are invented states; the first four are the subjects of
// the dense store's propositions.
var denseSides = []string{"Arvenia", "Belmora", "Cordovia", "Dravonia", "Estmark", "Fenlor"}

var denseActions = []string{"use cluster munitions", "shell the grain port"}

var denseKinds = []graph.Kind{
	graph.KindAccusation, graph.KindAccusation, graph.KindAccusation, graph.KindAccusation,
	graph.KindDenial, graph.KindDenial, graph.KindAssertion, graph.KindAssertion,
	graph.KindThreat, graph.KindPrediction,
}

// denseRand is splitmix64: the dense store is the same on every run.
type denseRand uint64

func (r *denseRand) next() uint64 {
	*r += 0x9e3779b97f4a7c15
	z := uint64(*r)
	z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9
	z = (z ^ (z >> 27)) * 0x94d049bb133111eb
	return z ^ (z >> 31)
}

func (r *denseRand) intn(n int) int { return int(r.next() % uint64(n)) }

// DenseBatches generates the n claims of the dense workload of seed in
// batches of size claims, with their documents, the same on every run.
func DenseBatches(seed int64, n, size int, fn func(graph.Batch) error) error {
	r := denseRand(uint64(seed)*0x2545f4914f6cdd1d + 7)
	day0 := time.Date(2022, 1, 1, 0, 0, 0, 0, time.UTC)
	var b graph.Batch
	var doc graph.Document
	var last []string // recent texts, for syndicated copies
	var ids []string  // recent ids, for responses
	for i := 0; i < n; i++ {
		if i%5 == 0 {
			// A document reports five claims; a few outlets carry most.
			outlet := fmt.Sprintf("Outlet %d", min(r.intn(200), r.intn(200)))
			date := day0.AddDate(0, 0, r.intn(730)).Format("2006-01-02")
			url := fmt.Sprintf("https://dense.example/%d/%d", seed, i/5)
			doc = graph.Document{ID: graph.DocumentID(url, "", ""), URL: url, Outlet: outlet, Title: fmt.Sprintf("Report %d", i/5), Published: date}
			b.Documents = append(b.Documents, doc)
		}
		side := denseSides[r.intn(len(denseSides))]
		subject := denseSides[r.intn(4)]
		kind := denseKinds[r.intn(len(denseKinds))]
		pol := graph.Positive
		switch {
		case kind == graph.KindDenial:
			pol = graph.Negative
		case kind == graph.KindAccusation && side == subject:
			kind, pol = graph.KindDenial, graph.Negative
		case kind == graph.KindAssertion && r.intn(2) == 0:
			pol = graph.Negative
		}
		speaker := side + " government" // a generic speaker, one in five claims
		if r.intn(5) != 0 {
			speaker = fmt.Sprintf("Minister %s %d", side, r.intn(10))
		}
		text := fmt.Sprintf("%s said %s did %s near place %d (claim %d).", speaker, subject, denseActions[0], r.intn(500), i)
		if len(last) > 0 && r.intn(10) == 0 {
			text = last[r.intn(len(last))] // a syndicated copy, word for word
		}
		c := graph.Claim{DocID: doc.ID, Speaker: speaker, SpeakerID: graph.SpeakerID(speaker), Side: side, Kind: kind,
			Subject: subject, Action: denseActions[r.intn(len(denseActions))], Topic: DenseTopic, Polarity: pol,
			Text: text, SaidAt: doc.Published}
		c.ID = graph.ClaimID(&c)
		if len(ids) > 0 && r.intn(100) == 0 {
			c.RespondsTo = []string{ids[r.intn(len(ids))]}
		}
		b.Claims = append(b.Claims, c)
		if len(last) < 64 {
			last = append(last, text)
			ids = append(ids, c.ID)
		} else {
			last[i%64], ids[i%64] = text, c.ID
		}
		if len(b.Claims) == size {
			if err := fn(b); err != nil {
				return err
			}
			b = graph.Batch{Documents: []graph.Document{doc}}
		}
	}
	if len(b.Claims) > 0 {
		return fn(b)
	}
	return nil
}
