package screens

import (
	tea "charm.land/bubbletea/v2"

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
	m := e.Render(t, st)
	mw := 48
	if w >= mw+2+24 {
		legend := e.Legend(t, st, w-mw-2)
		return c.Beside(2, m, legend)
	}
	return append(append([]string{}, m...), e.Legend(t, st, w)...)
}

func (m *MapPanel) key(ctx *Ctx, k tea.KeyPressMsg, keys PlayKeys) Action { return nil }
func (m *MapPanel) click(ctx *Ctx, x, y, w, h int) Action                 { return nil }
func (m *MapPanel) scroll(n int)                                          {}
