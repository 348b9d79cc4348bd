package screens

import (
	"fmt"
	"strings"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"github.com/pactgame/pact/game"
	"github.com/pactgame/pact/game/calendar"
	"github.com/pactgame/pact/game/record"
	c "github.com/pactgame/pact/ui/components"
	"github.com/pactgame/pact/ui/session"
)

// RecordsKeys are the records screen's keys.
type RecordsKeys struct {
	StudyNav
	View, Resume, Compare, Branch    key.Binding
	Earlier, Later, YearBack, YearOn key.Binding
	Report, Map, Chart, NextMeasure  key.Binding
	First, Pick, NextDiff, PrevDiff  key.Binding
}

// DefaultRecordsKeys are the records screen's keys.
func DefaultRecordsKeys() RecordsKeys {
	return RecordsKeys{StudyNav: DefaultStudyNav(),
		View:        bind([]string{"enter"}, "enter", "step through this line"),
		Resume:      bind([]string{"p"}, "p", "play this line on"),
		Compare:     bind([]string{"c"}, "c", "compare with another line"),
		Branch:      bind([]string{"b"}, "b", "branch here and play on"),
		Earlier:     bind([]string{"left", "h"}, "←/h", "a month earlier"),
		Later:       bind([]string{"right", "l"}, "→/l", "a month later"),
		YearBack:    bind([]string{"<", ","}, "<", "a year earlier"),
		YearOn:      bind([]string{">", "."}, ">", "a year later"),
		Report:      bind([]string{"1"}, "1", "the month's report"),
		Map:         bind([]string{"2"}, "2", "the map"),
		Chart:       bind([]string{"3"}, "3", "the charts"),
		NextMeasure: bind([]string{"tab"}, "tab", "next chart measure"),
		First:       bind([]string{"f"}, "f", "the first difference"),
		Pick:        bind([]string{"enter"}, "enter", "compare with this one"),
		NextDiff:    bind([]string{"n"}, "n", "next month that differs"),
		PrevDiff:    bind([]string{"N"}, "N", "previous month that differs"),
	}
}

// The records screen's modes.
const (
	recTree = iota
	recViewer
	recPick
	recCompare
)

func (k RecordsKeys) help(mode int) keyHelp {
	var here HelpGroup
	var short []key.Binding
	switch mode {
	case recViewer:
		here = HelpGroup{"Step through", []key.Binding{k.Earlier, k.Later, k.YearBack, k.YearOn, k.Top, k.Bottom, k.Branch,
			k.Report, k.Map, k.Chart, k.NextMeasure, k.Up, k.Down, k.PageUp, k.PageDown}}
		short = []key.Binding{k.Earlier, k.Later, k.Branch, k.Report, k.Map, k.Chart, k.Back, k.Help}
	case recPick:
		here = HelpGroup{"Compare with", []key.Binding{k.Up, k.Down, k.Pick}}
		short = []key.Binding{k.Up, k.Down, k.Pick, k.Back, k.Help}
	case recCompare:
		here = HelpGroup{"Compare", []key.Binding{k.Up, k.Down, k.First, k.NextDiff, k.PrevDiff, k.PageUp, k.PageDown}}
		short = []key.Binding{k.Up, k.Down, k.First, k.NextDiff, k.Back, k.Help}
	default:
		here = HelpGroup{"Lines", []key.Binding{k.Up, k.Down, k.View, k.Resume, k.Compare}}
		short = []key.Binding{k.Up, k.Down, k.View, k.Compare, k.Resume, k.Back, k.Help}
	}
	return keyHelp{short: short, groups: []HelpGroup{here, k.studyGroup(), k.pactGroup()}}
}

// Records shows the game's record as a tree of lines — the main line and the branches, each
// forking from a parent before a month — and lets one step through any line month by month like
// a game viewer (the map, the month's report and the charts follow), branch from any past month
// and play on, and compare two lines (or a line and history) with the first difference marked.
type Records struct {
	keys RecordsKeys
	mode int
	w, h int

	tree List
	text Scroller

	line   string // the line in the viewer
	month  int    // the viewer's month (index of the report)
	panel  int    // the viewer's panel in the narrow layout: 0 report, 1 map, 2 charts
	report Scroller
	repKey string
	repMem []string
	chart  ChartView
	europe c.Europe

	cmpA, cmpB string
	pick       List
	cmp        *record.Comparison
	cmpKey     string
	cmpList    List
	cmpText    Scroller
}

// NewRecords makes the records screen.
func NewRecords() *Records { return &Records{keys: DefaultRecordsKeys(), chart: ChartView{Cursor: -1}} }

// Reset shows the tree again (the screen is opened afresh).
func (r *Records) Reset() {
	r.mode, r.text = recTree, Scroller{}
}

// Keys is the screen's keymap for its mode.
func (r *Records) Keys() KeyMap { return r.keys.help(r.mode) }

// Mode reports what the screen shows: "tree", "viewer", "pick" or "compare".
func (r *Records) Mode() string { return [...]string{"tree", "viewer", "pick", "compare"}[r.mode] }

// Viewing is the line and month in the viewer.
func (r *Records) Viewing() (string, int) { return r.line, r.month }

// Comparison is the comparison shown (nil when none).
func (r *Records) Comparison() *record.Comparison { return r.cmp }

// treeRows are the record's lines as a tree, then history.
func (r *Records) treeRows(ctx *Ctx) []Row {
	t, s := ctx.Theme, ctx.S
	var rows []Row
	rows = append(rows, Row{Header: true, Title: "Lines of this record"})
	var walk func(name, prefix, branch string)
	walk = func(name, prefix, branch string) {
		l := s.Record.Line(name)
		if l == nil {
			return
		}
		first, last := lineSpan(s, l)
		right := t.Faint.Render(fmt.Sprintf("%s – %s", first, last))
		if len(l.Turns) == 0 {
			right = t.Faint.Render("no month yet")
		}
		if name == s.Line {
			right = t.Ally.Render("● playing ") + right
		}
		title := name
		if l.Parent != "" {
			title += t.Subtle.Render(" · from " + l.Fork.String())
		}
		rows = append(rows, Row{Key: "l:" + name, Mark: t.Faint.Render(prefix + branch), Title: title, Right: right})
		kids := s.Record.Children(name)
		for i, k := range kids {
			np := prefix
			switch branch {
			case "├─":
				np += "│ "
			case "└─":
				np += "  "
			}
			b := "├─"
			if i == len(kids)-1 {
				b = "└─"
			}
			walk(k.Name, np, b)
		}
	}
	walk(record.MainLine, "", "")
	// Lines whose parent is missing would not be reached: list them too.
	for _, l := range s.Record.Lines {
		if !rowsHave(rows, "l:"+l.Name) {
			walk(l.Name, "", "")
		}
	}
	rows = append(rows, Row{Header: true, Title: "To compare with"})
	rows = append(rows, Row{Key: "l:" + HistoryLine, Mark: t.Historical.Render("◆"), Title: "history", Right: t.Faint.Render("the documented choices")})
	return rows
}

func rowsHave(rows []Row, k string) bool {
	for _, r := range rows {
		if r.Key == k {
			return true
		}
	}
	return false
}

// lineSpan is the first and last months a line played itself (from its fork).
func lineSpan(s *session.Session, l *record.Line) (string, string) {
	first := s.Scenario.Start
	if l.Parent != "" {
		first = l.Fork
	}
	last := first
	if n := len(l.Turns); n > 0 {
		last = l.Turns[n-1].Date
	}
	return first.String(), last.String()
}

func (r *Records) lineDetail(ctx *Ctx, name string, w int) []string {
	t, s := ctx.Theme, ctx.S
	var out []string
	if name == HistoryLine {
		out = append(out, t.Heading.Render("History"))
		out = append(out, c.Wrap("The historical line: every power takes its documented choices, with this game's seed. It is what the History view, the charts and the debrief set this game beside.", w)...)
		out = append(out, "")
		out = append(out, c.Wrap(t.Subtle.Render("Step through it (enter), or compare a line with it (c on that line)."), w)...)
		return out
	}
	l := s.Record.Line(name)
	if l == nil {
		return nil
	}
	out = append(out, t.Heading.Render("Line "+l.Name))
	first, last := lineSpan(s, l)
	if l.Parent == "" {
		out = append(out, c.Wrap(fmt.Sprintf("The main line: from %s to %s, %s played.", first, last, c.Plural(len(l.Turns), "month", "months")), w)...)
	} else {
		out = append(out, c.Wrap(fmt.Sprintf("A branch of %s: it shares %s's months before %s, then goes its own way for %s (to %s).",
			l.Parent, l.Parent, l.Fork.Name(), c.Plural(len(l.Turns), "month", "months"), last), w)...)
	}
	if l.Seed != nil {
		out = append(out, t.Subtle.Render(fmt.Sprintf("new seed for chance from the fork: %d", *l.Seed)))
	}
	if children := s.Record.Children(l.Name); len(children) > 0 {
		var names []string
		for _, ch := range children {
			names = append(names, ch.Name+" (from "+ch.Fork.String()+")")
		}
		out = append(out, c.Wrap(t.Subtle.Render("Branches from it: "+strings.Join(names, ", ")), w)...)
	}
	out = append(out, "")
	if l.Name == s.Line {
		out = append(out, t.Ally.Render("● You are playing this line."))
	}
	out = append(out, c.Truncate(t.Key.Render("enter")+t.KeyDesc.Render(" step through it month by month; b there branches"), w))
	out = append(out, c.Truncate(t.Key.Render("c")+t.KeyDesc.Render(" compare it with another line or with history"), w))
	if l.Name != s.Line {
		out = append(out, c.Truncate(t.Key.Render("p")+t.KeyDesc.Render(" play it on (replayed and checked month by month)"), w))
	}
	out = append(out, "")
	out = append(out, c.Wrap(t.Subtle.Render(fmt.Sprintf("Record: scenario %s v%d, seed %d, %s, %s difficulty. Every month of every line carries the hash of its state, so a replay proves it is the same game.",
		s.Record.Scenario, s.Record.ScenarioVersion, s.Record.Seed, strings.Join(powerNames(s.Record.Players), ", "), s.Record.Difficulty)), w)...)
	if err := ctx.LinesErr[name]; err != nil {
		out = append(out, "")
		out = append(out, c.Wrap(t.Alert.Render("This line could not be replayed: "+err.Error()), w)...)
	}
	return out
}

func powerNames(ps []game.Power) []string {
	var out []string
	for _, p := range ps {
		out = append(out, p.Name())
	}
	return out
}

// View renders the records.
func (r *Records) View(ctx *Ctx, w, h int) string {
	t := ctx.Theme
	if ctx.S == nil {
		return strings.Join(c.Box(t, "Records", c.Wrap("Start or load a campaign to see its record.", w-4), w, h, true), "\n")
	}
	iw, ih := w-4, h-2
	var title string
	var body []string
	switch r.mode {
	case recViewer:
		title, body = r.viewerView(ctx, iw, ih)
	case recPick:
		title = "Records · compare " + r.cmpA + " with…"
		body = r.pickView(ctx, iw, ih)
	case recCompare:
		title, body = r.compareView(ctx, iw, ih)
	default:
		title = "Records · the game and its branches"
		rows := r.treeRows(ctx)
		sp := splitLayout(t.Plain, iw, ih, len(rows))
		list := r.tree.Render(t, rows, sp.listW, sp.listH, true)
		var d []string
		if row, ok := r.tree.Selected(rows); ok {
			d = r.lineDetail(ctx, strings.TrimPrefix(row.Key, "l:"), sp.detailW)
		}
		body = renderSplit(t, sp, list, r.text.View(t, d, sp.detailW, sp.detailH), iw, ih)
	}
	return strings.Join(c.Box(t, title, c.Block(body, iw, ih), w, h, true), "\n")
}

// waiting is the body shown while lines are replayed (or why they could not be).
func waiting(ctx *Ctx, names []string, w int) []string {
	t := ctx.Theme
	for _, n := range names {
		if err := ctx.LinesErr[n]; err != nil {
			return c.Wrap(t.Alert.Render("Line "+n+" could not be replayed: "+err.Error()), w)
		}
	}
	if ctx.Hist == nil && contains(names, HistoryLine) {
		return []string{t.Faint.Render("Playing the historical line…")}
	}
	return []string{t.Faint.Render("Replaying " + strings.Join(names, " and ") + ", month by month, checking each month's hash…")}
}

// viewCtx is the context with another line in the place of the one in play, for the panels
// that draw a line (the report).
func viewCtx(ctx *Ctx, g *game.Game, name string) *Ctx {
	v := *ctx
	s := *ctx.S
	s.Game, s.Line = g, name
	v.S = &s
	return &v
}

func (r *Records) viewerView(ctx *Ctx, w, h int) (string, []string) {
	t := ctx.Theme
	g, ok := LineGame(ctx, r.line)
	if !ok {
		return "Records · " + r.line, waiting(ctx, []string{r.line}, w)
	}
	n := len(g.Reports)
	if n == 0 {
		return "Records · " + r.line, c.Wrap(t.Subtle.Render("This line has no month played yet. esc goes back."), w)
	}
	r.month = min(max(r.month, 0), n-1)
	rep := g.Reports[r.month]
	st := g.States[r.month]
	title := fmt.Sprintf("Records · %s · %s · month %d of %d", r.line, rep.Date.Name(), r.month+1, n)
	var head []string
	bar := r.monthBar(ctx, g, w)
	head = append(head, bar)
	note := t.Subtle.Render("←→ a month · < > a year · b branch here and play on · esc the tree")
	if l := ctx.S.Record.Line(r.line); l != nil && l.Parent != "" && rep.Date < l.Fork {
		note = t.Faint.Render(fmt.Sprintf("shared with %s: this line forks before %s · ", l.Parent, l.Fork.Name())) + note
	}
	head = append(head, c.Truncate(note, w))
	bh := h - len(head)
	vctx := viewCtx(ctx, g, r.line)
	r.chart.Cursor = r.month
	if w >= 110 && bh >= 30 && !t.Plain {
		lw := 50
		mapLines := r.europe.Render(t, st)
		left := append([]string{t.Heading.Render("Europe at the start of " + rep.Date.Name())}, mapLines...)
		left = append(left, "")
		left = append(left, r.chart.Lines(t, ctx.S.Scenario.Start, g, ctx.Hist, r.line, lw, bh-len(left))...)
		rw := w - lw - 3
		right := r.report.View(t, r.reportLines(vctx, g, rw), rw, bh)
		lb, rb := c.Block(left, lw, bh), c.Block(right, rw, bh)
		out := append([]string{}, head...)
		for i := range bh {
			out = append(out, lb[i]+t.Faint.Render(" │ ")+rb[i])
		}
		return title, out
	}
	var tabs []string
	for i, name := range []string{"Report", "Map", "Charts"} {
		label := fmt.Sprintf(" %d %s ", i+1, name)
		if i == r.panel {
			tabs = append(tabs, t.TabActive.Render(label))
		} else {
			tabs = append(tabs, t.Tab.Render(label))
		}
	}
	head = append(head, c.Truncate(strings.Join(tabs, t.Faint.Render("·")), w))
	bh = h - len(head)
	var body []string
	switch r.panel {
	case 1:
		if t.Plain {
			body = c.Legend(t, st, w)
		} else {
			m := r.europe.Render(t, st)
			if w >= 48+2+24 {
				body = c.Beside(2, m, r.europe.Legend(t, st, w-50))
			} else {
				body = append(m, r.europe.Legend(t, st, w)...)
			}
		}
	case 2:
		body = r.chart.Lines(t, ctx.S.Scenario.Start, g, ctx.Hist, r.line, w, bh)
	default:
		body = r.report.View(t, r.reportLines(vctx, g, w), w, bh)
	}
	return title, append(head, body...)
}

// monthBar is a strip of the line's months, the one shown highlighted and the fork marked.
func (r *Records) monthBar(ctx *Ctx, g *game.Game, w int) string {
	t := ctx.Theme
	n := len(g.Reports)
	var fork = -1
	if l := ctx.S.Record.Line(r.line); l != nil && l.Parent != "" {
		for i, rep := range g.Reports {
			if rep.Date == l.Fork {
				fork = i
			}
		}
	}
	var b strings.Builder
	room := w - 18
	step := 1
	for n/step > room {
		step++
	}
	for i := 0; i < n; i += step {
		ch := "·"
		if g.Reports[i].Date.MonthOfYear() == 1 {
			ch = "│"
		}
		if fork >= i && fork < i+step {
			ch = "╋"
		}
		switch {
		case r.month >= i && r.month < i+step:
			b.WriteString(t.Selected.Render("●"))
		case fork >= i && fork < i+step:
			b.WriteString(t.Warning.Render(ch))
		default:
			b.WriteString(t.Faint.Render(ch))
		}
	}
	return c.Truncate(t.Subtle.Render(g.Reports[0].Date.String()+" ")+b.String()+t.Subtle.Render(" "+g.Reports[n-1].Date.String()), w)
}

func (r *Records) reportLines(vctx *Ctx, g *game.Game, w int) []string {
	k := fmt.Sprintf("%p|%d|%d|%p", g, r.month, w, vctx.Theme)
	if k != r.repKey {
		lines := ReportLines(vctx, g.Reports[r.month], r.month, w)
		// The report's first line points to the main screen's keys; here ←→ move through the months.
		head := c.Truncate(vctx.Theme.Subtle.Render("What changed in "+g.Reports[r.month].Date.Name()+", and why — ←→ for the months around it."), w)
		r.repKey, r.repMem = k, append([]string{head}, lines[1:]...)
	}
	return r.repMem
}

// pickRows are the lines a line can be compared with.
func (r *Records) pickRows(ctx *Ctx) []Row {
	t := ctx.Theme
	var rows []Row
	rows = append(rows, Row{Header: true, Title: "Compare " + r.cmpA + " with"})
	for _, l := range ctx.S.Record.Lines {
		if l.Name == r.cmpA {
			continue
		}
		right := ""
		if l.Parent != "" {
			right = t.Faint.Render("from " + l.Parent + " · " + l.Fork.String())
		}
		rows = append(rows, Row{Key: l.Name, Title: l.Name, Right: right})
	}
	if r.cmpA != HistoryLine {
		rows = append(rows, Row{Key: HistoryLine, Mark: t.Historical.Render("◆"), Title: "history", Right: t.Faint.Render("the documented choices")})
	}
	return rows
}

func (r *Records) pickView(ctx *Ctx, w, h int) []string {
	t := ctx.Theme
	rows := r.pickRows(ctx)
	out := r.pick.Render(t, rows, min(w, 70), min(len(rows), h-3), true)
	out = append(out, "", c.Truncate(t.Subtle.Render("enter compares them month by month · esc goes back"), w))
	return out
}

// comparison compares the two lines chosen, once both are at hand.
func (r *Records) comparison(ctx *Ctx) (*record.Comparison, bool) {
	a, okA := LineGame(ctx, r.cmpA)
	b, okB := LineGame(ctx, r.cmpB)
	if !okA || !okB {
		return nil, false
	}
	k := fmt.Sprintf("%p|%d|%p|%d", a, len(a.Reports), b, len(b.Reports))
	if k != r.cmpKey {
		r.cmpKey, r.cmp = k, record.Compare(a, b, r.cmpA, r.cmpB)
		// Open on the first difference.
		r.cmpList = List{}
		if r.cmp.FirstDiff != "" {
			r.cmpList.Select(r.compareRows(ctx), r.cmp.FirstDiff)
		}
	}
	return r.cmp, true
}

func (r *Records) compareRows(ctx *Ctx) []Row {
	t := ctx.Theme
	var rows []Row
	for _, m := range r.cmp.Turns {
		mark, right := t.Ally.Render("="), t.Faint.Render("the same")
		switch {
		case len(m.Items) == 1 && m.Items[0].Kind == "ended":
			mark, right = t.Faint.Render("›"), t.Faint.Render("only "+m.Items[0].Only)
		case m.Date == r.cmp.FirstDiff:
			mark, right = t.Warning.Render("◆"), t.Warning.Render("first difference")
		case !m.Same:
			mark, right = t.Warning.Render("≠"), t.Warning.Render(c.Plural(len(m.Differences), "difference", "differences"))
		}
		title := m.Date
		if d, err := parseMonth(m.Date); err == nil {
			title = d
		}
		rows = append(rows, Row{Key: m.Date, Mark: mark, Title: title, Right: right})
	}
	return rows
}

func parseMonth(s string) (string, error) {
	m, err := calendar.Parse(s)
	if err != nil {
		return "", err
	}
	return m.Name(), nil
}

func (r *Records) compareView(ctx *Ctx, w, h int) (string, []string) {
	t := ctx.Theme
	title := "Records · " + r.cmpA + " beside " + r.cmpB
	cmp, ok := r.comparison(ctx)
	if !ok {
		return title, waiting(ctx, []string{r.cmpA, r.cmpB}, w)
	}
	var head string
	if cmp.FirstDiff == "" {
		head = t.Ally.Render("The two lines are the same month by month.")
	} else {
		d, _ := parseMonth(cmp.FirstDiff)
		same := 0
		for _, m := range cmp.Turns {
			if !m.Same {
				same++
			}
		}
		head = t.Warning.Render("◆ First difference: "+d) + t.Subtle.Render(fmt.Sprintf(" · %s of %d differ · f jumps to it", c.Plural(same, "month", "months"), len(cmp.Turns)))
	}
	rows := r.compareRows(ctx)
	bh := h - 2
	sp := splitLayout(t.Plain, w, bh, len(rows))
	list := r.cmpList.Render(t, rows, sp.listW, sp.listH, true)
	var d []string
	if row, ok := r.cmpList.Selected(rows); ok {
		for _, m := range cmp.Turns {
			if m.Date != row.Key {
				continue
			}
			d = append(d, t.Heading.Render(row.Title))
			if m.Same {
				d = append(d, t.Ally.Render("The same state in both lines (identical hash)."))
			}
			for _, x := range m.Differences {
				d = append(d, c.WrapIndent(t.Text.Render(x), sp.detailW, t.Subtle.Render("• "), "  ")...)
			}
			if !m.Same && len(m.Differences) == 0 {
				d = append(d, t.Subtle.Render("The states differ in detail only."))
			}
			if !m.Same {
				d = append(d, r.monthOf(ctx, r.cmpA, row.Key, sp.detailW)...)
				d = append(d, r.monthOf(ctx, r.cmpB, row.Key, sp.detailW)...)
			}
		}
	}
	out := []string{c.Truncate(head, w), c.Truncate(t.Faint.Render("A: "+r.cmpA+" · B: "+r.cmpB+" · = the same  ≠ different  ◆ the first difference"), w)}
	return title, append(out, renderSplit(t, sp, list, r.cmpText.View(t, d, sp.detailW, sp.detailH), w, bh)...)
}

// monthOf is what a line did in a month: its events and the player's orders, by title.
func (r *Records) monthOf(ctx *Ctx, name, date string, w int) []string {
	t := ctx.Theme
	g, ok := LineGame(ctx, name)
	if !ok {
		return nil
	}
	for _, rep := range g.Reports {
		if rep.Date.String() != date {
			continue
		}
		out := []string{"", c.Rule(t, name, w)}
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
			if d.Power == ctx.S.Player.ID() {
				orders = append(orders, d.Title)
			}
		}
		if len(orders) == 0 {
			out = append(out, t.Faint.Render(ctx.S.Player.Name()+": no council decision"))
		} else {
			out = append(out, hang(t.PowerBold(ctx.S.Player).Render(ctx.S.Player.Name()+": ")+t.Text.Render(strings.Join(orders, "; ")), w, "  ")...)
		}
		return out
	}
	return []string{"", c.Rule(t, name, w), t.Faint.Render("not played this month")}
}

// Update answers keys and the mouse.
func (r *Records) Update(ctx *Ctx, msg tea.Msg) Action {
	switch msg := msg.(type) {
	case tea.WindowSizeMsg:
		r.w, r.h = msg.Width, msg.Height
	case tea.MouseWheelMsg:
		d := 3
		if msg.Button == tea.MouseWheelUp {
			d = -3
		}
		switch r.mode {
		case recViewer:
			r.report.By(d)
		case recCompare:
			r.cmpText.By(d)
		default:
			r.text.By(d)
		}
	case tea.MouseClickMsg:
		if ctx.S != nil && r.mode == recTree {
			rows := r.treeRows(ctx)
			sp := splitLayout(ctx.Theme.Plain, r.w-4, r.h-2, len(rows))
			if x, y := msg.X-2, msg.Y-1; x >= 0 && x < sp.listW && r.tree.Click(rows, y, sp.listH) {
				r.text = Scroller{}
			}
		}
	case tea.KeyPressMsg:
		if ctx.S == nil {
			a, _ := r.keys.navigate(msg)
			return a
		}
		switch r.mode {
		case recViewer:
			return r.viewerKey(ctx, msg)
		case recPick:
			return r.pickKey(ctx, msg)
		case recCompare:
			return r.compareKey(ctx, msg)
		}
		return r.treeKey(ctx, msg)
	}
	return nil
}

// need asks for the lines that are not at hand yet.
func need(ctx *Ctx, names ...string) Action {
	var missing []string
	for _, n := range names {
		if n == HistoryLine {
			continue // the root plays history by itself
		}
		if _, ok := LineGame(ctx, n); !ok && ctx.LinesErr[n] == nil {
			missing = append(missing, n)
		}
	}
	if len(missing) == 0 {
		return nil
	}
	return BuildLines{Names: missing}
}

func (r *Records) treeKey(ctx *Ctx, k tea.KeyPressMsg) Action {
	keys := r.keys
	rows := r.treeRows(ctx)
	row, ok := r.tree.Selected(rows)
	name := strings.TrimPrefix(row.Key, "l:")
	switch {
	case key.Matches(k, keys.Up):
		r.tree.Move(rows, -1)
		r.text = Scroller{}
	case key.Matches(k, keys.Down):
		r.tree.Move(rows, 1)
		r.text = Scroller{}
	case key.Matches(k, keys.Top):
		r.tree.Home(rows)
	case key.Matches(k, keys.Bottom):
		r.tree.End(rows)
	case key.Matches(k, keys.PageDown):
		r.text.By(10)
	case key.Matches(k, keys.PageUp):
		r.text.By(-10)
	case ok && key.Matches(k, keys.View):
		return r.OpenViewer(ctx, name, 0)
	case ok && key.Matches(k, keys.Compare):
		r.mode, r.cmpA, r.pick = recPick, name, List{}
	case ok && key.Matches(k, keys.Resume):
		switch name {
		case ctx.S.Line:
			return Status{Text: "you are playing this line: esc goes back to it"}
		case HistoryLine:
			return Status{Text: "history cannot be played on; branch from a line of this record instead", Error: true}
		}
		return SwitchLine{Name: name}
	default:
		a, _ := keys.navigate(k)
		return a
	}
	return nil
}

// OpenViewer steps through a line from a month (index of its report).
func (r *Records) OpenViewer(ctx *Ctx, name string, month int) Action {
	r.mode, r.line, r.month, r.report, r.panel = recViewer, name, month, Scroller{}, 0
	return need(ctx, name)
}

// Compare sets two lines side by side.
func (r *Records) Compare(ctx *Ctx, a, b string) Action {
	r.mode, r.cmpA, r.cmpB, r.cmpKey, r.cmpText = recCompare, a, b, "", Scroller{}
	return need(ctx, a, b)
}

func (r *Records) viewerKey(ctx *Ctx, k tea.KeyPressMsg) Action {
	keys := r.keys
	g, ok := LineGame(ctx, r.line)
	n := 0
	if ok {
		n = len(g.Reports)
	}
	move := func(to int) {
		if n == 0 {
			return
		}
		to = min(max(to, 0), n-1)
		if to != r.month {
			r.month, r.report = to, Scroller{}
		}
	}
	switch {
	case key.Matches(k, keys.Back):
		r.mode = recTree
	case key.Matches(k, keys.Earlier):
		move(r.month - 1)
	case key.Matches(k, keys.Later):
		move(r.month + 1)
	case key.Matches(k, keys.YearBack):
		move(r.month - 12)
	case key.Matches(k, keys.YearOn):
		move(r.month + 12)
	case key.Matches(k, keys.Top):
		move(0)
	case key.Matches(k, keys.Bottom):
		move(n - 1)
	case key.Matches(k, keys.Report):
		r.panel = 0
	case key.Matches(k, keys.Map):
		r.panel = 1
	case key.Matches(k, keys.Chart):
		r.panel = 2
	case key.Matches(k, keys.NextMeasure):
		r.chart.Kind = (r.chart.Kind + 1) % numCharts
	case key.Matches(k, keys.Up):
		r.report.By(-1)
	case key.Matches(k, keys.Down):
		r.report.By(1)
	case key.Matches(k, keys.PageDown):
		r.report.By(10)
	case key.Matches(k, keys.PageUp):
		r.report.By(-10)
	case key.Matches(k, keys.Branch):
		if !ok || n == 0 {
			return nil
		}
		if r.line == HistoryLine {
			return Status{Text: "history is not a line of this record: branch from main or one of its branches", Error: true}
		}
		return BranchFrom{Line: r.line, At: g.Reports[r.month].Date}
	default:
		a, _ := keys.navigate(k)
		return a
	}
	return nil
}

func (r *Records) pickKey(ctx *Ctx, k tea.KeyPressMsg) Action {
	keys := r.keys
	rows := r.pickRows(ctx)
	switch {
	case key.Matches(k, keys.Back):
		r.mode = recTree
	case key.Matches(k, keys.Up):
		r.pick.Move(rows, -1)
	case key.Matches(k, keys.Down):
		r.pick.Move(rows, 1)
	case key.Matches(k, keys.Pick):
		if row, ok := r.pick.Selected(rows); ok {
			return r.Compare(ctx, r.cmpA, row.Key)
		}
		return Status{Text: "there is no other line yet: branch first (enter on a line, then b at a month)", Error: true}
	default:
		a, _ := keys.navigate(k)
		return a
	}
	return nil
}

func (r *Records) compareKey(ctx *Ctx, k tea.KeyPressMsg) Action {
	keys := r.keys
	if key.Matches(k, keys.Back) {
		r.mode = recTree
		return nil
	}
	cmp, ok := r.comparison(ctx)
	if !ok {
		a, _ := keys.navigate(k)
		return a
	}
	rows := r.compareRows(ctx)
	switch {
	case key.Matches(k, keys.Up):
		r.cmpList.Move(rows, -1)
		r.cmpText = Scroller{}
	case key.Matches(k, keys.Down):
		r.cmpList.Move(rows, 1)
		r.cmpText = Scroller{}
	case key.Matches(k, keys.Top):
		r.cmpList.Home(rows)
	case key.Matches(k, keys.Bottom):
		r.cmpList.End(rows)
	case key.Matches(k, keys.PageDown):
		r.cmpText.By(10)
	case key.Matches(k, keys.PageUp):
		r.cmpText.By(-10)
	case key.Matches(k, keys.First):
		if cmp.FirstDiff == "" {
			return Status{Text: "the two lines do not differ"}
		}
		r.cmpList.Select(rows, cmp.FirstDiff)
		r.cmpText = Scroller{}
	case key.Matches(k, keys.NextDiff), key.Matches(k, keys.PrevDiff):
		d := 1
		if key.Matches(k, keys.PrevDiff) {
			d = -1
		}
		r.cmpList.Fix(rows)
		for i := r.cmpList.Cursor + d; i >= 0 && i < len(cmp.Turns); i += d {
			if !cmp.Turns[i].Same {
				r.cmpList.Cursor, r.cmpText = i, Scroller{}
				return nil
			}
		}
		return Status{Text: "no other month differs that way"}
	default:
		a, _ := keys.navigate(k)
		return a
	}
	return nil
}
