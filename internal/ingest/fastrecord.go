package ingest

import (
	"unicode/utf16"
	"unicode/utf8"

	"github.com/contra-project/contra/graph"
)

// fastRecord decodes a record of the usual shape — one object of known
// keys spelled as graph.Record's tags spell them, each given once, string
// values, a source object of strings, lists of strings — without
// reflection, and reports whether it did. Anything else (another key or
// spelling, null, a number, evidence, a \u escape of a surrogate, a
// syntax error, text after the object) is left to encoding/json and the
// checks of decodeRecord, which then decode it or say what is wrong: the
// fast path never decides that a record is bad, so it cannot change an
// error, and what it accepts it decodes as encoding/json does. It
// exists because encoding/json was a sixth of a bulk load's CPU.
//
// The record's strings share one allocation, a copy of data, where they
// hold no escape.
func fastRecord(data []byte, r *graph.Record) bool {
	d := fastDec{data: data}
	d.ws()
	if !d.eat('{') {
		return false
	}
	var seen uint32
	d.ws()
	if d.eat('}') {
		return d.end()
	}
	for {
		d.ws()
		key, ok := d.key()
		if !ok {
			return false
		}
		bit, dst, list := recordField(r, key)
		if bit == 0 || seen&bit != 0 {
			return false
		}
		seen |= bit
		d.ws()
		if !d.eat(':') {
			return false
		}
		d.ws()
		switch {
		case dst != nil:
			if *dst, ok = d.str(); !ok {
				return false
			}
		case list != nil:
			if *list, ok = d.strs(); !ok {
				return false
			}
		default: // source
			if r.Source, ok = d.source(); !ok {
				return false
			}
		}
		d.ws()
		if d.eat('}') {
			return d.end()
		}
		if !d.eat(',') {
			return false
		}
	}
}

// recordField is the field of r a key names: its bit among the record's
// keys and where its value goes (a string, a list, or neither for
// source); bit 0 for a key the fast path does not decode.
func recordField(r *graph.Record, key []byte) (bit uint32, dst *string, list *[]string) {
	switch string(key) {
	case "id":
		return 1 << 0, &r.ID, nil
	case "doc":
		return 1 << 1, &r.Doc, nil
	case "doc_id":
		return 1 << 2, &r.DocID, nil
	case "speaker":
		return 1 << 3, &r.Speaker, nil
	case "role":
		return 1 << 4, &r.Role, nil
	case "side":
		return 1 << 5, &r.Side, nil
	case "kind":
		return 1 << 6, &r.Kind, nil
	case "subject":
		return 1 << 7, &r.Subject, nil
	case "action":
		return 1 << 8, &r.Action, nil
	case "topic":
		return 1 << 9, &r.Topic, nil
	case "polarity":
		return 1 << 10, &r.Polarity, nil
	case "text":
		return 1 << 11, &r.Text, nil
	case "said_at":
		return 1 << 12, &r.SaidAt, nil
	case "source":
		return 1 << 13, nil, nil
	case "responds_to":
		return 1 << 14, nil, &r.RespondsTo
	case "counters":
		return 1 << 15, nil, &r.Counters
	case "contradicts":
		return 1 << 16, nil, &r.Contradicts
	}
	return 0, nil, nil
}

// fastDec is the position of fastRecord in its record.
type fastDec struct {
	data []byte
	s    string // data as a string, made at the first unescaped value
	i    int
}

// ws skips JSON white space.
func (d *fastDec) ws() {
	for d.i < len(d.data) {
		switch d.data[d.i] {
		case ' ', '\t', '\n', '\r':
			d.i++
		default:
			return
		}
	}
}

func (d *fastDec) eat(c byte) bool {
	if d.i < len(d.data) && d.data[d.i] == c {
		d.i++
		return true
	}
	return false
}

// end reports whether nothing but white space follows.
func (d *fastDec) end() bool {
	d.ws()
	return d.i == len(d.data)
}

// key reads a key without escapes; it is compared, not kept.
func (d *fastDec) key() ([]byte, bool) {
	if !d.eat('"') {
		return nil, false
	}
	start := d.i
	for d.i < len(d.data) {
		switch c := d.data[d.i]; {
		case c == '"':
			k := d.data[start:d.i]
			d.i++
			return k, true
		case c == '\\' || c < 0x20:
			return nil, false
		}
		d.i++
	}
	return nil, false
}

// str reads a string value.
func (d *fastDec) str() (string, bool) {
	if !d.eat('"') {
		return "", false
	}
	start := d.i
	for d.i < len(d.data) {
		switch c := d.data[d.i]; {
		case c == '"':
			if d.s == "" {
				d.s = string(d.data)
			}
			v := d.s[start:d.i]
			d.i++
			return v, true
		case c == '\\':
			return d.escaped(start)
		case c < 0x20:
			return "", false // a control character must be escaped
		}
		d.i++
	}
	return "", false
}

// escaped reads the rest of a string value that started at start and
// holds an escape at d.i.
func (d *fastDec) escaped(start int) (string, bool) {
	b := append([]byte(nil), d.data[start:d.i]...)
	for d.i < len(d.data) {
		c := d.data[d.i]
		switch {
		case c == '"':
			d.i++
			return string(b), true
		case c < 0x20:
			return "", false
		case c != '\\':
			b = append(b, c)
			d.i++
			continue
		}
		if d.i+1 >= len(d.data) {
			return "", false
		}
		switch e := d.data[d.i+1]; e {
		case '"', '\\', '/':
			b = append(b, e)
		case 'b':
			b = append(b, '\b')
		case 'f':
			b = append(b, '\f')
		case 'n':
			b = append(b, '\n')
		case 'r':
			b = append(b, '\r')
		case 't':
			b = append(b, '\t')
		case 'u':
			r := hex4(d.data, d.i+2)
			// Surrogates, paired or not, are encoding/json's and
			// checkKeys' to judge.
			if r < 0 || utf16.IsSurrogate(r) {
				return "", false
			}
			b = utf8.AppendRune(b, r)
			d.i += 4
		default:
			return "", false
		}
		d.i += 2
	}
	return "", false
}

// strs reads a list of strings; [] is an empty list, not nil, as
// encoding/json decodes it.
func (d *fastDec) strs() ([]string, bool) {
	if !d.eat('[') {
		return nil, false
	}
	out := []string{}
	d.ws()
	if d.eat(']') {
		return out, true
	}
	for {
		d.ws()
		v, ok := d.str()
		if !ok {
			return nil, false
		}
		out = append(out, v)
		d.ws()
		if d.eat(']') {
			return out, true
		}
		if !d.eat(',') {
			return nil, false
		}
	}
}

// source reads a source object.
func (d *fastDec) source() (*graph.Source, bool) {
	if !d.eat('{') {
		return nil, false
	}
	src := &graph.Source{}
	d.ws()
	if d.eat('}') {
		return src, true
	}
	var seen uint8
	for {
		d.ws()
		key, ok := d.key()
		if !ok {
			return nil, false
		}
		var bit uint8
		var dst *string
		switch string(key) {
		case "url":
			bit, dst = 1, &src.URL
		case "outlet":
			bit, dst = 2, &src.Outlet
		case "title":
			bit, dst = 4, &src.Title
		case "published":
			bit, dst = 8, &src.Published
		default:
			return nil, false
		}
		if seen&bit != 0 {
			return nil, false
		}
		seen |= bit
		d.ws()
		if !d.eat(':') {
			return nil, false
		}
		d.ws()
		if *dst, ok = d.str(); !ok {
			return nil, false
		}
		d.ws()
		if d.eat('}') {
			return src, true
		}
		if !d.eat(',') {
			return nil, false
		}
	}
}
