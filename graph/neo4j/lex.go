package neo4j

import (
	"fmt"
	"sort"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// A small Cypher lexer: enough to split schema.cypher into statements, to
// list the parameters a statement uses, and to scan an analyst's query for
// write clauses, all without being fooled by string literals, quoted names
// or comments. It is not a parser; the server and tools/cypherlint parse.

type tokKind int

const (
	tIdent  tokKind = iota // a name or keyword
	tQuoted                // a `quoted` name
	tString                // a 'string' or "string" literal
	tNumber
	tParam // $name or $`name`
	tPunct // any other single character
)

type token struct {
	kind tokKind
	text string // as written
	val  string // unescaped value of strings, quoted names and parameters
	off  int    // byte offset in the source
	line int    // 1-based
	col  int    // 1-based, in runes
}

// lex splits src into tokens, dropping white space and comments.
func lex(src string) ([]token, error) {
	var toks []token
	line, lineStart := 1, 0
	col := func(off int) int { return utf8.RuneCountInString(src[lineStart:off]) + 1 }
	i := 0
	for i < len(src) {
		r, size := utf8.DecodeRuneInString(src[i:])
		switch {
		case r == '\n':
			i++
			line, lineStart = line+1, i
		case unicode.IsSpace(r):
			i += size
		case strings.HasPrefix(src[i:], "//"):
			for i < len(src) && src[i] != '\n' {
				i++
			}
		case strings.HasPrefix(src[i:], "/*"):
			end := strings.Index(src[i+2:], "*/")
			if end < 0 {
				return nil, fmt.Errorf("line %d:%d: unterminated comment", line, col(i))
			}
			body := src[i : i+2+end+2]
			if n := strings.Count(body, "\n"); n > 0 {
				line += n
				lineStart = i + strings.LastIndex(body, "\n") + 1
			}
			i += len(body)
		case r == '\'' || r == '"':
			val, n, err := unquoteString(src[i:])
			if err != nil {
				return nil, fmt.Errorf("line %d:%d: %w", line, col(i), err)
			}
			toks = append(toks, token{kind: tString, text: src[i : i+n], val: val, off: i, line: line, col: col(i)})
			if k := strings.Count(src[i:i+n], "\n"); k > 0 {
				line += k
				lineStart = i + strings.LastIndex(src[i:i+n], "\n") + 1
			}
			i += n
		case r == '`':
			val, n, err := unquoteName(src[i:])
			if err != nil {
				return nil, fmt.Errorf("line %d:%d: %w", line, col(i), err)
			}
			toks = append(toks, token{kind: tQuoted, text: src[i : i+n], val: val, off: i, line: line, col: col(i)})
			i += n
		case r == '$':
			start := i
			i++
			var val string
			if i < len(src) && src[i] == '`' {
				v, n, err := unquoteName(src[i:])
				if err != nil {
					return nil, fmt.Errorf("line %d:%d: %w", line, col(start), err)
				}
				val, i = v, i+n
			} else {
				j := i + identLen(src[i:])
				val, i = src[i:j], j
			}
			if val == "" {
				return nil, fmt.Errorf("line %d:%d: $ without a parameter name", line, col(start))
			}
			toks = append(toks, token{kind: tParam, text: src[start:i], val: val, off: start, line: line, col: col(start)})
		case unicode.IsDigit(r):
			n := identLen(src[i:]) // digits, letters (hex, exponent) and _
			for i+n < len(src) && src[i+n] == '.' && i+n+1 < len(src) && isDigit(src[i+n+1]) {
				n += 1 + identLen(src[i+n+1:])
			}
			toks = append(toks, token{kind: tNumber, text: src[i : i+n], off: i, line: line, col: col(i)})
			i += n
		case r == '_' || unicode.IsLetter(r):
			n := identLen(src[i:])
			toks = append(toks, token{kind: tIdent, text: src[i : i+n], val: src[i : i+n], off: i, line: line, col: col(i)})
			i += n
		default:
			toks = append(toks, token{kind: tPunct, text: src[i : i+size], off: i, line: line, col: col(i)})
			i += size
		}
	}
	return toks, nil
}

func isDigit(b byte) bool { return b >= '0' && b <= '9' }

// identLen is the length of the run of letters, digits and underscores at
// the start of s.
func identLen(s string) int {
	n := 0
	for n < len(s) {
		r, size := utf8.DecodeRuneInString(s[n:])
		if r != '_' && !unicode.IsLetter(r) && !unicode.IsDigit(r) {
			break
		}
		n += size
	}
	return n
}

// unquoteString reads the string literal at the start of s (quoted with '
// or ") and returns its value and its length in s.
func unquoteString(s string) (string, int, error) {
	q := s[0]
	var b strings.Builder
	for i := 1; i < len(s); {
		c := s[i]
		switch {
		case c == q:
			return b.String(), i + 1, nil
		case c != '\\':
			b.WriteByte(c)
			i++
			continue
		}
		if i+1 >= len(s) {
			break
		}
		e := s[i+1]
		i += 2
		switch e {
		case '\\', '\'', '"':
			b.WriteByte(e)
		case 'b':
			b.WriteByte('\b')
		case 'f':
			b.WriteByte('\f')
		case 'n':
			b.WriteByte('\n')
		case 'r':
			b.WriteByte('\r')
		case 't':
			b.WriteByte('\t')
		case 'u', 'U':
			n := 4
			if e == 'U' {
				n = 8
			}
			if i+n > len(s) {
				return "", 0, fmt.Errorf("short \\%c escape in string literal", e)
			}
			v, err := strconv.ParseUint(s[i:i+n], 16, 32)
			if err != nil {
				return "", 0, fmt.Errorf("bad \\%c escape %q in string literal", e, s[i:i+n])
			}
			b.WriteRune(rune(v))
			i += n
		default:
			return "", 0, fmt.Errorf("unknown escape \\%c in string literal", e)
		}
	}
	return "", 0, fmt.Errorf("unterminated string literal")
}

// unquoteName reads the `quoted name` at the start of s; a doubled
// backtick stands for one.
func unquoteName(s string) (string, int, error) {
	var b strings.Builder
	for i := 1; i < len(s); i++ {
		if s[i] != '`' {
			b.WriteByte(s[i])
			continue
		}
		if i+1 < len(s) && s[i+1] == '`' {
			b.WriteByte('`')
			i++
			continue
		}
		return b.String(), i + 1, nil
	}
	return "", 0, fmt.Errorf("unterminated quoted name")
}

// splitStatements splits src on the semicolons between statements and
// returns each statement's text, trimmed, without its semicolon. Comments
// between statements are dropped; those inside a statement stay.
func splitStatements(src string) ([]string, error) {
	toks, err := lex(src)
	if err != nil {
		return nil, err
	}
	var out []string
	start := -1
	for _, t := range toks {
		if t.kind == tPunct && t.text == ";" {
			if start >= 0 {
				out = append(out, strings.TrimSpace(src[start:t.off]))
			}
			start = -1
			continue
		}
		if start < 0 {
			start = t.off
		}
	}
	if start >= 0 {
		out = append(out, strings.TrimSpace(src[start:]))
	}
	return out, nil
}

// paramNames lists the parameters src uses, sorted, each once.
func paramNames(src string) ([]string, error) {
	toks, err := lex(src)
	if err != nil {
		return nil, err
	}
	seen := map[string]bool{}
	var out []string
	for _, t := range toks {
		if t.kind == tParam && !seen[t.val] {
			seen[t.val] = true
			out = append(out, t.val)
		}
	}
	sort.Strings(out)
	return out, nil
}

// writeWords are the keywords of clauses that write data, anywhere in a
// query. adminWords start administration commands and count only at the
// start of a statement, where no variable can stand.
var (
	writeWords = map[string]bool{"CREATE": true, "MERGE": true, "DELETE": true, "DETACH": true, "SET": true,
		"REMOVE": true, "DROP": true, "FOREACH": true}
	adminWords = map[string]bool{"GRANT": true, "REVOKE": true, "DENY": true, "ALTER": true, "RENAME": true,
		"START": true, "STOP": true, "ENABLE": true, "DEALLOCATE": true, "REALLOCATE": true, "TERMINATE": true}
)

// writeClause reports the first write clause in query: a conservative scan
// that gives a clear message before the server refuses the query in a read
// transaction. A keyword counts unless it is a property key (after "."), a
// label or type (after ":"), a parameter or a map key (before ":"); string
// literals, quoted names and comments never count.
func writeClause(query string) (clause string, line, col int, err error) {
	toks, err := lex(query)
	if err != nil {
		return "", 0, 0, err
	}
	first := true // at the start of a statement
	for i, t := range toks {
		if t.kind == tPunct && t.text == ";" {
			first = true
			continue
		}
		atStart := first
		first = false
		if t.kind != tIdent {
			continue
		}
		if i > 0 && toks[i-1].kind == tPunct && (toks[i-1].text == "." || toks[i-1].text == ":") {
			continue
		}
		if i+1 < len(toks) && toks[i+1].kind == tPunct && toks[i+1].text == ":" {
			continue
		}
		w := strings.ToUpper(t.text)
		next := ""
		if i+1 < len(toks) && toks[i+1].kind == tIdent {
			next = strings.ToUpper(toks[i+1].text)
		}
		switch {
		case writeWords[w]:
			return w, t.line, t.col, nil
		case w == "LOAD" && next == "CSV":
			return "LOAD CSV", t.line, t.col, nil
		case w == "IN" && next == "TRANSACTIONS":
			return "CALL ... IN TRANSACTIONS", t.line, t.col, nil
		case atStart && adminWords[w]:
			return w, t.line, t.col, nil
		}
	}
	return "", 0, 0, nil
}
