package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"os"
	"runtime/pprof"
	"strings"

	"github.com/spf13/cobra"
	"golang.org/x/term"

	"github.com/contra-project/contra/config"
	"github.com/contra-project/contra/graph"
	"github.com/contra-project/contra/graph/neo4j"
	"github.com/contra-project/contra/graph/sqlite"
	"github.com/contra-project/contra/internal/render"
	"github.com/contra-project/contra/internal/taxonomy"
)

// Exit statuses: one per graph error code, so scripts can tell a typo
// from an outage.
const (
	exitOK          = 0
	exitInternal    = 1
	exitInvalid     = 2 // bad usage, config or input
	exitNotFound    = 3
	exitUnavailable = 4 // store unreachable, locked, or refusing
	exitConflict    = 5
)

// Main is the program: configuration, the store it opens lazily, and its
// standard streams. End-to-end tests drive it without a shell.
type Main struct {
	Stdin          io.Reader
	Stdout, Stderr io.Writer
	// Environ overrides os.Environ for configuration (tests).
	Environ []string

	cfg    config.Config
	logger *slog.Logger
	store  graph.Store
	tax    *taxonomy.Taxonomy
}

// NewMain returns a Main on the given streams.
func NewMain(stdin io.Reader, stdout, stderr io.Writer) *Main {
	return &Main{Stdin: stdin, Stdout: stdout, Stderr: stderr}
}

// Run executes one command line and returns its exit status.
func (m *Main) Run(ctx context.Context, args []string) int {
	root := m.rootCommand()
	root.SetArgs(args)
	root.SetIn(m.Stdin)
	root.SetOut(m.Stdout)
	root.SetErr(m.Stderr)
	err := root.ExecuteContext(ctx)
	if cerr := m.close(); err == nil {
		err = cerr
	}
	if err == nil {
		return exitOK
	}
	// An error can carry a URI with a password, a file name or a value
	// from the data.
	fmt.Fprintf(m.Stderr, "contra: %s\n", render.SafeLines(m.cfg.Redact(err.Error())))
	var ue usageError
	if errors.As(err, &ue) || strings.HasPrefix(err.Error(), "unknown command") || strings.HasPrefix(err.Error(), "unknown flag") {
		return exitInvalid
	}
	if errors.Is(err, context.Canceled) {
		return 130
	}
	switch graph.ErrorCode(err) {
	case graph.EInvalid:
		return exitInvalid
	case graph.ENotFound:
		return exitNotFound
	case graph.EUnavailable:
		return exitUnavailable
	case graph.EConflict:
		return exitConflict
	}
	return exitInternal
}

// usageError marks errors in how contra was called.
type usageError struct{ error }

func (m *Main) rootCommand() *cobra.Command {
	var cfgFile string
	root := &cobra.Command{
		Use:   "contra",
		Short: "contra tracks who contradicts whom: claims, counterclaims and mutual accusations in the news",
		Long: `contra loads news articles and structured claim files into a contradiction graph
(speakers, claims, counterclaims, topics, documents) and surfaces opposing assertions,
mutual accusations and counterclaims with their provenance.

The embedded SQLite store (./contra.db) is the default; set store: neo4j to use Neo4j.`,
		SilenceUsage:  true,
		SilenceErrors: true,
		PersistentPreRunE: func(cmd *cobra.Command, _ []string) error {
			return m.configure(cmd, cfgFile)
		},
	}
	root.SetFlagErrorFunc(func(_ *cobra.Command, err error) error { return usageError{err} })
	var cpuprofile string
	root.PersistentFlags().StringVar(&cpuprofile, "cpuprofile", "", "write a CPU profile to this file (for operators)")
	_ = root.PersistentFlags().MarkHidden("cpuprofile")
	root.PersistentPostRunE = func(*cobra.Command, []string) error {
		pprof.StopCPUProfile()
		return nil
	}
	prev := root.PersistentPreRunE
	root.PersistentPreRunE = func(cmd *cobra.Command, args []string) error {
		if cpuprofile != "" {
			f, err := os.Create(cpuprofile)
			if err != nil {
				return usageError{err}
			}
			if err := pprof.StartCPUProfile(f); err != nil {
				return err
			}
		}
		return prev(cmd, args)
	}
	pf := root.PersistentFlags()
	pf.StringVar(&cfgFile, "config", "", "configuration file (default: ./contra.yaml, then the user config dir)")
	pf.String("store", "sqlite", "store backend: sqlite or neo4j")
	pf.String("db", "contra.db", "embedded store file (store: sqlite)")
	pf.String("neo4j-uri", "", "Neo4j URI: bolt://, neo4j:// (routing), +s/+ssc for TLS")
	pf.String("neo4j-user", "neo4j", "Neo4j user (password: CONTRA_NEO4J_PASSWORD or the config file)")
	pf.String("neo4j-database", "neo4j", "Neo4j database")
	pf.BoolP("quiet", "q", false, "no progress output")
	pf.String("log-level", "info", "log level: debug, info, warn, error")
	pf.String("log-format", "auto", "log format: auto (text on a terminal, else JSON), text, json")

	root.AddCommand(
		m.loadCommand(), m.queryCommand(), m.statsCommand(), m.exportCommand(),
		m.versionCommand(), m.configCommand(), m.evalCommand(), m.schemaCommand(),
		m.cypherCommand(), m.migrateCommand(), m.reportCommand(), m.scheduleCommand(),
		m.benchCommand(),
	)
	return root
}

// configure resolves the configuration once, before any command runs.
func (m *Main) configure(cmd *cobra.Command, file string) error {
	if file == "" {
		file = os.Getenv("CONTRA_CONFIG")
	}
	cfg, err := config.Resolve(config.Options{File: file, Flags: cmd.Flags(), Environ: m.Environ})
	if err != nil {
		return usageError{err}
	}
	m.cfg = cfg
	m.logger = newLogger(m.Stderr, cfg.Log, cfg.Redact)
	slog.SetDefault(m.logger)
	for _, w := range cfg.Warnings {
		m.logger.Warn(w)
	}
	tax := taxonomy.Default()
	actors := make([]graph.Actor, len(cfg.Actors))
	for i, a := range cfg.Actors {
		actors[i] = graph.Actor{ID: graph.ActorID(a.Name), Name: a.Name, Aliases: a.Aliases}
	}
	topics := make([]graph.Topic, len(cfg.Topics))
	for i, t := range cfg.Topics {
		topics[i] = graph.Topic{ID: graph.TopicID(t.Name), Name: t.Name, Aliases: t.Aliases}
	}
	if cfg.Taxonomy.Replace {
		m.tax = taxonomy.New(actors, topics)
	} else {
		m.tax = tax.With(actors, topics)
	}
	return nil
}

// newLogger returns the logger of c's level and format. Every string and
// error it logs passes through redact first.
func newLogger(w io.Writer, c config.Log, redact func(string) string) *slog.Logger {
	var lvl slog.Level
	_ = lvl.UnmarshalText([]byte(c.Level))
	opts := &slog.HandlerOptions{Level: lvl, ReplaceAttr: func(_ []string, a slog.Attr) slog.Attr {
		switch v := a.Value; v.Kind() {
		case slog.KindString:
			a.Value = slog.StringValue(redact(v.String()))
		case slog.KindAny:
			if err, ok := v.Any().(error); ok {
				a.Value = slog.StringValue(redact(err.Error()))
			}
		}
		return a
	}}
	format := c.Format
	if format == "auto" {
		format = "json"
		if isTerminal(w) {
			format = "text"
		}
	}
	if format == "json" {
		return slog.New(slog.NewJSONHandler(w, opts))
	}
	return slog.New(slog.NewTextHandler(w, opts))
}

func isTerminal(w io.Writer) bool {
	f, ok := w.(*os.File)
	return ok && term.IsTerminal(int(f.Fd()))
}

// open returns the configured store, opening it on first use.
func (m *Main) open(ctx context.Context) (graph.Store, error) {
	if m.store != nil {
		return m.store, nil
	}
	s, err := m.openKind(ctx, m.cfg.Store)
	if err != nil {
		return nil, err
	}
	m.store = s
	return s, nil
}

func (m *Main) openKind(ctx context.Context, kind string) (graph.Store, error) {
	switch kind {
	case "sqlite":
		// Open's errors name the file already.
		s, err := sqlite.Open(ctx, m.cfg.SQLite.Path, sqlite.WithLogger(m.logger))
		if err != nil {
			return nil, err
		}
		return s, nil
	case "neo4j":
		if m.cfg.Neo4j.URI == "" {
			return nil, graph.Errorf(graph.EInvalid, "neo4j.uri is not set (CONTRA_NEO4J_URI or --neo4j-uri)")
		}
		s, err := neo4j.Open(ctx, m.neo4jConfig())
		if err != nil {
			return nil, err
		}
		return s, nil
	}
	return nil, graph.Errorf(graph.EInvalid, "unknown store %q", kind)
}

func (m *Main) neo4jConfig() neo4j.Config {
	c := m.cfg.Neo4j
	return neo4j.Config{URI: c.URI, User: c.User, Password: c.Password, Database: c.Database, BatchSize: c.BatchSize}
}

func (m *Main) close() error {
	if m.store == nil {
		return nil
	}
	err := m.store.Close()
	m.store = nil
	return err
}

func (m *Main) canonActor(s string) string {
	if s == "" {
		return ""
	}
	if c, ok := m.tax.Actor(s); ok {
		return c
	}
	return strings.TrimSpace(s)
}

func (m *Main) canonTopic(s string) string {
	if s == "" {
		return ""
	}
	if c, ok := m.tax.Topic(s); ok {
		return c
	}
	return strings.TrimSpace(s)
}
