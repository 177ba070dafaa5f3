package config

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/spf13/pflag"
)

func writeFile(t *testing.T, dir, body string) string {
	t.Helper()
	p := filepath.Join(dir, "contra.yaml")
	if err := os.WriteFile(p, []byte(body), 0o600); err != nil {
		t.Fatal(err)
	}
	return p
}

func flags(t *testing.T, args ...string) *pflag.FlagSet {
	t.Helper()
	fs := pflag.NewFlagSet("test", pflag.ContinueOnError)
	fs.String("db", "contra.db", "")
	fs.String("store", "sqlite", "")
	fs.Int("batch-size", 5000, "")
	fs.Bool("quiet", false, "")
	if err := fs.Parse(args); err != nil {
		t.Fatal(err)
	}
	return fs
}

func TestPrecedence(t *testing.T) {
	tests := []struct {
		name    string
		file    string
		env     []string
		args    []string
		wantDB  string
		wantBS  int
		wantQ   bool
		wantErr string
	}{
		{name: "defaults", wantDB: "contra.db", wantBS: 5000},
		{name: "file", file: "sqlite:\n  path: from-file.db\nload:\n  batch_size: 200\n", wantDB: "from-file.db", wantBS: 200},
		{name: "env over file", file: "sqlite:\n  path: from-file.db\n", env: []string{"CONTRA_SQLITE_PATH=from-env.db", "CONTRA_QUIET=true"}, wantDB: "from-env.db", wantBS: 5000, wantQ: true},
		{name: "flag over env", file: "sqlite:\n  path: from-file.db\n", env: []string{"CONTRA_SQLITE_PATH=from-env.db"}, args: []string{"--db", "from-flag.db", "--batch-size", "7"}, wantDB: "from-flag.db", wantBS: 7},
		{name: "unset flag does not override", env: []string{"CONTRA_LOAD_BATCH_SIZE=33"}, wantDB: "contra.db", wantBS: 33},
		{name: "unknown file key", file: "sqlite:\n  paht: typo.db\n", wantErr: "paht"},
		{name: "bad store", env: []string{"CONTRA_STORE=mongo"}, wantErr: "store"},
		{name: "bad batch", args: []string{"--batch-size", "0"}, wantErr: "load.batch_size"},
		{name: "unknown env", env: []string{"CONTRA_SQLITE_PAHT=x"}, wantErr: "CONTRA_SQLITE_PAHT"},
		{name: "neo4j needs uri", env: []string{"CONTRA_STORE=neo4j"}, wantErr: "neo4j.uri"},
		{name: "neo4j bad scheme", env: []string{"CONTRA_STORE=neo4j", "CONTRA_NEO4J_URI=http://x:7474"}, wantErr: "scheme"},
		{name: "duplicate report", file: "reports:\n  - name: a\n  - name: a\n", wantErr: "used twice"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dir := t.TempDir()
			o := Options{SearchDirs: []string{dir}, Environ: tt.env, Flags: flags(t, tt.args...)}
			if tt.env == nil {
				o.Environ = []string{}
			}
			if tt.file != "" {
				writeFile(t, dir, tt.file)
			}
			c, err := Resolve(o)
			if tt.wantErr != "" {
				if err == nil || !strings.Contains(err.Error(), tt.wantErr) {
					t.Fatalf("err = %v, want it to mention %q", err, tt.wantErr)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if c.SQLite.Path != tt.wantDB || c.Load.BatchSize != tt.wantBS || c.Quiet != tt.wantQ {
				t.Errorf("got db=%q batch=%d quiet=%v, want %q %d %v", c.SQLite.Path, c.Load.BatchSize, c.Quiet, tt.wantDB, tt.wantBS, tt.wantQ)
			}
		})
	}
}

func TestStringMasksPassword(t *testing.T) {
	c := Default()
	c.Neo4j.Password = "s3cret-Pa55"
	s := c.String()
	if strings.Contains(s, "s3cret") || !strings.Contains(s, "********") {
		t.Fatalf("password not masked:\n%s", s)
	}
}

func TestExplicitFileMustExist(t *testing.T) {
	_, err := Resolve(Options{File: filepath.Join(t.TempDir(), "missing.yaml"), Environ: []string{}})
	if err == nil || !strings.Contains(err.Error(), "missing.yaml") {
		t.Fatalf("err = %v", err)
	}
}

func TestFileTopicsAndReports(t *testing.T) {
	dir := t.TempDir()
	writeFile(t, dir, `
topics:
  - name: grain corridor
    aliases: [grain deal, Black Sea grain]
reports:
  - name: daily
    cron: "0 6 * * *"
    topics: ["cluster munitions"]
    since: last-run
    formats: [html, md]
    out: reports/{name}/{date}
    keep: 30
`)
	c, err := Resolve(Options{SearchDirs: []string{dir}, Environ: []string{}})
	if err != nil {
		t.Fatal(err)
	}
	if len(c.Topics) != 1 || len(c.Topics[0].Aliases) != 2 || len(c.Reports) != 1 || c.Reports[0].Keep != 30 {
		t.Fatalf("got %+v", c)
	}
}

func TestLoadLimits(t *testing.T) {
	tests := []struct {
		name    string
		file    string
		env     []string
		want    Load
		wantErr string
	}{
		{name: "defaults", want: Default().Load},
		{name: "file and env", file: "load:\n  max_record_bytes: 4096\n  max_field_bytes: 1024\n  max_file_bytes: 1000000\n",
			env:  []string{"CONTRA_LOAD_MAX_TRANSACTION=500ms"},
			want: Load{BatchSize: 5000, MaxArticleBytes: 16 << 20, MaxFileBytes: 1000000, MaxRecordBytes: 4096, MaxFieldBytes: 1024, MaxTransaction: 500 * time.Millisecond}},
		{name: "field over record", file: "load:\n  max_record_bytes: 4096\n  max_field_bytes: 8192\n", wantErr: "load.max_field_bytes"},
		{name: "tiny record", env: []string{"CONTRA_LOAD_MAX_RECORD_BYTES=10"}, wantErr: "load.max_record_bytes"},
		{name: "no transaction time", env: []string{"CONTRA_LOAD_MAX_TRANSACTION=0s"}, wantErr: "load.max_transaction"},
		{name: "transaction not a duration", env: []string{"CONTRA_LOAD_MAX_TRANSACTION=soon"}, wantErr: "max_transaction"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dir := t.TempDir()
			if tt.file != "" {
				writeFile(t, dir, tt.file)
			}
			env := tt.env
			if env == nil {
				env = []string{}
			}
			c, err := Resolve(Options{SearchDirs: []string{dir}, Environ: env})
			if tt.wantErr != "" {
				if err == nil || !strings.Contains(err.Error(), tt.wantErr) {
					t.Fatalf("err = %v, want it to mention %q", err, tt.wantErr)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if c.Load != tt.want {
				t.Errorf("load = %+v, want %+v", c.Load, tt.want)
			}
		})
	}
}
