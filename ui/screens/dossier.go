package screens

import (
	"fmt"
	"strings"

	"github.com/pactgame/pact/assets"
	c "github.com/pactgame/pact/ui/components"
)

// dossierOf finds a dossier in the reference library.
func dossierOf(ctx *Ctx, id string) (*assets.Dossier, bool) {
	if ctx.Lib == nil {
		return nil, false
	}
	return ctx.Lib.Dossier(id)
}

// DossierWho are the encyclopedia entries of the people and bodies a dossier names (those the
// encyclopedia has), in its order.
func DossierWho(ctx *Ctx, id string) []string {
	d, ok := dossierOf(ctx, id)
	if !ok {
		return nil
	}
	var out []string
	for _, w := range d.Who {
		if _, ok := ctx.Lib.Entry(w); ok && !contains(out, w) {
			out = append(out, w)
		}
	}
	return out
}

// DossierView renders a dossier — what really happened, why it mattered, who was involved, the
// options really debated and the sources — in lines of w cells. A missing dossier says so.
func DossierView(ctx *Ctx, id string, w int) (title string, lines []string) {
	t := ctx.Theme
	d, ok := dossierOf(ctx, id)
	if !ok {
		why := "There is no dossier " + id + " in the reference library."
		if ctx.LibErr != nil {
			why = "The reference library could not be loaded: " + ctx.LibErr.Error()
		}
		return "Dossier", c.Wrap(why, w)
	}
	var out []string
	para := func(head, text string) {
		if strings.TrimSpace(text) == "" {
			return
		}
		out = append(out, "", t.Heading.Render(head))
		for _, p := range assets.Paragraphs(ctx.Lib.PlainText(text)) {
			out = append(out, c.Wrap(p, w)...)
		}
	}
	meta := d.Date
	if len(d.Powers) > 0 {
		meta += " · " + strings.Join(d.Powers, ", ")
	}
	out = append(out, t.Subtle.Render(meta))
	para("What happened", d.What)
	para("Why it mattered", d.Why)
	if len(d.Options) > 0 {
		out = append(out, "", t.Heading.Render("What was debated"))
		for _, o := range d.Options {
			mark := "  "
			st := t.Text
			if o.Historical {
				mark, st = t.Historical.Render("◆ "), t.Historical
			}
			out = append(out, c.WrapIndent(st.Render(o.Title), w, mark, "  ")...)
			if o.Text != "" {
				out = append(out, c.WrapIndent(t.Subtle.Render(strings.Join(strings.Fields(o.Text), " ")), w, "  ", "  ")...)
			}
		}
	}
	if who := DossierWho(ctx, id); len(who) > 0 {
		var names []string
		for i, id := range who {
			e, _ := ctx.Lib.Entry(id)
			n := e.Title
			if i < 9 {
				n = t.Key.Render(fmt.Sprint(i+1)) + " " + n
			}
			names = append(names, n)
		}
		out = append(out, "", t.Heading.Render("Who")+t.Subtle.Render(" · a number opens the encyclopedia"))
		out = append(out, c.Wrap(strings.Join(names, t.Faint.Render(" · ")), w)...)
	}
	para("Where the sources disagree", d.Disagreements)
	para("Not confirmed", d.Unconfirmed)
	if len(d.Sources) > 0 {
		out = append(out, "", t.Heading.Render("Sources"))
		for _, s := range d.Sources {
			out = append(out, c.WrapIndent(t.Subtle.Render(ctx.Lib.Cite(s)), w, "· ", "  ")...)
		}
	}
	return "Dossier · " + d.Title, out
}
