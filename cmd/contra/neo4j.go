package main

import (
	"context"
	"fmt"
	"io"
	"strconv"
	"strings"

	"github.com/spf13/cobra"

	"github.com/contra-project/contra/graph"
	"github.com/contra-project/contra/graph/neo4j"
	"github.com/contra-project/contra/internal/ingest"
	"github.com/contra-project/contra/internal/render"
)

func (m *Main) schemaCommand() *cobra.Command {
	cmd := &cobra.Command{Use: "schema", Short: "Neo4j schema: uniqueness constraints and indexes"}
	cmd.AddCommand(
		&cobra.Command{
			Use:   "show",
			Short: "Print the Cypher that creates the schema",
			Args:  cobra.NoArgs,
			RunE: func(*cobra.Command, []string) error {
				_, err := io.WriteString(m.Stdout, neo4j.SchemaCypher())
				return err
			},
		},
		&cobra.Command{
			Use:   "apply",
			Short: "Create the constraints and indexes in the configured Neo4j (idempotent)",
			Args:  cobra.NoArgs,
			RunE: func(cmd *cobra.Command, _ []string) error {
				st, err := m.openNeo4j(cmd.Context())
				if err != nil {
					return err
				}
				if err := st.ApplySchema(cmd.Context()); err != nil {
					return err
				}
				fmt.Fprintln(m.Stdout, "schema applied")
				return nil
			},
		},
	)
	return cmd
}

// openNeo4j opens the configured Neo4j store whatever store: says, for
// the commands that only make sense there.
func (m *Main) openNeo4j(ctx context.Context) (*neo4j.Store, error) {
	if m.cfg.Neo4j.URI == "" {
		return nil, usageError{fmt.Errorf("neo4j.uri is not set (--neo4j-uri, CONTRA_NEO4J_URI or neo4j.uri in contra.yaml)")}
	}
	s, err := neo4j.Open(ctx, m.neo4jConfig())
	if err != nil {
		return nil, err
	}
	m.store = s
	return s, nil
}

func (m *Main) cypherCommand() *cobra.Command {
	var params []string
	var format string
	cmd := &cobra.Command{
		Use:   "cypher QUERY",
		Short: "Run your own read-only Cypher against the Neo4j store",
		Long: `Run a read-only Cypher query in a read transaction (routed to a secondary on a cluster)
and print the rows. Writes are refused. Parameters: --param name=value (numbers, true/false
and null are typed; anything else is a string).`,
		Args: cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			f, err := render.ParseFormat(format)
			if err != nil || f.Graph() {
				return usageError{fmt.Errorf("--format: want table, json or csv")}
			}
			p, err := parseParams(params)
			if err != nil {
				return usageError{err}
			}
			st, err := m.openNeo4j(cmd.Context())
			if err != nil {
				return err
			}
			var keys []string
			var rows [][]any
			err = st.ReadCypher(cmd.Context(), args[0], p, func(k []string, vals []any) error {
				keys = k
				rows = append(rows, vals)
				return nil
			})
			if err != nil {
				return err
			}
			return render.Rows(m.Stdout, f, keys, rows)
		},
	}
	cmd.Flags().StringArrayVar(&params, "param", nil, "query parameter name=value (repeatable)")
	cmd.Flags().StringVarP(&format, "format", "o", "table", "table, json or csv")
	return cmd
}

func parseParams(kvs []string) (map[string]any, error) {
	out := map[string]any{}
	for _, kv := range kvs {
		k, v, ok := strings.Cut(kv, "=")
		if !ok || k == "" {
			return nil, fmt.Errorf("--param %q: want name=value", kv)
		}
		switch {
		case v == "null":
			out[k] = nil
		case v == "true" || v == "false":
			out[k] = v == "true"
		default:
			if n, err := strconv.ParseInt(v, 10, 64); err == nil {
				out[k] = n
			} else if x, err := strconv.ParseFloat(v, 64); err == nil {
				out[k] = x
			} else {
				out[k] = v
			}
		}
	}
	return out, nil
}

func (m *Main) migrateCommand() *cobra.Command {
	var from, to string
	cmd := &cobra.Command{
		Use:   "migrate --from sqlite --to neo4j",
		Short: "Copy every claim from one store into the other, in batches, with progress",
		Long: `Copy the claims of one store (with their documents, speakers, actors and topics) into
the other in batches; the target runs detection as it loads, so it ends with the same
findings. Re-running a migration changes nothing.`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			if from == to || !validStore(from) || !validStore(to) {
				return usageError{fmt.Errorf("--from and --to must be two different stores of sqlite, neo4j")}
			}
			ctx := cmd.Context()
			src, err := m.openKind(ctx, from)
			if err != nil {
				return err
			}
			defer src.Close()
			dst, err := m.openKind(ctx, to)
			if err != nil {
				return err
			}
			defer dst.Close()
			return m.migrate(ctx, src, dst)
		},
	}
	cmd.Flags().StringVar(&from, "from", "sqlite", "source store: sqlite or neo4j")
	cmd.Flags().StringVar(&to, "to", "neo4j", "target store: sqlite or neo4j")
	return cmd
}

func validStore(s string) bool { return s == "sqlite" || s == "neo4j" }

func (m *Main) migrate(ctx context.Context, src, dst graph.Store) error {
	st, err := src.Stats(ctx)
	if err != nil {
		return err
	}
	var bar *progressBar
	if !m.cfg.Quiet && isTerminal(m.Stderr) {
		bar = newProgressBar(m.Stderr)
		defer bar.done()
	}
	var res graph.LoadResult
	done := 0
	err = streamBatches(ctx, src, m.cfg.Load.BatchSize, func(b graph.Batch) error {
		r, err := dst.Load(ctx, b)
		if err != nil {
			return fmt.Errorf("migrate: batch ending at claim %d: %w", done+len(b.Claims), err)
		}
		res.Add(r)
		done += len(b.Claims)
		if bar != nil {
			bar.update(ingest.Progress{Files: done, FilesTotal: st.Claims, Claims: done, Current: "claims"})
		}
		return nil
	})
	if err != nil {
		return err
	}
	fmt.Fprintf(m.Stdout, "migrated %d claims: %d new, %d updated, %d unchanged; findings: %s\n",
		done, res.Claims, res.Updated, res.Unchanged, ruleCounts(res.Findings))
	return nil
}
