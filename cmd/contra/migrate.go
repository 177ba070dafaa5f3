package main

import (
	"context"
	"fmt"

	"github.com/spf13/cobra"

	"github.com/contra-project/contra/graph"
	"github.com/contra-project/contra/internal/render"
)

func (m *Main) migrateCommand() *cobra.Command {
	var from, to string
	var format render.Format
	cmd := &cobra.Command{
		Use:   "migrate --from sqlite --to neo4j",
		Short: "Copy every claim from one store into the other, in batches, with progress",
		Long: `Copy the claims of one store (with their documents, speakers, actors and topics) into
the other in batches; the target runs detection as it loads, so it ends with the same
findings. Re-running a migration changes nothing.`,
		Example: `  CONTRA_NEO4J_PASSWORD=... contra migrate --from sqlite --to neo4j --neo4j-uri neo4j://localhost:7687
  contra --db copy.db migrate --from neo4j --to sqlite --neo4j-uri neo4j://localhost:7687`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			if from == to || !validStore(from) || !validStore(to) {
				return usageError{fmt.Errorf("--from and --to must be two different stores of sqlite, neo4j")}
			}
			ctx := cmd.Context()
			src, err := m.openKind(ctx, from, false)
			if err != nil {
				return err
			}
			defer src.Close()
			dst, err := m.openKind(ctx, to, true)
			if err != nil {
				return err
			}
			defer dst.Close()
			return m.migrate(ctx, src, dst, format)
		},
	}
	cmd.Flags().StringVar(&from, "from", "sqlite", "source store: sqlite or neo4j")
	cmd.Flags().StringVar(&to, "to", "neo4j", "target store: sqlite or neo4j")
	outputFlag(cmd, &format, render.SummaryFormats...)
	return cmd
}

func validStore(s string) bool { return s == "sqlite" || s == "neo4j" }

func (m *Main) migrate(ctx context.Context, src, dst graph.Store, format render.Format) error {
	st, err := src.Stats(ctx)
	if err != nil {
		return err
	}
	bar := m.progress(ctx, claimProgress)
	defer bar.done()
	var res graph.LoadResult
	done := 0
	err = streamBatches(ctx, src, m.cfg.Load.BatchSize, func(b graph.Batch) error {
		r, err := dst.Load(ctx, b)
		if err != nil {
			return fmt.Errorf("migrate: batch ending at claim %d: %w", done+len(b.Claims), err)
		}
		res.Add(r)
		done += len(b.Claims)
		bar.set(int64(done), int64(st.Claims))
		return nil
	})
	if err != nil {
		return err
	}
	bar.done() // before the summary, so that it starts on a clean line
	return render.Options{}.Migration(m.Stdout, format, done, res)
}

// streamBatches reads every claim of src and hands it on in batches of
// size claims, each carrying the documents, speakers, actors and topics
// its claims name, as a Load or a Cypher script needs them. Read-only
// fields are cleared, so a batch loads into another store as it stood.
func streamBatches(ctx context.Context, src graph.Store, size int, fn func(graph.Batch) error) error {
	var b graph.Batch
	seen := map[string]bool{}
	once := func(k string) bool {
		if seen[k] {
			return false
		}
		seen[k] = true
		return true
	}
	flush := func() error {
		if len(b.Claims) == 0 {
			return nil
		}
		err := fn(b)
		b, seen = graph.Batch{}, map[string]bool{}
		return err
	}
	err := src.Claims(ctx, graph.ClaimFilter{}, func(c graph.Claim) error {
		if d := c.Document; d != nil && once("d"+d.ID) {
			b.Documents = append(b.Documents, *d)
		}
		if once("s" + c.SpeakerID) {
			b.Speakers = append(b.Speakers, graph.Speaker{ID: c.SpeakerID, Name: c.Speaker, Role: c.Role, Side: c.Side})
		}
		for _, a := range []string{c.Side, c.Subject} {
			if a != "" && once("a"+graph.ActorID(a)) {
				b.Actors = append(b.Actors, graph.Actor{ID: graph.ActorID(a), Name: a})
			}
		}
		if once("t" + graph.TopicID(c.Topic)) {
			b.Topics = append(b.Topics, graph.Topic{ID: graph.TopicID(c.Topic), Name: c.Topic})
		}
		c.Document, c.Counterclaim, c.Counters, c.Contradicts = nil, false, nil, nil
		b.Claims = append(b.Claims, c)
		if len(b.Claims) >= size {
			return flush()
		}
		return nil
	})
	if err != nil {
		return err
	}
	return flush()
}
