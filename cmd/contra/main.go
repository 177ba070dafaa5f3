// Command contra loads news articles and structured claims into a
// contradiction graph and answers analysts' questions about it: who
// contradicts whom, who accuses whom of what, and where each claim was said.
package main

import (
	"context"
	"os"
	"os/signal"
	"syscall"
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
