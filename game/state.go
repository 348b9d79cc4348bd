package game

import (
	"slices"

	"github.com/pactgame/pact/game/calendar"
	"github.com/pactgame/pact/game/treaty"
)

// State is the whole world at the start of a month. Every number is an integer. A State is a value
// that the engine never changes in place once a turn has produced it: Resolve builds a new one from
// a deep copy (Clone), so a game is a list of states and the decisions between them.
type State struct {
	Scenario string         // scenario id
	Date     calendar.Month // the month about to be played
	Seed     uint64         // the game's seed (a branch may change it from its fork)
	RNG      RNG            // the generator, re-derived from Seed and Date at the start of each turn

	Powers    [NumPowers]PowerState
	Relations Relations
	Minors    []Minor // in scenario order
	Global    Global
	Pact      treaty.Pact
	Crises    []Crisis // open and closed, in opening order

	Flags     []string     // sorted set of scenario flags (ties are flags named "tie.*")
	Scheduled []Scheduled  // delayed effects and follow-up events, by date then sequence
	Seq       int          // next sequence number for Scheduled
	Last      []Occurrence // the last time each event fired, each option was chosen, each decision was taken; sorted
	Missed    []Missed     // scheduled events whose window closed without firing, and why

	Ended  bool
	Ending Ending
}

// PowerState is one great power.
type PowerState struct {
	HeadOfState      string
	HeadOfGovernment string
	ForeignMinister  string

	Army          int // active divisions
	Air           int // front-line aircraft
	Readiness     int // mobilisation readiness 0…100
	Industry      int // 0…100
	Rearmament    int // 0…100
	Stability     int // the government's stability 0…100
	Pacifism      int // public pacifism 0…100
	AntiCommunism int // public anti-communism 0…100
	Prestige      int // 0…100
	League        bool
	Influence     int // political capital to spend on decisions, 0…MaxInfluence
	Bonus         int // extra influence each month (the difficulty chosen for a player's power)

	Levers []Lever // the doctrine's levers, sorted by name (scenario data)
}

// MaxInfluence is the most influence a power can bank.
const MaxInfluence = 30

// Lever is one named doctrine lever of a power (risk_appetite, firmness, trust_france…), 0…100.
type Lever struct {
	Name  string
	Value int
}

// Lever returns the value of the named lever (0 if the power has none of that name).
func (ps *PowerState) Lever(name string) int {
	if i, ok := slices.BinarySearchFunc(ps.Levers, name, func(l Lever, n string) int { return cmpString(l.Name, n) }); ok {
		return ps.Levers[i].Value
	}
	return 0
}

func (ps *PowerState) leverIndex(name string) int {
	if i, ok := slices.BinarySearchFunc(ps.Levers, name, func(l Lever, n string) int { return cmpString(l.Name, n) }); ok {
		return i
	}
	return -1
}

func cmpString(a, b string) int {
	switch {
	case a < b:
		return -1
	case a > b:
		return 1
	}
	return 0
}

// Relations holds the relations between the powers, −100…100, symmetric.
type Relations [NumPowers][NumPowers]int

// Get is the relation between a and b.
func (r *Relations) Get(a, b Power) int { return r[a][b] }

// Set sets the relation between a and b (both ways).
func (r *Relations) Set(a, b Power, v int) { r[a][b], r[b][a] = v, v }

// Minor is a state that is not playable but whose choices matter: alignment, and whether it lets
// Soviet troops pass (which decides whether assistance could ever be delivered).
type Minor struct {
	ID        string
	Name      string
	Alignment string // a power id, or "neutral"
	Passage   bool   // grants passage to Soviet forces
	Stability int    // 0…100
}

// Global is the situation of Europe as a whole.
type Global struct {
	Tension           int    // war risk 0…100
	LeagueCredibility int    // 0…100
	Locarno           int    // Locarno's integrity 0…100
	Rhineland         string // demilitarised, remilitarised, contested
	Saar              string // league, german, status_quo
	Stresa            string // none, formed, broken
	Ethiopia          string // peace, crisis, war, conquered, compromise
	Austria           string // independent, satellite, annexed
	Spain             string // peace, civil_war
	Lobbying          int    // influence spent lobbying French deputies for the pact, 0…100
}

// The values of the Global enum fields.
var (
	RhinelandValues = []string{"demilitarised", "remilitarised", "contested"}
	SaarValues      = []string{"league", "german", "status_quo"}
	StresaValues    = []string{"none", "formed", "broken"}
	EthiopiaValues  = []string{"peace", "crisis", "war", "conquered", "compromise"}
	AustriaValues   = []string{"independent", "satellite", "annexed"}
	SpainValues     = []string{"peace", "civil_war"}
	CrisisStatuses  = []string{"open", "backed_down", "accepted", "war", "settled"}
)

// Crisis is an aggressive act on the escalation ladder (GAME.md "Crises").
type Crisis struct {
	ID       string // crisis definition id (scenario)
	Opened   calendar.Month
	Closed   calendar.Month
	Status   string         // open, backed_down, accepted, war, settled
	Rungs    [NumPowers]int // each power's rung on the ladder (0 accept … 6 war); the aggressor's is its commitment
	Fallback bool           // hidden: the aggressor withdraws if opposed by force (drawn when the crisis opens)
	Months   int            // months open
	Peak     int            // the highest rung any opponent reached
}

// Scheduled is a delayed consequence or a follow-up event waiting for its month.
type Scheduled struct {
	At     calendar.Month
	Seq    int
	Source string // the option or decision whose delayed effects these are ("" for a follow-up)
	Index  int    // which of the source's delayed effects
	Event  string // a follow-up event to consider (Source is then the event that scheduled it)
	Power  Power  // the power that took the decision
}

// Occurrence is the last time something happened: an event fired (Power is NumPowers), an event's
// option was chosen ("event/option", by the choosing power), or a power took a decision or a crisis
// move. The state keeps one per (ID, Power), sorted, so conditions never scan a growing history;
// the full month-by-month account is the game's reports.
type Occurrence struct {
	ID    string
	Date  calendar.Month
	Count int32 // how many times (32 bits keep the state's longest list small to clone)
	Power Power
}

// firstOf is the place of the first occurrence of id in the sorted list (or where it would go).
func (s *State) firstOf(id string) int {
	lo, hi := 0, len(s.Last)
	for lo < hi {
		m := int(uint(lo+hi) >> 1)
		if s.Last[m].ID < id {
			lo = m + 1
		} else {
			hi = m
		}
	}
	return lo
}

// placeOf is the place of id's occurrence for power p (ok) or where it would go.
func (s *State) placeOf(id string, p Power) (int, bool) {
	i := s.firstOf(id)
	for ; i < len(s.Last) && s.Last[i].ID == id; i++ {
		if s.Last[i].Power >= p {
			return i, s.Last[i].Power == p
		}
	}
	return i, false
}

// note records that id happened (for power p) in month date.
func (s *State) note(id string, p Power, date calendar.Month) {
	i, ok := s.placeOf(id, p)
	if ok {
		s.Last[i].Date = date
		s.Last[i].Count++
		return
	}
	s.Last = slices.Insert(s.Last, i, Occurrence{ID: id, Power: p, Date: date, Count: 1})
}

// lastOf is the latest month id happened, for any power.
func (s *State) lastOf(id string) (calendar.Month, bool) {
	var last calendar.Month
	found := false
	for i := s.firstOf(id); i < len(s.Last) && s.Last[i].ID == id; i++ {
		found = true
		last = max(last, s.Last[i].Date)
	}
	return last, found
}

// since is the number of months since id last happened, or 999 if it never did.
func (s *State) since(id string) int {
	if m, ok := s.lastOf(id); ok {
		return s.Date.Sub(m)
	}
	return 999
}

// Missed is a scheduled event whose window closed without its firing.
type Missed struct {
	Event  string
	Date   calendar.Month // the last month of the window
	Reason string         // which condition failed
}

// Ending is how and why the campaign ended.
type Ending struct {
	Date   calendar.Month
	Reason string // "the campaign ran its course", "general war", …
	War    bool
}

// Clone returns a deep copy that shares nothing mutable with s: every slice is copied, so the new
// state can be changed (and appended to) without touching s.
func (s *State) Clone() *State {
	c := *s
	for i := range c.Powers {
		c.Powers[i].Levers = slices.Clone(s.Powers[i].Levers)
	}
	c.Minors = slices.Clone(s.Minors)
	c.Crises = slices.Clone(s.Crises)
	c.Flags = slices.Clone(s.Flags)
	c.Scheduled = slices.Clone(s.Scheduled)
	c.Last = append(make([]Occurrence, 0, len(s.Last)+occurrenceHeadroom), s.Last...)
	c.Missed = slices.Clip(s.Missed)
	c.Pact = clonePact(s.Pact)
	return &c
}

// occurrenceHeadroom is room for a month's new occurrences in a cloned state, so that noting them
// does not copy the whole list again.
const occurrenceHeadroom = 16

func clonePact(p treaty.Pact) treaty.Pact {
	p.Log = slices.Clip(p.Log)
	p.Ratification = slices.Clone(p.Ratification)
	for i := range p.Ratification {
		p.Ratification[i].Votes = slices.Clip(p.Ratification[i].Votes)
	}
	return p
}

// HasFlag reports whether the flag is set.
func (s *State) HasFlag(f string) bool {
	_, ok := slices.BinarySearch(s.Flags, f)
	return ok
}

// SetFlag sets or clears a flag; it reports whether anything changed.
func (s *State) SetFlag(f string, on bool) bool {
	i, ok := slices.BinarySearch(s.Flags, f)
	switch {
	case on && !ok:
		s.Flags = slices.Insert(s.Flags, i, f)
		return true
	case !on && ok:
		s.Flags = slices.Delete(s.Flags, i, i+1)
		return true
	}
	return false
}

// Minor returns the minor state with the id, or nil.
func (s *State) Minor(id string) *Minor {
	for i := range s.Minors {
		if s.Minors[i].ID == id {
			return &s.Minors[i]
		}
	}
	return nil
}

// Crisis returns the most recent crisis with the definition id, or nil.
func (s *State) Crisis(id string) *Crisis {
	for i := len(s.Crises) - 1; i >= 0; i-- {
		if s.Crises[i].ID == id {
			return &s.Crises[i]
		}
	}
	return nil
}

// FiredEvent reports whether the event has fired (ever, up to this state).
func (s *State) FiredEvent(id string) bool {
	_, ok := s.lastOf(id)
	return ok
}

// Chose reports whether the option "event/option" was chosen, or the decision id taken, by anyone.
func (s *State) Chose(id string) bool {
	_, ok := s.lastOf(id)
	return ok
}

// LastTaken is the month a decision was last taken by the power, or 0.
func (s *State) LastTaken(p Power, id string) calendar.Month {
	if i, ok := s.placeOf(id, p); ok {
		return s.Last[i].Date
	}
	return 0
}
