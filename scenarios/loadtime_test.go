package scenarios_test

import (
	"testing"

	"github.com/pactgame/pact/scenarios"
)

// BenchmarkParseCampaign compiles the full campaign: the cost of the game's start.
func BenchmarkParseCampaign(b *testing.B) {
	data, _ := scenarios.Source("pact-1934.yaml")
	for b.Loop() {
		if _, errs := scenarios.Parse("pact-1934.yaml", data, scenarios.Options{}); len(errs) > 0 {
			b.Fatal(errs)
		}
	}
}
