package ingest

import (
	"bufio"
	"bytes"
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/contra-project/contra/graph"
	"github.com/contra-project/contra/internal/extract"
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
		// Every field, as an export writes them: reaches the date, id,
		// evidence and link checks past the required fields.
		`{"id":"nl-accuses-sm-1","doc":"dispatch-17.txt","doc_id":"doc:3f2a","speaker":"Ada Korr","role":"Foreign Minister","side":"Norland","kind":"accusation","subject":"Sudmark","action":"jam the ferry radios","topic":"ferry radios","polarity":"+","text":"Korr said Sudmark jammed the ferry radios.","said_at":"2031-03-06","source":{"url":"https://example.test/17","outlet":"Test Wire","title":"Radios jammed","published":"2031-03-06"},"responds_to":["sm-denies-1"],"evidence":{"start":120,"end":161,"text":"Korr said Sudmark jammed the ferry radios."},"counters":["sm-denies-1"],"contradicts":["sm-asserts-2"]}`,
		`{"speaker":"Bo Lenz","side":"Sudmark","kind":"denial","subject":"Sudmark","action":"jam the ferry radios","topic":"ferry radios","polarity":"-","text":"Lenz denied it.","said_at":"2031-3-6","source":{"published":"March 6, 2031"}}`,
		`{"speaker":"Bo Lenz","kind":"prediction","action":"x","topic":"t","polarity":"+","text":"y","source":{"published":"2031-02-30"}}`,
		`{"speaker":"\u0041da \u00e9\ud83d\ude00","kind":"assertion","action":"\n\t","topic":"t","polarity":"+","text":"\u001b]0;x\u0007"}`,
		`{"speaker":"A","kind":"assertion","action":"x","topic":"t","polarity":"+","text":"y","Speaker":"B"}`,
		`{"speaker":"A","kind":"assertion","action":"x","topic":"t","polarity":"+","text":"\ud800"}`,
		`{"speaker":"A","kind":"assertion","action":"x","topic":"t","polarity":"+","text":"y","source":{"url":"u","URL":"v"}}`,
		`{"speaker":"A","kind":"assertion","action":"x","topic":"t","polarity":"+","text":"y","id":"` + strings.Repeat("i", 201) + `"}`,
		`{"speaker":"A","kind":"ASSERTION","action":"x","topic":"t","polarity":" + ","text":"y","said_at":"0001-01-01"}`,
		`{"speaker":"A","kind":"assertion","action":"x","topic":"t","polarity":"+","text":"y","evidence":{"start":-1,"end":3}}`,
		`{"speaker":"A","kind":"assertion","action":"x","topic":"t","polarity":"+","text":"y"} {"speaker":"B"}`,
		`{"speaker":["A"],"kind":1,"action":null,"topic":{},"polarity":true,"text":1e999}`,
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
	// Deeper: arrays spanning lines with nested values, strings holding
	// brackets and escaped quotes, white space everywhere, scalars, a BOM,
	// what follows the array; CSV with every column, quoted line breaks,
	// apostrophe-escaped formulas and a BOM.
	f.Add("b.json", []byte("\ufeff [\n {\"speaker\": \"A ] [ \\\" }\",\n  \"kind\": \"assertion\", \"action\": \"x\", \"topic\": \"t\",\n  \"polarity\": \"+\", \"text\": \"y\", \"responds_to\": [\"a\", \"b\"],\n  \"source\": {\"url\": \"u\", \"published\": \"2031-01-02\"}},\n\n\n true , null,\"s\" ,[1,[2]], {} \n]\n\n"))
	f.Add("c.json", []byte(`[{"speaker":"A","kind":"assertion","action":"x","topic":"t","polarity":"+","text":"y"},]`))
	f.Add("d.json", []byte(`[{"speaker":"A","kind":"assertion","action":"x","topic":"t","polarity":"+","text":"y"}] trailing`))
	f.Add("e.json", []byte("[\n\"\xff\"\n,\n{\"a\":1,\"a\":2}\n]"))
	f.Add("f.json", []byte(`{"speaker":"A","kind":"assertion","action":"x","topic":"t","polarity":"+","text":"y"}`))
	f.Add("b.csv", []byte("\ufeffid,doc,doc_id,speaker,role,side,kind,subject,action,topic,polarity,text,said_at,source_url,source_outlet,source_title,source_published,responds_to,evidence_start,evidence_end,evidence_text,counters,contradicts\r\n"+
		"c1,d,,Ada Korr,Minister,Norland,accusation,Sudmark,jam radios,ferry radios,+,\"She said, \"\"they jammed\"\"\r\nthe radios.\",2031-03-06,https://example.test/1,'=Wire,Title,2031-03-06,c2;c3,5,40,\"said, \"\"they\",c2,\r\n"+
		"c2,,,Bo Lenz,,Sudmark,denial,Sudmark,jam radios,ferry radios,-,No.,,,,,,,,x,,,\n"))
	f.Add("c.csv", []byte("speaker,kind,action,topic,polarity,text\nA,assertion,x,t,+,\"y\xff\"\nA,assertion,x,t,+,a\"b\n"))
	f.Add("d.csv", []byte("speaker,kind,action,topic,polarity,text\n\n\nA,assertion,x,t,+,\"open\n\nquote"))
	f.Fuzz(func(t *testing.T, name string, data []byte) {
		ext := filepath.Ext(name)
		if ext != ".jsonl" && ext != ".json" && ext != ".csv" {
			return
		}
		p := filepath.Join(t.TempDir(), "in"+ext)
		if err := os.WriteFile(p, data, 0o644); err != nil {
			t.Fatal(err)
		}
		l := New(nil, Options{Workers: 2, MaxRecordBytes: 1 << 10, MaxFieldBytes: 512})
		in := &input{path: p, kind: kindRecords, size: int64(len(data))}
		lines := bytes.Count(data, []byte("\n")) + 1
		err := l.scan(context.Background(), in, func(c *chunk) error {
			for _, p := range c.problems {
				if p.File != in.path || p.Msg == "" || p.Line < 0 || p.Line > lines {
					t.Fatalf("problem without file or message, or off the file's %d lines: %+v", lines, p)
				}
			}
			for _, c := range c.batch.Claims {
				if err := c.Validate(); err != nil {
					t.Fatalf("converted claim is invalid: %v", err)
				}
				if !utf8.ValidString(c.Text) || strings.ContainsRune(c.Text, utf8.RuneError) && !bytes.ContainsRune(data, utf8.RuneError) && !bytes.Contains(data, []byte(`\ufffd`)) && !bytes.Contains(data, []byte(`\uFFFD`)) {
					t.Fatalf("claim text altered: %q", c.Text)
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

// FuzzArticle runs an article file and its sidecar through what a load
// does with them (read, check, extract with the real pipeline, validate):
// never a panic, a claim that does not validate, evidence outside the
// file, or a problem that names no file.
func FuzzArticle(f *testing.F) {
	meta := `{"source":"https://example.test/news/2031/03/06/ferry","outlet":"The Test Ledger","published":"2031-03-06","title":"Norland and Sudmark trade blame"}`
	for _, s := range []struct {
		ext  uint8
		text string
		meta string
	}{
		{0, "Subscribe to our newsletter.\nAdvertisement\n\nNorland and Sudmark Trade Blame Over Ferry Radios\n\n" +
			"Norland and Sudmark have accused each other of jamming the ferry radios, which failed on Monday.\n\n" +
			"\"This was a deliberate act by Sudmark's navy,\" Norland's Foreign Minister Ada Korr said on Tuesday.\n\n" +
			"Korr said the Sudmark navy had planned it for weeks. Sudmark's Defence Minister Bo Lenz denied that his country had " +
			"jammed anything. \"Our ships never touched the radios,\" he told reporters in Velm.\n\n" +
			"Read more: Ferries stranded in Velm harbour\n\nLenz accused Norland of sabotaging its own radios. " +
			"The Sudmark government also claimed that Norland had used cluster munitions near the coast.\n\nShare this article\nDiscuss\n", meta},
		{1, "# Ferry radios\n\n**Norland** says *Sudmark* jammed the radios; [Sudmark](https://example.test) denies it.\n\n" +
			"> \"We did not,\" said spokesman Bo Lenz.\n\n- Norland's president warned of retaliation.\n", ""},
		{2, "<html><head><title>Ferry radios</title><script>var x = \"<p>not text</p>\";</script><style>p{}</style></head><body>" +
			"<p>Norland&rsquo;s Foreign Minister Ada Korr said on Tuesday that Sudmark&nbsp;had jammed the radios.</p>" +
			"<p>&ldquo;That is a lie,&rdquo; Sudmark&#8217;s Bo Lenz said.</p><div class=\"ad\">Donate today</div>" +
			"<p>Both sides accused each other of attacking the ferries.</p></body></html>", `{"url":"https://example.test/b","outlet":"Wire"}`},
		{0, "Ada Korr, the foreign minister, said Sudmark was lying. She added that Norland would respond. Mr. Lenz, asked " +
			"about it, said: \"No.\" The U.S. State Dept. said it was \"concerned\".", `{"published":"March 6, 2031","title":"x","title":"y"}`},
		{0, "\"Quote without a speaker.\"\n\n\"Another one,\" he said. \"And a third,\" she added, \"split in two.\"", `{"unknown":1}`},
		{2, "<p>Unclosed <b>tags &amp entities &#xD800; &#99999999; <p>and <![CDATA[x]]> <!-- comment --> text.", "\xff"},
		{0, "Line one.\r\nLine two said Korr.\r\n\r\n\u00a0\u2028Norland\u200b accused Sudmark\u202e of it.", ""},
		{0, "Norland accused Sudmark. " + strings.Repeat("Sudmark denied it. ", 200), meta},
	} {
		f.Add(s.ext, []byte(s.text), []byte(s.meta))
	}
	exts := []string{".txt", ".md", ".html"}
	l := New(nil, Options{Extractor: Pipeline(extract.New(nil)), MaxArticleBytes: 1 << 20})
	f.Fuzz(func(t *testing.T, ext uint8, text, meta []byte) {
		dir := t.TempDir()
		p := filepath.Join(dir, "a"+exts[int(ext)%len(exts)])
		if err := os.WriteFile(p, text, 0o644); err != nil {
			t.Fatal(err)
		}
		if len(meta) > 0 {
			if err := os.WriteFile(filepath.Join(dir, "a.meta.json"), meta, 0o644); err != nil {
				t.Fatal(err)
			}
		}
		res := l.extractOne(context.Background(), &input{path: p, kind: kindArticle, size: int64(len(text))})
		if strings.HasPrefix(res.skip, "extractor failed") {
			t.Fatalf("the extractor failed: %s", res.skip)
		}
		for _, pr := range res.prob {
			if pr.File == "" || pr.Msg == "" {
				t.Fatalf("problem without file or message: %+v", pr)
			}
		}
		if res.skip != "" {
			return
		}
		if !utf8.Valid(text) {
			t.Fatal("text that is not UTF-8 reached the extractor")
		}
		for _, c := range res.ex.Claims {
			if err := c.Validate(); err != nil {
				t.Fatalf("invalid claim: %v", err)
			}
			if e := c.Evidence; e == nil || e.Start < 0 || e.End > len(text) || e.Start >= e.End || string(text[e.Start:e.End]) != e.Text {
				t.Fatalf("evidence %+v does not slice the file", e)
			}
		}
	})
}
