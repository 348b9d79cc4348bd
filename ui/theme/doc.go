// Package theme is the one place where Pact's terminal interface gets its looks: a semantic
// palette (the six powers' colours, the minor states, tension, ally, rival, subtle, warning) in a
// dark and a light variant, and every style the screens use, built from that palette.
//
// Components receive a *Theme and never write a colour of their own. The theme also says how the
// map is drawn when colours are not available (NO_COLOR, a dumb terminal): with distinct glyphs.
// It imports game only for the power type; game never imports it.
package theme
