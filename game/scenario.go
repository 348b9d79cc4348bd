package game

import (
	"fmt"

	"github.com/pactgame/pact/game/calendar"
	"github.com/pactgame/pact/game/datafile"
)

// Scenario is a compiled scenario: the initial state and every rule written as data. The scenarios
// package builds it from a YAML file; the engine only reads it.
type Scenario struct {
	ID       string
	Version  int
	Title    string
	Intro    string // shown when the scenario is chosen
	Notes    string // notes for teachers
	Start    calendar.Month
	End      calendar.Month
	Playable []Power
	File     string // where it was loaded from, for messages

	Initial *State
	Fields  *Catalogue

	Powers    [NumPowers]PowerInfo
	Events    []*Event    // in evaluation order: by window start, then file order
	Decisions []*Decision // in file order
	Crises    []*CrisisDef
	Ties      []Tie

	relFields [NumPowers][NumPowers]*Field
	events    map[string]*Event
	decisions map[string]*Decision
	decIndex  map[string]int     // a decision's place in Decisions (scenarios that extend another share its Decision values)
	options   map[string]*Option // "event/option"
	crises    map[string]*CrisisDef
	static    map[*Body]*[NumPowers]int // the AI's static values of each body (indexStaticValues)
}

// PowerInfo is what a scenario says about one power.
type PowerInfo struct {
	Brief      string // one paragraph: its position and objectives, for the new-game screen
	Objectives []Objective
	Doctrine   Doctrine
}

// Objective is worth points at the end if its condition holds.
type Objective struct {
	ID     string
	Text   string
	Points int
	When   *Expr
}

// Doctrine is how a power's AI weighs the world (choices.md §1).
type Doctrine struct {
	Summary string
	Goals   []Goal
	Caution int // how much the AI keeps in reserve: it spends influence only above this
	// HistoryBias is the weight of "what the real government did": the AI adds it to the value of
	// the historical option of an event, and of a council decision in a month it was really taken.
	// A power keeps to history unless its doctrine's reasons, in the state as it now is, outweigh it.
	HistoryBias int
}

// Goal is one thing a doctrine values: a change of Field by one point is worth Weight.
type Goal struct {
	Field  *Field
	Weight int
	Why    string
}

// Tie is a formal tie between powers (Locarno, Stresa, the naval agreement…), held as the flag
// "tie.<id>".
type Tie struct {
	ID      string
	Name    string
	Parties []string
	Text    string
}

// Event is a dispatch: a dated historical event (a window plus conditions, so that it can be
// delayed, changed or prevented), a triggered one, or a follow-up scheduled by another.
type Event struct {
	ID      string
	Title   string
	Text    string
	Dossier string // the id of its dossier ("" for none)
	Power   Power  // the power that chooses among the options; NumPowers when none does
	Date    calendar.Month
	From    calendar.Month // window: it may fire from From to To; zero for follow-up-only events
	To      calendar.Month
	Trigger bool // may fire in any month of the campaign when its conditions hold
	Repeat  int  // a triggered event may fire again after this many months (0: once)
	When    []*Expr
	Body    Body // unconditional consequences
	Options []*Option
	Pos     datafile.Pos
}

// Option is one choice an event offers its power.
type Option struct {
	Event      *Event
	ID         string // "event-id/option" is its full id
	Title      string
	Text       string
	Historical bool
	When       []*Expr // an option may be open only in some states
	Body       Body
	Pos        datafile.Pos
	fullID     string // "event/option", set when the scenario is indexed
}

// FullID is "event/option".
func (o *Option) FullID() string {
	if o.fullID != "" {
		return o.fullID
	}
	return o.Event.ID + "/" + o.ID
}

// Decision is a council decision a power may take in the months its window and conditions allow.
type Decision struct {
	ID         string
	Power      Power
	Title      string
	Text       string
	Category   string // diplomacy, military, domestic, pact
	From, To   calendar.Month
	When       []*Expr
	Once       bool
	Cooldown   int              // months before it can be taken again
	Historical []calendar.Month // the months it was really taken (the historical line takes it then)
	Dossier    string
	Body       Body
	Pos        datafile.Pos
}

// Body is what a decision or an option does: its price, its consequences (certain, conditional,
// by chance and delayed), the follow-ups it schedules, how an AI values it, and how others react.
type Body struct {
	Cost      Cost
	Effects   []Effect
	Cases     []Case
	Outcomes  []Outcome
	Later     []Delayed
	Follow    []FollowUp
	AI        []AITerm
	Reactions []Reaction
}

// Cost is the price a power pays to act.
type Cost struct {
	Influence int
	Stability int
	Prestige  int
	Industry  int
}

// Case is a set of effects applied only when its conditions hold at resolution.
type Case struct {
	When    []*Expr
	Text    string
	Effects []Effect
}

// Outcome is one of a set of weighted chances; exactly one outcome of the set happens.
type Outcome struct {
	Weight  int
	Text    string
	Effects []Effect
}

// Delayed effects happen In months later.
type Delayed struct {
	In      int
	Text    string
	Effects []Effect
}

// FollowUp schedules an event to be considered In months later.
type FollowUp struct {
	Event string
	In    int
}

// AITerm is one reason an AI may have for a choice: Score is an integer expression (from the
// deciding power's point of view) and Why says it in words for the report.
type AITerm struct {
	Why   string
	Score *Expr
}

// Reaction is how a power is expected to take a decision, shown before it is taken.
type Reaction struct {
	Power    Power
	Relation int // change of its relation with the decider
	Text     string
}

// CrisisDef describes a crisis: who the aggressor is, who may oppose it, and how it ends.
type CrisisDef struct {
	ID        string
	Title     string
	Text      string
	Aggressor Power
	Victim    string // a power or minor id ("ethiopia"), for the treaty and the report
	Opponents []Power
	// Stance gives, per opponent, the AI's preferred rung (0…6) as an integer expression.
	Stance [NumPowers]*Expr
	// HistoricalRungs are the rungs each opponent really took (the historical line); HistoricalSet
	// says which opponents have one (the others are played by their AI even on the historical line).
	HistoricalRungs [NumPowers]int
	HistoricalSet   [NumPowers]bool
	Resolve         *Expr // the aggressor's resolve, 0…100
	FallbackChance  int   // percent chance that the aggressor withdraws if opposed by force
	AcceptBelow     int   // the fait accompli stands when no opponent stands at or above this rung…
	AcceptAfter     int   // …for this many months
	OnAccept        []Effect
	OnBackdown      []Effect
	OnWar           []Effect
	Dossier         string
	// Points names, per opponent, the decision point of choices.md its answer is (e.g.
	// "fr-1936-03a-rhineland-response"), and Labels what each rung meant for it in this crisis.
	Points [NumPowers]CrisisPoint
	Pos    datafile.Pos
}

// CrisisPoint is a power's decision point in a crisis: its id and its own words for the rungs.
type CrisisPoint struct {
	ID             string
	Labels         [NumRungs]string // "" where the rung's general title stands
	Hold, Withdraw string           // the aggressor's words for its two moves
}

// AggressorTitle is what the aggressor's move ("hold" or "withdraw") means in this crisis.
func (c *CrisisDef) AggressorTitle(move string) string {
	pt := &c.Points[c.Aggressor]
	switch {
	case move == "withdraw" && pt.Withdraw != "":
		return pt.Withdraw
	case move == "withdraw":
		return "Withdraw and back down"
	case pt.Hold != "":
		return pt.Hold
	}
	return "Hold firm"
}

// RungTitle is what rung rg means for power p in this crisis.
func (c *CrisisDef) RungTitle(p Power, rg int) string {
	if l := c.Points[p].Labels[rg]; l != "" {
		return l
	}
	return RungTitles[rg]
}

// Event returns the event with the id.
func (sc *Scenario) Event(id string) (*Event, bool) { e, ok := sc.events[id]; return e, ok }

// Decision returns the council decision with the id.
func (sc *Scenario) Decision(id string) (*Decision, bool) { d, ok := sc.decisions[id]; return d, ok }

// Option returns the event option with the full id "event/option".
func (sc *Scenario) Option(id string) (*Option, bool) { o, ok := sc.options[id]; return o, ok }

// CrisisDef returns the crisis definition with the id.
func (sc *Scenario) CrisisDef(id string) (*CrisisDef, bool) { c, ok := sc.crises[id]; return c, ok }

// Index builds the scenario's lookup tables; the loader calls it once everything is compiled.
func (sc *Scenario) Index() {
	sc.events = make(map[string]*Event, len(sc.Events))
	sc.options = map[string]*Option{}
	for _, e := range sc.Events {
		sc.events[e.ID] = e
		for _, o := range e.Options {
			if o.Event == nil { // a what-if shares its base's options, already indexed
				o.Event = e
				o.fullID = e.ID + "/" + o.ID
			}
			sc.options[o.FullID()] = o
		}
	}
	sc.decisions = make(map[string]*Decision, len(sc.Decisions))
	sc.decIndex = make(map[string]int, len(sc.Decisions))
	for i, d := range sc.Decisions {
		sc.decisions[d.ID] = d
		sc.decIndex[d.ID] = i
	}
	sc.crises = make(map[string]*CrisisDef, len(sc.Crises))
	for _, c := range sc.Crises {
		sc.crises[c.ID] = c
	}
	for _, a := range Powers {
		for _, b := range Powers {
			if a != b {
				sc.relFields[a][b], _ = sc.Fields.Lookup(relationPath(a, b))
			}
		}
	}
	sc.indexStaticValues()
}

// relationField is the field of the relation between a and b.
func (sc *Scenario) relationField(a, b Power) *Field {
	if f := sc.relFields[a][b]; f != nil {
		return f
	}
	f, _ := sc.Fields.Lookup(relationPath(a, b))
	return f
}

// NewCatalogue builds the field catalogue of a state shaped like s (used by the loader, which
// compiles effects against it before the scenario exists).
func NewCatalogue(s *State) *Catalogue { return newCatalogue(s) }

// CompileCondition compiles a condition against the environment of state s.
func CompileCondition(s *State, src string) (*Expr, error) { return compileExpr(src, envOf(s), true) }

// CompileInt compiles an integer expression against the environment of state s.
func CompileInt(s *State, src string) (*Expr, error) { return compileExpr(src, envOf(s), false) }

// SampleEnv is the environment of s, compiled against once per file by the loader.
type SampleEnv struct{ c *exprCompiler }

// EnvFor returns the sample environment of s.
func EnvFor(s *State) SampleEnv { return SampleEnv{newExprCompiler(envOf(s))} }

// Condition compiles a condition against a sample environment.
func (e SampleEnv) Condition(src string) (*Expr, error) { return e.c.compile(src, true) }

// Int compiles an integer expression against a sample environment.
func (e SampleEnv) Int(src string) (*Expr, error) { return e.c.compile(src, false) }

// ApplySetup applies effects to a starting state, as a month's events would (with their causes
// named "setup"); the loader uses it for a what-if's changes to the state it starts from. Treaty
// actions the module refuses are an error.
func ApplySetup(sc *Scenario, s *State, effs []Effect) error {
	r := &resolver{scn: sc, s: s, rep: &Report{Date: s.Date}}
	cause := Cause{Kind: CauseEvent, ID: "setup", Text: "the scenario's starting situation"}
	for i := range effs {
		r.apply(&effs[i], cause)
	}
	r.pactPhase()
	for _, n := range r.rep.Notes {
		if n.Kind == "failed" {
			return fmt.Errorf("%s", n.Text)
		}
	}
	return nil
}
