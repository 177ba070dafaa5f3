package graph_test

import (
	"testing"

	"github.com/contra-project/contra/graph"
)

func TestEventNoun(t *testing.T) {
	tests := []struct{ w, want string }{
		{"explosion", "blast"},
		{"explosions", "blasts"},
		{"blast", "blast"},
		{"detonation", "blast"},
		{"abduction", "kidnapping"},
		{"blazes", "fires"},
		{"inferno", "fire"},
		{"bushfire", "wildfire"},
		{"shootdown", "downing"},
		{"flooding", "flood"},
		{"quake", "earthquake"},
		{"slaying", "killing"},
		{"truce", "ceasefire"},
		{"truces", "ceasefires"},
		{"spying", "espionage"},
		// kinds of event, not synonyms of another
		{"strike", ""},
		{"attack", ""},
		{"crash", ""},
		{"collision", ""},
		{"leak", ""},
		{"spill", ""},
		{"bombing", ""},
		{"armistice", ""}, // ends a war; a truce only pauses it
		{"hacking", ""},   // steals or breaks; espionage only steals
		{"cyberattack", ""},
		{"poisoning", ""}, // has a victim; a contamination need not
		{"contamination", ""},
		{"Explosion", ""}, // lower case only, as slugs and labels are
	}
	for _, tt := range tests {
		if got := graph.EventNoun(tt.w); got != tt.want {
			t.Errorf("EventNoun(%q) = %q, want %q", tt.w, got, tt.want)
		}
	}
}

func TestTopicSlug(t *testing.T) {
	tests := []struct{ name, want string }{
		{"Pipeline Explosion", "pipeline-blast"},
		{"pipeline blast", "pipeline-blast"},
		{"aid worker abduction", "aid-worker-kidnapping"},
		{"Harbour Blazes", "harbour-fires"},
		{"airliner shootdown", "airliner-downing"},
		{"reservoir flooding", "reservoir-flood"},
		{"Corvane Truce Violations", "corvane-ceasefire-violations"},
		{"shipyard spying", "shipyard-espionage"},
		// no event noun of a class: the plain slug
		{"cluster munitions", "cluster-munitions"},
		{"depot strike", "depot-strike"},
		{"tanker collision", "tanker-collision"},
		{"explosive-trade", "explosive-trade"}, // whole words only
		{"", ""},
	}
	for _, tt := range tests {
		if got := graph.TopicSlug(tt.name); got != tt.want {
			t.Errorf("TopicSlug(%q) = %q, want %q", tt.name, got, tt.want)
		}
	}
}

// TestTopicSlugOfSlug: a stored slug maps as the name it was made from.
func TestTopicSlugOfSlug(t *testing.T) {
	for _, name := range []string{"Harbour Explosion", "explosion explosions", "Depot Blaze", "border shelling",
		"Quake-hit Town", "Blazes and Infernos", "firefighter", ""} {
		if got, want := graph.TopicSlugOfSlug(graph.Slug(name)), graph.TopicSlug(name); got != want {
			t.Errorf("TopicSlugOfSlug(Slug(%q)) = %q, TopicSlug %q", name, got, want)
		}
	}
}
