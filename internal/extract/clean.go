package extract

import (
	"bytes"
	"html"
	"iter"
	"sort"
	"strings"
	"unicode/utf8"
)

// The clean stage turns an article's bytes into a "view": the text later
// stages read, with markup removed, plus a map from view offsets back to
// the original bytes, so evidence can point into the file as stored. Plain
// text is its own view. Markdown is blanked in place (markup bytes become
// spaces), which keeps every offset. HTML is rewritten (tags dropped,
// entities decoded), and the map records each discontinuity.
//
// The view is then cut into paragraphs, and each paragraph is classed as
// prose, heading (titles, section heads, related-link headlines, player
// chrome), boilerplate (ads, donation appeals, "Read more") or caption.
// Only prose is read for claims.

// paraKind classes a paragraph.
type paraKind uint8

const (
	paraProse paraKind = iota
	paraHeading
	paraBoiler
	paraCaption
)

func (k paraKind) String() string {
	return [...]string{"prose", "heading", "boilerplate", "caption"}[k]
}

// para is a paragraph of the view, [start, end) trimmed of white space.
type para struct {
	start, end int
	kind       paraKind
}

// seg maps view bytes [v, v+vn) to original bytes [o, o+on). A plain run
// is byte for byte; an atomic one (an entity, or the line break that
// stands for a block tag) maps any of its bytes to the whole original run.
type seg struct {
	v, o, vn, on int
	atomic       bool
}

// offsetMap maps view offsets to original offsets; no segs means identity.
type offsetMap struct {
	segs []seg
}

func (m *offsetMap) find(v int) (seg, bool) {
	if len(m.segs) == 0 {
		return seg{}, false
	}
	i := sort.Search(len(m.segs), func(i int) bool { return m.segs[i].v+m.segs[i].vn > v })
	if i == len(m.segs) {
		i = len(m.segs) - 1
	}
	return m.segs[i], true
}

// start maps the view offset of a span's first byte.
func (m *offsetMap) start(v int) int {
	s, ok := m.find(v)
	if !ok {
		return v
	}
	if !s.atomic {
		return s.o + (v - s.v)
	}
	return s.o
}

// end maps a span's exclusive view end.
func (m *offsetMap) end(v int) int {
	if v <= 0 {
		return m.start(0)
	}
	s, ok := m.find(v - 1)
	if !ok {
		return v
	}
	if !s.atomic {
		return s.o + (v - s.v)
	}
	return s.o + s.on
}

// cleaned is the output of the clean stage.
type cleaned struct {
	src  []byte // the original bytes
	text []byte // the view
	// plain: text is src itself (plain text), so the view's bytes are the
	// source's at every offset; finish then shares the view's string for
	// the evidence without comparing the document or each claim's span
	plain bool
	m     offsetMap
	paras []para
}

// orig maps a view span to the original bytes.
func (c *cleaned) orig(start, end int) (int, int) {
	if end <= start {
		s := c.m.start(start)
		return s, s
	}
	s, e := c.m.start(start), c.m.end(end)
	if e > len(c.src) {
		e = len(c.src)
	}
	if s > e {
		s = e
	}
	return s, e
}

// clean runs the clean stage.
func clean(src []byte, f Format) *cleaned {
	return cleanInto(&cleaned{}, src, f)
}

// cleanInto is clean reusing c (and its paragraph buffer) for the result.
func cleanInto(c *cleaned, src []byte, f Format) *cleaned {
	*c = cleaned{src: src, paras: c.paras[:0]}
	switch f {
	case HTML:
		c.text, c.m.segs = stripHTML(src)
	case Markdown:
		c.text = blankMarkdown(src)
	default:
		c.text, c.plain = src, true
	}
	c.paras = paragraphs(c.text, f, c.paras)
	first, links := true, false
	for i := range c.paras {
		p := &c.paras[i]
		b := c.text[p.start:p.end]
		if p.kind == paraProse && links && (bulleted(b) || linkTitle(b)) {
			// a point of a list of links to other stories: their
			// headlines ("- Port to get new cranes, ministry says"),
			// bulleted or not ("Port to get new cranes", "Explainer:
			// who owns the port?")
			p.kind = paraBoiler
		} else if p.kind == paraProse {
			links = linksHeading(b)
			p.kind = classify(b)
			// the first line, when it is not a sentence, is the headline;
			// so is such a line below a masthead or a menu ("The Harwick
			// Courier", "News | Sport"), lines of capitalised names only
			if first && p.kind == paraProse && !endsSentence(b) && !bulleted(b) {
				if words, _ := titleCase(b); words <= 25 {
					p.kind = paraHeading
				}
			}
		}
		if p.kind != paraBoiler && (p.kind != paraHeading || lowerCount(b) > 0) {
			first = false
		}
	}
	return c
}

// linksHeadings head a list of links to other stories on a news page,
// lower case, with no colon.
var linksHeadings = map[string]bool{
	"related": true, "related stories": true, "related articles": true, "related coverage": true,
	"related content": true, "related links": true, "related news": true, "more on this story": true,
	"more stories": true, "read more": true, "see also": true, "also read": true, "read also": true,
	"recommended": true, "recommended stories": true, "most read": true, "latest stories": true,
}

// linkTitle reports whether paragraph b, under a links heading, reads as
// the headline of another story rather than as prose: short, and ending
// on no full stop (a question's mark may end it: "Explainer: who owns
// the port?").
func linkTitle(b []byte) bool {
	b = bytes.TrimSpace(b)
	words, _ := titleCase(b)
	if words == 0 || words > 20 {
		return false
	}
	return !endsSentence(b) || b[len(b)-1] == '?'
}

// linksHeading reports whether the paragraph b is the heading of a list
// of links to other stories ("Related stories", "Read more:"): the
// points listed under it are those stories' headlines, not words of
// anyone the article quotes.
func linksHeading(b []byte) bool {
	b = bytes.TrimSpace(b)
	if len(b) > 24 {
		return false
	}
	b = bytes.TrimSuffix(b, []byte(":"))
	return linksHeadings[lowerASCII(b)]
}

// headline returns the line the cleaning took for the headline: the
// first heading with lower-case words above the first prose, past the
// masthead and menus; or "" when prose comes first.
func (c *cleaned) headline() string {
	for _, p := range c.paras {
		b := c.text[p.start:p.end]
		switch {
		case p.kind == paraHeading && lowerCount(b) > 0:
			return string(bytes.TrimSpace(b))
		case p.kind == paraProse:
			return ""
		}
	}
	return ""
}

// ---- HTML ----

// skipContent lists elements whose content is never article text.
var skipContent = map[string]bool{
	"script": true, "style": true, "noscript": true, "template": true, "svg": true,
	"nav": true, "aside": true, "footer": true, "form": true, "button": true,
	"iframe": true, "select": true, "figcaption": true, "head": true, "object": true,
	"canvas": true, "math": true, "textarea": true,
}

// rawText elements end only at their own closing tag; '<' inside is text.
var rawText = map[string]bool{"script": true, "style": true, "textarea": true}

// blockTags break paragraphs.
var blockTags = map[string]bool{
	"p": true, "div": true, "br": true, "h1": true, "h2": true, "h3": true, "h4": true,
	"h5": true, "h6": true, "li": true, "ul": true, "ol": true, "tr": true, "td": true,
	"th": true, "table": true, "blockquote": true, "section": true, "article": true,
	"header": true, "main": true, "figure": true, "hr": true, "dd": true, "dt": true,
	"dl": true, "pre": true, "title": true, "body": true, "html": true, "address": true,
}

type htmlBuilder struct {
	out  []byte
	segs []seg
}

func (b *htmlBuilder) copy(src []byte, o, n int) {
	if n <= 0 {
		return
	}
	v := len(b.out)
	b.out = append(b.out, src[o:o+n]...)
	if k := len(b.segs); k > 0 {
		last := &b.segs[k-1]
		if !last.atomic && last.v+last.vn == v && last.o+last.on == o {
			last.vn += n
			last.on += n
			return
		}
	}
	b.segs = append(b.segs, seg{v: v, o: o, vn: n, on: n})
}

func (b *htmlBuilder) atomic(o, on int, text []byte) {
	if len(text) == 0 {
		return
	}
	b.segs = append(b.segs, seg{v: len(b.out), o: o, vn: len(text), on: on, atomic: true})
	b.out = append(b.out, text...)
}

// stripHTML drops tags, comments and non-text elements, decodes entities,
// turns block tags into blank lines and source line breaks into spaces.
// It runs in one pass and never backtracks, so time is linear.
func stripHTML(src []byte) ([]byte, []seg) {
	b := &htmlBuilder{out: make([]byte, 0, len(src)/2)}
	skipName, skipDepth := "", 0
	i, n := 0, len(src)
	textStart := 0
	flush := func(end int) {
		if skipDepth > 0 {
			textStart = end
			return
		}
		// copy text [textStart, end), decoding entities and folding newlines
		j := textStart
		for k := textStart; k < end; k++ {
			c := src[k]
			switch {
			case c == '\n' || c == '\r' || c == '\t':
				// a same-length replacement keeps the run byte for byte
				b.copy(src, j, k-j+1)
				b.out[len(b.out)-1] = ' '
				j = k + 1
			case c == '&':
				semi := bytes.IndexByte(src[k:min(end, k+34)], ';')
				if semi < 2 {
					continue
				}
				ent := string(src[k : k+semi+1])
				dec := html.UnescapeString(ent)
				if dec == ent {
					continue
				}
				b.copy(src, j, k-j)
				b.atomic(k, semi+1, []byte(dec))
				j = k + semi + 1
				k = j - 1
			}
		}
		b.copy(src, j, end-j)
		textStart = end
	}
	for i < n {
		if src[i] != '<' {
			i++
			continue
		}
		// a '<' not followed by a tag-ish byte is text
		if i+1 >= n || !(isASCIILetter(src[i+1]) || src[i+1] == '/' || src[i+1] == '!' || src[i+1] == '?') {
			i++
			continue
		}
		flush(i)
		tagStart := i
		if bytes.HasPrefix(src[i:], []byte("<!--")) {
			end := bytes.Index(src[i+4:], []byte("-->"))
			if end < 0 {
				i = n
			} else {
				i = i + 4 + end + 3
			}
			textStart = i
			continue
		}
		closing := false
		j := i + 1
		if j < n && src[j] == '/' {
			closing = true
			j++
		}
		nameStart := j
		for j < n && (isASCIILetter(src[j]) || (j > nameStart && src[j] >= '0' && src[j] <= '9')) {
			j++
		}
		name := lowerASCII(src[nameStart:j])
		// find the end of the tag, honouring quoted attribute values
		var quote byte
		for j < n {
			c := src[j]
			if quote != 0 {
				if c == quote {
					quote = 0
				}
			} else if c == '"' || c == '\'' {
				quote = c
			} else if c == '>' {
				break
			}
			j++
		}
		if j >= n {
			i = n
			textStart = n
			break
		}
		i = j + 1
		selfClosing := src[j-1] == '/'
		textStart = i
		if skipDepth > 0 {
			if name == skipName {
				if closing {
					skipDepth--
				} else if !selfClosing {
					skipDepth++
				}
			}
			continue
		}
		if !closing && !selfClosing && skipContent[name] {
			if rawText[name] {
				end := indexFold(src[i:], "</"+name)
				if end < 0 {
					i = n
				} else {
					k := bytes.IndexByte(src[i+end:], '>')
					if k < 0 {
						i = n
					} else {
						i = i + end + k + 1
					}
				}
				textStart = i
				continue
			}
			skipName, skipDepth = name, 1
			continue
		}
		if blockTags[name] {
			b.atomic(tagStart, i-tagStart, []byte("\n\n"))
		}
	}
	flush(n)
	return b.out, b.segs
}

func isASCIILetter(c byte) bool { return (c|0x20) >= 'a' && (c|0x20) <= 'z' }

func lowerASCII(b []byte) string {
	out := make([]byte, len(b))
	for i, c := range b {
		if c >= 'A' && c <= 'Z' {
			c += 'a' - 'A'
		}
		out[i] = c
	}
	return string(out)
}

// indexFold finds needle (lower-case ASCII) in s, a string or bytes,
// ignoring ASCII case.
// Candidates for its first byte are found with bytes.IndexByte, once for
// each case, rather than byte by byte: titledBefore searches a whole
// document's text for a title noun, which had cost 2% of extraction. The
// next candidate of each case is kept until the search passes it, so a
// frequent first letter ("residents", searched once an article on the
// bench corpus) costs one IndexByte a candidate, not one for each case.
func indexFold[S string | []byte](s S, needle string) int {
	if len(needle) == 0 {
		return 0
	}
	first := needle[0]
	// a byte b matches first when b == first or b|0x20 == first
	other := first
	if first&0x20 != 0 {
		other = first &^ 0x20
	}
	last := len(s) - len(needle) // the last start that fits
	if last < 0 {
		return -1
	}
	win := s[:last+1]
	// the next candidate of each case at or after i; -2 before the
	// first search, -1 when none is left
	nf, no := -2, -2
	if other == first {
		no = -1
	}
	for i := 0; ; {
		if nf != -1 && nf < i {
			if nf = indexByte(win[i:], first); nf >= 0 {
				nf += i
			}
		}
		if no != -1 && no < i {
			if no = indexByte(win[i:], other); no >= 0 {
				no += i
			}
		}
		k := nf
		if no >= 0 && (k < 0 || no < k) {
			k = no
		}
		if k < 0 {
			return -1
		}
		if hasPrefixFold(s[k+1:], needle[1:]) {
			return k
		}
		i = k + 1
	}
}

// indexByte is bytes.IndexByte or strings.IndexByte, as s is (indexFold
// is generic over both).
func indexByte[S string | []byte](s S, c byte) int {
	switch v := any(s).(type) {
	case string:
		return strings.IndexByte(v, c)
	case []byte:
		return bytes.IndexByte(v, c)
	}
	return -1 // no other type satisfies S
}

// foldHits yields each start of needle (lower-case ASCII) in s ignoring
// ASCII case, left to right, each search starting after the match
// before; none for an empty needle.
func foldHits(s []byte, needle string) iter.Seq[int] {
	return func(yield func(int) bool) {
		for off := 0; needle != "" && off <= len(s); {
			i := indexFold(s[off:], needle)
			if i < 0 || !yield(off+i) {
				return
			}
			off += i + len(needle)
		}
	}
}

// ---- Markdown ----

// blankMarkdown returns a copy of src with Markdown markup replaced by
// spaces, byte for byte, so every offset of the view is an offset of the
// file. Heading markers stay so paragraphs() can class the line.
func blankMarkdown(src []byte) []byte {
	out := append([]byte(nil), src...)
	lineStart := true
	fence := false
	for i := 0; i < len(out); i++ {
		c := out[i]
		if lineStart {
			// code fences: blank the whole block
			if bytes.HasPrefix(out[i:], []byte("```")) || bytes.HasPrefix(out[i:], []byte("~~~")) {
				fence = !fence
				for ; i < len(out) && out[i] != '\n'; i++ {
					out[i] = ' '
				}
				lineStart = true
				continue
			}
			if fence {
				for ; i < len(out) && out[i] != '\n'; i++ {
					out[i] = ' '
				}
				lineStart = true
				continue
			}
			j := i
			for j < len(out) && (out[j] == ' ' || out[j] == '\t') {
				j++
			}
			if j < len(out) {
				switch out[j] {
				case '>':
					out[j] = ' '
				case '-', '*', '+':
					if j+1 < len(out) && out[j+1] == ' ' {
						out[j] = ' '
					}
				case '[':
					// link reference definition: [x]: url
					if k := bytes.IndexByte(out[j:min(len(out), j+200)], '\n'); true {
						end := len(out)
						if k >= 0 {
							end = j + k
						}
						if bytes.Contains(out[j:end], []byte("]:")) && bytes.Index(out[j:end], []byte("]:")) < 100 {
							for m := j; m < end; m++ {
								out[m] = ' '
							}
						}
					}
				}
			}
			lineStart = false
		}
		switch c {
		case '\n':
			lineStart = true
		case '*', '`':
			out[i] = ' '
		case '_':
			if i+1 < len(out) && out[i+1] == '_' {
				out[i], out[i+1] = ' ', ' '
				i++
			}
		case '!':
			if i+1 < len(out) && out[i+1] == '[' {
				// image: blank ![alt](url) entirely
				if end := linkEnd(out, i+1); end > 0 {
					for m := i; m < end; m++ {
						if out[m] != '\n' {
							out[m] = ' '
						}
					}
					i = end - 1
				}
			}
		case '[':
			if end := linkEnd(out, i); end > 0 {
				out[i] = ' '
				close := bytes.LastIndex(out[i:end], []byte("]("))
				for m := i + close; m < end; m++ {
					out[m] = ' '
				}
				i = i + close
			}
		case '<':
			// inline HTML tag or autolink
			if k := bytes.IndexByte(out[i:min(len(out), i+300)], '>'); k > 0 && i+1 < len(out) && (isASCIILetter(out[i+1]) || out[i+1] == '/') {
				if !bytes.ContainsAny(out[i:i+k], "\n") {
					for m := i; m <= i+k; m++ {
						out[m] = ' '
					}
					i += k
				}
			}
		}
	}
	return out
}

// linkEnd returns the end (exclusive) of a [text](url) link starting at
// i, or -1. It looks at most a few hundred bytes ahead.
func linkEnd(b []byte, i int) int {
	limit := min(len(b), i+1000)
	depth := 0
	j := i
	for ; j < limit; j++ {
		if b[j] == '[' {
			depth++
		} else if b[j] == ']' {
			depth--
			if depth == 0 {
				break
			}
		} else if b[j] == '\n' && j+1 < limit && b[j+1] == '\n' {
			return -1
		}
	}
	if j+1 >= limit || b[j] != ']' || b[j+1] != '(' {
		return -1
	}
	k := bytes.IndexByte(b[j+1:limit], ')')
	if k < 0 {
		return -1
	}
	return j + 1 + k + 1
}

// ---- paragraphs ----

// paragraphs cuts the view into paragraphs. Plain text and HTML views
// take each line as a paragraph, joining a line that does not end a
// sentence with a following line that goes on in lower case (hard-wrapped
// prose). Markdown joins every non-blank line of a block. Lines starting
// with '#' in Markdown are headings.
func paragraphs(text []byte, f Format, out []para) []para {
	cur := para{start: -1}
	prevEndsSentence := true
	prevLen := 0
	emit := func() {
		if cur.start >= 0 {
			out = append(out, cur)
		}
		cur = para{start: -1}
	}
	i := 0
	for i <= len(text) {
		j := bytes.IndexByte(text[i:], '\n')
		if j < 0 {
			j = len(text)
		} else {
			j += i
		}
		s, e := trimSpace(text, i, j)
		if s >= e {
			emit()
			prevEndsSentence = true
		} else {
			heading := f == Markdown && text[s] == '#'
			join := false
			if cur.start >= 0 && !heading {
				if f == Markdown {
					join = true
				} else if !prevEndsSentence && prevLen >= 40 {
					r, _ := utf8.DecodeRune(text[s:e])
					join = isLowerRune(r)
				}
			}
			if !join {
				emit()
				cur = para{start: s, end: e}
				if heading {
					cur.kind = paraHeading
					emit()
				}
			} else {
				cur.end = e
			}
			prevEndsSentence = endsSentence(text[s:e])
			prevLen = e - s
		}
		i = j + 1
	}
	emit()
	return out
}

func trimSpace(b []byte, s, e int) (int, int) {
	for s < e {
		r, n := utf8.DecodeRune(b[s:e])
		if !isSpaceRune(r) {
			break
		}
		s += n
	}
	for e > s {
		r, n := utf8.DecodeLastRune(b[s:e])
		if !isSpaceRune(r) {
			break
		}
		e -= n
	}
	return s, e
}

// endsSentence reports whether a line ends with sentence punctuation,
// possibly followed by closing quotes or brackets.
func endsSentence(b []byte) bool {
	for len(b) > 0 {
		r, n := utf8.DecodeLastRune(b)
		switch r {
		case '"', '”', '’', '\'', ')', ']', '»', '“':
			b = b[:len(b)-n]
			continue
		case '.', '!', '?', '…':
			return true
		}
		return false
	}
	return false
}
