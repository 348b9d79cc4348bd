// Package art is Pact's terminal art as data: the title lettering and the map of Europe in 1934,
// embedded from the text files beside this one (title.txt, europe.txt) so that an artist edits a
// picture, not Go code.
//
// It owns those files and their small parser; it says what the cells of the map are (a region code
// per cell, labels, hotspots) but not how they look — colours and glyphs are the user interface's
// (ui/theme, ui/screens). It imports only the standard library: never the engine (game) or the
// user interface (ui), which read it.
package art
