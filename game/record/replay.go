package record

import (
	"errors"
	"fmt"
	"slices"
	"strings"

	"github.com/pactgame/pact/game"
	"github.com/pactgame/pact/game/calendar"
)

// Mismatch is a replay whose state differs from the record's: the line, the first month whose
// hash differs, and the sections of the state that differ.
type Mismatch struct {
	Line     string
	Date     calendar.Month
	Want     string
	Got      string
	Sections []string
}

func (m *Mismatch) Error() string {
	return fmt.Sprintf("record: line %s, %s: the replayed state differs from the record (hash %s, recorded %s); differing parts: %s",
		m.Line, m.Date, m.Got, m.Want, strings.Join(m.Sections, ", "))
}

// BranchError is a branch that cannot be made as asked: a name taken or not usable, a parent line
// the record does not have, a month the parent cannot branch at, orders the engine refuses.
type BranchError struct{ Why string }

func (e *BranchError) Error() string { return "record: " + e.Why }

// Incompatible is a record this version cannot replay, and why.
type Incompatible struct{ Why string }

func (e *Incompatible) Error() string { return "record: " + e.Why }

// Check says whether the record can replay against the scenario at all: same scenario, same
// scenario version, same engine rules.
func (r *Record) Check(sc *game.Scenario) error {
	switch {
	case r.Scenario != sc.ID:
		return &Incompatible{Why: fmt.Sprintf("the record is of scenario %q, not %q", r.Scenario, sc.ID)}
	case r.ScenarioVersion > sc.Version:
		return &Incompatible{Why: fmt.Sprintf("the record was made with version %d of scenario %s, newer than the version %d this Pact ships — upgrade Pact to replay it",
			r.ScenarioVersion, sc.ID, sc.Version)}
	case r.ScenarioVersion != sc.Version:
		return &Incompatible{Why: fmt.Sprintf("the record was made with version %d of scenario %s; this Pact ships version %d, whose rules differ, so its hashes cannot match — replay it with the Pact that made it",
			r.ScenarioVersion, sc.ID, sc.Version)}
	case r.Engine > EngineVersion:
		return &Incompatible{Why: fmt.Sprintf("the record was made by engine rules version %d, newer than this Pact's (%d) — upgrade Pact to replay it",
			r.Engine, EngineVersion)}
	case r.Engine != EngineVersion:
		return &Incompatible{Why: fmt.Sprintf("the record was made by engine rules version %d; this Pact has version %d, whose rules differ, so its hashes cannot match — replay it with the Pact that made it",
			r.Engine, EngineVersion)}
	}
	return nil
}

// Build replays one line from the scenario's start and returns its game, checking each month's
// hash; the first month that differs is a *Mismatch. Orders the engine refuses are an error too.
func (r *Record) Build(sc *game.Scenario, name string) (*game.Game, error) {
	if err := r.Check(sc); err != nil {
		return nil, err
	}
	orders, turns, err := r.Orders(name)
	if err != nil {
		return nil, err
	}
	reseeds, err := r.reseeds(name)
	if err != nil {
		return nil, err
	}
	g := game.Start(sc, r.Setup())
	// A branch given a new seed takes it at the start of its fork month, even before it has played
	// that month (a branch saved as soon as it was made).
	reseed := func() {
		if seed, ok := reseeds[g.Current().Date]; ok && g.Current().Seed != seed {
			Reseed(g, seed)
		}
	}
	for i, o := range orders {
		cur := g.Current()
		if turns[i].Date != cur.Date {
			return g, fmt.Errorf("record: line %s: the record's month %s does not follow %s", name, turns[i].Date, cur.Date)
		}
		reseed()
		cur = g.Current()
		t, err := g.Begin()
		if err != nil {
			if errors.Is(err, game.ErrEnded) {
				return g, fmt.Errorf("record: line %s: the campaign ended in %s but the record goes on to %s", name, cur.Ending.Date, turns[i].Date)
			}
			return g, err
		}
		if _, err := g.Apply(t, o); err != nil {
			return g, fmt.Errorf("record: line %s, %s: %v", name, cur.Date, strings.TrimPrefix(err.Error(), "game: "))
		}
		s := g.Current()
		if h := s.Hash(); h != turns[i].Hash {
			return g, &Mismatch{Line: name, Date: turns[i].Date, Want: turns[i].Hash, Got: h, Sections: differing(turns[i].Digests, s.Digests())}
		}
	}
	reseed()
	return g, nil
}

// Reseed replaces the seed of the game's current state (a branch's new chance from its fork).
func Reseed(g *game.Game, seed uint64) {
	s := g.Current().Clone()
	s.Seed = seed
	g.States[len(g.States)-1] = s
}

func differing(want, got []string) []string {
	var out []string
	for i, name := range game.Sections {
		if i >= len(want) || i >= len(got) || want[i] != got[i] {
			out = append(out, name)
		}
	}
	if len(out) == 0 {
		out = []string{"(digests agree: the hash alone differs)"}
	}
	return out
}

// Result is the outcome of replaying one line.
type Result struct {
	Line   string   `json:"line"`
	Turns  int      `json:"turns"`
	Ended  string   `json:"ended,omitempty"`
	OK     bool     `json:"ok"`
	Error  string   `json:"error,omitempty"`
	Date   string   `json:"date,omitempty"`   // the first month that differs
	Differ []string `json:"differ,omitempty"` // the sections that differ
}

// Replay re-plays every line, verifying every month's hash. It returns a result per line and the
// first error (a *Mismatch, an *Incompatible, or a refused order).
func (r *Record) Replay(sc *game.Scenario) ([]Result, error) {
	if err := r.Check(sc); err != nil {
		return nil, err
	}
	var out []Result
	var first error
	for _, l := range r.Lines {
		g, err := r.Build(sc, l.Name)
		res := Result{Line: l.Name, OK: err == nil}
		if g != nil {
			res.Turns = len(g.Reports)
			if g.Over() {
				res.Ended = g.Current().Ending.Date.String()
			}
		}
		if err != nil {
			res.Error = err.Error()
			var m *Mismatch
			if errors.As(err, &m) {
				res.Date, res.Differ = m.Date.String(), m.Sections
			}
			if first == nil {
				first = err
			}
		}
		out = append(out, res)
	}
	return out, first
}

// Branch adds a line forking from parent before month at: the months before come from the
// parent; in month at, the given orders replace the parent's for those powers (the others keep
// theirs); from there on, policy plays (with a new seed if seed is not nil). It returns the new
// line's game. The record gains the line; an existing name is an error. A nil policy is every
// power's AI (game.AIPolicy).
func (r *Record) Branch(sc *game.Scenario, parent, name string, at calendar.Month, decide map[game.Power][]string, seed *uint64, policy game.Policy) (*game.Game, error) {
	if policy == nil {
		policy = game.AIPolicy
	}
	if r.Line(name) != nil {
		return nil, &BranchError{fmt.Sprintf("there is already a line %q", name)}
	}
	if !ValidName(name) {
		return nil, &BranchError{fmt.Sprintf("%q is not a usable branch name (letters, digits, - and _, at most 40; not \"history\" or \"null\")", name)}
	}
	if r.Line(parent) == nil {
		return nil, &BranchError{fmt.Sprintf("there is no line %q to fork from (the lines are %s)", parent, strings.Join(r.Names(), ", "))}
	}
	g, err := r.Build(sc, parent)
	if err != nil {
		return nil, err
	}
	idx := -1
	for i, rep := range g.Reports {
		if rep.Date == at {
			idx = i
		}
	}
	if idx < 0 {
		if at == g.Current().Date && !g.Over() {
			idx = len(g.Reports)
		} else {
			last := g.Current().Date
			if g.Over() {
				last = last.Add(-1)
			}
			return nil, &BranchError{fmt.Sprintf("line %s has no month %s to branch at (it can branch from %s to %s)", parent, at, sc.Start, last)}
		}
	}
	var parentOrders game.Orders
	if idx < len(g.Orders) {
		parentOrders = g.Orders[idx]
	}
	g.Truncate(idx)
	if seed != nil {
		Reseed(g, *seed)
	}
	t, err := g.Begin()
	if err != nil {
		return nil, err
	}
	// The parent's orders of that month stand for every power the branch does not decide anew.
	orders := parentOrders
	if !anyOrders(orders) {
		orders = game.OrdersFor(t, policy)
	}
	for p, ids := range decide {
		orders[p] = nil
		for _, id := range ids {
			orders[p] = append(orders[p], game.Order{ID: id})
		}
		// An event this power must answer keeps the parent's (or the policy's) answer unless replaced.
		for _, c := range t.Choices(p) {
			if !c.Required || slices.ContainsFunc(orders[p], func(o game.Order) bool { return choiceGroup(t, p, o.ID) == c.Group }) {
				continue
			}
			for _, o := range policy(t, p) {
				if choiceGroup(t, p, o.ID) == c.Group {
					orders[p] = append(orders[p], o)
					break
				}
			}
		}
	}
	if _, err := g.Apply(t, orders); err != nil {
		return nil, &BranchError{fmt.Sprintf("the branch's orders for %s are refused: %v", at, strings.TrimPrefix(err.Error(), "game: "))}
	}
	if err := g.Run(policy); err != nil {
		return nil, err
	}
	l := &Line{Name: name, Parent: parent, Fork: at, Seed: seed, Turns: turnsOf(g, idx)}
	r.Lines = append(r.Lines, l)
	return g, nil
}

func anyOrders(o game.Orders) bool {
	for _, p := range game.Powers {
		if len(o[p]) > 0 {
			return true
		}
	}
	return false
}

func choiceGroup(t *game.Turn, p game.Power, id string) string {
	for _, c := range t.Choices(p) {
		if c.ID == id {
			return c.Group
		}
	}
	return ""
}

// Extend replaces a line's months from the game's: the line then holds every month the game has
// played since its fork (the TUI's way to save a branch being played).
func (r *Record) Extend(name string, g *game.Game) error {
	l := r.Line(name)
	if l == nil {
		return fmt.Errorf("record: no line %q", name)
	}
	from := -1
	for i, rep := range g.Reports {
		if rep.Date == l.Fork {
			from = i
			break
		}
	}
	if from < 0 {
		l.Turns = nil
		return nil
	}
	l.Turns = turnsOf(g, from)
	return nil
}

// AddLine adds an empty branch forking from parent at the month (to be filled by Extend).
func (r *Record) AddLine(parent, name string, at calendar.Month, seed *uint64) (*Line, error) {
	if r.Line(parent) == nil {
		return nil, fmt.Errorf("record: no line %q", parent)
	}
	if r.Line(name) != nil || !ValidName(name) {
		return nil, fmt.Errorf("record: %q is taken or not a usable name", name)
	}
	l := &Line{Name: name, Parent: parent, Fork: at, Seed: seed}
	r.Lines = append(r.Lines, l)
	return l, nil
}
