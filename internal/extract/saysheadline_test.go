package extract

import "testing"

// TestSpeakerLastHeadline: a title-case headline that names its speaker
// last ("Port Tax Will Ruin Kessel Harbour, Ivo Marek Says") gives the
// statement before the comma as the claim of the person the body names;
// a speaker that is no person the body names ("…, Officials Say") and a
// verb that does not end the line give none.
func TestSpeakerLastHeadline(t *testing.T) {
	for _, tt := range []struct{ name, text, evidence, speaker string }{
		{"surname in the body",
			"Port Tax Will Ruin Kessel Harbour, Ivo Marek Says\n\nThe harbour master, Ivo Marek, spoke to dockers on Monday about the new levy and the fishing fleet.",
			"Port Tax Will Ruin Kessel Harbour", "Ivo Marek"},
		{"title before the name",
			"New Dam Could Flood Three Valleys, Senator Dana Oster Warns.\n\nSen. Dana Oster toured the site on Tuesday with engineers and farmers.",
			"New Dam Could Flood Three Valleys", "Dana Oster"},
		{"scope: no person",
			"New Dam Could Flood Three Valleys, Officials Say\n\nEngineers toured the site on Tuesday with farmers from the valley.",
			"New Dam Could Flood", ""},
		{"scope: verb not last",
			"Dam Row Deepens, Dana Oster Says Nothing\n\nSen. Dana Oster toured the site on Tuesday with engineers and farmers.",
			"Dam Row Deepens", ""},
	} {
		t.Run(tt.name, func(t *testing.T) {
			res := extractWith(t, New(nil), Article{Name: "a.txt", Text: []byte(tt.text)})
			wantSpeaker(t, res, tt.evidence, tt.speaker)
		})
	}
}
