package report

import (
	"context"
	"encoding/csv"
	"encoding/json"
	"math"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"sort"
	"strings"
	"testing"
	"time"

	"github.com/contra-project/contra/graph"
)

// jsonKeys is the documented top-level shape of report.json (see Data).
var jsonKeys = []string{
	"title", "generated_at", "window", "topics", "summary", "disputes", "exchanges", "mutual_accusations",
	"contradictions", "most_contradicted", "daily", "accusations", "undated", "hidden",
}

// writeAll writes every format of d into a fresh dir and returns the dir
// and each file's content by format.
func writeAll(t *testing.T, d *Data) (string, map[string]string) {
	t.Helper()
	dir := t.TempDir()
	paths, err := Write(context.Background(), dir, d, nil)
	if err != nil {
		t.Fatalf("Write: %v", err)
	}
	out := map[string]string{}
	for _, p := range paths {
		if filepath.Dir(p) != dir {
			t.Fatalf("Write returned %s outside %s", p, dir)
		}
		b, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		out[strings.TrimPrefix(filepath.Ext(p), ".")] = string(b)
	}
	return dir, out
}

func TestWriteFilesAtomicAndConfined(t *testing.T) {
	dir, files := writeAll(t, handData(t))
	entries, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	var names []string
	for _, e := range entries {
		names = append(names, e.Name())
	}
	want := []string{"report.csv", "report.html", "report.json", "report.md"}
	if !slices.Equal(names, want) {
		t.Errorf("dir holds %v, want exactly %v (no temporary files, nothing from hostile names)", names, want)
	}
	for f, s := range files {
		if len(s) == 0 {
			t.Errorf("%s is empty", f)
		}
	}
}

func TestWriteFormats(t *testing.T) {
	tests := []struct {
		formats []string
		want    []string
		code    graph.Code
	}{
		{nil, []string{"report.md", "report.html", "report.csv", "report.json"}, ""},
		{[]string{"json", "MD", "json"}, []string{"report.md", "report.json"}, ""},
		{[]string{"markdown"}, []string{"report.md"}, ""},
		{[]string{"pdf"}, nil, graph.EInvalid},
		{[]string{"../md"}, nil, graph.EInvalid},
	}
	for _, tt := range tests {
		t.Run(strings.Join(tt.formats, ","), func(t *testing.T) {
			dir := t.TempDir()
			paths, err := Write(context.Background(), dir, handData(t), tt.formats)
			if graph.ErrorCode(err) != tt.code {
				t.Fatalf("Write(%v) error %v, want code %q", tt.formats, err, tt.code)
			}
			var got []string
			for _, p := range paths {
				got = append(got, filepath.Base(p))
			}
			if !slices.Equal(got, tt.want) {
				t.Errorf("wrote %v, want %v", got, tt.want)
			}
		})
	}
}

func TestWriteUnwritableDir(t *testing.T) {
	// A path below a regular file cannot be a directory, even for root.
	file := filepath.Join(t.TempDir(), "file")
	if err := os.WriteFile(file, []byte("x"), 0o644); err != nil {
		t.Fatal(err)
	}
	if _, err := Write(context.Background(), filepath.Join(file, "out"), handData(t), nil); err == nil {
		t.Fatal("Write below a regular file succeeded")
	}
}

// TestMarkdown checks the disputes and the exchange with their sources,
// the contents, and that hostile text is escaped without breaking tables.
func TestMarkdown(t *testing.T) {
	_, files := writeAll(t, handData(t))
	md := files["md"]
	for _, want := range []string{
		"## Contents",
		// The three disputes are as well sourced: the latest ranks first.
		"## 3. Sudmark · shelled border villages — border shelling",
		"(#3-sudmark--shelled-border-villages--border-shelling)",
		"answered by Ostavia (Mara Lind) on 2031-03-05, the same day",
		"## E1. Norland ⇄ Sudmark — border shelling", "Norland accused first on 2031-03-02",
		"[Example Daily](https://news.example.org/norland-sudmark-1), 2031-03-02",
		"[Example Wire](https://wire.example.net/2031/03/03/sudmark), 2031-03-03",
		"Sudmark shelled our border villages overnight.",
		"It was Norland that shelled the villages.",
		"| | Says it happens | Says it does not |",
		"## Most contradicted speakers", "## Who accuses whom", "## Undated claims",
		`\<script\>alert("x")\</script\>`,
		`The corridor was never opened \| talks continue.`,
	} {
		if !strings.Contains(md, want) {
			t.Errorf("report.md lacks %q", want)
		}
	}
	// Markup is harmless only when escaped: "<" must follow a backslash,
	// and so must the "]" that would open a link target.
	for _, bad := range []string{`(^|[^\\])<(script|img)`, `(^|[^\\])\]\(javascript`, `(^|[^\\])\*bold`} {
		if regexp.MustCompile(bad).MatchString(md) {
			t.Errorf("report.md matches %s: unescaped markup", bad)
		}
	}
	checkMarkdownTables(t, md)
}

// checkMarkdownTables checks that every row of every table has as many
// cell separators as its header: an unescaped pipe in a value would add one.
func checkMarkdownTables(t *testing.T, md string) {
	t.Helper()
	sep := regexp.MustCompile(`(^|[^\\])\|`)
	count := func(line string) int {
		// Count pipes not preceded by a backslash (escaped backslashes
		// "\\|" do not occur in the fixture).
		return len(sep.FindAllString(line, -1)) + strings.Count(line, "||")
	}
	header := -1
	tables := 0
	for i, line := range strings.Split(md, "\n") {
		if !strings.HasPrefix(line, "|") {
			header = -1
			continue
		}
		if header < 0 {
			header = count(line)
			tables++
			continue
		}
		if n := count(line); n != header {
			t.Errorf("report.md line %d has %d cell separators, header has %d: %s", i+1, n, header, line)
		}
	}
	if tables < 5 {
		t.Errorf("report.md has %d tables, want at least 5", tables)
	}
}

func TestMarkdownEscape(t *testing.T) {
	tests := []struct{ in, want string }{
		{"plain text 2031-03-02", "plain text 2031-03-02"},
		{"a|b", `a\|b`},
		{"<b>x</b>", `\<b\>x\</b\>`},
		{"*x* _y_ `z` [l](u)", "\\*x\\* \\_y\\_ \\`z\\` \\[l\\](u)"},
		{"line\nbreak\r\nend", "line break end"},
		{`back\slash`, `back\\slash`},
		{"$x$ &amp; #1 ~~s~~ !", `\$x\$ \&amp; \#1 \~\~s\~\~ \!`},
		{"bell\x07", "bell"},
	}
	for _, tt := range tests {
		if got := md(tt.in); got != tt.want {
			t.Errorf("md(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestSafeURL(t *testing.T) {
	tests := []struct{ in, want string }{
		{"https://a.example/x?y=1", "https://a.example/x?y=1"},
		{"http://a.example/", "http://a.example/"},
		{"javascript:alert(1)", ""},
		{"https://a.example/x)(y", ""},
		{"//a.example/x", ""},
		{"", ""},
	}
	for _, tt := range tests {
		if got := safeURL(tt.in); got != tt.want {
			t.Errorf("safeURL(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestHTML(t *testing.T) {
	_, files := writeAll(t, handData(t))
	h := files["html"]
	for _, want := range []string{
		`<svg id="chart-svg"`, `<svg id="graph-svg"`, `<svg class="strip"`, "Claims per day", "Contested claims per day",
		`<nav id="toc">`, `<a href="#dispute-3">Sudmark · shelled border villages</a>`, `<a href="#exchange-1">Norland ⇄ Sudmark</a>`,
		`<section class="dispute" id="dispute-1">`, `<section class="exchange" id="exchange-1">`, `<div class="camps">`,
		`<div class="camp affirm">`, `<div class="camp deny">`, `id="speakers"`, `id="undated"`,
		"Norland accused first on 2031-03-02",
		// Compact sources: outlet and date, the title on hover.
		`<a href="https://news.example.org/norland-sudmark-1" rel="noopener noreferrer nofollow" title="Shelling near the border">Example Daily</a>, 2031-03-02`,
		`<a href="https://wire.example.net/2031/03/03/sudmark" rel="noopener noreferrer nofollow" title="Sudmark answers">Example Wire</a>, 2031-03-03`,
		"Sudmark shelled our border villages overnight.",
		"&lt;script&gt;alert(&#34;x&#34;)&lt;/script&gt;",
		"&#34;}) DETACH DELETE n //",
		"&lt;img src=x onerror=alert(1)&gt;",
	} {
		if !strings.Contains(h, want) {
			t.Errorf("report.html lacks %q", want)
		}
	}
	for _, bad := range []string{"<script", "<img", `href="javascript:`} {
		if strings.Contains(strings.ToLower(h), bad) {
			t.Errorf("report.html contains %q", bad)
		}
	}
	checkSelfContained(t, h)
}

// checkSelfContained fails if the page would fetch anything: scripts,
// stylesheets, images, frames, fonts or CSS imports. Links to sources
// (<a href>) are allowed: following them is the reader's choice.
func checkSelfContained(t *testing.T, h string) {
	t.Helper()
	lower := strings.ToLower(h)
	for _, bad := range []string{"<script", "<link", "<iframe", "<img", "<object", "<embed", "@import", "@font-face", "url(http", "url(//"} {
		if strings.Contains(lower, bad) {
			t.Errorf("report.html contains %q", bad)
		}
	}
	tag := regexp.MustCompile(`<([a-zA-Z][a-zA-Z0-9-]*)\b[^>]*>`)
	attr := regexp.MustCompile(`(?i)\s(src|href|xlink:href|srcset|poster|data)\s*=\s*"([^"]*)"`)
	links := 0
	for _, m := range tag.FindAllStringSubmatch(h, -1) {
		for _, a := range attr.FindAllStringSubmatch(m[0], -1) {
			v := strings.ToLower(a[2])
			if strings.EqualFold(m[1], "a") && strings.EqualFold(a[1], "href") {
				links++
				continue
			}
			if strings.Contains(v, "http") || strings.HasPrefix(v, "//") {
				t.Errorf("report.html fetches %s=%q in <%s>", a[1], a[2], m[1])
			}
		}
	}
	if links == 0 {
		t.Error("report.html links no source")
	}
}

func TestCSV(t *testing.T) {
	d := handData(t)
	_, files := writeAll(t, d)
	rows, err := csv.NewReader(strings.NewReader(files["csv"])).ReadAll()
	if err != nil {
		t.Fatalf("report.csv does not parse: %v", err)
	}
	if !slices.Equal(rows[0], CSVHeader) {
		t.Fatalf("header = %v", rows[0])
	}
	if len(rows)-1 != len(d.Contradictions) {
		t.Fatalf("report.csv has %d rows, want one per contradiction (%d)", len(rows)-1, len(d.Contradictions))
	}
	col := map[string]int{}
	for i, h := range CSVHeader {
		col[h] = i
	}
	var mutual, hostile []string
	for _, r := range rows[1:] {
		if r[col["rule"]] == string(graph.RuleMutual) {
			mutual = r
		}
		if r[col["topic"]] == hostilePath {
			hostile = r
		}
	}
	if mutual == nil {
		t.Fatal("report.csv has no mutual_accusation row")
	}
	outlets := []string{mutual[col["a_outlet"]], mutual[col["b_outlet"]]}
	sort.Strings(outlets)
	if !slices.Equal(outlets, []string{"Example Daily", "Example Wire"}) {
		t.Errorf("mutual row outlets = %v", outlets)
	}
	if !strings.HasPrefix(mutual[col["a_url"]], "https://") || !strings.HasPrefix(mutual[col["b_url"]], "https://") {
		t.Errorf("mutual row urls = %q, %q", mutual[col["a_url"]], mutual[col["b_url"]])
	}
	if hostile == nil {
		t.Fatal("report.csv has no row on the hostile topic")
	}
	found := map[string]bool{}
	for _, cell := range hostile {
		found[cell] = true
	}
	for _, want := range []string{hostileCypher, hostileScript, hostilePath, "javascript:alert(1)"} {
		if !found[want] {
			t.Errorf("report.csv does not keep %q verbatim", want)
		}
	}
}

func TestJSON(t *testing.T) {
	d := handData(t)
	_, files := writeAll(t, d)
	var top map[string]json.RawMessage
	if err := json.Unmarshal([]byte(files["json"]), &top); err != nil {
		t.Fatalf("report.json does not parse: %v", err)
	}
	var keys []string
	for k := range top {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	want := slices.Clone(jsonKeys)
	sort.Strings(want)
	if !slices.Equal(keys, want) {
		t.Errorf("report.json keys = %v, want the documented %v", keys, want)
	}
	var back Data
	if err := json.Unmarshal([]byte(files["json"]), &back); err != nil {
		t.Fatal(err)
	}
	if len(back.Mutual) != 1 || back.Mutual[0].Count != 2 {
		t.Fatalf("mutual_accusations = %+v", back.Mutual)
	}
	for i, side := range back.Mutual[0].Accusations {
		if len(side) != 1 || side[0].Document == nil || side[0].Document.URL == "" || side[0].Document.Outlet == "" {
			t.Errorf("mutual side %d accusations lack their source: %+v", i, side)
		}
	}
	if back.Title != d.Title {
		t.Errorf("title = %q, want %q verbatim", back.Title, d.Title)
	}
	var hostile bool
	for _, c := range back.Contradictions {
		for _, cl := range c.Claims {
			if cl.Speaker == hostileCypher && cl.Side == hostileScript && cl.Topic == hostilePath {
				hostile = true
			}
		}
	}
	if !hostile {
		t.Error("report.json does not keep the hostile claim verbatim")
	}
}

func TestNiceScale(t *testing.T) {
	tests := []struct{ n, max, step int }{
		{0, 1, 1}, {1, 1, 1}, {4, 4, 1}, {7, 8, 2}, {10, 10, 2}, {23, 25, 5}, {101, 120, 20}, {999, 1000, 200},
	}
	for _, tt := range tests {
		m, s := niceScale(tt.n)
		if m != tt.max || s != tt.step {
			t.Errorf("niceScale(%d) = %d, %d; want %d, %d", tt.n, m, s, tt.max, tt.step)
		}
		if m < tt.n || m%s != 0 || m/s > 6 {
			t.Errorf("niceScale(%d) = %d, %d is not a scale", tt.n, m, s)
		}
	}
}

// TestTimeScale: days sit at their dates (the gap between two bars is
// the time between them), and the axis has a handful of labels in order.
func TestTimeScale(t *testing.T) {
	day := func(s string) time.Time { d, _ := parseDay(s); return d }
	for _, tt := range []struct{ first, last string }{
		{"2031-03-01", "2031-03-01"}, {"2031-03-01", "2031-03-09"}, {"2031-03-01", "2031-05-01"},
		{"2029-01-15", "2031-03-05"}, {"2011-01-01", "2031-03-05"},
	} {
		sc := newTimeScale(day(tt.first), day(tt.last), 100, 1100)
		a, b := sc.x(day(tt.first)), sc.x(day(tt.last))
		if a < 100 || b > 1100 || b < a {
			t.Errorf("%s..%s: x %v..%v outside the axis", tt.first, tt.last, a, b)
		}
		if mid := day(tt.first).Add(day(tt.last).Sub(day(tt.first)) / 2); math.Abs(sc.x(mid)-(a+b)/2) > sc.slot() {
			t.Errorf("%s..%s: the middle day is at %v, want about %v", tt.first, tt.last, sc.x(mid), (a+b)/2)
		}
		ticks := sc.ticks()
		if len(ticks) == 0 || len(ticks) > 12 {
			t.Errorf("%s..%s: %d ticks", tt.first, tt.last, len(ticks))
		}
		for i := 1; i < len(ticks); i++ {
			if !ticks[i].After(ticks[i-1]) {
				t.Errorf("%s..%s: ticks out of order: %v", tt.first, tt.last, ticks)
			}
		}
	}
}
