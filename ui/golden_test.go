package ui

import (
	"fmt"
	"strings"
	"testing"

	"github.com/charmbracelet/x/ansi"
	"github.com/charmbracelet/x/exp/golden"
)

// screenCase is one screen to draw: how to reach it from a campaign played for some months.
type screenCase struct {
	name   string
	months int // months played first; -1: no campaign (the title)
	keys   []string
}

var screenCases = []screenCase{
	{"title", -1, nil},
	{"newgame", -1, []string{"enter", "enter"}},
	{"scenarios", -1, []string{"j", "j", "j", "enter"}},
	{"guide", 0, []string{"i"}},
	{"dispatches", 3, []string{"1"}},
	{"council", 3, []string{"2", "j", "enter"}},
	{"endmonth", 3, []string{"a", "e"}},
	{"report", 3, []string{"3"}},
	{"powers", 12, []string{"4"}},
	{"map", 26, []string{"m"}},
	{"crisis", 26, []string{"5"}},
	{"help", 1, []string{"?"}},
	{"quit", 1, []string{"ctrl+c"}},
	{"dossier", 1, []string{"1", "d"}},
	{"treaty", 26, []string{"T"}},
	{"treaty-terms", 26, []string{"T", "2", "j", "l", "j", "j", "l"}},
	{"treaty-votes", 27, []string{"T", "3"}},
	{"treaty-situation", 26, append([]string{"T", "4"}, germanyAttacksTheUSSR...)},
	{"treaty-ruling", 26, append(append([]string{"T", "4"}, germanyAttacksTheUSSR...), "enter", "j", "j", "j")},
	{"treaty-article", 26, append(append([]string{"T", "4"}, germanyAttacksTheUSSR...), "enter", "j", "j", "j", "enter")},
	{"treaty-texts", 26, []string{"T", "5", "j", "j"}},
	{"treaty-notalks", 1, []string{"T"}},
	{"encyclopedia", 1, []string{"E"}},
	{"encyclopedia-search", 1, append([]string{"E", "/"}, typed("rhineland")...)},
	{"encyclopedia-link", 1, append(append([]string{"E", "/"}, typed("rhineland")...), "enter", "tab", "tab", "enter")},
	{"history", 27, []string{"H", "G"}},
	{"history-left", 27, []string{"H", "f"}},
	{"charts", 27, []string{"C"}},
	{"charts-relations", 27, []string{"C", "2", "j", "h", "h"}},
	{"charts-support", 27, []string{"C", "4"}},
	{"records", 4, []string{"R"}},
	{"records-viewer", 14, []string{"R", "enter", "right", "right"}},
	{"records-map", 14, []string{"R", "enter", "right", "2"}},
	// Branch before March 1934, take another decision there, play April on the advice, compare.
	{"records-compare", 6, []string{"R", "enter", "right", "right", "b", "2", "enter", "e", "y", "a", "e", "y", "R", "c", "enter"}},
	{"debrief", 36, []string{"D"}},
	{"end", 36, nil},
}

// germanyAttacksTheUSSR are the keys that build, in the situation builder from its defaults,
// "Germany attacks the USSR in June 1936, the League Council without unanimity".
var germanyAttacksTheUSSR = []string{
	"j", "l", // the victim: the USSR
	"j", "j", "j", "j", "l", "l", // the League Council: no unanimity
	"j", "j", "j", "j", "j", "l", "l", // the date: April → June 1936
}

// typed is the keys that type a text.
func typed(s string) []string {
	var out []string
	for _, r := range s {
		out = append(out, string(r))
	}
	return out
}

var goldenSizes = [][2]int{{80, 24}, {120, 40}}

// refreshHint says what to do when a golden view differs: the views are drawn from the shipped
// scenario and library, so a change of their text changes the views.
const refreshHint = "the screen differs from its golden view; if the change is intended (a scenario, library or interface change), refresh the views with: go test ./ui -run 'TestGolden|TestTooSmallGolden' -update"

func hintOnFailure(t *testing.T) {
	t.Cleanup(func() {
		if t.Failed() {
			t.Log(refreshHint)
		}
	})
}

// reach draws a screen case at a size.
func reach(t testing.TB, c screenCase, w, h int) *driver {
	var d *driver
	if c.months < 0 {
		testData(t)
		d = start(t, New(Options{}), w, h)
	} else {
		d = playing(t, c.months, w, h)
	}
	d.press(c.keys...)
	return d
}

// TestGolden draws every screen at 80×24 and 120×40 and compares it, without colours, with
// testdata/TestGolden/<screen>/<size>.golden (go test ./ui -update rewrites them).
func TestGolden(t *testing.T) {
	for _, c := range screenCases {
		for _, sz := range goldenSizes {
			t.Run(fmt.Sprintf("%s/%dx%d", c.name, sz[0], sz[1]), func(t *testing.T) {
				hintOnFailure(t)
				d := reach(t, c, sz[0], sz[1])
				golden.RequireEqual(t, d.screen())
			})
		}
	}
}

// TestTooSmallGolden is the view below 80×24.
func TestTooSmallGolden(t *testing.T) {
	hintOnFailure(t)
	d := playing(t, 0, 30, 8)
	golden.RequireEqual(t, d.screen())
}

// TestWidthSweep draws every screen at many sizes and checks that the frame is exactly the
// terminal's size: no line wider than the terminal, no more lines than it has.
func TestWidthSweep(t *testing.T) {
	sizes := [][2]int{{80, 24}, {81, 25}, {90, 24}, {99, 30}, {100, 30}, {111, 31}, {112, 32}, {120, 40}, {133, 45}, {160, 50}, {200, 60}, {79, 30}, {120, 23}, {40, 10}}
	for _, c := range screenCases {
		t.Run(c.name, func(t *testing.T) {
			d := reach(t, c, 120, 40)
			for _, sz := range sizes {
				d.size(sz[0], sz[1])
				lines := strings.Split(d.screen(), "\n")
				if len(lines) != sz[1] {
					t.Errorf("%dx%d: %d lines", sz[0], sz[1], len(lines))
				}
				for i, l := range lines {
					if w := ansi.StringWidth(l); w > sz[0] {
						t.Errorf("%dx%d: line %d is %d cells: %q", sz[0], sz[1], i, w, l)
					}
				}
			}
		})
	}
}
