package screens

import (
	"strings"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	c "github.com/pactgame/pact/ui/components"
)

// studyFrame is what the list-and-text study screens share: a list on the left, a text on the
// right (or the list above the text when the terminal is narrow), the keys to move between the
// study screens, and esc to go back.
type studyFrame struct {
	nav   StudyNav
	list  List
	text  Scroller
	w, h  int
	plain bool // the plain layout, as last drawn
}

// studyKey handles the keys every list-and-text study screen answers the same way; it reports
// whether the key was used.
func (f *studyFrame) studyKey(k tea.KeyPressMsg, rows []Row) (Action, bool) {
	keys := f.nav
	switch {
	case key.Matches(k, keys.Up):
		f.list.Move(rows, -1)
		f.text = Scroller{}
	case key.Matches(k, keys.Down):
		f.list.Move(rows, 1)
		f.text = Scroller{}
	case key.Matches(k, keys.Top):
		f.list.Home(rows)
		f.text = Scroller{}
	case key.Matches(k, keys.Bottom):
		f.list.End(rows)
		f.text = Scroller{}
	case key.Matches(k, keys.PageDown):
		f.text.By(10)
	case key.Matches(k, keys.PageUp):
		f.text.By(-10)
	default:
		return keys.navigate(k)
	}
	return nil, true
}

// mouse handles the wheel and clicks on the list of a study screen laid out by splitLayout below
// a header of top lines.
func (f *studyFrame) mouse(msg tea.Msg, rows []Row, top int) {
	switch msg := msg.(type) {
	case tea.MouseWheelMsg:
		if msg.Button == tea.MouseWheelDown {
			f.text.By(3)
		} else if msg.Button == tea.MouseWheelUp {
			f.text.By(-3)
		}
	case tea.MouseClickMsg:
		sp := splitLayout(f.plain, f.w-4, f.h-2-top, len(rows))
		x, y := msg.X-2, msg.Y-1-top
		if x >= 0 && x < sp.listW && y >= 0 && y < sp.listH {
			if f.list.Click(rows, y, sp.listH) {
				f.text = Scroller{}
			}
		}
	}
}

// frame draws a study screen: a box with a title, optional header lines, and the list beside (or
// above) the detail.
func (f *studyFrame) frame(ctx *Ctx, title string, head []string, rows []Row, detail func(Row, int) []string, w, h int) string {
	t := ctx.Theme
	iw, ih := w-4, h-2
	bh := ih - len(head)
	f.plain = t.Plain
	sp := splitLayout(t.Plain, iw, bh, len(rows))
	list := f.list.Render(t, rows, sp.listW, sp.listH, true)
	var d []string
	if r, ok := f.list.Selected(rows); ok {
		d = detail(r, sp.detailW)
	}
	body := append(append([]string{}, head...), renderSplit(t, sp, list, f.text.View(t, d, sp.detailW, sp.detailH), iw, bh)...)
	return strings.Join(c.Box(t, title, body, w, h, true), "\n")
}

// detailWidth is the width of the detail pane of a frame drawn at w×h below top header lines.
func (f *studyFrame) detailSize(w, h, top, rows int) (int, int) {
	sp := splitLayout(f.plain, w-4, h-2-top, rows)
	return sp.detailW, sp.detailH
}
