// Package debrief writes the post-mortem of a Pact game as a Markdown document a student can hand
// in: the outcome and the scores, the treaty's fate, the key decisions with their consequences, and
// the month-by-month divergence from history with the real course of events, its sources and a
// bibliography.
//
// It owns the debrief's content and layout. Its API is two functions: Markdown, which writes the
// debrief of a played line set beside the historical line, and ForRecord, which replays a line of a
// record (hash-checked) and the historical line, then calls Markdown. The output is deterministic:
// no clock, no map order, so the same game always gives the same document.
//
// It imports game, game/record, game/treaty and assets; never cmd, and no file I/O (callers write
// the document where they want it).
package debrief
