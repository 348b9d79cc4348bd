package record_test

import (
	"math/rand/v2"
	"sync"
	"testing"

	"github.com/pactgame/pact/game"
	"github.com/pactgame/pact/scenarios"
)

var (
	campaignOnce sync.Once
	campaign     *game.Scenario
	campaignErr  error
)

// loadCampaign is the shipped pact-1934 scenario, loaded once for the package's tests.
func loadCampaign(tb testing.TB) *game.Scenario {
	tb.Helper()
	campaignOnce.Do(func() { campaign, campaignErr = scenarios.Load("pact-1934") })
	if campaignErr != nil {
		tb.Fatal(campaignErr)
	}
	return campaign
}

// randomOrders draws legal orders for p from the turn's one list of choices: an answer to every
// event it must answer, and a random affordable subset of the rest, at most one per group. The
// result always passes t.Check (if the draw does not, the power's AI orders stand instead).
func randomOrders(r *rand.Rand, t *game.Turn, p game.Power) []game.Order {
	var groups []string
	byGroup := map[string][]game.Choice{}
	for _, c := range t.Choices(p) {
		if _, ok := byGroup[c.Group]; !ok {
			groups = append(groups, c.Group)
		}
		byGroup[c.Group] = append(byGroup[c.Group], c)
	}
	budget := t.State.Powers[p].Influence
	var ids []string
	for _, g := range groups { // required answers first: they must fit
		if cs := byGroup[g]; cs[0].Required {
			c := cs[r.IntN(len(cs))]
			ids = append(ids, c.ID)
			budget -= c.Cost.Influence
		}
	}
	for _, g := range groups {
		cs := byGroup[g]
		if cs[0].Required || r.IntN(3) != 0 {
			continue
		}
		if c := cs[r.IntN(len(cs))]; c.Cost.Influence <= budget {
			ids = append(ids, c.ID)
			budget -= c.Cost.Influence
		}
	}
	if t.Check(p, ids) != nil {
		return t.AIOrders(p)
	}
	out := make([]game.Order, len(ids))
	for i, id := range ids {
		out[i] = game.Order{ID: id}
	}
	return out
}

// mixedPolicy plays each power by one of three ways, fixed per power: random legal orders, its AI
// doctrine, or the historical choices.
func mixedPolicy(seed uint64, ways [game.NumPowers]int) game.Policy {
	r := rand.New(rand.NewPCG(seed, seed^0x9e3779b97f4a7c15))
	return func(t *game.Turn, p game.Power) []game.Order {
		switch ways[p] {
		case 1:
			return t.AIOrders(p)
		case 2:
			return t.HistoricalOrders(p)
		}
		return randomOrders(r, t, p)
	}
}
