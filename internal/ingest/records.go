package ingest

import (
	"bufio"
	"bytes"
	"context"
	"encoding/csv"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"unicode"

	"github.com/contra-project/contra/graph"
)

// maxProblems caps the problems listed per file; the rest are counted.
const maxProblems = 50

// chunkSize is how many records a worker converts at a time.
const chunkSize = 512

type rawRecord struct {
	line int
	json []byte   // JSON object text, or
	row  []string // a CSV row
}

type chunk struct {
	recs     []rawRecord
	problems []Problem // found while reading (too-long lines, CSV errors)
	batch    graph.Batch
	claims   int
	end      int64 // bytes of the file read when the chunk was cut, for progress
	done     chan struct{}
}

// loadRecords validates a structured file and then writes it. With
// KeepGoing it makes one pass and skips bad records; in a bulk
// transaction it makes one pass too (loadRecordsOnce).
func (l *Loader) loadRecords(ctx context.Context, w *writer, in *input, rep *FileReport) error {
	if w.bulk != nil {
		return l.loadRecordsOnce(ctx, w, in, rep)
	}
	if !l.opt.KeepGoing {
		var problems []Problem
		nProblems := 0
		err := l.scan(ctx, in, func(c *chunk) error {
			nProblems += len(c.problems)
			for _, p := range c.problems {
				if len(problems) < maxProblems {
					problems = append(problems, p)
				}
			}
			// Validating is the first of two reads: half the file's bytes.
			w.progress(in.path, c.end/2)
			return nil
		})
		if err != nil {
			return err
		}
		if nProblems > 0 {
			rep.Problems = problems
			rejected(rep, nProblems)
			return nil
		}
	}
	nProblems := 0
	var base, scale int64 = 0, 1 // progress: the whole file in one pass
	if !l.opt.KeepGoing {
		base, scale = in.size/2, 2 // the second half, after validation
	}
	err := l.scan(ctx, in, func(c *chunk) error {
		nProblems += len(c.problems)
		for _, p := range c.problems {
			if len(rep.Problems) < maxProblems {
				rep.Problems = append(rep.Problems, p)
			}
		}
		rep.Claims += c.claims
		if err := w.add(&c.batch); err != nil {
			return err
		}
		w.progress(in.path, base+c.end/scale)
		return nil
	})
	if err != nil {
		return err
	}
	loaded(rep, nProblems)
	return nil
}

// loadRecordsOnce reads a structured file once, writing its records into
// the bulk transaction as it goes, within a unit that a bad record takes
// back whole (unless KeepGoing): the file is validated and written in
// one pass, and rejected as loadRecords rejects it. Once a bad record is
// found nothing more is written, but the file is read to its end for its
// problems.
func (l *Loader) loadRecordsOnce(ctx context.Context, w *writer, in *input, rep *FileReport) error {
	undoable := !l.opt.KeepGoing
	if undoable {
		if err := w.markUnit(); err != nil {
			return err
		}
	}
	nProblems := 0
	err := l.scan(ctx, in, func(c *chunk) error {
		nProblems += len(c.problems)
		for _, p := range c.problems {
			if len(rep.Problems) < maxProblems {
				rep.Problems = append(rep.Problems, p)
			}
		}
		if !undoable || nProblems == 0 {
			rep.Claims += c.claims
			if err := w.add(&c.batch); err != nil {
				return err
			}
		}
		w.progress(in.path, c.end)
		return nil
	})
	if err != nil {
		return err
	}
	if undoable {
		if nProblems > 0 {
			rep.Claims = 0
			rejected(rep, nProblems)
			return w.undoUnit()
		}
		if err := w.keepUnit(); err != nil {
			return err
		}
	}
	loaded(rep, nProblems)
	return nil
}

// rejected marks a file rejected for its n problems (those listed in
// rep.Problems and the others).
func rejected(rep *FileReport, n int) {
	rep.Status = StatusRejected
	if n > len(rep.Problems) {
		rep.Notes = append(rep.Notes, fmt.Sprintf("%d more problems not listed", n-len(rep.Problems)))
	}
	rep.Notes = append(rep.Notes, "file rejected: nothing of it was written (use --keep-going to load its good records)")
}

// loaded marks a file loaded, partially when n bad records were skipped.
func loaded(rep *FileReport, n int) {
	rep.Status = StatusLoaded
	if n > 0 {
		rep.Status = StatusPartial
		rep.Notes = append(rep.Notes, fmt.Sprintf("%d bad records skipped", n))
	}
}

// scan reads a structured file in chunks, converts the chunks in parallel
// and hands them to consume in file order.
func (l *Loader) scan(ctx context.Context, in *input, consume func(*chunk) error) error {
	if in.size > l.opt.MaxFileBytes {
		return consume(&chunk{problems: []Problem{{File: in.path, Msg: fmt.Sprintf("%d bytes, more than load.max_file_bytes (%d)", in.size, l.opt.MaxFileBytes)}}})
	}
	f, err := openRegular(in.path)
	if err != nil {
		return consume(&chunk{problems: []Problem{{File: in.path, Msg: err.Error()}}})
	}
	defer f.Close()

	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	// Every read checks ctx, so that a huge file stops reading within a
	// read of Ctrl-C, and counts, so that a file that grew past the limit
	// after the walk is cut off.
	r := &boundedReader{ctx: ctx, r: f, limit: l.opt.MaxFileBytes, key: "load.max_file_bytes"}
	counted := &countingReader{r: r}
	order := make(chan *chunk, 2*l.opt.Workers)
	work := make(chan *chunk, l.opt.Workers)
	var wg sync.WaitGroup
	for range l.opt.Workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for c := range work {
				l.convertChunk(in.path, c)
				close(c.done)
			}
		}()
	}
	var readErr error
	go func() {
		defer close(order)
		defer close(work)
		emit := func(c *chunk) bool {
			c.done = make(chan struct{})
			c.end = min(counted.n, in.size)
			select {
			case order <- c:
			case <-ctx.Done():
				return false
			}
			select {
			case work <- c:
				return true
			case <-ctx.Done():
				close(c.done)
				return false
			}
		}
		readErr = l.read(in.path, counted, emit)
	}()
	var consumeErr error
	for c := range order {
		<-c.done
		if consumeErr == nil && ctx.Err() == nil {
			consumeErr = consume(c)
			if consumeErr != nil {
				cancel()
			}
		}
	}
	wg.Wait()
	if consumeErr != nil {
		return consumeErr
	}
	if err := ctx.Err(); err != nil {
		return err
	}
	return readErr
}

// countingReader counts the bytes read through it. Only the reading
// goroutine touches it; a chunk carries the count on to the writer.
type countingReader struct {
	r io.Reader
	n int64
}

func (c *countingReader) Read(p []byte) (int, error) {
	n, err := c.r.Read(p)
	c.n += int64(n)
	return n, err
}

// read splits the file into chunks of raw records. A read error (other
// than ctx's, which scan returns) is the file's last problem.
func (l *Loader) read(path string, r io.Reader, emit func(*chunk) bool) error {
	br := bufio.NewReaderSize(r, 1<<16)
	first, _ := br.Peek(512)
	lower := strings.ToLower(path)
	switch {
	case strings.HasSuffix(lower, ".csv"):
		return l.readCSV(path, br, emit)
	case strings.HasSuffix(lower, ".json") && bytes.HasPrefix(bytes.TrimLeft(first, " \t\r\n\ufeff"), []byte("[")):
		return l.readJSONArray(path, br, emit)
	default:
		return l.readJSONL(path, br, emit)
	}
}

// recordTooLong is the problem of a record over the limit.
func (l *Loader) recordTooLong() string {
	return fmt.Sprintf("record longer than %d bytes (load.max_record_bytes): skipped", l.opt.MaxRecordBytes)
}

// readProblem is the problem of a read that failed at line.
func readProblem(path string, line int, err error) Problem {
	var tl *errTooLarge
	if errors.As(err, &tl) {
		return Problem{File: path, Line: line, Msg: "file " + tl.Error() + ": not read past this line"}
	}
	return Problem{File: path, Line: line, Msg: "read: " + err.Error()}
}

func (l *Loader) readJSONL(path string, br *bufio.Reader, emit func(*chunk) bool) error {
	c := &chunk{}
	line := 0
	for {
		text, tooLong, err := readLine(br, l.opt.MaxRecordBytes)
		if err == io.EOF && text == nil {
			break
		}
		line++
		if err != nil && err != io.EOF {
			c.problems = append(c.problems, readProblem(path, line, err))
			break
		}
		if line == 1 {
			text = bytes.TrimPrefix(text, []byte("\ufeff"))
		}
		switch {
		case tooLong:
			c.problems = append(c.problems, Problem{File: path, Line: line, Msg: l.recordTooLong()})
		case len(bytes.TrimSpace(text)) == 0:
		default:
			c.recs = append(c.recs, rawRecord{line: line, json: text})
		}
		if len(c.recs) >= chunkSize || len(c.problems) >= chunkSize {
			if !emit(c) {
				return nil
			}
			c = &chunk{}
		}
		if err == io.EOF {
			break
		}
	}
	if len(c.recs) > 0 || len(c.problems) > 0 {
		emit(c)
	}
	return nil
}

// readLine returns the next line without its newline. A line longer than
// max is consumed and reported as tooLong, so one huge line costs no
// more memory than max.
func readLine(br *bufio.Reader, max int) (line []byte, tooLong bool, err error) {
	var buf []byte
	for {
		frag, err := br.ReadSlice('\n')
		if !tooLong {
			if len(buf)+len(frag) > max+1 {
				tooLong, buf = true, nil
			} else {
				buf = append(buf, frag...)
			}
		}
		switch err {
		case nil:
			return bytes.TrimRight(buf, "\r\n"), tooLong, nil
		case bufio.ErrBufferFull:
			continue
		case io.EOF:
			if len(buf) == 0 && !tooLong {
				return nil, false, io.EOF
			}
			if buf == nil {
				buf = []byte{}
			}
			return bytes.TrimRight(buf, "\r\n"), tooLong, io.EOF
		default:
			return buf, tooLong, err
		}
	}
}

// readJSONArray reads a file that is one JSON array of records, an
// element at a time (arrayReader).
func (l *Loader) readJSONArray(path string, br *bufio.Reader, emit func(*chunk) bool) error {
	if bom, _ := br.Peek(3); string(bom) == "\ufeff" {
		br.Discard(3)
	}
	a := &arrayReader{br: br, max: l.opt.MaxRecordBytes, line: 1}
	c := &chunk{}
	err := a.open()
	for first := true; err == nil; first = false {
		var elem []byte
		var line int
		var tooLong bool
		elem, line, tooLong, err = a.next(first)
		switch {
		case err != nil:
		case tooLong:
			c.problems = append(c.problems, Problem{File: path, Line: line, Msg: l.recordTooLong()})
		default:
			c.recs = append(c.recs, rawRecord{line: line, json: elem})
		}
		if len(c.recs) >= chunkSize || len(c.problems) >= chunkSize {
			if !emit(c) {
				return nil
			}
			c = &chunk{}
		}
	}
	var ea *errArray
	switch {
	case err == io.EOF:
	case errors.As(err, &ea):
		c.problems = append(c.problems, Problem{File: path, Line: ea.line, Msg: ea.msg})
	default:
		c.problems = append(c.problems, readProblem(path, a.line, err))
	}
	if len(c.recs) > 0 || len(c.problems) > 0 {
		emit(c)
	}
	return nil
}

// csvRecords hands encoding/csv one CSV record at a time, read whole
// (lines are joined while a quote is open) and at most max bytes long. A
// longer record is skipped without being held: csv is handed its line
// breaks only, which it skips as blank lines, so its line numbers stay
// right, and the record is reported as a problem. encoding/csv would hold
// a record of any length.
type csvRecords struct {
	br       *bufio.Reader
	max      int
	line     int    // line of the next byte of br
	rec      []byte // the record being handed out
	off      int
	tooLong  []int // first lines of the records skipped, in order
	longNote string
}

func (r *csvRecords) Read(p []byte) (int, error) {
	if r.off == len(r.rec) {
		if err := r.next(); err != nil {
			return 0, err
		}
	}
	n := copy(p, r.rec[r.off:])
	r.off += n
	return n, nil
}

// next reads the next record into rec.
func (r *csvRecords) next() error {
	r.rec, r.off = r.rec[:0], 0
	first, size, breaks, quoted := r.line, 0, 0, false
	for {
		frag, err := r.br.ReadSlice('\n')
		size += len(frag)
		if bytes.Count(frag, []byte{'"'})%2 == 1 {
			quoted = !quoted
		}
		if size <= r.max {
			r.rec = append(r.rec, frag...)
		}
		if n := len(frag); n > 0 && frag[n-1] == '\n' {
			r.line++
			breaks++
			if !quoted {
				break
			}
		}
		if err == bufio.ErrBufferFull {
			continue
		}
		if err != nil {
			if err == io.EOF && size > 0 {
				break
			}
			return err
		}
	}
	if size > r.max {
		r.tooLong = append(r.tooLong, first)
		r.rec = append(r.rec[:0], bytes.Repeat([]byte{'\n'}, breaks)...)
	}
	return nil
}

// problemsBefore moves the skipped records that start before line into c.
func (r *csvRecords) problemsBefore(line int, path string, c *chunk) {
	for len(r.tooLong) > 0 && (line < 0 || r.tooLong[0] < line) {
		c.problems = append(c.problems, Problem{File: path, Line: r.tooLong[0], Msg: r.longNote})
		r.tooLong = r.tooLong[1:]
	}
}

func (l *Loader) readCSV(path string, br *bufio.Reader, emit func(*chunk) bool) error {
	src := &csvRecords{br: br, max: l.opt.MaxRecordBytes, line: 1, longNote: l.recordTooLong()}
	cr := csv.NewReader(src)
	cr.FieldsPerRecord = -1
	cr.ReuseRecord = false
	header, err := cr.Read()
	if err == nil && len(src.tooLong) > 0 && src.tooLong[0] == 1 {
		err = errors.New(src.longNote)
	}
	if err != nil {
		msg := "empty file: a CSV needs a header row"
		if err != io.EOF {
			msg = "header: " + err.Error()
		}
		emit(&chunk{problems: []Problem{{File: path, Line: 1, Msg: msg}}})
		return nil
	}
	if len(header) > 0 {
		header[0] = strings.TrimPrefix(header[0], "\ufeff")
	}
	known := map[string]bool{}
	for _, h := range graph.CSVHeader {
		known[h] = true
	}
	var bad []string
	for _, h := range header {
		if !known[strings.TrimSpace(h)] {
			bad = append(bad, strconv.Quote(h))
		}
	}
	if len(bad) > 0 {
		emit(&chunk{problems: []Problem{{File: path, Line: 1, Msg: "unknown column " + strings.Join(bad, ", ") + " (columns: " + strings.Join(graph.CSVHeader, ", ") + ")"}}})
		return nil
	}
	c := &chunk{}
	for {
		row, err := cr.Read()
		if err == io.EOF {
			break
		}
		if err != nil {
			var pe *csv.ParseError
			if errors.As(err, &pe) {
				src.problemsBefore(pe.Line, path, c)
				c.problems = append(c.problems, Problem{File: path, Line: pe.Line, Msg: pe.Err.Error()})
				if pe.Err == csv.ErrQuote || pe.Err == csv.ErrBareQuote {
					// The reader cannot resynchronise after a broken quote.
					break
				}
				continue
			}
			src.problemsBefore(-1, path, c)
			c.problems = append(c.problems, readProblem(path, src.line, err))
			break
		}
		// FieldPos is only defined for a row the reader returned whole.
		line, _ := cr.FieldPos(0)
		src.problemsBefore(line, path, c)
		if len(row) != len(header) {
			c.problems = append(c.problems, Problem{File: path, Line: line, Msg: fmt.Sprintf("row has %d fields, the header has %d", len(row), len(header))})
			continue
		}
		if p, ok := checkCSVRow(cr, header, row); !ok {
			p.File = path
			c.problems = append(c.problems, p)
			continue
		}
		m := make([]string, 0, 2*len(row))
		for i, h := range header {
			m = append(m, strings.TrimSpace(h), graph.CSVValue(row[i]))
		}
		c.recs = append(c.recs, rawRecord{line: line, row: m})
		if len(c.recs) >= chunkSize {
			if !emit(c) {
				return nil
			}
			c = &chunk{}
		}
	}
	src.problemsBefore(-1, path, c)
	if len(c.recs) > 0 || len(c.problems) > 0 {
		emit(c)
	}
	return nil
}

// checkCSVRow refuses a row with invalid UTF-8, naming the column and the
// line it is on.
func checkCSVRow(cr *csv.Reader, header, row []string) (Problem, bool) {
	for i, v := range row {
		if err := checkUTF8([]byte(v)); err != nil {
			pe := err.(*posError)
			line, _ := cr.FieldPos(i)
			return Problem{Line: lineOf([]byte(v), line, pe.off), Msg: fmt.Sprintf("column %q: %s", header[i], pe.msg)}, false
		}
	}
	return Problem{}, true
}

// convertChunk parses and converts a chunk's records; bad ones become
// problems.
func (l *Loader) convertChunk(path string, c *chunk) {
	for _, raw := range c.recs {
		var r graph.Record
		var err error
		if raw.row != nil {
			err = recordFromRow(raw.row, &r)
		} else {
			err = decodeRecord(raw.json, &r)
		}
		if err == nil {
			err = l.toGraph(path, &r, &c.batch)
		}
		if err != nil {
			line := raw.line
			var pe *posError
			if errors.As(err, &pe) && raw.json != nil {
				line = lineOf(raw.json, raw.line, pe.off)
			}
			c.problems = append(c.problems, Problem{File: path, Line: line, Msg: err.Error()})
			continue
		}
		c.claims++
	}
	sortProblems(c.problems)
}

func sortProblems(ps []Problem) {
	// Reading problems and conversion problems interleave by line.
	for i := 1; i < len(ps); i++ {
		for j := i; j > 0 && ps[j].Line < ps[j-1].Line; j-- {
			ps[j], ps[j-1] = ps[j-1], ps[j]
		}
	}
}

// decodeRecord decodes one JSON record, refusing what encoding/json would
// let through altered or ambiguous: invalid UTF-8, a key given twice, half
// a surrogate pair. Errors at a known byte are *posError.
func decodeRecord(data []byte, r *graph.Record) error {
	if err := checkUTF8(data); err != nil {
		return err
	}
	if fastRecord(data, r) {
		return nil
	}
	// The fast path may have filled fields before it gave up.
	*r = graph.Record{}
	return decodeJSON(data, r)
}

// decodeJSON decodes a record of valid UTF-8 with encoding/json and
// checkKeys: every record fastRecord leaves, and every error.
func decodeJSON(data []byte, r *graph.Record) error {
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.DisallowUnknownFields()
	if err := dec.Decode(r); err != nil {
		return errors.New("invalid record: " + jsonMsg(err))
	}
	if dec.More() {
		return errors.New("invalid record: more than one JSON value on the line")
	}
	return checkKeys(data)
}

func jsonMsg(err error) string {
	var te *json.UnmarshalTypeError
	if errors.As(err, &te) {
		if te.Field != "" {
			return fmt.Sprintf("field %q: want %s, got JSON %s", te.Field, te.Type, te.Value)
		}
		return fmt.Sprintf("want a JSON object, got JSON %s", te.Value)
	}
	return strings.TrimPrefix(err.Error(), "json: ")
}

func recordFromRow(kv []string, r *graph.Record) error {
	var src graph.Source
	var ev graph.Span
	hasEv := false
	for i := 0; i+1 < len(kv); i += 2 {
		k, v := kv[i], kv[i+1]
		switch k {
		case "id":
			r.ID = v
		case "doc":
			r.Doc = v
		case "doc_id":
			r.DocID = v
		case "speaker":
			r.Speaker = v
		case "role":
			r.Role = v
		case "side":
			r.Side = v
		case "kind":
			r.Kind = v
		case "subject":
			r.Subject = v
		case "action":
			r.Action = v
		case "topic":
			r.Topic = v
		case "polarity":
			r.Polarity = v
		case "text":
			r.Text = v
		case "said_at":
			r.SaidAt = v
		case "source_url":
			src.URL = v
		case "source_outlet":
			src.Outlet = v
		case "source_title":
			src.Title = v
		case "source_published":
			src.Published = v
		case "responds_to":
			r.RespondsTo = splitList(v)
		case "counters":
			r.Counters = splitList(v)
		case "contradicts":
			r.Contradicts = splitList(v)
		case "evidence_start", "evidence_end":
			if v == "" {
				continue
			}
			n, err := strconv.Atoi(v)
			if err != nil {
				return fmt.Errorf("%s: %q is not a whole number", k, v)
			}
			hasEv = true
			if k == "evidence_start" {
				ev.Start = n
			} else {
				ev.End = n
			}
		case "evidence_text":
			ev.Text = v
		}
	}
	if src != (graph.Source{}) {
		r.Source = &src
	}
	if hasEv {
		r.Evidence = &ev
	}
	return nil
}

func splitList(v string) []string {
	var out []string
	for _, s := range strings.Split(v, ";") {
		if s = strings.TrimSpace(s); s != "" {
			out = append(out, s)
		}
	}
	return out
}

// toGraph validates a record and appends its claim and the nodes the
// claim needs to b.
func (l *Loader) toGraph(path string, r *graph.Record, b *graph.Batch) error {
	if err := l.checkFields(r); err != nil {
		return err
	}
	for _, f := range []struct{ name, val string }{
		{"speaker", r.Speaker}, {"kind", r.Kind}, {"action", r.Action},
		{"topic", r.Topic}, {"polarity", r.Polarity}, {"text", r.Text},
	} {
		if strings.TrimSpace(f.val) == "" {
			return fmt.Errorf("missing required field %q", f.name)
		}
	}
	kind := graph.Kind(strings.TrimSpace(r.Kind))
	if !kind.Valid() {
		return fmt.Errorf("kind: %q is not one of %s", r.Kind, kindList())
	}
	pol := graph.Polarity(strings.TrimSpace(r.Polarity))
	if !pol.Valid() {
		return fmt.Errorf("polarity: %q is not \"+\" or \"-\"", r.Polarity)
	}
	said, err := graph.NormDate(r.SaidAt)
	if err != nil {
		return fmt.Errorf("said_at: %v", err)
	}
	var src graph.Source
	if r.Source != nil {
		src = *r.Source
	}
	published, err := graph.NormDate(src.Published)
	if err != nil {
		return fmt.Errorf("source.published: %v", err)
	}
	if said == "" {
		said = published
	}
	if r.ID != "" {
		if err := checkID(r.ID); err != nil {
			return fmt.Errorf("id: %v", err)
		}
	}
	if r.DocID != "" {
		if err := checkID(r.DocID); err != nil {
			return fmt.Errorf("doc_id: %v", err)
		}
	}
	for _, id := range r.RespondsTo {
		if err := checkID(id); err != nil {
			return fmt.Errorf("responds_to: %v", err)
		}
	}
	if e := r.Evidence; e != nil && (e.Start < 0 || e.End < e.Start) {
		return fmt.Errorf("evidence: [%d,%d) is not a byte range", e.Start, e.End)
	}

	doc := graph.Document{
		ID: r.DocID, Name: strings.TrimSpace(r.Doc), URL: strings.TrimSpace(src.URL),
		Outlet: graph.NormName(src.Outlet), Title: graph.NormText(src.Title), Published: published,
	}
	if doc.ID == "" {
		name := doc.Name
		if name == "" && doc.URL == "" {
			// Records that cite nothing are sourced to the file they are in.
			name = filepath.Base(path)
			doc.Name = name
		}
		doc.ID = graph.DocumentID(doc.URL, "", name)
	}

	speaker := graph.NormName(r.Speaker)
	side := l.actor(r.Side)
	c := graph.Claim{
		DocID: doc.ID, SpeakerID: graph.SpeakerID(speaker), Speaker: speaker,
		Role: graph.NormName(r.Role), Side: side, Kind: kind, Subject: l.actor(r.Subject),
		Action: graph.NormAction(r.Action), Topic: l.topic(r.Topic), Polarity: pol,
		Text: strings.TrimSpace(r.Text), SaidAt: said, Evidence: r.Evidence, RespondsTo: r.RespondsTo,
	}
	c.ID = r.ID
	if c.ID == "" {
		c.ID = graph.ClaimID(&c)
	}
	if err := c.Validate(); err != nil {
		return err
	}
	b.Documents = append(b.Documents, doc)
	b.Speakers = append(b.Speakers, graph.Speaker{ID: c.SpeakerID, Name: speaker, Role: c.Role, Side: side})
	for _, a := range []string{c.Side, c.Subject} {
		if a != "" {
			b.Actors = append(b.Actors, graph.Actor{ID: graph.ActorID(a), Name: a})
		}
	}
	b.Topics = append(b.Topics, graph.Topic{ID: graph.TopicID(c.Topic), Name: c.Topic})
	b.Claims = append(b.Claims, c)
	return nil
}

func (l *Loader) actor(name string) string {
	name = graph.NormName(name)
	if name == "" || l.opt.Names == nil {
		return name
	}
	if c, ok := l.opt.Names.Actor(name); ok {
		return c
	}
	return name
}

func (l *Loader) topic(name string) string {
	name = graph.NormName(name)
	if l.opt.Names == nil {
		return name
	}
	if c, ok := l.opt.Names.Topic(name); ok {
		return c
	}
	return name
}

// checkID accepts ids that are safe to print and to pass around: no
// white space or control characters, at most 200 bytes.
func checkID(id string) error {
	if len(id) > 200 {
		return fmt.Errorf("%.20q… is longer than 200 bytes", id)
	}
	for _, r := range id {
		if unicode.IsSpace(r) || unicode.IsControl(r) || r == unicode.ReplacementChar {
			return fmt.Errorf("%q has white space or control characters", id)
		}
	}
	return nil
}

func kindList() string {
	s := make([]string, len(graph.Kinds))
	for i, k := range graph.Kinds {
		s[i] = string(k)
	}
	return strings.Join(s, ", ")
}

// checkFields refuses a record with a field longer than MaxFieldBytes.
func (l *Loader) checkFields(r *graph.Record) error {
	// It runs on every record: the fields are checked in place, in the
	// order their errors have always been found, with nothing allocated
	// (a table of fields built per record was 3% of a bulk load's CPU).
	limit := l.opt.MaxFieldBytes
	tooLong := func(name string, n int) error {
		return fmt.Errorf("field %q is %d bytes, more than load.max_field_bytes (%d)", name, n, limit)
	}
	strs := [...]struct {
		name string
		val  *string
	}{
		{"id", &r.ID}, {"doc", &r.Doc}, {"doc_id", &r.DocID},
		{"speaker", &r.Speaker}, {"role", &r.Role}, {"side", &r.Side},
		{"kind", &r.Kind}, {"subject", &r.Subject}, {"action", &r.Action},
		{"topic", &r.Topic}, {"polarity", &r.Polarity}, {"text", &r.Text},
		{"said_at", &r.SaidAt},
	}
	for _, f := range strs {
		if len(*f.val) > limit {
			return tooLong(f.name, len(*f.val))
		}
	}
	lists := [...]struct {
		name string
		vals []string
	}{{"responds_to", r.RespondsTo}, {"counters", r.Counters}, {"contradicts", r.Contradicts}}
	for _, f := range lists {
		for _, v := range f.vals {
			if len(v) > limit {
				return tooLong(f.name, len(v))
			}
		}
	}
	if s := r.Source; s != nil {
		src := [...]struct {
			name string
			val  string
		}{{"source.url", s.URL}, {"source.outlet", s.Outlet}, {"source.title", s.Title}, {"source.published", s.Published}}
		for _, f := range src {
			if len(f.val) > limit {
				return tooLong(f.name, len(f.val))
			}
		}
	}
	if e := r.Evidence; e != nil && len(e.Text) > limit {
		return tooLong("evidence.text", len(e.Text))
	}
	return nil
}
