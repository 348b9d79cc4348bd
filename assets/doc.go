// Package assets is Pact's reference library as data: the bibliography (sources.yaml), the dossiers
// that tell what really happened at each historical event and decision point (dossiers/*.yaml), and
// the encyclopedia of people, institutions, treaties, concepts and places (encyclopedia/*.yaml).
//
// It owns those files, embedded with go:embed, and their loader: every file is decoded strictly by
// game/datafile, so an unknown key, a wrong type, an unresolved link ([[id]]), an unknown source or a
// malformed date is an error located as FILE:LINE:COL. Library returns the shipped library, loaded
// once; LoadFS and CheckDir load and check other copies (tests, `pact validate`). It also renders
// entries (Plain, Markdown), formats citations and searches entries by fuzzy match.
//
// What the library says is history, written in our own words from the project's history files; it
// cites works (author, title, date, place in the work), never the web site where a copy was read.
// For a tertiary (web) source, a Source's year is the year it was accessed.
//
// The legal texts themselves (the treaty, the Covenant, Locarno, Versailles) live in game/treaty;
// entries name them by id only (LegalTextIDs).
//
// Imports: the standard library, game/datafile and github.com/sahilm/fuzzy. Never the engine (game),
// the treaty module or the user interface (ui): they read this package, not the other way round.
package assets
