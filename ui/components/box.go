package components

import (
	"strings"

	"charm.land/lipgloss/v2"

	"github.com/pactgame/pact/ui/theme"
)

// Box draws a panel of exactly w×h cells: a rounded border with the title set in its top edge,
// and the body inside with one column of padding on each side. Body lines are cut to fit. A
// focused panel's border takes the accent colour. The result is a list of lines.
func Box(t *theme.Theme, title string, body []string, w, h int, focused bool) []string {
	if t.Plain {
		// No frame: the title on a line of its own, then the body.
		lines := append([]string{t.Heading.Render(title + ":")}, body...)
		return Block(lines, max(w, 0), max(h, 0))
	}
	if w < 4 || h < 2 {
		return Block(nil, max(w, 0), max(h, 0))
	}
	bs := t.Border
	ts := t.Subheading
	if focused {
		bs, ts = t.BorderFocus, t.Heading
	}
	inner := w - 4
	var top string
	if title != "" && inner >= 3 {
		tt := Truncate(title, w-6)
		top = bs.Render("╭─ ") + ts.Render(tt) + bs.Render(" "+strings.Repeat("─", max(0, w-5-Width(tt)))+"╮")
	} else {
		top = bs.Render("╭" + strings.Repeat("─", w-2) + "╮")
	}
	out := make([]string, 0, h)
	out = append(out, top)
	side := bs.Render("│")
	for _, l := range Block(body, inner, h-2) {
		out = append(out, side+" "+l+" "+side)
	}
	out = append(out, bs.Render("╰"+strings.Repeat("─", w-2)+"╯"))
	return out
}

// Rule is a horizontal line of w cells with an optional label: "── Label ─────".
func Rule(t *theme.Theme, label string, w int) string {
	if t.Plain {
		if label == "" {
			return ""
		}
		return t.Heading.Render(Truncate(label+":", w))
	}
	if label == "" {
		return t.Faint.Render(strings.Repeat("─", max(w, 0)))
	}
	label = Truncate(label, max(w-4, 1))
	rest := max(0, w-3-Width(label))
	return t.Faint.Render("── ") + t.Heading.Render(label) + t.Faint.Render(" "+strings.Repeat("─", max(rest-1, 0)))
}

// Join joins lines into one string.
func Join(lines []string) string { return strings.Join(lines, "\n") }

// Style is re-exported so that screens can name lipgloss styles without importing lipgloss only
// for the type.
type Style = lipgloss.Style
