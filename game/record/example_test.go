package record_test

import (
	"fmt"

	"github.com/pactgame/pact/game"
	"github.com/pactgame/pact/game/calendar"
	"github.com/pactgame/pact/game/record"
	"github.com/pactgame/pact/scenarios"
)

// A game played, recorded, branched, written, read back and replayed: the record is the save.
func Example() {
	sc, err := scenarios.Load("pact-1934")
	if err != nil {
		panic(err)
	}
	g := game.New(sc, 3)
	for range 6 { // January to June 1934, every power by its AI
		if _, err := g.Step(game.AIPolicy); err != nil {
			panic(err)
		}
	}
	r := record.New(g, []game.Power{game.France}, false)
	seed := uint64(99)
	if _, err := r.Branch(sc, record.MainLine, "alt", calendar.MustParse("1934-04"), nil, &seed, game.AIPolicy); err != nil {
		panic(err)
	}
	data := r.Marshal()
	back, errs := record.Parse("example.rec", data)
	if len(errs) > 0 {
		panic(errs)
	}
	results, err := back.Replay(sc)
	fmt.Println("replays:", err == nil)
	for _, res := range results {
		fmt.Printf("%s: %d months\n", res.Line, res.Turns)
	}
	fmt.Println("the same bytes again:", string(back.Marshal()) == string(data))
	// Output:
	// replays: true
	// main: 6 months
	// alt: 36 months
	// the same bytes again: true
}
