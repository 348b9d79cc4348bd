package screens

import (
	"fmt"
	"strings"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"github.com/pactgame/pact/game"
	c "github.com/pactgame/pact/ui/components"
)

// History sets the line being played beside the historical line, month by month: the events and
// orders of each, and how they diverge (game.Diverge); the months not yet played show what
// history holds.
type History struct{ studyFrame }

// NewHistory makes the history screen.
func NewHistory() *History {
	k := DefaultStudyKeys()
	k.groups = func(k StudyKeys) []HelpGroup {
		return []HelpGroup{
			{"Months", []key.Binding{k.Up, k.Down, k.Top, k.Bottom}},
			{"Read", []key.Binding{k.PageUp, k.PageDown, k.Dossier}},
			{"Study", []key.Binding{k.Treaty, k.Encyclopedia, k.History, k.Records}},
			{"Pact", []key.Binding{k.Back, k.Help, k.Quit}},
		}
	}
	return &History{studyFrame{keys: k}}
}

// Keys is the screen's keymap.
func (h *History) Keys() KeyMap { return h.keys }

func (h *History) rows(ctx *Ctx) []Row {
	t, s := ctx.Theme, ctx.S
	if s == nil {
		return nil
	}
	var rows []Row
	played := len(s.Reports())
	rows = append(rows, Row{Header: true, Title: "This line beside history"})
	for i, rep := range s.Reports() {
		mark, right := t.Ally.Render(" = "), t.Faint.Render("as history")
		if i < len(ctx.Diverge) && len(ctx.Diverge[i]) > 0 {
			mark = t.Warning.Render(" ≠ ")
			right = t.Warning.Render(c.Plural(len(ctx.Diverge[i]), "difference", "differences"))
		} else if ctx.Hist == nil {
			mark, right = t.Faint.Render(" · "), ""
		}
		rows = append(rows, Row{Key: fmt.Sprint(i), Mark: mark, Title: rep.Date.Name(), Right: right})
	}
	if ctx.Hist != nil && played < len(ctx.Hist.Reports) {
		rows = append(rows, Row{Header: true, Title: "What history holds next"})
		for i := played; i < len(ctx.Hist.Reports); i++ {
			rows = append(rows, Row{Key: fmt.Sprint(i), Mark: t.Faint.Render(" › "), Title: ctx.Hist.Reports[i].Date.Name(), Dim: true})
		}
	}
	return rows
}

func (h *History) detail(ctx *Ctx, r Row, w int) []string {
	t, s := ctx.Theme, ctx.S
	var i int
	fmt.Sscan(r.Key, &i)
	var out []string
	section := func(name string) { out = append(out, "", c.Rule(t, name, w)) }
	events := func(rep *game.Report, mine bool) {
		for _, e := range rep.Events {
			line := e.Title
			if e.Choice != "" {
				pw, _ := game.ParsePower(e.Power)
				line += " — " + pw.Short() + ": " + e.Choice
			}
			out = append(out, c.WrapIndent(line, w, t.Subtle.Render("• "), "  ")...)
		}
		var orders []string
		for _, d := range rep.Decisions {
			if d.Power == s.Player.ID() {
				orders = append(orders, d.Title)
			}
		}
		who := s.Player.Name() + " (you)"
		if !mine {
			who = s.Player.Name() + " in history"
		}
		if len(orders) == 0 {
			out = append(out, c.Truncate(t.Faint.Render(who+": no council decision"), w))
		} else {
			out = append(out, c.WrapIndent(t.Text.Render(strings.Join(orders, "; ")), w, t.PowerBold(s.Player).Render(who+": "), "  ")...)
		}
	}
	played := s.Reports()
	if i < len(played) {
		out = append(out, t.Heading.Render(played[i].Date.Name()))
		section("This line")
		events(played[i], true)
	}
	if ctx.Hist == nil {
		return append(out, "", t.Faint.Render("playing the historical line…"))
	}
	if i < len(ctx.Hist.Reports) {
		hrep := ctx.Hist.Reports[i]
		if i >= len(played) {
			out = append(out, t.Heading.Render(hrep.Date.Name())+t.Subtle.Render(" · not yet played"))
		}
		section("History")
		events(hrep, false)
	}
	if i < len(ctx.Diverge) {
		section("How they differ")
		if len(ctx.Diverge[i]) == 0 {
			out = append(out, t.Ally.Render("This month follows history."))
		}
		for _, d := range ctx.Diverge[i] {
			st := t.Text
			if d.Kind == "ended" || d.Kind == "treaty" {
				st = t.Warning
			}
			out = append(out, c.WrapIndent(st.Render(d.Text), w, t.Faint.Render(c.Pad(d.Kind, 14)), strings.Repeat(" ", 14))...)
		}
	}
	return out
}

// View renders the history view.
func (h *History) View(ctx *Ctx, w, hh int) string {
	t := ctx.Theme
	if ctx.S == nil {
		return strings.Join(c.Box(t, "History", c.Wrap("Start a campaign to set it beside history.", w-4), w, hh, true), "\n")
	}
	rows := h.rows(ctx)
	head := []string{c.Truncate(t.Subtle.Render("Every power taking its documented historical choices, with the same seed: = as history, ≠ different"), w-4)}
	return h.frame(ctx, "History · this line beside the historical one", head, rows, func(r Row, dw int) []string { return h.detail(ctx, r, dw) }, w, hh)
}

// Update answers keys and the mouse.
func (h *History) Update(ctx *Ctx, msg tea.Msg) Action {
	rows := h.rows(ctx)
	switch msg := msg.(type) {
	case tea.WindowSizeMsg:
		h.w, h.h = msg.Width, msg.Height
	case tea.KeyPressMsg:
		if key.Matches(msg, h.keys.Dossier) && ctx.S != nil {
			if r, ok := h.list.Selected(rows); ok {
				var i int
				fmt.Sscan(r.Key, &i)
				var rep *game.Report
				if i < len(ctx.S.Reports()) {
					rep = ctx.S.Reports()[i]
				} else if ctx.Hist != nil && i < len(ctx.Hist.Reports) {
					rep = ctx.Hist.Reports[i]
				}
				if rep != nil {
					for _, e := range rep.Events {
						if e.Dossier != "" {
							return ShowDossier{ID: e.Dossier}
						}
					}
				}
				return Status{Text: "no dossier for this month"}
			}
		}
		a, _ := h.studyKey(msg, rows)
		return a
	default:
		h.mouse(msg, rows, 1)
	}
	return nil
}
