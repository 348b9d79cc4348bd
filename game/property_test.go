package game_test

import (
	"testing"

	"pgregory.net/rapid"

	"github.com/pactgame/pact/game"
	"github.com/pactgame/pact/scenarios"
)

// randomPolicy draws legal orders: an answer to every event, and a random affordable subset of the
// other choices, at most one per group.
func randomPolicy(rt *rapid.T) game.Policy {
	return func(t *game.Turn, p game.Power) []game.Order {
		var out []game.Order
		used := map[string]bool{}
		budget := t.State.Powers[p].Influence
		groups := map[string][]game.Choice{}
		var order []string
		for _, c := range t.Choices(p) {
			if _, ok := groups[c.Group]; !ok {
				order = append(order, c.Group)
			}
			groups[c.Group] = append(groups[c.Group], c)
		}
		for _, g := range order {
			cs := groups[g]
			if cs[0].Required {
				c := cs[rapid.IntRange(0, len(cs)-1).Draw(rt, "answer")]
				out = append(out, game.Order{ID: c.ID})
				budget -= c.Cost.Influence
				used[g] = true
			}
		}
		for _, g := range order {
			if used[g] || !rapid.Bool().Draw(rt, "take") {
				continue
			}
			cs := groups[g]
			c := cs[rapid.IntRange(0, len(cs)-1).Draw(rt, "which")]
			if c.Cost.Influence <= budget {
				out = append(out, game.Order{ID: c.ID})
				budget -= c.Cost.Influence
			}
		}
		if t.Check(p, ids(out)) != nil {
			// The required answers alone overspend: keep only them (Check will then refuse loudly).
			out = out[:0]
			for _, g := range order {
				if groups[g][0].Required {
					out = append(out, game.Order{ID: groups[g][0].ID})
				}
			}
		}
		return out
	}
}

func ids(os []game.Order) []string {
	out := make([]string, len(os))
	for i, o := range os {
		out[i] = o.ID
	}
	return out
}

// TestPropertyRandomPlayKeepsInvariantsAndReplays: for random seeds and random legal orders, every
// month's state keeps the invariants (Resolve checks them and fails loudly), every relation stays
// within −100…100, and replaying the same orders gives the same hash, month for month.
func TestPropertyRandomPlayKeepsInvariantsAndReplays(t *testing.T) {
	sc, err := scenarios.Load("pact-1934")
	if err != nil {
		t.Fatal(err)
	}
	rapid.Check(t, func(rt *rapid.T) {
		seed := rapid.Uint64().Draw(rt, "seed")
		setup := game.Setup{Seed: seed, Difficulty: rapid.SampledFrom(game.Difficulties).Draw(rt, "difficulty"),
			Players: []game.Power{rapid.SampledFrom(game.Powers[:]).Draw(rt, "player")}}
		g := game.Start(sc, setup)
		months := rapid.IntRange(1, 36).Draw(rt, "months")
		policy := randomPolicy(rt)
		for i := 0; i < months && !g.Over(); i++ {
			if _, err := g.Step(policy); err != nil {
				rt.Fatalf("month %d: %v", i+1, err)
			}
			s := g.Current()
			for _, a := range game.Powers {
				for _, b := range game.Powers {
					if v := s.Relations.Get(a, b); v < -100 || v > 100 {
						rt.Fatalf("relations %s–%s = %d", a, b, v)
					}
				}
			}
		}
		again := game.Start(sc, setup)
		for i, o := range g.Orders {
			turn, err := again.Begin()
			if err != nil {
				rt.Fatal(err)
			}
			if _, err := again.Apply(turn, o); err != nil {
				rt.Fatalf("replaying month %d: %v", i+1, err)
			}
			if a, b := g.States[i+1].Hash(), again.States[i+1].Hash(); a != b {
				rt.Fatalf("month %d: played %s, replayed %s", i+1, a, b)
			}
		}
	})
}

// TestSameSeedSameGameOtherSeedOtherGame: determinism, and chance that matters.
func TestSameSeedSameGameOtherSeedOtherGame(t *testing.T) {
	sc, err := scenarios.Load("pact-1934")
	if err != nil {
		t.Fatal(err)
	}
	hashes := func(seed uint64) []string {
		g := game.New(sc, seed)
		if err := g.Run(game.AIPolicy); err != nil {
			t.Fatal(err)
		}
		var out []string
		for _, s := range g.States {
			out = append(out, s.Hash())
		}
		return out
	}
	a, b, c := hashes(1), hashes(1), hashes(2)
	for i := range a {
		if a[i] != b[i] {
			t.Fatalf("month %d: the same seed gives %s and %s", i, a[i], b[i])
		}
	}
	if a[len(a)-1] == c[len(c)-1] {
		t.Error("seeds 1 and 2 end in the same state")
	}
}
