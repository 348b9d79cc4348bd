package treaty

import (
	"testing"

	"github.com/pactgame/pact/game/calendar"
)

// BenchmarkRule is one ruling with its trace: the Rhineland-era case of a German attack on the
// USSR, with the Locarno brake weighed (target ≤ 20 µs/op).
func BenchmarkRule(b *testing.B) {
	s := Situation{Date: calendar.Of(1936, 6), Victim: "ussr", Aggressor: "germany", Kind: "attack", Unprovoked: true,
		Locarno: &Locarno{Britain: "oppose"}}
	b.ReportAllocs()
	for b.Loop() {
		if r := Rule(s); len(r.Trace) == 0 {
			b.Fatal("empty trace")
		}
	}
}

// BenchmarkRatification is a full Chamber vote, 605 seats drawn one by one (target ≤ 50 µs/op).
func BenchmarkRatification(b *testing.B) {
	c, t := ReferenceClimate(), HistoricalTerms()
	r := seeded(1)
	b.ReportAllocs()
	for b.Loop() {
		if v := VoteOn(France, Chamber, c, t, r); v.For+v.Against+v.Abstain != 605 {
			b.Fatal("seats lost")
		}
	}
}
