//go:build unix

package main

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/contra-project/contra/config"
	"github.com/contra-project/contra/graph"
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
		l := newLogger(&logs, false, config.Log{Level: "info", Format: format}, c.Redact)
		l.Error("open failed", "uri", "bolt://neo4j:"+pw+"@db:7687", "error", errors.New(`parse "bolt://u:`+pw+`@db/%zz": bad; auth hunter2-pw refused`))
	}
	if out := logs.String(); strings.Contains(out, pw) || strings.Contains(out, "hunter2") || !strings.Contains(out, "********") {
		t.Errorf("logs show a secret:\n%s", out)
	}
}

// TestSIGTERMStopsAnEndlessLoad: contra load of a file that never ends (a
// sparse terabyte under a file limit raised to let it be read) stops
// within a second of SIGTERM, and of SIGINT; an input that is a symlink to
// /dev/zero, or a FIFO, is skipped without waiting at all.
func TestSIGTERMStopsAnEndlessLoad(t *testing.T) {
	bin := buildBinary(t)
	dir := t.TempDir()
	in := filepath.Join(dir, "in")
	if err := os.Mkdir(in, 0o755); err != nil {
		t.Fatal(err)
	}
	f, err := os.Create(filepath.Join(in, "endless.jsonl"))
	if err != nil {
		t.Fatal(err)
	}
	if err := f.Truncate(1 << 40); err != nil {
		t.Skip("no sparse files:", err)
	}
	f.Close()
	for _, sig := range []syscall.Signal{syscall.SIGTERM, syscall.SIGINT} {
		t.Run(sig.String(), func(t *testing.T) {
			p := newProc(bin, dir, "--db", filepath.Join(dir, "contra.db"), "load", "in", "-q")
			p.cmd.Env = append(p.cmd.Env, "CONTRA_LOAD_MAX_FILE_BYTES=2199023255552")
			if err := p.cmd.Start(); err != nil {
				t.Fatal(err)
			}
			done := make(chan int, 1)
			go func() { code, _ := exitCode(p.cmd.Wait()); done <- code }()
			select {
			case code := <-done:
				t.Fatalf("the load of an endless file ended by itself: exit %d\n%s", code, p.stderr.String())
			case <-time.After(2 * time.Second):
			}
			sent := time.Now()
			if err := p.cmd.Process.Signal(sig); err != nil {
				t.Fatal(err)
			}
			select {
			case code := <-done:
				took := time.Since(sent)
				t.Logf("%v: exit %d %v after the signal", sig, code, took.Round(time.Millisecond))
				if took > time.Second {
					t.Errorf("stopped %v after %v, want < 1s", took, sig)
				}
				if code != 130 {
					t.Errorf("exit %d, want 130\n%s", code, p.stderr.String())
				}
			case <-time.After(10 * time.Second):
				p.cmd.Process.Kill()
				t.Fatalf("contra load ignored %v for 10s", sig)
			}
		})
	}
	t.Run("device and FIFO", func(t *testing.T) {
		in := filepath.Join(dir, "in2")
		writeClaimFiles(t, in, 3, 10, 10)
		if err := os.Symlink("/dev/zero", filepath.Join(in, "z.jsonl")); err != nil {
			t.Skip("no symlinks:", err)
		}
		if err := syscall.Mkfifo(filepath.Join(in, "f.jsonl"), 0o644); err != nil {
			t.Skip("no FIFOs:", err)
		}
		start := time.Now()
		p := startContra(t, bin, dir, "--db", filepath.Join(dir, "dev.db"), "load", "in2", "-o", "json")
		done := make(chan int, 1)
		go func() { code, _ := exitCode(p.cmd.Wait()); done <- code }()
		select {
		case code := <-done:
			if code != 0 {
				t.Fatalf("exit %d\n%s", code, p.stderr.String())
			}
		case <-time.After(20 * time.Second):
			p.cmd.Process.Kill()
			t.Fatal("contra load hung on /dev/zero or a FIFO")
		}
		var out struct {
			Summary struct {
				Files []struct {
					Path, Status string
					Notes        []string
				}
			}
		}
		if err := json.Unmarshal(p.stdout.Bytes(), &out); err != nil {
			t.Fatal(err)
		}
		skipped := 0
		for _, f := range out.Summary.Files {
			if strings.HasSuffix(f.Path, "z.jsonl") || strings.HasSuffix(f.Path, "f.jsonl") {
				skipped++
				if f.Status != "skipped" || len(f.Notes) == 0 || !strings.Contains(f.Notes[0], "not a regular file") {
					t.Errorf("%s: %s %q", f.Path, f.Status, f.Notes)
				}
			}
		}
		if skipped != 2 {
			t.Errorf("%d of the 2 special files reported", skipped)
		}
		t.Logf("loaded past /dev/zero and a FIFO in %v", time.Since(start).Round(time.Millisecond))
	})
}

// TestConcurrentWritersGetTheirTurn: a load asked for batches of 100,000
// claims holds the write lock as long as load.max_transaction allows,
// transaction after transaction; a second load and a scheduled run started
// meanwhile both succeed, and both get the lock while the first load is
// still writing (they no longer wait for it to end, or fail after 10 s).
func TestConcurrentWritersGetTheirTurn(t *testing.T) {
	bin := buildBinary(t)
	dir := t.TempDir()
	writeClaimFiles(t, filepath.Join(dir, "big"), 23, 100000, 10000)
	writeClaimFiles(t, filepath.Join(dir, "small"), 29, 500, 500)
	cfg := filepath.Join(dir, "contra.yaml")
	body := "reports:\n  - name: tick\n    cron: \"@every 1s\"\n    formats: [json, md]\n    out: reports/{name}\n"
	if err := os.WriteFile(cfg, []byte(body), 0o644); err != nil {
		t.Fatal(err)
	}
	common := []string{"--config", cfg, "--db", filepath.Join(dir, "contra.db")}
	// An empty store to share (reading commands do not create one): a
	// claim in it would make the scheduled report's work grow with the
	// big load, and this test is about the lock, not about reports.
	if err := os.Mkdir(filepath.Join(dir, "seed"), 0o755); err != nil {
		t.Fatal(err)
	}
	if _, stderr, code := runContra(t, bin, dir, append(common, "load", "seed", "-q")...); code != 0 {
		t.Fatalf("create the store: exit %d\n%s", code, stderr)
	}
	// The big load is incremental (--bulk=false): a bulk load holds the
	// lock for its whole transaction by design, and says so to waiters.
	holder := startContra(t, bin, dir, append(common, "load", "big", "--bulk=false", "--batch-size", "100000", "-q", "-o", "json", "--log-level", "debug", "--log-format", "json")...)
	holderDone := make(chan int, 1)
	var holderEnd time.Time
	go func() {
		code, _ := exitCode(holder.cmd.Wait())
		holderEnd = time.Now()
		holderDone <- code
	}()
	// Wait until it holds the write lock (a probe cannot take it): the
	// others start in the middle of one of its transactions.
	probe := openRaw(t, filepath.Join(dir, "contra.db"), false)
	probe.SetMaxOpenConns(1)
	if _, err := probe.Exec("PRAGMA busy_timeout = 0"); err != nil {
		t.Fatal(err)
	}
	for deadline := time.Now().Add(60 * time.Second); ; time.Sleep(10 * time.Millisecond) {
		if time.Now().After(deadline) {
			t.Fatal("the big load never took the write lock")
		}
		if _, err := probe.Exec("BEGIN IMMEDIATE"); err != nil {
			break
		}
		if _, err := probe.Exec("ROLLBACK"); err != nil {
			t.Fatal(err)
		}
	}
	probe.Close()
	// The floor of each waiter: the same command alone, on an empty store
	// of its own, timed while the big load runs (so on the same busy
	// machine). What it takes beyond that in the shared store is waiting.
	floors := map[string]time.Duration{}
	for i, args := range [][]string{{"load", "small", "-q"}, {"schedule", "--once", "--base", filepath.Join(dir, "alone")}} {
		own := []string{"--config", cfg, "--db", filepath.Join(dir, fmt.Sprintf("alone%d.db", i))}
		if _, stderr, code := runContra(t, bin, dir, append(own, "load", "seed", "-q")...); code != 0 {
			t.Fatalf("create a store of its own: exit %d\n%s", code, stderr)
		}
		began := time.Now()
		if _, stderr, code := runContra(t, bin, dir, append(own, args...)...); code != 0 {
			t.Fatalf("contra %s alone: exit %d\n%s", strings.Join(args, " "), code, stderr)
		}
		floors[args[0]] = time.Since(began)
	}
	start := time.Now()
	type result struct {
		p    *proc
		took time.Duration
		end  time.Time
		code int
	}
	results := make(chan result, 2)
	for _, args := range [][]string{{"load", "small", "-q"}, {"schedule", "--once", "--base", dir}} {
		p := startContra(t, bin, dir, append(common, args...)...)
		go func() {
			code, _ := exitCode(p.cmd.Wait())
			results <- result{p, time.Since(start), time.Now(), code}
		}()
	}
	var waiters []result
	for range 2 {
		waiters = append(waiters, <-results)
	}
	if code := <-holderDone; code != 0 {
		t.Fatalf("big load: exit %d\n%s", code, holder.stderr.String())
	}
	// The big load's transactions, from its debug log.
	type txn struct {
		claims int
		took   time.Duration
	}
	var txns []txn
	var batches []string
	var longest time.Duration
	var lastCommit time.Time
	sc := bufio.NewScanner(strings.NewReader(holder.stderr.String()))
	for sc.Scan() {
		var rec struct {
			Time   time.Time `json:"time"`
			Msg    string    `json:"msg"`
			Claims int       `json:"claims"`
			Took   string    `json:"took"`
		}
		if json.Unmarshal(sc.Bytes(), &rec) != nil || rec.Msg != "batch written" {
			continue
		}
		d, _ := time.ParseDuration(rec.Took)
		longest = max(longest, d)
		txns = append(txns, txn{rec.Claims, d})
		lastCommit = rec.Time
		batches = append(batches, fmt.Sprintf("%d in %s", rec.Claims, d.Round(time.Millisecond)))
	}
	t.Logf("big load: transactions %v", batches)
	if lastCommit.IsZero() {
		lastCommit = holderEnd
	}
	for _, w := range waiters {
		floor := floors[w.p.args[len(common)]]
		t.Logf("contra %s: exit %d after %v (alone: %v)", strings.Join(w.p.args[len(common):], " "), w.code, w.took.Round(time.Millisecond), floor.Round(time.Millisecond))
		// Beyond its own work, it waits for one transaction of the big
		// load (plus the one it runs into for its second write, for the
		// scheduler), not for the whole load.
		if w.took > 3*longest+2*floor {
			t.Errorf("contra %s took %v (alone %v): it waited for more than its turn\n%s", strings.Join(w.p.args[len(common):], " "), w.took, floor, w.p.stderr.String())
		}
		if w.code != 0 {
			t.Errorf("contra %s: exit %d\n%s", strings.Join(w.p.args, " "), w.code, w.p.stderr.String())
		}
		for _, m := range lockMessages {
			if strings.Contains(w.p.stderr.String(), m) {
				t.Errorf("contra %s: stderr has %q:\n%s", strings.Join(w.p.args, " "), m, w.p.stderr.String())
			}
		}
		// The load's one transaction must have found its turn while the
		// big load was writing; the scheduler's report may take longer
		// than what was left of it.
		if w.p.args[len(common)] == "load" && !w.end.Before(lastCommit) {
			t.Errorf("contra %s ended at %s, after the big load's last transaction (%s): it waited for the whole load",
				strings.Join(w.p.args[len(common):], " "), w.end.Format("15:04:05.000"), lastCommit.Format("15:04:05.000"))
		}
	}
	// Transactions are sized by the pace of the one before (at most twice
	// its claims, and what its pace fits in 80% of load.max_transaction,
	// 2 s), not by --batch-size: read from the log, so that the check
	// holds however fast this machine runs today.
	if len(txns) < 3 {
		t.Errorf("the big load wrote %v: want several transactions near load.max_transaction (2s)", batches)
	}
	for i := 1; i < len(txns); i++ {
		prev := txns[i-1]
		fit := min(2*prev.claims, int(float64(prev.claims)*float64(1600*time.Millisecond)/float64(max(prev.took, time.Millisecond))))
		if txns[i].claims > max(1, fit)+1 {
			t.Errorf("transaction %d wrote %d claims after %d in %v: more than its pace fits in 1.6 s (%d)", i, txns[i].claims, prev.claims, prev.took, fit)
		}
	}
	if st := storeStats(t, filepath.Join(dir, "contra.db")); st.Claims != 100500 {
		t.Errorf("store holds %d claims, want 100500", st.Claims)
	}
}

// TestReadOnlyStore: a store on a read-only file system answers every
// read command; a write command fails with exit 4 saying the store is
// read-only, and the file stays as it was.
func TestReadOnlyStore(t *testing.T) {
	dir := t.TempDir()
	src := filepath.Join(dir, "src")
	if err := os.Mkdir(src, 0o755); err != nil {
		t.Fatal(err)
	}
	mustRun(t, src, "load", "../../examples")
	db := filepath.Join(src, "contra.db")
	want := statsOf(t, src)
	mnt := filepath.Join(dir, "ro")
	if err := os.Mkdir(mnt, 0o755); err != nil {
		t.Fatal(err)
	}
	if err := syscall.Mount(src, mnt, "", syscall.MS_BIND, ""); err != nil {
		t.Skipf("cannot bind-mount (%v): the read-only case did not run", err)
	}
	t.Cleanup(func() { syscall.Unmount(mnt, 0) })
	if err := syscall.Mount("", mnt, "", syscall.MS_REMOUNT|syscall.MS_BIND|syscall.MS_RDONLY, ""); err != nil {
		t.Skipf("cannot remount read-only (%v): the read-only case did not run", err)
	}
	before := fileSHA(t, db)
	ro := filepath.Join(mnt, "contra.db")
	cfg := writeConfig(t, dir)
	runRO := func(args ...string) (string, string, int) {
		var out, errb bytes.Buffer
		m := NewMain(strings.NewReader(""), &out, &errb)
		m.Environ = []string{}
		code := m.Run(context.Background(), append([]string{"--config", cfg, "--db", ro}, args...))
		return out.String(), errb.String(), code
	}
	for _, args := range [][]string{
		{"stats", "-o", "json"},
		{"query", "mutual", "--topic", "cluster munitions", "-o", "json"},
		{"query", "contradictions", "-o", "json"},
		{"export", "-o", "jsonl"},
	} {
		out, errs, code := runRO(args...)
		if code != 0 || !json.Valid([]byte(out)) && args[0] != "export" {
			t.Errorf("contra %v on a read-only store: exit %d\n%s", args, code, errs)
		}
		if args[0] == "stats" {
			var st graph.Stats
			if json.Unmarshal([]byte(out), &st) != nil || st.Claims != want.Claims {
				t.Errorf("stats on a read-only store: %s, want %d claims", out, want.Claims)
			}
		}
	}
	_, errs, code := runRO("load", "../../examples/cluster-munitions-2023.jsonl")
	if code != exitUnavailable || !strings.Contains(errs, "read-only") {
		t.Errorf("load into a read-only store: exit %d, want %d saying it is read-only\n%s", code, exitUnavailable, errs)
	}
	if after := fileSHA(t, db); after != before {
		t.Error("the store changed")
	}
}

// TestKilledScheduleLeavesWholeRuns kills contra schedule --once at
// random points of its runs: every run directory left is a whole run
// (all its formats), and the next run removes what the killed ones were
// writing.
func TestKilledScheduleLeavesWholeRuns(t *testing.T) {
	bin := buildBinary(t)
	dir := t.TempDir()
	writeClaimFiles(t, filepath.Join(dir, "corpus"), 31, 3000, 3000)
	cfg := filepath.Join(dir, "contra.yaml")
	// A sliding window: every run reports on every claim, and takes a while.
	body := "reports:\n  - name: tick\n    cron: \"@every 1s\"\n    since: 24h\n    formats: [md, html, csv, json]\n    out: reports/{name}/{date}-{time}\n    keep: 3\n"
	if err := os.WriteFile(cfg, []byte(body), 0o644); err != nil {
		t.Fatal(err)
	}
	common := []string{"--config", cfg, "--db", filepath.Join(dir, "contra.db")}
	if _, stderr, code := runContra(t, bin, dir, append(common, "load", "corpus", "-q")...); code != 0 {
		t.Fatalf("load: exit %d\n%s", code, stderr)
	}
	once := append(common, "schedule", "--once", "--base", dir, "--log-format", "json")
	// A whole run first, to know how long one takes.
	start := time.Now()
	if _, stderr, code := runContra(t, bin, dir, once...); code != 0 {
		t.Fatalf("schedule: exit %d\n%s", code, stderr)
	}
	took := time.Since(start)
	rng := rand.New(rand.NewPCG(7, 11))
	killed := 0
	for range 6 {
		time.Sleep(1100 * time.Millisecond) // the job is due again
		p := startContra(t, bin, dir, once...)
		time.Sleep(time.Duration(rng.Int64N(int64(took))))
		if err := p.cmd.Process.Signal(syscall.SIGKILL); err != nil {
			t.Fatal(err)
		}
		if code := p.wait(t); code == -1 {
			killed++
		}
	}
	t.Logf("a run takes %v; %d of 6 runs killed", took.Round(time.Millisecond), killed)
	time.Sleep(1100 * time.Millisecond)
	_, stderr, code := runContra(t, bin, dir, once...)
	if code != 0 {
		t.Fatalf("schedule after the kills: exit %d\n%s", code, stderr)
	}
	jobDir := filepath.Join(dir, "reports", "tick")
	ents, err := os.ReadDir(jobDir)
	if err != nil {
		t.Fatal(err)
	}
	runs := 0
	for _, e := range ents {
		if strings.HasPrefix(e.Name(), ".contra-run-") {
			t.Errorf("what a killed run was writing is still there: %s", e.Name())
		}
		if !e.IsDir() || strings.HasPrefix(e.Name(), ".") {
			continue
		}
		runs++
		for _, f := range []string{".contra-run.json", "report.md", "report.html", "report.csv", "report.json"} {
			if _, err := os.Stat(filepath.Join(jobDir, e.Name(), f)); err != nil {
				t.Errorf("run %s is not whole: %v", e.Name(), err)
			}
		}
	}
	if runs == 0 || runs > 3 {
		t.Errorf("%d run directories, want 1 to 3 (keep: 3)", runs)
	}
	if strings.Contains(stderr, "backing off") {
		t.Logf("the job backed off after its killed runs:\n%s", stderr)
	}
}
