package serve

import (
	"crypto/sha256"
	"encoding/base64"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"net/http"
	"net/url"
	"slices"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/contra-project/contra/graph"
)

// maxParam bounds a query parameter's value: names and dates are short.
const maxParam = 500

// params reads an endpoint's query parameters: only those it names (a
// typo is a 400, as an unknown flag is a usage error), each at most once.
type params struct {
	r *http.Request
	q url.Values
}

// paramsOf checks that the request carries only the allowed parameters
// (limit and cursor are always allowed).
func paramsOf(r *http.Request, allowed ...string) (params, error) {
	q, err := url.ParseQuery(r.URL.RawQuery)
	if err != nil {
		return params{}, apiError(http.StatusBadRequest, string(graph.EInvalid), "the query string is malformed: %v", err)
	}
	for k, vs := range q {
		if !slices.Contains(allowed, k) && k != "limit" && k != "cursor" {
			return params{}, apiError(http.StatusBadRequest, string(graph.EInvalid), "unknown parameter %q (this endpoint takes %s)",
				k, strings.Join(append(slices.Clone(allowed), "limit", "cursor"), ", "))
		}
		if len(vs) > 1 {
			return params{}, apiError(http.StatusBadRequest, string(graph.EInvalid), "parameter %q is given %d times", k, len(vs))
		}
		if len(vs[0]) > maxParam || !utf8.ValidString(vs[0]) {
			return params{}, apiError(http.StatusBadRequest, string(graph.EInvalid), "parameter %q is longer than %d bytes or not UTF-8", k, maxParam)
		}
		// Empty is absent (a form's blank field); blank is a mistake.
		if vs[0] != "" && strings.TrimSpace(vs[0]) == "" {
			return params{}, apiError(http.StatusBadRequest, string(graph.EInvalid), "parameter %q is blank", k)
		}
	}
	return params{r: r, q: q}, nil
}

func (p params) str(name string) string { return strings.TrimSpace(p.q.Get(name)) }

// date reads a YYYY-MM-DD parameter.
func (p params) date(name string) (string, error) {
	v := p.str(name)
	if v == "" {
		return "", nil
	}
	if _, err := graph.ParseDate(v); err != nil || len(v) != len("2006-01-02") {
		return "", apiError(http.StatusBadRequest, string(graph.EInvalid), "%s: %q is not a date (YYYY-MM-DD)", name, v)
	}
	return v, nil
}

// flag reads a boolean parameter: absent, "", "0", "false" are false;
// "1", "true" true.
func (p params) flag(name string) (bool, error) {
	switch strings.ToLower(p.str(name)) {
	case "", "0", "false":
		return false, nil
	case "1", "true":
		return true, nil
	}
	return false, apiError(http.StatusBadRequest, string(graph.EInvalid), "%s: %q is not true or false", name, p.str(name))
}

// page reads limit (1..MaxLimit, default DefaultLimit) and cursor. A
// cursor belongs to the query it came from: with other filters it is a
// 400, not a page of something else.
func (p params) page() (offset, limit int, err error) {
	limit = DefaultLimit
	if v := p.str("limit"); v != "" {
		n, err := strconv.Atoi(v)
		if err != nil || n < 1 || n > MaxLimit {
			return 0, 0, apiError(http.StatusBadRequest, string(graph.EInvalid), "limit: %q is not a number from 1 to %d", v, MaxLimit)
		}
		limit = n
	}
	c := p.str("cursor")
	if c == "" {
		return 0, limit, nil
	}
	b, err := base64.RawURLEncoding.DecodeString(c)
	var cur cursor
	if err != nil || json.Unmarshal(b, &cur) != nil || cur.Offset < 0 {
		return 0, 0, apiError(http.StatusBadRequest, string(graph.EInvalid), "cursor: not a cursor this server gave")
	}
	if cur.Query != p.key() {
		return 0, 0, apiError(http.StatusBadRequest, string(graph.EInvalid), "cursor: it belongs to another query (the path or filters changed)")
	}
	return cur.Offset, limit, nil
}

// cursor is what a next-page cursor carries: where the next page starts
// in the query's ranked list, and which query that is.
type cursor struct {
	Offset int    `json:"o"`
	Query  string `json:"q"`
}

// key identifies the query: the path and every parameter but limit and
// cursor.
func (p params) key() string {
	keys := make([]string, 0, len(p.q))
	for k := range p.q {
		if k != "limit" && k != "cursor" {
			keys = append(keys, k)
		}
	}
	slices.Sort(keys)
	h := sha256.New()
	fmt.Fprintf(h, "%s\x00", p.r.URL.Path)
	for _, k := range keys {
		fmt.Fprintf(h, "%s\x00%s\x00", k, p.str(k))
	}
	return hex.EncodeToString(h.Sum(nil)[:8])
}

// next is the cursor of the page starting at offset.
func (p params) next(offset int) string {
	b, _ := json.Marshal(cursor{Offset: offset, Query: p.key()})
	return base64.RawURLEncoding.EncodeToString(b)
}

// Page is the JSON of every list answer: the page's items in the CLI's
// JSON shape, the cursor of the next page ("" on the last), how many
// items there are in all when the query knows it, and how many rejected
// results the page left out (see the show_rejected parameter).
type Page[T any] struct {
	Items  []T    `json:"items"`
	Next   string `json:"next,omitempty"`
	Total  *int   `json:"total,omitempty"`
	Hidden int    `json:"hidden"`
	// Verdicts are the verdicts in force on the page's findings,
	// disputes and exchanges that have one, by id.
	Verdicts map[string]graph.Action `json:"verdicts,omitempty"`
}

// pageOf cuts the page [offset, offset+limit) out of a whole list.
func pageOf[T any](p params, all []T, offset, limit int) Page[T] {
	n := len(all)
	out := Page[T]{Items: []T{}, Total: &n}
	if offset < len(all) {
		end := min(len(all), offset+limit)
		out.Items = all[offset:end]
		if end < len(all) {
			out.Next = p.next(end)
		}
	}
	return out
}
