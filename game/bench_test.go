package game_test

import (
	"testing"

	"github.com/pactgame/pact/game"
	"github.com/pactgame/pact/scenarios"
)

func loadCampaign(b testing.TB) *game.Scenario {
	b.Helper()
	sc, err := scenarios.Load("pact-1934")
	if err != nil {
		b.Fatal(err)
	}
	return sc
}

// BenchmarkCampaign plays a full 36-month campaign, every power by its AI, one seed.
func BenchmarkCampaign(b *testing.B) {
	sc := loadCampaign(b)
	b.ReportAllocs()
	for b.Loop() {
		g := game.New(sc, 1)
		if err := g.Run(game.AIPolicy); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkTurn plays one month (Begin, every AI's orders, Resolve) from the start of 1935.
func BenchmarkTurn(b *testing.B) {
	sc := loadCampaign(b)
	g := game.New(sc, 1)
	for g.Current().Date.String() != "1935-01" {
		if _, err := g.Step(game.AIPolicy); err != nil {
			b.Fatal(err)
		}
	}
	s := g.Current()
	b.ReportAllocs()
	for b.Loop() {
		t, err := game.Begin(sc, s)
		if err != nil {
			b.Fatal(err)
		}
		if _, _, err := t.Resolve(game.OrdersFor(t, game.AIPolicy)); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkHash hashes a mid-campaign state.
func BenchmarkHash(b *testing.B) {
	sc := loadCampaign(b)
	g := game.New(sc, 1)
	for range 24 {
		if _, err := g.Step(game.AIPolicy); err != nil {
			b.Fatal(err)
		}
	}
	s := g.Current()
	b.ReportAllocs()
	for b.Loop() {
		_ = s.Hash()
	}
}

// BenchmarkOptions forecasts every option of France in April 1935 (the treaty's terms month).
func BenchmarkOptions(b *testing.B) {
	sc := loadCampaign(b)
	g := game.New(sc, 1)
	for g.Current().Date.String() != "1935-04" {
		if _, err := g.Step(game.HistoricalPolicy); err != nil {
			b.Fatal(err)
		}
	}
	t, err := g.Begin()
	if err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	for b.Loop() {
		for _, c := range t.Choices(game.France) {
			if _, err := t.Forecast(game.France, c.ID); err != nil {
				b.Fatal(err)
			}
		}
	}
}
