package main

import (
	"bytes"
	"context"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/creack/pty"
	"github.com/mattn/go-runewidth"
)

// writeCorpus writes n claim files of per claims each, with a metadata
// sidecar and gold labels beside each, which are not inputs.
func writeCorpus(t *testing.T, dir string, n, per int) {
	t.Helper()
	if err := os.MkdirAll(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	sides := []string{"Arvenia", "Belmora", "Cordan"}
	for f := range n {
		var b strings.Builder
		for i := range per {
			fmt.Fprintf(&b, `{"id":"c%d-%d","speaker":"Speaker %d","side":%q,"kind":"accusation","subject":%q,"action":"act %d","topic":"topic %d","polarity":"+","text":"Statement %d of file %d.","said_at":"2031-04-%02d"}`+"\n",
				f, i, i%50, sides[i%3], sides[(i+1)%3], i%40, i%7, i, f, 1+i%28)
		}
		name := filepath.Join(dir, fmt.Sprintf("c%d", f))
		for ext, body := range map[string]string{".jsonl": b.String(), ".meta.json": "{}", ".gold.json": `{"claims":[]}`} {
			if err := os.WriteFile(name+ext, []byte(body), 0o644); err != nil {
				t.Fatal(err)
			}
		}
	}
}

// syncBuffer is a bytes.Buffer for one writer goroutine and a reader.
type syncBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (s *syncBuffer) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.Write(p)
}

func (s *syncBuffer) String() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.String()
}

// runOnTerminal runs contra with its standard error on a pseudo-terminal
// cols wide, and returns what the terminal received.
func runOnTerminal(t *testing.T, dir string, cols uint16, args ...string) (stdout, terminal string, code int) {
	t.Helper()
	ptmx, tty, err := pty.Open()
	if err != nil {
		t.Skipf("no pseudo-terminal: %v", err)
	}
	defer ptmx.Close()
	if err := pty.Setsize(ptmx, &pty.Winsize{Rows: 24, Cols: cols}); err != nil {
		t.Fatal(err)
	}
	var term syncBuffer
	copied := make(chan struct{})
	go func() {
		_, _ = io.Copy(&term, ptmx) // ends with EIO once tty is closed
		close(copied)
	}()
	var out bytes.Buffer
	m := NewMain(strings.NewReader(""), &out, tty)
	m.Environ = []string{}
	code = m.Run(context.Background(), append([]string{"--db", filepath.Join(dir, "contra.db"), "--config", writeConfig(t, dir)}, args...))
	tty.Close()
	select {
	case <-copied:
	case <-time.After(5 * time.Second):
		t.Fatal("the terminal's output did not end")
	}
	return out.String(), term.String(), code
}

// logRecord is a log line as the text handler writes it on a terminal.
var logRecord = regexp.MustCompile(`^time=\S+ level=(DEBUG|INFO|WARN|ERROR) msg=`)

// frame is one drawing of the load's progress bar.
var frame = regexp.MustCompile(`^(\d+)/(\d+) files +([\d.]+ [KMG]?i?[bB])/([\d.]+ [KMG]?i?[bB]) +\[[=>-]*\] +(\d+)%`)

// TestProgressInATerminal drives a load in a pseudo-terminal and reads
// the bar: it advances through files and bytes to 100%, counts only the
// input files, redraws one line in place (cursor up, clear) within the
// terminal's width, and is cleared at the end.
func TestProgressInATerminal(t *testing.T) {
	defer func(r time.Duration) { progressRate = r }(progressRate)
	progressRate = 10 * time.Millisecond
	dir := t.TempDir()
	corpus := filepath.Join(dir, "corpus")
	const files = 6
	writeCorpus(t, corpus, files, 1500)
	for _, cols := range []uint16{30, 60, 100} {
		t.Run(fmt.Sprint(cols), func(t *testing.T) {
			os.Remove(filepath.Join(dir, "contra.db"))
			stdout, term, code := runOnTerminal(t, dir, cols, "load", corpus, "-o", "json")
			if code != 0 {
				t.Fatalf("exit %d\n%s", code, term)
			}
			if !strings.HasPrefix(stdout, "{") {
				t.Fatalf("stdout is not the JSON summary: %.200q", stdout)
			}
			const redraw = "\x1b[1A\x1b[J" // cursor up one line, clear to the end
			draws := strings.Split(term, redraw)
			if last := draws[len(draws)-1]; strings.TrimSpace(last) != "" {
				t.Fatalf("the bar is not cleared at the end: %q", last)
			}
			var percents []int
			for i, d := range draws[:len(draws)-1] {
				line := strings.TrimRight(d, "\r\n")
				// A log record written while the bar shows (on a slow
				// machine, "load batches are smaller than asked") is
				// printed above it, whole lines before the bar's.
				for {
					rec, rest, ok := strings.Cut(line, "\n")
					if !ok || !logRecord.MatchString(strings.TrimRight(rec, "\r")) {
						break
					}
					line = rest
				}
				if strings.ContainsAny(line, "\r\n") {
					t.Fatalf("draw %d is more than one line: %q", i, d)
				}
				if w := runewidth.StringWidth(line); w >= int(cols) {
					t.Fatalf("draw %d is %d columns wide on a %d-column terminal: %q", i, w, cols, line)
				}
				if cols < 60 {
					// Narrow: the files and bytes come first, the rest
					// is cut to fit.
					if !regexp.MustCompile(fmt.Sprintf(`^\d+/%d files `, files)).MatchString(line) {
						t.Fatalf("draw %d is not a cut progress line: %q", i, line)
					}
					continue
				}
				f := frame.FindStringSubmatch(line)
				if f == nil {
					t.Fatalf("draw %d is not a progress line: %q", i, line)
				}
				if total, _ := strconv.Atoi(f[2]); total != files {
					t.Fatalf("draw %d counts %d files, want %d (sidecars are not inputs): %q", i, total, files, line)
				}
				p, _ := strconv.Atoi(f[5])
				if len(percents) > 0 && p < percents[len(percents)-1] {
					t.Fatalf("the bar went back: %v then %d", percents, p)
				}
				percents = append(percents, p)
			}
			if cols < 60 {
				return
			}
			distinct := map[int]bool{}
			for _, p := range percents {
				distinct[p] = true
			}
			if len(distinct) < 3 || percents[len(percents)-1] != 100 {
				t.Fatalf("the bar did not advance to 100%% in steps: %v", percents)
			}
		})
	}
}

// TestProgressSilent: no bar when the standard error is not a terminal,
// or with --quiet.
func TestProgressSilent(t *testing.T) {
	dir := t.TempDir()
	corpus := filepath.Join(dir, "corpus")
	writeCorpus(t, corpus, 2, 200)
	_, errs, code := run(t, dir, "load", corpus)
	if code != 0 || strings.Contains(errs, "files") || strings.Contains(errs, "\x1b") {
		t.Fatalf("exit %d, stderr not a terminal got: %q", code, errs)
	}
	_, term, code := runOnTerminal(t, dir, 80, "load", "--quiet", corpus)
	if code != 0 || term != "" {
		t.Fatalf("exit %d, --quiet drew on the terminal: %q", code, term)
	}
}
