// Package record is Pact's game record: the save file, the replay file and the branch tree in one
// human-readable YAML document. A record holds the scenario and its version, the seed, the powers
// played by people, and a tree of lines — "main" and named branches, each forking from a parent
// line before a month — with, for every month of every line, the orders of every power and the
// hash of the state that followed. Replaying a record re-plays every line and checks every hash.
//
// It owns the record format (docs/records.md), its canonical writer (the same game always writes
// the same bytes), its strict reader and the replay, branch and compare operations. It does no I/O:
// files are read and written by the callers (cmd/pact, ui). It imports game, game/calendar and
// game/datafile; never ui or cmd.
package record
