package extract

import (
	"slices"
	"testing"
)

// TestNamedVictimTopic checks that an act against a person the headline
// names by the person's kind ("exiled critic") takes the person's name
// when the body writes it after the act's verb or after that kind, the
// kind kept; and that two named people, or a name that is an actor's,
// leave the kind alone.
func TestNamedVictimTopic(t *testing.T) {
	const dl = "ORSK, Pellan, 4 March 2045 - "
	runTopicRows(t, []topicRow{
		{"the name after the act's verb", "Pellan blames Dornvale agents for poisoning of exiled critic",
			dl + "Pellan on Friday accused Dornvale's intelligence service of poisoning Mila Orsk, an exiled Dornvalian broadcaster. Dornvale rejected the charge and accused Pellan of staging the affair.",
			[]string{"critic Mila Orsk poisoning", "critic Mila Orsk poisoning", "critic Mila Orsk poisoning"}},
		{"the name after the kind", "Exiled dissident poisoned as Pellan and Dornvale trade accusations",
			dl + "Dornvalian dissident Ivo Brant is in a coma after a suspected poisoning. Pellan accused Dornvale of the poisoning of the dissident. Dornvale denied it and accused Pellan of lying.",
			[]string{"dissident Ivo Brant poisoning", "dissident Ivo Brant poisoning", "dissident Ivo Brant poisoning"}},
		{"scope: a speaker of the kind is no victim", "Pellan blames Dornvale agents for poisoning of exiled critic",
			dl + "Pellan on Friday accused Dornvale's intelligence service of the poisoning. Government critic Ana Vell said the affair would harm both states. Dornvale rejected the charge and accused Pellan of staging the affair.",
			[]string{"critic poisoning", "critic poisoning", "critic poisoning", "critic poisoning"}},
		{"scope: two people poisoned keep the kind", "Pellan blames Dornvale agents for poisoning of exiled critic",
			dl + "Pellan on Friday accused Dornvale's intelligence service of poisoning Mila Orsk, an exiled Dornvalian broadcaster, and of having poisoned Ivo Brant a year ago. Dornvale rejected the charge and accused Pellan of staging the affair.",
			[]string{"critic poisoning", "critic poisoning", "critic poisoning"}},
	})
}

// TestHeadlinePlaceDeaths checks that a headline naming killings of many
// by their place ("Tolvek killings were staged", "Was the Tolvek
// massacre staged?") gives the dispute that name when the body writes
// the place as one, and that a word the body never writes as a place
// names none.
func TestHeadlinePlaceDeaths(t *testing.T) {
	const body = "Thirty bodies were found in the streets of Tolvek, a village in eastern Pellan, after Dornvalian troops withdrew. " +
		"Pellan has accused Dornvalian troops of executing civilians during the occupation. Dornvale accused Pellan of staging the scenes for foreign cameras."
	runTopicRows(t, []topicRow{
		{"a claim that the killings were staged", "Satellite images contradict Dornvalian TV claim that Tolvek killings were staged", body,
			[]string{"tolvek killings", "tolvek killings"}},
		{"a question headline", "Was the Tolvek massacre staged? What investigators found", body,
			[]string{"tolvek massacre", "tolvek massacre"}},
	})
	if got := placeNamed("the village of Tolvek, and", "Tolvek"); !got {
		t.Errorf("placeNamed(village of Tolvek) = false")
	}
	if got := placeNamed("the Tolvek report said", "Tolvek"); got {
		t.Errorf("placeNamed(the Tolvek report) = true")
	}
	if got := placeNamed("in Tolveka, where", "Tolvek"); got {
		t.Errorf("placeNamed(in Tolveka) = true")
	}
}

// TestNamesAfterWord checks the two-word names namesAfterWord finds,
// and namedSpeaker the ones that speak.
func TestNamesAfterWord(t *testing.T) {
	tests := []struct {
		s, w string
		want []string
	}{
		{"accused of poisoning Mila Orsk, an exile", "poisoning", []string{"Mila Orsk"}},
		{"the dissident Ivo Brant was", "dissident", []string{"Ivo Brant"}},
		{"a critic Ivo Brant Foundation grant", "critic", nil},
		{"the dissident Ivo Brant, 47, said", "dissident", []string{"Ivo Brant"}},
		{"poisoning Mila in the cafe", "poisoning", nil},
		{"the poisoning of Mila Orsk", "poisoning", nil},
		{"poisoning IVO Brant", "poisoning", nil},
	}
	for _, tt := range tests {
		if got := namesAfterWord(tt.s, tt.w); !slices.Equal(got, tt.want) {
			t.Errorf("namesAfterWord(%q, %q) = %q, want %q", tt.s, tt.w, got, tt.want)
		}
	}
	if !namedSpeaker("critic Ivo Brant, 47, said the", "Ivo Brant") || namedSpeaker("dissident Ivo Brant, 47, is in a coma", "Ivo Brant") {
		t.Errorf("namedSpeaker: a speaker is one who says, not one in a coma")
	}
}
