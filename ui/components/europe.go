package components

import (
	"fmt"
	"image/color"
	"strings"

	"charm.land/lipgloss/v2"

	"github.com/pactgame/pact/assets/art"
	"github.com/pactgame/pact/game"
	"github.com/pactgame/pact/ui/theme"
)

// Europe draws the map of Europe from a state: the six powers in their colours, the minor states
// shaded in the colour of the power they lean to, the Rhineland, the Saar, Austria, Spain and
// Ethiopia's front marked with numbered hotspots. It keeps the last drawing, since the map only
// changes when the state or the theme does.
type Europe struct {
	key   string
	lines []string

	legendKey   string
	legendLines []string
}

// Legend is the map's legend at a width, kept like the map.
func (e *Europe) Legend(t *theme.Theme, s *game.State, w int) []string {
	key := fmt.Sprintf("%s|%d", e.stateKey(t, s), w)
	if key != e.legendKey {
		e.legendKey, e.legendLines = key, Legend(t, s, w)
	}
	return e.legendLines
}

func (e *Europe) stateKey(t *theme.Theme, s *game.State) string {
	key := fmt.Sprintf("%p|%s|%s|%s|%s|%s", t, s.Global.Rhineland, s.Global.Saar, s.Global.Austria, s.Global.Spain, s.Global.Ethiopia)
	for _, mi := range s.Minors {
		key += fmt.Sprintf("|%s|%t", mi.Alignment, mi.Passage)
	}
	return key
}

// Hotspots are the places marked on the map, in the order of their numbers.
var Hotspots = []string{"rhineland", "saar", "austria", "spain", "ethiopia"}

// HotspotStatus says how a hotspot stands in a state, and whether it is hot (a danger).
func HotspotStatus(s *game.State, id string) (string, bool) {
	g := &s.Global
	switch id {
	case "rhineland":
		return game.ValueWords(id, g.Rhineland), g.Rhineland != "demilitarised"
	case "saar":
		return game.ValueWords(id, g.Saar), g.Saar == "german"
	case "austria":
		return game.ValueWords(id, g.Austria), g.Austria != "independent"
	case "spain":
		return game.ValueWords(id, g.Spain), g.Spain == "civil_war"
	case "ethiopia":
		return game.ValueWords(id, g.Ethiopia), g.Ethiopia != "peace"
	}
	return "", false
}

// HotspotName is a hotspot's name for the legend.
func HotspotName(id string) string {
	switch id {
	case "rhineland":
		return "Rhineland"
	case "saar":
		return "Saar"
	case "austria":
		return "Austria"
	case "spain":
		return "Spain"
	case "ethiopia":
		return "Ethiopia"
	}
	return id
}

// cell is how one region looks: its glyph and style.
type cell struct {
	glyph string
	style lipgloss.Style
	key   string
}

func (e *Europe) look(t *theme.Theme, s *game.State, region string) cell {
	p := t.Palette
	solid := func(c lipgloss.Style, k string) cell {
		if t.Mono {
			return cell{theme.MonoGlyph(region), t.Text, "m" + region}
		}
		return cell{theme.GlyphSolid, c, k}
	}
	shade := func(glyph string, c lipgloss.Style, k string) cell {
		if t.Mono {
			return cell{theme.MonoGlyph(region), t.Text, "m" + region}
		}
		return cell{glyph, c, k}
	}
	fg := func(c color.Color) lipgloss.Style { return lipgloss.NewStyle().Foreground(c) }
	if pw, err := game.ParsePower(region); err == nil {
		return solid(fg(p.Powers[pw]), "p"+region)
	}
	ger := fg(p.Powers[game.Germany])
	switch region {
	case "sea":
		return cell{theme.GlyphSea, t.Text, "sea"}
	case "land":
		return shade(theme.GlyphLight, fg(p.Land), "land")
	case "rhineland":
		if s.Global.Rhineland == "remilitarised" {
			if t.Mono {
				return cell{theme.MonoGlyph("germany"), t.Text, "mgermany"}
			}
			return cell{theme.GlyphSolid, ger, "pgermany"}
		}
		if s.Global.Rhineland == "contested" {
			return shade(theme.GlyphMedium, fg(p.Warning), "rh-c")
		}
		return shade(theme.GlyphLight, ger, "rh-d")
	case "saar":
		if s.Global.Saar == "german" {
			return solid(ger, "pgermany")
		}
		return shade(theme.GlyphLight, fg(p.Neutral), "saar")
	case "austria":
		switch s.Global.Austria {
		case "annexed":
			return solid(ger, "pgermany")
		case "satellite":
			return shade(theme.GlyphShade, ger, "aus-s")
		}
		return shade(theme.GlyphShade, fg(p.Neutral), "neutral")
	case "spain":
		if s.Global.Spain == "civil_war" {
			return shade(theme.GlyphMedium, fg(p.Warning), "spain-w")
		}
		return shade(theme.GlyphShade, fg(p.Neutral), "neutral")
	}
	if m := s.Minor(region); m != nil {
		if pw, err := game.ParsePower(m.Alignment); err == nil {
			return shade(theme.GlyphShade, fg(p.Powers[pw]), "m-"+pw.ID())
		}
		return shade(theme.GlyphShade, fg(p.Neutral), "neutral")
	}
	return shade(theme.GlyphLight, fg(p.Land), "land")
}

// Render draws the map: 48×18 cells.
func (e *Europe) Render(t *theme.Theme, s *game.State) []string {
	m, err := art.Europe()
	if err != nil {
		return []string{t.Alert.Render("the map is missing: " + err.Error())}
	}
	key := e.stateKey(t, s)
	if key == e.key {
		return e.lines
	}
	looks := map[string]cell{}
	lookOf := func(region string) cell {
		c, ok := looks[region]
		if !ok {
			c = e.look(t, s, region)
			looks[region] = c
		}
		return c
	}
	// Overlays: labels and hotspot numbers, by cell.
	type over struct {
		text  string
		style lipgloss.Style
	}
	overlays := map[[2]int]over{}
	for _, l := range m.Labels {
		st := t.Bold
		if pw, err := game.ParsePower(m.Region(l.Row, l.Col).ID); err == nil && !t.Mono {
			st = t.PowerLabel(pw)
		}
		for i, r := range l.Text {
			overlays[[2]int{l.Row, l.Col + i}] = over{string(r), st}
		}
	}
	for _, h := range m.Hotspots {
		n := 0
		for i, id := range Hotspots {
			if id == h.ID {
				n = i + 1
			}
		}
		st := t.Bold.Reverse(true)
		if _, hot := HotspotStatus(s, h.ID); hot {
			st = t.Warning.Reverse(true)
		}
		overlays[[2]int{h.Row, h.Col}] = over{fmt.Sprint(n), st}
	}
	lines := make([]string, m.Height())
	for r := range m.Height() {
		var sb strings.Builder
		var run strings.Builder
		runKey := ""
		var runStyle lipgloss.Style
		flush := func() {
			if run.Len() > 0 {
				sb.WriteString(runStyle.Render(run.String()))
				run.Reset()
			}
		}
		for c := range m.Width() {
			if o, ok := overlays[[2]int{r, c}]; ok {
				flush()
				runKey = ""
				sb.WriteString(o.style.Render(o.text))
				continue
			}
			lk := lookOf(m.Region(r, c).ID)
			if lk.key != runKey {
				flush()
				runKey, runStyle = lk.key, lk.style
			}
			run.WriteString(lk.glyph)
		}
		flush()
		lines[r] = sb.String()
	}
	e.key, e.lines = key, lines
	return lines
}

// Legend explains the map in lines of at most w cells: the powers' colours, the hotspots with how
// they stand, and the minor states' leanings and passage for Soviet troops.
func Legend(t *theme.Theme, s *game.State, w int) []string {
	var out []string
	short := [game.NumPowers]string{"FRA", "USSR", "GER", "GBR", "ITA", "BEL"}
	long := 0
	for _, pw := range game.Powers {
		long += len(pw.Short()) + 4
	}
	swatch := func(pw game.Power) string {
		g := theme.GlyphSolid
		if t.Mono {
			g = theme.MonoGlyph(pw.ID())
		}
		name := pw.Short()
		if long > w {
			name = short[pw]
		}
		return t.Power(pw).Render(g) + " " + t.PowerBold(pw).Render(name)
	}
	var row []string
	rowW := 0
	for _, pw := range game.Powers {
		sw := swatch(pw)
		if rowW+Width(sw)+2 > w && len(row) > 0 {
			out = append(out, strings.Join(row, "  "))
			row, rowW = nil, 0
		}
		row = append(row, sw)
		rowW += Width(sw) + 2
	}
	if len(row) > 0 {
		out = append(out, strings.Join(row, "  "))
	}
	minors := "▓ minor states in the colour of their ally"
	if w < Width(minors) {
		minors = "▓ minor: its ally's colour"
	}
	out = append(out, Truncate(t.Subtle.Render(minors), w))
	for i, id := range Hotspots {
		status, hot := HotspotStatus(s, id)
		st := t.Text
		if hot {
			st = t.Warning
		}
		n := t.Bold.Reverse(true).Render(fmt.Sprint(i + 1))
		if hot {
			n = t.Warning.Reverse(true).Render(fmt.Sprint(i + 1))
		}
		out = append(out, Truncate(n+" "+t.Subheading.Render(HotspotName(id))+" "+st.Render(status), w))
	}
	for _, m := range s.Minors {
		lean := "neutral"
		ls := t.Subtle
		if pw, err := game.ParsePower(m.Alignment); err == nil {
			lean = "leans to " + pw.Name()
			ls = t.Power(pw)
		}
		pass := t.Rival.Render("no passage")
		if m.Passage {
			pass = t.Ally.Render("passage")
		}
		line := t.Subheading.Render(m.Name) + " " + ls.Render(lean) + t.Faint.Render(" · ") + pass
		if Width(line) > w {
			out = append(out, Truncate(t.Subheading.Render(m.Name), w), Truncate("  "+ls.Render(lean)+t.Faint.Render(" · ")+pass, w))
			continue
		}
		out = append(out, line)
	}
	return out
}
