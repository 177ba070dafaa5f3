package extract

import (
	"strings"

	"github.com/contra-project/contra/graph"
)

// topicProposal is a topic an accusation could take and the rule that
// put it forward, for topicSeen.
type topicProposal struct {
	Source, Name string
}

// topicSeen, when set (by tests), is told for each accusation the
// topics the rules proposed for it, by source, and the one it took: the
// table that shows which source's label matches the gold one when it
// wins and when it loses. It sees the claim's evidence span, not the
// claim, whose parties finish may still change.
var topicSeen func(ev graph.Span, proposed []topicProposal, won string)

// propose records, while a test listens, that source put name forward
// as the document's topic.
func (d *docState) propose(source, name string) {
	if topicSeen == nil || name == "" {
		return
	}
	d.proposed = append(d.proposed, topicProposal{source, strings.Clone(name)})
}

// proposeFor records, for topicSeen, the document's candidates (once)
// and the ones the claim's own sentence names (topics), each as finish
// would print it. A claim's own topic other than the document's
// (docTopic) is also proposed under a source that says whether it is
// configured and how often the article names it, the two things that
// set its precision apart.
func (d *docState) proposeFor(topics []string, docTopic, docName string) {
	if !d.docProposed {
		d.docProposed = true
		conf, confN, ind, indN := "", 0, "", 0
		for t, n := range d.topicCount {
			if n <= 0 {
				continue
			}
			if d.configured(t) {
				if n > confN || n == confN && t < conf {
					conf, confN = t, n
				}
			} else if n > indN || n == indN && t < ind {
				ind, indN = t, n
			}
		}
		d.propose("count-top-configured", conf)
		d.propose("count-top-induced", ind)
		d.propose("lead-incident", d.leadIncident(d.inLead))
		d.propose("title-incident", d.leadIncident(d.inTitle))
		bl, blN := "", 0
		for t, n := range d.blamed {
			if n > blN || n == blN && t < bl {
				bl, blN = t, n
			}
		}
		d.propose("blame-top", bl)
		ch, chN := "", 0
		for _, c := range d.charges {
			if c.n > chN {
				ch, chN = c.act, c.n
			}
		}
		d.propose("charge-top", ch)
		for i := range d.proposed {
			if p := &d.proposed[i]; p.Source != "doc" {
				p.Name = d.surfaceName(p.Name)
			}
		}
		d.propose("doc", docName)
		d.docProposedN = len(d.proposed)
	}
	d.proposed = d.proposed[:d.docProposedN]
	for _, t := range topics {
		src := "claim-own"
		if w, ok := strings.CutPrefix(t, weakTopic); ok {
			src, t = "claim-alias", w
		} else if t == anaphorTopic || strings.HasPrefix(t, referTopic) {
			continue
		}
		if m, ok := d.merged[t]; ok {
			d.propose(src+"-merged", d.surfaceName(m))
		}
		if t != docTopic {
			// the claim's own topic, apart from the document's: how
			// often the article names it, and whether configured
			kind := "-ind"
			if d.configured(t) {
				kind = "-conf"
			}
			n := d.topicCount[t]
			switch {
			case n <= 2:
				kind += "-n1-2"
			case n <= 4:
				kind += "-n3-4"
			default:
				kind += "-n5+"
			}
			d.propose(src+kind, d.surfaceName(t))
		}
		d.propose(src, d.surfaceName(t))
	}
}
