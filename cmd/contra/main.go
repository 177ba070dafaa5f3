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
	"github.com/contra-project/contra/internal/taxonomy"
)

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	m := NewMain(os.Stdin, os.Stdout, os.Stderr)
	os.Exit(m.Run(ctx, os.Args[1:]))
}

// Exit statuses: one per graph error code, so scripts can tell a typo
// from an outage.
const (
	exitOK          = 0
	exitInternal    = 1
	exitInvalid     = 2 // bad usage, config or input
	exitNotFound    = 3
	exitUnavailable = 4 // store unreachable, locked, or refusing
	exitConflict    = 5
)

// Main is the program: configuration, the store it opens lazily, and its
// standard streams. End-to-end tests drive it without a shell.
type Main struct {
	Stdin          io.Reader
	Stdout, Stderr io.Writer
	// Environ overrides os.Environ for configuration (tests).
	Environ []string

	cfg    config.Config
	logger *slog.Logger
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
	root.SetIn(m.Stdin)
	root.SetOut(m.Stdout)
	root.SetErr(m.Stderr)
	err := root.ExecuteContext(ctx)
	if cerr := m.close(); err == nil {
		err = cerr
	}
	if err == nil {
		return exitOK
	}
	var ue usageError
	if errors.As(err, &ue) || strings.HasPrefix(err.Error(), "unknown command") || strings.HasPrefix(err.Error(), "unknown flag") {
		fmt.Fprintf(m.Stderr, "contra: %v\n", err)
		return exitInvalid
	}
	fmt.Fprintf(m.Stderr, "contra: %v\n", err)
	if errors.Is(err, context.Canceled) {
		return 130
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
