package serve

import (
	"bytes"
	"context"
	"crypto/rand"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"log/slog"
	"net"
	"net/http"
	"runtime/debug"
	"strings"
	"time"

	"github.com/contra-project/contra/graph"
)

// contentSecurityPolicy allows the workspace its own files and API and
// nothing else: no inline script or style, no other origin, no framing.
// Everything the workspace shows of the data goes through textContent, so
// even a policy bypass would find no HTML of ours built from data.
const contentSecurityPolicy = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; " +
	"connect-src 'self'; font-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'"

// headers sets the security headers of every answer.
func (s *Server) headers(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		h := w.Header()
		h.Set("Content-Security-Policy", contentSecurityPolicy)
		h.Set("X-Content-Type-Options", "nosniff")
		h.Set("Referrer-Policy", "no-referrer")
		h.Set("X-Frame-Options", "DENY")
		h.Set("Cross-Origin-Opener-Policy", "same-origin")
		h.Set("Cross-Origin-Resource-Policy", "same-origin")
		h.Set("Permissions-Policy", "camera=(), microphone=(), geolocation=()")
		next.ServeHTTP(w, r)
	})
}

// recover turns a panic in a handler into a logged 500, not a dropped
// connection.
func (s *Server) recover(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		defer func() {
			if v := recover(); v != nil {
				if v == http.ErrAbortHandler {
					panic(v)
				}
				s.o.Logger.Error("serve: panic", slog.String("path", r.URL.Path), slog.Any("panic", v), slog.String("stack", string(debug.Stack())))
				writeError(w, &httpError{status: http.StatusInternalServerError, code: string(graph.EInternal), msg: "internal error"})
			}
		}()
		next.ServeHTTP(w, r)
	})
}

// statusWriter remembers the status an answer was given.
type statusWriter struct {
	http.ResponseWriter
	status int
}

func (w *statusWriter) WriteHeader(code int) {
	if w.status == 0 {
		w.status = code
	}
	w.ResponseWriter.WriteHeader(code)
}

func (w *statusWriter) Write(b []byte) (int, error) {
	if w.status == 0 {
		w.status = http.StatusOK
	}
	return w.ResponseWriter.Write(b)
}

// logged logs each request (debug; errors of the server at warn) with an
// id it also answers in X-Request-Id. The query string is logged, the
// Authorization header never.
func (s *Server) logged(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		start := time.Now()
		id := requestID()
		w.Header().Set("X-Request-Id", id)
		sw := &statusWriter{ResponseWriter: w}
		next.ServeHTTP(sw, r.WithContext(context.WithValue(r.Context(), requestIDKey{}, id)))
		lvl := slog.LevelDebug
		if sw.status >= 500 && r.Context().Err() == nil {
			lvl = slog.LevelWarn // a client that went away is no server trouble
		}
		s.o.Logger.Log(r.Context(), lvl, "serve: request", slog.String("id", id), slog.String("method", r.Method),
			slog.String("path", r.URL.Path), slog.String("query", r.URL.RawQuery), slog.Int("status", sw.status),
			slog.Duration("took", time.Since(start)))
	})
}

type requestIDKey struct{}

func requestID() string {
	var b [6]byte
	_, _ = rand.Read(b[:])
	return hex.EncodeToString(b[:])
}

// apiFunc answers an API request with a value to encode as JSON, or an
// error (see fail).
type apiFunc func(r *http.Request) (any, error)

// created marks an answer as 201 Created.
type created struct{ v any }

// api wraps an endpoint: the token, the host (a server without tokens
// answers only requests addressed to a loopback name, against DNS
// rebinding), for writes the read-only switch, a JSON body of at most
// MaxBody bytes from the same origin, then the request's time bound and
// a store slot.
func (s *Server) api(h apiFunc, write bool) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Cache-Control", "no-store")
		user, ok := s.user(r)
		if !ok {
			w.Header().Set("WWW-Authenticate", `Bearer realm="contra"`)
			writeError(w, apiError(http.StatusUnauthorized, "unauthorized", "this server needs a bearer token (Authorization: Bearer SECRET)"))
			return
		}
		if len(s.o.Tokens) == 0 && !loopbackHost(r.Host) {
			writeError(w, apiError(http.StatusForbidden, "forbidden", "a server without tokens answers requests to localhost only"))
			return
		}
		if write {
			if err := s.checkWrite(r); err != nil {
				writeError(w, err)
				return
			}
			r.Body = http.MaxBytesReader(w, r.Body, MaxBody)
		}
		ctx, cancel := context.WithTimeout(context.WithValue(r.Context(), userKey{}, user), s.o.Timeout)
		defer cancel()
		var v any
		var err error
		if write {
			v, err = s.slot(ctx, func() (any, error) { return h(r.WithContext(ctx)) })
		} else {
			v, err = s.shared(ctx, r, h)
		}
		if err != nil {
			s.fail(w, r, err)
			return
		}
		status := http.StatusOK
		if c, ok := v.(created); ok {
			status, v = http.StatusCreated, c.v
		}
		writeJSON(w, status, v)
	})
}

// slot runs fn once a store slot is free (at most MaxInFlight at once),
// or fails when ctx ends first.
func (s *Server) slot(ctx context.Context, fn func() (any, error)) (any, error) {
	select {
	case s.slots <- struct{}{}:
	case <-ctx.Done():
		return nil, ctx.Err()
	}
	defer func() { <-s.slots }()
	return fn()
}

// shared answers a read: identical reads that arrive while one is being
// answered wait for its answer instead of asking the store again (fifty
// analysts opening the same topic cost one query, not fifty). The answer
// is computed in a context of its own, so one client going away does not
// fail the others, and bounded by the timeout like any request; a read
// never joins one that started before the last write (judgements bump
// the generation), so it always sees the judgements made before it.
func (s *Server) shared(ctx context.Context, r *http.Request, h apiFunc) (any, error) {
	key := fmt.Sprintf("%d %s?%s", s.generation.Load(), r.URL.Path, r.URL.RawQuery)
	ch := s.flight.DoChan(key, func() (any, error) {
		fctx, cancel := context.WithTimeout(context.WithoutCancel(ctx), s.o.Timeout)
		defer cancel()
		return s.slot(fctx, func() (any, error) { return h(r.WithContext(fctx)) })
	})
	select {
	case res := <-ch:
		if res.Shared && ctx.Err() == nil && errors.Is(res.Err, context.DeadlineExceeded) {
			// The read joined ran out of its time before this one did:
			// this one asks on its own, within what is left of its time.
			return s.slot(ctx, func() (any, error) { return h(r.WithContext(ctx)) })
		}
		return res.Val, res.Err
	case <-ctx.Done():
		return nil, ctx.Err()
	}
}

type userKey struct{}

// userOf is who made the request (see Server.user).
func userOf(ctx context.Context) string {
	u, _ := ctx.Value(userKey{}).(string)
	return u
}

// checkWrite refuses writes to a read-only server, bodies that are not
// JSON (a form on another site can post text/plain without asking; JSON
// needs a preflight this server never grants) and requests another origin
// sent.
func (s *Server) checkWrite(r *http.Request) error {
	if s.o.ReadOnly {
		return apiError(http.StatusForbidden, "read_only", "this server is read-only (--read-only)")
	}
	ct := strings.TrimSpace(strings.Split(r.Header.Get("Content-Type"), ";")[0])
	if !strings.EqualFold(ct, "application/json") {
		return apiError(http.StatusUnsupportedMediaType, string(graph.EInvalid), "the body must be application/json")
	}
	if o := r.Header.Get("Origin"); o != "" && o != "null" {
		if !strings.EqualFold(strings.TrimPrefix(strings.TrimPrefix(o, "http://"), "https://"), r.Host) {
			return apiError(http.StatusForbidden, "forbidden", "cross-origin writes are refused")
		}
	} else if o == "null" {
		return apiError(http.StatusForbidden, "forbidden", "cross-origin writes are refused")
	}
	if site := r.Header.Get("Sec-Fetch-Site"); site == "cross-site" || site == "same-site" {
		return apiError(http.StatusForbidden, "forbidden", "cross-origin writes are refused")
	}
	return nil
}

// loopbackHost reports whether a Host header names this machine.
func loopbackHost(host string) bool {
	h := host
	if hh, _, err := net.SplitHostPort(host); err == nil {
		h = hh
	}
	h = strings.Trim(h, "[]")
	if strings.EqualFold(h, "localhost") {
		return true
	}
	ip := net.ParseIP(h)
	return ip != nil && ip.IsLoopback()
}

// httpError is an error with the HTTP status and code it answers.
type httpError struct {
	status int
	code   string
	msg    string
}

func (e *httpError) Error() string { return e.msg }

func apiError(status int, code, format string, args ...any) error {
	return &httpError{status: status, code: code, msg: fmt.Sprintf(format, args...)}
}

// badInput makes an error about a request's parameter a 400 whatever its
// code: an unknown topic is bad input, not a missing resource.
func badInput(err error) error {
	if err == nil {
		return nil
	}
	code := graph.ErrorCode(err)
	if code == graph.EInvalid || code == graph.ENotFound {
		return &httpError{status: http.StatusBadRequest, code: string(code), msg: userMessage(err)}
	}
	return err
}

// userMessage is the message of the first graph.Error in err's chain, or
// err's text: what a user can act on, without the operator's causes.
func userMessage(err error) string {
	var ge *graph.Error
	if errors.As(err, &ge) {
		return ge.Message
	}
	return err.Error()
}

// fail answers err: its own status for an httpError, by code for a
// graph.Error, 413 for a body too large, 503 past the time bound, and a
// 500 with no detail (logged) for anything else.
func (s *Server) fail(w http.ResponseWriter, r *http.Request, err error) {
	var he *httpError
	var mb *http.MaxBytesError
	switch {
	case errors.As(err, &he):
	case errors.As(err, &mb):
		he = &httpError{status: http.StatusRequestEntityTooLarge, code: "too_large", msg: fmt.Sprintf("the body is larger than %d bytes", MaxBody)}
	case errors.Is(err, context.DeadlineExceeded):
		he = &httpError{status: http.StatusServiceUnavailable, code: string(graph.EUnavailable),
			msg: fmt.Sprintf("the request took longer than %s; narrow it (topic, side, dates) or try again", s.o.Timeout)}
	case errors.Is(err, context.Canceled):
		he = &httpError{status: http.StatusServiceUnavailable, code: string(graph.EUnavailable), msg: "the request was cancelled"}
	default:
		switch code := graph.ErrorCode(err); code {
		case graph.EInvalid:
			he = &httpError{status: http.StatusBadRequest, code: string(code), msg: userMessage(err)}
		case graph.ENotFound:
			he = &httpError{status: http.StatusNotFound, code: string(code), msg: userMessage(err)}
		case graph.EConflict:
			he = &httpError{status: http.StatusConflict, code: string(code), msg: userMessage(err)}
		case graph.EUnavailable:
			he = &httpError{status: http.StatusServiceUnavailable, code: string(code), msg: userMessage(err)}
		default:
			id, _ := r.Context().Value(requestIDKey{}).(string)
			s.o.Logger.Error("serve: request failed", slog.String("id", id), slog.String("path", r.URL.Path), slog.Any("err", err))
			he = &httpError{status: http.StatusInternalServerError, code: string(graph.EInternal),
				msg: "internal error (request " + id + "; the server log has the details)"}
		}
	}
	if he.status >= 500 && r.Context().Err() == nil {
		s.o.Logger.Warn("serve: unavailable", slog.String("path", r.URL.Path), slog.String("reason", he.msg))
	}
	writeError(w, he)
}

// ErrorBody is the JSON of every error answer.
type ErrorBody struct {
	Error ErrorDetail `json:"error"`
}

// ErrorDetail says what went wrong: a code a program can act on (the
// store's codes: invalid, not_found, conflict, unavailable, internal; and
// unauthorized, forbidden, read_only, too_large), the HTTP status, and a
// message for people.
type ErrorDetail struct {
	Code    string `json:"code"`
	Status  int    `json:"status"`
	Message string `json:"message"`
}

func writeError(w http.ResponseWriter, err error) {
	var he *httpError
	if !errors.As(err, &he) {
		he = &httpError{status: http.StatusInternalServerError, code: string(graph.EInternal), msg: "internal error"}
	}
	w.Header().Set("Cache-Control", "no-store")
	writeJSON(w, he.status, ErrorBody{ErrorDetail{Code: he.code, Status: he.status, Message: he.msg}})
}

// writeJSON encodes v whole before answering, so that an encoding error
// is a clean 500, not half a body. HTML characters are escaped (\u003c):
// the answer is data, never markup, wherever it ends up.
func writeJSON(w http.ResponseWriter, status int, v any) {
	var b bytes.Buffer
	if err := json.NewEncoder(&b).Encode(v); err != nil {
		status = http.StatusInternalServerError
		b.Reset()
		_ = json.NewEncoder(&b).Encode(ErrorBody{ErrorDetail{Code: string(graph.EInternal), Status: status, Message: "internal error: the answer could not be encoded"}})
	}
	w.Header().Set("Content-Type", "application/json; charset=utf-8")
	w.Header().Set("Content-Length", fmt.Sprint(b.Len()))
	w.WriteHeader(status)
	_, _ = w.Write(b.Bytes())
}
