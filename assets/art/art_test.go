package art

import (
	"strings"
	"testing"
)

func TestEuropeParses(t *testing.T) {
	m, err := Europe()
	if err != nil {
		t.Fatal(err)
	}
	if m.Width() != 48 || m.Height() != 18 {
		t.Errorf("map is %d×%d, want 48×18", m.Width(), m.Height())
	}
	for _, id := range []string{"france", "germany", "britain", "italy", "belgium", "ussr",
		"poland", "czechoslovakia", "romania", "yugoslavia", "austria", "spain", "rhineland", "saar"} {
		found := false
		for r := range m.Height() {
			for c := range m.Width() {
				if m.Region(r, c).ID == id {
					found = true
				}
			}
		}
		if !found {
			t.Errorf("no cell of the map is %s", id)
		}
	}
	want := map[string]string{"rhineland": "rhineland", "saar": "saar", "austria": "austria", "spain": "spain"}
	for _, h := range m.Hotspots {
		if id, ok := want[h.ID]; ok && m.Region(h.Row, h.Col).ID != id {
			t.Errorf("hotspot %s sits on %s", h.ID, m.Region(h.Row, h.Col).ID)
		}
	}
	for _, l := range m.Labels {
		for i := range len(l.Text) {
			if r := m.Region(l.Row, l.Col+i); r.ID == "sea" {
				t.Errorf("label %q falls in the sea at %d,%d", l.Text, l.Row, l.Col+i)
			}
		}
	}
}

func TestParseErrors(t *testing.T) {
	for _, tc := range []struct{ src, want string }{
		{"[regions]\n. sea\n[grid]\n..\n...\n", "a grid row of 3 cells"},
		{"[regions]\n. sea\n[grid]\n.x\n", "unknown region code 'x'"},
		{"[regions]\n. sea\n[grid]\n..\n[labels]\n0 1 LONG\n", "falls outside the map"},
		{"stray\n", "outside a section"},
		{"[regions]\n. sea\n", "no grid"},
	} {
		_, err := Parse(tc.src)
		if err == nil || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("Parse(%q) = %v, want an error containing %q", tc.src, err, tc.want)
		}
	}
}

func TestTitle(t *testing.T) {
	if lines := strings.Split(Title(), "\n"); len(lines) != 6 || strings.HasSuffix(Title(), "\n") {
		t.Errorf("title has %d lines", len(lines))
	}
}
