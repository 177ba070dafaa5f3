package extract

import "strings"

// traceNouns name the traces an event leaves and the examinations of
// them: what they show is a finding the writer reports, which nobody
// claims ("Weather records show snow …", "Footage verified by the paper
// shows …", "forensic examinations found …"). A poll, a report or a
// study has authors and is another matter.
var traceNouns = map[string]bool{
	"footage": true, "imagery": true, "images": true, "photographs": true,
	"examinations": true, "testimony": true,
}

// traceEvidence reports whether speaker name is headed by a trace noun.
func traceEvidence(name string) bool {
	return lookupLower(traceNouns, name[strings.LastIndexByte(name, ' ')+1:])
}
