// Package screens holds the screens of Pact's terminal interface: the title, the new game, the
// main screen with its panels (dispatches, council, report, powers, crises, the map), the end of
// the campaign, and the study screens (the Treaty lab, the Encyclopedia, the History view and the
// Records).
//
// A screen is a plain struct. It renders itself at a given size from the session it is shown
// (read only) and answers keys and mouse clicks with a typed Action — "choose this decision",
// "end the month", "open the council" — that the root model (package ui) applies. Screens never
// change the game, never do I/O and never compute anything expensive. Each screen has its own
// keymap whose bindings carry their help. It imports game (to read the state), ui/session,
// ui/theme and ui/components; game never imports it.
package screens
