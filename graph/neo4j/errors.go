package neo4j

import (
	"context"
	"errors"
	"fmt"
	"net"
	"net/url"
	"strings"

	"github.com/contra-project/contra/graph"
	"github.com/neo4j/neo4j-go-driver/v5/neo4j"
)

// readOnlyMessage starts the message of every refused write in ReadCypher.
const readOnlyMessage = "contra cypher runs read-only queries"

// inTransactionsMessage is the message of CALL { … } IN TRANSACTIONS
// refused by the server in ReadCypher's transaction.
const inTransactionsMessage = "contra cypher runs a query in one read transaction: CALL { … } IN TRANSACTIONS cannot run in it"

// target names the server and account for messages; it never holds the
// password.
type target struct {
	uri    string // without user information
	user   string
	secret string // the password, only to scrub it from driver messages
}

func targetOf(cfg Config) target {
	return target{uri: redactURI(cfg.URI), user: cfg.User, secret: cfg.Password}
}

// redactURI drops the user information from uri (a URI should carry none,
// Open refuses one that does, but messages must not repeat it either way).
func redactURI(uri string) string {
	u, err := url.Parse(uri)
	if err != nil || u.User == nil {
		if i := strings.LastIndex(uri, "@"); i >= 0 {
			if j := strings.Index(uri, "://"); j >= 0 && j < i {
				return uri[:j+3] + uri[i+1:]
			}
		}
		return uri
	}
	u.User = nil
	return u.String()
}

// scrubbed wraps a driver error so that its text never shows the password,
// whatever the driver or server put in it. errors.Is and errors.As still
// reach the driver error.
type scrubbed struct {
	err    error
	secret string
}

func (e *scrubbed) Error() string {
	msg := e.err.Error()
	if e.secret != "" {
		msg = strings.ReplaceAll(msg, e.secret, "******")
	}
	return msg
}

func (e *scrubbed) Unwrap() error { return e.err }

// translate gives a driver error its graph code at the backend boundary:
//
//   - the server cannot be reached (connection refused, DNS, TLS, timeouts,
//     routing, a lost connection, retries exhausted): EUnavailable,
//     "cannot reach Neo4j at URI";
//   - the credentials are refused: EUnavailable, "authentication failed
//     for user U";
//   - the account may not do this, or the database does not exist: EInvalid
//     (the user fixes the configuration);
//   - a write in a read transaction: EInvalid, readOnlyMessage;
//   - a query the server rejects (syntax, semantics, types, parameters):
//     EInvalid, with the server's message;
//   - a uniqueness constraint violated: EConflict;
//   - a transient condition (deadlock, leader switch, memory) that outlived
//     the driver's retries: EUnavailable;
//   - a *graph.Error or context error passes through, wrapped.
//
// Anything else is wrapped without a code. The password never appears in
// the result: messages name the URI (without user information) and the
// user, and driver errors are kept only behind scrubbed.
func translate(err error, t target, format string, args ...any) error {
	if err == nil {
		return nil
	}
	what := fmt.Sprintf(format, args...)
	var ge *graph.Error
	if errors.As(err, &ge) || errors.Is(err, context.Canceled) || errors.Is(err, context.DeadlineExceeded) {
		return fmt.Errorf("%s: %w", what, &scrubbed{err, t.secret})
	}
	cause := &scrubbed{err, t.secret}

	var authErr *neo4j.InvalidAuthenticationError
	var tokenErr *neo4j.TokenExpiredError
	if errors.As(err, &authErr) || errors.As(err, &tokenErr) {
		return graph.WrapCode(graph.EUnavailable, cause, "%s: authentication failed for user %q at %s", what, t.user, t.uri)
	}
	var ne *neo4j.Neo4jError
	if errors.As(err, &ne) {
		return translateServer(ne, cause, t, what)
	}
	var connErr *neo4j.ConnectivityError
	var netErr net.Error
	var limit *neo4j.TransactionExecutionLimit
	if errors.As(err, &connErr) || errors.As(err, &netErr) || errors.As(err, &limit) {
		return graph.WrapCode(graph.EUnavailable, cause, "%s: cannot reach Neo4j at %s", what, t.uri)
	}
	var usage *neo4j.UsageError
	if errors.As(err, &usage) {
		return graph.WrapCode(graph.EInvalid, cause, "%s: Neo4j driver refused the request", what)
	}
	return fmt.Errorf("%s: %w", what, cause)
}

// translateServer classifies an error the server sent by its status code
// (Neo.Classification.Category.Title).
func translateServer(ne *neo4j.Neo4jError, cause error, t target, what string) error {
	code := ne.Code
	switch {
	case ne.IsAuthenticationFailed(), code == "Neo.ClientError.Security.AuthenticationRateLimit",
		code == "Neo.ClientError.Security.CredentialsExpired", code == "Neo.ClientError.Security.TokenExpired":
		return graph.WrapCode(graph.EUnavailable, cause, "%s: authentication failed for user %q at %s", what, t.user, t.uri)
	case code == "Neo.ClientError.Statement.AccessMode", code == "Neo.ClientError.General.ForbiddenOnReadOnlyDatabase":
		return graph.WrapCode(graph.EInvalid, cause, "%s: %s; the server refused a write", what, readOnlyMessage)
	case code == "Neo.DatabaseError.Transaction.TransactionStartFailed" && strings.Contains(ne.Msg, "IN TRANSACTIONS"):
		// Neo4j classes this a database error; it is the query's.
		return graph.WrapCode(graph.EInvalid, cause, "%s: %s", what, inTransactionsMessage)
	case code == "Neo.ClientError.Database.DatabaseNotFound":
		return graph.WrapCode(graph.EInvalid, cause, "%s: Neo4j at %s has no such database", what, t.uri)
	case ne.HasSecurityCode():
		return graph.WrapCode(graph.EInvalid, cause, "%s: Neo4j user %q may not do this", what, t.user)
	case code == "Neo.ClientError.Schema.ConstraintValidationFailed":
		return graph.WrapCode(graph.EConflict, cause, "%s: the data conflicts with what is stored", what)
	case strings.HasPrefix(code, "Neo.ClientError.Statement."), strings.HasPrefix(code, "Neo.ClientError.Procedure."):
		return graph.WrapCode(graph.EInvalid, cause, "%s: Neo4j rejected the query", what)
	case strings.HasPrefix(code, "Neo.TransientError."), code == "Neo.ClientError.Cluster.NotALeader",
		strings.HasPrefix(code, "Neo.DatabaseError.Database."):
		return graph.WrapCode(graph.EUnavailable, cause, "%s: Neo4j at %s is not available now; try again", what, t.uri)
	}
	return fmt.Errorf("%s: %w", what, cause)
}
