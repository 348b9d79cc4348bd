package ui

import (
	"fmt"
	"strings"

	"github.com/charmbracelet/x/ansi"

	"github.com/pactgame/pact/game"
	c "github.com/pactgame/pact/ui/components"
	"github.com/pactgame/pact/ui/screens"
	"github.com/pactgame/pact/ui/theme"
)

// overlayBox draws a box of w×h (h grows to the lines, within the body) centred over the body.
func overlayBox(t *theme.Theme, title string, lines []string, body []string, bw, w, h int) []string {
	bh := len(body)
	w = min(w, bw)
	h = min(max(h, len(lines)+2), bh)
	box := c.Box(t, title, lines, w, h, true)
	x0 := (bw - w) / 2
	y0 := max(0, (bh-h)/2)
	out := append([]string(nil), body...)
	for i, l := range box {
		y := y0 + i
		if y >= bh {
			break
		}
		row := c.Pad(out[y], bw)
		out[y] = ansi.Truncate(row, x0, "") + "\x1b[0m" + l + ansi.TruncateLeft(row, x0+w, "")
	}
	return out
}

func (a *App) overlayView(body []string, bw, bh int) []string {
	t := a.ctx.Theme
	switch a.overlay {
	case quitOverlay:
		lines := []string{t.Subheading.Render("Quit Pact?"), ""}
		if a.ctx.S != nil {
			lines = append(lines, t.Text.Render("Your campaign is saved; Continue resumes it."))
		}
		lines = append(lines, "", t.Key.Render("y")+t.KeyDesc.Render(" quit   ")+t.Key.Render("n")+t.KeyDesc.Render(" stay"))
		return overlayBox(t, "quit? y/n", lines, body, bw, 52, 0)
	case endMonthOverlay:
		return overlayBox(t, "End the month?", a.endMonthLines(min(64, bw-4)-4), body, bw, min(64, bw-4), 0)
	}
	w, h := a.overlaySize()
	lines := a.ovScroll.View(t, a.ovLines, w, h)
	return overlayBox(t, a.ovTitle, lines, body, bw, w+4, h+2)
}

// endMonthLines is the confirmation of the month's orders.
func (a *App) endMonthLines(w int) []string {
	t, s := a.ctx.Theme, a.ctx.S
	var out []string
	out = append(out, c.Truncate(t.Subheading.Render(fmt.Sprintf("End %s with these orders?", s.State().Date.Name())), w), "")
	if len(s.Chosen()) == 0 {
		out = append(out, c.Wrap(t.Subtle.Render("No orders: "+s.Player.Name()+" watches and waits this month (influence is kept for later)."), w)...)
	}
	for _, id := range s.Chosen() {
		if ch, ok := s.Choice(id); ok {
			price := ""
			if ch.Cost.Influence > 0 {
				price = t.Subtle.Render(fmt.Sprintf("  %d", ch.Cost.Influence))
			}
			out = append(out, c.WrapIndent(ch.Title+price, w, t.Ally.Render("✓ "), "  ")...)
		}
	}
	out = append(out, "", c.Truncate(t.Subtle.Render(fmt.Sprintf("%d of %d influence spent. The other chancelleries decide at the same time.", s.Spent(), s.Influence())), w))
	out = append(out, "", t.Key.Render("y")+t.KeyDesc.Render(" end the month   ")+t.Key.Render("n")+t.KeyDesc.Render(" not yet"))
	return out
}

// guideLines is the first-month guide with its title.
func (a *App) showGuide() {
	s := a.ctx.S
	title := "How to play"
	if s != nil {
		title = fmt.Sprintf("You lead %s · %s", s.Player.Name(), s.State().Date.Name())
		if s.Fresh {
			title = "Welcome to Pact · " + title
		}
	}
	a.openOverlay(guideOverlay, title, func(w int) []string {
		lines := screens.GuideLines(&a.ctx, w)
		return append(lines, "", a.ctx.Theme.Key.Render("enter")+a.ctx.Theme.KeyDesc.Render(" begin  ·  i shows this guide again"))
	})
}

func (a *App) showDossier(id string) {
	title, _ := screens.DossierView(&a.ctx, id, 40)
	a.ovWho = screens.DossierWho(&a.ctx, id)
	a.openOverlay(dossierOverlay, title, func(w int) []string {
		_, lines := screens.DossierView(&a.ctx, id, w)
		return lines
	})
}

// describeRecord says in a few words what a record holds, for the title's Continue.
func describeRecord(players []game.Power, date string) string {
	var names []string
	for _, p := range players {
		names = append(names, p.Short())
	}
	return strings.Join(names, ", ") + " · " + date
}
