package screens

import (
	"fmt"
	"strings"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"github.com/pactgame/pact/game"
	c "github.com/pactgame/pact/ui/components"
	"github.com/pactgame/pact/ui/theme"
)

// Powers is the panel of every power's state and the relations between them, each with its trend
// since the month before; then the minor states, the state of Europe and the formal ties.
type Powers struct {
	text Scroller
}

func (p *Powers) title(ctx *Ctx) string { return "Powers · " + ctx.S.State().Date.Name() }

func (p *Powers) view(ctx *Ctx, w, h int) []string {
	return p.text.View(ctx.Theme, PowersLines(ctx, w), w, h)
}

// PowersLines renders the powers' table, the relations, the minor states and Europe in lines of
// w cells.
func PowersLines(ctx *Ctx, w int) []string {
	t, s := ctx.Theme, ctx.S
	st, prev := s.State(), s.Previous()
	if prev == nil {
		prev = st
	}
	var out []string
	add := func(l string) { out = append(out, c.Truncate(l, w)) }
	type col struct {
		name string
		get  func(*game.PowerState) int
		good bool
	}
	cols := []col{
		{"Army", func(ps *game.PowerState) int { return ps.Army }, true},
		{"Air", func(ps *game.PowerState) int { return ps.Air }, true},
		{"Ready", func(ps *game.PowerState) int { return ps.Readiness }, true},
		{"Rearm", func(ps *game.PowerState) int { return ps.Rearmament }, true},
		{"Indus", func(ps *game.PowerState) int { return ps.Industry }, true},
		{"Stab", func(ps *game.PowerState) int { return ps.Stability }, true},
		{"Prest", func(ps *game.PowerState) int { return ps.Prestige }, true},
		{"Pacif", func(ps *game.PowerState) int { return ps.Pacifism }, false},
		{"Infl", func(ps *game.PowerState) int { return ps.Influence }, true},
	}
	nameW := 9
	cellW := 7
	fit := max(1, min(len(cols), (w-nameW)/cellW))
	govW := w - nameW - fit*cellW - 1
	hdr := c.Pad(t.Subtle.Render("Power"), nameW)
	for _, k := range cols[:fit] {
		hdr += t.Subtle.Render(c.PadLeft(k.name, cellW))
	}
	if govW >= 12 {
		hdr += " " + t.Subtle.Render("Government")
	}
	out = append(out, c.Rule(t, "The powers (▲▼ since last month)", w))
	add(hdr)
	for _, pw := range game.Powers {
		ps, pp := &st.Powers[pw], &prev.Powers[pw]
		name := pw.Short()
		if pw == s.Player {
			name += "*"
		}
		line := c.Pad(t.PowerBold(pw).Render(name), nameW)
		for _, k := range cols[:fit] {
			v, d := k.get(ps), k.get(ps)-k.get(pp)
			line += c.PadLeft(t.Text.Render(fmt.Sprint(v))+trend(t, d, k.good, pw == s.Player), cellW)
		}
		if govW >= 12 {
			gov := ps.HeadOfGovernment
			if !ps.League {
				gov += " · not in the League"
			}
			line += " " + t.Subtle.Render(c.Truncate(gov, govW))
		}
		add(line)
	}
	out = append(out, "", c.Rule(t, "Relations (−100 enmity … +100 alliance)", w))
	hdr = c.Pad("", nameW)
	rw := 9
	for _, q := range game.Powers {
		hdr += t.PowerBold(q).Render(c.PadLeft(q.Short(), rw))
	}
	add(hdr)
	for _, pw := range game.Powers {
		line := c.Pad(t.PowerBold(pw).Render(pw.Short()), nameW)
		for _, q := range game.Powers {
			if q == pw {
				line += t.Faint.Render(c.PadLeft("·", rw))
				continue
			}
			v := st.Relations.Get(pw, q)
			d := v - prev.Relations.Get(pw, q)
			line += c.PadLeft(t.Relation(v).Render(fmt.Sprint(v))+trend(t, d, true, pw == s.Player || q == s.Player), rw)
		}
		add(line)
	}
	out = append(out, "", c.Rule(t, "Minor states", w))
	for _, m := range st.Minors {
		lean, ls := "neutral", t.Subtle
		if pw, err := game.ParsePower(m.Alignment); err == nil {
			lean, ls = "leans to "+pw.Name(), t.Power(pw)
		}
		pass := t.Rival.Render("refuses passage to Soviet troops")
		if m.Passage {
			pass = t.Ally.Render("grants passage to Soviet troops")
		}
		add(c.Pad(t.Subheading.Render(m.Name), 16) + ls.Render(c.Pad(lean, 22)) + pass + t.Subtle.Render(fmt.Sprintf(" · stability %d", m.Stability)))
	}
	g, pg := &st.Global, &prev.Global
	out = append(out, "", c.Rule(t, "Europe", w))
	add(t.Text.Render("Tension ") + t.Tension(g.Tension).Render(fmt.Sprintf("%d %s", g.Tension, theme.TensionWord(g.Tension))) + trend(t, g.Tension-pg.Tension, false, true) +
		t.Text.Render(fmt.Sprintf("   League credibility %d", g.LeagueCredibility)) + trend(t, g.LeagueCredibility-pg.LeagueCredibility, true, false) +
		t.Text.Render(fmt.Sprintf("   Locarno %d", g.Locarno)) + trend(t, g.Locarno-pg.Locarno, true, false))
	add(t.Text.Render(fmt.Sprintf("Deterrence of Germany %d · German appetite for risk %d", game.Deterrence(st), game.Appetite(st))))
	var spots []string
	for _, id := range c.Hotspots {
		v, hot := c.HotspotStatus(st, id)
		sty := t.Text
		if hot {
			sty = t.Warning
		}
		spots = append(spots, t.Subtle.Render(c.HotspotName(id)+" ")+sty.Render(v))
	}
	spots = append(spots, t.Subtle.Render("Stresa front ")+t.Text.Render(g.Stresa))
	out = append(out, wrapParts(spots, w)...)
	var ties []string
	for _, tie := range s.Scenario.Ties {
		if st.HasFlag("tie." + tie.ID) {
			ties = append(ties, tie.Name)
		}
	}
	if len(ties) > 0 {
		out = append(out, "", c.Rule(t, "Formal ties in force", w))
		out = append(out, c.Wrap(t.Text.Render(strings.Join(ties, " · ")), w)...)
	}
	return out
}

// wrapParts sets parts on lines of w cells, separated by " · ".
func wrapParts(parts []string, w int) []string {
	var out []string
	line := ""
	for _, p := range parts {
		switch {
		case line == "":
			line = p
		case c.Width(line)+3+c.Width(p) <= w:
			line += " · " + p
		default:
			out = append(out, line)
			line = p
		}
	}
	if line != "" {
		out = append(out, c.Truncate(line, w))
	}
	return out
}

// trend is a trend mark, coloured only for what concerns the player.
func trend(t *theme.Theme, d int, good, mine bool) string {
	if !mine {
		switch {
		case d > 0:
			return t.Subtle.Render("▲")
		case d < 0:
			return t.Subtle.Render("▼")
		}
		return " "
	}
	if d == 0 {
		return " "
	}
	return c.Trend(t, d, good)
}

func (p *Powers) key(ctx *Ctx, k tea.KeyPressMsg, keys PlayKeys) Action {
	switch {
	case key.Matches(k, keys.Up):
		p.text.By(-1)
	case key.Matches(k, keys.Down):
		p.text.By(1)
	case key.Matches(k, keys.PageDown):
		p.text.By(10)
	case key.Matches(k, keys.PageUp):
		p.text.By(-10)
	case key.Matches(k, keys.Top):
		p.text.Offset = 0
	}
	return nil
}

func (p *Powers) click(ctx *Ctx, x, y, w, h int) Action { return nil }
func (p *Powers) scroll(n int)                          { p.text.By(n) }

// stamp is where the panel stands, for the main screen's frame cache.
func (p *Powers) stamp() [5]any { return [5]any{p.text} }
