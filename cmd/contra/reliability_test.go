//go:build unix

package main

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"

	"github.com/contra-project/contra/config"
)

// TestExportRefusesWhatIsNotAFile: export --out onto a device, a FIFO or
// a directory fails and leaves it as it was; onto a symlink it replaces
// the file the link points to.
func TestExportRefusesWhatIsNotAFile(t *testing.T) {
	dir := t.TempDir()
	mustRun(t, dir, "load", "../../examples")
	tests := []struct {
		name  string
		setup func(t *testing.T, path string)
	}{
		{"character device", func(t *testing.T, path string) {
			if err := syscall.Mknod(path, syscall.S_IFCHR|0o666, 1<<8|3); err != nil {
				t.Skip("cannot create a device node (not root?):", err)
			}
		}},
		{"FIFO", func(t *testing.T, path string) {
			if err := syscall.Mkfifo(path, 0o644); err != nil {
				t.Skip("no FIFOs:", err)
			}
		}},
		{"directory", func(t *testing.T, path string) {
			if err := os.Mkdir(path, 0o755); err != nil {
				t.Fatal(err)
			}
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			out := filepath.Join(t.TempDir(), "n")
			tt.setup(t, out)
			before, err := os.Lstat(out)
			if err != nil {
				t.Fatal(err)
			}
			_, stderr, code := run(t, dir, "export", "--out", out)
			if code != exitInvalid || !strings.Contains(stderr, "not a regular file") {
				t.Errorf("export onto a %s: exit %d, want %d with a reason\n%s", tt.name, code, exitInvalid, stderr)
			}
			after, err := os.Lstat(out)
			if err != nil || after.Mode() != before.Mode() {
				t.Errorf("%s became %v (%v)", before.Mode(), after.Mode(), err)
			}
			if ents, _ := os.ReadDir(filepath.Dir(out)); len(ents) != 1 {
				t.Errorf("export left files beside %s: %v", out, ents)
			}
		})
	}
	t.Run("symlink", func(t *testing.T) {
		d := t.TempDir()
		real := filepath.Join(d, "real.jsonl")
		if err := os.WriteFile(real, nil, 0o640); err != nil {
			t.Fatal(err)
		}
		link := filepath.Join(d, "latest.jsonl")
		if err := os.Symlink("real.jsonl", link); err != nil {
			t.Skip("no symlinks:", err)
		}
		mustRun(t, dir, "export", "--out", link)
		fi, err := os.Lstat(link)
		if err != nil || fi.Mode()&os.ModeSymlink == 0 {
			t.Fatalf("the link was replaced: %v %v", fi.Mode(), err)
		}
		if fi, err := os.Stat(real); err != nil || fi.Size() == 0 || fi.Mode().Perm() != 0o640 {
			t.Fatalf("the linked file was not replaced in place with its mode: %v %v", fi, err)
		}
	})
}

// TestLoadSummaryStripsTerminalEscapes: names, sides, topics, outlets and
// file names carrying terminal escape sequences reach the load summary
// and the error output without their control characters.
func TestLoadSummaryStripsTerminalEscapes(t *testing.T) {
	dir := t.TempDir()
	in := filepath.Join(dir, "in")
	if err := os.Mkdir(in, 0o755); err != nil {
		t.Fatal(err)
	}
	const evil = `\u001b]0;PWNED\u0007\u001b[2J\u009b31m`
	rec := func(speaker, side, subject, said string) string {
		return fmt.Sprintf(`{"speaker":"%s Evil%s","side":"%s%s","kind":"accusation","subject":"%s%s","action":"shell the port","topic":"port%s shelling","polarity":"+","text":"They shelled the port.","said_at":"%s","source":{"url":"https://example.test/%s","outlet":"Wire%s"}}`,
			speaker, evil, side, evil, subject, evil, evil, said, speaker, evil) + "\n"
	}
	body := rec("Ada", "Norland", "Sudmark", "2031-01-02") + rec("Bo", "Sudmark", "Norland", "2031-01-03")
	if err := os.WriteFile(filepath.Join(in, "claims.jsonl"), []byte(body), 0o644); err != nil {
		t.Fatal(err)
	}
	// A rejected file whose name is an escape sequence: its path is printed.
	if err := os.WriteFile(filepath.Join(in, "bad\x1b]0;PWNED\x07.jsonl"), []byte("{\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	stdout, stderr, code := run(t, dir, "load", in)
	if code != exitInvalid {
		t.Fatalf("exit %d, want %d (one file rejected)\n%s\n%s", code, exitInvalid, stdout, stderr)
	}
	if !strings.Contains(stdout, "What contradicts what") || !strings.Contains(stdout, "PWNED") {
		t.Fatalf("the summary does not show the findings and the bad file:\n%s", stdout)
	}
	for name, out := range map[string]string{"stdout": stdout, "stderr": stderr} {
		if c := controls(out); c != "" {
			t.Errorf("%s carries control characters %s:\n%q", name, c, out)
		}
	}
}

// controls lists the control characters of s other than newline.
func controls(s string) string {
	var b strings.Builder
	for _, r := range s {
		if r != '\n' && (r < 0x20 || r >= 0x7f && r < 0xa0) {
			fmt.Fprintf(&b, "%U ", r)
		}
	}
	return b.String()
}

// TestSecretsNeverPrintedByCommands: a password in a malformed Neo4j URI,
// from a flag or the environment, reaches neither the error of a command
// nor `config show`; logged errors are redacted too.
func TestSecretsNeverPrintedByCommands(t *testing.T) {
	const pw = "S3cr3t-pw"
	uris := []string{
		"bolt://neo4j:" + pw + "@127.0.0.1:1/%zz",
		"bolt://neo4j:" + pw + "@127.0.0.1:abc",
		"bolt://neo4j:S3cr%3t-pw@127.0.0.1:1",
		"neo4j:" + pw + "@127.0.0.1:7687",
		"bolt://neo4j:" + pw + "@127.0.0.1:7687",
	}
	dir := t.TempDir()
	for _, uri := range uris {
		for _, args := range [][]string{
			{"--store", "neo4j", "--neo4j-uri", uri, "stats"},
			{"--neo4j-uri", uri, "config", "show"},
		} {
			var out, errb bytes.Buffer
			m := NewMain(strings.NewReader(""), &out, &errb)
			m.Environ = []string{}
			code := m.Run(context.Background(), append([]string{"--config", writeConfig(t, dir)}, args...))
			if code != exitInvalid {
				t.Errorf("contra %v: exit %d, want %d", args, code, exitInvalid)
			}
			for _, leak := range []string{"S3cr", "3t-pw"} {
				if strings.Contains(out.String()+errb.String(), leak) {
					t.Errorf("contra %v shows %q:\n%s%s", args, leak, out.String(), errb.String())
				}
			}
		}
	}
	var logs bytes.Buffer
	c := config.Default()
	c.Neo4j.Password = "hunter2-pw"
	for _, format := range []string{"json", "text"} {
		l := newLogger(&logs, config.Log{Level: "info", Format: format}, c.Redact)
		l.Error("open failed", "uri", "bolt://neo4j:"+pw+"@db:7687", "error", errors.New(`parse "bolt://u:`+pw+`@db/%zz": bad; auth hunter2-pw refused`))
	}
	if out := logs.String(); strings.Contains(out, pw) || strings.Contains(out, "hunter2") || !strings.Contains(out, "********") {
		t.Errorf("logs show a secret:\n%s", out)
	}
}
