package main

import (
	"fmt"
	"io"
	"strings"
	"sync"
	"time"

	"github.com/contra-project/contra/internal/ingest"
	"github.com/contra-project/contra/internal/render"
)

// progressBar draws one self-overwriting line on a terminal. It draws at
// most ten times a second so that a fast load is not slowed by its own
// progress output.
type progressBar struct {
	mu    sync.Mutex
	w     io.Writer
	last  time.Time
	drawn bool
	start time.Time
}

func newProgressBar(w io.Writer) *progressBar { return &progressBar{w: w, start: time.Now()} }

func (p *progressBar) update(pr ingest.Progress) {
	p.mu.Lock()
	defer p.mu.Unlock()
	now := time.Now()
	if now.Sub(p.last) < 100*time.Millisecond && pr.Files < pr.FilesTotal {
		return
	}
	p.last = now
	frac := 0.0
	if pr.BytesTotal > 0 {
		frac = float64(pr.Bytes) / float64(pr.BytesTotal)
	} else if pr.FilesTotal > 0 {
		frac = float64(pr.Files) / float64(pr.FilesTotal)
	}
	if frac > 1 {
		frac = 1
	}
	const width = 24
	n := int(frac * width)
	cur := render.SafeLine(pr.Current)
	if len(cur) > 40 {
		cur = "…" + cur[len(cur)-39:]
	}
	fmt.Fprintf(p.w, "\r\033[K[%s%s] %3.0f%%  %d/%d files  %d claims  %s  %s",
		strings.Repeat("#", n), strings.Repeat(" ", width-n), frac*100,
		pr.Files, pr.FilesTotal, pr.Claims, time.Since(p.start).Round(100*time.Millisecond), cur)
	p.drawn = true
}

// done clears the line.
func (p *progressBar) done() {
	p.mu.Lock()
	defer p.mu.Unlock()
	if p.drawn {
		fmt.Fprint(p.w, "\r\033[K")
	}
}
