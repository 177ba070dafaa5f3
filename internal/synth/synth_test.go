package synth

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"io"
	"os"
	"path/filepath"
	"runtime"
	"sort"
	"strings"
	"testing"
	"time"

	"github.com/contra-project/contra/graph"
)

// records returns the records of cfg.
func records(tb testing.TB, cfg Config) []graph.Record {
	tb.Helper()
	var out []graph.Record
	if err := New(cfg).Records(func(r graph.Record) error {
		out = append(out, r)
		return nil
	}); err != nil {
		tb.Fatalf("Records: %v", err)
	}
	return out
}

// claimOf converts a record as the loader does: document id from the
// source URL, claim id from the content.
func claimOf(tb testing.TB, r graph.Record) graph.Claim {
	tb.Helper()
	if r.Source == nil {
		tb.Fatalf("record %s has no source", r.ID)
	}
	c := graph.Claim{
		DocID: graph.DocumentID(r.Source.URL, "", r.Doc), SpeakerID: graph.SpeakerID(r.Speaker),
		Speaker: r.Speaker, Role: r.Role, Side: r.Side, Kind: graph.Kind(r.Kind), Subject: r.Subject,
		Action: graph.NormAction(r.Action), Topic: r.Topic, Polarity: graph.Polarity(r.Polarity),
		Text: r.Text, SaidAt: r.SaidAt, RespondsTo: r.RespondsTo,
	}
	c.ID = graph.ClaimID(&c)
	return c
}

func claimsOf(tb testing.TB, rs []graph.Record) []graph.Claim {
	tb.Helper()
	out := make([]graph.Claim, len(rs))
	for i, r := range rs {
		out[i] = claimOf(tb, r)
	}
	return out
}

func hashOf(tb testing.TB, write func(io.Writer) error) string {
	tb.Helper()
	h := sha256.New()
	if err := write(h); err != nil {
		tb.Fatal(err)
	}
	return hex.EncodeToString(h.Sum(nil))
}

func jsonlHash(tb testing.TB, cfg Config) string {
	tb.Helper()
	return hashOf(tb, func(w io.Writer) error {
		_, err := New(cfg).WriteJSONL(w)
		return err
	})
}

func articlesHash(tb testing.TB, cfg Config, n int) string {
	tb.Helper()
	return hashOf(tb, func(w io.Writer) error {
		return New(cfg).Articles(n, func(name string, text []byte, meta graph.Document) error {
			_, err := io.WriteString(w, name+meta.ID+meta.URL+meta.Title+meta.Published+meta.Outlet+string(text))
			return err
		})
	})
}

func TestDeterministic(t *testing.T) {
	base := Config{Seed: 7, Claims: 3000}
	tests := []struct {
		name string
		a, b Config
		same bool
	}{
		{"same config", base, base, true},
		{"defaults spelled out", base, Config{Seed: 7, Claims: 3000, Sides: DefaultSides, Speakers: DefaultSpeakers,
			Topics: DefaultTopics, Skew: DefaultSkew}, true},
		{"other seed", base, Config{Seed: 8, Claims: 3000}, false},
		{"other skew", base, Config{Seed: 7, Claims: 3000, Skew: 0.8}, false},
		{"other vocabulary", base, Config{Seed: 7, Claims: 3000, Sides: 10}, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ja, jb := jsonlHash(t, tt.a), jsonlHash(t, tt.b)
			aa, ab := articlesHash(t, tt.a, 20), articlesHash(t, tt.b, 20)
			if (ja == jb) != tt.same || (aa == ab) != tt.same {
				t.Errorf("jsonl %s vs %s, articles %s vs %s; want same=%v", ja[:12], jb[:12], aa[:12], ab[:12], tt.same)
			}
		})
	}
}

func TestConcurrentCallsAgree(t *testing.T) {
	g := New(Config{Seed: 3, Claims: 2000})
	want := hashOf(t, func(w io.Writer) error { _, err := g.WriteJSONL(w); return err })
	got := make(chan string, 4)
	for range 4 {
		go func() {
			h := sha256.New()
			_, _ = g.WriteJSONL(h)
			got <- hex.EncodeToString(h.Sum(nil))
		}()
	}
	for range 4 {
		if h := <-got; h != want {
			t.Fatalf("concurrent WriteJSONL hashed %s, want %s", h[:12], want[:12])
		}
	}
}

func TestRecordsValid(t *testing.T) {
	const n = 20000
	rs := records(t, Config{Seed: 11, Claims: n})
	if len(rs) != n {
		t.Fatalf("got %d records, want %d", len(rs), n)
	}
	seen := map[string]bool{}
	kinds := map[string]int{}
	first, last := "9999", "0000"
	for i, r := range rs {
		c := claimOf(t, r)
		if err := c.Validate(); err != nil {
			t.Fatalf("record %d: %v", i, err)
		}
		if c.ID != r.ID || c.DocID != r.DocID {
			t.Fatalf("record %d: id %s doc %s, loader would derive %s %s", i, r.ID, r.DocID, c.ID, c.DocID)
		}
		if seen[r.ID] {
			t.Fatalf("record %d: duplicate id %s", i, r.ID)
		}
		for _, id := range r.RespondsTo {
			if !seen[id] {
				t.Fatalf("record %d responds to %s, not an earlier record", i, id)
			}
		}
		seen[r.ID] = true
		if d, err := graph.NormDate(r.SaidAt); err != nil || d != r.SaidAt || r.SaidAt == "" {
			t.Fatalf("record %d: said_at %q is not YYYY-MM-DD", i, r.SaidAt)
		}
		s := r.Source
		if s.URL == "" || s.Outlet == "" || s.Title == "" || s.Published == "" || !strings.HasPrefix(s.URL, "https://") {
			t.Fatalf("record %d: incomplete source %+v", i, s)
		}
		if _, err := graph.ParseDate(s.Published); err != nil || s.Published < r.SaidAt {
			t.Fatalf("record %d: published %q before said_at %q", i, s.Published, r.SaidAt)
		}
		if r.Polarity != "+" && r.Polarity != "-" || r.Side == "" || r.Subject == "" || r.Text == "" {
			t.Fatalf("record %d: incomplete %+v", i, r)
		}
		kinds[r.Kind]++
		first, last = min(first, r.SaidAt), max(last, r.SaidAt)
	}
	for _, k := range graph.Kinds {
		if kinds[string(k)] < n/50 {
			t.Errorf("kind %s: %d of %d claims", k, kinds[string(k)], n)
		}
	}
	a, _ := graph.ParseDate(first)
	b, _ := graph.ParseDate(last)
	if days := b.Sub(a).Hours() / 24; days < 2.7*365 || days > 3.5*365 {
		t.Errorf("dates span %s..%s (%.0f days), want about three years", first, last, days)
	}
	t.Logf("kinds %v, dates %s..%s", kinds, first, last)
}

// findings runs graph.Detect claim by claim against the candidates a store
// would probe for (same proposition, mirror accusation, responds_to either
// way), as graph.Store.Load does.
func findings(tb testing.TB, claims []graph.Claim) map[graph.Rule]int {
	tb.Helper()
	byProp, byAcc, byID, byResp := map[string][]int{}, map[string][]int{}, map[string]int{}, map[string][]int{}
	for i := range claims {
		c := &claims[i]
		byProp[graph.PropKey(c)] = append(byProp[graph.PropKey(c)], i)
		if k := graph.AccKey(c); k != "" {
			byAcc[k] = append(byAcc[k], i)
		}
		byID[c.ID] = i
		for _, id := range c.RespondsTo {
			byResp[id] = append(byResp[id], i)
		}
	}
	all := map[string]graph.Finding{}
	for i := range claims {
		p := graph.ProbeFor(claims[i : i+1])
		var idx []int
		for _, k := range p.PropKeys {
			idx = append(idx, byProp[k]...)
		}
		for _, k := range p.AccKeys {
			idx = append(idx, byAcc[k]...)
		}
		for _, id := range p.IDs {
			if j, ok := byID[id]; ok {
				idx = append(idx, j)
			}
		}
		for _, id := range p.RespondersTo {
			idx = append(idx, byResp[id]...)
		}
		cand := make([]graph.Claim, 0, len(idx))
		for _, j := range idx {
			cand = append(cand, claims[j])
		}
		for _, f := range graph.Detect(claims[i:i+1], cand) {
			all[f.ID] = f
		}
	}
	out := map[graph.Rule]int{}
	for _, f := range all {
		out[f.Rule]++
	}
	return out
}

func TestRuleCoverage(t *testing.T) {
	claims := claimsOf(t, records(t, Config{Seed: 5, Claims: 5000}))
	got := findings(t, claims)
	// Double standards are found on read, by their own detection.
	got[graph.RuleDoubleStandard] = len(graph.DetectDouble(claims, nil))
	t.Logf("findings over 5000 claims: %v", got)
	for _, r := range graph.Rules {
		if got[r] < 10 {
			t.Errorf("rule %s fired %d times over 5000 claims, want it regularly", r, got[r])
		}
	}
}

// TestProbeMatchesFullDetect checks the indexed detection above against
// graph.Detect over every pair, on a sample small enough for that.
func TestProbeMatchesFullDetect(t *testing.T) {
	claims := claimsOf(t, records(t, Config{Seed: 5, Claims: 500}))
	full := map[graph.Rule]int{}
	for _, f := range graph.Detect(claims, claims) {
		full[f.Rule]++
	}
	if got := findings(t, claims); !equalCounts(got, full) {
		t.Errorf("indexed detection %v, full detection %v", got, full)
	}
}

func equalCounts(a, b map[graph.Rule]int) bool {
	for _, r := range graph.Rules {
		if a[r] != b[r] {
			return false
		}
	}
	return true
}

// groups returns the number of distinct keys and the largest group.
func groups(claims []graph.Claim, key func(*graph.Claim) string) (int, int) {
	n := map[string]int{}
	biggest := 0
	for i := range claims {
		k := key(&claims[i])
		if k == "" {
			continue
		}
		n[k]++
		biggest = max(biggest, n[k])
	}
	return len(n), biggest
}

func TestKeyGroupsStayBounded(t *testing.T) {
	small := claimsOf(t, records(t, Config{Seed: 9, Claims: 10000}))
	big := claimsOf(t, records(t, Config{Seed: 9, Claims: 100000}))
	_, acc10k := groups(small, graph.AccKey)
	keys10k, max10k := groups(small, graph.PropKey)
	keys100k, max100k := groups(big, graph.PropKey)
	accKeys, accMax := groups(big, graph.AccKey)
	t.Logf("proposition keys: 10k claims %d (largest group %d), 100k claims %d (largest %d); accusation keys at 100k: %d (largest %d, at 10k %d)",
		keys10k, max10k, keys100k, max100k, accKeys, accMax, acc10k)
	if max100k*50 >= len(big) {
		t.Errorf("largest proposition group %d is >= 2%% of %d claims", max100k, len(big))
	}
	if keys100k < 5*keys10k {
		t.Errorf("proposition keys grew from %d to %d for 10x the claims, want at least 5x", keys10k, keys100k)
	}
	if accMax*50 >= len(big) {
		t.Errorf("largest accusation group %d is >= 2%% of %d claims", accMax, len(big))
	}
}

func TestZipfPopularity(t *testing.T) {
	rs := records(t, Config{Seed: 2, Claims: 20000})
	count := func(f func(graph.Record) string) []int {
		m := map[string]int{}
		for _, r := range rs {
			m[f(r)]++
		}
		var out []int
		for _, n := range m {
			out = append(out, n)
		}
		sort.Sort(sort.Reverse(sort.IntSlice(out)))
		return out
	}
	tests := []struct {
		name string
		f    func(graph.Record) string
	}{
		{"side", func(r graph.Record) string { return r.Side }},
		{"speaker", func(r graph.Record) string { return r.Speaker }},
		{"outlet", func(r graph.Record) string { return r.Source.Outlet }},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c := count(tt.f)
			// The top value should be several times the median one.
			if len(c) < 10 || c[0] < 4*c[len(c)/2] {
				t.Errorf("%s counts not skewed: top %d, median %d of %d values", tt.name, c[0], c[len(c)/2], len(c))
			}
		})
	}
}

// heapWriter discards what it is given and samples the live heap.
type heapWriter struct {
	calls   int
	maxHeap uint64
}

func (h *heapWriter) Write(p []byte) (int, error) {
	h.calls++
	if h.calls%64 == 1 {
		var m runtime.MemStats
		runtime.ReadMemStats(&m)
		h.maxHeap = max(h.maxHeap, m.HeapAlloc)
	}
	return len(p), nil
}

func TestWriteJSONLStreams(t *testing.T) {
	// 100k records would take ~70 MB if they were held, so the bound below
	// still catches a generator that keeps what it wrote; the 1M run is
	// for CONTRA_LONG_TESTS=1.
	n := 100000
	if os.Getenv("CONTRA_LONG_TESTS") != "" {
		n = 1000000
	}
	runtime.GC()
	hw := &heapWriter{}
	start := time.Now()
	bytes, err := New(Config{Seed: 1, Claims: n}).WriteJSONL(hw)
	if err != nil {
		t.Fatal(err)
	}
	el := time.Since(start)
	t.Logf("%d claims, %d MB in %v (%.0f records/s), peak sampled heap %.1f MB",
		n, bytes>>20, el.Round(time.Millisecond), float64(n)/el.Seconds(), float64(hw.maxHeap)/(1<<20))
	if hw.maxHeap > 50<<20 {
		t.Errorf("heap reached %d MB while streaming, want < 50 MB", hw.maxHeap>>20)
	}
	if bytes < int64(n)*300 {
		t.Errorf("wrote %d bytes for %d records", bytes, n)
	}
}

func TestBatches(t *testing.T) {
	cfg := Config{Seed: 4, Claims: 2500}
	want := records(t, cfg)
	tests := []struct{ size, batches int }{{1, 2500}, {100, 25}, {333, 8}, {5000, 1}}
	for _, tt := range tests {
		var got []graph.Claim
		nb := 0
		err := New(cfg).Batches(tt.size, func(b graph.Batch) error {
			nb++
			if len(b.Claims) > tt.size || len(b.Claims) == 0 {
				t.Fatalf("size %d: batch of %d claims", tt.size, len(b.Claims))
			}
			docs, spk, act, top := ids(b)
			for _, c := range b.Claims {
				if !docs[c.DocID] || !spk[c.SpeakerID] || !act[graph.ActorID(c.Side)] ||
					!act[graph.ActorID(c.Subject)] || !top[graph.TopicID(c.Topic)] {
					t.Fatalf("size %d: claim %s names a node the batch lacks", tt.size, c.ID)
				}
				if err := c.Validate(); err != nil || graph.ClaimID(&c) != c.ID || c.Action != graph.NormAction(c.Action) {
					t.Fatalf("size %d: claim %+v: %v", tt.size, c, err)
				}
			}
			got = append(got, b.Claims...)
			return nil
		})
		if err != nil {
			t.Fatal(err)
		}
		if nb != tt.batches || len(got) != len(want) {
			t.Fatalf("size %d: %d batches, %d claims; want %d, %d", tt.size, nb, len(got), tt.batches, len(want))
		}
		for i := range got {
			if got[i].ID != want[i].ID {
				t.Fatalf("size %d: claim %d is %s, records say %s", tt.size, i, got[i].ID, want[i].ID)
			}
		}
	}
	if err := New(cfg).Batches(0, func(graph.Batch) error { return nil }); graph.ErrorCode(err) != graph.EInvalid {
		t.Errorf("Batches(0): %v, want code %s", err, graph.EInvalid)
	}
}

func ids(b graph.Batch) (docs, spk, act, top map[string]bool) {
	docs, spk, act, top = map[string]bool{}, map[string]bool{}, map[string]bool{}, map[string]bool{}
	for _, d := range b.Documents {
		docs[d.ID] = true
	}
	for _, s := range b.Speakers {
		spk[s.ID] = true
	}
	for _, a := range b.Actors {
		act[a.ID] = true
	}
	for _, x := range b.Topics {
		top[x.ID] = true
	}
	return
}

func TestCallbackErrorStops(t *testing.T) {
	stop := errors.New("stop")
	g := New(Config{Seed: 1, Claims: 1000})
	tests := []struct {
		name string
		run  func(fn func() error) error
	}{
		{"records", func(fn func() error) error { return g.Records(func(graph.Record) error { return fn() }) }},
		{"batches", func(fn func() error) error { return g.Batches(10, func(graph.Batch) error { return fn() }) }},
		{"articles", func(fn func() error) error {
			return g.Articles(100, func(string, []byte, graph.Document) error { return fn() })
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			calls := 0
			err := tt.run(func() error {
				calls++
				if calls == 3 {
					return stop
				}
				return nil
			})
			if !errors.Is(err, stop) || calls != 3 {
				t.Errorf("err %v after %d calls, want stop after 3", err, calls)
			}
		})
	}
}

func TestArticles(t *testing.T) {
	const n = 300
	cfg := Config{Seed: 6, Claims: 5000}
	rs := records(t, cfg)
	byDoc := map[string][]graph.Record{}
	for _, r := range rs {
		byDoc[r.DocID] = append(byDoc[r.DocID], r)
	}
	// Forms a real page has, each to be found somewhere in the corpus.
	want := map[string]bool{"accused": false, "each other": false, "denied": false, "refrained from": false,
		"Advertisement": false, "ead more: ": false, "Share": false, "Discuss": false, "said on ": false,
		"\u201c": false, `"`: false, "has accused": false, "\u00a0": false}
	total, smallest, largest := 0, 1<<30, 0
	k := 0
	err := New(cfg).Articles(n, func(name string, text []byte, meta graph.Document) error {
		if !strings.HasSuffix(name, ".txt") || meta.Name != name || meta.ID != graph.DocumentID(meta.URL, "", name) {
			t.Fatalf("article %d: name %q meta %+v", k, name, meta)
		}
		claims := byDoc[meta.ID]
		if k < 200 && len(claims) == 0 {
			t.Fatalf("article %d (%s) is not a document of the record stream", k, meta.URL)
		}
		for _, c := range claims {
			if !bytes.Contains(text, []byte(c.Text)) {
				t.Errorf("article %s lacks its claim %q", name, c.Text)
			}
			if c.Source.Title != meta.Title || c.Source.Published != meta.Published {
				t.Errorf("article %s meta %+v, record source %+v", name, meta, c.Source)
			}
		}
		if !bytes.HasPrefix(text, []byte(meta.Title)) && !bytes.Contains(text[:min(len(text), 60)], []byte(meta.Title[:min(len(meta.Title), 20)])) {
			t.Errorf("article %s does not open with its headline %q", name, meta.Title)
		}
		for w := range want {
			want[w] = want[w] || bytes.Contains(text, []byte(w))
		}
		total += len(text)
		smallest, largest = min(smallest, len(text)), max(largest, len(text))
		k++
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	for w, ok := range want {
		if !ok {
			t.Errorf("no article contains %q", w)
		}
	}
	mean := total / n
	t.Logf("%d articles: mean %d bytes, smallest %d, largest %d", n, mean, smallest, largest)
	if mean < 2000 || mean > 6000 || smallest < 1200 || largest > 8000 {
		t.Errorf("article sizes mean %d, range %d..%d; want about 2-6 KB", mean, smallest, largest)
	}
}

func TestWriteCorpus(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "corpus")
	cfg := Config{Seed: 8, Claims: 300}
	n, err := WriteCorpus(dir, cfg, 12)
	if err != nil {
		t.Fatal(err)
	}
	entries, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	var size int64
	txt, meta := 0, 0
	for _, e := range entries {
		info, err := e.Info()
		if err != nil {
			t.Fatal(err)
		}
		size += info.Size()
		switch name := e.Name(); {
		case strings.HasSuffix(name, ".meta.json"):
			meta++
			b, err := os.ReadFile(filepath.Join(dir, name))
			if err != nil {
				t.Fatal(err)
			}
			var m map[string]any
			if err := json.Unmarshal(b, &m); err != nil {
				t.Fatalf("%s: %v", name, err)
			}
			keys := make([]string, 0, len(m))
			for k := range m {
				keys = append(keys, k)
			}
			sort.Strings(keys)
			if strings.Join(keys, ",") != "outlet,published,source,title" {
				t.Errorf("%s has keys %v", name, keys)
			}
			if _, err := os.Stat(filepath.Join(dir, strings.TrimSuffix(name, ".meta.json")+".txt")); err != nil {
				t.Errorf("%s has no article: %v", name, err)
			}
		case strings.HasSuffix(name, ".txt"):
			txt++
		case name == "claims.jsonl":
			b, err := os.ReadFile(filepath.Join(dir, name))
			if err != nil {
				t.Fatal(err)
			}
			if lines := bytes.Count(b, []byte("\n")); lines != cfg.Claims {
				t.Errorf("claims.jsonl has %d lines, want %d", lines, cfg.Claims)
			}
			if jsonlHash(t, cfg) != hashOf(t, func(w io.Writer) error { _, err := w.Write(b); return err }) {
				t.Error("claims.jsonl differs from WriteJSONL")
			}
		default:
			t.Errorf("unexpected file %s", name)
		}
	}
	if txt != 12 || meta != 12 || size != n {
		t.Errorf("%d articles, %d sidecars, %d bytes on disk; want 12, 12, %d", txt, meta, size, n)
	}
}

func TestVocabularySizes(t *testing.T) {
	tests := []struct {
		name                              string
		cfg                               Config
		sides, minSpeakers, topics, tmpls int
	}{
		{"defaults", Config{}, DefaultSides, DefaultSpeakers + DefaultSides, DefaultTopics, 55},
		{"tiny", Config{Sides: 1, Speakers: 1, Topics: 1, Actions: 1}, 3, 4, 1, 24},
		{"wide", Config{Sides: 1500, Speakers: 6000, Topics: 300, Actions: 30}, 1500, 7500, 300, 30},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			g := New(tt.cfg)
			v := g.v
			acts := map[string]bool{}
			for _, th := range v.themes {
				for _, a := range th.acts {
					acts[a.v.base+a.obj] = true
				}
			}
			if len(v.sides) != tt.sides || len(v.speakers) < tt.minSpeakers || len(v.themes) != tt.topics ||
				len(acts) > tt.tmpls || g.Config().Actions != tt.tmpls {
				t.Errorf("sides %d speakers %d themes %d actions %d (config %d)", len(v.sides), len(v.speakers),
					len(v.themes), len(acts), g.Config().Actions)
			}
			names := map[string]bool{}
			for _, s := range v.sides {
				if names[graph.Slug(s.name)] || realNames[graph.Slug(s.name)] {
					t.Errorf("side name %s repeated or real", s.name)
				}
				names[graph.Slug(s.name)] = true
			}
			claims := claimsOf(t, records(t, Config{Seed: 1, Claims: 500, Sides: tt.cfg.Sides,
				Speakers: tt.cfg.Speakers, Topics: tt.cfg.Topics, Actions: tt.cfg.Actions}))
			for _, c := range claims {
				if err := c.Validate(); err != nil {
					t.Fatal(err)
				}
			}
		})
	}
}

func BenchmarkRecords(b *testing.B) {
	g := New(Config{Seed: 1, Claims: 100000})
	b.ReportAllocs()
	n := 0
	for b.Loop() {
		_ = g.Records(func(graph.Record) error {
			n++
			return nil
		})
	}
	b.ReportMetric(float64(n)/b.Elapsed().Seconds(), "records/s")
}

func BenchmarkWriteJSONL(b *testing.B) {
	g := New(Config{Seed: 1, Claims: 100000})
	var total int64
	for b.Loop() {
		n, err := g.WriteJSONL(io.Discard)
		if err != nil {
			b.Fatal(err)
		}
		total += n
	}
	b.SetBytes(total / int64(b.N))
	b.ReportMetric(float64(100000*b.N)/b.Elapsed().Seconds(), "records/s")
}

func BenchmarkArticles(b *testing.B) {
	g := New(Config{Seed: 1})
	var total int
	for b.Loop() {
		_ = g.Articles(1000, func(_ string, text []byte, _ graph.Document) error {
			total += len(text)
			return nil
		})
	}
	b.ReportMetric(float64(1000*b.N)/b.Elapsed().Seconds(), "articles/s")
	b.ReportMetric(float64(total)/float64(1000*b.N), "bytes/article")
}

// The workload of a Config is part of what a benchmark figure means, so it
// is pinned: these hashes change only when the model, its templates or its
// vocabulary change. When that is deliberate, update them and say in the
// change that figures from before it are not comparable.
const (
	goldenJSONL    = "b80e1dca1adafbf8c075c0ccdc487f62ad738437b02ff3bf692ca91bde55dd02"
	goldenArticles = "b97cdf32c19591b48a3de55f5b665687fcdbf5c28b0e5fa4831fa5f961e82c09"
)

func TestGoldenHashes(t *testing.T) {
	cfg := Config{Seed: 1, Claims: 2000}
	if got := jsonlHash(t, cfg); got != goldenJSONL {
		t.Errorf("WriteJSONL of %+v hashes to %s, pinned %s", cfg, got, goldenJSONL)
	}
	if got := articlesHash(t, cfg, 20); got != goldenArticles {
		t.Errorf("Articles(20) of %+v hash to %s, pinned %s", cfg, got, goldenArticles)
	}
}
