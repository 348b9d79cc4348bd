package screens

import (
	"strings"

	c "github.com/pactgame/pact/ui/components"
	"github.com/pactgame/pact/ui/theme"
)

// Row is one line of a list: a selectable item or a section header.
type Row struct {
	Key    string // what the row stands for ("c:fr-propose-pact", "e:event-id"); "" for a header
	Header bool
	Mark   string // a short mark before the title: "[✓]", "( )", "!"
	Title  string
	Right  string // right-aligned: the price, markers
	Dim    bool   // closed, unavailable
	Style  *c.Style
}

// List is a cursor over rows: it skips headers and scrolls to keep the cursor in view.
type List struct {
	Cursor int // index into the rows
	First  int // first row shown
}

func selectable(rows []Row, i int) bool { return i >= 0 && i < len(rows) && !rows[i].Header }

// Fix puts the cursor on a selectable row (the nearest one after it, else before it).
func (l *List) Fix(rows []Row) {
	if len(rows) == 0 {
		l.Cursor = 0
		return
	}
	l.Cursor = min(max(l.Cursor, 0), len(rows)-1)
	for i := l.Cursor; i < len(rows); i++ {
		if selectable(rows, i) {
			l.Cursor = i
			return
		}
	}
	for i := l.Cursor; i >= 0; i-- {
		if selectable(rows, i) {
			l.Cursor = i
			return
		}
	}
}

// Move moves the cursor by d selectable rows.
func (l *List) Move(rows []Row, d int) {
	l.Fix(rows)
	step := 1
	if d < 0 {
		step, d = -1, -d
	}
	for ; d > 0; d-- {
		for i := l.Cursor + step; i >= 0 && i < len(rows); i += step {
			if selectable(rows, i) {
				l.Cursor = i
				break
			}
		}
	}
}

// Home and End put the cursor on the first or last selectable row.
func (l *List) Home(rows []Row) { l.Cursor = 0; l.Fix(rows) }
func (l *List) End(rows []Row) {
	l.Cursor = len(rows) - 1
	for l.Cursor > 0 && !selectable(rows, l.Cursor) {
		l.Cursor--
	}
}

// Selected is the row under the cursor.
func (l *List) Selected(rows []Row) (Row, bool) {
	l.Fix(rows)
	if !selectable(rows, l.Cursor) {
		return Row{}, false
	}
	return rows[l.Cursor], true
}

// Select puts the cursor on the row with the key, if there is one.
func (l *List) Select(rows []Row, key string) bool {
	for i, r := range rows {
		if r.Key == key && !r.Header {
			l.Cursor = i
			return true
		}
	}
	return false
}

// Click selects the row shown at line y of a list drawn h lines high; it reports whether a row
// was hit.
func (l *List) Click(rows []Row, y, h int) bool {
	first := c.Window(len(rows), l.Cursor, h, l.First)
	i := first + y
	if y < 0 || y >= h || !selectable(rows, i) {
		return false
	}
	l.Cursor = i
	return true
}

// Render draws the rows in w×h cells, the cursor's row highlighted.
func (l *List) Render(t *theme.Theme, rows []Row, w, h int, focused bool) []string {
	l.Fix(rows)
	l.First = c.Window(len(rows), l.Cursor, h, l.First)
	out := make([]string, 0, h)
	for i := l.First; i < len(rows) && len(out) < h; i++ {
		r := rows[i]
		if r.Header {
			out = append(out, c.Truncate(t.Heading.Render(r.Title), w))
			continue
		}
		cur := i == l.Cursor
		right := r.Right
		rw := c.Width(right)
		markW := 0
		if r.Mark != "" {
			markW = c.Width(r.Mark) + 1
		}
		titleW := max(w-2-markW-rw-1, 4)
		if rw == 0 {
			titleW = w - 2 - markW
		}
		title := c.Pad(r.Title, titleW)
		style := t.Text
		if r.Style != nil {
			style = *r.Style
		}
		if r.Dim {
			style = t.Disabled
		}
		var sb strings.Builder
		if cur {
			sb.WriteString(t.Cursor.Render("▸ "))
		} else {
			sb.WriteString("  ")
		}
		if r.Mark != "" {
			sb.WriteString(r.Mark + " ")
		}
		if cur && focused {
			sb.WriteString(t.Selected.Render(title))
		} else {
			sb.WriteString(style.Render(title))
		}
		if rw > 0 {
			sb.WriteString(" " + right)
		}
		out = append(out, c.Truncate(sb.String(), w))
	}
	return out
}

// Scroller is a scroll offset over a long text.
type Scroller struct{ Offset int }

// View shows h lines of the text from the offset, with a mark when more lies below.
func (s *Scroller) View(t *theme.Theme, lines []string, w, h int) []string {
	if h <= 0 {
		return nil
	}
	s.Offset = c.Scroll(s.Offset, len(lines), h)
	end := min(len(lines), s.Offset+h)
	out := append([]string(nil), lines[s.Offset:end]...)
	if end < len(lines) && len(out) > 0 {
		more := t.Faint.Render(c.PadLeft("▼ more: pgdn/J", w))
		out[len(out)-1] = more
	}
	if s.Offset > 0 && len(out) > 1 {
		out[0] = t.Faint.Render(c.PadLeft("▲ pgup/K", w))
	}
	return out
}

// By scrolls by n lines.
func (s *Scroller) By(n int) { s.Offset = max(0, s.Offset+n) }

// split lays out a list and a detail pane in w×h: side by side when there is room, else the list
// above the detail. It returns the two sizes and whether they are side by side.
type split struct {
	side             bool
	listW, listH     int
	detailX, detailY int
	detailW, detailH int
}

func splitLayout(plain bool, w, h, listRows int) split {
	if w >= 84 && !plain {
		lw := min(max(w*2/5, 36), 56)
		return split{side: true, listW: lw, listH: h, detailX: lw + 3, detailY: 0, detailW: w - lw - 3, detailH: h}
	}
	lh := min(max(listRows, 3), max(h*2/5, 4))
	return split{listW: w, listH: lh, detailX: 0, detailY: lh + 1, detailW: w, detailH: max(h-lh-1, 0)}
}

// renderSplit draws list and detail in their places.
func renderSplit(t *theme.Theme, sp split, list, detail []string, w, h int) []string {
	if sp.side {
		left := c.Block(list, sp.listW, h)
		right := c.Block(detail, sp.detailW, h)
		out := make([]string, h)
		bar := t.Faint.Render(" │ ")
		for i := range h {
			out[i] = left[i] + bar + right[i]
		}
		return out
	}
	out := c.Block(list, w, sp.listH)
	out = append(out, c.Rule(t, "", w)) // blank in the plain layout
	out = append(out, c.Block(detail, w, sp.detailH)...)
	return out
}
