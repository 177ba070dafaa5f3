package main

import (
	"context"
	"fmt"
	"io"
	"sync"
	"sync/atomic"
	"time"

	"github.com/vbauerster/cupwriter"
	"github.com/vbauerster/mpb/v8"
	"github.com/vbauerster/mpb/v8/decor"

	"github.com/contra-project/contra/internal/ingest"
)

// progressBar draws one line on a terminal with mpb: what is done of
// what, files or claims, a bar, the percentage, the rate and the time
// left. mpb redraws it in place a few times a second, fitted to the
// terminal's width (decorations are cut with "…" rather than wrapped).
// It is only made for a terminal (see Main.progress).
type progressBar struct {
	p     *mpb.Progress
	bar   *mpb.Bar
	files atomic.Int64 // files done and in all, for loads
	total atomic.Int64
	once  sync.Once
	// restore gives the log back its own output.
	restore func()
	ended   sync.Once
}

// progressRate is how often the bar is redrawn (a variable for tests).
var progressRate = 150 * time.Millisecond

// progressKind says what a bar counts.
type progressKind int

const (
	loadProgress  progressKind = iota // bytes of input files, and files
	claimProgress                     // claims (contra migrate)
)

// progress returns a bar on the standard error when it is a terminal and
// --quiet is not set; otherwise nil, whose methods do nothing. While the
// bar shows, log lines are printed above it, not through it.
func (m *Main) progress(ctx context.Context, kind progressKind) *progressBar {
	if m.cfg.Quiet || !isTerminal(m.Stderr) {
		return nil
	}
	pb := newProgressBar(ctx, m.Stderr, kind)
	if m.logw != nil {
		m.logw.set(pb.p)
		pb.restore = func() { m.logw.set(m.Stderr) }
	}
	return pb
}

// logWriter is the logger's output, which a progress bar takes over
// while it shows (mpb prints what is written to it above the bar).
type logWriter struct {
	mu   sync.Mutex
	w    io.Writer
	base io.Writer // the standard error
}

func (l *logWriter) set(w io.Writer) {
	l.mu.Lock()
	l.w = w
	l.mu.Unlock()
}

// Write writes b to the current output, or to the standard error when a
// bar that just finished refuses it: a log line is never lost.
func (l *logWriter) Write(b []byte) (int, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	n, err := l.w.Write(b)
	if err != nil && l.w != l.base {
		return l.base.Write(b)
	}
	return n, err
}

func newProgressBar(ctx context.Context, w io.Writer, kind progressKind) *progressBar {
	pb := &progressBar{p: mpb.NewWithContext(ctx, mpb.WithOutput(w), mpb.WithRefreshRate(progressRate),
		mpb.WithConsoleWriter(marginWriter{cupwriter.New(w, false)}))}
	var prepend, appended []decor.Decorator
	eta := decor.OnComplete(decor.AverageETA(decor.ET_STYLE_GO, decor.WC{W: 4}), "")
	switch kind {
	case loadProgress:
		prepend = []decor.Decorator{
			decor.Any(func(decor.Statistics) string {
				return fmt.Sprintf("%d/%d files ", pb.files.Load(), pb.total.Load())
			}),
			decor.CountersKibiByte("% .1f/% .1f "),
		}
		appended = []decor.Decorator{
			decor.NewPercentage("%d", decor.WC{W: 5}),
			decor.AverageSpeed(decor.SizeB1024(0), "% .1f", decor.WC{W: 12}),
			eta,
		}
	case claimProgress:
		prepend = []decor.Decorator{decor.CountersNoUnit("%d/%d claims ")}
		appended = []decor.Decorator{
			decor.NewPercentage("%d", decor.WC{W: 5}),
			decor.AverageSpeed(0, "%.0f/s", decor.WC{W: 10}),
			eta,
		}
	}
	// The total is set by the first update; until then the bar is empty.
	pb.bar = pb.p.New(0, mpb.BarStyle(), mpb.PrependDecorators(prepend...), mpb.AppendDecorators(appended...),
		mpb.BarRemoveOnComplete())
	return pb
}

// marginWriter is mpb's console writer with the terminal's last column
// left free: a line that fills it makes some terminals wrap, and then
// every redraw would leave a line behind.
type marginWriter struct{ *cupwriter.Writer }

func (w marginWriter) GetTermSize() (width, height int, err error) {
	width, height, err = w.Writer.GetTermSize()
	return max(width-1, 1), height, err
}

// update is an ingest.Options.Progress: it moves the bar to pr.
func (pb *progressBar) update(pr ingest.Progress) {
	if pb == nil {
		return
	}
	pb.files.Store(int64(pr.Files))
	pb.total.Store(int64(pr.FilesTotal))
	pb.set(pr.Bytes, pr.BytesTotal)
}

// set moves the bar to done of total.
func (pb *progressBar) set(done, total int64) {
	if pb == nil {
		return
	}
	pb.once.Do(func() {
		pb.bar.SetTotal(max(total, 1), false)
		// The rate and the time left count from the first update, not
		// from when the bar was made (the first walk counts the inputs).
		_ = pb.bar.DecoratorAverageAdjust(time.Now())
	})
	pb.bar.SetCurrent(min(done, total))
}

// done removes the bar and waits until it is gone from the terminal, so
// that what is printed next starts on a clean line. Later calls do
// nothing.
func (pb *progressBar) done() {
	if pb == nil {
		return
	}
	pb.ended.Do(func() {
		pb.bar.Abort(true)
		pb.p.Wait()
		if pb.restore != nil {
			pb.restore()
		}
	})
}
