package ingest

import (
	"bufio"
	"bytes"
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/contra-project/contra/graph"
)

// FuzzRecordLine: any line either becomes a valid claim or a problem;
// never a panic, never a claim that fails validation.
func FuzzRecordLine(f *testing.F) {
	for _, s := range []string{
		`{"speaker":"A","kind":"accusation","subject":"B","action":"x","topic":"t","polarity":"+","text":"y"}`,
		`{"speaker":"\"}) DETACH DELETE n //","kind":"denial","action":"x","topic":"'; DROP TABLE claims; --","polarity":"-","text":"y","said_at":"99999-01-01"}`,
		`{"speaker":"A","kind":"assertion","action":"x","topic":"t","polarity":"+","text":"y","evidence":{"start":5,"end":1}}`,
		`[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]`,
		"{\"speaker\":\"\xff\xfe\",\"kind\":\"threat\"}",
		"\x00\x00",
		`{"speaker":"A","responds_to":["a b"],"kind":"threat","action":"x","topic":"t","polarity":"+","text":"y"}`,
	} {
		f.Add([]byte(s))
	}
	l := New(nil, Options{})
	f.Fuzz(func(t *testing.T, line []byte) {
		var r graph.Record
		if err := decodeRecord(line, &r); err != nil {
			return
		}
		var b graph.Batch
		if err := l.toGraph("f.jsonl", &r, &b); err != nil {
			return
		}
		for _, c := range b.Claims {
			if err := c.Validate(); err != nil {
				t.Fatalf("converted claim is invalid: %v", err)
			}
		}
	})
}

// FuzzReadFile: whole files through the chunked readers (JSONL, JSON
// array, CSV) and the converters.
func FuzzReadFile(f *testing.F) {
	f.Add("a.jsonl", []byte(`{"speaker":"A","kind":"assertion","action":"x","topic":"t","polarity":"+","text":"y"}`+"\n\n{bad\n"))
	f.Add("a.json", []byte(`[{"speaker":"A","kind":"assertion","action":"x","topic":"t","polarity":"+","text":"y"}, 3, "x"]`))
	f.Add("a.csv", []byte("speaker,kind,action,topic,polarity,text\nA,assertion,x,t,+,y\n\"unterminated\n"))
	f.Add("a.csv", []byte("speaker,kind\nA\nB,C,D\n"))
	f.Add("a.json", []byte(`[`))
	f.Fuzz(func(t *testing.T, name string, data []byte) {
		ext := filepath.Ext(name)
		if ext != ".jsonl" && ext != ".json" && ext != ".csv" {
			return
		}
		p := filepath.Join(t.TempDir(), "in"+ext)
		if err := os.WriteFile(p, data, 0o644); err != nil {
			t.Fatal(err)
		}
		l := New(nil, Options{Workers: 2, MaxRecordBytes: 1 << 10})
		in := &input{path: p, kind: kindRecords, size: int64(len(data))}
		err := l.scan(context.Background(), in, func(c *chunk) error {
			for _, p := range c.problems {
				if p.File != in.path || p.Msg == "" {
					t.Fatalf("problem without file or message: %+v", p)
				}
			}
			return nil
		})
		if err != nil {
			t.Fatalf("scan: %v", err)
		}
	})
}

func TestReadLineBounds(t *testing.T) {
	tests := []struct {
		in      string
		max     int
		want    []string
		tooLong []bool
	}{
		{"a\nbb\n", 10, []string{"a", "bb"}, []bool{false, false}},
		{"a\r\nbb", 10, []string{"a", "bb"}, []bool{false, false}},
		{strings.Repeat("x", 100) + "\nok\n", 10, []string{"", "ok"}, []bool{true, false}},
		{"", 10, nil, nil},
	}
	for _, tt := range tests {
		br := bufio.NewReaderSize(bytes.NewReader([]byte(tt.in)), 16)
		var got []string
		var long []bool
		for {
			line, tl, err := readLine(br, tt.max)
			if line == nil && err != nil {
				break
			}
			got = append(got, string(line))
			long = append(long, tl)
			if err != nil {
				break
			}
		}
		if strings.Join(got, "|") != strings.Join(tt.want, "|") || len(long) != len(tt.tooLong) {
			t.Errorf("%q: got %q %v, want %q %v", tt.in, got, long, tt.want, tt.tooLong)
			continue
		}
		for i := range long {
			if long[i] != tt.tooLong[i] {
				t.Errorf("%q: line %d tooLong=%v", tt.in, i, long[i])
			}
		}
	}
}
