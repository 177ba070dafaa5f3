package neo4j

import (
	"context"
	"fmt"
	"time"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"

	"github.com/contra-project/contra/graph"
)

var (
	_ graph.JudgementStore = (*Store)(nil)
	_ graph.TextStore      = (*Store)(nil)
)

// The statements of judgements, their originals and articles' texts.
var (
	stAddJudgements = mustStatement("add_judgements")
	stJudgements    = mustStatement("judgements")
	stSaveOriginals = mustStatement("save_originals")
	stDropOriginals = mustStatement("drop_originals")
	stOriginals     = mustStatement("originals")
	stEachOriginal  = mustStatement("each_original")
	stSaveTexts     = mustStatement("save_texts")
	stDocumentText  = mustStatement("document_text")
)

// judgementTime is how judgements' times are stored: UTC with a fixed
// number of fraction digits, so that the text sorts as the time does.
const judgementTime = "2006-01-02T15:04:05.000000000Z"

// rowsPerStatement bounds the rows one UNWIND statement carries here.
const rowsPerStatement = 500

// AddJudgements stores the judgements not stored yet; see
// graph.JudgementStore.
func (s *Store) AddJudgements(ctx context.Context, js []graph.Judgement) (int, error) {
	if err := s.check(); err != nil {
		return 0, err
	}
	rows := make([]map[string]any, 0, len(js))
	for _, j := range js {
		if p, err := graph.PrepareJudgement(j, j.At); err != nil || p.ID != j.ID {
			if err == nil {
				err = graph.Errorf(graph.EInvalid, "judgement %q is not prepared", j.ID)
			}
			return 0, err
		}
		rows = append(rows, map[string]any{
			"id": j.ID, "action": string(j.Action), "target": string(j.Target), "target_id": j.TargetID,
			"into": j.Into, "side": j.Side, "reason": j.Reason, "user": j.User, "at": j.At.UTC().Format(judgementTime),
		})
	}
	if len(rows) == 0 {
		return 0, nil
	}
	added := 0
	err := s.write(ctx, func(q querier) error {
		// The driver may replay this function: count afresh each time.
		n, err := execChunk(ctx, q, stAddJudgements, "rows", rows, rowsPerStatement, nil)
		added = n
		return err
	})
	if err != nil {
		return 0, translate(err, s.t, "add judgements")
	}
	return added, nil
}

// Judgements calls fn with every judgement by time, then id. They are
// read whole first (people make them: there are few), so that fn never
// runs inside a transaction the driver might replay.
func (s *Store) Judgements(ctx context.Context, fn func(graph.Judgement) error) error {
	if err := s.check(); err != nil {
		return err
	}
	var list []graph.Judgement
	err := s.read(ctx, func(q querier) error {
		list = list[:0]
		return each(ctx, q, stJudgements, map[string]any{}, func(rec *neo4j.Record) error {
			n, err := mustNode(rec, "j")
			if err != nil {
				return err
			}
			j, err := judgementFromNode(n)
			if err != nil {
				return err
			}
			list = append(list, j)
			return nil
		})
	})
	if err != nil {
		return translate(err, s.t, "judgements")
	}
	for _, j := range list {
		if err := fn(j); err != nil {
			return err
		}
	}
	return nil
}

func judgementFromNode(n neo4j.Node) (graph.Judgement, error) {
	p := props{what: "judgement", m: n.Props}
	j := graph.Judgement{
		ID: p.str("id"), Action: graph.Action(p.str("action")), Target: graph.Target(p.str("target")),
		TargetID: p.str("target_id"), Into: p.str("into"), Side: p.str("side"), Reason: p.str("reason"), User: p.str("user"),
	}
	at := p.str("at")
	if p.err != nil {
		return j, p.err
	}
	t, err := time.Parse(time.RFC3339Nano, at)
	if err != nil {
		return j, fmt.Errorf("judgement %s: at: %w", j.ID, err)
	}
	j.At = t.UTC()
	return j, nil
}

// SaveOriginals records and forgets claims' originals; see
// graph.JudgementStore.
func (s *Store) SaveOriginals(ctx context.Context, set []graph.Original, drop []string) error {
	if err := s.check(); err != nil {
		return err
	}
	if len(set) == 0 && len(drop) == 0 {
		return nil
	}
	rows := make([]map[string]any, len(set))
	for i, o := range set {
		rows[i] = map[string]any{"claim_id": o.ClaimID, "speaker": o.Speaker, "topic": o.Topic, "side": o.Side}
	}
	err := s.write(ctx, func(q querier) error {
		if _, err := execChunk(ctx, q, stSaveOriginals, "rows", rows, rowsPerStatement, nil); err != nil {
			return err
		}
		_, err := execChunk(ctx, q, stDropOriginals, "ids", drop, rowsPerStatement, nil)
		return err
	})
	return translate(err, s.t, "save originals")
}

// Originals returns the recorded originals of ids.
func (s *Store) Originals(ctx context.Context, ids []string) (map[string]graph.Original, error) {
	out := map[string]graph.Original{}
	if err := s.check(); err != nil {
		return out, err
	}
	if len(ids) == 0 {
		return out, nil
	}
	err := s.read(ctx, func(q querier) error {
		clear(out)
		return eachChunk(ctx, q, stOriginals, "ids", ids, rowsPerStatement, nil, func(rec *neo4j.Record) error {
			o, err := originalOf(rec)
			out[o.ClaimID] = o
			return err
		})
	})
	return out, translate(err, s.t, "originals")
}

// EachOriginal calls fn with every recorded original by claim id.
func (s *Store) EachOriginal(ctx context.Context, fn func(graph.Original) error) error {
	if err := s.check(); err != nil {
		return err
	}
	var fnErr error
	err := s.read(ctx, func(q querier) error {
		return stream(ctx, q, stEachOriginal, map[string]any{}, func(rec *neo4j.Record) error {
			o, err := originalOf(rec)
			if err != nil {
				return err
			}
			if err := fn(o); err != nil {
				fnErr = err
				return err
			}
			return nil
		})
	})
	if fnErr != nil {
		return fnErr
	}
	return translate(err, s.t, "originals")
}

func originalOf(rec *neo4j.Record) (graph.Original, error) {
	var o graph.Original
	var err error
	for _, f := range []struct {
		key string
		dst *string
	}{{"claim_id", &o.ClaimID}, {"speaker", &o.Speaker}, {"topic", &o.Topic}, {"side", &o.Side}} {
		if *f.dst, err = text(rec, f.key); err != nil {
			return o, err
		}
	}
	return o, nil
}

// SaveTexts stores articles' original texts; see graph.TextStore.
func (s *Store) SaveTexts(ctx context.Context, texts []graph.DocumentText) error {
	if err := s.check(); err != nil {
		return err
	}
	rows := make([]map[string]any, 0, len(texts))
	for _, t := range texts {
		if t.DocID == "" {
			return graph.Errorf(graph.EInvalid, "save texts: a text without a document id")
		}
		rows = append(rows, map[string]any{"doc_id": t.DocID, "text": t.Text})
	}
	if len(rows) == 0 {
		return nil
	}
	// Articles run to megabytes: a few per statement.
	err := s.write(ctx, func(q querier) error {
		_, err := execChunk(ctx, q, stSaveTexts, "rows", rows, 16, nil)
		return err
	})
	return translate(err, s.t, "save texts")
}

// DocumentText returns a document's original text; ENotFound without one.
func (s *Store) DocumentText(ctx context.Context, docID string) (string, error) {
	if err := s.check(); err != nil {
		return "", err
	}
	var out string
	found := false
	err := s.read(ctx, func(q querier) error {
		return each(ctx, q, stDocumentText, map[string]any{"doc_id": docID}, func(rec *neo4j.Record) error {
			t, err := text(rec, "text")
			out, found = t, true
			return err
		})
	})
	if err != nil {
		return "", translate(err, s.t, "text of document %s", docID)
	}
	if !found {
		return "", graph.Errorf(graph.ENotFound, "document %q has no stored text", docID)
	}
	return out, nil
}
