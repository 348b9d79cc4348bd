package components

import (
	"fmt"
	"strings"

	"github.com/pactgame/pact/game/calendar"
	"github.com/pactgame/pact/ui/theme"
)

// Series is one line of a chart: a value for each month from the chart's first month on (a
// series may be shorter than the chart: the months it has not reached are left blank).
type Series struct {
	Name   string
	Values []int
	Style  Style
	// Dotted draws the line with every other dot, so that two lines are told apart without
	// colour (history is dotted, the line played is solid).
	Dotted bool
}

// ChartSpec is what a chart shows: its series (the first is drawn on top), the value range, the
// months, an optional reference line (a majority, a threshold) and the month under the cursor.
type ChartSpec struct {
	Series []Series
	Lo, Hi int
	Start  calendar.Month // the month of each series' first value
	Months int            // how many months the x axis spans
	Ref    *int           // a horizontal reference line, if any
	Cursor int            // the month marked with a vertical bar; -1 for none
}

// brailleBit is the dot of a braille cell at column x (0–1) and row y (0–3).
var brailleBit = [2][4]rune{{0x01, 0x02, 0x04, 0x40}, {0x08, 0x10, 0x20, 0x80}}

// Chart draws a line chart in w×h cells: a value axis on the left, the series in braille dots
// (two columns and four rows of dots a cell), the years along the bottom. Where several series
// share a cell it takes the colour of the first. The lines returned are exactly w cells wide.
func Chart(t *theme.Theme, sp ChartSpec, w, h int) []string {
	num := func(v int) string { return strings.Replace(fmt.Sprint(v), "-", "−", 1) }
	labelW := max(Width(num(sp.Lo)), Width(num(sp.Hi)), 3)
	axisW := labelW + 2 // "100 ┤"
	pw, ph := w-axisW, h-2
	if pw < 4 || ph < 2 || sp.Months < 1 || sp.Hi <= sp.Lo {
		return Block(nil, w, h)
	}
	dw, dh := pw*2, ph*4
	// owner[cell] is the index of the series that colours the cell (-1 none); dots the braille bits.
	dots := make([]rune, pw*ph)
	owner := make([]int, pw*ph)
	for i := range owner {
		owner[i] = -1
	}
	xOf := func(m int) int {
		if sp.Months == 1 {
			return 0
		}
		return m * (dw - 1) / (sp.Months - 1)
	}
	yOf := func(v int) int {
		v = min(max(v, sp.Lo), sp.Hi)
		return (sp.Hi - v) * (dh - 1) / (sp.Hi - sp.Lo)
	}
	set := func(x, y, s int) {
		if x < 0 || y < 0 || x >= dw || y >= dh {
			return
		}
		c := (y/4)*pw + x/2
		dots[c] |= brailleBit[x%2][y%4]
		if owner[c] < 0 || s < owner[c] {
			owner[c] = s
		}
	}
	// The series are drawn last first, so that the first one's colour wins where they meet.
	for si := len(sp.Series) - 1; si >= 0; si-- {
		s := sp.Series[si]
		n := min(len(s.Values), sp.Months)
		for m := 0; m < n; m++ {
			x0, y0 := xOf(m), yOf(s.Values[m])
			if m+1 >= n {
				set(x0, y0, si)
				break
			}
			x1, y1 := xOf(m+1), yOf(s.Values[m+1])
			for x := x0; x <= x1; x++ {
				// The line between the two months, with the vertical run at each step filled so
				// that steep changes stay connected.
				ya := y0 + (y1-y0)*(x-x0)/max(1, x1-x0)
				yb := y0 + (y1-y0)*(x+1-x0)/max(1, x1-x0)
				if x == x1 {
					yb = ya
				}
				lo, hi := min(ya, yb), max(ya, yb)
				for y := lo; y <= hi; y++ {
					if s.Dotted && (x+y)%2 == 1 {
						continue
					}
					set(x, y, si)
				}
			}
		}
	}
	refRow := -1
	if sp.Ref != nil {
		refRow = yOf(*sp.Ref) / 4
	}
	curCol := -1
	if sp.Cursor >= 0 && sp.Cursor < sp.Months {
		curCol = xOf(sp.Cursor) / 2
	}
	mid := (sp.Lo + sp.Hi) / 2
	midRow := yOf(mid) / 4
	out := make([]string, 0, h)
	for row := 0; row < ph; row++ {
		// The value axis: a label at the top, the middle and the bottom.
		label := ""
		switch row {
		case 0:
			label = num(sp.Hi)
		case midRow:
			label = num(mid)
		case ph - 1:
			label = num(sp.Lo)
		}
		label = PadLeft(label, labelW) + " "
		var b strings.Builder
		b.WriteString(t.Faint.Render(label + "┤"))
		for col := 0; col < pw; col++ {
			c := row*pw + col
			switch {
			case dots[c] != 0:
				st := sp.Series[owner[c]].Style
				if col == curCol {
					st = st.Reverse(true)
				}
				b.WriteString(st.Render(string(0x2800 + dots[c])))
			case col == curCol:
				b.WriteString(t.Subtle.Render("│"))
			case row == refRow:
				b.WriteString(t.Faint.Render("┈"))
			default:
				b.WriteByte(' ')
			}
		}
		out = append(out, b.String())
	}
	out = append(out, t.Faint.Render(strings.Repeat(" ", labelW+1)+"└"+xAxis(sp, pw, xOf)))
	out = append(out, strings.Repeat(" ", axisW)+yearLabels(t, sp, pw, xOf))
	for i := range out {
		out[i] = Pad(out[i], w)
	}
	return out
}

// xAxis is the bottom rule with a tick at each January.
func xAxis(sp ChartSpec, pw int, xOf func(int) int) string {
	r := []rune(strings.Repeat("─", pw))
	for m := 0; m < sp.Months; m++ {
		if sp.Start.Add(m).MonthOfYear() == 1 {
			if c := xOf(m) / 2; c < pw {
				r[c] = '┬'
			}
		}
	}
	return string(r)
}

// yearLabels writes each year under its January tick (the first month's year at the start when
// it is not a January), where there is room.
func yearLabels(t *theme.Theme, sp ChartSpec, pw int, xOf func(int) int) string {
	r := []rune(strings.Repeat(" ", pw))
	next := 0
	for m := 0; m < sp.Months; m++ {
		d := sp.Start.Add(m)
		if d.MonthOfYear() != 1 && m != 0 {
			continue
		}
		label := fmt.Sprint(d.Year())
		if m == 0 && d.MonthOfYear() != 1 {
			label = d.String()
		}
		// A label that would run past the end is moved back to fit.
		c := min(xOf(m)/2, pw-len(label))
		if c < next || c < 0 {
			continue
		}
		copy(r[c:], []rune(label))
		next = c + len(label) + 1
	}
	return t.Faint.Render(string(r))
}

// ChartLegend is a one-line key of a chart's series: a solid or dotted mark in each series'
// style, then its name.
func ChartLegend(t *theme.Theme, series []Series, w int) string {
	var parts []string
	for _, s := range series {
		mark := "━━"
		if s.Dotted {
			mark = "┅┅"
		}
		parts = append(parts, s.Style.Render(mark)+" "+t.Text.Render(s.Name))
	}
	return Truncate(strings.Join(parts, "   "), w)
}
