package main

import (
	"os"
	"path/filepath"
	"testing"
)

// TestTopicInOtherWords: a topic is asked for in either wording of its
// event noun ("harbour blast", "Harbour Explosion"), and two documents'
// wordings are one topic with a mutual accusation.
func TestTopicInOtherWords(t *testing.T) {
	dir := t.TempDir()
	in := filepath.Join(dir, "in")
	if err := os.MkdirAll(in, 0o755); err != nil {
		t.Fatal(err)
	}
	claims := `{"id": "w1", "speaker": "Minister Ilya Varga", "side": "Arvenia", "kind": "accusation", "subject": "Belmora", "action": "mine the harbour", "topic": "Harbour Explosion", "polarity": "+", "text": "Varga said Belmora mined the harbour.", "source": {"url": "https://example.org/w1", "outlet": "Harbor Gazette", "published": "2024-05-01"}}
{"id": "w2", "speaker": "General Tomas Reuel", "side": "Belmora", "kind": "accusation", "subject": "Arvenia", "action": "mine the harbour", "topic": "harbour blast", "polarity": "+", "text": "Reuel said Arvenia mined the harbour.", "source": {"url": "https://example.org/w2", "outlet": "Northern Ledger", "published": "2024-05-02"}}
`
	if err := os.WriteFile(filepath.Join(in, "claims.jsonl"), []byte(claims), 0o644); err != nil {
		t.Fatal(err)
	}
	mustRun(t, dir, "load", in)
	want := mustRun(t, dir, "query", "timeline", "--topic", "Harbour Explosion", "-o", "json")
	for _, tc := range []struct {
		topic string
		found bool
	}{
		{"harbour blast", true},
		{"harbour detonation", true},
		{"Harbour Blasts", false}, // a plural is another noun: another topic
	} {
		got, _, code := run(t, dir, "query", "timeline", "--topic", tc.topic, "-o", "json")
		switch {
		case tc.found && (code != 0 || got != want):
			t.Errorf("timeline --topic %q: exit %d\n%s\nwant (as 'Harbour Explosion')\n%s", tc.topic, code, got, want)
		case !tc.found && code != 3:
			t.Errorf("timeline --topic %q: exit %d, want 3 (not found)", tc.topic, code)
		}
	}
	if st := statsOf(t, dir); st.Topics != 1 || st.Findings["mutual_accusation"] != 1 {
		t.Errorf("stats %+v: want one topic with one mutual accusation", st)
	}
}
