package screens

import (
	"fmt"
	"strings"

	tea "charm.land/bubbletea/v2"

	"github.com/pactgame/pact/game"

	c "github.com/pactgame/pact/ui/components"
)

// MapPanel shows the map of Europe with its legend (in the narrow layout, where the map has no
// column of its own).
type MapPanel struct{ europe c.Europe }

func (m *MapPanel) title(ctx *Ctx) string { return "Europe · " + ctx.S.State().Date.Name() }

func (m *MapPanel) view(ctx *Ctx, w, h int) []string { return mapBlock(ctx, &m.europe, w, h) }

// mapBlock draws the map with its legend beside it (when there is room) or below it.
func mapBlock(ctx *Ctx, e *c.Europe, w, h int) []string {
	t, st := ctx.Theme, ctx.S.State()
	if t.Plain {
		// The picture says nothing to a screen reader: the legend and the relations say it all.
		return append(e.Legend(t, st, w), relationLines(ctx, w)...)
	}
	m := e.Render(t, st)
	mw := 48
	if w >= mw+2+24 {
		legend := e.Legend(t, st, w-mw-2)
		return c.Beside(2, m, legend)
	}
	out := append(append([]string{}, m...), e.Legend(t, st, w)...)
	if rel := relationLines(ctx, w); h-len(out) >= len(rel) {
		out = append(out, rel...)
	}
	return out
}

// relationLines shows the player's relations with each power as a meter from enmity to alliance,
// with the change since last month.
func relationLines(ctx *Ctx, w int) []string {
	t, s := ctx.Theme, ctx.S
	st, prev := s.State(), s.Previous()
	if prev == nil {
		prev = st
	}
	out := []string{c.Rule(t, s.Player.Adjective()+" relations", w)}
	barW := max(w-20, 6)
	for _, q := range game.Powers {
		if q == s.Player {
			continue
		}
		v := st.Relations.Get(s.Player, q)
		d := v - prev.Relations.Get(s.Player, q)
		half := barW / 2
		n := abs(v) * half / 100
		var bar string
		switch {
		case t.Plain:
			bar = ""
		case v >= 0:
			bar = t.Faint.Render(strings.Repeat("·", half)+"│") + t.Relation(v).Render(strings.Repeat("█", n)) + t.Faint.Render(strings.Repeat("·", half-n))
		default:
			bar = t.Faint.Render(strings.Repeat("·", half-n)) + t.Relation(v).Render(strings.Repeat("█", n)) + t.Faint.Render("│"+strings.Repeat("·", half))
		}
		out = append(out, c.Truncate(c.Pad(t.PowerBold(q).Render(q.Short()), 9)+bar+" "+t.Relation(v).Render(c.PadLeft(fmt.Sprint(v), 4))+trend(t, d, true, true), w))
	}
	return out
}

func abs(x int) int { return max(x, -x) }

func (m *MapPanel) key(ctx *Ctx, k tea.KeyPressMsg, keys PlayKeys) Action { return nil }
func (m *MapPanel) click(ctx *Ctx, x, y, w, h int) Action                 { return nil }
func (m *MapPanel) scroll(n int)                                          {}
