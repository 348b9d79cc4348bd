package record_test

import (
	"bytes"
	"fmt"
	"math/rand/v2"
	"slices"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"
	"pgregory.net/rapid"

	"github.com/pactgame/pact/game"
	"github.com/pactgame/pact/game/record"
)

// played is a line as it was played, to set beside its replay.
type played struct {
	name string
	g    *game.Game
}

// TestReplayEqualsPlayForRandomGamesAndBranches: random seeds, setups and legal orders, random
// branches (of branches, at random months, with and without new orders and new seeds, by Branch
// and by the TUI's AddLine+Extend) → record → Marshal → Parse → replay gives every line's states
// again, hash for hash, with the same orders; Marshal is canonical (twice the same bytes, and the
// parsed record writes the same bytes again).
func TestReplayEqualsPlayForRandomGamesAndBranches(t *testing.T) {
	sc := loadCampaign(t)
	rapid.Check(t, func(rt *rapid.T) {
		var ways [game.NumPowers]int
		for _, p := range game.Powers {
			ways[p] = rapid.IntRange(0, 2).Draw(rt, "way-"+p.ID())
		}
		setup := game.Setup{
			Seed:       rapid.Uint64().Draw(rt, "seed"),
			Difficulty: rapid.SampledFrom(game.Difficulties).Draw(rt, "difficulty"),
			Players:    rapid.SliceOfNDistinct(rapid.SampledFrom(game.Powers[:]), 0, 2, rapid.ID).Draw(rt, "players"),
		}
		policy := mixedPolicy(rapid.Uint64().Draw(rt, "orders"), ways)
		g := game.Start(sc, setup)
		// The main line may stop before the end: a game being played (an autosave).
		months := rapid.IntRange(1, 40).Draw(rt, "months")
		for i := 0; i < months && !g.Over(); i++ {
			if _, err := g.Step(policy); err != nil {
				rt.Fatalf("playing %s: %v", g.Current().Date, err)
			}
		}
		rec := record.NewSetup(g, setup, false)
		lines := []played{{record.MainLine, g}}

		for b := range rapid.IntRange(0, 4).Draw(rt, "branches") {
			parent := rapid.SampledFrom(lines).Draw(rt, "parent")
			pg := parent.g
			last := len(pg.Reports) - 1
			if !pg.Over() {
				last = len(pg.Reports) // the month being played may be branched too
			}
			idx := rapid.IntRange(0, last).Draw(rt, "fork")
			if l := rec.Line(parent.name); parent.name != record.MainLine && rapid.Bool().Draw(rt, "at-parents-fork") {
				idx = l.Fork.Sub(sc.Start) // where reseeds of parent and child meet
			}
			at := sc.Start.Add(idx)
			var seed *uint64
			if rapid.Bool().Draw(rt, "reseed") {
				s := rapid.Uint64().Draw(rt, "new-seed")
				seed = &s
			}
			name := fmt.Sprintf("b%d", b+1)
			bpolicy := mixedPolicy(rapid.Uint64().Draw(rt, "branch-orders"), ways)
			var bg *game.Game
			if rapid.Bool().Draw(rt, "tui") {
				bg = branchLikeTUI(rt, rec, parent, name, idx, seed, bpolicy, rapid.IntRange(0, 40).Draw(rt, "branch-months"))
			} else {
				decide := map[game.Power][]string{}
				if rapid.Bool().Draw(rt, "decide") {
					p := rapid.SampledFrom(game.Powers[:]).Draw(rt, "decider")
					turn, err := game.Begin(sc, pg.States[idx])
					if err != nil {
						rt.Fatal(err)
					}
					r := rand.New(rand.NewPCG(uint64(idx), uint64(p)))
					var o game.Orders
					o[p] = randomOrders(r, turn, p)
					decide[p] = o.IDs(p)
				}
				var err error
				bg, err = rec.Branch(sc, parent.name, name, at, decide, seed, bpolicy)
				if err != nil {
					rt.Fatalf("branch %s from %s at %s (decide %v): %v", name, parent.name, at, decide, err)
				}
			}
			lines = append(lines, played{name, bg})
		}

		data := rec.Marshal()
		if again := rec.Marshal(); !bytes.Equal(data, again) {
			rt.Fatalf("Marshal twice gives different bytes")
		}
		back, errs := record.Parse("random.rec", data)
		if len(errs) > 0 {
			rt.Fatalf("the written record does not parse: %v\n%s", errs, data)
		}
		if again := back.Marshal(); !bytes.Equal(data, again) {
			rt.Fatalf("Marshal(Parse(Marshal(r))) differs from Marshal(r)")
		}
		if strict, errs := record.ParseStrict("random.rec", data); len(errs) > 0 {
			rt.Fatalf("the strict reader refuses the written record: %v", errs)
		} else if diff := cmp.Diff(strict, back, cmpopts.EquateEmpty()); diff != "" {
			rt.Fatalf("the canonical reader and the strict reader disagree (-strict +canonical):\n%s", diff)
		}
		for _, l := range lines {
			got, err := back.Build(sc, l.name)
			if err != nil {
				rt.Fatalf("line %s does not replay: %v", l.name, err)
			}
			samePlay(rt, l.name, l.g, got)
		}
		res, err := back.Replay(sc)
		if err != nil {
			rt.Fatalf("Replay: %v", err)
		}
		if len(res) != len(lines) {
			rt.Fatalf("Replay reports %d lines, the record has %d", len(res), len(lines))
		}
	})
}

// branchLikeTUI makes a branch the way the TUI does: AddLine, then play from the parent's state at
// the fork (reseeded if asked) for a number of months, then Extend.
func branchLikeTUI(rt *rapid.T, rec *record.Record, parent played, name string, idx int,
	seed *uint64, policy game.Policy, months int) *game.Game {
	sc := parent.g.Scenario
	g := &game.Game{Scenario: sc, States: slices.Clone(parent.g.States[:idx+1]),
		Orders: slices.Clone(parent.g.Orders[:idx]), Reports: slices.Clone(parent.g.Reports[:idx])}
	if seed != nil {
		record.Reseed(g, *seed)
	}
	for i := 0; i < months && !g.Over(); i++ {
		if _, err := g.Step(policy); err != nil {
			rt.Fatal(err)
		}
	}
	if _, err := rec.AddLine(parent.name, name, sc.Start.Add(idx), seed); err != nil {
		rt.Fatal(err)
	}
	if err := rec.Extend(name, g); err != nil {
		rt.Fatal(err)
	}
	return g
}

// samePlay checks that a replayed game has the played game's months, orders and states.
func samePlay(rt *rapid.T, name string, want, got *game.Game) {
	if len(got.Reports) != len(want.Reports) {
		rt.Fatalf("line %s: replay has %d months, play had %d", name, len(got.Reports), len(want.Reports))
	}
	for i := range want.Reports {
		for _, p := range game.Powers {
			if w, g := want.Orders[i].IDs(p), got.Orders[i].IDs(p); !slices.Equal(w, g) {
				rt.Fatalf("line %s, %s: %s's orders replay as %v, were %v", name, want.Reports[i].Date, p, g, w)
			}
		}
		if w, g := want.States[i+1].Hash(), got.States[i+1].Hash(); w != g {
			rt.Fatalf("line %s, %s: replayed hash %s, played %s", name, want.Reports[i].Date, g, w)
		}
	}
	if want.Current().Seed != got.Current().Seed {
		rt.Fatalf("line %s: the replay ends with seed %d, the play with %d", name, got.Current().Seed, want.Current().Seed)
	}
}
