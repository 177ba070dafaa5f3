// Command serveload is the load test of contra serve: from a process of
// its own, 50 clients (by default) ask GET /api/disputes?topic=... of a
// server on a store of a million synthetic claims (internal/synth, seed
// 1) while a contra load adds more claims of the same stream to that
// store, and it reports the latency quantiles, the throughput, the errors
// (any non-200 answer or failed request) and the server's peak memory.
//
// Latencies are also given as ratios to a floor measured in the same run:
// one client, no load, the same requests.
//
//	go run ./tools/serveload                          # 1M claims, 50 clients
//	go run ./tools/serveload -claims 20000 -extra 20000 -duration 10s   # a smoke run
//
// The base store is built once in -dir (contra load of the generated
// claims) and copied for each run, so a run always starts from the same
// store. It exits 1 when any request failed.
package main

import (
	"bufio"
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"net"
	"net/http"
	"net/url"
	"os"
	"os/exec"
	"os/signal"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"sync"
	"syscall"
	"time"

	"github.com/contra-project/contra/graph"
	"github.com/contra-project/contra/internal/synth"
)

type options struct {
	contra   string
	dir      string
	claims   int
	extra    int
	clients  int
	duration time.Duration
	topics   int
	floorN   int
	jsonOut  string
}

func main() {
	var o options
	flag.StringVar(&o.contra, "contra", "", "the contra binary (default: built from ./cmd/contra)")
	flag.StringVar(&o.dir, "dir", filepath.Join(os.TempDir(), "contra-serveload"), "where the base store and the inputs are kept between runs")
	flag.IntVar(&o.claims, "claims", 1_000_000, "claims in the store the server starts on")
	flag.IntVar(&o.extra, "extra", 300_000, "claims the concurrent load adds (the next ones of the same stream)")
	flag.IntVar(&o.clients, "clients", 50, "concurrent clients")
	flag.DurationVar(&o.duration, "duration", 60*time.Second, "how long the clients run at most (they stop when the load ends)")
	flag.IntVar(&o.topics, "topics", 8, "how many topics the clients ask for, the largest first")
	flag.IntVar(&o.floorN, "floor", 200, "requests of the one-client floor, without the load")
	flag.StringVar(&o.jsonOut, "json", "", "also write the figures as JSON to this file")
	flag.Parse()
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	res, err := run(ctx, o)
	if err != nil {
		fmt.Fprintln(os.Stderr, "serveload:", err)
		os.Exit(1)
	}
	res.print(os.Stdout)
	if o.jsonOut != "" {
		b, _ := json.MarshalIndent(res, "", "  ")
		if err := os.WriteFile(o.jsonOut, append(b, '\n'), 0o644); err != nil {
			fmt.Fprintln(os.Stderr, "serveload:", err)
			os.Exit(1)
		}
	}
	if res.Errors > 0 {
		os.Exit(1)
	}
}

// result is what a run measured.
type result struct {
	Claims       int            `json:"claims"`
	Extra        int            `json:"extra_claims"`
	Clients      int            `json:"clients"`
	Topics       []topicSize    `json:"topics"`
	Floor        quantiles      `json:"floor"`
	Loaded       quantiles      `json:"under_load"`
	Requests     int            `json:"requests"`
	Errors       int            `json:"errors"`
	ErrorKinds   map[string]int `json:"error_kinds,omitempty"`
	Seconds      float64        `json:"seconds"`
	PerSecond    float64        `json:"requests_per_second"`
	LoadSeconds  float64        `json:"load_seconds"`
	LoadedClaims int            `json:"claims_after"`
	LoadRate     float64        `json:"load_claims_per_second"`
	LoadOverlap  float64        `json:"window_share_under_load"`
	ServerPeakMB float64        `json:"server_peak_rss_mb"`
	Drained      bool           `json:"drained"`
}

type topicSize struct {
	Name   string `json:"name"`
	Claims int    `json:"claims"`
}

type quantiles struct {
	N   int     `json:"n"`
	P50 float64 `json:"p50_ms"`
	P90 float64 `json:"p90_ms"`
	P99 float64 `json:"p99_ms"`
	Max float64 `json:"max_ms"`
}

func quantilesOf(ds []time.Duration) quantiles {
	if len(ds) == 0 {
		return quantiles{}
	}
	sort.Slice(ds, func(i, j int) bool { return ds[i] < ds[j] })
	at := func(q float64) float64 {
		i := int(q*float64(len(ds)-1) + 0.5)
		return float64(ds[i].Microseconds()) / 1000
	}
	return quantiles{N: len(ds), P50: at(0.50), P90: at(0.90), P99: at(0.99), Max: at(1)}
}

func (r *result) print(w io.Writer) {
	fmt.Fprintf(w, "contra serve under load: %d clients, GET /api/disputes?topic=... on %d claims while contra load adds %d\n",
		r.Clients, r.Claims, r.Extra)
	names := make([]string, len(r.Topics))
	for i, t := range r.Topics {
		names[i] = fmt.Sprintf("%s (%d)", t.Name, t.Claims)
	}
	fmt.Fprintf(w, "topics asked, with their claims: %s\n", strings.Join(names, ", "))
	ratio := func(a, b float64) string {
		if b <= 0 {
			return "-"
		}
		return fmt.Sprintf("%.1f×", a/b)
	}
	fmt.Fprintf(w, "floor (1 client, no load, %d requests): p50 %.1f ms, p99 %.1f ms\n", r.Floor.N, r.Floor.P50, r.Floor.P99)
	fmt.Fprintf(w, "under load: %d requests in %.1f s (%.0f/s): p50 %.1f ms (%s the floor), p90 %.1f ms, p99 %.1f ms (%s), max %.1f ms; errors %d\n",
		r.Requests, r.Seconds, r.PerSecond, r.Loaded.P50, ratio(r.Loaded.P50, r.Floor.P50), r.Loaded.P90, r.Loaded.P99,
		ratio(r.Loaded.P99, r.Floor.P99), r.Loaded.Max, r.Errors)
	for k, n := range r.ErrorKinds {
		fmt.Fprintf(w, "  error %s: %d\n", k, n)
	}
	fmt.Fprintf(w, "the concurrent load: %.1f s at %.0f claims/s, over %.0f%% of the window; the store holds %d claims after it\n",
		r.LoadSeconds, r.LoadRate, 100*r.LoadOverlap, r.LoadedClaims)
	fmt.Fprintf(w, "server peak RSS %.0f MB; drained on SIGTERM: %v\n", r.ServerPeakMB, r.Drained)
}

func run(ctx context.Context, o options) (*result, error) {
	if err := os.MkdirAll(o.dir, 0o755); err != nil {
		return nil, err
	}
	bin, err := contraBinary(ctx, o)
	if err != nil {
		return nil, err
	}
	gen := synth.New(synth.Config{Seed: 1, Claims: o.claims + o.extra})
	base := filepath.Join(o.dir, fmt.Sprintf("base-%d.db", o.claims))
	if _, err := os.Stat(base); err != nil {
		if err := buildBase(ctx, bin, gen, o, base); err != nil {
			return nil, err
		}
	}
	extra := filepath.Join(o.dir, fmt.Sprintf("extra-%d-%d.jsonl", o.claims, o.extra))
	if _, err := os.Stat(extra); err != nil {
		if err := writeRecords(gen, extra, o.claims, o.claims+o.extra); err != nil {
			return nil, err
		}
	}
	db := filepath.Join(o.dir, "run.db")
	for _, suffix := range []string{"", "-wal", "-shm"} {
		os.Remove(db + suffix)
	}
	if err := copyFile(base, db); err != nil {
		return nil, err
	}

	addr, err := freeAddr()
	if err != nil {
		return nil, err
	}
	srv := exec.CommandContext(ctx, bin, "--db", db, "--log-level", "warn", "serve", "--addr", addr)
	srv.Stderr = os.Stderr
	srvOut, err := srv.StdoutPipe()
	if err != nil {
		return nil, err
	}
	if err := srv.Start(); err != nil {
		return nil, err
	}
	defer srv.Process.Kill()
	if err := waitLine(srvOut, "workspace is at", 30*time.Second); err != nil {
		return nil, fmt.Errorf("contra serve did not start: %w", err)
	}
	go io.Copy(io.Discard, srvOut)
	baseURL := "http://" + addr
	client := &http.Client{Transport: &http.Transport{MaxIdleConnsPerHost: o.clients, MaxConnsPerHost: o.clients}, Timeout: 60 * time.Second}

	res := &result{Claims: o.claims, Extra: o.extra, Clients: o.clients, ErrorKinds: map[string]int{}}
	if res.Topics, err = largestTopics(gen, o.claims, o.topics); err != nil {
		return nil, err
	}
	targets := make([]string, len(res.Topics))
	for i, t := range res.Topics {
		targets[i] = baseURL + "/api/disputes?topic=" + url.QueryEscape(t.Name)
	}

	// The floor: one client, no load.
	var floor []time.Duration
	for i := 0; i < o.floorN; i++ {
		d, kind := ask(ctx, client, targets[i%len(targets)])
		if kind != "" {
			return nil, fmt.Errorf("floor request failed: %s", kind)
		}
		floor = append(floor, d)
	}
	res.Floor = quantilesOf(floor)

	// The load, and the clients while it runs.
	load := exec.CommandContext(ctx, bin, "--db", db, "load", "-q", extra)
	load.Stderr = os.Stderr
	loadStart := time.Now()
	if err := load.Start(); err != nil {
		return nil, err
	}
	loadDone := make(chan error, 1)
	go func() { loadDone <- load.Wait() }()
	window, cancel := context.WithTimeout(ctx, o.duration)
	defer cancel()
	var (
		mu        sync.Mutex
		latencies []time.Duration
		wg        sync.WaitGroup
	)
	start := time.Now()
	for c := 0; c < o.clients; c++ {
		wg.Add(1)
		go func(c int) {
			defer wg.Done()
			for i := c; window.Err() == nil; i += o.clients {
				d, kind := ask(window, client, targets[i%len(targets)])
				if window.Err() != nil && kind != "" {
					return // cut by the end of the window, not an error
				}
				mu.Lock()
				latencies = append(latencies, d)
				if kind != "" {
					res.Errors++
					res.ErrorKinds[kind]++
				}
				mu.Unlock()
			}
		}(c)
	}
	var loadErr error
	stopped := false
	select {
	case loadErr = <-loadDone:
		cancel() // the clients measure while the load runs, no longer
	case <-window.Done():
		// The window is over before the load: stop it (a load stops
		// within a second of SIGTERM, keeping its whole batches).
		stopped = true
		_ = load.Process.Signal(syscall.SIGTERM)
		loadErr = <-loadDone
	}
	loadEnded := time.Now()
	wg.Wait()
	res.Seconds = time.Since(start).Seconds()
	if loadErr != nil && !stopped {
		return nil, fmt.Errorf("the concurrent contra load failed: %w", loadErr)
	}
	res.Requests = len(latencies)
	res.PerSecond = float64(res.Requests) / res.Seconds
	res.Loaded = quantilesOf(latencies)
	var st graph.Stats
	if err := getJSON(ctx, client, baseURL+"/api/stats", &st); err != nil {
		return nil, err
	}
	res.LoadedClaims = st.Claims
	res.LoadSeconds = loadEnded.Sub(loadStart).Seconds()
	res.LoadRate = float64(st.Claims-o.claims) / res.LoadSeconds
	res.LoadOverlap = min(1, res.LoadSeconds/res.Seconds)
	res.ServerPeakMB = peakRSS(srv.Process.Pid)

	// SIGTERM: the server drains and exits 0.
	_ = srv.Process.Signal(syscall.SIGTERM)
	res.Drained = srv.Wait() == nil
	return res, nil
}

// ask sends one request and reads the whole answer; kind is "" on
// success, else what went wrong.
func ask(ctx context.Context, c *http.Client, u string) (time.Duration, string) {
	start := time.Now()
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, u, nil)
	if err != nil {
		return 0, "request"
	}
	resp, err := c.Do(req)
	if err != nil {
		return time.Since(start), "transport: " + errKind(err)
	}
	_, err = io.Copy(io.Discard, resp.Body)
	resp.Body.Close()
	d := time.Since(start)
	if err != nil {
		return d, "body: " + errKind(err)
	}
	if resp.StatusCode != http.StatusOK {
		return d, "status " + strconv.Itoa(resp.StatusCode)
	}
	return d, ""
}

func errKind(err error) string {
	var ne net.Error
	switch {
	case errors.As(err, &ne) && ne.Timeout():
		return "timeout"
	case errors.Is(err, context.Canceled):
		return "cancelled"
	}
	return err.Error()
}

// largestTopics counts the topics of the first n records of the stream
// (what the base store holds) and returns the k largest. (Asking the
// server would page through every topic of the store with its count.)
func largestTopics(gen *synth.Generator, n, k int) ([]topicSize, error) {
	counts := map[string]int{}
	i := 0
	errEnough := errors.New("enough")
	err := gen.Records(func(r graph.Record) error {
		if i++; i > n {
			return errEnough
		}
		counts[r.Topic]++
		return nil
	})
	if err != nil && !errors.Is(err, errEnough) {
		return nil, err
	}
	all := make([]topicSize, 0, len(counts))
	for name, c := range counts {
		all = append(all, topicSize{Name: name, Claims: c})
	}
	sort.Slice(all, func(i, j int) bool {
		if all[i].Claims != all[j].Claims {
			return all[i].Claims > all[j].Claims
		}
		return all[i].Name < all[j].Name
	})
	if len(all) > k {
		all = all[:k]
	}
	if len(all) == 0 {
		return nil, errors.New("the stream has no topics")
	}
	return all, nil
}

func getJSON(ctx context.Context, c *http.Client, u string, v any) error {
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, u, nil)
	if err != nil {
		return err
	}
	resp, err := c.Do(req)
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		b, _ := io.ReadAll(resp.Body)
		return fmt.Errorf("GET %s: %d %s", u, resp.StatusCode, b)
	}
	return json.NewDecoder(resp.Body).Decode(v)
}

// buildBase writes the first o.claims records and loads them into a new
// store at path (through a temporary name: a stopped build leaves none).
func buildBase(ctx context.Context, bin string, gen *synth.Generator, o options, path string) error {
	in := filepath.Join(o.dir, fmt.Sprintf("base-%d.jsonl", o.claims))
	if err := writeRecords(gen, in, 0, o.claims); err != nil {
		return err
	}
	tmp := path + ".building"
	for _, suffix := range []string{"", "-wal", "-shm"} {
		os.Remove(tmp + suffix)
	}
	fmt.Fprintf(os.Stderr, "serveload: building the base store of %d claims (once; kept in %s)\n", o.claims, o.dir)
	start := time.Now()
	cmd := exec.CommandContext(ctx, bin, "--db", tmp, "load", "-q", in)
	cmd.Stderr = os.Stderr
	if err := cmd.Run(); err != nil {
		return fmt.Errorf("load the base store: %w", err)
	}
	fmt.Fprintf(os.Stderr, "serveload: base store built in %s\n", time.Since(start).Round(time.Second))
	return os.Rename(tmp, path)
}

// writeRecords writes records [from, to) of the stream as JSON lines.
func writeRecords(gen *synth.Generator, path string, from, to int) error {
	tmp := path + ".tmp"
	f, err := os.Create(tmp)
	if err != nil {
		return err
	}
	w := bufio.NewWriterSize(f, 1<<20)
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	i := 0
	errEnough := errors.New("enough")
	err = gen.Records(func(r graph.Record) error {
		defer func() { i++ }()
		if i < from {
			return nil
		}
		if i >= to {
			return errEnough
		}
		return enc.Encode(&r)
	})
	if err != nil && !errors.Is(err, errEnough) {
		f.Close()
		return err
	}
	if err := w.Flush(); err != nil {
		f.Close()
		return err
	}
	if err := f.Close(); err != nil {
		return err
	}
	return os.Rename(tmp, path)
}

func copyFile(from, to string) error {
	in, err := os.Open(from)
	if err != nil {
		return err
	}
	defer in.Close()
	out, err := os.Create(to)
	if err != nil {
		return err
	}
	if _, err := io.Copy(out, in); err != nil {
		out.Close()
		return err
	}
	return out.Close()
}

func contraBinary(ctx context.Context, o options) (string, error) {
	if o.contra != "" {
		return o.contra, nil
	}
	bin := filepath.Join(o.dir, "contra")
	cmd := exec.CommandContext(ctx, "go", "build", "-o", bin, "./cmd/contra")
	cmd.Stdout, cmd.Stderr = os.Stderr, os.Stderr
	if err := cmd.Run(); err != nil {
		return "", fmt.Errorf("build contra (run from the repository root, or pass -contra): %w", err)
	}
	return bin, nil
}

func freeAddr() (string, error) {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return "", err
	}
	defer ln.Close()
	return ln.Addr().String(), nil
}

// waitLine waits for a line containing want on r.
func waitLine(r io.Reader, want string, timeout time.Duration) error {
	found := make(chan error, 1)
	go func() {
		sc := bufio.NewScanner(r)
		for sc.Scan() {
			if strings.Contains(sc.Text(), want) {
				found <- nil
				return
			}
		}
		found <- errors.New("the output ended")
	}()
	select {
	case err := <-found:
		return err
	case <-time.After(timeout):
		return errors.New("timed out")
	}
}

// peakRSS is a process's peak resident set (VmHWM), in MB.
func peakRSS(pid int) float64 {
	b, err := os.ReadFile(fmt.Sprintf("/proc/%d/status", pid))
	if err != nil {
		return 0
	}
	for _, l := range strings.Split(string(b), "\n") {
		if rest, ok := strings.CutPrefix(l, "VmHWM:"); ok {
			kb, _ := strconv.Atoi(strings.TrimSpace(strings.TrimSuffix(strings.TrimSpace(rest), "kB")))
			return float64(kb) / 1024
		}
	}
	return 0
}
