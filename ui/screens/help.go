package screens

import (
	"fmt"
	"strings"

	c "github.com/pactgame/pact/ui/components"
)

// HelpLines renders a keymap's full help in w cells: each titled group as a column, as many
// columns side by side as fit, the rest below.
func HelpLines(ctx *Ctx, km KeyMap, w int) []string {
	t := ctx.Theme
	var cols [][]string
	colW := 0
	for _, g := range km.Groups() {
		col := []string{t.Heading.Render(g.Title)}
		for _, b := range g.Keys {
			if !b.Enabled() {
				continue
			}
			h := b.Help()
			col = append(col, t.Key.Render(c.Pad(h.Key, 11))+" "+t.Text.Render(h.Desc))
		}
		for _, l := range col {
			colW = max(colW, c.Width(l))
		}
		cols = append(cols, col)
	}
	colW = min(colW, w)
	per := max(1, (w+3)/(colW+3))
	var out []string
	for i := 0; i < len(cols); i += per {
		j := min(i+per, len(cols))
		row := make([][]string, 0, j-i)
		for _, col := range cols[i:j] {
			row = append(row, c.Block(col, colW, len(col)))
		}
		if len(out) > 0 {
			out = append(out, "")
		}
		out = append(out, c.Beside(3, row...)...)
	}
	for i := range out {
		out[i] = c.Truncate(out[i], w)
	}
	return out
}

// GuideLines is the short guide for a new player's first month: how a month works, and the
// player's objectives.
func GuideLines(ctx *Ctx, w int) []string {
	t := ctx.Theme
	var out []string
	step := func(n, text string) { out = append(out, c.WrapIndent(text, w, t.Key.Render(n)+" ", "   ")...) }
	out = append(out, c.Wrap(t.Subheading.Render("Each turn is a month. A month goes like this:"), w)...)
	step("1", "Read the dispatches (key 1): this month's events. Those marked ! need your answer.")
	step("2", "Sit in council (key 2). Each decision shows its price in influence, a forecast of what it does — ranges from 11 simulated futures — the reactions it draws, what the real government did (◆), and your ministers' advice. Enter chooses, enter again or u takes back.")
	step("3", "End the month with e. The five other chancelleries decide at the same time.")
	step("4", "Read the report (key 3): every change with its cause, and why the others did what they did.")
	out = append(out, "")
	out = append(out, c.Wrap(t.Text.Render("Watch the header: influence pays for decisions; stability keeps your government alive; tension is the risk of war. When a crisis opens (key 5) you choose your rung on the escalation ladder — from accepting the fait accompli to war, which ends the campaign."), w)...)
	if s := ctx.S; s != nil {
		info := s.Scenario.Powers[s.Player]
		if len(info.Objectives) > 0 {
			out = append(out, "", t.Heading.Render(fmt.Sprintf("%s's objectives, scored at the end", s.Player.Title())))
			for _, o := range info.Objectives {
				out = append(out, c.WrapIndent(o.Text, w, t.Ally.Render(fmt.Sprintf("%3d", o.Points))+"  ", "     ")...)
			}
		}
		out = append(out, "")
		out = append(out, c.Wrap(t.Subtle.Render(fmt.Sprintf("The campaign runs %s to %s. It is saved after every month; q quits, and Continue on the title screen resumes.",
			s.Scenario.Start.Name(), s.Scenario.End.Name())), w)...)
	}
	out = append(out, "")
	out = append(out, c.Wrap(t.Subtle.Render("? shows every key of the screen you are on. T, E, H and R open the Treaty lab, the Encyclopedia, the History view and the Records."), w)...)
	return out
}

// ShortHelp renders a keymap's short help as one line of w cells.
func ShortHelp(ctx *Ctx, km KeyMap, w int) string {
	t := ctx.Theme
	var parts []string
	used := 0
	for _, b := range km.ShortHelp() {
		if !b.Enabled() {
			continue
		}
		h := b.Help()
		p := t.Key.Render(h.Key) + " " + t.KeyDesc.Render(h.Desc)
		pw := c.Width(p) + 3
		if used+pw > w {
			break
		}
		parts = append(parts, p)
		used += pw
	}
	return " " + strings.Join(parts, t.Faint.Render(" · "))
}
