package screens

import (
	"fmt"
	"strings"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"github.com/pactgame/pact/assets"
	"github.com/pactgame/pact/game"
	c "github.com/pactgame/pact/ui/components"
)

// Dispatches is the panel of the month's events: each with its text, the player's answer when it
// asks for one, and the way to its dossier; and the scheduled events that did not come, and why.
type Dispatches struct {
	monthPanel

	rowsKey  string
	rowsMemo []Row
}

func (d *Dispatches) title(ctx *Ctx) string {
	return "Dispatches · " + ctx.S.State().Date.Name()
}

func sourceText(src string) string {
	switch src {
	case "window":
		return "scheduled"
	case "trigger":
		return "set off by the situation"
	case "follow-up":
		return "a consequence of an earlier event"
	}
	return src
}

func (d *Dispatches) rows(ctx *Ctx) []Row {
	s := ctx.S
	key := fmt.Sprintf("%p|%p|%s", ctx.Theme, s.Turn, strings.Join(s.Chosen(), ","))
	if key != d.rowsKey {
		d.rowsKey, d.rowsMemo = key, d.makeRows(ctx)
	}
	return d.rowsMemo
}

func (d *Dispatches) makeRows(ctx *Ctx) []Row {
	s, t := ctx.S, ctx.Theme
	if s.Turn == nil {
		return nil
	}
	var rows []Row
	rows = append(rows, Row{Header: true, Title: fmt.Sprintf("%s — %s", s.State().Date.Name(), c.Plural(len(s.Turn.Fired), "dispatch", "dispatches"))})
	for _, f := range s.Turn.Fired {
		e := f.Event
		mark, right := t.Subtle.Render(" • "), ""
		if e.Power == s.Player && len(e.Options) > 0 {
			if answered(ctx, e.ID) {
				mark = t.Ally.Render("[✓]")
			} else {
				mark = t.Warning.Render("[!]")
				right = t.Warning.Render("answer")
			}
		} else if e.Power < game.NumPowers && len(e.Options) > 0 {
			right = t.Power(e.Power).Render(e.Power.Short() + " decides")
		}
		rows = append(rows, Row{Key: "e:" + e.ID, Mark: mark, Title: e.Title, Right: right})
		if e.Power == s.Player {
			for _, ch := range s.Choices() {
				if ch.Kind == game.ChoiceEvent && ch.Group == e.ID {
					rows = append(rows, choiceRow(ctx, &ch, "   "))
				}
			}
		}
	}
	if len(s.Turn.Notes) > 0 {
		rows = append(rows, Row{Header: true, Title: "Expected, but not this month"})
		for i, n := range s.Turn.Notes {
			rows = append(rows, Row{Key: fmt.Sprintf("n:%d", i), Mark: t.Faint.Render(" · "), Title: n.Title, Right: t.Subtle.Render(n.Kind), Dim: true})
		}
	}
	return rows
}

// answered reports whether the player has chosen an answer to the event.
func answered(ctx *Ctx, event string) bool {
	for _, id := range ctx.S.Chosen() {
		if ch, ok := ctx.S.Choice(id); ok && ch.Group == event {
			return true
		}
	}
	return false
}

// choiceRow is a choice as a row of a list: its mark (chosen or not), title, price and markers.
func choiceRow(ctx *Ctx, ch *game.Choice, indent string) Row {
	t, s := ctx.Theme, ctx.S
	radio := ch.Kind != game.ChoiceDecision
	mark := "[ ]"
	if radio {
		mark = "( )"
	}
	if s.IsChosen(ch.ID) {
		mark = t.Ally.Render(strings.Replace(strings.Replace(mark, "[ ]", "[✓]", 1), "( )", "(●)", 1))
	} else if ch.Current {
		mark = t.Subtle.Render("(·)")
	} else {
		mark = t.Subtle.Render(mark)
	}
	var right []string
	if ch.Historical {
		right = append(right, t.Historical.Render("◆"))
	}
	if ch.Cost.Influence > 0 {
		st := t.Text
		if ch.Cost.Influence > s.Influence()-s.Spent() && !s.IsChosen(ch.ID) {
			st = t.Rival
		}
		right = append(right, st.Render(fmt.Sprintf("%2d", ch.Cost.Influence)))
	} else {
		right = append(right, t.Faint.Render(" –"))
	}
	title := ch.Title
	if ch.Current {
		title += " (now)"
	}
	return Row{Key: "c:" + ch.ID, Mark: indent + mark, Title: title, Right: strings.Join(right, " ")}
}

func (d *Dispatches) view(ctx *Ctx, w, h int) []string {
	d.sync(ctx)
	rows := d.rows(ctx)
	if len(rows) == 0 {
		return []string{ctx.Theme.Subtle.Render("The campaign is over: no more dispatches.")}
	}
	sp := splitLayout(ctx.Theme.Plain, w, h, len(rows))
	list := d.list.Render(ctx.Theme, rows, sp.listW, sp.listH, true)
	var detail []string
	if r, ok := d.list.Selected(rows); ok {
		detail = d.detailOf(ctx, r.Key, sp.detailW)
	}
	return renderSplit(ctx.Theme, sp, list, d.detail.View(ctx.Theme, detail, sp.detailW, sp.detailH), w, h)
}

func (d *Dispatches) detailOf(ctx *Ctx, k string, w int) []string {
	t, s := ctx.Theme, ctx.S
	kind, id, _ := strings.Cut(k, ":")
	switch kind {
	case "c":
		if ch, ok := s.Choice(id); ok {
			return choiceDetail(ctx, ch, w)
		}
	case "n":
		var i int
		fmt.Sscan(id, &i)
		if i < len(s.Turn.Notes) {
			n := s.Turn.Notes[i]
			out := c.Wrap(t.Subheading.Render(n.Title), w)
			out = append(out, t.Subtle.Render(n.Kind), "")
			return append(out, c.Wrap(n.Text, w)...)
		}
	case "e":
		for _, f := range s.Turn.Fired {
			if f.Event.ID != id {
				continue
			}
			e := f.Event
			out := c.Wrap(t.Subheading.Render(e.Title), w)
			meta := sourceText(f.Source)
			if !e.Date.IsZero() {
				meta += " · in history: " + e.Date.Name()
			}
			out = append(out, c.Truncate(t.Subtle.Render(meta), w), "")
			for _, p := range strings.Split(strings.TrimSpace(e.Text), "\n\n") {
				out = append(out, c.Wrap(strings.Join(strings.Fields(p), " "), w)...)
				out = append(out, "")
			}
			switch {
			case e.Power == s.Player && len(e.Options) > 0:
				if answered(ctx, e.ID) {
					out = append(out, t.Ally.Render("✓ You have answered; change it below."))
				} else {
					out = append(out, c.Wrap(t.Warning.Render("! "+s.Player.Title()+" must answer: choose one of the options below (↓, then enter)."), w)...)
				}
			case e.Power < game.NumPowers && len(e.Options) > 0:
				out = append(out, c.Wrap(t.Subtle.Render(e.Power.Title()+" will choose its answer this month."), w)...)
			}
			if e.Dossier != "" {
				if dos, ok := dossierOf(ctx, e.Dossier); ok {
					if ps := assets.Paragraphs(ctx.Lib.PlainText(dos.What)); len(ps) > 0 {
						out = append(out, "", t.Heading.Render("What really happened")+t.Subtle.Render(" · "+dos.Date))
						out = append(out, c.Wrap(t.Subtle.Render(ps[0]), w)...)
					}
					out = append(out, "", t.Key.Render("d")+t.KeyDesc.Render(" the whole dossier: why it mattered, who, the sources"))
				}
			}
			return out
		}
	}
	return nil
}

func (d *Dispatches) key(ctx *Ctx, k tea.KeyPressMsg, keys PlayKeys) Action {
	d.sync(ctx)
	rows := d.rows(ctx)
	if d.navigate(k, keys.CommonKeys, rows) {
		return nil
	}
	switch {
	case key.Matches(k, keys.Choose):
		if r, ok := d.list.Selected(rows); ok {
			if id, ok := strings.CutPrefix(r.Key, "c:"); ok {
				return Toggle{ID: id}
			}
			if id, ok := strings.CutPrefix(r.Key, "e:"); ok {
				// On an event that asks for an answer, go to its first option.
				d.list.Move(rows, 1)
				if r2, ok := d.list.Selected(rows); !ok || !strings.HasPrefix(r2.Key, "c:") {
					d.list.Select(rows, "e:"+id)
				}
			}
		}
	case key.Matches(k, keys.Dossier):
		if r, ok := d.list.Selected(rows); ok {
			return dossierAction(ctx, r.Key)
		}
	}
	return nil
}

// dossierAction opens the dossier of the event or decision a row stands for.
func dossierAction(ctx *Ctx, rowKey string) Action {
	kind, id, _ := strings.Cut(rowKey, ":")
	sc := ctx.S.Scenario
	dossier := ""
	switch kind {
	case "e":
		if e, ok := sc.Event(id); ok {
			dossier = e.Dossier
		}
	case "c", "x":
		if ch, ok := ctx.S.Choice(id); ok {
			switch {
			case ch.Option != nil:
				dossier = ch.Option.Event.Dossier
			case ch.Decision != nil:
				dossier = ch.Decision.Dossier
			case ch.Crisis != nil:
				dossier = ch.Crisis.Dossier
				if dossier == "" {
					dossier = ch.Crisis.Points[ctx.S.Player].ID
				}
			}
		} else if dec, ok := sc.Decision(id); ok {
			dossier = dec.Dossier
		}
	}
	if dossier == "" {
		return Status{Text: "no dossier for this one"}
	}
	return ShowDossier{ID: dossier}
}

func (d *Dispatches) click(ctx *Ctx, x, y, w, h int) Action {
	rows := d.rows(ctx)
	sp := splitLayout(ctx.Theme.Plain, w, h, len(rows))
	if x < sp.listW && y < sp.listH {
		before := d.list.Cursor
		if d.list.Click(rows, y, sp.listH) {
			d.detail = Scroller{}
			if before == d.list.Cursor {
				if id, ok := strings.CutPrefix(rows[d.list.Cursor].Key, "c:"); ok {
					return Toggle{ID: id}
				}
			}
		}
	}
	return nil
}

func (d *Dispatches) scroll(n int) { d.detail.By(n) }

// stamp is where the panel stands, for the main screen's frame cache.
func (d *Dispatches) stamp() [5]any { return [5]any{d.list, d.detail, d.month} }
