package neo4j

import (
	"context"
	"strings"

	"github.com/contra-project/contra/graph"
)

// ReadCypher runs an analyst's own Cypher query with params in a read
// transaction on a read session and calls fn with the column names and
// the values of each record, as plain Go values (see plainValue). It stops
// at fn's first error and returns it.
//
// The transaction's read access mode is what keeps it read-only: the
// server refuses every write in it (a write clause, a procedure that
// writes, a schema or administration command) and CALL { … } IN
// TRANSACTIONS, which needs a transaction of its own. Before that, a
// conservative scan refuses, with a message that points at it, any query
// with a write clause (CREATE, MERGE, DELETE, SET, REMOVE, DROP, FOREACH,
// LOAD CSV, CALL ... IN TRANSACTIONS, or an administration command)
// outside string literals, quoted names and comments, so that an analyst
// sees where; LOAD CSV is refused there even to read, as it makes the
// server fetch files or URLs. An empty query, or one the server rejects,
// is EInvalid.
func (s *Store) ReadCypher(ctx context.Context, query string, params map[string]any, fn func(keys []string, values []any) error) error {
	if err := s.check(); err != nil {
		return err
	}
	if err := checkReadOnly(query); err != nil {
		return err
	}
	return s.readCypher(ctx, query, params, fn)
}

// readCypher is ReadCypher without the scan: the read transaction alone
// keeps it read-only, as the server refuses writes in it.
func (s *Store) readCypher(ctx context.Context, query string, params map[string]any, fn func(keys []string, values []any) error) error {
	if err := s.check(); err != nil {
		return err
	}
	if params == nil {
		params = map[string]any{}
	}
	// The query is the analyst's, not an embedded statement: its
	// parameters are whatever the analyst gave, so it is not checked
	// against a list.
	st := &statement{name: "cypher", text: query}
	var fnErr error
	err := s.read(ctx, func(q querier) error {
		c, err := q.query(ctx, st, params)
		if err != nil {
			return err
		}
		delivered := false
		for c.Next(ctx) {
			rec := c.Record()
			values := make([]any, len(rec.Values))
			for i, v := range rec.Values {
				values[i] = plainValue(v)
			}
			delivered = true
			if fnErr = fn(rec.Keys, values); fnErr != nil {
				return &final{fnErr}
			}
		}
		if err := c.Err(); err != nil {
			if delivered {
				return &final{err} // a retry would repeat records fn has seen
			}
			return err
		}
		return nil
	})
	if fnErr != nil {
		return fnErr
	}
	return translate(err, s.t, "cypher")
}

// checkReadOnly refuses empty queries and queries with a write clause.
func checkReadOnly(query string) error {
	if strings.TrimSpace(query) == "" {
		return graph.Errorf(graph.EInvalid, "cypher: empty query")
	}
	clause, line, col, err := writeClause(query)
	if err != nil {
		return graph.Errorf(graph.EInvalid, "cypher: %v", err)
	}
	if clause != "" {
		return graph.Errorf(graph.EInvalid, "%s; %s at line %d, column %d writes (quote a name that only looks like a keyword with backticks)",
			readOnlyMessage, clause, line, col)
	}
	return nil
}
