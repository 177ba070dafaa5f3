package serve

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/contra-project/contra/graph"
	"github.com/contra-project/contra/graph/graphtest"
	"github.com/contra-project/contra/graph/neo4j"
	"github.com/contra-project/contra/graph/sqlite"
)

// The fixture is invented: Arvenia and Belmora accuse each other of
// using cluster munitions, Belmora denies it, an analyst without a side
// repeats it with a claim text that is an HTML injection, and Cordovia
// says things about border shelling (enough claims to page through).

const (
	varga = "Minister Ilya Varga"
	reuel = "General Tomas Reuel"
	fenn  = "Analyst Mira Fenn"
	okaro = "Ambassador Lena Okaro"
	// hostile is a claim text that must show as text everywhere.
	hostile = `<img src=x onerror=alert(1)>`
)

// articleText is the original text of the article d1: the evidence of
// the first claim is its second sentence.
const articleText = "Subscribe to our newsletter.\nMinister Ilya Varga said Belmora fired cluster munitions near the ridge on Monday. " +
	"Read more: floods.\n"

// fixture is a store loaded with the world, and the ids tests need.
type fixture struct {
	store   graph.Store
	js      judged
	doc     graph.Document // d1, the article
	accuse  graph.Claim    // Varga's accusation, with evidence in d1
	deny    graph.Claim
	claims  []graph.Claim
	dispute string // the dispute over Belmora's use of cluster munitions
}

type judged interface {
	graph.JudgementStore
	graph.TextStore
}

// onNeo4j makes openStore open the live Neo4j server (TestOnNeo4j).
var onNeo4j bool

// openStore opens a fresh store: SQLite, or the live Neo4j server when
// TestOnNeo4j runs the tests again there.
func openStore(tb testing.TB) graph.Store {
	tb.Helper()
	if onNeo4j {
		user := os.Getenv("NEO4J_USER")
		if user == "" {
			user = "neo4j"
		}
		s, err := neo4j.Open(context.Background(), neo4j.Config{URI: os.Getenv("NEO4J_URI"), User: user,
			Password: os.Getenv("NEO4J_PASSWORD"), Database: "neo4j", BatchSize: 500})
		if err != nil {
			tb.Fatalf("neo4j: %v", err)
		}
		if err := s.DeleteAll(context.Background()); err != nil {
			tb.Fatalf("neo4j: clear: %v", err)
		}
		tb.Cleanup(func() { s.Close() })
		return s
	}
	s, err := sqlite.Open(context.Background(), filepath.Join(tb.TempDir(), "contra.db"), sqlite.WithLogger(slog.New(slog.DiscardHandler)))
	if err != nil {
		tb.Fatal(err)
	}
	tb.Cleanup(func() { s.Close() })
	return s
}

func newFixture(tb testing.TB) *fixture {
	tb.Helper()
	s := openStore(tb)
	f := &fixture{store: s, js: s.(judged)}
	d1 := graphtest.Doc("d1", "Harbor Gazette", "2024-03-01")
	d2 := graphtest.Doc("d2", "Northern Ledger", "2024-03-02")
	d3 := graphtest.Doc("d3", "Valley Courier", "2024-03-04")
	f.doc = d1
	cm, uses := "cluster munitions", "use cluster munitions"
	acc := graphtest.Claim(d1, varga, "Arvenia", graph.KindAccusation, "Belmora", uses, cm, graph.Positive, "2024-03-01")
	sentence := "Minister Ilya Varga said Belmora fired cluster munitions near the ridge on Monday."
	start := strings.Index(articleText, sentence)
	acc.Text = sentence
	acc.Evidence = &graph.Span{Start: start, End: start + len(sentence), Text: sentence}
	acc.ID = graph.ClaimID(&acc)
	deny := graphtest.Claim(d2, reuel, "Belmora", graph.KindDenial, "Belmora", uses, cm, graph.Negative, "2024-03-02")
	back := graphtest.Claim(d2, reuel, "Belmora", graph.KindAccusation, "Arvenia", uses, cm, graph.Positive, "2024-03-03")
	evil := graphtest.Claim(d3, fenn, "", graph.KindAssertion, "Belmora", uses, cm, graph.Positive, "2024-03-04")
	evil.Text = hostile
	evil.ID = graph.ClaimID(&evil)
	f.accuse, f.deny = acc, deny
	f.claims = []graph.Claim{acc, deny, back, evil}
	for i := 0; i < 8; i++ {
		c := graphtest.Claim(d3, okaro, "Cordovia", graph.KindAssertion, "Belmora", "shell border villages", "border shelling",
			graph.Positive, fmt.Sprintf("2024-04-%02d", i+1))
		f.claims = append(f.claims, c)
	}
	b := graph.Batch{Documents: []graph.Document{d1, d2, d3}, Claims: f.claims,
		Topics: []graph.Topic{{ID: graph.TopicID(cm), Name: cm, Aliases: []string{"cluster bombs"}}}}
	if _, err := s.Load(context.Background(), b); err != nil {
		tb.Fatalf("Load: %v", err)
	}
	if err := f.js.SaveTexts(context.Background(), []graph.DocumentText{{DocID: d1.ID, Text: articleText}}); err != nil {
		tb.Fatal(err)
	}
	f.dispute = graph.DisputeID(graph.PropKey(&acc))
	return f
}

// clock is a clock that moves a second each time it is read, from noon
// on a fixed day: judgements made in a test apply in the order made.
func clock() func() time.Time {
	var mu sync.Mutex
	t := time.Date(2024, 7, 1, 12, 0, 0, 0, time.UTC)
	return func() time.Time {
		mu.Lock()
		defer mu.Unlock()
		t = t.Add(time.Second)
		return t
	}
}

// names resolves as the CLI does, on the store's names and aliases: an
// unknown name is ENotFound.
func names(s graph.Store) Names {
	find := func(what string, list func(context.Context) ([]graph.Topic, error)) func(context.Context, string) (string, error) {
		return func(ctx context.Context, typed string) (string, error) {
			xs, err := list(ctx)
			if err != nil {
				return "", err
			}
			for _, x := range xs {
				for _, n := range append([]string{x.Name}, x.Aliases...) {
					if graph.Slug(n) == graph.Slug(typed) {
						return x.Name, nil
					}
				}
			}
			return "", graph.Errorf(graph.ENotFound, "no %s %q", what, typed)
		}
	}
	return Names{
		Topic: find("topic", func(ctx context.Context) ([]graph.Topic, error) {
			ts, err := s.Topics(ctx, "")
			out := make([]graph.Topic, len(ts))
			for i, t := range ts {
				out[i] = t.Topic
			}
			return out, err
		}),
		Side: find("side", func(ctx context.Context) ([]graph.Topic, error) {
			as, err := s.Actors(ctx, "")
			out := make([]graph.Topic, len(as))
			for i, a := range as {
				out[i] = graph.Topic(a.Actor)
			}
			return out, err
		}),
		Speaker: find("speaker", func(ctx context.Context) ([]graph.Topic, error) {
			sps, err := s.Speakers(ctx, "")
			out := make([]graph.Topic, len(sps))
			for i, sp := range sps {
				out[i] = graph.Topic{ID: sp.ID, Name: sp.Name, Aliases: sp.Aliases}
			}
			return out, err
		}),
	}
}

// logBuffer is a log destination tests read.
type logBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (l *logBuffer) Write(p []byte) (int, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.b.Write(p)
}

func (l *logBuffer) String() string {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.b.String()
}

// TestOnNeo4j runs the API tests again on the live Neo4j server named by
// NEO4J_URI (NEO4J_USER, NEO4J_PASSWORD); without it, it skips.
func TestOnNeo4j(t *testing.T) {
	if os.Getenv("NEO4J_URI") == "" {
		t.Skip("NEO4J_URI not set: the API tests ran on SQLite only")
	}
	onNeo4j = true
	defer func() { onNeo4j = false }()
	for _, tc := range []struct {
		name string
		fn   func(*testing.T)
	}{
		{"OpenAPIEveryEndpoint", TestOpenAPIEveryEndpoint}, {"Disputes", TestDisputes}, {"BadInput", TestBadInput},
		{"Paging", TestPaging}, {"Document", TestDocument}, {"HostileText", TestHostileText}, {"Accusations", TestAccusations},
		{"RejectHidesAndShows", TestRejectHidesAndShows}, {"MergeAndUndo", TestMergeAndUndo}, {"JudgementRefused", TestJudgementRefused},
		{"Tokens", TestTokens},
	} {
		t.Run(tc.name, tc.fn)
	}
}

// newServer returns a server on f's store; edit changes its options.
func newServer(tb testing.TB, f *fixture, edit ...func(*Options)) (*Server, *logBuffer) {
	tb.Helper()
	logs := &logBuffer{}
	o := Options{Store: f.store, Judgements: f.js, Texts: f.js, Names: names(f.store),
		Logger: slog.New(slog.NewJSONHandler(logs, &slog.HandlerOptions{Level: slog.LevelDebug})), LocalUser: "tester",
		Now: clock()}
	for _, e := range edit {
		e(&o)
	}
	s, err := New(o)
	if err != nil {
		tb.Fatal(err)
	}
	return s, logs
}

// call sends a request to s, checks the answer against the OpenAPI
// description when it is an API answer, and returns it.
func call(tb testing.TB, s http.Handler, method, target string, body any, header ...string) *httptest.ResponseRecorder {
	tb.Helper()
	var rd io.Reader
	switch b := body.(type) {
	case nil:
	case string:
		rd = strings.NewReader(b)
	default:
		buf, err := json.Marshal(b)
		if err != nil {
			tb.Fatal(err)
		}
		rd = bytes.NewReader(buf)
	}
	req := httptest.NewRequest(method, target, rd)
	req.Host = "localhost:8080" // a server without tokens answers local names only
	if body != nil {
		req.Header.Set("Content-Type", "application/json")
	}
	for i := 0; i+1 < len(header); i += 2 {
		if header[i] == "Host" {
			req.Host = header[i+1]
			continue
		}
		req.Header.Set(header[i], header[i+1])
	}
	rec := httptest.NewRecorder()
	s.ServeHTTP(rec, req)
	checkSpec(tb, req, rec)
	return rec
}

// decode decodes an answer's JSON body into v.
func decode(tb testing.TB, rec *httptest.ResponseRecorder, v any) {
	tb.Helper()
	if err := json.Unmarshal(rec.Body.Bytes(), v); err != nil {
		tb.Fatalf("answer is not JSON: %v\n%s", err, rec.Body.String())
	}
}

// wantError checks an error answer: status, code, JSON.
func wantError(tb testing.TB, rec *httptest.ResponseRecorder, status int, code string) {
	tb.Helper()
	var e ErrorBody
	if rec.Code != status {
		tb.Errorf("status %d, want %d: %s", rec.Code, status, rec.Body.String())
		return
	}
	decode(tb, rec, &e)
	if e.Error.Code != code || e.Error.Status != status || e.Error.Message == "" {
		tb.Errorf("error %+v, want code %q", e.Error, code)
	}
}
