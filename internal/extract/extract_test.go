package extract

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"os"
	"path/filepath"
	"reflect"
	"runtime"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/contra-project/contra/graph"
)

func TestFormatOf(t *testing.T) {
	tests := []struct {
		name string
		want Format
		ok   bool
	}{
		{"a.txt", Text, true}, {"a.TXT", Text, true}, {"b.md", Markdown, true},
		{"c.html", HTML, true}, {"c.htm", HTML, true}, {"d.json", Text, false}, {"noext", Text, false},
	}
	for _, tt := range tests {
		got, ok := FormatOf(tt.name)
		if got != tt.want || ok != tt.ok {
			t.Errorf("FormatOf(%q) = %v, %v; want %v, %v", tt.name, got, ok, tt.want, tt.ok)
		}
	}
}

func TestBadInput(t *testing.T) {
	prose := "Sylvanian President Dana Oster said Freedonia had shelled the dam near Fredville. "
	tests := []struct {
		name     string
		text     []byte
		warning  string // substring of a warning
		noClaims bool
	}{
		{"empty", nil, "empty", true},
		{"white space", []byte(" \n\t\n "), "empty", true},
		{"binary", append([]byte("GIF89a"), 0, 1, 2, 3, 0, 0, 7, 8), "binary", true},
		{"mostly invalid UTF-8", bytes.Repeat([]byte{0xff, 0xfe, 'a', 0xc3}, 200), "UTF-8", true},
		{"a few invalid bytes", []byte(prose + "\xff\xfe" + prose), "invalid UTF-8", false},
		{"another language", []byte(strings.Repeat("Der Präsident von Sylvanien erklärte am Montag, die Gespräche mit der Regierung seien gescheitert und man werde nicht nachgeben. ", 5)), "English", true},
		{"one huge line without punctuation", bytes.Repeat([]byte("and the word "), 200000), "over-long", true},
		{"one huge word", bytes.Repeat([]byte("x"), 3<<20), "", true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			res := extractWith(t, New(testTaxonomy()), Article{Name: "bad.txt", Text: tt.text})
			if tt.warning != "" && !strings.Contains(strings.Join(res.Warnings, "; "), tt.warning) {
				t.Errorf("warnings %q, want one mentioning %q", res.Warnings, tt.warning)
			}
			if tt.noClaims && len(res.Claims) != 0 {
				t.Errorf("got %d claims, want none", len(res.Claims))
			}
			if !tt.noClaims && len(res.Claims) == 0 {
				t.Errorf("got no claims")
			}
			if res.Document.ID == "" {
				t.Error("document has no id")
			}
		})
	}
}

// TestHugeSingleLine feeds a 50 MB one-line document of real sentences
// (8 MB with -short): it must finish, keep its claims valid and stop at
// the claim limit rather than grow without bound.
func TestHugeSingleLine(t *testing.T) {
	size := 50 << 20
	if testing.Short() {
		size = 8 << 20
	}
	unit := "Marek said Sylvania shelled the dam again. The weather was mild and the markets were calm all week. "
	text := bytes.Repeat([]byte(unit), size/len(unit))
	start := time.Now()
	res := extractWith(t, New(testTaxonomy()), Article{Name: "huge.txt", Text: text, Meta: graph.Document{URL: "https://news.example/huge"}})
	t.Logf("%d MB in %v: %d claims, warnings %q", len(text)>>20, time.Since(start), len(res.Claims), res.Warnings)
	if len(res.Claims) == 0 || len(res.Claims) > maxClaims {
		t.Errorf("got %d claims, want between 1 and %d", len(res.Claims), maxClaims)
	}
}

func TestCancelled(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	_, err := New(nil).Extract(ctx, Article{Name: "a.txt", Text: []byte("Marek said so.")})
	if !errors.Is(err, context.Canceled) {
		t.Errorf("err = %v, want context.Canceled", err)
	}
}

func TestDocumentAndDates(t *testing.T) {
	x := New(testTaxonomy())
	text := []byte("Sylvanian President Dana Oster said Freedonia had shelled the dam near Fredville.")
	withURL := extractWith(t, x, Article{Name: "a.txt", Text: text, Meta: graph.Document{URL: "https://news.example/a", Outlet: "Example", Published: "2024-03-01T10:00:00Z"}})
	if withURL.Document.ID != graph.DocumentID("https://news.example/a", string(text), "a.txt") {
		t.Errorf("document id %s does not derive from the URL", withURL.Document.ID)
	}
	if withURL.Document.Published != "2024-03-01" || len(withURL.Claims) == 0 || withURL.Claims[0].SaidAt != "2024-03-01" {
		t.Errorf("published %q, said_at not set from it", withURL.Document.Published)
	}
	bad := extractWith(t, x, Article{Name: "b.txt", Text: text, Meta: graph.Document{Published: "last Tuesday"}})
	if bad.Document.Published != "" || !strings.Contains(strings.Join(bad.Warnings, ";"), "published") {
		t.Errorf("bad date: published %q warnings %q", bad.Document.Published, bad.Warnings)
	}
	if len(bad.Claims) == 0 || bad.Claims[0].SaidAt != "" {
		t.Error("claims of an undated article must have no said_at")
	}
}

func TestDeterministicAndConcurrent(t *testing.T) {
	x := New(testTaxonomy())
	arts := syntheticArticles(8)
	first := make([]Result, len(arts))
	for i, a := range arts {
		first[i] = extractWith(t, x, Article{Name: "s.txt", Text: a})
	}
	var wg sync.WaitGroup
	errs := make(chan string, 64)
	for g := 0; g < 4; g++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i, a := range arts {
				r, err := x.Extract(context.Background(), Article{Name: "s.txt", Text: a})
				if err != nil || !reflect.DeepEqual(r, first[i]) {
					errs <- "article result differs between runs"
					return
				}
			}
		}()
	}
	wg.Wait()
	close(errs)
	for e := range errs {
		t.Error(e)
	}
}

// TestDeterministicOnInventedSets extracts each invented article many
// times: a map's order must not decide anything, not even the order of
// a reciprocal accusation's two claims (the states an article coins
// were once kept in a map's order, and "the two neighbours accused each
// other" came out in either order, about one run in ten).
func TestDeterministicOnInventedSets(t *testing.T) {
	files, err := filepath.Glob("testdata/*/*.txt")
	if err != nil || len(files) == 0 {
		t.Fatalf("no invented articles: %v", err)
	}
	x := New(nil)
	for _, f := range files {
		t.Run(f, func(t *testing.T) {
			text, err := os.ReadFile(f)
			if err != nil {
				t.Fatal(err)
			}
			a := Article{Name: filepath.Base(f), Text: text}
			want := resultJSON(t, extractWith(t, x, a))
			for range 40 {
				if got := resultJSON(t, extractWith(t, x, a)); got != want {
					t.Fatalf("result differs between runs:\n%s\nwas\n%s", got, want)
				}
			}
		})
	}
}

// TestResultsOutliveLaterExtractions: an Extractor reuses its working
// state between documents, and per-document arenas (topics, subjects,
// actors, name parts) are cleared for the next one, so a result must own
// everything it holds. The invented sets' articles are read too: their
// topics and subjects reach the arenas that the synthetic ones barely do.
func TestResultsOutliveLaterExtractions(t *testing.T) {
	x := New(testTaxonomy())
	arts := syntheticArticles(6)
	synthetic := len(arts)
	files, err := filepath.Glob("testdata/*/*.txt")
	if err != nil || len(files) == 0 {
		t.Fatalf("no invented articles: %v", err)
	}
	for _, f := range files {
		text, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		arts = append(arts, text)
	}
	results := make([]Result, len(arts))
	snapshots := make([]string, len(arts))
	for i, a := range arts {
		results[i] = extractWith(t, x, Article{Name: "s.txt", Text: a})
		if i < synthetic && len(results[i].Speakers) == 0 {
			t.Fatalf("article %d: no speakers", i)
		}
		snapshots[i] = resultJSON(t, results[i])
	}
	for i := range arts {
		if got := resultJSON(t, results[i]); got != snapshots[i] {
			t.Errorf("article %d: result changed after later extractions:\n%s\nwas\n%s", i, got, snapshots[i])
		}
	}
}

// TestEmptyListsDoNotDependOnHistory: an article without speakers gives
// the same JSON whether the extractor's pooled working state is fresh
// or has read other articles (Speakers was null from a fresh state and
// [] afterwards).
func TestEmptyListsDoNotDependOnHistory(t *testing.T) {
	x := New(testTaxonomy())
	quiet := Article{Name: "q.txt", Text: []byte("The weather in the capital was mild, and markets opened higher on Monday as traders weighed the harvest. " +
		"Schools reopened last month after repairs to roofs and windows, and a field hospital run by volunteers treats about forty patients a day.\n")}
	talk := Article{Name: "t.txt", Text: syntheticArticles(1)[0]}
	// two collections empty the pool (its primary and victim caches), so
	// the first extraction below starts from a fresh working state
	runtime.GC()
	runtime.GC()
	tests := []struct {
		name string
		art  Article
	}{{"fresh state", quiet}, {"after speakers", talk}, {"used state", quiet}}
	var want string
	for _, tt := range tests {
		res := extractWith(t, x, tt.art)
		if tt.art.Name != quiet.Name {
			continue
		}
		if res.Speakers == nil || res.Claims == nil || len(res.Speakers)+len(res.Claims) != 0 {
			t.Errorf("%s: speakers %#v, claims %#v; want both empty, not nil", tt.name, res.Speakers, res.Claims)
		}
		got := resultJSON(t, res)
		if want == "" {
			want = got
		} else if got != want {
			t.Errorf("%s: %s, want %s", tt.name, got, want)
		}
	}
}

func resultJSON(tb testing.TB, r Result) string {
	tb.Helper()
	b, err := json.Marshal(r)
	if err != nil {
		tb.Fatal(err)
	}
	return string(b)
}

func TestHTMLArticle(t *testing.T) {
	html := `<!doctype html><html><head><title>Freedonia</title><style>.x{}</style></head><body>
<nav><a href="/">Home</a></nav>
<h1>Freedonia Accuses Sylvania Over Dam</h1>
<figure><img src="d.jpg"><figcaption>The dam on Monday. AFP</figcaption></figure>
<p>Sylvania&rsquo;s forces blew up the dam on purpose, Freedonian Defence Minister Ivo Marek said on Tuesday.</p>
<p>&ldquo;This is a crime against our farmers,&rdquo; Marek told reporters. &ldquo;Sylvania will answer for it.&rdquo;</p>
<div class="promo">Subscribe to our newsletter</div>
<footer>&copy; 2024 Example News. All rights reserved.</footer>
</body></html>`
	res := extractWith(t, New(testTaxonomy()), Article{Name: "a.html", Text: []byte(html), Format: HTML})
	if len(res.Claims) != 3 {
		t.Fatalf("got %d claims, want 3:%s", len(res.Claims), describe(res.Claims))
	}
	c := res.Claims[0]
	if c.Speaker != "Ivo Marek" || c.Kind != graph.KindAccusation || c.Subject != "Sylvania" || c.Topic != "dam destruction" {
		t.Errorf("first claim:%s", describe(res.Claims[:1]))
	}
	if !strings.Contains(c.Evidence.Text, "&rsquo;") || strings.Contains(c.Text, "&rsquo;") {
		t.Errorf("evidence should keep the entity, text should decode it: %q / %q", c.Evidence.Text, c.Text)
	}
}

func TestNormalisersAgreeWithGraph(t *testing.T) {
	for _, s := range []string{"use cluster munitions", " Use  Cluster\tmunitions ", "fail to express interest", "NATO expansion", "a\u00a0b", ""} {
		if got, want := normAction(s), graph.NormAction(s); got != want {
			t.Errorf("normAction(%q) = %q, want %q", s, got, want)
		}
		if got, want := normText(s), graph.NormText(s); got != want {
			t.Errorf("normText(%q) = %q, want %q", s, got, want)
		}
	}
}
