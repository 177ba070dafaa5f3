package taxonomy

import (
	"sync"
	"testing"

	"github.com/contra-project/contra/graph"
)

func TestActorResolution(t *testing.T) {
	tax := Default()
	tests := []struct {
		in, want string
		ok       bool
	}{
		{"Russia", "Russia", true},
		{"russian", "Russia", true},
		{"Russians", "Russia", true},
		{"the Kremlin", "Russia", true},
		{"Moscow", "Russia", true},
		{"Kyiv", "Ukraine", true},
		{"Kiev", "Ukraine", true},
		{"Ukraine's", "Ukraine", true},
		{"Ukraine’s", "Ukraine", true},
		{"U.S.", "United States", true},
		{"Washington", "United States", true},
		{"The White House", "United States", true},
		{"the Pentagon", "United States", true},
		{"Americans", "United States", true},
		{"NATO", "NATO", true},
		{"the West", "West", true},
		{"Western", "West", true},
		{"EU", "European Union", true},
		{"UN", "United Nations", true},
		{"Indian", "India", true},
		{"Pakistani", "Pakistan", true},
		{"ISPR", "Pakistan", true},
		{"North Korean", "North Korea", true},
		{"North Koreans", "North Korea", true},
		{"Chinese", "China", true},
		{"Narnia", "", false},
		{"", "", false},
	}
	for _, tt := range tests {
		got, ok := tax.Actor(tt.in)
		if got != tt.want || ok != tt.ok {
			t.Errorf("Actor(%q) = %q, %v; want %q, %v", tt.in, got, ok, tt.want, tt.ok)
		}
	}
}

func TestTopicResolution(t *testing.T) {
	tax := Default()
	tests := []struct {
		in, want string
		ok       bool
	}{
		{"cluster bombs", "cluster munitions", true},
		{"Cluster Munition", "cluster munitions", true},
		{"DPICM", "cluster munitions", true},
		{"peace talks", "negotiations", true},
		{"mobilization", "mobilisation", true},
		{"ceasefire violation", "ceasefire violations", true},
		{"POWs", "prisoners of war", true},
		{"terrorists", "terrorism", true},
		{"weather", "", false},
	}
	for _, tt := range tests {
		got, ok := tax.Topic(tt.in)
		if got != tt.want || ok != tt.ok {
			t.Errorf("Topic(%q) = %q, %v; want %q, %v", tt.in, got, ok, tt.want, tt.ok)
		}
	}
}

func TestGovernment(t *testing.T) {
	tax := Default()
	tests := []struct{ in, want string }{
		{"Moscow", "Russian government"},
		{"Ukraine", "Ukrainian government"},
		{"the West", "Western governments"},
		{"NATO", "NATO"},
		{"Narnia", ""},
	}
	for _, tt := range tests {
		if got := tax.Government(tt.in); got != tt.want {
			t.Errorf("Government(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestDefaultBreadth(t *testing.T) {
	tax := Default()
	if n := len(tax.Actors()); n < 60 {
		t.Errorf("Default has %d actors, want at least 60", n)
	}
	if n := len(tax.Topics()); n < 10 {
		t.Errorf("Default has %d topics, want at least 10", n)
	}
	acts := tax.Actors()
	for i := 1; i < len(acts); i++ {
		if acts[i-1].Name >= acts[i].Name {
			t.Fatalf("Actors not sorted: %q before %q", acts[i-1].Name, acts[i].Name)
		}
	}
	for _, a := range acts {
		if a.ID != graph.ActorID(a.Name) {
			t.Errorf("actor %q has id %q", a.Name, a.ID)
		}
	}
}

func TestWithMergesAndNewReplaces(t *testing.T) {
	base := Default()
	ext := base.With(
		[]graph.Actor{{Name: "Russia", Aliases: []string{"RF"}}, {Name: "Freedonia", Aliases: []string{"Freedonian"}}},
		[]graph.Topic{{Name: "cluster munitions", Aliases: []string{"M864"}}, {Name: "grain theft", Aliases: []string{"stolen grain"}}},
	)
	checks := []struct {
		tax       *Taxonomy
		actor     string
		wantActor string
		okActor   bool
	}{
		{ext, "RF", "Russia", true},
		{ext, "Freedonian", "Freedonia", true},
		{ext, "Moscow", "Russia", true},
		{base, "RF", "", false}, // the original is unchanged
		{base, "Freedonia", "", false},
	}
	for _, c := range checks {
		got, ok := c.tax.Actor(c.actor)
		if got != c.wantActor || ok != c.okActor {
			t.Errorf("Actor(%q) = %q, %v; want %q, %v", c.actor, got, ok, c.wantActor, c.okActor)
		}
	}
	if got, _ := ext.Topic("M864"); got != "cluster munitions" {
		t.Errorf("With did not merge topic alias: got %q", got)
	}
	if got, _ := ext.Topic("stolen grain"); got != "grain theft" {
		t.Errorf("With did not add topic: got %q", got)
	}
	if len(ext.Actors()) != len(base.Actors())+1 {
		t.Errorf("With added %d actors, want 1", len(ext.Actors())-len(base.Actors()))
	}

	if got := ext.Government("Freedonia"); got != "Freedonian government" {
		t.Errorf("Government of a user actor = %q, want the demonym form", got)
	}

	only := New([]graph.Actor{{Name: "Freedonia", Aliases: []string{"Fredonia City"}}}, nil)
	if _, ok := only.Actor("Russia"); ok {
		t.Error("New kept built-in actors")
	}
	if got, ok := only.Actor("fredonia city"); !ok || got != "Freedonia" {
		t.Errorf("New: Actor(fredonia city) = %q, %v", got, ok)
	}
	if len(only.Topics()) != 0 {
		t.Errorf("New with no topics has %d topics", len(only.Topics()))
	}
}

func TestConcurrentUse(t *testing.T) {
	tax := Default()
	var wg sync.WaitGroup
	for i := 0; i < 8; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := 0; j < 200; j++ {
				if _, ok := tax.Actor("Kremlin"); !ok {
					t.Error("lookup failed")
					return
				}
				_ = tax.Actors()
			}
		}()
	}
	wg.Wait()
}

func TestNilTaxonomy(t *testing.T) {
	var tax *Taxonomy
	if _, ok := tax.Actor("Russia"); ok {
		t.Error("nil taxonomy resolved an actor")
	}
	if tax.Actors() != nil || tax.Topics() != nil {
		t.Error("nil taxonomy listed entries")
	}
}
