package components

import (
	"strings"

	"github.com/pactgame/pact/ui/theme"
)

// Meter draws a value on a scale as a bar of w cells: "█████░░░░░".
func Meter(t *theme.Theme, v, lo, hi, w int, fill Style) string {
	if w <= 0 || t.Plain {
		return ""
	}
	if hi <= lo {
		hi = lo + 1
	}
	n := (min(max(v, lo), hi) - lo) * w / (hi - lo)
	return fill.Render(strings.Repeat("█", n)) + t.Faint.Render(strings.Repeat("░", w-n))
}

// Trend is a one-cell mark of how a value moved: ▲ up, ▼ down, · unchanged; coloured by whether
// the move is good for the player (good says whether a rise is).
func Trend(t *theme.Theme, delta int, good bool) string {
	switch {
	case delta > 0:
		return t.Delta(delta, good).Render("▲")
	case delta < 0:
		return t.Delta(delta, good).Render("▼")
	}
	return t.Faint.Render("·")
}

// Change writes a change as "+3" or "−2" in the colour of good or bad news.
func Change(t *theme.Theme, delta int, good bool) string {
	return t.Delta(delta, good).Render(Signed(delta))
}
