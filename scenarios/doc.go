// Package scenarios holds Pact's scenario files (embedded with go:embed) and the loader that turns
// one into a game.Scenario: it decodes the YAML strictly, checks every reference across the file
// (powers, fields, events, decisions, crises, dossiers), compiles every condition and effect against
// the scenario's own state, and reports every problem at once as FILE:LINE:COL: message.
//
// It owns the scenario file format (docs/scenarios.md documents it). It imports game and
// game/datafile; it must not import ui or cmd, and game must never import it.
package scenarios
