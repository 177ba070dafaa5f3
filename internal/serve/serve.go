// Package serve is contra's HTTP API and the web workspace it serves: the
// CLI's queries as JSON endpoints with the CLI's filter names and shapes
// (plus a cursor), the original text of articles with their claims' spans,
// analysts' judgements, an OpenAPI description, and the workspace itself,
// embedded in the binary.
//
// Every request is bounded: a page holds at most MaxLimit items, a body at
// most MaxBody bytes, a request runs at most Options.Timeout, and at most
// Options.MaxInFlight requests query the store at once (the others wait
// their turn within their timeout). Bad input is a 4xx with a JSON error
// carrying a code, never a 500.
package serve

import (
	"context"
	"crypto/subtle"
	"errors"
	"fmt"
	"log/slog"
	"net"
	"net/http"
	"runtime"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"golang.org/x/sync/singleflight"

	"github.com/contra-project/contra/graph"
)

// Limits of a request.
const (
	DefaultLimit = 50      // items in a page when the request says none
	MaxLimit     = 500     // items in a page at most
	MaxBody      = 1 << 16 // bytes of a request body at most
)

// Options configures a Server.
type Options struct {
	Store      graph.Store
	Judgements graph.JudgementStore
	Texts      graph.TextStore
	// Names resolves the names a request gives (topic, side, speaker) as
	// the CLI does: aliases resolve, an unknown name is ENotFound.
	Names Names
	// Tokens are the bearer tokens a request must carry one of; none
	// means no authentication (allowed on a loopback address only, which
	// Listen checks).
	Tokens []Token
	// LocalUser is who judgements are recorded as without tokens.
	LocalUser string
	// ReadOnly refuses every write.
	ReadOnly bool
	// Timeout bounds each request (default 30s).
	Timeout time.Duration
	// HeaderTimeout bounds the time a client takes to send a request's
	// header (default 10s): a slow client cannot hold a connection.
	HeaderTimeout time.Duration
	// MaxInFlight bounds the requests that read the store at once
	// (default: twice the CPUs, at least 4).
	MaxInFlight int
	Logger      *slog.Logger
	// Now is the clock judgements are stamped with (default time.Now).
	Now func() time.Time
}

// Token is a bearer token and the name judgements made with it carry.
type Token struct {
	Name, Secret string
}

// Names resolves what a request names into the store's canonical names.
type Names struct {
	Topic   func(ctx context.Context, typed string) (string, error)
	Side    func(ctx context.Context, typed string) (string, error)
	Speaker func(ctx context.Context, typed string) (string, error)
}

// Server is the API and the workspace, an http.Handler.
type Server struct {
	o       Options
	mux     *http.ServeMux
	handler http.Handler
	slots   chan struct{}
	// judging makes judgements that rewrite claims one at a time.
	judging sync.Mutex
	// endpoints are the API's path patterns and their methods.
	endpoints map[string][]string
	// flight shares the answer of a read among identical reads in
	// flight; generation counts writes, so no read shares one older than
	// the last write.
	flight     singleflight.Group
	generation atomic.Int64
}

// New returns a Server for o.
func New(o Options) (*Server, error) {
	if o.Store == nil || o.Judgements == nil || o.Texts == nil {
		return nil, errors.New("serve: a store, a judgement store and a text store are needed")
	}
	if o.Names.Topic == nil || o.Names.Side == nil || o.Names.Speaker == nil {
		return nil, errors.New("serve: name resolvers are needed")
	}
	if o.Timeout <= 0 {
		o.Timeout = 30 * time.Second
	}
	if o.HeaderTimeout <= 0 {
		o.HeaderTimeout = 10 * time.Second
	}
	if o.MaxInFlight <= 0 {
		o.MaxInFlight = max(4, 2*runtime.GOMAXPROCS(0))
	}
	if o.Logger == nil {
		o.Logger = slog.Default()
	}
	if o.Now == nil {
		o.Now = time.Now
	}
	if o.LocalUser == "" {
		o.LocalUser = "local"
	}
	s := &Server{o: o, mux: http.NewServeMux(), slots: make(chan struct{}, o.MaxInFlight)}
	s.routes()
	s.handler = s.recover(s.headers(s.logged(s.mux)))
	return s, nil
}

// ServeHTTP serves one request.
func (s *Server) ServeHTTP(w http.ResponseWriter, r *http.Request) { s.handler.ServeHTTP(w, r) }

// routes registers every endpoint. API endpoints go through api (token,
// timeout, a store slot); the workspace's files need no token (they hold
// no data, and a browser cannot send a bearer token with a navigation).
func (s *Server) routes() {
	methods := map[string][]string{} // path pattern -> methods
	s.endpoints = methods
	get := func(path string, h apiFunc) {
		s.mux.Handle("GET "+path, s.api(h, false))
		methods[path] = append(methods[path], http.MethodGet)
	}
	get("/api/stats", s.stats)
	get("/api/claims", s.claims)
	get("/api/speakers", s.speakers)
	get("/api/topics", s.topics)
	get("/api/actors", s.actors)
	get("/api/documents/{id}", s.document)
	get("/api/accusations", s.accusations)
	get("/api/judgements", s.listJudgements)
	s.mux.Handle("POST /api/judgements", s.api(s.postJudgement, true))
	methods["/api/judgements"] = append(methods["/api/judgements"], http.MethodPost)
	s.queryRoutes(get)
	s.mux.HandleFunc("GET /openapi.json", s.openAPI)
	// Whatever else comes under /api/ is a JSON error: 405 for a known
	// endpoint asked with another method, else 404.
	s.mux.HandleFunc("/api/", func(w http.ResponseWriter, r *http.Request) {
		path := r.URL.Path
		if rest, ok := strings.CutPrefix(path, "/api/documents/"); ok && rest != "" && !strings.Contains(rest, "/") {
			path = "/api/documents/{id}"
		}
		if ms, ok := methods[path]; ok {
			w.Header().Set("Allow", strings.Join(ms, ", "))
			writeError(w, apiError(http.StatusMethodNotAllowed, "method_not_allowed", "%s takes %s", path, strings.Join(ms, " or ")))
			return
		}
		writeError(w, apiError(http.StatusNotFound, string(graph.ENotFound), "no endpoint %s (see /openapi.json)", r.URL.Path))
	})
	files := s.workspace()
	s.mux.HandleFunc("/", func(w http.ResponseWriter, r *http.Request) {
		if r.Method != http.MethodGet && r.Method != http.MethodHead {
			w.Header().Set("Allow", "GET, HEAD")
			writeError(w, apiError(http.StatusMethodNotAllowed, "method_not_allowed", "the workspace's files take GET"))
			return
		}
		files.ServeHTTP(w, r)
	})
}

// Listen checks that addr may be served with the server's tokens (a
// loopback address, or tokens) and listens on it.
func (s *Server) Listen(addr string) (net.Listener, error) {
	if !Loopback(addr) && len(s.o.Tokens) == 0 {
		return nil, graph.Errorf(graph.EInvalid,
			"serve: %s is not a loopback address: set a bearer token (serve.token or CONTRA_SERVE_TOKEN, NAME:SECRET) or serve on 127.0.0.1", addr)
	}
	ln, err := net.Listen("tcp", addr)
	if err != nil {
		return nil, graph.WrapCode(graph.EUnavailable, err, "serve: listen on %s", addr)
	}
	return ln, nil
}

// Serve answers requests on ln until ctx is done, then stops accepting
// connections and waits up to grace for the requests in flight to finish
// (SIGTERM drains rather than drops). Requests do not inherit ctx: a
// cancelled ctx must not cut the answers being written.
func (s *Server) Serve(ctx context.Context, ln net.Listener, grace time.Duration) error {
	base := context.WithoutCancel(ctx)
	srv := &http.Server{
		Handler: s,
		// Slow clients: a header must arrive within HeaderTimeout, a
		// body within the request timeout; an answer must be written
		// within it too.
		ReadHeaderTimeout: s.o.HeaderTimeout,
		ReadTimeout:       s.o.Timeout,
		WriteTimeout:      s.o.Timeout + 5*time.Second,
		IdleTimeout:       2 * time.Minute,
		MaxHeaderBytes:    32 << 10,
		BaseContext:       func(net.Listener) context.Context { return base },
		ErrorLog:          slog.NewLogLogger(s.o.Logger.Handler(), slog.LevelDebug),
	}
	done := make(chan error, 1)
	go func() { done <- srv.Serve(ln) }()
	select {
	case err := <-done:
		return err
	case <-ctx.Done():
	}
	s.o.Logger.Info("serve: draining requests in flight", slog.Duration("grace", grace))
	sctx, cancel := context.WithTimeout(base, grace)
	defer cancel()
	if err := srv.Shutdown(sctx); err != nil {
		srv.Close()
		return fmt.Errorf("serve: drain: %w", err)
	}
	if err := <-done; err != nil && !errors.Is(err, http.ErrServerClosed) {
		return err
	}
	return nil
}

// Loopback reports whether addr (host:port) listens on a loopback
// interface only: 127.0.0.0/8, ::1 or localhost. An empty host listens
// everywhere.
func Loopback(addr string) bool {
	host, _, err := net.SplitHostPort(addr)
	if err != nil {
		return false
	}
	if strings.EqualFold(host, "localhost") {
		return true
	}
	ip := net.ParseIP(strings.Trim(host, "[]"))
	return ip != nil && ip.IsLoopback()
}

// user returns who the request is made by: the name of its token, or the
// local user when the server has no tokens. ok is false when the server
// has tokens and the request carries none of them.
func (s *Server) user(r *http.Request) (string, bool) {
	if len(s.o.Tokens) == 0 {
		return s.o.LocalUser, true
	}
	h := r.Header.Get("Authorization")
	scheme, secret, found := strings.Cut(h, " ")
	if !found || !strings.EqualFold(scheme, "Bearer") {
		return "", false
	}
	secret = strings.TrimSpace(secret)
	name, ok := "", false
	// Every token is compared, in constant time, so the time taken says
	// nothing about which one came close.
	for _, t := range s.o.Tokens {
		if subtle.ConstantTimeCompare([]byte(secret), []byte(t.Secret)) == 1 && !ok {
			name, ok = t.Name, true
		}
	}
	return name, ok
}
