package sqlite

import (
	"context"
	"database/sql"
	"errors"

	"github.com/contra-project/contra/graph"
)

// stmts are the statements a load runs for every row, prepared once on
// the write connection when the store opens: preparing one per row (as
// QueryRowContext with a query string does) cost a load 7% of its CPU.
// A transaction uses them through Tx.StmtContext, which finds them
// prepared on its connection, the store's only writer.
type stmts struct {
	insDoc, updDoc               *sql.Stmt
	speaker, actor, topic        *namedStmts
	insClaim, addClaim, updClaim *sql.Stmt
	insResp, delResp             *sql.Stmt
	profile, addCount            *sql.Stmt
	all                          []*sql.Stmt // to close
}

// namedStmts are the statements of one table of named nodes. Speakers
// also have a role and a side; the others' statements take the first
// arguments only (args).
type namedStmts struct {
	table              string
	extra              bool // role and side
	sel, ins, upd, ens *sql.Stmt
	insNew             *sql.Stmt // ins, doing nothing when the id or slug is stored
	// ensHead and ensRow are ens's parts, insHead and insRow ins's and
	// insNew's: a bulk transaction writes many rows a statement
	// (rowChunk).
	ensHead, ensRow string
	insHead, insRow string
}

// args are the arguments of ins and upd.
func (n *namedStmts) args(id, name, aliases, role, side string) []any {
	slug := graph.Slug(name)
	if n.table == "topics" {
		slug = graph.TopicSlug(name) // as the claims' topic_slug
	}
	a := []any{id, name, slug, aliases}
	if n.extra {
		a = append(a, role, side)
	}
	return a
}

// The claim row (migration 0006): ev_text is NULL when the evidence's
// text is the claim's (almost every extracted claim: the sentence is its
// own evidence), read back as coalesce(ev_text, text) (claimSelect).
const (
	insClaimSQL = insClaimHead + claimRowSQL
	// insClaimHead and claimRowSQL are the insert's parts: a bulk
	// transaction writes many rows a statement (rowChunk).
	insClaimHead = `INSERT INTO claims (id, doc_id, speaker_id, speaker, role, side, side_slug, kind,
		subject, action, topic, topic_slug, polarity, text, said_at, ev_start, ev_end, ev_text,
		responds_to, prop_key, acc_key, fingerprint, changed_at, counterclaim, loaded_at)
		VALUES `
	claimRowSQL  = `(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`
	addClaimTail = ` ON CONFLICT (id) DO NOTHING`
	// The document insert, in parts as the claim's.
	insDocHead = `INSERT INTO documents (id, name, url, outlet, title, published) VALUES `
	docRowSQL  = `(?, ?, ?, ?, ?, ?)`
	insDocTail = ` ON CONFLICT (id) DO NOTHING`
	// ensTail ends the inserts of named nodes a load creates (ens).
	ensTail = ` ON CONFLICT DO NOTHING`
	// The update keeps loaded_at: it is the time of the first load.
	updClaimSQL = `UPDATE claims SET doc_id = ?2, speaker_id = ?3, speaker = ?4, role = ?5,
		side = ?6, side_slug = ?7, kind = ?8, subject = ?9, action = ?10, topic = ?11,
		topic_slug = ?12, polarity = ?13, text = ?14, said_at = ?15, ev_start = ?16, ev_end = ?17, ev_text = ?18,
		responds_to = ?19, prop_key = ?20, acc_key = ?21, fingerprint = ?22, changed_at = ?23,
		counterclaim = ?24 WHERE id = ?1`
)

// The statements that move profiles and per-rule totals (also prepared
// by migration 7's recount).
const (
	profileSQL  = `INSERT INTO prop_profiles (key, n) VALUES (?1, ?2) ON CONFLICT (key) DO UPDATE SET n = n + ?2`
	addCountSQL = `INSERT INTO finding_counts (rule, n) VALUES (?1, ?2) ON CONFLICT (rule) DO UPDATE SET n = n + ?2`
)

// prepare prepares the statements; a read-only store has none.
func (s *Store) prepare(ctx context.Context) error {
	st := &stmts{}
	var err error
	p := func(q string) *sql.Stmt {
		if s.readOnly != "" || err != nil {
			return nil
		}
		x, perr := s.w.PrepareContext(ctx, q)
		if perr != nil {
			err = translate(perr, "open sqlite store %s: prepare statements", s.path)
			return nil
		}
		st.all = append(st.all, x)
		return x
	}
	named := func(table string, extra bool) *namedStmts {
		n := &namedStmts{table: table, extra: extra}
		if extra {
			n.sel = p(`SELECT name, aliases, role, side FROM ` + table + ` WHERE id = ?`)
			n.insHead, n.insRow = `INSERT INTO `+table+` (id, name, slug, aliases, role, side) VALUES `, `(?, ?, ?, ?, ?, ?)`
			n.ins = p(n.insHead + n.insRow)
			n.insNew = p(n.insHead + n.insRow + ensTail)
			n.upd = p(`UPDATE ` + table + ` SET name = ?2, slug = ?3, aliases = ?4,
				role = CASE WHEN ?5 = '' THEN role ELSE ?5 END, side = CASE WHEN ?6 = '' THEN side ELSE ?6 END WHERE id = ?1`)
			n.ensHead, n.ensRow = `INSERT INTO `+table+` (id, name, slug, role, side) VALUES `, `(?, ?, ?, ?, ?)`
			n.ens = p(n.ensHead + n.ensRow + ensTail)
			return n
		}
		n.sel = p(`SELECT name, aliases, '', '' FROM ` + table + ` WHERE id = ?`)
		n.insHead, n.insRow = `INSERT INTO `+table+` (id, name, slug, aliases) VALUES `, `(?, ?, ?, ?)`
		n.ins = p(n.insHead + n.insRow)
		n.insNew = p(n.insHead + n.insRow + ensTail)
		n.upd = p(`UPDATE ` + table + ` SET name = ?2, slug = ?3, aliases = ?4 WHERE id = ?1`)
		n.ensHead, n.ensRow = `INSERT INTO `+table+` (id, name, slug) VALUES `, `(?, ?, ?)`
		n.ens = p(n.ensHead + n.ensRow + ensTail)
		return n
	}
	st.insDoc = p(insDocHead + docRowSQL + insDocTail)
	st.updDoc = p(`UPDATE documents SET
			name = CASE WHEN ?2 = '' THEN name ELSE ?2 END,
			url = CASE WHEN ?3 = '' THEN url ELSE ?3 END,
			outlet = CASE WHEN ?4 = '' THEN outlet ELSE ?4 END,
			title = CASE WHEN ?5 = '' THEN title ELSE ?5 END,
			published = CASE WHEN ?6 = '' THEN published ELSE ?6 END
			WHERE id = ?1`)
	st.speaker, st.actor, st.topic = named("speakers", true), named("actors", false), named("topics", false)
	st.insClaim = p(insClaimSQL)
	st.addClaim = p(insClaimSQL + addClaimTail)
	st.updClaim = p(updClaimSQL)
	st.insResp = p(`INSERT INTO claim_responds (from_id, to_id) VALUES (?, ?) ON CONFLICT DO NOTHING`)
	st.delResp = p(`DELETE FROM claim_responds WHERE from_id = ?`)
	st.profile = p(profileSQL)
	st.addCount = p(addCountSQL)
	if err != nil {
		st.close()
		return err
	}
	s.st = st
	return nil
}

func (st *stmts) close() error {
	if st == nil {
		return nil
	}
	var errs []error
	for _, x := range st.all {
		errs = append(errs, x.Close())
	}
	return errors.Join(errs...)
}
