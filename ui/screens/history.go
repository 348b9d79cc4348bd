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

// HistoryKeys are the history view's keys.
type HistoryKeys struct {
	StudyNav
	Dossier, First, NextDiff, PrevDiff, Who key.Binding
}

// DefaultHistoryKeys are the history view's keys.
func DefaultHistoryKeys() HistoryKeys {
	return HistoryKeys{StudyNav: DefaultStudyNav(),
		Dossier:  bind([]string{"d"}, "d", "the month's first dossier"),
		First:    bind([]string{"f"}, "f", "where this line left history"),
		NextDiff: bind([]string{"n"}, "n", "next month that differs"),
		PrevDiff: bind([]string{"N"}, "N", "previous month that differs"),
		Who:      bind([]string{"1", "2", "3", "4", "5", "6", "7", "8", "9"}, "1–9", "who: open in the encyclopedia"),
	}
}

func (k HistoryKeys) ShortHelp() []key.Binding {
	return []key.Binding{k.Up, k.Down, k.First, k.NextDiff, k.PageDown, k.Who, k.Help}
}
func (k HistoryKeys) FullHelp() [][]key.Binding { return fullHelp(k.Groups()) }
func (k HistoryKeys) Groups() []HelpGroup {
	return []HelpGroup{
		{"Months", []key.Binding{k.Up, k.Down, k.Top, k.Bottom, k.First, k.NextDiff, k.PrevDiff}},
		{"Read", []key.Binding{k.PageUp, k.PageDown, k.Dossier, k.Who}},
		k.studyGroup(), k.pactGroup(),
	}
}

// History sets the line being played beside the historical line, month by month: what really
// happened (the historical line's events, each with its dossier — what happened, why it mattered,
// who, the sources in full), what this line did, and how they differ (game.Diverge), the month
// where this line left history marked; the months not yet played show what history holds.
type History struct {
	studyFrame
	keys      HistoryKeys
	headLines int // the lines above the list, as last drawn (for the mouse)
}

// NewHistory makes the history screen.
func NewHistory() *History {
	h := &History{keys: DefaultHistoryKeys()}
	h.nav = h.keys.StudyNav
	return h
}

// Keys is the screen's keymap.
func (h *History) Keys() KeyMap { return h.keys }

// FirstDivergence is the index of the first month of the line in play that differs from history
// (-1 when none does, or the comparison is not there yet).
func FirstDivergence(ctx *Ctx) int {
	for i, d := range ctx.Diverge {
		if len(d) > 0 {
			return i
		}
	}
	return -1
}

func (h *History) rows(ctx *Ctx) []Row {
	t, s := ctx.Theme, ctx.S
	if s == nil {
		return nil
	}
	var rows []Row
	played := len(s.Reports())
	first := FirstDivergence(ctx)
	rows = append(rows, Row{Header: true, Title: "This line beside history"})
	for i, rep := range s.Reports() {
		mark, right := t.Ally.Render("="), t.Faint.Render("as history")
		switch {
		case ctx.Hist == nil || i >= len(ctx.Diverge):
			mark, right = t.Faint.Render("·"), ""
		case i == first:
			mark = t.Warning.Render("◆")
			right = t.Warning.Render("left history · " + c.Plural(len(ctx.Diverge[i]), "difference", "differences"))
		case len(ctx.Diverge[i]) > 0:
			mark = t.Warning.Render("≠")
			right = t.Warning.Render(c.Plural(len(ctx.Diverge[i]), "difference", "differences"))
		}
		rows = append(rows, Row{Key: fmt.Sprint(i), Mark: mark, Title: rep.Date.Name(), Right: right})
	}
	if ctx.Hist != nil && played < len(ctx.Hist.Reports) {
		rows = append(rows, Row{Header: true, Title: "What history holds next"})
		for i := played; i < len(ctx.Hist.Reports); i++ {
			rows = append(rows, Row{Key: fmt.Sprint(i), Mark: t.Faint.Render("›"), Title: ctx.Hist.Reports[i].Date.Name(), Dim: true})
		}
	}
	return rows
}

// monthIndex is the month a row stands for.
func monthIndex(r Row) int {
	var i int
	fmt.Sscan(r.Key, &i)
	return i
}

// monthDossiers are the dossiers of a month's events, history's first, without repeats.
func monthDossiers(ctx *Ctx, i int) []*assets.Dossier {
	var reps []*game.Report
	if ctx.Hist != nil && i < len(ctx.Hist.Reports) {
		reps = append(reps, ctx.Hist.Reports[i])
	}
	if i < len(ctx.S.Reports()) {
		reps = append(reps, ctx.S.Reports()[i])
	}
	var out []*assets.Dossier
	seen := map[string]bool{}
	for _, rep := range reps {
		for _, e := range rep.Events {
			if e.Dossier == "" || seen[e.Dossier] {
				continue
			}
			seen[e.Dossier] = true
			if d, ok := dossierOf(ctx, e.Dossier); ok {
				out = append(out, d)
			}
		}
	}
	return out
}

// monthWho is the people and bodies of a month's dossiers, for the keys 1–9.
func monthWho(ctx *Ctx, i int) []string {
	var out []string
	for _, d := range monthDossiers(ctx, i) {
		for _, id := range d.Who {
			if !contains(out, id) {
				out = append(out, id)
			}
		}
	}
	return out
}

func (h *History) detail(ctx *Ctx, r Row, w int) []string {
	t, s := ctx.Theme, ctx.S
	i := monthIndex(r)
	var out []string
	section := func(name string, w int) []string { return []string{"", c.Rule(t, name, w)} }
	events := func(rep *game.Report, mine bool, w int) []string {
		var out []string
		for _, e := range rep.Events {
			line := e.Title
			if e.Choice != "" {
				pw, _ := game.ParsePower(e.Power)
				line += " — " + pw.Short() + ": " + e.Choice
			}
			out = append(out, c.WrapIndent(line, w, t.Subtle.Render("• "), "  ")...)
		}
		if len(rep.Events) == 0 {
			out = append(out, t.Faint.Render("no event"))
		}
		var orders []string
		for _, d := range rep.Decisions {
			if d.Power == s.Player.ID() {
				orders = append(orders, d.Title)
			}
		}
		who := s.Player.Name() + " (you)"
		if !mine {
			who = s.Player.Name()
		}
		if len(orders) == 0 {
			out = append(out, c.Truncate(t.Faint.Render(who+": no council decision"), w))
		} else {
			out = append(out, hang(t.PowerBold(s.Player).Render(who+": ")+t.Text.Render(strings.Join(orders, "; ")), w, "  ")...)
		}
		return out
	}
	played := s.Reports()
	var date string
	switch {
	case i < len(played):
		date = played[i].Date.Name()
	case ctx.Hist != nil && i < len(ctx.Hist.Reports):
		date = ctx.Hist.Reports[i].Date.Name()
	}
	head := t.Heading.Render(date)
	if i >= len(played) {
		head += t.Subtle.Render(" · not yet played")
	}
	out = append(out, head)
	if i == FirstDivergence(ctx) {
		out = append(out, t.Warning.Render("◆ Here this line leaves history."))
	}
	if ctx.Hist == nil {
		out = append(out, "", t.Faint.Render("playing the historical line…"))
		if i < len(played) {
			out = append(out, section("This line", w)...)
			out = append(out, events(played[i], true, w)...)
		}
		return out
	}
	var hist, line []string
	if i < len(ctx.Hist.Reports) {
		hist = events(ctx.Hist.Reports[i], false, w)
	}
	if i < len(played) {
		line = events(played[i], true, w)
	}
	if w >= 76 && line != nil && hist != nil {
		// Side by side: history on the left, this line on the right.
		cw := (w - 3) / 2
		hist, line = nil, nil
		if i < len(ctx.Hist.Reports) {
			hist = events(ctx.Hist.Reports[i], false, cw)
		}
		line = events(played[i], true, cw)
		out = append(out, "", c.Pad(c.Rule(t, "What really happened", cw), cw)+"   "+c.Rule(t, "This line", cw))
		n := max(len(hist), len(line))
		hb, lb := c.Block(hist, cw, n), c.Block(line, cw, n)
		for j := range n {
			out = append(out, hb[j]+t.Faint.Render(" │ ")+lb[j])
		}
	} else {
		if hist != nil {
			out = append(out, section("What really happened", w)...)
			out = append(out, hist...)
		}
		if line != nil {
			out = append(out, section("This line", w)...)
			out = append(out, line...)
		}
	}
	if i < len(ctx.Diverge) {
		out = append(out, section("How they differ", w)...)
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
	ds := monthDossiers(ctx, i)
	if len(ds) > 0 {
		out = append(out, section("The dossiers · what really happened, and why it mattered", w)...)
	}
	who := monthWho(ctx, i)
	for j, d := range ds {
		if j > 0 {
			out = append(out, "")
		}
		out = append(out, c.Wrap(t.Subheading.Render(d.Title)+t.Subtle.Render(" · "+d.Date), w)...)
		para := func(head, text string) {
			if strings.TrimSpace(text) == "" {
				return
			}
			ps := assets.Paragraphs(ctx.Lib.PlainText(text))
			for k, p := range ps {
				if k == 0 {
					out = append(out, c.Wrap(t.Bold.Render(head+": ")+t.Text.Render(p), w)...)
				} else {
					out = append(out, c.Wrap(t.Text.Render(p), w)...)
				}
			}
		}
		para("What happened", d.What)
		para("Why it mattered", d.Why)
		if len(d.Who) > 0 {
			var names []string
			for _, id := range d.Who {
				n := id
				if e, ok := ctx.Lib.Entry(id); ok {
					n = e.Title
				}
				if k := indexOf(who, id); k >= 0 && k < 9 {
					n = t.Key.Render(fmt.Sprint(k+1)) + " " + n
				}
				names = append(names, n)
			}
			out = append(out, c.Wrap(t.Bold.Render("Who: ")+strings.Join(names, t.Faint.Render(" · ")), w)...)
		}
		para("Where the sources disagree", d.Disagreements)
		para("Not confirmed", d.Unconfirmed)
		if len(d.Sources) > 0 {
			out = append(out, t.Bold.Render("Sources"))
			for _, src := range d.Sources {
				out = append(out, c.WrapIndent(t.Subtle.Render(ctx.Lib.Cite(src)), w, "· ", "  ")...)
			}
		}
	}
	return out
}

func indexOf(xs []string, x string) int {
	for i, v := range xs {
		if v == x {
			return i
		}
	}
	return -1
}

// View renders the history view.
func (h *History) View(ctx *Ctx, w, hh int) string {
	t := ctx.Theme
	if ctx.S == nil {
		return strings.Join(c.Box(t, "History", c.Wrap("Start or load a campaign to set it beside history.", w-4), w, hh, true), "\n")
	}
	rows := h.rows(ctx)
	var head string
	switch first := FirstDivergence(ctx); {
	case ctx.Hist == nil:
		head = t.Faint.Render("Playing the historical line: every power taking its documented choices, with this game's seed…")
	case first >= 0:
		d := ctx.Diverge[first][0]
		head = t.Warning.Render("◆ This line left history in "+ctx.S.Reports()[first].Date.Name()+": ") + t.Text.Render(d.Text)
	case len(ctx.S.Reports()) == 0:
		head = t.Subtle.Render("No month played yet: history's course is below (›).")
	default:
		head = t.Ally.Render("So far this line follows history month by month.")
	}
	heads := c.Wrap(head, w-4)
	if len(heads) > 2 {
		heads = append(heads[:1], c.Truncate(strings.Join(heads[1:], " "), w-4))
	}
	heads = append(heads, c.Truncate(t.Faint.Render("= as history  ≠ differs  ◆ left history  › to come  ·  f: to ◆"), w-4))
	h.headLines = len(heads)
	return h.frame(ctx, "History · what really happened, beside this line", heads, rows, func(r Row, dw int) []string { return h.detail(ctx, r, dw) }, w, hh)
}

// Update answers keys and the mouse.
func (h *History) Update(ctx *Ctx, msg tea.Msg) Action {
	rows := h.rows(ctx)
	switch msg := msg.(type) {
	case tea.WindowSizeMsg:
		h.w, h.h = msg.Width, msg.Height
	case tea.KeyPressMsg:
		if ctx.S == nil {
			a, _ := h.nav.navigate(msg)
			return a
		}
		keys := h.keys
		r, ok := h.list.Selected(rows)
		switch {
		case key.Matches(msg, keys.First):
			first := FirstDivergence(ctx)
			if first < 0 {
				return Status{Text: "this line has not left history (yet)"}
			}
			h.list.Select(rows, fmt.Sprint(first))
			h.text = Scroller{}
			return nil
		case key.Matches(msg, keys.NextDiff), key.Matches(msg, keys.PrevDiff):
			d := 1
			if key.Matches(msg, keys.PrevDiff) {
				d = -1
			}
			i := -1
			if ok {
				i = monthIndex(r)
			}
			for j := i + d; j >= 0 && j < len(ctx.Diverge); j += d {
				if len(ctx.Diverge[j]) > 0 {
					h.list.Select(rows, fmt.Sprint(j))
					h.text = Scroller{}
					return nil
				}
			}
			return Status{Text: "no other month differs that way"}
		case key.Matches(msg, keys.Dossier) && ok:
			if ds := monthDossiers(ctx, monthIndex(r)); len(ds) > 0 {
				return ShowDossier{ID: ds[0].ID}
			}
			return Status{Text: "no dossier for this month"}
		case key.Matches(msg, keys.Who) && ok:
			who := monthWho(ctx, monthIndex(r))
			n := int(msg.String()[0] - '1')
			if n < len(who) {
				return OpenEntry{ID: who[n]}
			}
			return Status{Text: "no one with that number this month"}
		}
		a, _ := h.studyKey(msg, rows)
		return a
	default:
		h.mouse(msg, rows, h.headLines)
	}
	return nil
}
