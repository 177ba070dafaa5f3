package report

import (
	"bufio"
	"cmp"
	"fmt"
	"io"
	"net/url"
	"strings"
	"time"
	"unicode"

	"github.com/contra-project/contra/graph"
)

// maxRows caps each table of the Markdown and HTML reports so that a page
// stays readable and renderable; report.csv and report.json are complete.
const maxRows = 200

// mdReplacer backslash-escapes the characters GitHub Markdown would read as
// formatting, HTML, entities, math or table structure, so stored text shows
// verbatim and cannot inject markup. CommonMark allows a backslash before
// any ASCII punctuation, so over-escaping is harmless.
var mdReplacer = strings.NewReplacer(
	`\`, `\\`, "`", "\\`", `*`, `\*`, `_`, `\_`, `[`, `\[`, `]`, `\]`, `<`, `\<`, `>`, `\>`,
	`|`, `\|`, `~`, `\~`, `&`, `\&`, `$`, `\$`, `#`, `\#`, `!`, `\!`,
	"\r\n", " ", "\n", " ", "\r", " ", "\t", " ",
)

// md escapes s for a Markdown table cell or heading, dropping control
// characters that a renderer could misread.
func md(s string) string {
	s = strings.Map(func(r rune) rune {
		if r != '\n' && r != '\r' && r != '\t' && unicode.IsControl(r) {
			return -1
		}
		return r
	}, s)
	return mdReplacer.Replace(s)
}

// safeURL returns u when it is an absolute http(s) URL that can be written
// inside Markdown link syntax unchanged, else "".
func safeURL(u string) string {
	p, err := url.Parse(u)
	if err != nil || (p.Scheme != "http" && p.Scheme != "https") || p.Host == "" {
		return ""
	}
	if strings.ContainsAny(u, " \t\r\n<>()[]\"'`\\|") {
		return ""
	}
	return u
}

func writeMarkdown(w io.Writer, d *Data) error {
	b := bufio.NewWriter(w)
	p := func(format string, args ...any) { fmt.Fprintf(b, format, args...) }

	p("# %s\n\n", md(d.Title))
	p("Generated %s · window %s · topics: %s\n\n", md(d.GeneratedAt.UTC().Format(time.RFC3339)),
		md(windowText(d.Window)), md(topicsText(d.Topics)))

	s := d.Summary
	p("## Summary\n\n| What | Count |\n| --- | ---: |\n")
	p("| New claims | %d |\n| Speakers | %d |\n| Documents | %d |\n| Counterclaims | %d |\n| Undated claims | %d |\n",
		s.Claims, s.Speakers, s.Documents, s.Counterclaims, s.Undated)
	p("| New contradictions | %d |\n", s.Contradictions)
	for _, r := range graph.Rules {
		p("| — %s | %d |\n", md(ruleLabel(r)), s.ByRule[r])
	}
	p("| Mutual accusations (pairs of sides on a topic) | %d |\n\n", s.MutualAccusations)

	p("## Mutual accusations\n\n")
	if len(d.Mutual) == 0 {
		p("None in this window.\n\n")
	}
	for i, g := range capRows(d.Mutual) {
		p("### %d. %s ⇄ %s — %s\n\n", i+1, md(g.Sides[0]), md(g.Sides[1]), md(g.Topic))
		p("%d accusations in %d documents, %s to %s.\n\n", g.Count, g.Documents, md(orDash(g.First)), md(orDash(g.Last)))
		p("| Accuser | Speaker | Said | Claim | Source |\n| --- | --- | --- | --- | --- |\n")
		for side := range g.Accusations {
			for _, c := range capRows(g.Accusations[side]) {
				p("| %s | %s | %s | %s | %s |\n", md(g.Sides[side]), md(c.Speaker), md(orDash(c.SaidAt)), md(c.Text), mdSource(&c))
			}
		}
		p("\n")
	}
	more(b, len(d.Mutual))

	for _, sec := range []struct {
		title string
		rule  graph.Rule
		a, b  string
	}{
		{"Opposing assertions", graph.RuleOpposing, "Claim", "Opposing claim"},
		{"Reversals", graph.RuleReversal, "Earlier claim", "Later claim"},
		{"Counterclaims", graph.RuleCounterclaim, "Counterclaim", "Countered claim"},
	} {
		cs := d.ByRule(sec.rule)
		p("## %s\n\n", sec.title)
		if len(cs) == 0 {
			p("None in this window.\n\n")
			continue
		}
		p("| # | Topic | %s | Source | %s | Source | Documents / outlets |\n| ---: | --- | --- | --- | --- | --- | ---: |\n", sec.a, sec.b)
		for i, c := range capRows(cs) {
			a, bb := pairOf(c)
			p("| %d | %s | %s | %s | %s | %s | %d / %d |\n", i+1, md(c.Topic), mdClaim(a), mdSource(a), mdClaim(bb), mdSource(bb), c.Documents, c.Outlets)
		}
		p("\n")
		more(b, len(cs))
	}

	p("## Most contradicted speakers\n\n")
	if len(d.MostContradicted) == 0 {
		p("None in this window.\n\n")
	} else {
		p("| Speaker | Side | Contradictions |")
		for _, r := range graph.Rules {
			p(" %s |", md(ruleLabel(r)))
		}
		p("\n| --- | --- | ---: |%s\n", strings.Repeat(" ---: |", len(graph.Rules)))
		for _, sc := range d.MostContradicted {
			p("| %s | %s | %d |", md(sc.Speaker), md(orDash(sc.Side)), sc.Contradictions)
			for _, r := range graph.Rules {
				p(" %d |", sc.ByRule[r])
			}
			p("\n")
		}
		p("\n")
	}

	p("## Who accuses whom\n\n")
	if len(d.Accusations) == 0 {
		p("No accusations in this window.\n\n")
	} else {
		p("| Accuser | Accused | Accusations | Mutual |\n| --- | --- | ---: | --- |\n")
		for _, e := range capRows(d.Accusations) {
			p("| %s | %s | %d | %s |\n", md(e.From), md(e.To), e.Count, yesNo(e.Mutual))
		}
		p("\n")
		more(b, len(d.Accusations))
	}

	p("## Per day and topic\n\n")
	if len(d.Daily) == 0 {
		p("No dated claims in this window.\n\n")
	} else {
		p("| Date | Topic | Claims | Contradictions |\n| --- | --- | ---: | ---: |\n")
		for _, r := range capRows(d.Daily) {
			p("| %s | %s | %d | %d |\n", md(r.Date), md(r.Topic), r.Claims, r.Contradictions)
		}
		p("\n")
		more(b, len(d.Daily))
	}
	return b.Flush()
}

func more(w io.Writer, n int) {
	if n > maxRows {
		fmt.Fprintf(w, "%d more rows in report.csv and report.json.\n\n", n-maxRows)
	}
}

func capRows[T any](xs []T) []T {
	if len(xs) > maxRows {
		return xs[:maxRows]
	}
	return xs
}

// pairOf returns a contradiction's two claims, empty ones if it is short.
// A reversal's claims come in date order, so they read as before and after
// (symmetric findings are otherwise stored in id order).
func pairOf(c graph.Contradiction) (*graph.Claim, *graph.Claim) {
	var a, b graph.Claim
	if len(c.Claims) > 0 {
		a = c.Claims[0]
	}
	if len(c.Claims) > 1 {
		b = c.Claims[1]
	}
	if c.Rule == graph.RuleReversal && claimDay(&b) < claimDay(&a) {
		a, b = b, a
	}
	return &a, &b
}

func mdClaim(c *graph.Claim) string {
	who := md(c.Speaker)
	if c.Side != "" {
		who += " (" + md(c.Side) + ")"
	}
	return fmt.Sprintf("**%s** %s %s: %s", who, md(string(c.Kind)), md(polarityText(c.Polarity)), md(c.Text)) +
		" · " + md(orDash(c.SaidAt))
}

func mdSource(c *graph.Claim) string {
	d := c.Document
	if d == nil {
		return md(c.DocID)
	}
	var parts []string
	label := firstNonEmpty(d.Outlet, d.Title, d.URL)
	if u := safeURL(d.URL); u != "" {
		parts = append(parts, "["+md(label)+"]("+u+")")
	} else if label != "" {
		parts = append(parts, md(label))
	}
	if d.Title != "" && d.Title != label {
		parts = append(parts, "“"+md(d.Title)+"”")
	}
	if d.Name != "" {
		parts = append(parts, "doc "+md(d.Name))
	} else if len(parts) == 0 {
		parts = append(parts, md(d.ID))
	}
	if d.Published != "" {
		parts = append(parts, md(d.Published))
	}
	return strings.Join(parts, " · ")
}

func ruleLabel(r graph.Rule) string {
	switch r {
	case graph.RuleOpposing:
		return "opposing"
	case graph.RuleMutual:
		return "mutual accusation"
	case graph.RuleCounterclaim:
		return "counterclaim"
	case graph.RuleReversal:
		return "reversal"
	}
	return string(r)
}

func polarityText(p graph.Polarity) string {
	switch p {
	case graph.Positive:
		return "(+)"
	case graph.Negative:
		return "(−)"
	}
	return ""
}

func windowText(w Window) string {
	text := w.String()
	if w.Since.IsZero() && w.Until.IsZero() {
		text = "everything loaded"
	}
	if w.SaidSince != "" || w.SaidUntil != "" {
		text += ", said " + cmp.Or(w.SaidSince, "..") + "/" + cmp.Or(w.SaidUntil, "..")
	}
	return text
}

func topicsText(ts []string) string {
	if len(ts) == 0 {
		return "all"
	}
	return strings.Join(ts, ", ")
}

func orDash(s string) string {
	if s == "" {
		return "—"
	}
	return s
}

func yesNo(b bool) string {
	if b {
		return "yes"
	}
	return "no"
}

func firstNonEmpty(ss ...string) string {
	for _, s := range ss {
		if s != "" {
			return s
		}
	}
	return ""
}
