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
	{"treaty-votes", 27, []string{"T", "j", "pgdown"}},
	{"encyclopedia", 1, []string{"E"}},
	{"history", 27, []string{"H", "G"}},
	{"records", 4, []string{"R", "j", "j"}},
	{"end", 36, nil},
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
