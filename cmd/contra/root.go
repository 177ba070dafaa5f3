package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"io/fs"
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
	"github.com/contra-project/contra/internal/taxonomy"
)

func (m *Main) rootCommand() *cobra.Command {
	var cfgFile string
	root := &cobra.Command{
		Use:   "contra",
		Short: "contra tracks who contradicts whom: claims, counterclaims and mutual accusations in the news",
		Long: `contra loads news articles and structured claim files into a contradiction graph
(speakers, claims, counterclaims, topics, documents) and surfaces opposing assertions,
mutual accusations and counterclaims with their provenance.

The embedded SQLite store (./contra.db) is the default; set store: neo4j to use Neo4j.
Commands that only read refuse a store file that does not exist; contra load creates it.

` + exitStatusHelp(),
		Example: `  contra load examples
  contra query mutual --topic "cluster munitions"
  contra query speaker Shoigu -o json
  contra --db other.db stats`,
		Version:       buildVersion().String(),
		SilenceUsage:  true,
		SilenceErrors: true,
		PersistentPreRunE: func(cmd *cobra.Command, _ []string) error {
			return m.configure(cmd, cfgFile)
		},
	}
	root.SetVersionTemplate("contra {{.Version}}\n")
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
		warnDeprecated(m.Stderr, cmd.Flags())
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
		m.benchCommand(), m.serveCommand(), m.judgementsCommand(),
	)
	root.SetIn(m.Stdin)
	root.SetOut(m.Stdout)
	root.SetErr(m.Stderr)
	// Cobra adds its completion command when it runs; made here (after
	// SetOut, which it captures), it gets examples like every other
	// command.
	root.InitDefaultCompletionCmd()
	for _, c := range root.Commands() {
		if c.Name() != "completion" {
			continue
		}
		c.Example = "  source <(contra completion bash)\n  contra completion zsh > \"${fpath[1]}/_contra\""
		for _, sh := range c.Commands() {
			sh.Example = "  contra completion " + sh.Name() + " --help"
		}
	}
	for _, c := range root.Commands() {
		refuseUnknownSubcommands(c)
	}
	return root
}

// refuseUnknownSubcommands makes each command of the tree that only groups
// others (query, config, schema) refuse an argument that is not one of
// them: cobra would print the group's help and exit 0, so that a typo
// such as "contra query contradiction" looked like success to a script.
// Called bare, the group prints its help.
func refuseUnknownSubcommands(c *cobra.Command) {
	for _, sub := range c.Commands() {
		refuseUnknownSubcommands(sub)
	}
	if !c.HasSubCommands() || c.Runnable() {
		return
	}
	c.Args = cobra.ArbitraryArgs
	c.SuggestionsMinimumDistance = 2 // cobra sets it on the root only
	c.RunE = func(cmd *cobra.Command, args []string) error {
		if len(args) == 0 {
			return cmd.Help()
		}
		msg := fmt.Sprintf("unknown command %q for %q", args[0], cmd.CommandPath())
		if s := cmd.SuggestionsFor(args[0]); len(s) > 0 {
			msg += "; did you mean " + strings.Join(s, " or ") + "?"
		}
		return usageError{errors.New(msg)}
	}
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
	m.logw = &logWriter{w: m.Stderr, base: m.Stderr}
	m.logger = newLogger(m.logw, isTerminal(m.Stderr), cfg.Log, cfg.Redact)
	slog.SetDefault(m.logger)
	for _, w := range cfg.Warnings {
		m.logger.Warn(w)
	}
	lookup := os.LookupEnv
	if m.Environ != nil {
		lookup = environLookup(m.Environ)
	}
	gc, err := planGC(cfg.GC, lookup, loadsData(cmd))
	if err != nil {
		return err
	}
	applyGC(gc)
	m.logger.Debug("collector", "setting", gc.why)
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

// newLogger logs to w, as text when tty (the standard error is a
// terminal) and the format is auto. Every string and error it logs
// passes through redact first.
func newLogger(w io.Writer, tty bool, c config.Log, redact func(string) string) *slog.Logger {
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
		if tty {
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

// open returns the configured store, opening it on first use. An
// embedded store file that does not exist is ENotFound: a command that
// reads must not leave an empty store behind a typo in --db.
func (m *Main) open(ctx context.Context) (graph.Store, error) { return m.openStore(ctx, false) }

// create is open for the commands that write (load): an embedded store
// file that does not exist is created.
func (m *Main) create(ctx context.Context) (graph.Store, error) { return m.openStore(ctx, true) }

func (m *Main) openStore(ctx context.Context, create bool) (graph.Store, error) {
	if m.store != nil {
		return m.store, nil
	}
	s, err := m.openKind(ctx, m.cfg.Store, create)
	if err != nil {
		return nil, err
	}
	m.store = s
	return s, nil
}

func (m *Main) openKind(ctx context.Context, kind string, create bool) (graph.Store, error) {
	switch kind {
	case "sqlite":
		path := m.cfg.SQLite.Path
		if !create {
			if _, err := os.Stat(path); errors.Is(err, fs.ErrNotExist) {
				return nil, graph.Errorf(graph.ENotFound, "store %s does not exist (contra load creates it; --db or sqlite.path names another)", path)
			}
		}
		// Open's errors name the file already.
		s, err := sqlite.Open(ctx, path, sqlite.WithLogger(m.logger))
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
