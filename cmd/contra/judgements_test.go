package main

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net"
	"net/http"
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/contra-project/contra/graph"
)

// pairs returns the finding ids of query contradictions on a topic.
func pairs(t *testing.T, dir, topic string, extra ...string) []string {
	t.Helper()
	var cs []graph.Contradiction
	out := mustRun(t, dir, append([]string{"query", "contradictions", "--topic", topic, "-o", "json"}, extra...)...)
	if err := json.Unmarshal([]byte(out), &cs); err != nil {
		t.Fatalf("%v\n%s", err, out)
	}
	ids := []string{}
	for _, c := range cs {
		ids = append(ids, c.FindingID)
	}
	return ids
}

func speakerClaims(t *testing.T, dir, name string) int {
	t.Helper()
	var xs []graph.SpeakerCount
	if err := json.Unmarshal([]byte(mustRun(t, dir, "query", "speakers", "--speaker", name, "-o", "json")), &xs); err != nil {
		t.Fatal(err)
	}
	for _, x := range xs {
		if x.Name == name {
			return x.Claims
		}
	}
	return 0
}

// TestJudgementsSurviveReload: a rejected finding stays hidden and a
// merge stays in force after contra load of the same input again, which
// still changes no count; export, import into another store and export
// again give the same file.
func TestJudgementsSurviveReload(t *testing.T) {
	dir := t.TempDir()
	mustRun(t, dir, "load", "../../examples")
	before := statsOf(t, dir)
	all := pairs(t, dir, "cluster munitions")
	if len(all) < 2 {
		t.Fatalf("%d pairs on cluster munitions", len(all))
	}
	rejected := all[0]
	mustRun(t, dir, "judgements", "add", "reject", "finding", rejected, "--reason", "quote out of context")
	putin := speakerClaims(t, dir, "Vladimir Putin")
	mustRun(t, dir, "judgements", "add", "merge", "speaker", "russian government", "--into", "putin")
	if _, errs, code := run(t, dir, "judgements", "add", "merge", "speaker", "Russian governmnet", "--into", "Putin"); code != exitNotFound {
		t.Errorf("merge of a misspelt speaker: exit %d\n%s", code, errs)
	}

	check := func(when string) {
		t.Helper()
		out, errs, code := run(t, dir, "query", "contradictions", "--topic", "cluster munitions", "-o", "json")
		if code != 0 || strings.Contains(out, rejected) || !strings.Contains(errs, "rejected result(s) hidden") {
			t.Errorf("%s: the rejected finding is listed, or the hiding is not said (exit %d):\n%s", when, code, errs)
		}
		if got := pairs(t, dir, "cluster munitions", "--show-rejected"); len(got) != len(all) {
			t.Errorf("%s: --show-rejected lists %d pairs, want %d", when, len(got), len(all))
		}
		if n := speakerClaims(t, dir, "Vladimir Putin"); n != putin+1 {
			t.Errorf("%s: Vladimir Putin has %d claims, want %d with the merged speaker's", when, n, putin+1)
		}
		if n := speakerClaims(t, dir, "Russian government"); n != 0 {
			t.Errorf("%s: the merged speaker keeps %d claims", when, n)
		}
	}
	check("after the judgements")
	out := mustRun(t, dir, "load", "../../examples")
	if !strings.Contains(out, "0 new, 0 updated") {
		t.Errorf("re-load changed claims:\n%s", out)
	}
	check("after a re-load")
	after := statsOf(t, dir)
	if after.Claims != before.Claims || after.Documents != before.Documents {
		t.Errorf("stats after re-load %+v, before %+v", after, before)
	}

	// Export, import elsewhere, export again: the same bytes.
	file := filepath.Join(dir, "judgements.jsonl")
	mustRun(t, dir, "judgements", "export", "--out", file)
	first, err := os.ReadFile(file)
	if err != nil {
		t.Fatal(err)
	}
	if n := bytes.Count(first, []byte("\n")); n != 2 {
		t.Fatalf("export has %d lines:\n%s", n, first)
	}
	other := t.TempDir()
	mustRun(t, other, "load", "../../examples")
	if out := mustRun(t, other, "judgements", "import", file); !strings.Contains(out, "2 new") {
		t.Errorf("import: %s", out)
	}
	if out := mustRun(t, other, "judgements", "import", file); !strings.Contains(out, "0 new, 2 stored already") {
		t.Errorf("import again: %s", out)
	}
	if again := mustRun(t, other, "judgements", "export"); again != string(first) {
		t.Errorf("export after import differs:\n%s\nwant\n%s", again, first)
	}
	dir = other
	check("in the store the judgements were imported into")

	// A bad line: the file is refused whole, naming the line.
	bad := filepath.Join(dir, "bad.jsonl")
	lines := strings.SplitAfter(string(first), "\n")
	tampered := strings.Replace(lines[1], "Russian government", "Kremlin", 1)
	if err := os.WriteFile(bad, []byte(lines[0]+tampered), 0o644); err != nil {
		t.Fatal(err)
	}
	fresh := t.TempDir()
	mustRun(t, fresh, "load", "../../examples")
	_, errs, code := run(t, fresh, "judgements", "import", bad)
	if code != exitInvalid || !strings.Contains(errs, "bad.jsonl:2:") {
		t.Errorf("tampered import: exit %d\n%s", code, errs)
	}
	if out := mustRun(t, fresh, "judgements", "export"); out != "" {
		t.Errorf("a refused file imported:\n%s", out)
	}
	// Undo the merge: the claims go back.
	var list []map[string]any
	if err := json.Unmarshal([]byte(mustRun(t, dir, "judgements", "list", "-o", "json")), &list); err != nil {
		t.Fatal(err)
	}
	mergeID := ""
	for _, j := range list {
		if j["action"] == "merge" {
			mergeID, _ = j["id"].(string)
		}
	}
	mustRun(t, dir, "judgements", "add", "undo", "judgement", mergeID)
	if n := speakerClaims(t, dir, "Russian government"); n != 1 {
		t.Errorf("after undo the merged speaker has %d claims, want 1", n)
	}
}

func TestServeRefusesAnOpenAddressWithoutToken(t *testing.T) {
	dir := t.TempDir()
	mustRun(t, dir, "load", "../../examples")
	for _, addr := range []string{"0.0.0.0:0", ":0"} {
		_, errs, code := run(t, dir, "serve", "--addr", addr)
		if code != exitInvalid || !strings.Contains(errs, "CONTRA_SERVE_TOKEN") {
			t.Errorf("serve --addr %s: exit %d\n%s", addr, code, errs)
		}
	}
	var out, errb bytes.Buffer
	m := NewMain(strings.NewReader(""), &out, &errb)
	m.Environ = []string{"CONTRA_SERVE_TOKEN=alice:short"}
	code := m.Run(context.Background(), []string{"--db", filepath.Join(dir, "contra.db"), "--config", writeConfig(t, dir), "serve"})
	if code != exitInvalid || strings.Contains(errb.String(), "short") {
		t.Errorf("a short token: exit %d\n%s", code, errb.String())
	}
}

// freeAddr returns a loopback address nothing listens on (now).
func freeAddr(t *testing.T) string {
	t.Helper()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer ln.Close()
	return ln.Addr().String()
}

// serving runs contra serve on dir's store until the returned stop is
// called, and returns the server's base URL.
func serving(t *testing.T, dir string) (base string, stop func()) {
	t.Helper()
	addr := freeAddr(t)
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan int, 1)
	var out, errb bytes.Buffer
	m := NewMain(strings.NewReader(""), &out, &errb)
	m.Environ = []string{}
	go func() {
		done <- m.Run(ctx, []string{"--db", filepath.Join(dir, "contra.db"), "--config", writeConfig(t, dir), "serve", "--addr", addr})
	}()
	base = "http://" + addr
	for start := time.Now(); ; time.Sleep(20 * time.Millisecond) {
		if resp, err := http.Get(base + "/api/stats"); err == nil {
			resp.Body.Close()
			break
		}
		if time.Since(start) > 10*time.Second {
			cancel()
			t.Fatalf("contra serve did not start: %s", errb.String())
		}
	}
	return base, func() {
		cancel() // as SIGTERM does
		if code := <-done; code != 0 {
			t.Errorf("contra serve exited %d: %s", code, errb.String())
		}
	}
}

func getJSON(t *testing.T, u string, v any) {
	t.Helper()
	resp, err := http.Get(u)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	body, _ := io.ReadAll(resp.Body)
	if resp.StatusCode != 200 {
		t.Fatalf("GET %s: %d %s", u, resp.StatusCode, body)
	}
	if err := json.Unmarshal(body, v); err != nil {
		t.Fatalf("GET %s: %v\n%s", u, err, body)
	}
}

type disputePage struct {
	Items    []graph.Dispute         `json:"items"`
	Hidden   int                     `json:"hidden"`
	Verdicts map[string]graph.Action `json:"verdicts"`
}

// TestServeDoneWhen is the "done when": contra serve on the
// examples answers GET /api/disputes?topic=cluster%20munitions with the
// Russia dispute and serves the workspace at /; a judgement posted, then
// contra load examples again, is still in force.
func TestServeDoneWhen(t *testing.T) {
	dir := t.TempDir()
	mustRun(t, dir, "load", "../../examples")
	base, stop := serving(t, dir)
	var page disputePage
	getJSON(t, base+"/api/disputes?topic=cluster%20munitions", &page)
	if len(page.Items) == 0 || page.Items[0].Subject != "Russia" || page.Items[0].Action != "use cluster munitions" ||
		page.Items[0].Camps[0].Claims == 0 || page.Items[0].Camps[1].Claims == 0 {
		t.Fatalf("first dispute on cluster munitions: %+v", page.Items)
	}
	russia := page.Items[0].ID
	resp, err := http.Get(base + "/")
	if err != nil {
		t.Fatal(err)
	}
	html, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	if resp.StatusCode != 200 || !strings.Contains(string(html), "<title>contra") {
		t.Errorf("GET /: %d\n%.300s", resp.StatusCode, html)
	}
	body := fmt.Sprintf(`{"action":"reject","target":"dispute","target_id":%q,"reason":"test"}`, russia)
	resp, err = http.Post(base+"/api/judgements", "application/json", strings.NewReader(body))
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	if resp.StatusCode != http.StatusCreated {
		t.Fatalf("POST /api/judgements: %d", resp.StatusCode)
	}
	stop()

	mustRun(t, dir, "load", "../../examples")

	base, stop = serving(t, dir)
	defer stop()
	page = disputePage{}
	getJSON(t, base+"/api/disputes?topic="+url.QueryEscape("cluster munitions"), &page)
	for _, d := range page.Items {
		if d.ID == russia {
			t.Errorf("the rejected dispute is listed after a re-load")
		}
	}
	if page.Hidden != 1 {
		t.Errorf("hidden %d, want 1", page.Hidden)
	}
	page = disputePage{}
	getJSON(t, base+"/api/disputes?show_rejected=true&topic="+url.QueryEscape("cluster munitions"), &page)
	if len(page.Items) == 0 || page.Items[0].ID != russia || page.Verdicts[russia] != graph.ActReject {
		t.Errorf("show_rejected: %+v, verdicts %v", page.Items, page.Verdicts)
	}
}

// TestRejectedLeftOut: a rejected dispute leaves query disputes and the
// report, both say so, and --show-rejected brings it back.
func TestRejectedLeftOut(t *testing.T) {
	dir := t.TempDir()
	mustRun(t, dir, "load", "../../examples")
	var q struct {
		Disputes []graph.Dispute `json:"disputes"`
	}
	if err := json.Unmarshal([]byte(mustRun(t, dir, "query", "disputes", "--topic", "cluster munitions", "-o", "json")), &q); err != nil {
		t.Fatal(err)
	}
	if len(q.Disputes) == 0 {
		t.Fatal("no dispute on cluster munitions")
	}
	id := q.Disputes[0].ID
	mustRun(t, dir, "judgements", "add", "reject", "dispute", id)
	out, errs, code := run(t, dir, "query", "disputes", "--topic", "cluster munitions", "-o", "json")
	if code != 0 || strings.Contains(out, id) || !strings.Contains(errs, "1 rejected result(s) hidden") {
		t.Errorf("query disputes after the rejection (exit %d): stderr %q", code, errs)
	}
	if out := mustRun(t, dir, "query", "disputes", "--topic", "cluster munitions", "-o", "json", "--show-rejected"); !strings.Contains(out, id) {
		t.Error("--show-rejected leaves the dispute out")
	}
	for _, show := range []bool{false, true} {
		reports := filepath.Join(dir, fmt.Sprintf("reports-%v", show))
		args := []string{"report", "-o", "json,md", "--out", reports}
		if show {
			args = append(args, "--show-rejected")
		}
		mustRun(t, dir, args...)
		b, err := os.ReadFile(filepath.Join(reports, "report.json"))
		if err != nil {
			t.Fatal(err)
		}
		var d struct {
			Hidden   int             `json:"hidden"`
			Disputes []graph.Dispute `json:"disputes"`
		}
		if err := json.Unmarshal(b, &d); err != nil {
			t.Fatal(err)
		}
		listed := false
		for _, x := range d.Disputes {
			listed = listed || x.ID == id
		}
		md, _ := os.ReadFile(filepath.Join(reports, "report.md"))
		if listed != show || (d.Hidden == 1) == show || strings.Contains(string(md), "rejected by a judgement") == show {
			t.Errorf("report (show rejected %v): listed %v, hidden %d", show, listed, d.Hidden)
		}
	}
}

// TestBulkLoadKeepsJudgementsAndTexts: contra load --bulk takes the bulk
// path through the judgements and the text keeper, not around them: it
// keeps the articles' texts as an incremental load does, and a re-load in
// bulk after judgements changes nothing and keeps them in force.
func TestBulkLoadKeepsJudgementsAndTexts(t *testing.T) {
	texts := func(dir string) int {
		t.Helper()
		db := openRaw(t, filepath.Join(dir, "contra.db"), true)
		defer db.Close()
		return queryInt(t, db, "SELECT count(*) FROM document_texts WHERE text <> ''")
	}
	load := func(dir, mode string) (bulk int, res graph.LoadResult) {
		t.Helper()
		var out struct {
			Summary struct {
				Bulk   int              `json:"bulk_transactions"`
				Result graph.LoadResult `json:"result"`
			} `json:"summary"`
		}
		if err := json.Unmarshal([]byte(mustRun(t, dir, "load", mode, "-o", "json", "../../examples")), &out); err != nil {
			t.Fatal(err)
		}
		return out.Summary.Bulk, out.Summary.Result
	}
	inc, bulk := t.TempDir(), t.TempDir()
	if n, _ := load(inc, "--bulk=false"); n != 0 {
		t.Fatalf("--bulk=false: %d bulk transactions", n)
	}
	if n, _ := load(bulk, "--bulk"); n != 1 {
		t.Fatalf("--bulk: %d bulk transactions, want 1", n)
	}
	if a, b := texts(inc), texts(bulk); b == 0 || a != b {
		t.Errorf("the bulk load kept %d article texts, the incremental one %d", b, a)
	}
	if a, b := statsOf(t, inc), statsOf(t, bulk); statsJSON(a) != statsJSON(b) {
		t.Errorf("bulk load: %s\nincremental: %s", statsJSON(b), statsJSON(a))
	}

	putin := speakerClaims(t, bulk, "Vladimir Putin")
	mustRun(t, bulk, "judgements", "add", "merge", "speaker", "russian government", "--into", "putin")
	if n := speakerClaims(t, bulk, "Vladimir Putin"); n != putin+1 {
		t.Fatalf("after the merge Vladimir Putin has %d claims, want %d", n, putin+1)
	}
	n, res := load(bulk, "--bulk")
	if n != 1 || res.Claims != 0 || res.Updated != 0 {
		t.Errorf("re-load in bulk after a merge: %d bulk transactions, %d new, %d updated claims; want 1, 0, 0", n, res.Claims, res.Updated)
	}
	if n := speakerClaims(t, bulk, "Vladimir Putin"); n != putin+1 {
		t.Errorf("after a re-load in bulk Vladimir Putin has %d claims, want %d", n, putin+1)
	}
	if n := speakerClaims(t, bulk, "Russian government"); n != 0 {
		t.Errorf("after a re-load in bulk the merged speaker has %d claims", n)
	}
}
