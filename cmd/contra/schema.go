package main

import (
	"context"
	"fmt"
	"io"

	"github.com/spf13/cobra"

	"github.com/contra-project/contra/graph/neo4j"
	"github.com/contra-project/contra/internal/render"
)

func (m *Main) schemaCommand() *cobra.Command {
	cmd := &cobra.Command{Use: "schema", Short: "Neo4j schema: uniqueness constraints and indexes",
		Example: "  contra schema show > schema.cypher\n  contra schema apply --neo4j-uri neo4j://localhost:7687"}
	cmd.AddCommand(
		&cobra.Command{
			Use:     "show",
			Example: "  contra schema show | cypher-shell -u neo4j",
			Short:   "Print the Cypher that creates the schema",
			Args:    cobra.NoArgs,
			RunE: func(*cobra.Command, []string) error {
				_, err := io.WriteString(m.Stdout, neo4j.SchemaCypher())
				return err
			},
		},
		&cobra.Command{
			Use:     "apply",
			Example: "  CONTRA_NEO4J_PASSWORD=... contra schema apply --neo4j-uri neo4j+s://xxxx.databases.neo4j.io",
			Short:   "Create the constraints and indexes in the configured Neo4j (idempotent)",
			Args:    cobra.NoArgs,
			RunE: func(cmd *cobra.Command, _ []string) error {
				st, err := m.openNeo4j(cmd.Context())
				if err != nil {
					return err
				}
				if err := st.ApplySchema(cmd.Context()); err != nil {
					return err
				}
				return render.Message(m.Stdout, "schema applied")
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
