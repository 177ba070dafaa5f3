package neo4j

import (
	"context"
	"errors"
	"fmt"
	"net"
	"strings"
	"testing"

	"github.com/contra-project/contra/graph"
	"github.com/neo4j/neo4j-go-driver/v5/neo4j"
)

// secret is a fake password. Every error test checks it never shows.
const secret = "hunter2-S3cret!"

func TestTranslate(t *testing.T) {
	tg := targetOf(Config{URI: "neo4j+s://contra:" + secret + "@db.example:7687", User: "contra", Password: secret})
	opErr := &net.OpError{Op: "dial", Net: "tcp", Err: errors.New("connection refused")}
	tests := []struct {
		name string
		err  error
		code graph.Code
		says string // in the message
	}{
		{"connectivity", &neo4j.ConnectivityError{Inner: opErr}, graph.EUnavailable, "cannot reach Neo4j at neo4j+s://db.example:7687"},
		{"bare net error", opErr, graph.EUnavailable, "cannot reach Neo4j at"},
		{"retries exhausted", &neo4j.TransactionExecutionLimit{Cause: "timeout"}, graph.EUnavailable, "cannot reach Neo4j at"},
		{"unauthorized", &neo4j.Neo4jError{Code: "Neo.ClientError.Security.Unauthorized",
			Msg: "The client is unauthorized; password " + secret + " is wrong"}, graph.EUnavailable, `authentication failed for user "contra"`},
		{"rate limited", &neo4j.Neo4jError{Code: "Neo.ClientError.Security.AuthenticationRateLimit", Msg: "slow down"},
			graph.EUnavailable, "authentication failed"},
		{"token expired", &neo4j.TokenExpiredError{Code: "Neo.ClientError.Security.TokenExpired", Message: secret},
			graph.EUnavailable, "authentication failed"},
		{"forbidden", &neo4j.Neo4jError{Code: "Neo.ClientError.Security.Forbidden", Msg: "no"}, graph.EInvalid, "may not"},
		{"write in read mode", &neo4j.Neo4jError{Code: "Neo.ClientError.Statement.AccessMode", Msg: "Writing in read access mode not allowed"},
			graph.EInvalid, readOnlyMessage},
		{"no database", &neo4j.Neo4jError{Code: "Neo.ClientError.Database.DatabaseNotFound", Msg: "nope"}, graph.EInvalid, "no such database"},
		{"syntax", &neo4j.Neo4jError{Code: "Neo.ClientError.Statement.SyntaxError", Msg: "Invalid input"}, graph.EInvalid, "rejected the query"},
		{"constraint", &neo4j.Neo4jError{Code: "Neo.ClientError.Schema.ConstraintValidationFailed", Msg: "already exists"},
			graph.EConflict, "conflicts"},
		{"deadlock", &neo4j.Neo4jError{Code: "Neo.TransientError.Transaction.DeadlockDetected", Msg: "x"}, graph.EUnavailable, "try again"},
		{"usage", &neo4j.UsageError{Message: "URI scheme x is not supported"}, graph.EInvalid, "refused"},
		{"graph error passes", graph.Errorf(graph.ENotFound, "job x"), graph.ENotFound, "job x"},
		{"other", errors.New("boom " + secret), graph.EInternal, "boom ******"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			err := translate(fmt.Errorf("wrapped: %w", tc.err), tg, "load batch")
			if got := graph.ErrorCode(err); got != tc.code {
				t.Errorf("code %q, want %q (%v)", got, tc.code, err)
			}
			msg := err.Error()
			if !strings.Contains(msg, tc.says) {
				t.Errorf("message %q lacks %q", msg, tc.says)
			}
			if strings.Contains(msg, secret) {
				t.Errorf("message shows the password: %q", msg)
			}
			if !errors.Is(err, tc.err) {
				t.Errorf("the driver error is not in the chain of %v", err)
			}
		})
	}
	if err := translate(context.Canceled, tg, "claims"); !errors.Is(err, context.Canceled) {
		t.Errorf("context error lost: %v", err)
	}
	if translate(nil, tg, "x") != nil {
		t.Error("translate(nil) is not nil")
	}
}

func TestRedactURI(t *testing.T) {
	tests := []struct{ in, want string }{
		{"bolt://db.example:7687", "bolt://db.example:7687"},
		{"neo4j://contra:" + secret + "@db.example", "neo4j://db.example"},
		{"neo4j://user@db.example:7687?policy=x", "neo4j://db.example:7687?policy=x"},
		{"bolt://us%er:" + secret + "@db.example", "bolt://db.example"},
		{"bolt://bad:" + secret + "@db.example:notaport%", "bolt://db.example:notaport%"},
	}
	for _, tc := range tests {
		if got := redactURI(tc.in); got != tc.want {
			t.Errorf("redactURI(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
	cfg := Config{URI: "bolt://contra:" + secret + "@db.example", User: "contra", Password: secret}
	if s := cfg.String(); strings.Contains(s, secret) {
		t.Errorf("Config.String shows the password: %q", s)
	}
}
