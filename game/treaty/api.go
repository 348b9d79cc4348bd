package treaty

// This file is the treaty module's contract with the engine (package game) and the CLI. The engine
// codes against these names; the rest of the package fills them in. Change a signature here only
// together with its callers.

import "github.com/pactgame/pact/game/calendar"

// Party is a contracting state of the pact: "france" or "ussr" (and, in Barthou's multilateral
// Eastern Pact, the other invitees — "germany", "poland", "czechoslovakia", …).
type Party string

// The two parties of the 1935 treaty.
const (
	France Party = "france"
	USSR   Party = "ussr"
)

// Status is the pact's place in its lifecycle (GAME.md "The pact").
type Status string

// The statuses, in lifecycle order; the last four are terminal or off the main path.
const (
	StatusNone      Status = "none"
	StatusTalks     Status = "talks"
	StatusAgreed    Status = "agreed"
	StatusSigned    Status = "signed"
	StatusRatified  Status = "ratified" // by one party at least, ratifications not yet exchanged
	StatusInForce   Status = "in_force"
	StatusInvoked   Status = "invoked"
	StatusDenounced Status = "denounced"
	StatusExpired   Status = "expired"
	StatusCollapsed Status = "collapsed"
)

// Kind is the shape of the pact under negotiation.
type Kind string

// Barthou's multilateral "Eastern Locarno", or the bilateral Franco-Soviet treaty.
const (
	Multilateral Kind = "multilateral"
	Bilateral    Kind = "bilateral"
)

// Automaticity is how far assistance waits on the League Council.
type Automaticity string

// Council: assistance only on a Council recommendation. Protocol (historical): assistance even if
// the Council fails to agree or to recommend (protocol point I). Automatic: immediate assistance,
// the Barthou–Litvinov conception.
const (
	AutoCouncil   Automaticity = "council"
	AutoProtocol  Automaticity = "protocol"
	AutoAutomatic Automaticity = "automatic"
)

// Convention is the military machinery attached to the pact.
type Convention string

// None (historical), staff talks, or a full military convention.
const (
	ConventionNone  Convention = "none"
	ConventionStaff Convention = "staff_talks"
	ConventionFull  Convention = "full"
)

// Terms are the clauses the player shapes before signature.
type Terms struct {
	Kind          Kind         `json:"kind"`
	Automaticity  Automaticity `json:"automaticity"`
	LocarnoClause bool         `json:"locarno_clause"` // protocol point II, the Locarno brake (historical: true)
	Convention    Convention   `json:"convention"`
	DurationYears int          `json:"duration_years"` // Art. 5: five (historical)
}

// Body is a ratifying (or deciding) body.
type Body string

// France ratifies by a vote of the Chamber of Deputies, then of the Senate; the USSR by a decision
// of its leadership formalised by the Central Executive Committee (TsIK).
const (
	Chamber Body = "chamber"
	Senate  Body = "senate"
	TsIK    Body = "tsik"
)

// GroupVote is how one parliamentary group (or Soviet body) voted.
type GroupVote struct {
	Group   string `json:"group"` // stable id, e.g. "sfio", "radicals"
	Name    string `json:"name"`
	Seats   int    `json:"seats"`
	Support int    `json:"support"` // the group's computed support, in percent of its seats voting for
	For     int    `json:"for"`
	Against int    `json:"against"`
	Abstain int    `json:"abstain"` // abstentions and absences
}

// Vote is one counted vote (or the Soviet decision) on ratification.
type Vote struct {
	Party   Party          `json:"party"`
	Body    Body           `json:"body"`
	Date    calendar.Month `json:"date"`
	For     int            `json:"for"`
	Against int            `json:"against"`
	Abstain int            `json:"abstain"`
	Passed  bool           `json:"passed"`
	Groups  []GroupVote    `json:"groups"`
	Note    string         `json:"note,omitempty"` // e.g. that the Soviet decision is not a counted vote
}

// Climate is the small read-only view of the world a ratification vote needs; the engine fills it
// from its state. All values are integers; percentages run 0…100, relations −100…100.
type Climate struct {
	Date          calendar.Month
	Stability     int  // the government's stability
	AntiCommunism int  // the party's public anti-communism
	Pacifism      int  // the party's public pacifism
	Tension       int  // European tension, 0…100
	GermanThreat  int  // perceived German threat, 0…100 (German rearmament as seen from Paris)
	RelationsUSSR int  // France–USSR relations (for the USSR: USSR–France)
	RelationsGer  int  // relations with Germany
	RelationsGB   int  // relations with Britain
	Lobbying      int  // influence spent lobbying the groups, 0…100
	Confidence    bool // the government made ratification a question of confidence
	PopularFront  bool // the Chamber elected in 1936 sits (figures.md §4.2), else that of 1932
	StalinBacking bool // Stalin's communiqué of May 1935 has brought the Communists behind national defence
	TrustPartner  int  // for the USSR: trust in France, 0…100
	BerlinTrack   int  // for the USSR: weight of the channel to Berlin, 0…100
}

// Rand is the engine's seeded generator, as the treaty module sees it: IntN returns a value in
// [0, n). The module never creates randomness of its own.
type Rand interface {
	IntN(n int) int
}

// Effects are what a set of terms does to the world, by the table in the package doc.
type Effects struct {
	Deterrence int // added to deterrence of Germany while the pact is in force
	Pretext    int // how much it hands Germany a Locarno pretext
	// Reactions of the capitals to the terms, relations points (negative = alarm).
	London, Rome, Brussels, Warsaw, Berlin int
	// Support shifts of each family of French parliamentary groups (Group.Family), percentage
	// points against the historical terms, in family-id order (Families()).
	Groups []GroupShift
}

// GroupShift is one group's change of support caused by the terms.
type GroupShift struct {
	Group string // a family id: "communists", "socialists", "radicals", …
	Shift int
	Why   string
}

// Transition is one step of the lifecycle, with its reason, kept in the pact's log.
type Transition struct {
	Date   calendar.Month `json:"date"`
	From   Status         `json:"from"`
	To     Status         `json:"to"`
	Action ActionKind     `json:"action"`
	Reason string         `json:"reason"`
}

// ActionKind names a lifecycle action.
type ActionKind string

// The actions that move the pact; Apply checks each one's preconditions.
const (
	ActOpenTalks  ActionKind = "open_talks"  // none|collapsed → talks (Action.Terms.Kind says which pact)
	ActSetTerms   ActionKind = "set_terms"   // talks → talks, the terms under negotiation change
	ActAgree      ActionKind = "agree"       // talks → agreed
	ActCollapse   ActionKind = "collapse"    // talks|agreed → collapsed
	ActSign       ActionKind = "sign"        // agreed → signed
	ActRecordVote ActionKind = "record_vote" // signed|ratified: a counted vote (Action.Vote); a party ratifies when its last body passes
	ActExchange   ActionKind = "exchange"    // ratified by both → in_force (Art. 5)
	ActInvoke     ActionKind = "invoke"      // in_force|invoked → invoked; also while a denunciation's notice runs (Action.Reason holds the ruling's summary)
	ActDenounce   ActionKind = "denounce"    // in_force|invoked → denounced: notice given; the pact binds until Pact.Ended (Art. 5)
	ActExpire     ActionKind = "expire"      // denounced → expired once the notice has run (Art. 5 renews an undenounced pact indefinitely)
)

// Action is a request to move the pact.
type Action struct {
	Kind   ActionKind
	Date   calendar.Month
	Party  Party  // who acts (votes, denunciation, invocation)
	Terms  Terms  // for open_talks and set_terms
	Vote   *Vote  // for record_vote
	Reason string // the human sentence kept in the log
}

// Ratification is one party's progress through its ratification.
type Ratification struct {
	Party    Party          `json:"party"`
	Votes    []Vote         `json:"votes"`
	Ratified bool           `json:"ratified"`
	Date     calendar.Month `json:"date,omitempty"`
}

// Pact is the treaty's whole state. It is a value: Apply returns a changed copy.
type Pact struct {
	Status       Status         `json:"status"`
	Terms        Terms          `json:"terms"`
	TalksOpened  calendar.Month `json:"talks_opened,omitempty"`
	Agreed       calendar.Month `json:"agreed,omitempty"`
	Signed       calendar.Month `json:"signed,omitempty"`
	InForce      calendar.Month `json:"in_force,omitempty"`
	Ended        calendar.Month `json:"ended,omitempty"` // collapsed; or, once denounced, the month the pact stops binding
	Ratification []Ratification `json:"ratification"`    // one per party, France first
	Log          []Transition   `json:"log"`
}

// Obligation is what the pact requires of the other party in a situation.
type Obligation string

// Nothing, consultation (Art. 1), or aid and assistance (Arts. 2–3).
const (
	ObligeNone         Obligation = "none"
	ObligeConsultation Obligation = "consultation"
	ObligeAssistance   Obligation = "assistance"
)

// Step is one line of a ruling's reasoning trace: the article it rests on and why.
type Step struct {
	Article string `json:"article"` // an article id ("art2", "protocol-1", "covenant-16", "locarno-2", …) or "" for a finding of fact
	Text    string `json:"text"`
}

// Deliverable says whether assistance could actually arrive, apart from whether it is owed.
type Deliverable struct {
	Possible bool   `json:"possible"`
	Why      string `json:"why"`
}

// Ruling is the answer to a situation. Its JSON form (MarshalJSON) is the CLI contract's: the
// trace as a list of strings, the steps as objects beside it.
type Ruling struct {
	Obligation  Obligation  `json:"obligation"`
	Articles    []string    `json:"articles"`
	Trace       []Step      `json:"trace"`
	Deliverable Deliverable `json:"deliverable"`
	// NonAssistance: the other party must at least refrain from helping the aggressor (protocol
	// point IV, recalling the non-aggression pact of 1932), whatever else it owes.
	NonAssistance bool   `json:"non_assistance"`
	Summary       string `json:"summary"` // one sentence
	Facts         Facts  `json:"facts"`   // what the ruling took as given, with defaults filled in
}

// Situation is what a ruling is asked about (GAME.md, `pact treaty check`). Optional parts are
// pointers or empty strings; the ruling fills them from the date as the contract says.
type Situation struct {
	Date       calendar.Month `json:"date"`
	Victim     string         `json:"victim"`    // must be a party: "france" or "ussr"
	Aggressor  string         `json:"aggressor"` // any state id: the six powers or a minor one ("poland", "japan", …)
	Kind       string         `json:"kind"`      // "attack" or "threat"
	Unprovoked bool           `json:"unprovoked"`
	Target     string         `json:"target"` // "territory", "ally" or "colony"
	League     League         `json:"league"`
	Locarno    *Locarno       `json:"locarno,omitempty"`
	Pact       *PactView      `json:"pact,omitempty"`
	Transit    *Transit       `json:"transit,omitempty"`   // optional: who lets Soviet troops through
	Readiness  *int           `json:"readiness,omitempty"` // optional: the assisting party's readiness 0…100
	Day        int            `json:"-"`                   // the day of the month when it matters (0 = not given); written in the date as YYYY-MM-DD
}

// League is the League of Nations' side of a situation.
type League struct {
	Council         string `json:"council"` // "none", "unanimous", "no_unanimity", "recommends_assistance"
	AggressorMember *bool  `json:"aggressor_member,omitempty"`
}

// Locarno holds the Locarno powers' positions towards action under the pact against the aggressor
// (in practice, French action against Germany): "support", "neutral" or "oppose"; an empty string
// is "neutral". A power that opposes would treat such action, taken without a Council decision, as
// a violation of Locarno Art. 2 and owe Germany its help (Locarno Art. 4) — the exposure that
// protocol point II guards France against.
type Locarno struct {
	Britain string `json:"britain,omitempty"`
	Italy   string `json:"italy,omitempty"`
	Belgium string `json:"belgium,omitempty"`
}

// PactView is the pact as a situation states it: its status and terms.
type PactView struct {
	Status Status         `json:"status"`
	Terms  *Terms         `json:"terms,omitempty"`
	Ends   calendar.Month `json:"ends,omitempty"` // for a denounced pact: the month its notice runs out (Art. 5); blank = already ended
}

// Transit says which neighbours grant passage to Soviet forces.
type Transit struct {
	Poland  bool `json:"poland"`
	Romania bool `json:"romania"`
}
