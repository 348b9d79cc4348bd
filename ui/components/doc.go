// Package components holds the small building blocks of Pact's screens: text that wraps and
// clips to a width, bordered panels with a title, meters and trend marks, scrolling windows over
// long lists, a one-line text field, and the map of Europe drawn from the state.
//
// Components take their styles from a *theme.Theme and never choose a colour themselves. Every
// function that draws at a size returns lines no wider than that size, so a screen built from them
// never overflows the terminal. It imports game (to read the state for the map) and ui/theme;
// game never imports it.
package components
