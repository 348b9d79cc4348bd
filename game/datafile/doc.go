// Package datafile decodes Pact's YAML data files — scenarios, records, encyclopedia entries —
// strictly, with the position of every problem: errors read FILE:LINE:COL: message, and a decode
// reports every problem of a file in one pass, sorted, not just the first.
//
// It owns positions (Pos), error lists (ErrorList), the strict reflective decoder (Decode) and the
// excerpt-with-caret rendering of an error. It parses bytes it is given and does no I/O; it imports
// the standard library and github.com/goccy/go-yaml only, never the engine.
package datafile
