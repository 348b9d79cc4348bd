package components

import (
	"strings"
	"testing"

	"github.com/charmbracelet/x/ansi"

	"github.com/pactgame/pact/assets/art"
	"github.com/pactgame/pact/game"
	"github.com/pactgame/pact/scenarios"
	"github.com/pactgame/pact/ui/theme"
)

func initial(t *testing.T) *game.State {
	t.Helper()
	sc, err := scenarios.Load("pact-1934")
	if err != nil {
		t.Fatal(err)
	}
	return game.New(sc, 1).Current()
}

// Without colours, neighbouring states must still look different on the map.
func TestMonoGlyphsTellNeighboursApart(t *testing.T) {
	m, err := art.Europe()
	if err != nil {
		t.Fatal(err)
	}
	same := func(a, b string) bool {
		return a == b || a == "sea" || b == "sea" || (a == "rhineland" || a == "saar") && (b == "rhineland" || b == "saar" || b == "germany")
	}
	for r := range m.Height() {
		for c := range m.Width() {
			a := m.Region(r, c).ID
			for _, d := range [][2]int{{0, 1}, {1, 0}} {
				rr, cc := r+d[0], c+d[1]
				if rr >= m.Height() || cc >= m.Width() {
					continue
				}
				b := m.Region(rr, cc).ID
				if same(a, b) || same(b, a) {
					continue
				}
				if theme.MonoGlyph(a) == theme.MonoGlyph(b) {
					t.Errorf("%s and %s meet at %d,%d and share the glyph %q", a, b, r, c, theme.MonoGlyph(a))
				}
			}
		}
	}
}

func TestMapDrawsEveryCellAndHotspot(t *testing.T) {
	st := initial(t)
	for _, mono := range []bool{false, true} {
		var e Europe
		lines := e.Render(theme.New(true, mono), st)
		if len(lines) != 18 {
			t.Fatalf("mono=%v: %d lines", mono, len(lines))
		}
		plain := ansi.Strip(strings.Join(lines, "\n"))
		for _, l := range strings.Split(plain, "\n") {
			if Width(l) != 48 {
				t.Fatalf("mono=%v: a line of %d cells: %q", mono, Width(l), l)
			}
		}
		for _, want := range []string{"GERMANY", "FRANCE", "USSR", "POLAND", "1", "2", "3", "4", "5"} {
			if !strings.Contains(plain, want) {
				t.Errorf("mono=%v: the map lacks %q", mono, want)
			}
		}
	}
}

func TestHotspotsFollowTheState(t *testing.T) {
	st := initial(t)
	if _, hot := HotspotStatus(st, "rhineland"); hot {
		t.Fatal("the Rhineland is hot in January 1934")
	}
	changed := st.Clone()
	changed.Global.Rhineland = "remilitarised"
	changed.Global.Spain = "civil_war"
	for _, id := range []string{"rhineland", "spain"} {
		if v, hot := HotspotStatus(changed, id); !hot {
			t.Errorf("%s %q is not hot", id, v)
		}
	}
	var e Europe
	th := theme.New(true, false)
	before := strings.Join(e.Render(th, st), "\n")
	after := strings.Join(e.Render(th, changed), "\n")
	if before == after {
		t.Error("the map does not change when the Rhineland is remilitarised")
	}
	legend := ansi.Strip(strings.Join(Legend(th, changed, 40), "\n"))
	if !strings.Contains(legend, "remilitarised") || !strings.Contains(legend, "civil war") {
		t.Errorf("the legend does not follow the state:\n%s", legend)
	}
}
