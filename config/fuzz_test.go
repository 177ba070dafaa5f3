package config

import (
	"os"
	"path/filepath"
	"reflect"
	"strconv"
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
		// Deeper: every section filled, so mutations start past the
		// parsing into validation of each key, each report field and
		// each URI form; and the environment's numbers and durations.
		{"store: neo4j\nsqlite:\n  path: /srv/contra/contra.db\nneo4j:\n  uri: neo4j+ssc://db.example.test:7687\n  user: analyst\n  password: 'p@ss w0rd'\n  database: claims\n  batch_size: 2000\n" +
			"load:\n  batch_size: 20000\n  workers: 4\n  max_article_bytes: 1048576\n  max_file_bytes: 1073741824\n  max_record_bytes: 65536\n  max_field_bytes: 4096\n  max_transaction: 1500ms\n" +
			"log:\n  level: warn\n  format: text\nquiet: true\ntaxonomy:\n  replace: true\n" +
			"topics:\n  - name: ferry radios\n    aliases: [radio jamming, ferries]\nactors:\n  - name: Norland\n    aliases: [Norlandic, Velm]\n" +
			"reports:\n  - name: hourly\n    cron: '0 * * * *'\n    topics: [ferry radios]\n    since: 24h\n    formats: [md, html, csv, json]\n    out: /srv/reports/{name}/{date}\n    keep: 48\n" +
			"  - name: weekly\n    cron: '@weekly'\n    since: last-run\n    out: reports/{name}/{date}T{time}\n", 7, "1s"},
		{"neo4j:\n  uri: \"bolt://neo4j:S3cr%3t@db:7687/%zz\"\n", 2, "bolt://u:pw@[::1"},
		{"store: neo4j\nneo4j:\n  uri: neo4j:secret@db:7687\n", 3, "hunter2"},
		{"load:\n  max_record_bytes: 4096\n  max_field_bytes: 8192\n", 17, "0s"},
		{"load:\n  max_transaction: 1h\n  max_file_bytes: -1\n", 15, "9223372036854775807"},
		{"reports:\n  - {name: a, cron: '@every 1s', out: '{name}/{time}', formats: [JSON]}\n", 6, "neo4j"},
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
		// A URI's user information never survives redaction, however
		// the error or the configuration shows it.
		for _, out := range []string{c.String(), c.Redact(c.Neo4j.URI)} {
			if strings.Contains(out, "@") && strings.Contains(c.Neo4j.URI, "@") && Redact(out) != out {
				t.Fatalf("redaction is not idempotent on %q", out)
			}
		}
		if pw := c.Neo4j.Password; pw != "" {
			// The oracle is the same configuration with another non-empty
			// password: String() shows a mask for it too, so a password
			// made of the mask's own characters (or the quotes YAML puts
			// round it) is not taken for a leak.
			masked := c
			masked.Neo4j.Password = "another-password"
			if !strings.Contains(masked.String(), pw) && strings.Contains(c.String(), pw) {
				t.Fatalf("String() shows the password %q:\n%s", pw, c.String())
			}
		}
	})
}

// FuzzRedact: whatever surrounds it, a password in a URI quoted as Go's
// errors quote it never survives Redact, nor does a configured secret, and
// Redact changes nothing it has already redacted.
func FuzzRedact(f *testing.F) {
	for _, s := range []struct{ before, user, pw, host, after string }{
		{"parse ", "neo4j", "S3cr3t", "127.0.0.1:1/%zz", ": invalid URL escape"},
		{"dial ", "u", "p w\"x", "[::1", " failed"},
		{"", "", "only-a-token", "db", ""},
		{"a://b@c ", "neo4j", "p@ss:w/rd", "h", " and d://e:f@g"},
		{"\x1b]0;", "x", "\x01\x02pw", "h\n", "\u2028"},
	} {
		f.Add(s.before, s.user, s.pw, s.host, s.after)
	}
	f.Fuzz(func(t *testing.T, before, user, pw, host, after string) {
		// A password that is also the rest of the text proves nothing, nor
		// does one with the mask's character: the mask and the text beside
		// it may spell it ("** " from "********" and a space).
		if len(pw) < 3 || strings.Contains(before+user+host+after, pw) || strings.Contains("bolt://:@", pw) || strings.ContainsRune(pw, '*') {
			return
		}
		cred := pw
		if user != "" {
			cred = user + ":" + pw
		}
		quoted := strconv.Quote("bolt://" + cred + "@" + host)
		for _, text := range []string{before + quoted + after, before + "secret " + pw + " " + after} {
			out := Redact(text, pw)
			if strings.Contains(out, pw) {
				t.Fatalf("Redact(%q) = %q: the password shows", text, out)
			}
			if again := Redact(out, pw); again != out {
				t.Fatalf("Redact is not idempotent: %q, then %q", out, again)
			}
		}
	})
}
