package serve

import (
	"bufio"
	"context"
	"errors"
	"io"
	"net"
	"net/http"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/contra-project/contra/graph"
)

const secret = "s3cret-0123456789abcdef"

func TestTokens(t *testing.T) {
	f := newFixture(t)
	s, logs := newServer(t, f, func(o *Options) {
		o.Tokens = []Token{{Name: "alice", Secret: secret}, {Name: "bob", Secret: secret + "-bob"}}
	})
	for _, tc := range []struct {
		name   string
		header []string
		status int
	}{
		{"no token", nil, 401},
		{"wrong token", []string{"Authorization", "Bearer nope"}, 401},
		{"a prefix of a token", []string{"Authorization", "Bearer " + secret[:10]}, 401},
		{"basic scheme", []string{"Authorization", "Basic " + secret}, 401},
		{"token", []string{"Authorization", "Bearer " + secret}, 200},
		{"scheme in lower case", []string{"Authorization", "bearer " + secret}, 200},
	} {
		t.Run(tc.name, func(t *testing.T) {
			rec := call(t, s, "GET", "/api/stats", nil, tc.header...)
			if tc.status == 401 {
				wantError(t, rec, 401, "unauthorized")
				if rec.Header().Get("WWW-Authenticate") == "" {
					t.Error("no WWW-Authenticate")
				}
			} else if rec.Code != tc.status {
				t.Errorf("status %d", rec.Code)
			}
		})
	}
	// Judgements record the token's name.
	res, code := postJudgement(t, s, JudgementRequest{Action: graph.ActUnsure, Target: graph.TargetDispute, TargetID: f.dispute},
		"Authorization", "Bearer "+secret+"-bob")
	if code != http.StatusCreated || res.Judgement.User != "bob" {
		t.Errorf("judgement with bob's token: %d, user %q", code, res.Judgement.User)
	}
	// The workspace's files need no token (a browser navigation cannot
	// send one); they carry no data.
	if rec := call(t, s, "GET", "/", nil); rec.Code != 200 {
		t.Errorf("GET / without a token: %d", rec.Code)
	}
	// With tokens, any host may ask (the server is meant for a network).
	if rec := call(t, s, "GET", "/api/stats", nil, "Authorization", "Bearer "+secret, "Host", "contra.example"); rec.Code != 200 {
		t.Errorf("token from another host name: %d", rec.Code)
	}
	if strings.Contains(logs.String(), secret) {
		t.Error("a token reached the log")
	}
}

// TestLocalHostOnly: without tokens only requests to a loopback name are
// answered, so a page elsewhere cannot reach the API by rebinding a name
// of its own to 127.0.0.1.
func TestLocalHostOnly(t *testing.T) {
	f := newFixture(t)
	s, _ := newServer(t, f)
	for host, status := range map[string]int{"localhost:8080": 200, "127.0.0.1:8080": 200, "[::1]:8080": 200, "LOCALHOST": 200,
		"evil.example:8080": 403, "127.0.0.1.evil.example": 403} {
		rec := call(t, s, "GET", "/api/stats", nil, "Host", host)
		if rec.Code != status {
			t.Errorf("Host %s: %d, want %d", host, rec.Code, status)
		}
	}
}

func TestSecurityHeaders(t *testing.T) {
	f := newFixture(t)
	s, _ := newServer(t, f)
	for _, path := range []string{"/", "/api/stats", "/api/nothing", "/openapi.json"} {
		rec := call(t, s, "GET", path, nil)
		h := rec.Header()
		csp := h.Get("Content-Security-Policy")
		if !strings.Contains(csp, "default-src 'none'") || !strings.Contains(csp, "script-src 'self'") || strings.Contains(csp, "unsafe") {
			t.Errorf("%s: CSP %q", path, csp)
		}
		for k, v := range map[string]string{"X-Content-Type-Options": "nosniff", "X-Frame-Options": "DENY", "Referrer-Policy": "no-referrer"} {
			if h.Get(k) != v {
				t.Errorf("%s: %s %q", path, k, h.Get(k))
			}
		}
		if h.Get("Set-Cookie") != "" {
			t.Errorf("%s sets a cookie", path)
		}
		if strings.HasPrefix(path, "/api/") && h.Get("Cache-Control") != "no-store" {
			t.Errorf("%s: Cache-Control %q", path, h.Get("Cache-Control"))
		}
	}
}

func TestListenNeedsTokensOffLoopback(t *testing.T) {
	f := newFixture(t)
	open, _ := newServer(t, f)
	for addr, loop := range map[string]bool{"127.0.0.1:0": true, "[::1]:0": true, "localhost:0": true, ":0": false, "0.0.0.0:0": false} {
		if Loopback(addr) != loop {
			t.Errorf("Loopback(%q) = %v", addr, !loop)
		}
	}
	if _, err := open.Listen("0.0.0.0:0"); graph.ErrorCode(err) != graph.EInvalid || !strings.Contains(err.Error(), "token") {
		t.Errorf("listen on every interface without a token: %v", err)
	}
	withTok, _ := newServer(t, f, func(o *Options) { o.Tokens = []Token{{Name: "alice", Secret: secret}} })
	ln, err := withTok.Listen("0.0.0.0:0")
	if err != nil {
		t.Fatalf("listen with a token: %v", err)
	}
	ln.Close()
}

// slowStore holds Stats until released, counting the calls in progress.
type slowStore struct {
	graph.Store
	release chan struct{}
	started chan struct{}
	running atomic.Int32
	most    atomic.Int32 // the most calls in progress at once
}

func (s *slowStore) Stats(ctx context.Context) (graph.Stats, error) {
	n := s.running.Add(1)
	defer s.running.Add(-1)
	for m := s.most.Load(); n > m && !s.most.CompareAndSwap(m, n); m = s.most.Load() {
	}
	s.started <- struct{}{}
	select {
	case <-s.release:
	case <-ctx.Done():
		return graph.Stats{}, ctx.Err()
	}
	return s.Store.Stats(ctx)
}

func serveOn(t *testing.T, s *Server, ctx context.Context) (string, chan error) {
	t.Helper()
	ln, err := s.Listen("127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	done := make(chan error, 1)
	go func() { done <- s.Serve(ctx, ln, 5*time.Second) }()
	return ln.Addr().String(), done
}

// TestDrain: on SIGTERM (the context ends) the request in flight is
// answered whole; new connections are refused; Serve returns nil.
func TestDrain(t *testing.T) {
	f := newFixture(t)
	slow := &slowStore{Store: f.store, release: make(chan struct{}), started: make(chan struct{}, 1)}
	s, _ := newServer(t, f, func(o *Options) { o.Store = slow })
	ctx, stop := context.WithCancel(context.Background())
	addr, done := serveOn(t, s, ctx)
	got := make(chan int, 1)
	go func() {
		resp, err := http.Get("http://" + addr + "/api/stats")
		if err != nil {
			t.Errorf("request in flight: %v", err)
			got <- 0
			return
		}
		io.Copy(io.Discard, resp.Body)
		resp.Body.Close()
		got <- resp.StatusCode
	}()
	<-slow.started
	stop() // SIGTERM
	time.Sleep(100 * time.Millisecond)
	if _, err := net.DialTimeout("tcp", addr, time.Second); err == nil {
		t.Error("a new connection was accepted while draining")
	}
	close(slow.release)
	if code := <-got; code != 200 {
		t.Errorf("request in flight answered %d", code)
	}
	if err := <-done; err != nil {
		t.Errorf("Serve: %v", err)
	}
}

// TestSlowClient: a client that never finishes its request is cut off.
func TestSlowClient(t *testing.T) {
	f := newFixture(t)
	s, _ := newServer(t, f, func(o *Options) { o.HeaderTimeout = 200 * time.Millisecond })
	ctx, stop := context.WithCancel(context.Background())
	defer stop()
	addr, _ := serveOn(t, s, ctx)
	conn, err := net.Dial("tcp", addr)
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close()
	if _, err := io.WriteString(conn, "GET /api/stats HTTP/1.1\r\nHost: localhost\r\n"); err != nil {
		t.Fatal(err)
	}
	start := time.Now()
	conn.SetReadDeadline(time.Now().Add(5 * time.Second))
	line, err := bufio.NewReader(conn).ReadString('\n')
	var ne net.Error
	switch {
	case errors.As(err, &ne) && ne.Timeout():
		t.Errorf("the connection stayed open for %s", time.Since(start))
	case err == nil && !strings.HasPrefix(line, "HTTP/1.1 408"):
		t.Errorf("the server answered an unfinished request: %q", line)
	}
}

// TestInFlightBound: past MaxInFlight, requests wait for a slot within
// their time bound, then get a 503 rather than piling onto the store.
func TestInFlightBound(t *testing.T) {
	f := newFixture(t)
	slow := &slowStore{Store: f.store, release: make(chan struct{}), started: make(chan struct{}, 4)}
	s, _ := newServer(t, f, func(o *Options) { o.Store, o.MaxInFlight, o.Timeout = slow, 1, 300*time.Millisecond })
	first := make(chan int, 1)
	go func() { first <- call(t, s, "GET", "/api/stats", nil).Code }()
	<-slow.started
	rec := call(t, s, "GET", "/api/stats", nil)
	wantError(t, rec, 503, "unavailable")
	if n := slow.most.Load(); n != 1 {
		t.Errorf("%d requests reached the store at once, the bound is 1", n)
	}
	if code := <-first; code != 503 {
		t.Errorf("the request holding the slot past its bound: %d", code)
	}
	close(slow.release)
	if rec := call(t, s, "GET", "/api/stats", nil); rec.Code != 200 {
		t.Errorf("after the slot is free: %d", rec.Code)
	}
}

// TestIdenticalReadsShared: identical reads in flight at once ask the
// store once; a read after a judgement asks again.
func TestIdenticalReadsShared(t *testing.T) {
	f := newFixture(t)
	slow := &slowStore{Store: f.store, release: make(chan struct{}), started: make(chan struct{}, 16)}
	s, _ := newServer(t, f, func(o *Options) { o.Store = slow })
	const n = 5
	codes := make(chan int, n)
	for i := 0; i < n; i++ {
		go func() { codes <- call(t, s, "GET", "/api/stats", nil).Code }()
	}
	<-slow.started
	time.Sleep(100 * time.Millisecond) // the others join
	close(slow.release)
	for i := 0; i < n; i++ {
		if code := <-codes; code != 200 {
			t.Errorf("read %d: %d", i, code)
		}
	}
	if calls := len(slow.started); calls != 0 {
		t.Errorf("%d more store reads for %d identical requests in flight, want none", calls, n)
	}
	if _, code := postJudgement(t, s, JudgementRequest{Action: graph.ActConfirm, Target: graph.TargetDispute, TargetID: f.dispute}); code != 201 {
		t.Fatalf("POST: %d", code)
	}
	if gen := s.generation.Load(); gen != 1 {
		t.Errorf("generation %d after one write", gen)
	}
	if rec := call(t, s, "GET", "/api/stats", nil); rec.Code != 200 || len(slow.started) != 1 {
		t.Errorf("a read after the write: %d, %d store reads", rec.Code, len(slow.started))
	}
}
