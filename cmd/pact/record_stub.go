package main

import "github.com/pactgame/pact/game"

// writeRecord is filled in by the records issue.
func writeRecord(path string, g *game.Game, players []game.Power, historical bool) error {
	return usageErr("--record is not available yet")
}
