package extract

import "strings"

// diplomatRanks are the ranks of an embassy's staff that news reports
// an expulsion by ("ordered the expulsion of the defence attache") where
// the dispute is labelled by the plain word: the attache expelled and
// the two diplomats expelled in reply are "diplomat expulsions". Ranks
// the extractor reads as a person's role ("first secretary", "envoy",
// "ambassador") induce no such topic and are not listed; an ambassador's
// expulsion is news by that title.
// "attach" is the plural "attaches" as a label's modifier singularises it.
var diplomatRanks = map[string]bool{"attache": true, "attaché": true, "attaches": true, "attachés": true, "attach": true}

// diplomatExpulsions folds each induced topic that names an expulsion
// by the expelled diplomat's rank ("attache expulsion") into the
// expulsion of a diplomat, the word the dispute's label takes.
func (d *docState) diplomatExpulsions() {
	var from []string
	for t, n := range d.topicCount {
		rank, head, ok := strings.Cut(t, " ")
		if n <= 0 || !ok || !diplomatRanks[rank] || head != "expulsion" && head != "expulsions" {
			continue
		}
		if _, gone := d.merged[t]; gone || d.configured(t) {
			continue
		}
		from = append(from, t)
	}
	if len(from) == 0 {
		return
	}
	d.foldTopicsFirst("diplomat expulsion", from)
}
