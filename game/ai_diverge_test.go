package game_test

import (
	"reflect"
	"strings"
	"testing"

	"github.com/pactgame/pact/game"
)

// Property: an AI power chooses the same orders, with the same reasons, whether or not its menu was
// listed first (an AI power's menu is scored without being listed; a player's advice uses the list).
func TestAIOrdersDoNotDependOnListingTheMenu(t *testing.T) {
	sc := loadCampaign(t)
	for _, seed := range []uint64{1, 7} {
		g := game.New(sc, seed)
		if err := g.Run(game.AIPolicy); err != nil {
			t.Fatal(err)
		}
		for _, s := range g.States[:len(g.States)-1] {
			for _, p := range game.Powers {
				lean, _ := game.Begin(sc, s)
				listed, _ := game.Begin(sc, s)
				listed.Choices(p)
				a, b := lean.AIOrders(p), listed.AIOrders(p)
				if !reflect.DeepEqual(a, b) {
					t.Fatalf("seed %d, %s, %s: unlisted %+v, listed %+v", seed, s.Date, p, a, b)
				}
			}
		}
	}
}

// Rule: a line's departures from history include council decisions — all of the players' powers',
// and the other powers' only where history dates the decision (a real decision point) — named by
// their titles.
func TestDivergeCountsThePlayersDecisionsAndTheRealDecisionPoints(t *testing.T) {
	sc := loadCampaign(t)
	hist, line := game.New(sc, 5), game.New(sc, 5)
	if err := hist.Run(game.HistoricalPolicy); err != nil {
		t.Fatal(err)
	}
	if err := line.Run(game.AIPolicy); err != nil {
		t.Fatal(err)
	}
	mine := 0
	for _, month := range game.Diverge(hist, line, game.France) {
		for _, d := range month {
			if d.Kind != "decision" {
				continue
			}
			dec, isDecision := sc.Decision(d.ID)
			if d.Power == "france" {
				mine++
			} else if isDecision && len(dec.Historical) == 0 {
				t.Errorf("%s's generic decision %s is reported against history", d.Power, d.ID)
			}
			if title, _ := sc.OrderTitle(d.ID); !strings.Contains(d.Text, title) {
				t.Errorf("%q does not name %q", d.Text, title)
			}
		}
	}
	if mine == 0 {
		t.Error("France's AI never decided otherwise than the real government: no decision reported")
	}
}

// Property: the AI's quick score of a choice (its value's static part, computed once per scenario,
// plus what depends on the month's state) equals its full valuation, for every choice of every
// power in every month of AI campaigns and of the historical line.
func TestQuickScoresEqualFullValuations(t *testing.T) {
	sc := loadCampaign(t)
	for _, policy := range []game.Policy{game.AIPolicy, game.HistoricalPolicy} {
		g := game.New(sc, 3)
		if err := g.Run(policy); err != nil {
			t.Fatal(err)
		}
		n := 0
		for _, s := range g.States[:len(g.States)-1] {
			turn, _ := game.Begin(sc, s)
			for _, p := range game.Powers {
				for _, c := range turn.Choices(p) {
					quick, full := game.ScoreBothWays(turn, p, &c)
					if quick != full {
						t.Fatalf("%s, %s, %s: quick %d, full %d", s.Date, p, c.ID, quick, full)
					}
					n++
				}
			}
		}
		if n < 1000 {
			t.Errorf("only %d choices compared", n)
		}
	}
}
