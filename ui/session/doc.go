// Package session is a campaign being played in the terminal: the scenario, the game, its record
// (the save), the month open for orders and the orders the player has chosen so far. It turns the
// player's plain choices (decision ids) into the engine's orders, adds the AI's orders for the
// other powers, plays the month, and keeps the record's current line up to date.
//
// It holds no game rule: what is legal, what it costs and what it does come from the engine
// (Turn.Choices, Turn.Check, Game.Apply). It knows nothing of Bubble Tea; the expensive work
// (forecasts, the historical line, replaying a record) is in plain functions that the user
// interface runs in its commands. It imports game, game/record and ui/saves; game never imports it.
package session
