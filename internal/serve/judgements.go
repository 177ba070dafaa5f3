package serve

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"strings"
	"time"

	"github.com/contra-project/contra/graph"
)

// JudgementView is a judgement as the API lists it: the judgement (the
// shape contra judgements export writes) and whether it stands.
type JudgementView struct {
	graph.Judgement
	// InForce is false once an undo in force names the judgement.
	InForce bool `json:"in_force"`
}

// listJudgements is GET /api/judgements: every judgement in the order
// they apply; target_id keeps those about one finding, dispute,
// exchange, speaker, topic or judgement.
func (s *Server) listJudgements(r *http.Request) (any, error) {
	p, err := paramsOf(r, "target_id", "user")
	if err != nil {
		return nil, err
	}
	offset, limit, err := p.page()
	if err != nil {
		return nil, err
	}
	g, err := graph.ReadJudged(r.Context(), s.o.Judgements)
	if err != nil {
		return nil, err
	}
	target, user := p.str("target_id"), p.str("user")
	var all []JudgementView
	for _, j := range g.List() {
		if target != "" && !targets(j, target) {
			continue
		}
		if user != "" && j.User != user {
			continue
		}
		all = append(all, JudgementView{Judgement: j, InForce: g.InForce(j.ID)})
	}
	return pageOf(p, all, offset, limit), nil
}

// targets reports whether judgement j is about target, named as the
// store names it: a topic by its TopicSlug, so a judgement on "Harbour
// Explosion" is listed for "harbour blast" (one topic node), anything
// else by its Slug.
func targets(j graph.Judgement, target string) bool {
	if j.TargetID == target {
		return true
	}
	if j.Target == graph.TargetTopic {
		return graph.TopicSlug(j.TargetID) == graph.TopicSlug(target)
	}
	return graph.Slug(j.TargetID) == graph.Slug(target)
}

// JudgementRequest is the body of POST /api/judgements. Who and when are
// the server's to say: the token's name and the time it was received.
type JudgementRequest struct {
	Action   graph.Action `json:"action"`
	Target   graph.Target `json:"target"`
	TargetID string       `json:"target_id"`
	Into     string       `json:"into,omitempty"`
	Side     string       `json:"side,omitempty"`
	Reason   string       `json:"reason,omitempty"`
}

// JudgementResult is the answer to POST /api/judgements.
type JudgementResult struct {
	Judgement JudgementView `json:"judgement"`
	// Added is false when the same judgement was stored already.
	Added bool `json:"added"`
	// ChangedClaims counts the stored claims a merge, side or undo
	// rewrote.
	ChangedClaims int `json:"changed_claims"`
}

// reapplyTimeout bounds the rewrite of stored claims a judgement starts.
// It runs to the end even when the client goes away: half a merge would
// leave a speaker's claims split until the next load.
const reapplyTimeout = 10 * time.Minute

// postJudgement is POST /api/judgements.
func (s *Server) postJudgement(r *http.Request) (any, error) {
	if _, err := paramsOf(r); err != nil {
		return nil, err
	}
	ctx := r.Context()
	body, err := io.ReadAll(r.Body)
	if err != nil {
		return nil, err
	}
	var req JudgementRequest
	dec := json.NewDecoder(bytes.NewReader(body))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&req); err != nil {
		return nil, apiError(http.StatusBadRequest, string(graph.EInvalid), "the body is not a judgement: %s", jsonMessage(err))
	}
	if dec.More() {
		return nil, apiError(http.StatusBadRequest, string(graph.EInvalid), "the body holds more than one judgement")
	}
	j := graph.Judgement{Action: req.Action, Target: req.Target, TargetID: strings.TrimSpace(req.TargetID),
		Into: req.Into, Side: req.Side, Reason: req.Reason, User: userOf(ctx), At: s.o.Now()}
	if err := s.resolveJudgement(ctx, &j); err != nil {
		return nil, badInput(err)
	}
	p, err := graph.PrepareJudgement(j, j.At)
	if err != nil {
		return nil, badInput(err)
	}
	// The claims a judgement rewrites are rewritten to the end, one
	// judgement at a time, whatever becomes of the request.
	wctx, cancel := context.WithTimeout(context.WithoutCancel(ctx), reapplyTimeout)
	defer cancel()
	s.judging.Lock()
	defer s.judging.Unlock()
	added, changed, err := graph.Judge(wctx, s.o.Store, s.o.Judgements, []graph.Judgement{p})
	// Reads from now on see this judgement (see Server.shared).
	s.generation.Add(1)
	if err != nil {
		return nil, badInput(err)
	}
	g, err := graph.ReadJudged(ctx, s.o.Judgements)
	if err != nil {
		return nil, err
	}
	res := JudgementResult{Judgement: JudgementView{Judgement: p, InForce: g.InForce(p.ID)}, Added: added > 0, ChangedClaims: changed}
	if added == 0 {
		return res, nil
	}
	return created{res}, nil
}

// resolveJudgement checks what a judgement names against the store:
// findings, disputes and exchanges by the prefix of their ids, speakers,
// topics and sides through the names the store knows (aliases resolve).
func (s *Server) resolveJudgement(ctx context.Context, j *graph.Judgement) error {
	var err error
	name := func(field string, resolve func(context.Context, string) (string, error), v *string) {
		if err != nil || strings.TrimSpace(*v) == "" {
			return
		}
		var got string
		if got, err = resolve(ctx, *v); err != nil {
			err = graph.WrapCode(graph.ErrorCode(err), err, "%s: %s", field, userMessage(err))
			return
		}
		*v = got
	}
	switch j.Target {
	case graph.TargetFinding, graph.TargetDispute, graph.TargetExchange:
		if !strings.HasPrefix(j.TargetID, string(j.Target)+":") {
			return graph.Errorf(graph.EInvalid, "target_id: %q is not a %s id (%s:...)", j.TargetID, j.Target, j.Target)
		}
	case graph.TargetSpeaker:
		name("target_id", s.o.Names.Speaker, &j.TargetID)
		name("into", s.o.Names.Speaker, &j.Into)
		name("side", s.o.Names.Side, &j.Side)
	case graph.TargetTopic:
		name("target_id", s.o.Names.Topic, &j.TargetID)
		name("into", s.o.Names.Topic, &j.Into)
	}
	return err
}

// jsonMessage says what is wrong with a JSON body without quoting it.
func jsonMessage(err error) string {
	var se *json.SyntaxError
	var te *json.UnmarshalTypeError
	switch {
	case errors.As(err, &se):
		return fmt.Sprintf("malformed JSON at byte %d", se.Offset)
	case errors.As(err, &te):
		return fmt.Sprintf("field %s must be a %s", te.Field, te.Type)
	case errors.Is(err, io.EOF):
		return "the body is empty"
	}
	var mb *http.MaxBytesError
	if errors.As(err, &mb) {
		return fmt.Sprintf("the body is larger than %d bytes", MaxBody)
	}
	return err.Error()
}
