package treaty_test

import (
	"fmt"
	"math/rand/v2"

	"github.com/pactgame/pact/game/calendar"
	"github.com/pactgame/pact/game/treaty"
)

// A German attack on France in April 1936, with the pact in force on its historical terms.
func ExampleRule() {
	s, err := treaty.ParseSituation("example", []byte(`{"date": "1936-04", "victim": "france",
		"aggressor": "germany", "kind": "attack", "unprovoked": true, "league": {"council": "no_unanimity"}}`))
	if err != nil {
		fmt.Println(err)
		return
	}
	r := treaty.Rule(s)
	fmt.Println(r.Obligation, r.Articles)
	fmt.Println(r.Summary)
	fmt.Println(r.Deliverable.Possible)
	// Output:
	// assistance [art2 covenant-15-7 covenant-17]
	// The USSR must immediately aid and assist France: the Council failed to agree (Art. 2, Covenant Arts. 15(7) and 17(1)).
	// false
}

// The pact's road from talks to entry into force, with the Chamber's vote counted by group.
func ExamplePact_Apply() {
	r := rand.New(rand.NewPCG(1936, 2))
	p := treaty.New()
	steps := []treaty.Action{
		{Kind: treaty.ActOpenTalks, Date: calendar.Of(1934, 5), Terms: treaty.Terms{Kind: treaty.Bilateral}},
		{Kind: treaty.ActAgree, Date: calendar.Of(1935, 4)},
		{Kind: treaty.ActSign, Date: calendar.Of(1935, 5)},
	}
	for _, a := range steps {
		p, _ = p.Apply(a)
	}
	chamber := treaty.VoteOn(treaty.France, treaty.Chamber, treaty.ReferenceClimate(), p.Terms, r)
	p, _ = p.Apply(treaty.Action{Kind: treaty.ActRecordVote, Date: calendar.Of(1936, 2), Vote: &chamber})
	fmt.Println(p.Status, chamber.Passed, chamber.For > chamber.Against)
	_, err := p.Apply(treaty.Action{Kind: treaty.ActExchange, Date: calendar.Of(1936, 3)})
	fmt.Println(err)
	// Output:
	// signed true true
	// treaty: cannot exchange while the pact is signed: ratifications are exchanged only when both parties have ratified (Art. 5)
}
