package session

import (
	"github.com/pactgame/pact/game"
)

// Forecasts plays the forecast of every choice open to power p in the month that starts with
// state st: a fresh turn of its own (so that it shares nothing with the turn in play), each choice
// forecast by the engine's seeded rollouts. It takes a few milliseconds per choice; run it in a
// command, never in Update.
//
// stop, when not nil, is asked before each choice: when it says the forecasts are no longer
// wanted (the month has been played meanwhile), Forecasts returns nil at once.
func Forecasts(sc *game.Scenario, st *game.State, p game.Power, stop func() bool) map[string]*game.Forecast {
	t, err := game.Begin(sc, st)
	if err != nil {
		return nil
	}
	out := map[string]*game.Forecast{}
	for _, c := range t.Choices(p) {
		if stop != nil && stop() {
			return nil
		}
		if c.Kind == game.ChoiceCrisis && c.Current {
			continue // standing where one stands changes nothing
		}
		if f, err := t.Forecast(p, c.ID); err == nil {
			out[c.ID] = f
		}
	}
	return out
}

// History plays the scenario's historical line with the seed: every power takes its documented
// historical choices. It is what the end screen, the history view and the debrief compare with.
func History(sc *game.Scenario, seed uint64) (*game.Game, error) {
	h := game.New(sc, seed)
	if err := h.Run(game.HistoricalPolicy); err != nil {
		return nil, err
	}
	return h, nil
}
