package screens

import (
	"fmt"
	"slices"
	"strings"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"github.com/pactgame/pact/game"
	c "github.com/pactgame/pact/ui/components"
	"github.com/pactgame/pact/ui/theme"
)

// Crisis is the panel of the escalation ladder, after Balance of Power: for each crisis in play,
// where each side stands, the pressure on the aggressor, and the player's options on the ladder
// with their price and forecast (the chance of war among them). [ and ] switch between crises.
type Crisis struct {
	which  int
	list   List
	detail Scroller
	month  string
	placed string // the crisis and month the cursor was put on the player's rung for
}

// crisisInPlay is one crisis shown: its definition and its state (nil when it opens this month).
type crisisInPlay struct {
	def   *game.CrisisDef
	state *game.Crisis
}

// CrisesInPlay lists the open crises and those opening this month.
func CrisesInPlay(ctx *Ctx) []crisisInPlay {
	s := ctx.S
	var out []crisisInPlay
	st := s.State()
	for i := range st.Crises {
		cr := &st.Crises[i]
		if cr.Status != "open" {
			continue
		}
		if def, ok := s.Scenario.CrisisDef(cr.ID); ok {
			out = append(out, crisisInPlay{def, cr})
		}
	}
	if s.Turn != nil {
		var opening []crisisInPlay
		for _, id := range s.Turn.Opening() {
			if def, ok := s.Scenario.CrisisDef(id); ok && !slices.ContainsFunc(out, func(x crisisInPlay) bool { return x.def.ID == id }) {
				opening = append(opening, crisisInPlay{def, nil})
			}
		}
		// The crisis that opens this month is the news: it comes first.
		out = append(opening, out...)
	}
	return out
}

// Involved reports whether the player has a move in a crisis in play this month.
func Involved(ctx *Ctx) bool {
	for _, ch := range ctx.S.Choices() {
		if ch.Kind == game.ChoiceCrisis {
			return true
		}
	}
	return false
}

func (p *Crisis) title(ctx *Ctx) string {
	cs := CrisesInPlay(ctx)
	if len(cs) == 0 {
		return "Crises"
	}
	p.which = min(max(p.which, 0), len(cs)-1)
	n := ""
	if len(cs) > 1 {
		n = fmt.Sprintf(" (%d of %d, [ ] for the others)", p.which+1, len(cs))
	}
	return cs[p.which].def.Title + n
}

func (p *Crisis) rows(ctx *Ctx, cr crisisInPlay) []Row {
	var rows []Row
	for _, ch := range ctx.S.Choices() {
		if ch.Kind == game.ChoiceCrisis && ch.Group == "crisis/"+cr.def.ID {
			rows = append(rows, choiceRow(ctx, &ch, ""))
		}
	}
	// The ladder is drawn from war at the top down to acceptance.
	slices.Reverse(rows)
	return rows
}

func (p *Crisis) view(ctx *Ctx, w, h int) []string {
	t, s := ctx.Theme, ctx.S
	p.sync(ctx)
	cs := CrisesInPlay(ctx)
	if len(cs) == 0 {
		return pastCrises(ctx, w)
	}
	p.which = min(max(p.which, 0), len(cs)-1)
	cr := cs[p.which]
	def := cr.def
	var top []string
	opened := "opens this month"
	pressure := " · the opponents answer this month"
	if cr.state != nil {
		opened = fmt.Sprintf("opened %s · %s open", cr.state.Opened.Name(), c.Plural(cr.state.Months, "month", "months"))
		pressure = fmt.Sprintf(" · the pressure on %s: %d", def.Aggressor.Name(), game.Pressure(s.State(), def, cr.state))
	}
	tension := s.State().Global.Tension
	top = append(top, c.Truncate(t.PowerBold(def.Aggressor).Render(def.Aggressor.Title())+t.Subtle.Render(" acts against "+victimName(def.Victim)+" · "+opened), w))
	top = append(top, c.Truncate(t.Subtle.Render(strings.TrimPrefix(pressure, " · ")+" · tension ")+
		t.Tension(tension).Render(fmt.Sprintf("%d %s", tension, theme.TensionWord(tension))), w))
	if h >= 30 {
		top = append(top, c.Wrap(t.Subtle.Render(strings.Join(strings.Fields(def.Text), " ")), w)...)
	}
	rows := p.rows(ctx, cr)
	ladder := p.ladder(ctx, cr, rows, w)
	out := append(top, ladder...)
	rest := h - len(out) - 1
	if rest <= 0 {
		return out
	}
	out = append(out, c.Rule(t, "", w))
	var detail []string
	if r, ok := p.list.Selected(rows); ok {
		if ch, ok := s.Choice(strings.TrimPrefix(r.Key, "c:")); ok {
			detail = choiceDetail(ctx, ch, w)
		}
	} else {
		detail = c.Wrap(t.Subtle.Render(s.Player.Title()+" has no move in this crisis: it watches."), w)
	}
	return append(out, p.detail.View(t, detail, w, rest)...)
}

func victimName(id string) string {
	if pw, err := game.ParsePower(id); err == nil {
		return pw.Name()
	}
	if id == "" {
		return "the settlement"
	}
	return strings.ToUpper(id[:1]) + id[1:]
}

// ladder draws the rungs, from war down to acceptance, with each opponent's place on them and the
// player's choices (a cursor over the player's rungs).
func (p *Crisis) ladder(ctx *Ctx, cr crisisInPlay, rows []Row, w int) []string {
	t, s := ctx.Theme, ctx.S
	def := cr.def
	p.list.Fix(rows)
	rungAt := func(pw game.Power) int {
		if cr.state != nil {
			return cr.state.Rungs[pw]
		}
		if pw == def.Aggressor {
			return game.RungMobilise
		}
		return 0
	}
	colW := 5
	titleW := 26
	hdr := "  " + c.Pad(t.Subtle.Render("Rung"), titleW)
	// The player's own column first.
	var powers []game.Power
	if slices.Contains(def.Opponents, s.Player) {
		powers = append(powers, s.Player)
	}
	for _, pw := range def.Opponents {
		if pw != s.Player {
			powers = append(powers, pw)
		}
	}
	for _, pw := range powers {
		name := pw.Short()
		if len(name) > 4 {
			name = name[:3]
		}
		if pw == s.Player {
			name = "You"
		}
		hdr += t.PowerBold(pw).Render(c.PadLeft(name, colW))
	}
	hdr += t.PowerBold(def.Aggressor).Render(c.PadLeft(def.Aggressor.Short()[:3]+"†", colW+1)) + t.Subtle.Render("  inf")
	out := []string{c.Truncate(hdr, w)}
	mine := map[int]int{} // rung → index in rows
	for i, r := range rows {
		if ch, ok := s.Choice(strings.TrimPrefix(r.Key, "c:")); ok && ch.Rung >= 0 {
			mine[ch.Rung] = i
		}
	}
	for rg := game.NumRungs - 1; rg >= 0; rg-- {
		i, has := mine[rg]
		cur := has && i == p.list.Cursor
		prefix := "  "
		if cur {
			prefix = t.Cursor.Render("▸ ")
		}
		st := t.Text
		switch {
		case rg == game.RungWar:
			st = t.Alert
		case rg >= game.RungMobilise:
			st = t.Warning
		}
		title := c.Pad(fmt.Sprintf("%d %s", rg, game.RungTitles[rg]), titleW)
		if cur {
			title = t.Selected.Render(title)
		} else {
			title = st.Render(title)
		}
		line := prefix + title
		for _, pw := range powers {
			mark := t.Faint.Render("·")
			if rungAt(pw) == rg {
				mark = t.PowerBold(pw).Render("●")
			}
			if pw == s.Player && has {
				if ch, ok := s.Choice(strings.TrimPrefix(rows[i].Key, "c:")); ok && s.IsChosen(ch.ID) {
					mark = t.Ally.Render("◎")
				}
			}
			line += c.PadLeft(mark, colW)
		}
		am := t.Faint.Render("·")
		if rungAt(def.Aggressor) == rg {
			am = t.PowerBold(def.Aggressor).Render("▲")
		}
		line += c.PadLeft(am, colW+1)
		if has {
			ch, _ := s.Choice(strings.TrimPrefix(rows[i].Key, "c:"))
			price := t.Faint.Render(" –")
			if ch.Cost.Influence > 0 {
				price = t.Subtle.Render(fmt.Sprintf("%2d", ch.Cost.Influence))
			}
			if f, ok := ctx.Forecasts[ch.ID]; ok {
				for _, chn := range f.Chances {
					if strings.Contains(chn.Text, "general war") {
						price += " " + t.Alert.Render(fmt.Sprintf("war %d%%", chn.Percent))
						break
					}
				}
			}
			line += "  " + price
		}
		out = append(out, c.Truncate(line, w))
	}
	out = append(out, c.Truncate(t.Faint.Render("● where each stands  ◎ your order  ▲ the aggressor's commitment  † aggressor"), w))
	if def.Aggressor == s.Player {
		out = append(out, c.Truncate(t.Subheading.Render("You are the aggressor: hold, or withdraw"), w))
		if len(rows) == 0 {
			out = append(out, c.Truncate(t.Subtle.Render("you have just acted; you answer from next month"), w))
		}
		out = append(out, p.list.Render(t, rows, w, len(rows), true)...)
	}
	return out
}

// pastCrises is what the panel shows when no crisis is open.
func pastCrises(ctx *Ctx, w int) []string {
	t, s := ctx.Theme, ctx.S
	out := c.Wrap(t.Subtle.Render("No crisis is open. When an aggressive act opens one — the Rhineland, Ethiopia, Austria — its escalation ladder appears here: where each power stands, the pressure on the aggressor, and your moves with their price and the chance of war."), w)
	st := s.State()
	if len(st.Crises) > 0 {
		out = append(out, "", c.Rule(t, "Crises of this campaign", w))
		for _, cr := range st.Crises {
			def, _ := s.Scenario.CrisisDef(cr.ID)
			title := cr.ID
			if def != nil {
				title = def.Title
			}
			out = append(out, c.Truncate(t.Subheading.Render(title)+t.Subtle.Render(fmt.Sprintf(" · %s to %s · ", cr.Opened.Name(), cr.Closed.Name()))+t.Text.Render(strings.ReplaceAll(cr.Status, "_", " ")), w))
		}
	}
	return out
}

// sync starts afresh each month, and puts the cursor on the rung the player stands on.
func (p *Crisis) sync(ctx *Ctx) {
	s := ctx.S
	if date := s.State().Date.String(); date != p.month {
		p.month, p.detail = date, Scroller{}
	}
	cs := CrisesInPlay(ctx)
	if len(cs) == 0 {
		return
	}
	p.which = min(max(p.which, 0), len(cs)-1)
	cr := cs[p.which]
	if key := cr.def.ID + "|" + s.State().Date.String(); p.placed != key {
		p.placed = key
		rows := p.rows(ctx, cr)
		for i, r := range rows {
			if ch, ok := s.Choice(strings.TrimPrefix(r.Key, "c:")); ok && (ch.Current || s.IsChosen(ch.ID)) {
				p.list.Cursor = i
			}
		}
	}
}

func (p *Crisis) key(ctx *Ctx, k tea.KeyPressMsg, keys PlayKeys) Action {
	p.sync(ctx)
	cs := CrisesInPlay(ctx)
	if len(cs) == 0 {
		return nil
	}
	rows := p.rows(ctx, cs[p.which])
	switch {
	case key.Matches(k, keys.Up):
		p.list.Move(rows, -1)
		p.detail = Scroller{}
	case key.Matches(k, keys.Down):
		p.list.Move(rows, 1)
		p.detail = Scroller{}
	case key.Matches(k, keys.Top):
		p.list.Home(rows)
		p.detail = Scroller{}
	case key.Matches(k, keys.Bottom):
		p.list.End(rows)
		p.detail = Scroller{}
	case key.Matches(k, keys.PageDown):
		p.detail.By(8)
	case key.Matches(k, keys.PageUp):
		p.detail.By(-8)
	case key.Matches(k, keys.PrevMonth):
		p.which, p.list, p.detail, p.placed = max(p.which-1, 0), List{}, Scroller{}, ""
	case key.Matches(k, keys.NextMonth):
		p.which, p.list, p.detail, p.placed = min(p.which+1, len(cs)-1), List{}, Scroller{}, ""
	case key.Matches(k, keys.Choose):
		if r, ok := p.list.Selected(rows); ok {
			return Toggle{ID: strings.TrimPrefix(r.Key, "c:")}
		}
	case key.Matches(k, keys.Dossier):
		if def := cs[p.which].def; def.Dossier != "" {
			return ShowDossier{ID: def.Dossier}
		}
	}
	return nil
}

func (p *Crisis) click(ctx *Ctx, x, y, w, h int) Action { return nil }
func (p *Crisis) scroll(n int)                          { p.detail.By(n) }

// stamp is where the panel stands, for the main screen's frame cache.
func (p *Crisis) stamp() [5]any { return [5]any{p.which, p.list, p.detail, p.month, p.placed} }
