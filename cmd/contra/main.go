// Command contra loads news articles and structured claims into a
// contradiction graph and answers analysts' questions about it: who
// contradicts whom, who accuses whom of what, and where each claim was said.
package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"os"
	"os/signal"
	"strings"
	"syscall"

	"github.com/contra-project/contra/config"
	"github.com/contra-project/contra/graph"
	"github.com/contra-project/contra/internal/render"
	"github.com/contra-project/contra/internal/taxonomy"
)

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	go func() {
		<-ctx.Done()
		stop() // the first signal stops contra gracefully; a second one ends it at once
	}()
	m := NewMain(os.Stdin, os.Stdout, os.Stderr)
	os.Exit(m.Run(ctx, os.Args[1:]))
}

// Exit statuses: one per graph error code, so scripts can tell a typo
// from an outage. exitStatuses documents them.
const (
	exitOK          = 0
	exitInternal    = 1
	exitInvalid     = 2 // bad usage, config or input
	exitNotFound    = 3
	exitUnavailable = 4 // store unreachable, locked, or refusing
	exitConflict    = 5
	exitTargetMiss  = 6 // contra bench: a performance target missed
	exitInterrupted = 130
)

// exitStatuses are the exit statuses as contra --help and the README
// list them (a test holds both to this table).
var exitStatuses = []struct {
	code    int
	meaning string
}{
	{exitOK, "success"},
	{exitInternal, "internal error (a bug, or an I/O error with no better status)"},
	{exitInvalid, "invalid usage, configuration or input (unknown command or flag, bad value, files with bad records, a file that is not a contra store)"},
	{exitNotFound, "not found: a name that matches nothing, or a store file that does not exist"},
	{exitUnavailable, "store unavailable: unreachable, locked too long, read-only or full, or written by a newer contra"},
	{exitConflict, "conflict: the input disagrees with the store, or a report job is already running"},
	{exitTargetMiss, "contra bench: a performance target was missed"},
	{exitInterrupted, "interrupted (Ctrl-C, SIGTERM)"},
}

// exitStatusHelp is the exit status table of contra --help.
func exitStatusHelp() string {
	var b strings.Builder
	b.WriteString("Exit status:\n")
	for _, e := range exitStatuses {
		fmt.Fprintf(&b, "  %3d  %s\n", e.code, e.meaning)
	}
	return b.String()
}

// Main is the program: configuration, the store it opens lazily, and its
// standard streams. End-to-end tests drive it without a shell.
type Main struct {
	Stdin          io.Reader
	Stdout, Stderr io.Writer
	// Environ overrides os.Environ for configuration (tests).
	Environ []string

	cfg    config.Config
	logger *slog.Logger
	logw   *logWriter // the logger's output: the standard error, or above a progress bar
	store  graph.Store
	tax    *taxonomy.Taxonomy
}

// NewMain returns a Main on the given streams.
func NewMain(stdin io.Reader, stdout, stderr io.Writer) *Main {
	return &Main{Stdin: stdin, Stdout: stdout, Stderr: stderr}
}

// Run executes one command line and returns its exit status.
func (m *Main) Run(ctx context.Context, args []string) int {
	root := m.rootCommand()
	root.SetArgs(args)
	err := root.ExecuteContext(ctx)
	if cerr := m.close(); err == nil {
		err = cerr
	}
	if err == nil {
		return exitOK
	}
	// The message may quote input (a file name, a typed name): it is made
	// safe for a terminal like every other output.
	// It may also carry a URI with a password: redacted first.
	_ = render.Message(m.Stderr, "contra: "+m.cfg.Redact(err.Error()))
	return statusOf(err)
}

// statusOf is the exit status of a command's error (see exitStatuses).
func statusOf(err error) int {
	var tm targetMissed
	var ue usageError
	switch {
	case err == nil:
		return exitOK
	case errors.As(err, &tm):
		return exitTargetMiss
	case errors.As(err, &ue), strings.HasPrefix(err.Error(), "unknown command"), strings.HasPrefix(err.Error(), "unknown flag"),
		strings.HasPrefix(err.Error(), "unknown shorthand flag"):
		return exitInvalid
	case errors.Is(err, context.Canceled):
		return exitInterrupted
	}
	switch graph.ErrorCode(err) {
	case graph.EInvalid:
		return exitInvalid
	case graph.ENotFound:
		return exitNotFound
	case graph.EUnavailable:
		return exitUnavailable
	case graph.EConflict:
		return exitConflict
	}
	return exitInternal
}

// usageError marks errors in how contra was called.
type usageError struct{ error }

func (m *Main) close() error {
	if m.store == nil {
		return nil
	}
	err := m.store.Close()
	m.store = nil
	return err
}
