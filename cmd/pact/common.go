package main

import (
	"encoding/json"
	"io"

	"github.com/pactgame/pact/game"
	"github.com/pactgame/pact/scenarios"
)

// loadScenario loads a shipped scenario, or reports a usage error naming the known ones.
func loadScenario(id string) (*game.Scenario, error) {
	sc, err := scenarios.Load(id)
	if err != nil {
		if _, ok := err.(interface{ Lines() string }); ok {
			// A shipped scenario that does not compile is a bug, not a usage error.
			return nil, checkErr("%v", err)
		}
		return nil, usageErr("%s", trimPrefix(err.Error(), "scenarios: "))
	}
	return sc, nil
}

// parsePower reads a --power flag.
func parsePower(s string) (game.Power, error) {
	p, err := game.ParsePower(s)
	if err != nil {
		return 0, usageErr("%s", trimPrefix(err.Error(), "game: "))
	}
	return p, nil
}

func trimPrefix(s, p string) string {
	if len(s) >= len(p) && s[:len(p)] == p {
		return s[len(p):]
	}
	return s
}

// writeJSON prints v as indented JSON.
func writeJSON(w io.Writer, v any) error {
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	return enc.Encode(v)
}
