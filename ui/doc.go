// Package ui is Pact's terminal interface (Bubble Tea v2): the one root model that holds the
// screens, the campaign in play and the terminal's size and colours, applies the typed actions
// the screens return (choose a decision, end the month, open a screen), and does every piece of
// I/O and expensive work — saving, loading, forecasting, playing the historical line — in
// commands, never in Update.
//
// The screens are in ui/screens, their building blocks in ui/components, the looks in ui/theme,
// the campaign (game, record, orders) in ui/session and the files in ui/saves. The interface
// holds no game rule: it sends the engine plain decision ids and renders its state. It imports
// game; game never imports it.
package ui
