package config

import (
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
)

// FuzzResolve feeds arbitrary contra.yaml bodies and CONTRA_* values
// through Resolve. It must never panic; when it accepts an input, the
// result must be valid, resolved the same way twice, and must not print
// the password.
func FuzzResolve(f *testing.F) {
	example, err := os.ReadFile("../contra.yaml")
	if err != nil {
		f.Fatal(err)
	}
	seeds := []struct {
		body string
		env  uint8
		val  string
	}{
		{string(example), 0, "sqlite"},
		{"", 7, "250"},
		{"store: neo4j\nneo4j:\n  uri: neo4j+s://db.example:7687\n  password: s3cret-pass\n", 4, "hunter2-secret"},
		{"load:\n  batch_size: abc\n", 8, "-1"},
		{"reports:\n  - name: a\n    cron: '@every 1s'\n  - name: a\n", 12, "true"},
		{"topics:\n  - name: x\n    aliases: [y, z]\nactors: 3\n", 13, "maybe"},
		{"a: &a [*a]\n", 9, "1e9"},
		{"sqlite: {path: ''}\n", 1, ""},
		{"\t- ]: [\n", 10, "verbose"},
		{"quiet: yes\nlog: {level: debug, format: json}\n", 11, "text"},
	}
	for _, s := range seeds {
		f.Add(s.body, s.env, s.val)
	}
	names := envNames()
	f.Fuzz(func(t *testing.T, body string, env uint8, val string) {
		path := filepath.Join(t.TempDir(), "contra.yaml")
		if err := os.WriteFile(path, []byte(body), 0o600); err != nil {
			t.Fatal(err)
		}
		environ := []string{names[int(env)%len(names)] + "=" + val}
		o := Options{File: path, SearchDirs: []string{}, Environ: environ}
		c, err := Resolve(o)
		if err != nil {
			if err.Error() == "" {
				t.Fatal("Resolve returned an error with no message")
			}
			return
		}
		if verr := c.Validate(); verr != nil {
			t.Fatalf("Resolve accepted a configuration Validate rejects: %v", verr)
		}
		if c.File != path {
			t.Fatalf("File = %q, want %q", c.File, path)
		}
		again, err := Resolve(o)
		if err != nil || !reflect.DeepEqual(c, again) {
			t.Fatalf("Resolve is not deterministic: %+v, then %+v, %v", c, again, err)
		}
		if pw := c.Neo4j.Password; pw != "" {
			masked := c
			masked.Neo4j.Password = ""
			if !strings.Contains(masked.String(), pw) && strings.Contains(c.String(), pw) {
				t.Fatalf("String() shows the password %q:\n%s", pw, c.String())
			}
		}
	})
}
