package scenarios_test

import (
	"testing"

	"github.com/pactgame/pact/game"
	"github.com/pactgame/pact/scenarios"
)

// randomly is a policy that answers each event with a seeded random option and takes a random
// affordable council decision or crisis move now and then: it explores the branches of the game.
func randomly(seed uint64) game.Policy {
	r := game.RNG{S: seed}
	return func(t *game.Turn, p game.Power) []game.Order {
		var out []game.Order
		groups := map[string][]game.Choice{}
		var order []string
		for _, c := range t.Choices(p) {
			if _, ok := groups[c.Group]; !ok {
				order = append(order, c.Group)
			}
			groups[c.Group] = append(groups[c.Group], c)
		}
		budget := t.State.Powers[p].Influence
		for _, g := range order {
			cs := groups[g]
			if cs[0].Required {
				c := cs[r.IntN(len(cs))]
				out = append(out, game.Order{ID: c.ID})
				budget -= c.Cost.Influence
			}
		}
		for _, g := range order {
			cs := groups[g]
			if cs[0].Required || r.IntN(4) != 0 {
				continue
			}
			if c := cs[r.IntN(len(cs))]; c.Cost.Influence <= budget {
				out = append(out, game.Order{ID: c.ID})
				budget -= c.Cost.Influence
			}
		}
		return out
	}
}

// TestEveryEventIsReachable: each event of the full campaign fires on some line — the historical
// one, the AI's, or one of a few hundred seeded random explorations.
func TestEveryEventIsReachable(t *testing.T) {
	sc, err := scenarios.Load("pact-1934")
	if err != nil {
		t.Fatal(err)
	}
	seen := map[string]bool{}
	play := func(seed uint64, p game.Policy) {
		g := game.New(sc, seed)
		if err := g.Run(p); err != nil {
			t.Fatal(err)
		}
		for _, r := range g.Reports {
			for _, e := range r.Events {
				seen[e.ID] = true
			}
		}
	}
	play(1, game.HistoricalPolicy)
	play(1, game.AIPolicy)
	for seed := uint64(1); seed <= 300 && len(seen) < len(sc.Events); seed++ {
		play(seed, randomly(seed))
	}
	for _, e := range sc.Events {
		if !seen[e.ID] {
			t.Errorf("event %s (%s) never fires on any line tried", e.ID, e.Title)
		}
	}
}
