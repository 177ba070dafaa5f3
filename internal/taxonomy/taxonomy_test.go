package taxonomy

import (
	"strings"
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

func TestCoreAction(t *testing.T) {
	base := Default()
	user := New(nil, []graph.Topic{
		{Name: "Dam Destruction", Aliases: []string{"Lusk River dam"}}, // a built-in name: its event
		{Name: "water theft", Aliases: []string{"stolen water"}},       // a new topic: none
	})
	given := user.WithCore("stolen water", Core{Action: "Steal  Water", Verbs: []string{"Take", "divert", "take", ""}})
	added := base.WithCore("border incidents", Core{Action: "cross the border"})
	removed := base.WithCore("cluster bombs", Core{})
	tests := []struct {
		name  string
		tax   *Taxonomy
		topic string
		want  string
	}{
		{"built-in by name", base, "dam destruction", "destroy the dam"},
		{"built-in by alias", base, "cluster bombs", "use cluster munitions"},
		{"built-in plural alias", base, "POW", "strike the prison"},
		{"topic without event", base, "counteroffensive", ""},
		{"unknown topic", base, "weather", ""},
		{"user topic named like a built-in", user, "Lusk River dam", "destroy the dam"},
		{"user topic", user, "water theft", ""},
		{"WithCore on a user topic", given, "water theft", "steal water"},
		{"WithCore leaves the original", user, "stolen water", ""},
		{"WithCore adds a topic", added, "border incidents", "cross the border"},
		{"WithCore removes", removed, "cluster munitions", ""},
		{"WithCore removes only its topic", removed, "dam", "destroy the dam"},
		{"nil taxonomy", nil, "dam destruction", ""},
	}
	for _, tt := range tests {
		if got := tt.tax.CoreAction(tt.topic); got != tt.want {
			t.Errorf("%s: CoreAction(%q) = %q, want %q", tt.name, tt.topic, got, tt.want)
		}
	}
	if got, _ := added.Topic("border incidents"); got != "border incidents" {
		t.Errorf("WithCore did not add the topic: Topic = %q", got)
	}
	c, ok := given.Core("water theft")
	if !ok || len(c.Verbs) != 2 || !c.HasVerb("take") || !c.HasVerb("divert") || c.HasVerb("") {
		t.Errorf("Core(water theft) = %+v, %v; want verbs take, divert", c, ok)
	}
	c.Verbs[0] = "changed"
	if again, _ := given.Core("water theft"); again.Verbs[0] == "changed" {
		t.Error("Core returned the taxonomy's own slice")
	}
}

func TestBuiltinCores(t *testing.T) {
	tax := Default()
	names := map[string]bool{}
	for _, tp := range tax.Topics() {
		names[tp.Name] = true
	}
	for name, spec := range builtinCores {
		if !names[name] {
			t.Errorf("core event for %q, which is no built-in topic", name)
		}
		if spec.action == "" || spec.verbs == "" {
			t.Errorf("core event for %q lacks an action or verbs", name)
		}
	}
	c, ok := tax.Core("dam destruction")
	if !ok || !c.HasVerb("blow") || c.HasVerb("shell") || !c.HasTarget("dam") {
		t.Errorf("dam destruction core = %+v: want blow (not shell) and the target dam", c)
	}
}

// plainKey is Key as first written, through a strings.Builder and string
// trims; Key folds into a byte buffer now and must return the same.
func plainKey(s string) string {
	var b strings.Builder
	space := false
	for _, r := range s {
		switch {
		case r == '.':
			continue
		case r == '’' || r == '‘' || r == '`':
			r = '\''
		case r == ' ' || r == '\t' || r == '\n' || r == '\r' || r == '\u00a0':
			space = true
			continue
		}
		if space && b.Len() > 0 {
			b.WriteByte(' ')
		}
		space = false
		if r >= 'A' && r <= 'Z' {
			r += 'a' - 'A'
		} else if r >= 0x80 {
			r = toLower(r)
		}
		b.WriteRune(r)
	}
	k := b.String()
	k = strings.TrimPrefix(k, "the ")
	k = strings.TrimSuffix(k, "'s")
	return strings.Trim(k, " ,;:!?\"'()[]{}")
}

func TestKeyAsPlain(t *testing.T) {
	for _, s := range []string{
		"", " ", "the", "the ", "The U.S.", "Russia's", "  the  Kremlin’s ", "(Ukraine)", "\"NATO,\"",
		"Über Straße", "ÉTAT\u00a0ISLAMIQUE", "bad\xffbyte", "the the 's", "'s", "A.B.C. 'x'",
		"Dnipro\tRiver\n", "nul\x00byte", "back`tick.", "Kyiv’s\r", "a very long name of an organisation that runs past sixty-four bytes, surely",
	} {
		if got, want := Key(s), plainKey(s); got != want {
			t.Errorf("Key(%q) = %q, want %q", s, got, want)
		}
	}
}

func FuzzKeyAsPlain(f *testing.F) {
	f.Add("The U.S.'s")
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := Key(s), plainKey(s); got != want {
			t.Errorf("Key(%q) = %q, want %q", s, got, want)
		}
	})
}
