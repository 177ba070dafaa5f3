package config

import (
	"errors"
	"fmt"
	"net/url"
	"strconv"
	"strings"
)

// masked replaces what Redact removes.
const masked = "********"

// Redact is contra's one redaction: every error, log line and `config
// show` output that may carry a URI or a configured secret passes through
// it. It masks the user information (user and password) of every URI in
// s, however malformed the rest of the URI: scheme://user:password@host,
// and scheme:user:password@host without the slashes. It also masks every
// occurrence of each secret at least three bytes long, raw or
// percent-escaped.
//
// A URI is found in a word of s: a quoted string as Go's %q writes it
// (the parser's errors quote the whole URI, so a password holding spaces
// or quotes is masked whole) or a run of characters without white space
// or quotes.
func Redact(s string, secrets ...string) string {
	for _, sec := range secrets {
		if len(sec) < 3 {
			continue
		}
		for _, form := range []string{sec, url.QueryEscape(sec), url.PathEscape(sec)} {
			s = strings.ReplaceAll(s, form, masked)
		}
	}
	if !strings.Contains(s, "@") {
		return s
	}
	var b strings.Builder
	for len(s) > 0 {
		n := wordEnd(s)
		b.WriteString(maskUserinfo(s[:n]))
		s = s[n:]
	}
	return b.String()
}

// wordEnd is the length of the word (or the separator) s starts with.
func wordEnd(s string) int {
	switch c := s[0]; {
	case isQuote(c):
		for i := 1; i < len(s); i++ {
			switch s[i] {
			case '\\':
				if c != '`' {
					i++
				}
			case c:
				return i + 1
			}
		}
		return len(s)
	case isSeparator(c):
		return 1
	}
	for i := 1; i < len(s); i++ {
		if isSeparator(s[i]) || isQuote(s[i]) {
			return i
		}
	}
	return len(s)
}

func isQuote(c byte) bool { return c == '"' || c == '\'' || c == '`' }

func isSeparator(c byte) bool {
	return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '<' || c == '>' || c == ','
}

// maskUserinfo masks what stands between a URI's scheme and the last @
// of w: after "://" when w has one, else after the first colon.
func maskUserinfo(w string) string {
	at := strings.LastIndexByte(w, '@')
	if at < 0 {
		return w
	}
	start := strings.Index(w[:at], "://")
	switch {
	case start >= 0:
		start += len("://")
	case strings.IndexByte(w[:at], ':') >= 0:
		start = strings.IndexByte(w[:at], ':') + 1
	default:
		return w
	}
	return w[:start] + masked + w[at:]
}

// Redact is Redact with this configuration's secrets.
func (c Config) Redact(s string) string {
	secrets := []string{c.Neo4j.Password}
	if toks, err := c.Serve.Tokens(); err == nil {
		for _, t := range toks {
			secrets = append(secrets, t.Secret)
		}
	}
	return Redact(s, secrets...)
}

// redactURI is Redact of a string that is one URI as a whole: quoted, so
// that a password holding spaces is masked whole too.
func redactURI(uri string) string {
	r, err := strconv.Unquote(Redact(strconv.Quote(uri)))
	if err != nil { // cannot happen: masking keeps a quoted string quoted
		return masked
	}
	return r
}

// checkNeo4jURI validates a Neo4j URI without ever echoing what the
// parser quotes: its errors hold the whole URI, password included, and an
// invalid percent-escape quotes three bytes that may be the password's.
func checkNeo4jURI(uri string) error {
	u, err := url.Parse(uri)
	if err != nil {
		reason := "not a valid URI"
		var ue *url.Error
		var ee url.EscapeError
		switch {
		case errors.As(err, &ee):
			reason += ": invalid percent-escape"
		case errors.As(err, &ue):
			reason += ": " + Redact(strings.TrimPrefix(ue.Err.Error(), "net/url: "))
		}
		return fmt.Errorf("neo4j.uri %q: %s", redactURI(uri), reason)
	}
	if u.Opaque != "" {
		return fmt.Errorf("neo4j.uri: want scheme://host:port (a %s: URI without //)", u.Scheme)
	}
	switch u.Scheme {
	case "bolt", "bolt+s", "bolt+ssc", "neo4j", "neo4j+s", "neo4j+ssc":
	default:
		return fmt.Errorf("neo4j.uri: scheme %q is not one of bolt, bolt+s, bolt+ssc, neo4j, neo4j+s, neo4j+ssc", u.Scheme)
	}
	if u.User != nil {
		return errors.New("neo4j.uri must not carry credentials; use neo4j.user and neo4j.password")
	}
	return nil
}
