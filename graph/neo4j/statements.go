package neo4j

import (
	"context"
	"embed"
	"fmt"
	"sort"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"
)

// Every Cypher statement lives in its own file under cypher/, embedded
// here: none is assembled from strings at run time, every value is a
// parameter, and labels and relationship types come only from the model.
// tools/cypherlint checks the files with Neo4j's own front end.

//go:embed cypher/*.cypher
var cypherFiles embed.FS

// statement is one embedded Cypher statement.
type statement struct {
	name   string   // file name without .cypher
	text   string   // the file's text, comments included
	params []string // the parameters it uses, sorted
}

// statements holds every embedded statement by name, for tests.
var statements = map[string]*statement{}

func mustStatement(name string) *statement {
	b, err := cypherFiles.ReadFile("cypher/" + name + ".cypher")
	if err != nil {
		panic(fmt.Sprintf("neo4j: statement %s: %v", name, err))
	}
	ps, err := paramNames(string(b))
	if err != nil {
		panic(fmt.Sprintf("neo4j: statement %s: %v", name, err))
	}
	st := &statement{name: name, text: string(b), params: ps}
	statements[name] = st
	return st
}

// The statements, by use.
var (
	stSchemaIndexes     = mustStatement("schema_indexes")
	stSchemaConstraints = mustStatement("schema_constraints")
	stDropIndex         = mustStatement("drop_index")
	stSchemaVersion     = mustStatement("schema_version")
	stSaveSchemaVersion = mustStatement("save_schema_version")
	stDeleteAll         = mustStatement("delete_all")

	// The migration to data model version 2 (see migrate.go).
	stDropContradictsIndex = mustStatement("drop_contradicts_index")
	stDropCountersIndex    = mustStatement("drop_counters_index")
	stMigrateCounts        = mustStatement("migrate_finding_counts")
	stMigrateDropFindings  = mustStatement("migrate_drop_findings")
	stMigrateChangedAt     = mustStatement("migrate_changed_at")

	// The migration to data model version 3 (see topicSlugSteps).
	stMigrateTopicSlugs          = mustStatement("migrate_topic_slugs")
	stMigrateMarkRecount         = mustStatement("migrate_mark_recount")
	stMigrateRekeyClaims         = mustStatement("migrate_rekey_claims")
	stMigrateTopicGroup          = mustStatement("migrate_topic_group")
	stMigrateMergeTopics         = mustStatement("migrate_merge_topics")
	stMigrateUnmarkCounterclaims = mustStatement("migrate_unmark_counterclaims")
	stMigrateDropZeroCounts      = mustStatement("migrate_drop_zero_counts")

	stLockLoad            = mustStatement("lock_load")
	stStoredDocuments     = mustStatement("stored_documents")
	stFingerprints        = mustStatement("load_fingerprints")
	stCountAccusations    = mustStatement("count_accusations")
	stMembers             = mustStatement("members")
	stMergeDocuments      = mustStatement("merge_documents")
	stMergeActors         = mustStatement("merge_actors")
	stEnsureActors        = mustStatement("ensure_actors")
	stMergeTopics         = mustStatement("merge_topics")
	stEnsureTopics        = mustStatement("ensure_topics")
	stMergeSpeakers       = mustStatement("merge_speakers")
	stEnsureSpeakers      = mustStatement("ensure_speakers")
	stUnlinkSpeakers      = mustStatement("unlink_speakers")
	stLinkSpeakers        = mustStatement("link_speakers")
	stLinkNewActors       = mustStatement("link_new_actors")
	stUnlinkClaims        = mustStatement("unlink_claims")
	stMergeClaims         = mustStatement("merge_claims")
	stMarkCounterclaims   = mustStatement("mark_counterclaims")
	stUnmarkCounterclaims = mustStatement("unmark_counterclaims")
	stCountFindings       = mustStatement("count_findings")
	stSetFindingCounts    = mustStatement("set_finding_counts")

	// The probes of graph.Probe, in its field order: detection candidates
	// in a load, and graph.ClaimReader.Probe on read.
	stCandidatesProp      = mustStatement("candidates_by_prop_key")
	stCandidatesAcc       = mustStatement("candidates_by_acc_key")
	stCandidatesID        = mustStatement("candidates_by_id")
	stCandidatesResponder = mustStatement("candidates_responding")

	stClaimsAll     = mustStatement("claims_all")
	stClaimsByIDs   = mustStatement("claims_by_ids")
	stClaimsByDoc   = mustStatement("claims_by_doc")
	stClaimsBySpkr  = mustStatement("claims_by_speaker")
	stClaimsByTopic = mustStatement("claims_by_topic")
	stClaimsBySide  = mustStatement("claims_by_side")
	stClaimsBySubj  = mustStatement("claims_by_subject")
	stClaimsByLoad  = mustStatement("claims_by_loaded")
	stClaimsByChg   = mustStatement("claims_by_changed")
	stScanByTopic   = mustStatement("scan_by_topic")

	stSpeakers      = mustStatement("speakers")
	stSpeakerIDs    = mustStatement("speaker_ids")
	stActors        = mustStatement("actors")
	stTopics        = mustStatement("topics")
	stSupport       = mustStatement("support")
	stStats         = mustStatement("stats")
	stStatsFindings = mustStatement("stats_findings")
	stJobState      = mustStatement("job_state")
	stSaveJobState  = mustStatement("save_job_state")
)

// schemaText is cypher/schema.cypher; schemaStatements are its statements,
// schemaItems what they create, and schemaNames the names of those, sorted.
var (
	schemaText       string
	schemaStatements []string
	schemaItems      []schemaItem
	schemaNames      []string
)

func init() {
	b, err := cypherFiles.ReadFile("cypher/schema.cypher")
	if err != nil {
		panic(fmt.Sprintf("neo4j: schema: %v", err))
	}
	schemaText = string(b)
	if schemaStatements, err = splitStatements(schemaText); err != nil {
		panic(fmt.Sprintf("neo4j: schema: %v", err))
	}
	for _, s := range schemaStatements {
		it, err := parseSchemaItem(s)
		if err != nil {
			panic(fmt.Sprintf("neo4j: schema: %v", err))
		}
		schemaItems = append(schemaItems, it)
		schemaNames = append(schemaNames, it.name)
	}
	sort.Strings(schemaNames)
}

// SchemaCypher returns the Cypher that creates contra's constraints and
// indexes (what ApplySchema runs), for `contra schema show`.
func SchemaCypher() string { return schemaText }

// querier runs statements inside one managed transaction.
type querier struct{ tx neo4j.ManagedTransaction }

func (q querier) query(ctx context.Context, st *statement, params map[string]any) (neo4j.ResultWithContext, error) {
	return q.tx.Run(ctx, st.text, params)
}

// run runs st after checking that params carry exactly the parameters st
// uses: a mismatch is a bug here, better reported as such than as the
// server's "expected parameter" error or silently ignored.
func run(ctx context.Context, q querier, st *statement, params map[string]any) (neo4j.ResultWithContext, error) {
	if err := st.check(params); err != nil {
		return nil, err
	}
	return q.query(ctx, st, params)
}

func (st *statement) check(params map[string]any) error {
	for _, p := range st.params {
		if _, ok := params[p]; !ok {
			return fmt.Errorf("statement %s: parameter $%s not given", st.name, p)
		}
	}
	if len(params) != len(st.params) {
		for p := range params {
			if i := sort.SearchStrings(st.params, p); i == len(st.params) || st.params[i] != p {
				return fmt.Errorf("statement %s does not use parameter $%s", st.name, p)
			}
		}
	}
	return nil
}

// exec runs st and returns how many nodes it created.
func exec(ctx context.Context, q querier, st *statement, params map[string]any) (int, error) {
	c, err := run(ctx, q, st, params)
	if err != nil {
		return 0, err
	}
	sum, err := c.Consume(ctx)
	if err != nil {
		return 0, err
	}
	return sum.Counters().NodesCreated(), nil
}

// each runs st and calls fn with each record.
func each(ctx context.Context, q querier, st *statement, params map[string]any, fn func(*neo4j.Record) error) error {
	c, err := run(ctx, q, st, params)
	if err != nil {
		return err
	}
	for c.Next(ctx) {
		if err := fn(c.Record()); err != nil {
			return err
		}
	}
	return c.Err()
}

// chunks splits n items into [start, end) ranges of at most size items.
func chunks(n, size int) [][2]int {
	if size <= 0 {
		size = n
	}
	var out [][2]int
	for i := 0; i < n; i += size {
		out = append(out, [2]int{i, min(i+size, n)})
	}
	return out
}

// noLimit stands for "no LIMIT" in statements that take $limit: more rows
// than any store holds, and exact in every client's number type.
const noLimit = 1<<53 - 1
