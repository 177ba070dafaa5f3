package config

import (
	"github.com/spf13/pflag"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// secretURIs holds a password in every way the URI parser can fail on (and
// in the ways Validate refuses a URI that parses), with the substrings of
// the secret that must never be printed.
var secretURIs = []struct {
	name, uri string
	secret    []string
}{
	{"bad escape in path", "bolt://neo4j:S3cr3t-pw@127.0.0.1:7687/%zz", []string{"S3cr3t"}},
	{"bad escape in password", "bolt://neo4j:S3cr%3t-pw@127.0.0.1:7687", []string{"S3cr", "%3t", "3t-pw"}},
	{"bad escape in zone", "bolt://neo4j:S3cr3t-pw@[fe80::1%zz]:7687", []string{"S3cr3t"}},
	{"bad port", "bolt://neo4j:S3cr3t-pw@127.0.0.1:abc", []string{"S3cr3t"}},
	{"unclosed bracket", "bolt://neo4j:S3cr3t-pw@[::1", []string{"S3cr3t"}},
	{"bad host character", "bolt://neo4j:S3cr3t-pw@db host:7687", []string{"S3cr3t"}},
	{"space in password", "bolt://neo4j:S3cr 3t-pw@db:7687", []string{"S3cr", "3t-pw"}},
	{"quote in password", `bolt://neo4j:S3cr"3t-pw@db:7687`, []string{"S3cr", "3t-pw"}},
	{"at sign in password", "bolt://neo4j:S3cr@3t-pw@db:7687/%zz", []string{"S3cr", "3t-pw"}},
	{"control character", "bolt://neo4j:S3cr\x013t-pw@db:7687", []string{"S3cr", "3t-pw"}},
	{"missing scheme", "://neo4j:S3cr3t-pw@db:7687", []string{"S3cr3t"}},
	{"colon in first segment", "4j:S3cr3t-pw@db:7687", []string{"S3cr3t"}},
	{"opaque", "neo4j:S3cr3t-pw@db:7687", []string{"S3cr3t"}},
	{"wrong scheme", "http://neo4j:S3cr3t-pw@db:7474", []string{"S3cr3t"}},
	{"valid with credentials", "neo4j+s://neo4j:S3cr3t-pw@db:7687", []string{"S3cr3t"}},
	{"password only", "bolt://S3cr3t-pw@db:7687/%zz", []string{"S3cr3t"}},
}

// TestSecretsNeverPrinted feeds each URI through every way it enters
// (file, environment, flag) and every way configuration is printed
// (Resolve's error, String): the password never shows.
func TestSecretsNeverPrinted(t *testing.T) {
	for _, tt := range secretURIs {
		for _, store := range []string{"neo4j", "sqlite"} {
			t.Run(tt.name+"/"+store, func(t *testing.T) {
				dir := t.TempDir()
				check := func(where, out string) {
					t.Helper()
					for _, s := range tt.secret {
						if strings.Contains(out, s) {
							t.Errorf("%s shows %q:\n%s", where, s, out)
						}
					}
				}
				// Environment.
				_, err := Resolve(Options{SearchDirs: []string{dir}, Environ: []string{"CONTRA_STORE=" + store, "CONTRA_NEO4J_URI=" + tt.uri}})
				if err == nil {
					t.Fatalf("Resolve accepted %q", tt.uri)
				}
				check("the environment's error", err.Error())
				// Flag.
				_, err = Resolve(Options{SearchDirs: []string{dir}, Environ: []string{"CONTRA_STORE=" + store},
					Flags: withFlag(t, "neo4j-uri", tt.uri)})
				if err == nil {
					t.Fatalf("Resolve accepted %q from a flag", tt.uri)
				}
				check("the flag's error", err.Error())
				// File (YAML double-quoted, escapes and all).
				body := "store: " + store + "\nneo4j:\n  uri: " + yamlQuote(tt.uri) + "\n"
				if err := os.WriteFile(filepath.Join(dir, "contra.yaml"), []byte(body), 0o600); err != nil {
					t.Fatal(err)
				}
				_, err = Resolve(Options{SearchDirs: []string{dir}, Environ: []string{}})
				if err == nil {
					t.Fatalf("Resolve accepted %q from a file", tt.uri)
				}
				check("the file's error", err.Error())
				// String, on a configuration that was never validated.
				c := Default()
				c.Store, c.Neo4j.URI = store, tt.uri
				check("String", c.String())
				// Redact on text that quotes the URI as Go's errors do.
				check("Redact", c.Redact(`parse "`+strings.ReplaceAll(tt.uri, `"`, `\"`)+`": failed`))
			})
		}
	}
}

func TestRedact(t *testing.T) {
	tests := []struct{ in, want string }{
		{"dial bolt://db:7687: refused", "dial bolt://db:7687: refused"},
		{"dial bolt://neo4j:pw@db:7687: refused", "dial bolt://********@db:7687: refused"},
		{`parse "neo4j+s://u:p w@db/%zz": invalid`, `parse "neo4j+s://********@db/%zz": invalid`},
		{"two: bolt://a:b@x and neo4j://c:d@y", "two: bolt://********@x and neo4j://********@y"},
		{"password hunter22 echoed", "password ******** echoed"},
		{"escaped hunter%2122 too", "escaped hunter%2122 too"},
	}
	for _, tt := range tests {
		if got := Redact(tt.in, "hunter22"); got != tt.want {
			t.Errorf("Redact(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
	if got := Redact("p%40ss and p@ss", "p@ss"); strings.Contains(got, "p@ss") || strings.Contains(got, "p%40ss") {
		t.Errorf("escaped secret not masked: %q", got)
	}
}

// TestUnsearchableConfigDir: a search directory contra cannot look in is
// skipped with a warning instead of failing every command.
func TestUnsearchableConfigDir(t *testing.T) {
	dir := t.TempDir()
	notDir := filepath.Join(dir, "config") // a file where ~/.config should be
	if err := os.WriteFile(notDir, []byte("x"), 0o644); err != nil {
		t.Fatal(err)
	}
	dirs := []string{filepath.Join(notDir, "contra")}
	if os.Geteuid() != 0 {
		locked := filepath.Join(dir, "locked")
		if err := os.MkdirAll(filepath.Join(locked, "contra"), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.Chmod(locked, 0); err != nil {
			t.Fatal(err)
		}
		t.Cleanup(func() { os.Chmod(locked, 0o755) })
		dirs = append(dirs, filepath.Join(locked, "contra"))
	}
	c, err := Resolve(Options{SearchDirs: dirs, Environ: []string{}})
	if err != nil {
		t.Fatalf("Resolve: %v", err)
	}
	if c.File != "" || len(c.Warnings) != len(dirs) {
		t.Fatalf("file %q, warnings %q; want none and one warning per directory", c.File, c.Warnings)
	}
}

func withFlag(t *testing.T, name, value string) *pflag.FlagSet {
	t.Helper()
	fs := flags(t)
	fs.String(name, "", "")
	if err := fs.Set(name, value); err != nil {
		t.Fatal(err)
	}
	return fs
}

// yamlQuote writes s as a YAML double-quoted scalar.
func yamlQuote(s string) string {
	var b strings.Builder
	b.WriteByte('"')
	for _, r := range s {
		switch {
		case r == '"' || r == '\\':
			b.WriteString(`\` + string(r))
		case r < 0x20:
			b.WriteString(`\x` + string("0123456789abcdef"[r>>4]) + string("0123456789abcdef"[r&15]))
		default:
			b.WriteRune(r)
		}
	}
	b.WriteByte('"')
	return b.String()
}
