package components

import (
	"strings"
	"testing"

	"github.com/charmbracelet/x/ansi"
	"pgregory.net/rapid"

	"github.com/pactgame/pact/game/calendar"
	"github.com/pactgame/pact/ui/theme"
)

// dots counts the braille dots in a chart's lines.
func dots(lines []string) int {
	n := 0
	for _, l := range lines {
		for _, r := range ansi.Strip(l) {
			if r >= 0x2800 && r <= 0x28ff {
				for b := r - 0x2800; b != 0; b &= b - 1 {
					n++
				}
			}
		}
	}
	return n
}

// A rising line starts at the bottom left and ends at the top right; the axis is labelled with
// the range and the years.
func TestChartDrawsALine(t *testing.T) {
	th := theme.New(true, false)
	vals := make([]int, 25)
	for i := range vals {
		vals[i] = i * 100 / 24
	}
	lines := Chart(th, ChartSpec{Series: []Series{{Name: "x", Values: vals, Style: th.Text}}, Lo: 0, Hi: 100,
		Start: calendar.Of(1934, 1), Months: 25, Cursor: -1}, 40, 12)
	plain := make([]string, len(lines))
	for i, l := range lines {
		plain[i] = ansi.Strip(l)
	}
	if !strings.HasPrefix(plain[0], "100 ┤") || !strings.HasPrefix(plain[9], "  0 ┤") {
		t.Errorf("the value axis:\n%s", strings.Join(plain, "\n"))
	}
	top, bottom := []rune(plain[0]), []rune(plain[9])
	if top[len(top)-1] == ' ' || bottom[5] == ' ' {
		t.Errorf("the line does not run from the bottom left to the top right:\n%s", strings.Join(plain, "\n"))
	}
	if !strings.Contains(plain[11], "1934") || !strings.Contains(plain[11], "1935") || !strings.Contains(plain[11], "1936") {
		t.Errorf("the years: %q", plain[11])
	}
}

// Every chart is exactly w×h cells, whatever its series; a dotted series has fewer dots than the
// same series solid; the cursor's column is marked.
func TestChartProperties(t *testing.T) {
	th := theme.New(true, false)
	rapid.Check(t, func(t *rapid.T) {
		w := rapid.IntRange(8, 120).Draw(t, "w")
		h := rapid.IntRange(3, 40).Draw(t, "h")
		lo := rapid.IntRange(-100, 0).Draw(t, "lo")
		hi := rapid.IntRange(lo+1, 100).Draw(t, "hi")
		months := rapid.IntRange(1, 40).Draw(t, "months")
		vals := rapid.SliceOfN(rapid.IntRange(-150, 150), 0, months).Draw(t, "vals")
		cursor := rapid.IntRange(-1, months).Draw(t, "cursor")
		spec := ChartSpec{Series: []Series{{Name: "a", Values: vals, Style: th.Title}, {Name: "b", Values: vals, Style: th.Historical, Dotted: true}},
			Lo: lo, Hi: hi, Start: calendar.Of(1934, 1), Months: months, Cursor: cursor}
		lines := Chart(th, spec, w, h)
		if len(lines) != h {
			t.Fatalf("%d lines, want %d", len(lines), h)
		}
		for i, l := range lines {
			if Width(l) != w {
				t.Fatalf("line %d is %d cells, want %d: %q", i, Width(l), w, ansi.Strip(l))
			}
		}
	})
	vals := []int{10, 80, 20, 90, 30, 70}
	solid := Chart(th, ChartSpec{Series: []Series{{Values: vals, Style: th.Text}}, Lo: 0, Hi: 100, Start: calendar.Of(1934, 1), Months: 6, Cursor: -1}, 40, 12)
	dotted := Chart(th, ChartSpec{Series: []Series{{Values: vals, Style: th.Text, Dotted: true}}, Lo: 0, Hi: 100, Start: calendar.Of(1934, 1), Months: 6, Cursor: -1}, 40, 12)
	if dots(dotted) >= dots(solid) || dots(dotted) == 0 {
		t.Errorf("dotted %d dots, solid %d", dots(dotted), dots(solid))
	}
	marked := Chart(th, ChartSpec{Series: []Series{{Values: []int{50, 50}, Style: th.Text}}, Lo: 0, Hi: 100, Start: calendar.Of(1934, 1), Months: 6, Cursor: 3}, 40, 12)
	if !strings.Contains(ansi.Strip(marked[0]), "│") {
		t.Errorf("no cursor column: %q", ansi.Strip(marked[0]))
	}
}
