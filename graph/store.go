package graph

import (
	"context"
	"strings"
	"time"
)

// Store is a contradiction graph. Every backend passes the behaviour suite
// in graph/graphtest, so callers can rely on these guarantees whichever
// backend they hold. Methods return *Error with a Code for conditions a user
// can act on: EInvalid for a bad argument or batch, ENotFound for a missing
// job, EUnavailable when the store cannot be reached or is locked past its
// timeout. A Store is safe for concurrent use.
type Store interface {
	// Load upserts a batch in one transaction and runs detection: for
	// each claim that is new, or stored with different content, it reads
	// the candidates ProbeFor names (index lookups only) and updates what
	// it keeps of the findings Detect gives (the per-rule totals Stats
	// reports and each claim's Counterclaim flag); the findings themselves
	// are derived on read. Either the whole batch is written or nothing
	// is. Loading the same batch again changes nothing and reports every
	// node as unchanged. Claims must pass Validate and reference documents
	// present in the batch or the store (EInvalid otherwise); speakers,
	// actors and topics named by claims are created when the batch does
	// not carry them.
	Load(ctx context.Context, b Batch) (LoadResult, error)

	// Claims calls fn for each claim matching f, ordered by SaidAt (empty
	// dates first) then id (by topic first with f.ByTopic), with Document
	// and Counterclaim filled, and Links when f.WithLinks. It stops at
	// fn's first error and returns it.
	Claims(ctx context.Context, f ClaimFilter, fn func(Claim) error) error

	// Findings returns the findings matching f, with FromClaim and ToClaim
	// filled (Document included), ordered by id, derived from one snapshot
	// of the claims (FindFindings). It holds them all: analysts' queries
	// use the bounded Contradictions, Disputes and Opponents, which read
	// through Snapshot.
	Findings(ctx context.Context, f FindingFilter) ([]Finding, error)

	// Snapshot runs fn over one consistent snapshot of the store (see
	// Snapshotter): the reads of a query that streams and pages see the
	// same whole batches from start to end. fn runs once; its error is
	// returned as it is.
	Snapshot(ctx context.Context, fn func(ClaimReader) error) error

	// Speakers, Actors and Topics list nodes with their claim counts,
	// ordered by name. A non-empty Match keeps names or aliases containing
	// it (case-insensitive).
	Speakers(ctx context.Context, match string) ([]SpeakerCount, error)
	Actors(ctx context.Context, match string) ([]ActorCount, error)
	Topics(ctx context.Context, match string) ([]TopicCount, error)

	// Support counts, for each key, the distinct documents and outlets of
	// the claims with that proposition, polarity and side.
	Support(ctx context.Context, keys []SupportKey) (map[SupportKey]Support, error)

	// Stats counts what the store holds.
	Stats(ctx context.Context) (Stats, error)

	// Close releases the store. Calls after Close fail with EUnavailable.
	Close() error
}

// JobStore keeps what the scheduler remembers of its jobs. It is not part
// of the graph: both stores keep it beside the graph, in the same
// database, so that the scheduler's state lives where its reports' data
// does. Errors are coded as Store's; after Close, EUnavailable.
type JobStore interface {
	// JobState returns the state saved for a scheduled job; ENotFound if
	// the job never completed a run.
	JobState(ctx context.Context, name string) (JobState, error)
	// SaveJobState records a job's state, replacing any earlier one;
	// EInvalid without a name.
	SaveJobState(ctx context.Context, s JobState) error
}

// LoadResult says what a Load changed.
type LoadResult struct {
	Documents    int          `json:"documents"`     // documents created
	Speakers     int          `json:"speakers"`      // speakers created
	Actors       int          `json:"actors"`        // actors created
	Topics       int          `json:"topics"`        // topics created
	Claims       int          `json:"claims"`        // claims created
	Updated      int          `json:"updated"`       // claims whose content changed
	Unchanged    int          `json:"unchanged"`     // claims already stored as given
	Findings     map[Rule]int `json:"findings"`      // findings created, by rule
	FindingsSeen int          `json:"findings_seen"` // findings detected, new or not
	// DetectNanos is the time spent finding candidates and applying the
	// rules, not writing what they found: the cost the engine's index
	// lookups must keep flat as the store grows.
	DetectNanos int64 `json:"detect_nanos"`
}

// Add accumulates o into r.
func (r *LoadResult) Add(o LoadResult) {
	r.Documents += o.Documents
	r.Speakers += o.Speakers
	r.Actors += o.Actors
	r.Topics += o.Topics
	r.Claims += o.Claims
	r.Updated += o.Updated
	r.Unchanged += o.Unchanged
	r.FindingsSeen += o.FindingsSeen
	r.DetectNanos += o.DetectNanos
	for k, v := range o.Findings {
		if r.Findings == nil {
			r.Findings = map[Rule]int{}
		}
		r.Findings[k] += v
	}
}

// ClaimFilter selects claims. Empty fields do not filter. Names compare by
// Slug, so case and punctuation do not matter; the caller resolves aliases.
type ClaimFilter struct {
	IDs     []string
	Topic   string
	Speaker string
	Side    string
	Subject string
	Kind    Kind
	DocID   string
	Since   string // SaidAt >= Since (YYYY-MM-DD)
	Until   string // SaidAt <= Until (YYYY-MM-DD)
	// LoadedFrom/LoadedTo select by first-load time, [From, To).
	LoadedFrom time.Time
	LoadedTo   time.Time
	// ChangedFrom/ChangedTo select by ChangedAt, [From, To).
	ChangedFrom time.Time
	ChangedTo   time.Time
	// WithLinks fills Claim.Links.
	WithLinks bool
	// ByTopic orders the claims by topic (slug) first, then as always: a
	// pass over many topics reads each topic whole, one after another.
	ByTopic bool
	// Brief asks only for what the query layer's index compares (see
	// index.add): a store may then leave out a claim's role, evidence,
	// load time and counterclaim flag, and of its document all but the
	// id, outlet and publication date. The pair, dispute and opponent
	// queries read whole topics this way and fetch the full claims of
	// what they show by id.
	Brief  bool
	Offset int // claims skipped, in the order Claims returns them
	Limit  int // 0: no limit
}

// FindingFilter selects findings. Empty fields do not filter. Topic, Side
// and Speaker match either claim of the finding; Since/Until bound the
// later SaidAt of the two claims.
type FindingFilter struct {
	Rules     []Rule
	Topic     string
	Side      string
	Speaker   string
	Since     string
	Until     string
	ClaimIDs  []string // findings with either end among these
	FoundFrom time.Time
	FoundTo   time.Time
	Limit     int
}

// SpeakerCount is a speaker with the number of its claims.
type SpeakerCount struct {
	Speaker
	Claims int `json:"claims"`
}

// ActorCount is an actor with the number of claims it is the side of and
// the number it is the subject of.
type ActorCount struct {
	Actor
	AsSide    int `json:"as_side"`
	AsSubject int `json:"as_subject"`
}

// TopicCount is a topic with the number of its claims.
type TopicCount struct {
	Topic
	Claims int `json:"claims"`
}

// SupportKey identifies claims that say the same thing from the same side.
type SupportKey struct {
	PropKey  string
	Polarity Polarity
	Side     string // slug of the side
}

// SupportKeyOf returns c's support key.
func SupportKeyOf(c *Claim) SupportKey {
	return SupportKey{PropKey: PropKey(c), Polarity: c.Polarity, Side: Slug(c.Side)}
}

// Support is how many distinct documents and outlets carry a claim.
type Support struct {
	Documents int `json:"documents"`
	Outlets   int `json:"outlets"`
}

// Stats counts what a store holds.
type Stats struct {
	Documents     int          `json:"documents"`
	Speakers      int          `json:"speakers"`
	Actors        int          `json:"actors"`
	Topics        int          `json:"topics"`
	Claims        int          `json:"claims"`
	Counterclaims int          `json:"counterclaims"`
	Findings      map[Rule]int `json:"findings"`
}

// JobState is what the scheduler remembers of a report job.
type JobState struct {
	Name string `json:"name"`
	// WindowEnd is the end of the last window a successful run covered;
	// the next run with since: last-run starts there.
	WindowEnd time.Time `json:"window_end"`
	LastRun   time.Time `json:"last_run"`
	Runs      int       `json:"runs"`
}

// NameMatches is the rule of the Speakers, Actors and Topics match
// argument: "" matches everything, else the name or one of its aliases
// must contain match, ignoring case.
func NameMatches(match, name string, aliases []string) bool {
	if match == "" {
		return true
	}
	m := strings.ToLower(match)
	if strings.Contains(strings.ToLower(name), m) {
		return true
	}
	for _, a := range aliases {
		if strings.Contains(strings.ToLower(a), m) {
			return true
		}
	}
	return false
}
