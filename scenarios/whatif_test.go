package scenarios_test

import (
	"fmt"
	"strings"
	"testing"

	"github.com/pactgame/pact/game"
	"github.com/pactgame/pact/game/calendar"
	"github.com/pactgame/pact/scenarios"
)

// TestWhatIfHingesTurn: each what-if really turns its hinge — on its own historical line and with
// every power played by its AI — and starts where it says it does.
func TestWhatIfHingesTurn(t *testing.T) {
	type line struct {
		name string
		g    *game.Game
	}
	lines := func(t *testing.T, id string) []line {
		t.Helper()
		sc, err := scenarios.Load(id)
		if err != nil {
			t.Fatal(err)
		}
		var out []line
		for seed := uint64(1); seed <= 4; seed++ {
			for _, p := range []struct {
				name   string
				policy game.Policy
			}{{"historical", game.HistoricalPolicy}, {"ai", game.AIPolicy}} {
				g := game.New(sc, seed)
				if err := g.Run(p.policy); err != nil {
					t.Fatal(err)
				}
				out = append(out, line{fmt.Sprintf("%s line, seed %d", p.name, seed), g})
			}
		}
		return out
	}
	state := func(t *testing.T, g *game.Game, month string) *game.State {
		t.Helper()
		m := calendar.MustParse(month)
		for i, r := range g.Reports {
			if r.Date == m {
				return g.States[i+1]
			}
		}
		t.Fatalf("the line never reached %s", month)
		return nil
	}
	fired := func(g *game.Game, id string) string {
		for _, r := range g.Reports {
			for _, e := range r.Events {
				if e.ID == id {
					return r.Date.String()
				}
			}
		}
		return ""
	}

	t.Run("barthou-survives", func(t *testing.T) {
		for _, l := range lines(t, "barthou-survives") {
			if m := fired(l.g, "barthou-marseille"); m != "" {
				t.Errorf("%s: Barthou is murdered in %s", l.name, m)
			}
			if fm := state(t, l.g, "1934-10").Powers[game.France].ForeignMinister; fm != "Louis Barthou" {
				t.Errorf("%s: the Foreign Minister after Marseille is %s", l.name, fm)
			}
			if m := fired(l.g, "laval-foreign-minister"); m != "" {
				t.Errorf("%s: Laval succeeds Barthou as if he had died (%s)", l.name, m)
			}
		}
	})
	t.Run("military-convention", func(t *testing.T) {
		for _, l := range lines(t, "military-convention") {
			s := state(t, l.g, "1935-05")
			if s.Pact.Terms.Convention == "none" {
				t.Errorf("%s: the treaty signed in 1935 has no military convention", l.name)
			}
			if m := fired(l.g, "fr-1935-05-no-convention"); m != "" {
				t.Errorf("%s: the question of a convention after the signature still comes up (%s)", l.name, m)
			}
		}
	})
	t.Run("britain-stands-firm", func(t *testing.T) {
		for _, l := range lines(t, "britain-stands-firm") {
			if f := l.g.States[0].Powers[game.Britain].Lever("firmness"); f < 65 {
				t.Errorf("%s: Britain starts with firmness %d, below the threshold where it backs France", l.name, f)
			}
			if fired(l.g, "rhineland-remilitarised") != "1936-03" {
				continue
			}
			s := state(t, l.g, "1936-03")
			c := s.Crisis("rhineland")
			if c == nil || c.Rungs[game.Britain] < game.RungMobilise || c.Rungs[game.France] < game.RungMobilise {
				t.Errorf("%s: Britain and France do not stand firm in March 1936 (%+v)", l.name, c)
			}
		}
	})
	t.Run("belgium-keeps-alliance", func(t *testing.T) {
		for _, l := range lines(t, "belgium-keeps-alliance") {
			if !state(t, l.g, "1936-03").HasFlag("tie.franco_belgian") {
				t.Errorf("%s: Belgium ends the 1920 accord in March 1936", l.name)
			}
			if strings.HasPrefix(l.name, "historical") && !l.g.Current().HasFlag("tie.franco_belgian") {
				t.Errorf("%s: the alliance does not last the year on the scenario's historical line", l.name)
			}
		}
	})
	t.Run("rome-accords-fail", func(t *testing.T) {
		for _, l := range lines(t, "rome-accords-fail") {
			for _, s := range l.g.States {
				if s.HasFlag("tie.rome_accords") {
					t.Errorf("%s: the Rome accords are concluded (%s)", l.name, s.Date)
					break
				}
			}
			if m := fired(l.g, "it-1935-02-military-talks-france"); m != "" {
				t.Errorf("%s: Badoglio's staff talks happen without the accords (%s)", l.name, m)
			}
		}
	})
	t.Run("rhineland-1936", func(t *testing.T) {
		for _, l := range lines(t, "rhineland-1936") {
			s0 := l.g.States[0]
			if s0.Date.String() != "1936-02" || s0.Global.Rhineland != "demilitarised" || s0.Pact.Status != "signed" {
				t.Errorf("%s: starts in %s with the Rhineland %s and the pact %s", l.name, s0.Date, s0.Global.Rhineland, s0.Pact.Status)
			}
		}
	})
}
