package ingest

import (
	"fmt"
	"reflect"
	"testing"
	"unicode/utf8"

	"github.com/contra-project/contra/graph"
)

// fastRecordCases are records and whether the fast path decodes them
// (the rest go to encoding/json).
var fastRecordCases = []struct {
	name string
	line string
	fast bool
}{
	{"bench shape", `{"id":"claim:0a1b","doc_id":"doc:9f","speaker":"Mira Tovan","role":"Envoy","side":"Veldra","kind":"accusation","subject":"Osterk","action":"shell the dam","topic":"dam shelling","polarity":"+","text":"Tovan said Osterk shelled the dam.","said_at":"2032-04-01","source":{"url":"https://example.test/a","outlet":"Quill Wire","title":"Dam shelled","published":"2032-04-01"}}`, true},
	{"white space everywhere", " \t{ \"speaker\" : \"A\" ,\r\n\"kind\":\"denial\" , \"source\" : { } , \"responds_to\" : [ ] }\n", true},
	{"links and lists", `{"speaker":"A","responds_to":["x","y"],"counters":["z"],"contradicts":[]}`, true},
	{"escapes", `{"speaker":"A \"the elder\"\\\/","text":"a\nb\tc\rd\be\ff","action":"caf\u00e9 \u0041"}`, true},
	{"empty object", `{}`, true},
	{"empty strings", `{"speaker":"","role":""}`, true},
	{"multibyte text", `{"speaker":"Ærø Ünal","text":"“quoted” — 👍"}`, true},

	{"evidence", `{"speaker":"A","evidence":{"start":1,"end":2,"text":"x"}}`, false},
	{"other case of a key", `{"Speaker":"A"}`, false},
	{"key given twice", `{"speaker":"A","speaker":"B"}`, false},
	{"key given twice in source", `{"source":{"url":"a","url":"b"}}`, false},
	{"source key given twice", `{"source":{},"source":{}}`, false},
	{"unknown key", `{"speaker":"A","tone":"dry"}`, false},
	{"null", `{"speaker":null}`, false},
	{"number", `{"speaker":1}`, false},
	{"surrogate pair", `{"speaker":"\ud83d\ude00"}`, false},
	{"half a surrogate pair", `{"speaker":"\ud800"}`, false},
	{"bad escape", `{"speaker":"\x"}`, false},
	{"short unicode escape", `{"speaker":"\u00e"}`, false},
	{"escaped key", `{"sp\u0065aker":"A"}`, false},
	{"raw control character", "{\"speaker\":\"a\tb\"}", false},
	{"two values", `{"speaker":"A"} {"speaker":"B"}`, false},
	{"trailing brace", `{"speaker":"A"}}`, false},
	{"trailing comma", `{"speaker":"A",}`, false},
	{"missing colon", `{"speaker" "A"}`, false},
	{"unterminated", `{"speaker":"A"`, false},
	{"unterminated string", `{"speaker":"A`, false},
	{"array", `["speaker"]`, false},
	{"list of numbers", `{"responds_to":[1]}`, false},
	{"list trailing comma", `{"responds_to":["a",]}`, false},
	{"source not an object", `{"source":"x"}`, false},
	{"unknown source key", `{"source":{"author":"x"}}`, false},
	{"empty", ``, false},
}

// TestFastRecord: the fast path takes the usual records, leaves the rest,
// and decodes what it takes as encoding/json does.
func TestFastRecord(t *testing.T) {
	for _, tc := range fastRecordCases {
		t.Run(tc.name, func(t *testing.T) {
			var r graph.Record
			if got := fastRecord([]byte(tc.line), &r); got != tc.fast {
				t.Fatalf("fastRecord took it: %v, want %v", got, tc.fast)
			}
			sameAsJSON(t, []byte(tc.line))
		})
	}
}

// sameAsJSON fails when the fast path decodes line other than
// encoding/json and checkKeys do, or takes a line they refuse.
func sameAsJSON(t *testing.T, line []byte) {
	t.Helper()
	if !utf8.Valid(line) {
		return // decodeRecord refuses it before either
	}
	var fast graph.Record
	if !fastRecord(line, &fast) {
		return
	}
	var slow graph.Record
	if err := decodeJSON(line, &slow); err != nil {
		t.Fatalf("fast path took %q, which encoding/json refuses: %v", line, err)
	}
	if !reflect.DeepEqual(fast, slow) {
		t.Fatalf("%q:\nfast path %#v\nencoding/json %#v", line, fast, slow)
	}
	if (fast.Source == nil) != (slow.Source == nil) || !reflect.DeepEqual(fast.Source, slow.Source) {
		t.Fatalf("%q: source %#v, encoding/json %#v", line, fast.Source, slow.Source)
	}
}

// FuzzFastRecord: whatever the fast path takes, encoding/json takes and
// decodes the same.
func FuzzFastRecord(f *testing.F) {
	for _, tc := range fastRecordCases {
		f.Add([]byte(tc.line))
	}
	f.Fuzz(sameAsJSON)
}

// TestCheckFields: a field longer than MaxFieldBytes is named, the first
// in the record's order when there are several.
func TestCheckFields(t *testing.T) {
	long := "abcd"
	l := New(nil, Options{MaxFieldBytes: 3})
	for _, tc := range []struct {
		name string
		r    graph.Record
		want string // the field named; "" for none
	}{
		{"all short", graph.Record{ID: "a", Text: "b", RespondsTo: []string{"c"}, Source: &graph.Source{URL: "d"}}, ""},
		{"id", graph.Record{ID: long}, "id"},
		{"said_at", graph.Record{SaidAt: long}, "said_at"},
		{"first of two", graph.Record{Text: long, Doc: long}, "doc"},
		{"a link", graph.Record{RespondsTo: []string{"a", long}}, "responds_to"},
		{"contradicts", graph.Record{Contradicts: []string{long}}, "contradicts"},
		{"a string before a list", graph.Record{Counters: []string{long}, SaidAt: long}, "said_at"},
		{"source title", graph.Record{Source: &graph.Source{Title: long}}, "source.title"},
		{"source before evidence", graph.Record{Source: &graph.Source{Published: long}, Evidence: &graph.Span{Text: long}}, "source.published"},
		{"evidence", graph.Record{Evidence: &graph.Span{Text: long}}, "evidence.text"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			err := l.checkFields(&tc.r)
			want := ""
			if tc.want != "" {
				want = fmt.Sprintf("field %q is 4 bytes, more than load.max_field_bytes (3)", tc.want)
			}
			if got := fmt.Sprint(err); (err == nil) != (want == "") || (err != nil && got != want) {
				t.Errorf("got %v, want %q", err, want)
			}
		})
	}
}

// BenchmarkConvert: one record of the bench's shape, decoded and
// converted, as a loader's worker does it.
func BenchmarkConvert(b *testing.B) {
	line := []byte(fastRecordCases[0].line)
	l := New(nil, Options{})
	b.ReportAllocs()
	for b.Loop() {
		var r graph.Record
		if err := decodeRecord(line, &r); err != nil {
			b.Fatal(err)
		}
		var batch graph.Batch
		if err := l.toGraph("b.jsonl", &r, &batch); err != nil {
			b.Fatal(err)
		}
	}
}
