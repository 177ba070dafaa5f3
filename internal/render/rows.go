package render

import (
	"bytes"
	"encoding"
	"encoding/base64"
	"encoding/csv"
	"encoding/json"
	"fmt"
	"io"
	"strconv"
	"time"
)

// Rows writes arbitrary rows under column names, the result of contra
// cypher. Every row must have one value per key.
//
//   - table: the keys as header; values as in csv, null shown as "null",
//     cut to the text width.
//   - json: an array of objects, one per row, with the keys in column
//     order: [{"<key>": value, ...}]. Values are encoded by encoding/json
//     (nested maps, lists, node and relationship structs included); a value
//     JSON cannot hold (NaN, ±Inf) becomes its fmt string.
//   - csv: the keys as header, one row per row. Strings as they are, null
//     as an empty cell, numbers and booleans in Go syntax, times in RFC
//     3339, bytes in base64, other values (lists, maps, nodes) as compact
//     JSON.
//   - graph formats: EInvalid.
func (o Options) Rows(w io.Writer, f Format, keys []string, rows [][]any) error {
	return renderers{
		what: "rows",
		table: func(b *bytes.Buffer) error {
			if err := checkRows(keys, rows); err != nil {
				return err
			}
			if len(rows) == 0 {
				b.WriteString("No rows.\n")
				return nil
			}
			head := make([]column, len(keys))
			for i, k := range keys {
				head[i] = text(orDash(show(k, o.names())))
			}
			t := newTable(o, head...)
			for _, r := range rows {
				cells := make([]string, len(r))
				for i, v := range r {
					if v == nil {
						cells[i] = "null"
						continue
					}
					cells[i] = orDash(show(cellText(v), o.textCap()))
				}
				t.row(cells...)
			}
			return t.write(b)
		},
		json: func(b *bytes.Buffer) error {
			if err := checkRows(keys, rows); err != nil {
				return err
			}
			var raw bytes.Buffer
			raw.WriteByte('[')
			for i, r := range rows {
				if i > 0 {
					raw.WriteByte(',')
				}
				raw.WriteByte('{')
				for j, v := range r {
					if j > 0 {
						raw.WriteByte(',')
					}
					raw.Write(jsonValue(keys[j]))
					raw.WriteByte(':')
					raw.Write(jsonValue(v))
				}
				raw.WriteByte('}')
			}
			raw.WriteByte(']')
			if err := json.Indent(b, raw.Bytes(), "", "  "); err != nil {
				return err
			}
			b.WriteByte('\n')
			return nil
		},
		csv: func(b *bytes.Buffer) error {
			if err := checkRows(keys, rows); err != nil {
				return err
			}
			out := [][]string{append([]string(nil), keys...)}
			for _, r := range rows {
				cells := make([]string, len(r))
				for i, v := range r {
					cells[i] = cellText(v)
				}
				out = append(out, cells)
			}
			return writeCSV(csv.NewWriter(b), out)
		},
	}.run(w, f)
}

func checkRows(keys []string, rows [][]any) error {
	for i, r := range rows {
		if len(r) != len(keys) {
			return fmt.Errorf("row %d has %d values for %d columns", i+1, len(r), len(keys))
		}
	}
	return nil
}

// cellText is a value as the text of one table or CSV cell.
func cellText(v any) string {
	switch x := v.(type) {
	case nil:
		return ""
	case string:
		return x
	case []byte:
		return base64.StdEncoding.EncodeToString(x)
	case bool:
		return strconv.FormatBool(x)
	case int, int8, int16, int32, int64, uint, uint8, uint16, uint32, uint64:
		return fmt.Sprint(x)
	case float32:
		return strconv.FormatFloat(float64(x), 'g', -1, 32)
	case float64:
		return strconv.FormatFloat(x, 'g', -1, 64)
	case time.Time:
		return x.Format(time.RFC3339Nano)
	case fmt.Stringer, error:
		return fmt.Sprint(x) // fmt recovers if a nil pointer's String panics
	}
	return string(jsonValue(v))
}

// jsonValue encodes v compactly, without HTML escaping. A value with a
// String method but no JSON or text encoding (Neo4j dates, durations and
// points) is encoded as that string, which JSON would otherwise show as {}
// or as raw fields; a value JSON cannot hold is encoded as the string fmt
// makes of it.
func jsonValue(v any) []byte {
	switch v.(type) {
	case json.Marshaler, encoding.TextMarshaler:
	case fmt.Stringer, error:
		v = fmt.Sprint(v)
	}
	var b bytes.Buffer
	enc := json.NewEncoder(&b)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(v); err != nil {
		b.Reset()
		_ = enc.Encode(fmt.Sprint(v)) // a string always encodes
	}
	return bytes.TrimRight(b.Bytes(), "\n")
}
