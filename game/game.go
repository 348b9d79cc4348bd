package game

import (
	"fmt"
)

// Game is a campaign being played: its states, and the orders and reports between them.
// States[0] is the initial state; States[i+1] follows States[i] by Orders[i], reported in Reports[i].
type Game struct {
	Scenario *Scenario
	States   []*State
	Orders   []Orders
	Reports  []*Report

	changes []Change // a working list for the month's changes, reused from month to month
}

// Difficulty is how much help the people's powers get: extra influence at the start and each month.
type Difficulty string

// The difficulties.
const (
	Easy   Difficulty = "easy"
	Normal Difficulty = "normal"
	Hard   Difficulty = "hard"
)

// Difficulties lists them, easiest first.
var Difficulties = []Difficulty{Easy, Normal, Hard}

// ParseDifficulty reads a difficulty ("" is normal).
func ParseDifficulty(s string) (Difficulty, error) {
	switch Difficulty(s) {
	case Easy, Normal, Hard:
		return Difficulty(s), nil
	case "":
		return Normal, nil
	}
	return "", fmt.Errorf("game: unknown difficulty %q (easy, normal or hard)", s)
}

// Setup is how a campaign starts: the seed for chance, the powers people play, and the difficulty.
type Setup struct {
	Seed       uint64
	Players    []Power
	Difficulty Difficulty
}

// New starts a campaign of the scenario with a seed, every power at normal difficulty.
func New(sc *Scenario, seed uint64) *Game { return Start(sc, Setup{Seed: seed}) }

// Start starts a campaign: at easy difficulty each player's power gets 6 more influence at once
// and 1 more a month; at hard, 2 less at once and 1 less a month (never under 1).
func Start(sc *Scenario, setup Setup) *Game {
	s := sc.Initial.Clone()
	s.Seed = setup.Seed
	s.RNG = RNG{S: mix(setup.Seed, uint64(s.Date))}
	var helped [NumPowers]bool
	for _, p := range setup.Players {
		if helped[p] {
			continue // a power named twice is helped once
		}
		helped[p] = true
		ps := &s.Powers[p]
		switch setup.Difficulty {
		case Easy:
			ps.Influence, ps.Bonus = min(ps.Influence+6, MaxInfluence), 1
		case Hard:
			ps.Influence, ps.Bonus = max(ps.Influence-2, 0), -1
		}
	}
	return &Game{Scenario: sc, States: []*State{s}}
}

// Current is the state at the start of the month to be played.
func (g *Game) Current() *State { return g.States[len(g.States)-1] }

// Over reports whether the campaign has ended.
func (g *Game) Over() bool { return g.Current().Ended }

// Begin opens the current month.
func (g *Game) Begin() (*Turn, error) {
	t, err := Begin(g.Scenario, g.Current())
	if err == nil {
		t.scratch = &g.changes
	}
	return t, err
}

// Apply resolves a turn that was begun on the current state and appends its result.
func (g *Game) Apply(t *Turn, orders Orders) (*Report, error) {
	if t.State != g.Current() {
		return nil, fmt.Errorf("game: the turn was begun on another state")
	}
	next, rep, err := t.Resolve(orders)
	if err != nil {
		return nil, err
	}
	g.States = append(g.States, next)
	g.Orders = append(g.Orders, orders)
	g.Reports = append(g.Reports, rep)
	return rep, nil
}

// Policy chooses a power's orders for a turn.
type Policy func(t *Turn, p Power) []Order

// AIPolicy lets every power's doctrine decide.
func AIPolicy(t *Turn, p Power) []Order { return t.AIOrders(p) }

// HistoricalPolicy makes every power take its documented historical choices.
func HistoricalPolicy(t *Turn, p Power) []Order { return t.HistoricalOrders(p) }

// OrdersFor asks the policy for every power's orders.
func OrdersFor(t *Turn, policy Policy) Orders {
	var o Orders
	for _, p := range Powers {
		o[p] = policy(t, p)
	}
	return o
}

// Step plays one month with the policy.
func (g *Game) Step(policy Policy) (*Report, error) {
	t, err := g.Begin()
	if err != nil {
		return nil, err
	}
	return g.Apply(t, OrdersFor(t, policy))
}

// Run plays the campaign to its end with the policy.
func (g *Game) Run(policy Policy) error {
	for !g.Over() {
		if _, err := g.Step(policy); err != nil {
			return err
		}
	}
	return nil
}

// Truncate drops every turn after the first n (keeping States[0…n]), to branch from month n.
func (g *Game) Truncate(n int) {
	g.States = g.States[:n+1]
	g.Orders = g.Orders[:n]
	g.Reports = g.Reports[:n]
}

// Replay plays a list of orders from the scenario's start with a seed, checking each month's
// orders; it is how a record becomes a game again.
func Replay(sc *Scenario, seed uint64, orders []Orders) (*Game, error) {
	g := New(sc, seed)
	for i, o := range orders {
		t, err := g.Begin()
		if err != nil {
			return g, fmt.Errorf("game: turn %d: %w", i+1, err)
		}
		if _, err := g.Apply(t, o); err != nil {
			return g, err
		}
	}
	return g, nil
}
