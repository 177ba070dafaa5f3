package main

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/spf13/cobra"

	"github.com/contra-project/contra/internal/render"
)

func (m *Main) cypherCommand() *cobra.Command {
	var params []string
	var format render.Format
	var wide bool
	cmd := &cobra.Command{
		Use:   "cypher QUERY",
		Short: "Run your own read-only Cypher against the Neo4j store",
		Long: `Run a read-only Cypher query in a read transaction (routed to a secondary on a cluster)
and print the rows. Writes are refused. Parameters: --param name=value (numbers, true/false
and null are typed; anything else is a string).`,
		Example: `  contra cypher 'MATCH (s:Speaker)-[:ASSERTS]->(c:Claim) RETURN s.name, count(c) AS claims ORDER BY claims DESC LIMIT 10'
  contra cypher 'MATCH (c:Claim {topic: $t}) RETURN c.id, c.text' --param t="cluster munitions" -o json`,
		Args: cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			if err := checkWide(wide, format); err != nil {
				return err
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
			return m.table(wide).Rows(m.Stdout, format, keys, rows)
		},
	}
	cmd.Flags().StringArrayVar(&params, "param", nil, "query parameter name=value (repeatable)")
	outputFlag(cmd, &format, render.TabularFormats...)
	wideFlag(cmd, &wide)
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
