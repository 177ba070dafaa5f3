package main

import (
	"context"
	"fmt"
	"log/slog"
	"time"

	"github.com/spf13/cobra"

	"github.com/contra-project/contra/graph"
	"github.com/contra-project/contra/internal/render"
	"github.com/contra-project/contra/internal/serve"
)

type serveOptions struct {
	timeout, grace time.Duration
	inFlight       int
}

func (m *Main) serveCommand() *cobra.Command {
	var o serveOptions
	cmd := &cobra.Command{
		Use:   "serve",
		Short: "Serve the HTTP API and the web workspace on the configured store",
		Long: `Serve the store over HTTP: the query commands as JSON endpoints under /api/ (their filter
names as query parameters, their JSON shapes, a cursor for the next page), the original text
of articles with their claims' spans, judgements (GET and POST /api/judgements), an OpenAPI
description at /openapi.json, and the workspace at /.

The server listens on 127.0.0.1:8080 unless told otherwise (--addr, serve.addr). On any
address but a loopback one it needs bearer tokens (serve.token or CONTRA_SERVE_TOKEN,
NAME:SECRET[,NAME:SECRET...]) and refuses to start without them; judgements record the
token's NAME as who made them. --read-only refuses every write. SIGTERM or Ctrl-C stop
accepting connections and let the requests in flight finish (--grace).`,
		Example: `  contra serve
  CONTRA_SERVE_TOKEN=alice:$(openssl rand -hex 16) contra serve --addr 0.0.0.0:8080
  contra serve --read-only --db /srv/contra/contra.db`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			return m.runServe(cmd.Context(), o)
		},
	}
	f := cmd.Flags()
	f.String("addr", "127.0.0.1:8080", "listen on this address (any but loopback needs serve.token)")
	f.Bool("read-only", false, "refuse every write (judgements)")
	f.DurationVar(&o.timeout, "timeout", 30*time.Second, "bound on each request")
	f.DurationVar(&o.grace, "grace", 30*time.Second, "how long SIGTERM waits for the requests in flight")
	f.IntVar(&o.inFlight, "max-in-flight", 0, "requests reading the store at once; others wait (0: twice the CPUs)")
	return cmd
}

func (m *Main) runServe(ctx context.Context, o serveOptions) error {
	if o.timeout <= 0 || o.grace < 0 || o.inFlight < 0 {
		return usageError{fmt.Errorf("--timeout must be positive, --grace and --max-in-flight not negative")}
	}
	toks, err := m.cfg.Serve.Tokens()
	if err != nil {
		return usageError{err}
	}
	var tokens []serve.Token
	for _, t := range toks {
		tokens = append(tokens, serve.Token{Name: t.Name, Secret: t.Secret})
	}
	// Refuse a non-loopback address without tokens before the store is
	// even opened: that is a configuration mistake, not an outage.
	if !serve.Loopback(m.cfg.Serve.Addr) && len(tokens) == 0 {
		return usageError{fmt.Errorf("serve: %s is not a loopback address: set a bearer token (serve.token or CONTRA_SERVE_TOKEN, NAME:SECRET) or serve on 127.0.0.1", m.cfg.Serve.Addr)}
	}
	s, js, err := m.judgementStore(ctx, false)
	if err != nil {
		return err
	}
	srv, err := serve.New(serve.Options{
		Store: s, Judgements: js, Texts: js,
		Names:  m.serveNames(s),
		Tokens: tokens, LocalUser: localUser(), ReadOnly: m.cfg.Serve.ReadOnly,
		Timeout: o.timeout, MaxInFlight: o.inFlight, Logger: m.logger,
	})
	if err != nil {
		return err
	}
	ln, err := srv.Listen(m.cfg.Serve.Addr)
	if err != nil {
		return err
	}
	mode := "read-write"
	if m.cfg.Serve.ReadOnly {
		mode = "read-only"
	}
	auth := "no token (loopback only)"
	if len(tokens) > 0 {
		auth = fmt.Sprintf("%d bearer token(s)", len(tokens))
	}
	m.logger.Info("serve: listening", slog.String("addr", ln.Addr().String()), slog.String("store", m.cfg.Store),
		slog.String("mode", mode), slog.String("auth", auth))
	if err := render.Message(m.Stdout, fmt.Sprintf("contra: the workspace is at http://%s/ (%s, %s; Ctrl-C stops)", ln.Addr(), mode, auth)); err != nil {
		return err
	}
	if err := srv.Serve(ctx, ln, o.grace); err != nil {
		return graph.WrapCode(graph.EUnavailable, err, "serve")
	}
	return nil
}

// serveNames resolves the names requests give as the CLI does, but
// answers the common case, a name or taxonomy alias of something the
// store holds claims of, with one index lookup: listing every topic,
// actor or speaker with its claim count (what the CLI's resolvers and
// their suggestions read) costs a scan of the claims, too much for every
// request on a large store. Only names that miss take that path.
func (m *Main) serveNames(s graph.Store) serve.Names {
	first := func(ctx context.Context, f graph.ClaimFilter, pick func(graph.Claim) string) (string, error) {
		f.Limit = 1
		out := ""
		err := s.Claims(ctx, f, func(c graph.Claim) error { out = pick(c); return nil })
		return out, err
	}
	return serve.Names{
		Topic: func(ctx context.Context, t string) (string, error) {
			for _, c := range []string{m.canonTopic(t), t} {
				if name, err := first(ctx, graph.ClaimFilter{Topic: c}, func(c graph.Claim) string { return c.Topic }); err != nil || name != "" {
					return name, err
				}
			}
			return m.resolveTopic(ctx, s, t)
		},
		Side: func(ctx context.Context, t string) (string, error) {
			c := m.canonActor(t)
			if name, err := first(ctx, graph.ClaimFilter{Side: c}, func(c graph.Claim) string { return c.Side }); err != nil || name != "" {
				return name, err
			}
			if name, err := first(ctx, graph.ClaimFilter{Subject: c}, func(c graph.Claim) string { return c.Subject }); err != nil || name != "" {
				return name, err
			}
			return m.resolveSide(ctx, s, "side", t)
		},
		Speaker: func(ctx context.Context, t string) (string, error) {
			if name, err := first(ctx, graph.ClaimFilter{Speaker: t}, func(c graph.Claim) string { return c.Speaker }); err != nil || name != "" {
				return name, err
			}
			return m.resolveSpeaker(ctx, s, t)
		},
	}
}
