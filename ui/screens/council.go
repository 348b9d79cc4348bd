package screens

import (
	"fmt"
	"strings"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"github.com/pactgame/pact/game"
	c "github.com/pactgame/pact/ui/components"
)

// Council is the panel of the month's decisions: the answers the dispatches ask for, the moves
// in open crises, the council decisions open to the player, and the closed ones with the reason
// they are closed. Each shows its price, its forecast, the reactions it draws and what the real
// government did. Enter chooses or takes back; the orders are played when the month ends.
type Council struct {
	monthPanel

	rowsKey  string
	rowsMemo []Row
}

func (p *Council) title(ctx *Ctx) string {
	s := ctx.S
	n := len(s.Chosen())
	orders := "no orders yet"
	if n > 0 {
		orders = c.Plural(n, "order", "orders") + " given"
	}
	return fmt.Sprintf("Council · %s · %d influence · %s", s.State().Date.Name(), s.Influence(), orders)
}

// categoryOrder is the order of the council's sections.
var categoryOrder = []string{"pact", "diplomacy", "military", "league", "economy", "domestic"}

func categoryTitle(cat string) string {
	switch cat {
	case "pact":
		return "The pact"
	case "league":
		return "The League"
	case "":
		return "Other"
	}
	return strings.ToUpper(cat[:1]) + cat[1:]
}

func (p *Council) rows(ctx *Ctx) []Row {
	s, t := ctx.S, ctx.Theme
	if s.Turn == nil {
		return nil
	}
	var rows []Row
	choices := s.Choices()
	// Answers to this month's dispatches.
	var lastGroup string
	for i := range choices {
		ch := &choices[i]
		if ch.Kind != game.ChoiceEvent {
			continue
		}
		if ch.Group != lastGroup {
			lastGroup = ch.Group
			title := ch.Group
			if ch.Option != nil {
				title = ch.Option.Event.Title
			}
			mark := "! "
			if answered(ctx, ch.Group) {
				mark = "✓ "
			}
			rows = append(rows, Row{Header: true, Title: mark + "Answer: " + title})
		}
		rows = append(rows, choiceRow(ctx, ch, ""))
	}
	// Crisis moves.
	lastGroup = ""
	for i := range choices {
		ch := &choices[i]
		if ch.Kind != game.ChoiceCrisis {
			continue
		}
		if ch.Group != lastGroup {
			lastGroup = ch.Group
			rows = append(rows, Row{Header: true, Title: "Crisis: " + ch.Crisis.Title})
		}
		rows = append(rows, choiceRow(ctx, ch, ""))
	}
	// Council decisions by category.
	byCat := map[string][]int{}
	var cats []string
	for i := range choices {
		if choices[i].Kind != game.ChoiceDecision {
			continue
		}
		cat := choices[i].Category
		if _, ok := byCat[cat]; !ok {
			cats = append(cats, cat)
		}
		byCat[cat] = append(byCat[cat], i)
	}
	ordered := append([]string(nil), categoryOrder...)
	for _, cat := range cats {
		if !contains(ordered, cat) {
			ordered = append(ordered, cat)
		}
	}
	for _, cat := range ordered {
		idx := byCat[cat]
		if len(idx) == 0 {
			continue
		}
		rows = append(rows, Row{Header: true, Title: "Council · " + categoryTitle(cat)})
		for _, i := range idx {
			rows = append(rows, choiceRow(ctx, &choices[i], ""))
		}
	}
	// Closed decisions.
	var closed []Row
	for _, d := range s.Scenario.Decisions {
		if d.Power != s.Player {
			continue
		}
		if _, open := s.Choice(d.ID); open {
			continue
		}
		why := s.Turn.WhyClosed(d)
		if strings.HasPrefix(why, "its moment passed") {
			continue // gone for good: not worth a line every month
		}
		closed = append(closed, Row{Key: "x:" + d.ID, Mark: t.Faint.Render(" × "), Title: d.Title, Dim: true,
			Right: t.Faint.Render(fmt.Sprintf("%2d", d.Body.Cost.Influence))})
	}
	if len(closed) > 0 {
		rows = append(rows, Row{Header: true, Title: "Closed this month"})
		rows = append(rows, closed...)
	}
	return rows
}

func contains(xs []string, x string) bool {
	for _, y := range xs {
		if y == x {
			return true
		}
	}
	return false
}

func (p *Council) summary(ctx *Ctx, w int, small bool) []string {
	t, s := ctx.Theme, ctx.S
	if s.Turn == nil {
		return nil
	}
	left := s.Influence() - s.Spent()
	line := t.Subtle.Render("Orders: ")
	var names []string
	for _, id := range s.Chosen() {
		if ch, ok := s.Choice(id); ok {
			names = append(names, ch.Title)
		}
	}
	if len(names) == 0 {
		line += t.Faint.Render("none yet")
	} else {
		line += t.Text.Render(strings.Join(names, "; "))
	}
	inf := t.Bold.Render(fmt.Sprintf("%d", left)) + t.Subtle.Render(fmt.Sprintf(" of %d influence left", s.Influence()))
	out := []string{c.Truncate(inf+t.Faint.Render("  ·  ")+line, w)}
	if missing := s.Unanswered(); len(missing) > 0 {
		out = append(out, c.Truncate(t.Warning.Render("! answer first: "+strings.Join(missing, "; ")), w))
	} else if !small {
		out = append(out, c.Truncate(t.Subtle.Render("enter choose · u undo · a your ministers' advice · ")+t.Key.Render("e")+t.Subtle.Render(" end the month"), w))
	}
	return out
}

func (p *Council) view(ctx *Ctx, w, h int) []string {
	p.sync(ctx)
	rows := p.rows(ctx)
	if len(rows) == 0 {
		return []string{ctx.Theme.Subtle.Render("The campaign is over: the council has risen.")}
	}
	head := p.summary(ctx, w, h < 24)
	bh := h - len(head) - 1
	sp := splitLayout(ctx.Theme.Plain, w, bh, len(rows))
	list := p.list.Render(ctx.Theme, rows, sp.listW, sp.listH, true)
	var detail []string
	if r, ok := p.list.Selected(rows); ok {
		detail = p.detailOf(ctx, r.Key, sp.detailW)
	}
	out := append(head, c.Rule(ctx.Theme, "", w))
	return append(out, renderSplit(ctx.Theme, sp, list, p.detail.View(ctx.Theme, detail, sp.detailW, sp.detailH), w, bh)...)
}

func (p *Council) detailOf(ctx *Ctx, k string, w int) []string {
	t, s := ctx.Theme, ctx.S
	kind, id, _ := strings.Cut(k, ":")
	switch kind {
	case "c":
		if ch, ok := s.Choice(id); ok {
			return choiceDetail(ctx, ch, w)
		}
	case "x":
		d, ok := s.Scenario.Decision(id)
		if !ok {
			return nil
		}
		out := c.Wrap(t.Subheading.Render(d.Title), w)
		out = append(out, t.Subtle.Render("council decision · "+d.Category), "")
		out = append(out, c.Wrap(t.Warning.Render("Closed: "+s.Turn.WhyClosed(d)), w)...)
		out = append(out, "")
		out = append(out, c.Wrap(strings.Join(strings.Fields(d.Text), " "), w)...)
		out = append(out, "", t.Heading.Render("Price when open"), t.Text.Render(costText(d.Body.Cost)))
		if len(d.Historical) > 0 {
			var when []string
			for _, m := range d.Historical {
				when = append(when, m.Name())
			}
			out = append(out, "", c.Truncate(t.Historical.Render("◇ in history taken in "+strings.Join(when, ", ")), w))
		}
		return out
	}
	return nil
}

func (p *Council) key(ctx *Ctx, k tea.KeyPressMsg, keys PlayKeys) Action {
	p.sync(ctx)
	rows := p.rows(ctx)
	if p.navigate(k, keys.CommonKeys, rows) {
		return nil
	}
	switch {
	case key.Matches(k, keys.Choose):
		if r, ok := p.list.Selected(rows); ok {
			if id, ok := strings.CutPrefix(r.Key, "c:"); ok {
				return Toggle{ID: id}
			}
			if id, ok := strings.CutPrefix(r.Key, "x:"); ok {
				if d, ok := ctx.S.Scenario.Decision(id); ok {
					return Status{Text: d.Title + " is closed: " + ctx.S.Turn.WhyClosed(d), Error: true}
				}
			}
		}
	case key.Matches(k, keys.Dossier):
		if r, ok := p.list.Selected(rows); ok {
			return dossierAction(ctx, r.Key)
		}
	}
	return nil
}

func (p *Council) click(ctx *Ctx, x, y, w, h int) Action {
	rows := p.rows(ctx)
	head := len(p.summary(ctx, w, h < 24)) + 1
	bh := h - head
	sp := splitLayout(ctx.Theme.Plain, w, bh, len(rows))
	y -= head
	if x < sp.listW && y >= 0 && y < sp.listH {
		before := p.list.Cursor
		if p.list.Click(rows, y, sp.listH) {
			p.detail = Scroller{}
			if before == p.list.Cursor {
				if id, ok := strings.CutPrefix(rows[p.list.Cursor].Key, "c:"); ok {
					return Toggle{ID: id}
				}
			}
		}
	}
	return nil
}

func (p *Council) scroll(n int) { p.detail.By(n) }

// Focus puts the cursor on a choice (when another panel sends the player here).
func (p *Council) Focus(ctx *Ctx, id string) { p.list.Select(p.rows(ctx), "c:"+id) }

// stamp is where the panel stands, for the main screen's frame cache.
func (p *Council) stamp() [5]any { return [5]any{p.list, p.detail, p.month} }
