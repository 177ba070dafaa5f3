package main

import (
	"bufio"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"os/user"
	"strings"
	"time"

	"github.com/spf13/cobra"

	"github.com/contra-project/contra/graph"
	"github.com/contra-project/contra/internal/render"
)

func (m *Main) judgementsCommand() *cobra.Command {
	cmd := &cobra.Command{
		Use:   "judgements",
		Short: "What analysts decided: export, import, list and add judgements",
		Long: `Judgements are analysts' decisions, kept beside the graph: confirm, reject or mark unsure a
finding, a dispute or an exchange; merge two speakers or two topics; set a speaker's side;
undo an earlier judgement. Each has who, when and why. A re-load keeps them: every load
rewrites its claims by the merges and sides in force, and queries, reports and the API hide
rejected results unless asked (--show-rejected).

The exchange form is JSON lines, one judgement per line in the order they apply, each with
an id derived from its content: export, edit or review in version control, import elsewhere
(importing a judgement twice stores it once).`,
		Example: `  contra judgements export --out judgements.jsonl
  contra judgements import judgements.jsonl
  contra judgements list
  contra judgements add reject finding finding:0f3a... --reason "the quote is about another war"`,
	}
	cmd.AddCommand(m.judgementsExport(), m.judgementsImport(), m.judgementsList(), m.judgementsAdd())
	return cmd
}

// judgementStore opens the store as a keeper of judgements.
func (m *Main) judgementStore(ctx context.Context, create bool) (graph.Store, judgedStore, error) {
	open := m.open
	if create {
		open = m.create
	}
	s, err := open(ctx)
	if err != nil {
		return nil, nil, err
	}
	js, ok := s.(judgedStore)
	if !ok {
		return nil, nil, graph.Errorf(graph.EInvalid, "the %s store keeps no judgements", m.cfg.Store)
	}
	return s, js, nil
}

func (m *Main) judgementsExport() *cobra.Command {
	var format render.Format
	var out string
	cmd := &cobra.Command{
		Use:   "export",
		Short: "Write every judgement as JSON lines, in the order they apply",
		Example: `  contra judgements export > judgements.jsonl
  contra judgements export --out judgements.jsonl`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			ctx := cmd.Context()
			_, js, err := m.judgementStore(ctx, false)
			if err != nil {
				return err
			}
			return writeOutput(m.Stdout, out, func(w io.Writer) error { return exportJudgements(ctx, js, w) })
		},
	}
	outputFlag(cmd, &format, render.JSONL)
	cmd.Flags().StringVar(&out, "out", "", "write to this file (atomically) instead of standard output")
	return cmd
}

// exportJudgements writes one judgement per line: fields in a fixed order,
// lines in the order judgements apply, so two exports diff line by line.
func exportJudgements(ctx context.Context, js graph.JudgementStore, w io.Writer) error {
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	return js.Judgements(ctx, func(j graph.Judgement) error { return enc.Encode(&j) })
}

// maxJudgementLine bounds a line of a judgements file.
const maxJudgementLine = 1 << 20

func (m *Main) judgementsImport() *cobra.Command {
	cmd := &cobra.Command{
		Use:   "import FILE",
		Short: "Add the judgements of a JSON lines file (- for standard input); those stored already are skipped",
		Long: `Read judgements, one JSON object per line as contra judgements export writes them, and add
those not stored yet. The file is checked whole first: a bad line is reported as FILE:LINE
and nothing is imported. Merges, sides and undos are then applied to the stored claims.`,
		Example: `  contra judgements import judgements.jsonl
  ssh analyst-box contra judgements export | contra judgements import -`,
		Args: cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			ctx := cmd.Context()
			list, err := readJudgements(m.Stdin, args[0])
			if err != nil {
				return err
			}
			s, js, err := m.judgementStore(ctx, true)
			if err != nil {
				return err
			}
			added, changed, err := graph.Judge(ctx, s, js, list)
			if err != nil {
				return err
			}
			return render.Message(m.Stdout, fmt.Sprintf("imported %d judgement(s): %d new, %d stored already; %d claim(s) rewritten",
				len(list), added, len(list)-added, changed))
		},
	}
	return cmd
}

// readJudgements reads and checks a judgements file whole.
func readJudgements(stdin io.Reader, path string) ([]graph.Judgement, error) {
	var r io.Reader = stdin
	name := "standard input"
	if path != "-" {
		st, err := os.Stat(path)
		if err != nil {
			return nil, usageError{err}
		}
		if !st.Mode().IsRegular() {
			return nil, usageError{fmt.Errorf("%s is not a regular file", path)}
		}
		f, err := os.Open(path)
		if err != nil {
			return nil, usageError{err}
		}
		defer f.Close()
		r, name = f, path
	}
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 64<<10), maxJudgementLine)
	var out []graph.Judgement
	for line := 1; sc.Scan(); line++ {
		text := strings.TrimSpace(sc.Text())
		if text == "" {
			continue
		}
		var j graph.Judgement
		dec := json.NewDecoder(strings.NewReader(text))
		dec.DisallowUnknownFields()
		err := dec.Decode(&j)
		if err == nil && dec.More() {
			err = errors.New("more than one JSON value on the line")
		}
		if err == nil {
			j, err = graph.PrepareJudgement(j, time.Time{})
			if err == nil && j.At.IsZero() {
				err = errors.New("no time (at)")
			}
		}
		if err != nil {
			return nil, graph.Errorf(graph.EInvalid, "%s:%d: %s", name, line, judgementProblem(err))
		}
		out = append(out, j)
	}
	if err := sc.Err(); err != nil {
		if errors.Is(err, bufio.ErrTooLong) {
			return nil, graph.Errorf(graph.EInvalid, "%s: a line is longer than %d bytes", name, maxJudgementLine)
		}
		return nil, fmt.Errorf("%s: %w", name, err)
	}
	return out, nil
}

// judgementProblem is the part of an error a file:line message needs.
func judgementProblem(err error) string {
	var ge *graph.Error
	if errors.As(err, &ge) {
		return ge.Message
	}
	var se *json.SyntaxError
	if errors.As(err, &se) {
		return fmt.Sprintf("not JSON (byte %d)", se.Offset)
	}
	return err.Error()
}

func (m *Main) judgementsList() *cobra.Command {
	var format render.Format
	cmd := &cobra.Command{
		Use:     "list",
		Short:   "List the judgements in the order they apply, and whether each stands",
		Example: "  contra judgements list\n  contra judgements list -o csv > judgements.csv",
		Args:    cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			ctx := cmd.Context()
			_, js, err := m.judgementStore(ctx, false)
			if err != nil {
				return err
			}
			g, err := graph.ReadJudged(ctx, js)
			if err != nil {
				return err
			}
			keys := []string{"at", "user", "action", "target", "target_id", "into", "side", "reason", "in_force", "id"}
			var rows [][]any
			for _, j := range g.List() {
				rows = append(rows, []any{j.At.Format(time.RFC3339), j.User, string(j.Action), string(j.Target), j.TargetID,
					j.Into, j.Side, j.Reason, g.InForce(j.ID), j.ID})
			}
			return render.Rows(m.Stdout, format, keys, rows)
		},
	}
	outputFlag(cmd, &format, render.TabularFormats...)
	return cmd
}

func (m *Main) judgementsAdd() *cobra.Command {
	var j graph.Judgement
	cmd := &cobra.Command{
		Use:   "add ACTION TARGET TARGET_ID",
		Short: "Record one judgement as the local user (the workspace records them too)",
		Long: `Record one judgement. ACTION is confirm, reject or unsure (TARGET finding, dispute or
exchange, TARGET_ID its id as queries print it), merge (TARGET speaker or topic, --into the
one it is), set_side (TARGET speaker, --side), or undo (TARGET judgement, TARGET_ID its id).`,
		Example: `  contra judgements add reject finding finding:0f3a9c... --reason "quote taken out of context"
  contra judgements add merge speaker "S. Shoigu" --into "Sergei Shoigu"
  contra judgements add set_side speaker "Analyst Mira Fenn" --side Cordovia
  contra judgements add undo judgement judgement:8e21...`,
		Args: cobra.ExactArgs(3),
		RunE: func(cmd *cobra.Command, args []string) error {
			ctx := cmd.Context()
			j.Action, j.Target, j.TargetID = graph.Action(args[0]), graph.Target(args[1]), args[2]
			j.User = localUser()
			if _, err := graph.PrepareJudgement(j, time.Now()); err != nil {
				return usageError{err}
			}
			s, js, err := m.judgementStore(ctx, false)
			if err != nil {
				return err
			}
			// Names are the store's, as the analyst's typing resolves
			// them: a merge writes them into the claims.
			if err := m.resolveJudgement(ctx, s, &j); err != nil {
				return err
			}
			p, err := graph.PrepareJudgement(j, time.Now())
			if err != nil {
				return usageError{err}
			}
			_, changed, err := graph.Judge(ctx, s, js, []graph.Judgement{p})
			if err != nil {
				return err
			}
			return render.Message(m.Stdout, fmt.Sprintf("%s (%d claim(s) rewritten)", p.ID, changed))
		},
	}
	f := cmd.Flags()
	f.StringVar(&j.Into, "into", "", "merge: the speaker or topic the target is")
	f.StringVar(&j.Side, "side", "", "set_side: the side (actor) the speaker speaks for")
	f.StringVar(&j.Reason, "reason", "", "why, in a sentence")
	return cmd
}

// resolveJudgement turns the speaker, topic and side names of a
// judgement into the store's.
func (m *Main) resolveJudgement(ctx context.Context, s graph.Store, j *graph.Judgement) error {
	var err error
	resolve := func(v *string, fn func(string) (string, error)) {
		if err == nil && *v != "" {
			*v, err = fn(*v)
		}
	}
	speaker := func(t string) (string, error) { return m.resolveSpeaker(ctx, s, t) }
	topic := func(t string) (string, error) { return m.resolveTopic(ctx, s, t) }
	side := func(t string) (string, error) { return m.resolveSide(ctx, s, "side", t) }
	switch j.Target {
	case graph.TargetSpeaker:
		resolve(&j.TargetID, speaker)
		resolve(&j.Into, speaker)
		resolve(&j.Side, side)
	case graph.TargetTopic:
		resolve(&j.TargetID, topic)
		resolve(&j.Into, topic)
	}
	return err
}

// localUser is who judgements made on this machine without a token are
// recorded as: the login name, else "local".
func localUser() string {
	if u, err := user.Current(); err == nil && strings.TrimSpace(u.Username) != "" {
		return u.Username
	}
	return "local"
}

// hider returns what hides the rejected results of a query on s (every
// store of the project keeps judgements; another store hides nothing).
func (m *Main) hider(ctx context.Context, s graph.Store, show bool) (*graph.Hide, error) {
	js, ok := s.(graph.JudgementStore)
	if !ok {
		return &graph.Hide{}, nil
	}
	g, err := graph.ReadJudged(ctx, js)
	if err != nil {
		return nil, err
	}
	return &graph.Hide{Judged: g, Show: show}, nil
}

// noteHidden says on standard error how many rejected results a query
// left out, so that an empty answer is never mistaken for none.
func (m *Main) noteHidden(h *graph.Hide) {
	if h.Hidden > 0 {
		fmt.Fprintf(m.Stderr, "contra: %d rejected result(s) hidden (--show-rejected shows them)\n", h.Hidden)
	}
}

// opponentsOf is the number of opponents a query lists per claim.
func opponentsOf(q *queryFlags) int {
	if q.opponents > 0 {
		return q.opponents
	}
	return graph.DefaultOpponents
}

// judgedStore is a store that keeps judgements and articles' texts
// beside the graph: both stores of the project are.
type judgedStore interface {
	graph.JudgementStore
	graph.TextStore
}
