package screens

import (
	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
)

// monthPanel is the list and detail of a main-screen panel whose rows are the month's (the
// dispatches, the council): it starts afresh each month and moves by the common keys.
type monthPanel struct {
	list   List
	detail Scroller
	month  string
}

// sync starts the list afresh each month.
func (m *monthPanel) sync(ctx *Ctx) {
	if date := ctx.S.State().Date.String(); date != m.month {
		m.month, m.list, m.detail = date, List{}, Scroller{}
	}
}

// navigate moves the selection or scrolls the detail by the common keys; it reports whether the
// key was one of them.
func (m *monthPanel) navigate(k tea.KeyPressMsg, keys CommonKeys, rows []Row) bool {
	switch {
	case key.Matches(k, keys.Up):
		m.list.Move(rows, -1)
		m.detail = Scroller{}
	case key.Matches(k, keys.Down):
		m.list.Move(rows, 1)
		m.detail = Scroller{}
	case key.Matches(k, keys.Top):
		m.list.Home(rows)
	case key.Matches(k, keys.Bottom):
		m.list.End(rows)
	case key.Matches(k, keys.PageDown):
		m.detail.By(8)
	case key.Matches(k, keys.PageUp):
		m.detail.By(-8)
	default:
		return false
	}
	return true
}
