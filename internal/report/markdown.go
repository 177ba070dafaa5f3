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
// stays readable and renderable.
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
	p("| Disputes | %d |\n| Exchanges of accusations | %d |\n| Contradicting pairs | %d |\n", s.Disputes, s.MutualAccusations, s.Contradictions)
	for _, r := range graph.Rules {
		p("| — by strongest rule: %s | %d |\n", md(ruleLabel(r)), s.ByRule[r])
	}
	p("| New claims | %d |\n| Speakers | %d |\n| Documents | %d |\n| Counterclaims | %d |\n| Undated claims | %d |\n\n",
		s.Claims, s.Speakers, s.Documents, s.Counterclaims, s.Undated)
	if d.Hidden > 0 {
		p("%d rejected by a judgement and left out (`contra report --show-rejected` shows them).\n\n", d.Hidden)
	}

	p("## Contents\n\n")
	for i, x := range d.Disputes {
		p("%d. [%s](#%s)\n", i+1, md(disputeTitle(&x)), anchor(fmt.Sprintf("%d. %s", i+1, disputeTitle(&x))))
	}
	if n := s.Disputes - len(d.Disputes); n > 0 {
		p("\n%d more disputes: `contra query disputes`.\n", n)
	}
	p("\n")
	for i, x := range d.Exchanges {
		p("- [E%d. %s ⇄ %s — %s](#%s)\n", i+1, md(x.Sides[0]), md(x.Sides[1]), md(x.Topic),
			anchor(fmt.Sprintf("E%d. %s ⇄ %s — %s", i+1, x.Sides[0], x.Sides[1], x.Topic)))
	}
	if n := s.MutualAccusations - len(d.Exchanges); n > 0 {
		p("\n%d more exchanges: `contra query mutual`.\n", n)
	}
	p("\n")

	if len(d.Disputes) == 0 {
		p("## Disputes\n\nNone in this window.\n\n")
	}
	for i, x := range d.Disputes {
		p("## %d. %s\n\n", i+1, md(disputeTitle(&x)))
		p("%s in %s, %s, %s.", plural(x.Claims, "claim", "claims"), plural(x.Documents, "document", "documents"),
			plural(x.Independent, "independent source", "independent sources"), md(spanText(x.First, x.Latest)))
		if x.Opened != nil {
			p(" Opened by %s on %s", md(moveText(x.Opened)), md(x.Opened.Date))
			if x.Answered != nil {
				p("; answered by %s on %s", md(moveText(x.Answered)), md(x.Answered.Date))
				if x.AnswerDays != nil {
					p(", %s", later(*x.AnswerDays))
				}
			}
			p(".")
		}
		p("\n\n")
		if len(x.Weak) > 0 {
			p("Weak: %s.\n\n", md(strings.Join(x.Weak, "; ")))
		}
		p("| | %s | %s |\n| --- | --- | --- |\n", stanceText(graph.StanceAffirm), stanceText(graph.StanceDeny))
		a, n := x.Camps[0], x.Camps[1]
		p("| Evidence | %s | %s |\n", campEvidence(a), campEvidence(n))
		p("| Sides | %s | %s |\n", mdVoices(a.Sides), mdVoices(n.Sides))
		for j := 0; j < max(len(a.Examples), len(n.Examples)); j++ {
			p("| %s | %s | %s |\n", map[bool]string{true: "Claims", false: ""}[j == 0], mdExample(a.Examples, j), mdExample(n.Examples, j))
		}
		p("\n")
		if st := x.DoubleStandard; st != nil {
			p("**Double standard:** %s %s while the first camp says %s does it (%s).\n\n",
				md(st.Side), md(accusedText(st)), md(st.Side), plural(st.Pairs, "pair", "pairs"))
		}
		if x.Outlook.Claims > 0 {
			p("Threats and predictions: %d (%s).\n\n", x.Outlook.Claims, md(voicesText(x.Outlook.Sides)))
		}
	}

	for i, x := range d.Exchanges {
		p("## E%d. %s ⇄ %s — %s\n\n", i+1, md(x.Sides[0]), md(x.Sides[1]), md(x.Topic))
		switch {
		case x.FirstAccuser != "" && x.Answered != nil && x.AnswerDays != nil:
			p("%s accused first on %s; %s answered on %s, %s. ", md(x.FirstAccuser), md(x.Opened.Date),
				md(x.Sides[1]), md(x.Answered.Date), later(*x.AnswerDays))
		case x.FirstAccuser != "":
			p("%s accused first on %s. ", md(x.FirstAccuser), md(x.Opened.Date))
		case x.SameDay && x.Opened != nil:
			p("Both sides accused each other on the same day, %s. ", md(x.Opened.Date))
		default:
			p("Undated: who accused first is unknown. ")
		}
		p("%s, %s.\n\n", plural(x.Claims, "accusation", "accusations"), plural(x.Independent, "independent source", "independent sources"))
		p("| Direction | Accusations | Alleged | Denials | Best claim |\n| --- | ---: | --- | ---: | --- |\n")
		for _, a := range x.Accusations {
			var acts []string
			for _, ac := range a.Actions {
				acts = append(acts, fmt.Sprintf("%s (%d)", ac.Action, ac.Claims))
			}
			p("| %s → %s | %d | %s | %d | %s |\n", md(a.From), md(a.To), a.Claims, md(strings.Join(acts, "; ")), a.Denials.Claims, mdExample(a.Examples, 0))
		}
		p("\n")
	}

	p("## Most contradicted speakers\n\n")
	if len(d.MostContradicted) == 0 {
		p("None in this window.\n\n")
	} else {
		p("| Speaker | Side | Pairs |")
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
		p("| Date | Topic | Claims | Contested claims |\n| --- | --- | ---: | ---: |\n")
		for _, r := range capRows(d.Daily) {
			p("| %s | %s | %d | %d |\n", md(r.Date), md(r.Topic), r.Claims, r.Contradictions)
		}
		p("\n")
		more(b, len(d.Daily))
	}

	p("## Undated claims\n\n")
	if len(d.Undated) == 0 {
		p("None in this window.\n\n")
	} else {
		p("%s no date and no dated document.\n\n| Speaker | Topic | Claim | Source |\n| --- | --- | --- | --- |\n",
			plural(s.Undated, "claim has", "claims have"))
		for _, c := range d.Undated {
			p("| %s | %s | %s | %s |\n", md(c.Speaker), md(c.Topic), md(c.Text), mdSource(&c))
		}
		p("\n")
	}
	return b.Flush()
}

// later is "N days later", or "the same day".
func later(days int) string {
	if days == 0 {
		return "the same day"
	}
	return plural(days, "day", "days") + " later"
}

// disputeTitle is "Subject · action (topic)".
func disputeTitle(x *graph.Dispute) string {
	return firstNonEmpty(x.Subject, "(no subject)") + " · " + x.Action + " — " + x.Topic
}

// anchor is the id GitHub gives a heading: lower case, punctuation other
// than hyphens and underscores dropped, spaces made hyphens.
func anchor(heading string) string {
	var b strings.Builder
	for _, r := range strings.ToLower(heading) {
		switch {
		case r == ' ':
			b.WriteRune('-')
		case r == '-' || r == '_' || unicode.IsLetter(r) || unicode.IsDigit(r):
			b.WriteRune(r)
		}
	}
	return b.String()
}

func moveText(m *graph.Move) string {
	if m.Side == "" {
		return m.Speaker
	}
	return m.Side + " (" + m.Speaker + ")"
}

func campEvidence(c graph.Camp) string {
	if c.Claims == 0 {
		return "nobody"
	}
	s := fmt.Sprintf("%s, %s, %s", plural(c.Claims, "claim", "claims"),
		plural(c.Independent, "independent source", "independent sources"), md(spanText(c.First, c.Latest)))
	if c.Undated > 0 {
		s += fmt.Sprintf(", %d undated", c.Undated)
	}
	return s
}

func mdVoices(vs []graph.Voice) string {
	var out []string
	for _, v := range vs {
		var sp []string
		for _, s := range v.Speakers {
			sp = append(sp, md(s.Name))
		}
		if v.MoreSpeakers > 0 {
			sp = append(sp, fmt.Sprintf("%d more", v.MoreSpeakers))
		}
		out = append(out, fmt.Sprintf("**%s** (%s; %s)", md(firstNonEmpty(v.Side, "no side")), strings.Join(sp, ", "),
			plural(v.Independent, "source", "sources")))
	}
	if len(out) == 0 {
		return "—"
	}
	return strings.Join(out, "; ")
}

func mdExample(cs []graph.Claim, i int) string {
	if i >= len(cs) {
		return ""
	}
	c := &cs[i]
	return fmt.Sprintf("**%s**: %s · %s", md(c.Speaker), md(quoted(c.Text)), mdSource(c))
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

// mdSource is a claim's compact source: its outlet (a link to the page
// when it has a usable URL) and date.
func mdSource(c *graph.Claim) string {
	d := c.Document
	date := srcDate(*c)
	if d == nil {
		return md(strings.TrimSuffix(c.DocID+", "+date, ", "))
	}
	label := md(firstNonEmpty(d.Outlet, d.Name, d.Title, d.ID))
	if u := safeURL(d.URL); u != "" {
		label = "[" + label + "](" + u + ")"
	}
	if date != "" {
		label += ", " + md(date)
	}
	return label
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
	case graph.RuleDoubleStandard:
		return "double standard"
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
