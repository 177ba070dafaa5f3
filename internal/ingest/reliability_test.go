//go:build unix

package ingest_test

import (
	"context"
	"errors"
	"fmt"
	"net"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/contra-project/contra/graph"
	"github.com/contra-project/contra/internal/ingest"
)

// loadWithin runs a load and fails the test if it takes longer than d
// (a load stuck on an endless input would hang the test otherwise).
func loadWithin(t *testing.T, d time.Duration, l *ingest.Loader, ctx context.Context, paths ...string) (*ingest.Summary, error) {
	t.Helper()
	type result struct {
		sum *ingest.Summary
		err error
	}
	done := make(chan result, 1)
	go func() {
		sum, err := l.Load(ctx, paths)
		done <- result{sum, err}
	}()
	select {
	case r := <-done:
		return r.sum, r.err
	case <-time.After(d):
		t.Fatalf("the load did not finish within %v", d)
		return nil, nil
	}
}

// TestOnlyRegularFilesAreRead: a FIFO, a device and a socket, named on the
// command line or met in a directory, directly or through a symlink, are
// skipped with a note saying what they are; nothing waits on them.
func TestOnlyRegularFilesAreRead(t *testing.T) {
	dir := t.TempDir()
	in := filepath.Join(dir, "in")
	write(t, in, "good.jsonl", goodJSONL)
	if err := os.Symlink("/dev/zero", filepath.Join(in, "zero.jsonl")); err != nil {
		t.Skip("no symlinks:", err)
	}
	fifo := filepath.Join(dir, "fifo.jsonl")
	if err := syscall.Mkfifo(fifo, 0o644); err != nil {
		t.Skip("no FIFOs:", err)
	}
	if err := syscall.Mkfifo(filepath.Join(in, "pipe.csv"), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.Symlink(fifo, filepath.Join(in, "to-fifo.txt")); err != nil {
		t.Fatal(err)
	}
	l, err := net.Listen("unix", filepath.Join(in, "sock.json"))
	if err != nil {
		t.Fatal(err)
	}
	defer l.Close()

	s := openStore(t)
	sum, err := loadWithin(t, 10*time.Second, ingest.New(s, ingest.Options{}), context.Background(), in, fifo, "/dev/zero")
	if err != nil {
		t.Fatal(err)
	}
	if got := stats(t, s).Claims; got != 3 {
		t.Errorf("claims = %d, want good.jsonl's 3", got)
	}
	want := map[string]string{
		"zero.jsonl":  "symlink to a character device",
		"pipe.csv":    "a FIFO",
		"to-fifo.txt": "symlink to a FIFO",
		"sock.json":   "a socket",
		"fifo.jsonl":  "a FIFO",
		"zero":        "a character device",
	}
	for _, f := range sum.Files {
		w, ok := want[filepath.Base(f.Path)]
		if !ok {
			continue
		}
		delete(want, filepath.Base(f.Path))
		if f.Status != ingest.StatusSkipped || len(f.Notes) != 1 || !strings.HasPrefix(f.Notes[0], w) || !strings.Contains(f.Notes[0], "not read") {
			t.Errorf("%s: %s %q, want skipped with a note starting %q", f.Path, f.Status, f.Notes, w)
		}
	}
	for name := range want {
		t.Errorf("%s not reported", name)
	}
}

// TestCancelStopsAnEndlessRead: a load reading a file that never ends (a
// sparse terabyte of zeros: one endless line, an endless CSV field) stops
// within a second of its context's cancellation, as SIGINT and SIGTERM
// cancel it.
func TestCancelStopsAnEndlessRead(t *testing.T) {
	for _, name := range []string{"endless.jsonl", "endless.csv", "endless.json"} {
		t.Run(name, func(t *testing.T) {
			dir := t.TempDir()
			p := filepath.Join(dir, name)
			f, err := os.Create(p)
			if err != nil {
				t.Fatal(err)
			}
			head := map[string]string{".csv": "speaker,text\n\"", ".json": "[\n\""}[filepath.Ext(name)]
			f.WriteString(head)
			if err := f.Truncate(1 << 40); err != nil {
				t.Skip("no sparse files here:", err)
			}
			f.Close()
			ctx, cancel := context.WithCancel(context.Background())
			l := ingest.New(openStore(t), ingest.Options{MaxFileBytes: 1 << 41, MaxRecordBytes: 1 << 20})
			type result struct{ err error }
			done := make(chan result, 1)
			go func() {
				_, err := l.Load(ctx, []string{p})
				done <- result{err}
			}()
			time.Sleep(300 * time.Millisecond)
			select {
			case r := <-done:
				t.Fatalf("the load of an endless file ended by itself: %v", r.err)
			default:
			}
			stop := time.Now()
			cancel()
			select {
			case r := <-done:
				if !errors.Is(r.err, context.Canceled) {
					t.Errorf("Load = %v, want the cancellation", r.err)
				}
				if d := time.Since(stop); d > time.Second {
					t.Errorf("stopped %v after the cancel, want < 1s", d)
				}
				t.Logf("stopped %v after the cancel", time.Since(stop).Round(time.Millisecond))
			case <-time.After(5 * time.Second):
				t.Fatal("the load ignored its cancellation for 5s")
			}
		})
	}
}

// TestSizeLimits: a record, a field or a file over its limit is a problem
// naming the file, the line and the setting; the file's other records
// load (--keep-going) on the lines they are on.
func TestSizeLimits(t *testing.T) {
	long := strings.Repeat("x", 3000)
	rec := strings.SplitN(goodJSONL, "\n", 2)[0]
	longRec := strings.Replace(rec, "Varga blamed", "Varga blamed "+long, 1)
	csvHead := "speaker,side,kind,subject,action,topic,polarity,text,said_at\n"
	csvRow := "Ilya Varga,Arvenia,accusation,Belmora,destroy the dam,dam destruction,+,%s,2031-04-15\n"
	tests := []struct {
		name, file, body string
		opts             ingest.Options
		claims           int
		want             []string // problems, "line: fragment"
	}{
		{"jsonl record", "a.jsonl", goodJSONL + longRec + "\n" + strings.Replace(rec, "2031-04-15", "2031-04-16", 1) + "\n", ingest.Options{MaxRecordBytes: 2048}, 4,
			[]string{"5: record longer than 2048 bytes (load.max_record_bytes)"}},
		{"json array element", "a.json", "[\n" + rec + ",\n" + longRec + ",\n\n" + strings.Replace(rec, "2031-04-15", "2031-04-16", 1) + "\n]\n", ingest.Options{MaxRecordBytes: 2048}, 2,
			[]string{"3: record longer than 2048 bytes"}},
		{"csv row", "a.csv", csvHead + fmt.Sprintf(csvRow, "short") + fmt.Sprintf(csvRow, "\"multi\nline "+long+"\"") + fmt.Sprintf(csvRow, "after"), ingest.Options{MaxRecordBytes: 2048}, 2,
			[]string{"3: record longer than 2048 bytes"}},
		{"csv row after a skipped one keeps its line", "b.csv", csvHead + fmt.Sprintf(csvRow, "\""+long+"\n\"") + "Ilya Varga,Arvenia,accusation,Belmora,destroy the dam,dam destruction,maybe,x,2031-04-15\n", ingest.Options{MaxRecordBytes: 2048}, 0,
			[]string{"2: record longer than", "4: polarity"}},
		{"csv header", "c.csv", strings.Repeat("speaker,", 400) + "\n" + fmt.Sprintf(csvRow, "x"), ingest.Options{MaxRecordBytes: 2048}, 0,
			[]string{"1: header: record longer than"}},
		{"jsonl field", "a.jsonl", goodJSONL + longRec + "\n", ingest.Options{MaxFieldBytes: 1000}, 3,
			[]string{`5: field "text" is 3042 bytes, more than load.max_field_bytes (1000)`}},
		{"csv field", "a.csv", csvHead + fmt.Sprintf(csvRow, long) + fmt.Sprintf(csvRow, "short"), ingest.Options{MaxFieldBytes: 1000}, 1,
			[]string{`2: field "text" is 3000 bytes`}},
		{"file", "a.jsonl", goodJSONL, ingest.Options{MaxFileBytes: 100}, 0,
			[]string{fmt.Sprintf("0: %d bytes, more than load.max_file_bytes (100)", len(goodJSONL))}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dir := t.TempDir()
			write(t, dir, tt.file, tt.body)
			s := openStore(t)
			tt.opts.KeepGoing = true
			sum, err := ingest.New(s, tt.opts).Load(context.Background(), []string{dir})
			if err != nil {
				t.Fatal(err)
			}
			checkProblems(t, sum, tt.want)
			if got := stats(t, s).Claims; got != tt.claims {
				t.Errorf("claims = %d, want %d", got, tt.claims)
			}
		})
	}
}

// checkProblems compares a summary's problems with "line: fragment"
// expectations, in order.
func checkProblems(t *testing.T, sum *ingest.Summary, want []string) {
	t.Helper()
	var got []string
	for _, p := range sum.Problems() {
		got = append(got, fmt.Sprintf("%d: %s", p.Line, p.Msg))
	}
	ok := len(got) == len(want)
	for i := 0; ok && i < len(want); i++ {
		ok = strings.HasPrefix(got[i], want[i])
	}
	if !ok {
		t.Errorf("problems:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

// TestJSONArrayMemoryIsPerRecord: white space between the elements of a
// JSON array costs no memory: 64 MB of newlines (every newline position
// used to be kept, 8 bytes each) and the lines after them still right.
func TestJSONArrayMemoryIsPerRecord(t *testing.T) {
	dir := t.TempDir()
	rec := strings.SplitN(goodJSONL, "\n", 2)[0]
	const newlines = 64 << 20
	f, err := os.Create(filepath.Join(dir, "nl.json"))
	if err != nil {
		t.Fatal(err)
	}
	f.WriteString("[" + rec + ",")
	nl := []byte(strings.Repeat("\n", 1<<20))
	for range newlines >> 20 {
		f.Write(nl)
	}
	f.WriteString(strings.Replace(rec, "2031-04-15", "2031-04-99", 1) + "]\n")
	f.Close()
	s := openStore(t)
	var before, after runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&before)
	sum, err := ingest.New(s, ingest.Options{KeepGoing: true, Workers: 1}).Load(context.Background(), []string{dir})
	runtime.ReadMemStats(&after)
	if err != nil {
		t.Fatal(err)
	}
	alloc := after.TotalAlloc - before.TotalAlloc
	t.Logf("allocated %d MB reading %d MB of newlines", alloc>>20, newlines>>20)
	if alloc > 32<<20 {
		t.Errorf("allocated %d MB for one record and %d MB of white space", alloc>>20, newlines>>20)
	}
	checkProblems(t, sum, []string{fmt.Sprintf("%d: said_at", newlines+1)})
}

// TestInvalidUTF8IsAnError: invalid UTF-8 (or half a surrogate pair) is a
// problem naming the file and line, never stored altered; --keep-going
// skips the record.
func TestInvalidUTF8IsAnError(t *testing.T) {
	rec := strings.SplitN(goodJSONL, "\n", 2)[0]
	bad := strings.Replace(rec, "Varga blamed", "Varga bl\xffamed", 1)
	csvHead := "speaker,side,kind,subject,action,topic,polarity,text,said_at\n"
	tests := []struct {
		name, file, body string
		keepGoing        bool
		claims           int
		status           string
		want             []string
	}{
		{"jsonl", "a.jsonl", goodJSONL + bad + "\n", false, 0, ingest.StatusRejected, []string{"5: invalid UTF-8 (byte 0xff"}},
		{"jsonl keep going", "a.jsonl", goodJSONL + bad + "\n", true, 3, ingest.StatusPartial, []string{"5: invalid UTF-8"}},
		{"jsonl surrogate escape", "a.jsonl", strings.Replace(rec, "Varga blamed", `Varga \ud800blamed`, 1) + "\n", false, 0, ingest.StatusRejected, []string{`1: invalid record: \ud800 is half`}},
		{"json array element on its third line", "a.json", "[\n" + rec + ",\n{\"speaker\":\"A\",\n\"kind\":\"assertion\",\n\"text\":\"b\xfe\"}\n]", true, 1, ingest.StatusPartial, []string{"5: invalid UTF-8 (byte 0xfe"}},
		{"csv", "a.csv", csvHead + "Ilya Varga,Arvenia,accusation,Belmora,destroy the dam,dam destruction,+,\"two\nli\xffnes\",2031-04-15\n", false, 0, ingest.StatusRejected, []string{`3: column "text": invalid UTF-8`}},
		{"article", "a.txt", "Title\n\nThe minister said the dam was safe.\nHe said \xc3( it again.\n", false, 0, ingest.StatusRejected, []string{"4: invalid UTF-8 (byte 0xc3 at column 9)"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dir := t.TempDir()
			write(t, dir, tt.file, tt.body)
			s := openStore(t)
			sum, err := ingest.New(s, ingest.Options{KeepGoing: tt.keepGoing, Extractor: noClaims{}}).Load(context.Background(), []string{dir})
			if err != nil {
				t.Fatal(err)
			}
			checkProblems(t, sum, tt.want)
			if got := stats(t, s).Claims; got != tt.claims {
				t.Errorf("claims = %d, want %d", got, tt.claims)
			}
			if st := sum.Files[0].Status; st != tt.status {
				t.Errorf("status %s, want %s", st, tt.status)
			}
			cs, err := graph.CollectClaims(context.Background(), s, graph.ClaimFilter{})
			if err != nil {
				t.Fatal(err)
			}
			for _, c := range cs {
				if strings.ContainsRune(c.Text, '\uFFFD') {
					t.Errorf("stored altered: %q", c.Text)
				}
			}
		})
	}
}

// noClaims is an extractor that finds nothing: these tests are about what
// reaches it.
type noClaims struct{}

func (noClaims) Extract(_ context.Context, a ingest.Article) (ingest.Extracted, error) {
	return ingest.Extracted{Document: graph.Document{ID: graph.DocumentID("", string(a.Text), a.Name), Name: a.Name}}, nil
}

// TestDuplicateKeysAreAnError: a key given twice in one object (as
// encoding/json matches keys, ignoring case and escapes) is a problem;
// encoding/json would keep the last silently.
func TestDuplicateKeysAreAnError(t *testing.T) {
	rec := strings.SplitN(goodJSONL, "\n", 2)[0]
	tests := []struct{ name, body, want string }{
		{"same key", strings.Replace(rec, `"role":`, `"speaker":"Someone Else","role":`, 1), `1: invalid record: key "speaker" given twice`},
		{"other case", strings.Replace(rec, `"role":`, `"Speaker":"Someone Else","role":`, 1), `1: invalid record: key "Speaker" given twice`},
		{"escaped", strings.Replace(rec, `"role":`, `"spe\u0061ker":"Someone Else","role":`, 1), `1: invalid record: key "speaker" given twice`},
		{"nested", strings.Replace(rec, `"outlet":`, `"URL":"https://example.org/x","outlet":`, 1), `1: invalid record: key "URL" given twice`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dir := t.TempDir()
			write(t, dir, "a.jsonl", tt.body+"\n")
			sum, err := ingest.New(openStore(t), ingest.Options{}).Load(context.Background(), []string{dir})
			if err != nil {
				t.Fatal(err)
			}
			checkProblems(t, sum, []string{tt.want})
		})
	}
	t.Run("sidecar", func(t *testing.T) {
		dir := t.TempDir()
		write(t, dir, "a.txt", "The minister said the dam was safe.\n")
		write(t, dir, "a.meta.json", "{\"title\": \"One\",\n \"title\": \"Two\"}\n")
		sum, err := ingest.New(openStore(t), ingest.Options{Extractor: noClaims{}}).Load(context.Background(), []string{dir})
		if err != nil {
			t.Fatal(err)
		}
		checkProblems(t, sum, []string{`2: ignored: invalid record: key "title" given twice`})
	})
}

// countingStore is the real store, recording each Load's claims and
// duration; delay is added per claim, to stand for a slow store.
type countingStore struct {
	graph.Store
	delay time.Duration
	fail  int // the first fail Loads fail as a busy store does
	mu    sync.Mutex
	sizes []int
	took  []time.Duration
}

func (s *countingStore) Load(ctx context.Context, b graph.Batch) (graph.LoadResult, error) {
	s.mu.Lock()
	if s.fail > 0 {
		s.fail--
		s.mu.Unlock()
		return graph.LoadResult{}, graph.WrapCode(graph.EUnavailable, busy{}, "load batch: database is locked")
	}
	s.mu.Unlock()
	start := time.Now()
	time.Sleep(time.Duration(len(b.Claims)) * s.delay)
	res, err := s.Store.Load(ctx, b)
	s.mu.Lock()
	s.sizes = append(s.sizes, len(b.Claims))
	s.took = append(s.took, time.Since(start))
	s.mu.Unlock()
	return res, err
}

// busy is the error a store gives when its lock was held too long.
type busy struct{}

func (busy) Error() string   { return "database is locked" }
func (busy) Temporary() bool { return true }

// manyClaims writes n distinct claims, one JSON line each, spread over
// speakers and topics (one proposition of thousands of claims costs a
// batch more than its share).
func manyClaims(t *testing.T, dir string, n int) {
	t.Helper()
	var b strings.Builder
	first := strings.SplitN(goodJSONL, "\n", 2)[0]
	for i := range n {
		r := strings.NewReplacer("blamed", fmt.Sprintf("blamed (%d)", i), "Ilya Varga", fmt.Sprintf("Ilya Varga %d", i%97),
			"dam destruction", fmt.Sprintf("dam destruction %d", i%89), "destroy the dam", fmt.Sprintf("destroy dam %d", i%83))
		b.WriteString(r.Replace(first) + "\n")
	}
	write(t, dir, "many.jsonl", b.String())
}

// TestBatchesAreTheSizeAsked: every batch but the last holds exactly
// BatchSize claims (records are parsed 512 at a time).
func TestBatchesAreTheSizeAsked(t *testing.T) {
	dir := t.TempDir()
	manyClaims(t, dir, 5000)
	s := &countingStore{Store: openStore(t)}
	// No time bound to split them, however slow the machine (-race).
	sum, err := ingest.New(s, ingest.Options{BatchSize: 2000, MaxTransaction: time.Hour}).Load(context.Background(), []string{dir})
	if err != nil {
		t.Fatal(err)
	}
	if fmt.Sprint(s.sizes) != "[2000 2000 1000]" || sum.Batches != 3 {
		t.Errorf("batches of %v (%d), want [2000 2000 1000]", s.sizes, sum.Batches)
	}
}

// TestTransactionTimeIsBounded: however large the batch size asked, a
// load on a slow store keeps each transaction near MaxTransaction, so that
// other writers do not wait long.
func TestTransactionTimeIsBounded(t *testing.T) {
	dir := t.TempDir()
	// The simulated cost dominates SQLite's own, whose time on a shared
	// machine varies too much to be held to a bound.
	const n = 12000
	manyClaims(t, dir, n)
	s := &countingStore{Store: openStore(t), delay: 200 * time.Microsecond}
	const bound = time.Second
	_, err := ingest.New(s, ingest.Options{BatchSize: n, MaxTransaction: bound}).Load(context.Background(), []string{dir})
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("transactions of %v claims took %v", s.sizes, s.took)
	if len(s.sizes) < 3 {
		t.Errorf("%d transactions for %d claims on a store taking %v a claim; want them split", len(s.sizes), n, s.delay)
	}
	for i, size := range s.sizes {
		// The first transaction is sized blind (at most DefaultBatchSize
		// claims); later ones from the pace of the one before. Held to
		// the store's own cost of the claims (size × delay), which the
		// sizing controls, not to the wall clock: on a machine loaded 11
		// deep the clock ran past 2× the bound with a right-sized batch.
		if cost := time.Duration(size) * s.delay; i > 0 && cost > 2*bound {
			t.Errorf("transaction %d of %d claims costs the store %v (took %v), bound %v", i+1, size, cost, s.took[i], bound)
		}
	}
	if stats(t, s).Claims != n {
		t.Errorf("store holds %d claims, want %d", stats(t, s).Claims, n)
	}
}

// TestBusyStoreIsRetried: a batch the store was too busy to take is
// retried, not reported as a failure.
func TestBusyStoreIsRetried(t *testing.T) {
	dir := t.TempDir()
	write(t, dir, "a.jsonl", goodJSONL)
	s := &countingStore{Store: openStore(t), fail: 2}
	if _, err := ingest.New(s, ingest.Options{}).Load(context.Background(), []string{dir}); err != nil {
		t.Fatalf("Load on a store busy twice: %v", err)
	}
	if got := stats(t, s).Claims; got != 3 {
		t.Errorf("claims = %d, want 3", got)
	}
}
