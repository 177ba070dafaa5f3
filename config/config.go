// Package config resolves contra's configuration once, into one typed
// value: command-line flags over CONTRA_* environment variables over a
// contra.yaml file over built-in defaults. Viper stays inside this package;
// nothing else sees it.
package config

import (
	"errors"
	"fmt"
	"io/fs"
	"math"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"time"

	"github.com/spf13/pflag"
	"github.com/spf13/viper"
	"go.yaml.in/yaml/v3"
)

// Config is contra's effective configuration.
type Config struct {
	// Store selects the backend: "sqlite" (embedded, default) or "neo4j".
	Store  string `mapstructure:"store" yaml:"store"`
	SQLite SQLite `mapstructure:"sqlite" yaml:"sqlite"`
	Neo4j  Neo4j  `mapstructure:"neo4j" yaml:"neo4j"`
	Load   Load   `mapstructure:"load" yaml:"load"`
	Log    Log    `mapstructure:"log" yaml:"log"`
	// Quiet suppresses progress output.
	Quiet bool `mapstructure:"quiet" yaml:"quiet"`
	// Taxonomy extends (or with Replace, replaces) the built-in actors and
	// topics that names are resolved against.
	Taxonomy Taxonomy `mapstructure:"taxonomy" yaml:"taxonomy"`
	// Topics and Actors are user additions to the taxonomy.
	Topics  []Named     `mapstructure:"topics" yaml:"topics"`
	Actors  []Named     `mapstructure:"actors" yaml:"actors"`
	Reports []ReportJob `mapstructure:"reports" yaml:"reports"`
	Serve   Serve       `mapstructure:"serve" yaml:"serve"`
	// GC sets the Go collector of contra's own process.
	GC GC `mapstructure:"gc" yaml:"gc"`

	// File is the configuration file that was read, "" if none.
	File string `mapstructure:"-" yaml:"-"`
	// Warnings are what Resolve passed over, for the caller to log once it
	// has a logger: directories of the search it could not look in.
	Warnings []string `mapstructure:"-" yaml:"-"`
}

// SQLite configures the embedded store.
type SQLite struct {
	Path string `mapstructure:"path" yaml:"path"`
}

// Neo4j configures the Neo4j store.
type Neo4j struct {
	URI       string `mapstructure:"uri" yaml:"uri"`
	User      string `mapstructure:"user" yaml:"user"`
	Password  string `mapstructure:"password" yaml:"password"`
	Database  string `mapstructure:"database" yaml:"database"`
	BatchSize int    `mapstructure:"batch_size" yaml:"batch_size"`
}

// Load configures `contra load`.
type Load struct {
	BatchSize int `mapstructure:"batch_size" yaml:"batch_size"`
	// Workers parse and extract in parallel; 0 means one per CPU.
	Workers int `mapstructure:"workers" yaml:"workers"`
	// MaxArticleBytes skips larger article files with a message.
	MaxArticleBytes int64 `mapstructure:"max_article_bytes" yaml:"max_article_bytes"`
	// MaxFileBytes rejects larger claim files (.jsonl, .json, .csv).
	MaxFileBytes int64 `mapstructure:"max_file_bytes" yaml:"max_file_bytes"`
	// MaxRecordBytes bounds one record (a JSON line, an array element, a
	// CSV row): parsing holds one record at a time, so this bounds memory.
	MaxRecordBytes int `mapstructure:"max_record_bytes" yaml:"max_record_bytes"`
	// MaxFieldBytes bounds one field of a record.
	MaxFieldBytes int `mapstructure:"max_field_bytes" yaml:"max_field_bytes"`
	// MaxTransaction is how long one load transaction should hold the
	// store's write lock: larger batches are split to stay under it, so
	// other writers (a second load, the scheduler) never wait long.
	MaxTransaction time.Duration `mapstructure:"max_transaction" yaml:"max_transaction"`
}

// GC sets the Go collector of the commands that load or extract (load,
// eval, bench): a batch program with a memory target collects less often
// than Go's default (more CPU for the work, less for the collector) and
// bounds the heap with a soft limit instead. Other commands keep Go's
// default. The GOGC and GOMEMLIMIT environment variables, when either is
// set, win over both keys (cmd/contra applies this).
type GC struct {
	// Percent is the collector's GOGC percent: the heap may grow by this
	// percentage of the live heap before the next collection.
	Percent int `mapstructure:"percent" yaml:"percent"`
	// MemoryLimit is the soft limit on the Go runtime's memory, in the
	// vocabulary of GOMEMLIMIT ("384MiB", "1GiB", bytes without a unit),
	// or "off". It does not bound SQLite's page caches or mapped pages.
	MemoryLimit string `mapstructure:"memory_limit" yaml:"memory_limit"`
}

// Limit returns MemoryLimit in bytes, math.MaxInt64 for "off" (Go's own
// value for no limit).
func (g GC) Limit() (int64, error) {
	return ParseSize(g.MemoryLimit)
}

// sizeUnits are the units of GOMEMLIMIT, which gc.memory_limit shares so
// an operator can move a value between the two.
var sizeUnits = []struct {
	suffix string
	shift  uint
}{{"TiB", 40}, {"GiB", 30}, {"MiB", 20}, {"KiB", 10}, {"B", 0}}

// ParseSize reads a size as GOMEMLIMIT does: a non-negative integer with
// an optional unit B, KiB, MiB, GiB or TiB; "off" is math.MaxInt64.
func ParseSize(s string) (int64, error) {
	s = strings.TrimSpace(s)
	if s == "off" {
		return math.MaxInt64, nil
	}
	num, shift := s, uint(0)
	for _, u := range sizeUnits {
		if strings.HasSuffix(s, u.suffix) {
			num, shift = strings.TrimSpace(strings.TrimSuffix(s, u.suffix)), u.shift
			break
		}
	}
	n, err := strconv.ParseInt(num, 10, 64)
	if err != nil || n < 0 {
		return 0, fmt.Errorf("%q is not a size (a whole number with B, KiB, MiB, GiB or TiB, or off)", s)
	}
	if n > math.MaxInt64>>shift {
		return 0, fmt.Errorf("%q is too large", s)
	}
	return n << shift, nil
}

// Log configures log/slog output.
type Log struct {
	Level  string `mapstructure:"level" yaml:"level"`   // debug, info, warn, error
	Format string `mapstructure:"format" yaml:"format"` // auto, text, json
}

// Serve configures `contra serve`.
type Serve struct {
	// Addr is the address the server listens on; any but a loopback one
	// needs a Token.
	Addr string `mapstructure:"addr" yaml:"addr"`
	// Token is the bearer token (or several, comma-separated) clients
	// must send, each NAME:SECRET: the name is who the judgements made
	// with it are recorded as. A token without a name is named "token".
	Token string `mapstructure:"token" yaml:"token"`
	// ReadOnly refuses every write (judgements).
	ReadOnly bool `mapstructure:"read_only" yaml:"read_only"`
}

// ServeToken is one bearer token of serve.token.
type ServeToken struct {
	Name, Secret string
}

// minTokenSecret is the shortest secret serve.token accepts: a token
// guards a server reachable from other machines.
const minTokenSecret = 16

// Tokens parses serve.token.
func (s Serve) Tokens() ([]ServeToken, error) {
	var out []ServeToken
	seen := map[string]bool{}
	for _, item := range strings.Split(s.Token, ",") {
		item = strings.TrimSpace(item)
		if item == "" {
			continue
		}
		name, secret, ok := strings.Cut(item, ":")
		if !ok {
			name, secret = "token", item
		}
		name = strings.TrimSpace(name)
		if name == "" || strings.ContainsFunc(name, func(r rune) bool { return r < ' ' || r == 0x7f }) {
			return nil, errors.New("serve.token: a token's name (before the colon) is empty or has control characters")
		}
		if len(secret) < minTokenSecret {
			return nil, fmt.Errorf("serve.token: the secret of token %q has %d characters, at least %d are needed", name, len(secret), minTokenSecret)
		}
		if seen[secret] {
			return nil, fmt.Errorf("serve.token: token %q repeats another token's secret", name)
		}
		seen[secret] = true
		out = append(out, ServeToken{Name: name, Secret: secret})
	}
	return out, nil
}

// Taxonomy says how user topics and actors combine with the built-in ones.
type Taxonomy struct {
	Replace bool `mapstructure:"replace" yaml:"replace"`
}

// Named is a topic or actor with aliases.
type Named struct {
	Name    string   `mapstructure:"name" yaml:"name"`
	Aliases []string `mapstructure:"aliases" yaml:"aliases"`
}

// ReportJob is a scheduled report (see `contra schedule`).
type ReportJob struct {
	Name    string   `mapstructure:"name" yaml:"name"`
	Cron    string   `mapstructure:"cron" yaml:"cron"`
	Topics  []string `mapstructure:"topics" yaml:"topics"`
	Since   string   `mapstructure:"since" yaml:"since"`
	Formats []string `mapstructure:"formats" yaml:"formats"`
	Out     string   `mapstructure:"out" yaml:"out"`
	Keep    int      `mapstructure:"keep" yaml:"keep"`
}

// Default returns the built-in configuration.
func Default() Config {
	return Config{
		Store:  "sqlite",
		SQLite: SQLite{Path: "contra.db"},
		Neo4j:  Neo4j{URI: "", User: "neo4j", Database: "neo4j", BatchSize: 2000},
		Load: Load{BatchSize: 5000, Workers: 0, MaxArticleBytes: 16 << 20, MaxFileBytes: 4 << 30,
			MaxRecordBytes: 16 << 20, MaxFieldBytes: 1 << 20, MaxTransaction: 2 * time.Second},
		Log:   Log{Level: "info", Format: "auto"},
		Serve: Serve{Addr: "127.0.0.1:8080"},
		GC:    GC{Percent: defaultGCPercent, MemoryLimit: defaultMemoryLimit},
	}
}

// The collector's defaults, measured on `contra bench` (README,
// Configuration): a higher percent makes extraction faster, and the limit
// keeps a 1 GB article load under its 500 MB target. The limit bounds
// only the Go runtime's memory: SQLite's page caches and the mapped store
// come on top of it.
const (
	defaultGCPercent   = 400
	defaultMemoryLimit = "64MiB"
)

// flagKeys maps command-line flag names to configuration keys. Flags that
// a command does not define are simply not bound.
var flagKeys = map[string]string{
	"store":          "store",
	"db":             "sqlite.path",
	"neo4j-uri":      "neo4j.uri",
	"neo4j-user":     "neo4j.user",
	"neo4j-database": "neo4j.database",
	"batch-size":     "load.batch_size",
	"workers":        "load.workers",
	"quiet":          "quiet",
	"log-level":      "log.level",
	"log-format":     "log.format",
	"addr":           "serve.addr",
	"read-only":      "serve.read_only",
}

// Options says where Resolve looks.
type Options struct {
	// File is an explicit configuration file (--config); it must exist.
	File string
	// SearchDirs are looked in, in order, for contra.yaml when File is "".
	// Nil means the working directory and the user config directory.
	SearchDirs []string
	// Flags are the command's flags; only those the user set override.
	Flags *pflag.FlagSet
	// Environ is the environment, as os.Environ returns it; nil means
	// os.Environ().
	Environ []string
}

// Resolve builds the effective configuration and validates it.
func Resolve(o Options) (Config, error) {
	v := viper.New()
	def := Default()
	// Every key gets a default: viper skips env-only keys otherwise.
	for k, val := range map[string]any{
		"store": def.Store, "sqlite.path": def.SQLite.Path,
		"neo4j.uri": def.Neo4j.URI, "neo4j.user": def.Neo4j.User, "neo4j.password": "",
		"neo4j.database": def.Neo4j.Database, "neo4j.batch_size": def.Neo4j.BatchSize,
		"load.batch_size": def.Load.BatchSize, "load.workers": def.Load.Workers,
		"load.max_article_bytes": def.Load.MaxArticleBytes, "load.max_file_bytes": def.Load.MaxFileBytes,
		"load.max_record_bytes": def.Load.MaxRecordBytes, "load.max_field_bytes": def.Load.MaxFieldBytes,
		"load.max_transaction": def.Load.MaxTransaction,
		"log.level":            def.Log.Level, "log.format": def.Log.Format,
		"quiet": false, "taxonomy.replace": false,
		"topics": []any{}, "actors": []any{}, "reports": []any{},
		"serve.addr": def.Serve.Addr, "serve.token": "", "serve.read_only": false,
		"gc.percent": def.GC.Percent, "gc.memory_limit": def.GC.MemoryLimit,
	} {
		v.SetDefault(k, val)
	}

	file, skipped, err := findFile(o)
	if err != nil {
		return Config{}, err
	}
	if file != "" {
		v.SetConfigFile(file)
		v.SetConfigType("yaml")
		if err := v.ReadInConfig(); err != nil {
			return Config{}, fmt.Errorf("config %s: %w", file, err)
		}
	}

	env := o.Environ
	if env == nil {
		env = os.Environ()
	}
	for _, kv := range env {
		name, val, ok := strings.Cut(kv, "=")
		if !ok || !strings.HasPrefix(name, "CONTRA_") || name == "CONTRA_CONFIG" {
			continue
		}
		key, known := envKey(name)
		if !known {
			return Config{}, fmt.Errorf("environment: %s is not a contra setting (known: %s)", name, strings.Join(envNames(), ", "))
		}
		v.Set(key, val)
	}

	// Env and flags both go in as overrides, flags last so they win.
	if o.Flags != nil {
		o.Flags.Visit(func(f *pflag.Flag) {
			if key, ok := flagKeys[f.Name]; ok {
				v.Set(key, f.Value.String())
			}
		})
	}

	var c Config
	if err := v.UnmarshalExact(&c); err != nil {
		where := "configuration"
		if file != "" {
			where = "config " + file
		}
		return Config{}, fmt.Errorf("%s: %w", where, err)
	}
	c.File, c.Warnings = file, skipped
	if err := c.Validate(); err != nil {
		if file != "" {
			return Config{}, fmt.Errorf("config %s: %w", file, err)
		}
		return Config{}, err
	}
	return c, nil
}

// scalarKeys are the keys settable from the environment.
var scalarKeys = []string{
	"store", "sqlite.path", "neo4j.uri", "neo4j.user", "neo4j.password", "neo4j.database",
	"neo4j.batch_size", "load.batch_size", "load.workers", "load.max_article_bytes",
	"load.max_file_bytes", "load.max_record_bytes", "load.max_field_bytes", "load.max_transaction",
	"log.level", "log.format", "quiet", "taxonomy.replace",
	"serve.addr", "serve.token", "serve.read_only", "gc.percent", "gc.memory_limit",
}

func envName(key string) string {
	return "CONTRA_" + strings.ToUpper(strings.ReplaceAll(key, ".", "_"))
}

func envKey(name string) (string, bool) {
	for _, k := range scalarKeys {
		if envName(k) == name {
			return k, true
		}
	}
	return "", false
}

func envNames() []string {
	out := make([]string, len(scalarKeys))
	for i, k := range scalarKeys {
		out[i] = envName(k)
	}
	return out
}

func findFile(o Options) (file string, skipped []string, err error) {
	if o.File != "" {
		if _, err := os.Stat(o.File); err != nil {
			return "", nil, fmt.Errorf("config file %s: %w", o.File, err)
		}
		return o.File, nil, nil
	}
	dirs := o.SearchDirs
	if dirs == nil {
		dirs = []string{"."}
		if d, err := os.UserConfigDir(); err == nil {
			dirs = append(dirs, filepath.Join(d, "contra"))
		}
	}
	for _, d := range dirs {
		p := filepath.Join(d, "contra.yaml")
		fi, err := os.Stat(p)
		switch {
		case err == nil && fi.Mode().IsRegular():
			return p, skipped, nil
		case err == nil:
			return "", skipped, fmt.Errorf("config file %s: not a regular file", p)
		case errors.Is(err, fs.ErrNotExist):
		default:
			// A directory contra cannot search (an unreadable ~/.config,
			// a file where a directory should be) holds no configuration
			// of ours: skipping it, with a warning, beats failing every
			// command. A contra.yaml that is there but unreadable still
			// fails, when it is read.
			skipped = append(skipped, fmt.Sprintf("config search: skipped %s: %v", d, err))
		}
	}
	return "", skipped, nil
}

// Validate reports the first setting that cannot work.
func (c *Config) Validate() error {
	switch c.Store {
	case "sqlite":
		if strings.TrimSpace(c.SQLite.Path) == "" {
			return errors.New("sqlite.path is empty")
		}
	case "neo4j":
		if c.Neo4j.URI == "" {
			return errors.New("store is neo4j but neo4j.uri is empty (set CONTRA_NEO4J_URI or neo4j.uri)")
		}
		if c.Neo4j.Database == "" {
			return errors.New("neo4j.database is empty")
		}
	default:
		return fmt.Errorf("store: %q is not one of sqlite, neo4j", c.Store)
	}
	// Checked whatever the store: `contra migrate` opens Neo4j from an
	// SQLite configuration, and `config show` prints the URI.
	if c.Neo4j.URI != "" {
		if err := checkNeo4jURI(c.Neo4j.URI); err != nil {
			return err
		}
	}
	if c.Neo4j.BatchSize < 1 || c.Neo4j.BatchSize > 100000 {
		return fmt.Errorf("neo4j.batch_size: %d is not in 1..100000", c.Neo4j.BatchSize)
	}
	if c.Load.BatchSize < 1 || c.Load.BatchSize > 100000 {
		return fmt.Errorf("load.batch_size: %d is not in 1..100000", c.Load.BatchSize)
	}
	if c.Load.Workers < 0 || c.Load.Workers > 256 {
		return fmt.Errorf("load.workers: %d is not in 0..256", c.Load.Workers)
	}
	if c.Load.MaxArticleBytes < 1 {
		return fmt.Errorf("load.max_article_bytes: %d must be positive", c.Load.MaxArticleBytes)
	}
	if c.Load.MaxFileBytes < 1 {
		return fmt.Errorf("load.max_file_bytes: %d must be positive", c.Load.MaxFileBytes)
	}
	if c.Load.MaxRecordBytes < 64 || c.Load.MaxRecordBytes > 1<<30 {
		return fmt.Errorf("load.max_record_bytes: %d is not in 64..1 GiB", c.Load.MaxRecordBytes)
	}
	if c.Load.MaxFieldBytes < 1 || c.Load.MaxFieldBytes > c.Load.MaxRecordBytes {
		return fmt.Errorf("load.max_field_bytes: %d is not in 1..load.max_record_bytes (%d)", c.Load.MaxFieldBytes, c.Load.MaxRecordBytes)
	}
	if c.Load.MaxTransaction < 10*time.Millisecond {
		return fmt.Errorf("load.max_transaction: %s is shorter than 10ms", c.Load.MaxTransaction)
	}
	switch c.Log.Level {
	case "debug", "info", "warn", "error":
	default:
		return fmt.Errorf("log.level: %q is not one of debug, info, warn, error", c.Log.Level)
	}
	switch c.Log.Format {
	case "auto", "text", "json":
	default:
		return fmt.Errorf("log.format: %q is not one of auto, text, json", c.Log.Format)
	}
	for i, list := range [][]Named{c.Topics, c.Actors} {
		what := [...]string{"topics", "actors"}[i]
		for j, n := range list {
			if strings.TrimSpace(n.Name) == "" {
				return fmt.Errorf("%s[%d]: name is empty", what, j)
			}
		}
	}
	if strings.TrimSpace(c.Serve.Addr) == "" {
		return errors.New("serve.addr is empty")
	}
	if _, err := c.Serve.Tokens(); err != nil {
		return err
	}
	if c.GC.Percent < 10 || c.GC.Percent > 100000 {
		return fmt.Errorf("gc.percent: %d is not in 10..100000", c.GC.Percent)
	}
	if lim, err := c.GC.Limit(); err != nil {
		return fmt.Errorf("gc.memory_limit: %w", err)
	} else if lim < 32<<20 {
		return fmt.Errorf("gc.memory_limit: %s is below 32MiB, too little for contra to work in", c.GC.MemoryLimit)
	}
	seen := map[string]bool{}
	for i, r := range c.Reports {
		if strings.TrimSpace(r.Name) == "" {
			return fmt.Errorf("reports[%d]: name is empty", i)
		}
		if seen[r.Name] {
			return fmt.Errorf("reports[%d]: name %q is used twice", i, r.Name)
		}
		seen[r.Name] = true
	}
	return nil
}

// String renders the configuration as YAML with secrets masked: the
// password, and any user information in the URI (Redact).
func (c Config) String() string {
	pw := c.Neo4j.Password
	if pw != "" {
		c.Neo4j.Password = masked
	}
	if c.Serve.Token != "" {
		// Names stay (they say who is who); secrets go.
		toks, _ := c.Serve.Tokens()
		names := make([]string, len(toks))
		for i, t := range toks {
			names[i] = t.Name + ":********"
		}
		c.Serve.Token = strings.Join(names, ",")
		if len(toks) == 0 {
			c.Serve.Token = "********"
		}
	}
	c.Neo4j.URI = redactURI(c.Neo4j.URI)
	b, err := yaml.Marshal(c)
	if err != nil {
		return Redact(fmt.Sprintf("<config: %v>", err), pw)
	}
	return Redact(string(b), pw)
}
