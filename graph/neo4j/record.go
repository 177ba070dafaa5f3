package neo4j

import (
	"fmt"
	"math"
	"slices"
	"sort"
	"strings"
	"time"

	"github.com/contra-project/contra/graph"
	"github.com/neo4j/neo4j-go-driver/v5/neo4j"
)

// The mapping between Go values and what the driver sends and returns
// lives in this file only. How values are stored:
//
//   - Text that may be empty (role, side, subject, said_at, a document's
//     outlet, slugs, acc_key, ...) is absent (null) when empty: Neo4j has
//     no NOT NULL DEFAULT '', and `c.side IS NULL` reads better in an
//     analyst's Cypher than `c.side = ''`. Reads turn null back into "".
//   - Dates (said_at, published) are text, YYYY-MM-DD: they compare and
//     sort as text in Cypher and in the SQLite store alike.
//   - loaded_at and changed_at are integers, unix nanoseconds in UTC, as in
//     the SQLite store: exact round trips, integer range indexes, no time
//     zone database needed. In Cypher, datetime({epochMillis:
//     c.loaded_at / 1000000}) shows one as a date and time.
//   - A claim's counterclaim flag is the label Counterclaim, which Load
//     keeps up to date: a label is what Cypher matches most simply, and
//     Neo4j counts a label without reading a node.
//   - A job's window_end and last_run are RFC 3339 text with nanoseconds,
//     in UTC (as in the SQLite store), so that any time.Time round-trips,
//     the zero time included.
//   - Lists are lists of strings. Aliases are stored as written (possibly
//     empty) and read sorted, nil when empty; responds_to is absent when
//     empty. The driver returns lists as []any, which reads turn into
//     []string.
//   - Integers come back as int64 and become int (64 bits on every
//     platform contra builds for).
//   - Evidence is three properties (ev_start, ev_end, ev_text), all absent
//     when the claim has none, so nil and a zero span stay distinct.

// counterclaimLabel is the label of claims that counter another.
const counterclaimLabel = "Counterclaim"

// nullable returns s, or nil (null) for "".
func nullable(s string) any {
	if s == "" {
		return nil
	}
	return s
}

// stringList returns ss as a list parameter; never nil, so that the driver
// sends a list and UNWIND or a list comprehension sees no null.
func stringList(ss []string) []string {
	if ss == nil {
		return []string{}
	}
	return ss
}

// nanos converts a time to the stored integer; the zero time is null.
func nanos(t time.Time) any {
	if t.IsZero() {
		return nil
	}
	return t.UnixNano()
}

func fromNanos(n int64) time.Time { return time.Unix(0, n).UTC() }

// timeText and parseTimeText convert a job's times.
func timeText(t time.Time) string { return t.UTC().Format(time.RFC3339Nano) }

func parseTimeText(s string) (time.Time, error) { return time.Parse(time.RFC3339Nano, s) }

// --- Go values to parameters -------------------------------------------

func documentRow(d *graph.Document) map[string]any {
	return map[string]any{
		"id": d.ID, "name": nullable(d.Name), "url": nullable(d.URL), "outlet": nullable(d.Outlet),
		"title": nullable(d.Title), "published": nullable(d.Published),
	}
}

// actorRow and topicRow are the rows of an actor or topic the batch
// carries; impliedActorRow and impliedTopicRow those of one a claim names.
func actorRow(a *graph.Actor) map[string]any { return namedRow(a.ID, a.Name, a.Aliases) }
func topicRow(t *graph.Topic) map[string]any {
	r := namedRow(t.ID, t.Name, t.Aliases)
	r["slug"] = graph.TopicSlug(t.Name) // as the claims' topic_slug
	return r
}
func impliedActorRow(a *graph.Actor) map[string]any {
	return map[string]any{"id": a.ID, "name": a.Name, "slug": graph.Slug(a.Name)}
}
func impliedTopicRow(t *graph.Topic) map[string]any {
	return map[string]any{"id": t.ID, "name": t.Name, "slug": graph.TopicSlug(t.Name)}
}

func namedRow(id, name string, aliases []string) map[string]any {
	return map[string]any{"id": id, "name": name, "slug": graph.Slug(name), "aliases": stringList(aliases)}
}

func speakerRow(sp *graph.Speaker) map[string]any {
	return map[string]any{
		"id": sp.ID, "name": sp.Name, "slug": graph.Slug(sp.Name), "aliases": stringList(sp.Aliases),
		"role": nullable(sp.Role), "side": nullable(sp.Side), "side_slug": nullable(graph.Slug(sp.Side)),
	}
}

// impliedSpeakerRow is the row of a speaker a claim names: its role and
// side are those of the claim (graph.PrepareBatch).
func impliedSpeakerRow(sp *graph.Speaker) map[string]any {
	return map[string]any{
		"id": sp.ID, "name": sp.Name, "slug": graph.Slug(sp.Name),
		"role": nullable(sp.Role), "side": nullable(sp.Side), "side_slug": nullable(graph.Slug(sp.Side)),
	}
}

// claimRow is the row merge_claims writes. loaded_at and changed_at are
// null (the load's time is used) unless the claim carries them, as claims
// exported into a script do.
func claimRow(c *graph.Claim, fingerprint string) map[string]any {
	var evStart, evEnd, evText any
	if e := c.Evidence; e != nil {
		evStart, evEnd, evText = int64(e.Start), int64(e.End), e.Text
	}
	var respondsTo any
	if len(c.RespondsTo) > 0 {
		respondsTo = c.RespondsTo
	}
	return map[string]any{
		"id": c.ID, "doc_id": c.DocID, "speaker_id": c.SpeakerID, "speaker": c.Speaker,
		"speaker_slug": graph.Slug(c.Speaker), "role": nullable(c.Role), "side": nullable(c.Side),
		"side_slug": nullable(graph.Slug(c.Side)), "kind": string(c.Kind), "subject": nullable(c.Subject),
		"subject_slug": nullable(graph.Slug(c.Subject)), "accused_slug": nullable(graph.Slug(c.Accused())),
		"action": c.Action, "topic": c.Topic, "topic_slug": graph.TopicSlug(c.Topic), "polarity": string(c.Polarity),
		"text": nullable(c.Text), "said_at": nullable(c.SaidAt), "ev_start": evStart, "ev_end": evEnd,
		"ev_text": evText, "responds_to": respondsTo, "prop_key": graph.PropKey(c),
		"acc_key": nullable(graph.AccKey(c)), "fingerprint": fingerprint, "loaded_at": nanos(c.LoadedAt),
		"changed_at": nanos(c.ChangedAt),
	}
}

// --- records to Go values ----------------------------------------------

// props reads typed properties from a node or relationship, keeping the
// first type error so that a caller checks once.
type props struct {
	what string // for messages: "claim claim:ab12"
	m    map[string]any
	err  error
}

func (p *props) fail(key string, want string, v any) {
	if p.err == nil {
		p.err = fmt.Errorf("%s: property %s: want %s, got %T", p.what, key, want, v)
	}
}

// str returns a text property; null is "".
func (p *props) str(key string) string {
	switch v := p.m[key].(type) {
	case nil:
		return ""
	case string:
		return v
	default:
		p.fail(key, "text", v)
		return ""
	}
}

// integer returns an integer property and whether it is set. A float
// with an integral value counts: JavaScript clients write every number
// as a float.
func (p *props) integer(key string) (int64, bool) {
	v := p.m[key]
	if v == nil {
		return 0, false
	}
	n, ok := asInt(v)
	if !ok {
		p.fail(key, "an integer", v)
	}
	return n, ok
}

// asInt returns v as an int64 when it is one, or when it is a float64
// holding an integer in int64's range (a float above 2^53 is a rounded
// integer: a timestamp in nanoseconds written by JavaScript, say; it reads
// as that rounded value).
func asInt(v any) (int64, bool) {
	switch v := v.(type) {
	case int64:
		return v, true
	case float64:
		if v == math.Trunc(v) && v >= math.MinInt64 && v < math.MaxInt64 {
			return int64(v), true
		}
	}
	return 0, false
}

// strs returns a list-of-text property; null and [] are nil.
func (p *props) strs(key string) []string {
	l, err := toStrings(p.m[key])
	if err != nil {
		p.fail(key, "a list of text", p.m[key])
		return nil
	}
	return l
}

// aliases returns an alias list sorted and without duplicates, as the
// SQLite store keeps it.
func (p *props) aliases() []string {
	l := p.strs("aliases")
	if len(l) == 0 {
		return nil
	}
	sort.Strings(l)
	out := l[:1]
	for _, a := range l[1:] {
		if a != out[len(out)-1] {
			out = append(out, a)
		}
	}
	return out
}

// toStrings converts a list value to []string: nil and empty lists are
// nil; the driver returns []any, tests may pass []string.
func toStrings(v any) ([]string, error) {
	switch l := v.(type) {
	case nil:
		return nil, nil
	case []string:
		if len(l) == 0 {
			return nil, nil
		}
		return append([]string(nil), l...), nil
	case []any:
		if len(l) == 0 {
			return nil, nil
		}
		out := make([]string, len(l))
		for i, e := range l {
			s, ok := e.(string)
			if !ok {
				return nil, fmt.Errorf("element %d: want text, got %T", i, e)
			}
			out[i] = s
		}
		return out, nil
	default:
		return nil, fmt.Errorf("want a list, got %T", v)
	}
}

// claimFromNode maps a Claim node, Counterclaim from its label. The
// Document comes from another column of the record.
func claimFromNode(n neo4j.Node) (graph.Claim, error) {
	id, _ := n.Props["id"].(string)
	p := props{what: "claim " + id, m: n.Props}
	c := graph.Claim{
		ID: p.str("id"), DocID: p.str("doc_id"), SpeakerID: p.str("speaker_id"), Speaker: p.str("speaker"),
		Role: p.str("role"), Side: p.str("side"), Kind: graph.Kind(p.str("kind")), Subject: p.str("subject"),
		Action: p.str("action"), Topic: p.str("topic"), Polarity: graph.Polarity(p.str("polarity")),
		Text: p.str("text"), SaidAt: p.str("said_at"), RespondsTo: p.strs("responds_to"),
	}
	if start, ok := p.integer("ev_start"); ok {
		end, _ := p.integer("ev_end")
		c.Evidence = &graph.Span{Start: int(start), End: int(end), Text: p.str("ev_text")}
	}
	if t, ok := p.integer("loaded_at"); ok {
		c.LoadedAt = fromNanos(t)
	}
	if t, ok := p.integer("changed_at"); ok {
		c.ChangedAt = fromNanos(t)
	}
	c.Counterclaim = slices.Contains(n.Labels, counterclaimLabel)
	if p.err != nil {
		return graph.Claim{}, p.err
	}
	if c.ID == "" {
		return graph.Claim{}, fmt.Errorf("claim node %s has no id", n.ElementId)
	}
	return c, nil
}

// documentFromValue maps a Document node, or null to nil.
func documentFromValue(v any) (*graph.Document, error) {
	if v == nil {
		return nil, nil
	}
	n, ok := v.(neo4j.Node)
	if !ok {
		return nil, fmt.Errorf("document: want a node, got %T", v)
	}
	id, _ := n.Props["id"].(string)
	p := props{what: "document " + id, m: n.Props}
	d := &graph.Document{ID: p.str("id"), Name: p.str("name"), URL: p.str("url"), Outlet: p.str("outlet"),
		Title: p.str("title"), Published: p.str("published")}
	return d, p.err
}

func speakerFromNode(n neo4j.Node) (graph.Speaker, error) {
	id, _ := n.Props["id"].(string)
	p := props{what: "speaker " + id, m: n.Props}
	s := graph.Speaker{ID: p.str("id"), Name: p.str("name"), Aliases: p.aliases(), Role: p.str("role"), Side: p.str("side")}
	return s, p.err
}

func actorFromNode(n neo4j.Node) (graph.Actor, error) {
	id, _ := n.Props["id"].(string)
	p := props{what: "actor " + id, m: n.Props}
	a := graph.Actor{ID: p.str("id"), Name: p.str("name"), Aliases: p.aliases()}
	return a, p.err
}

func topicFromNode(n neo4j.Node) (graph.Topic, error) {
	id, _ := n.Props["id"].(string)
	p := props{what: "topic " + id, m: n.Props}
	t := graph.Topic{ID: p.str("id"), Name: p.str("name"), Aliases: p.aliases()}
	return t, p.err
}

func jobStateFromNode(n neo4j.Node) (graph.JobState, error) {
	name, _ := n.Props["name"].(string)
	p := props{what: "job state " + name, m: n.Props}
	js := graph.JobState{Name: p.str("name")}
	runs, _ := p.integer("runs")
	js.Runs = int(runs)
	end, last := p.str("window_end"), p.str("last_run")
	if p.err != nil {
		return js, p.err
	}
	var err error
	if js.WindowEnd, err = parseTimeText(end); err != nil {
		return js, fmt.Errorf("job state %s: window_end: %w", name, err)
	}
	if js.LastRun, err = parseTimeText(last); err != nil {
		return js, fmt.Errorf("job state %s: last_run: %w", name, err)
	}
	return js, nil
}

// value returns the column key of rec; a missing column is an error (the
// statement and the code disagree).
func value(rec *neo4j.Record, key string) (any, error) {
	v, ok := rec.Get(key)
	if !ok {
		return nil, fmt.Errorf("result has no column %s (columns: %s)", key, strings.Join(rec.Keys, ", "))
	}
	return v, nil
}

// node returns the node in column key; ok is false for null.
func node(rec *neo4j.Record, key string) (n neo4j.Node, ok bool, err error) {
	v, err := value(rec, key)
	if err != nil || v == nil {
		return neo4j.Node{}, false, err
	}
	n, ok = v.(neo4j.Node)
	if !ok {
		return neo4j.Node{}, false, fmt.Errorf("column %s: want a node, got %T", key, v)
	}
	return n, true, nil
}

// mustNode returns the node in column key; null is an error.
func mustNode(rec *neo4j.Record, key string) (neo4j.Node, error) {
	n, ok, err := node(rec, key)
	if err == nil && !ok {
		err = fmt.Errorf("column %s is null", key)
	}
	return n, err
}

// text returns the text in column key; null is "".
func text(rec *neo4j.Record, key string) (string, error) {
	v, err := value(rec, key)
	if err != nil || v == nil {
		return "", err
	}
	s, ok := v.(string)
	if !ok {
		return "", fmt.Errorf("column %s: want text, got %T", key, v)
	}
	return s, nil
}

// integer returns the integer in column key as an int; null is an error.
// An integral float counts (see asInt).
func integer(rec *neo4j.Record, key string) (int, error) {
	v, err := value(rec, key)
	if err != nil {
		return 0, err
	}
	n, ok := asInt(v)
	if !ok {
		return 0, fmt.Errorf("column %s: want an integer, got %T %v", key, v, v)
	}
	return int(n), nil
}

// boolean returns the boolean in column key; null is an error.
func boolean(rec *neo4j.Record, key string) (bool, error) {
	v, err := value(rec, key)
	if err != nil {
		return false, err
	}
	b, ok := v.(bool)
	if !ok {
		return false, fmt.Errorf("column %s: want a boolean, got %T", key, v)
	}
	return b, nil
}

// texts returns the list of text in column key; null and [] are nil.
func texts(rec *neo4j.Record, key string) ([]string, error) {
	v, err := value(rec, key)
	if err != nil {
		return nil, err
	}
	l, err := toStrings(v)
	if err != nil {
		return nil, fmt.Errorf("column %s: %w", key, err)
	}
	return l, nil
}

// idSet sorts ids and drops duplicates; nil when empty, as the SQLite
// store returns links.
func idSet(ids []string) []string {
	if len(ids) == 0 {
		return nil
	}
	sort.Strings(ids)
	out := ids[:1]
	for _, id := range ids[1:] {
		if id != out[len(out)-1] {
			out = append(out, id)
		}
	}
	return out
}

// plainValue turns a value of an analyst's query into plain Go values
// (nil, bool, int64, float64, string, []byte, []any, map[string]any) that
// print and encode as JSON without the driver's types: a node becomes
// {element_id, labels, properties}, a relationship {element_id, type,
// start, end, properties}, a path {nodes, relationships}, and temporal and
// spatial values their Cypher text form.
func plainValue(v any) any {
	switch x := v.(type) {
	case nil, bool, int64, float64, string, []byte:
		return x
	case []any:
		out := make([]any, len(x))
		for i, e := range x {
			out[i] = plainValue(e)
		}
		return out
	case map[string]any:
		out := make(map[string]any, len(x))
		for k, e := range x {
			out[k] = plainValue(e)
		}
		return out
	case neo4j.Node:
		labels := append([]string{}, x.Labels...)
		return map[string]any{"element_id": x.ElementId, "labels": labels, "properties": plainValue(nonNilMap(x.Props))}
	case neo4j.Relationship:
		return map[string]any{"element_id": x.ElementId, "type": x.Type, "start": x.StartElementId,
			"end": x.EndElementId, "properties": plainValue(nonNilMap(x.Props))}
	case neo4j.Path:
		nodes := make([]any, len(x.Nodes))
		for i, n := range x.Nodes {
			nodes[i] = plainValue(n)
		}
		rels := make([]any, len(x.Relationships))
		for i, r := range x.Relationships {
			rels[i] = plainValue(r)
		}
		return map[string]any{"nodes": nodes, "relationships": rels}
	case time.Time:
		return x.Format(time.RFC3339Nano)
	case fmt.Stringer: // Date, LocalTime, LocalDateTime, Time, Duration, Point2D, Point3D
		return x.String()
	default:
		return fmt.Sprint(x)
	}
}

func nonNilMap(m map[string]any) map[string]any {
	if m == nil {
		return map[string]any{}
	}
	return m
}
