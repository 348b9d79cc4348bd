package screens

import (
	"fmt"
	"strings"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"github.com/pactgame/pact/game"
	"github.com/pactgame/pact/game/calendar"
	"github.com/pactgame/pact/game/treaty"
	c "github.com/pactgame/pact/ui/components"
	"github.com/pactgame/pact/ui/theme"
)

// The charts, in the order of their keys.
const (
	ChartTension = iota
	ChartRelations
	ChartRearmament
	ChartSupport
	numCharts
)

// chartDef is what a chart measures.
type chartDef struct {
	title  string
	lo, hi int
	ref    *int
	about  string
}

var zero, half = 0, 50

var chartDefs = [numCharts]chartDef{
	{"Tension", 0, 100, nil, "Europe's risk of war, 0–100: from 35 uneasy, from 55 grave, from 75 war in sight."},
	{"Relations", -100, 100, &zero, "Relations between two powers, −100 (enmity) to 100 (alliance). ↑↓ chooses the pair."},
	{"German rearmament", 0, 100, nil, "Germany's rearmament, 0–100: the threat the pact was meant to deter, and the Chamber's fear of it."},
	{"The pact's support", 0, 100, &half, "The share of the French Chamber's votes expected for the pact, from each group's odds under that month's climate and terms (before talks, those of 1935). Above 50, the dotted line, it passes."},
}

// pairs are the pairs of powers a relations chart can show.
var pairs = func() [][2]game.Power {
	var out [][2]game.Power
	for i, p := range game.Powers {
		for _, q := range game.Powers[i+1:] {
			out = append(out, [2]game.Power{p, q})
		}
	}
	return out
}()

// ChamberSupport is the share, in percent, of the Chamber's expected votes cast that go for the
// pact in a state: each group's odds under the state's climate and the pact's terms (the terms of
// 1935 before talks give it terms).
func ChamberSupport(st *game.State) int {
	terms := st.Pact.Terms
	if st.Pact.Status == treaty.StatusNone || terms.Kind == "" {
		terms = treaty.HistoricalTerms()
	}
	pro, con, _ := ExpectedVote(treaty.Odds(treaty.Chamber, game.Climate(st, treaty.France), terms))
	if pro+con == 0 {
		return 0
	}
	return (pro*100 + (pro+con)/2) / (pro + con)
}

// chartValue is a chart's value in a state.
func chartValue(kind int, pair [2]game.Power, st *game.State) int {
	switch kind {
	case ChartRelations:
		return st.Relations.Get(pair[0], pair[1])
	case ChartRearmament:
		return st.Powers[game.Germany].Rearmament
	case ChartSupport:
		return ChamberSupport(st)
	}
	return st.Global.Tension
}

// ChartSeries is a chart's values along a line: one for the start of each month, from the
// scenario's first month to the state after the last month played.
func ChartSeries(kind int, pair [2]game.Power, g *game.Game) []int {
	if g == nil {
		return nil
	}
	out := make([]int, len(g.States))
	for i, st := range g.States {
		out[i] = chartValue(kind, pair, st)
	}
	return out
}

// chartCache keeps the series of the lines drawn last (a line's states never change once played;
// the line in play only grows).
type chartCache struct {
	key  string
	vals []int
}

func (cc *chartCache) series(kind int, pair [2]game.Power, g *game.Game) []int {
	if g == nil {
		return nil
	}
	k := fmt.Sprintf("%p|%d|%d|%v", g, len(g.States), kind, pair)
	if k != cc.key {
		cc.key, cc.vals = k, ChartSeries(kind, pair, g)
	}
	return cc.vals
}

// ChartView is a chart of one measure for a line beside history, with the month under a cursor.
type ChartView struct {
	Kind   int
	Pair   int // index into the pairs, for relations
	Cursor int // the month (index of the state) under the cursor; -1 follows the line's end
	line   chartCache
	hist   chartCache
}

// PairOf is the chart's pair of powers.
func (v *ChartView) PairOf() [2]game.Power { return pairs[v.Pair] }

// defaultPair is France and the USSR, or the player's most telling pair.
func defaultPair(p game.Power) int {
	want := [2]game.Power{game.France, game.USSR}
	switch p {
	case game.Germany, game.Italy:
		want = [2]game.Power{game.France, p}
		if p == game.Italy {
			want = [2]game.Power{game.Germany, game.Italy}
		}
	case game.Britain:
		want = [2]game.Power{game.France, game.Britain}
	case game.Belgium:
		want = [2]game.Power{game.France, game.Belgium}
	}
	for i, pr := range pairs {
		if pr == want {
			return i
		}
	}
	return 0
}

// title is the chart's title, with its pair.
func (v *ChartView) title() string {
	d := chartDefs[v.Kind]
	if v.Kind == ChartRelations {
		p := v.PairOf()
		return d.title + " · " + p[0].Short() + "–" + p[1].Short()
	}
	return d.title
}

// Lines draws the chart for a line (named lineName) beside history in w×h: the title and legend,
// the chart, the values at the cursor's month, what it measures.
func (v *ChartView) Lines(t *theme.Theme, start calendar.Month, line, hist *game.Game, lineName string, w, h int) []string {
	d := chartDefs[v.Kind]
	pair := v.PairOf()
	lv, hv := v.line.series(v.Kind, pair, line), v.hist.series(v.Kind, pair, hist)
	months := max(len(lv), len(hv), 2)
	cur := v.Cursor
	if cur < 0 || cur >= len(lv) {
		cur = len(lv) - 1
	}
	series := []c.Series{{Name: lineName, Values: lv, Style: t.Title}}
	if hist != nil {
		series = append(series, c.Series{Name: "history", Values: hv, Style: t.Historical, Dotted: true})
	}
	at := start.Add(max(cur, 0))
	read := t.Subheading.Render("start of "+at.Name()) + "  "
	if cur >= 0 && cur < len(lv) {
		read += t.Title.Render(fmt.Sprintf("%s %d", lineName, lv[cur]))
	}
	if hist != nil && cur >= 0 && cur < len(hv) {
		read += "  " + t.Historical.Render(fmt.Sprintf("history %d", hv[cur]))
		if cur < len(lv) && lv[cur] != hv[cur] {
			read += t.Subtle.Render(" (" + c.Signed(lv[cur]-hv[cur]) + ")")
		}
	}
	var out []string
	out = append(out, c.Truncate(t.Heading.Render(v.title())+"   "+c.ChartLegend(t, series, w), w))
	about := c.Wrap(t.Subtle.Render(d.about), w)
	ch := h - 2 - len(about)
	if t.Plain || ch < 6 {
		// The plain layout: the values as a table, a row a month.
		out = append(out, c.Truncate(read, w))
		out = append(out, about...)
		out = append(out, c.Truncate(t.Subtle.Render(c.Pad("month", 16)+c.PadLeft(lineName, 10)+c.PadLeft("history", 10)), w))
		// The months around the cursor's (←→ move it), as many as fit.
		rows := max(h-len(out), 1)
		first := min(max(cur-rows/2, 0), max(months-rows, 0))
		for i := first; i < months && i < first+rows; i++ {
			l, hs := "", ""
			if i < len(lv) {
				l = fmt.Sprint(lv[i])
			}
			if i < len(hv) {
				hs = fmt.Sprint(hv[i])
			}
			mark := "  "
			if i == cur {
				mark = t.Cursor.Render("▸ ")
			}
			out = append(out, c.Truncate(mark+c.Pad(start.Add(i).Name(), 14)+c.PadLeft(l, 10)+c.PadLeft(hs, 10), w))
		}
		return out
	}
	out = append(out, c.Chart(t, c.ChartSpec{Series: series, Lo: d.lo, Hi: d.hi, Start: start, Months: months, Ref: d.ref, Cursor: cur}, w, ch)...)
	out = append(out, c.Truncate(read, w))
	out = append(out, about...)
	return out
}

// ChartsKeys are the charts screen's keys.
type ChartsKeys struct {
	StudyNav
	Kinds                  [numCharts]key.Binding
	NextChart, PrevChart   key.Binding
	Earlier, Later, PairUp key.Binding
	PairDown               key.Binding
}

// DefaultChartsKeys are the charts screen's keys.
func DefaultChartsKeys() ChartsKeys {
	k := ChartsKeys{StudyNav: DefaultStudyNav(),
		NextChart: bind([]string{"tab"}, "tab", "next chart"),
		PrevChart: bind([]string{"shift+tab"}, "S-tab", "previous chart"),
		Earlier:   bind([]string{"left", "h"}, "←/h", "a month earlier"),
		Later:     bind([]string{"right", "l"}, "→/l", "a month later"),
		PairUp:    bind([]string{"up", "k"}, "↑/k", "previous pair (relations)"),
		PairDown:  bind([]string{"down", "j"}, "↓/j", "next pair (relations)"),
	}
	for i, d := range chartDefs {
		n := fmt.Sprint(i + 1)
		k.Kinds[i] = bind([]string{n}, n, strings.ToLower(d.title))
	}
	return k
}

func (k ChartsKeys) ShortHelp() []key.Binding {
	return []key.Binding{k.NextChart, k.Earlier, k.Later, k.PairDown, k.Back, k.Help}
}
func (k ChartsKeys) FullHelp() [][]key.Binding { return fullHelp(k.Groups()) }
func (k ChartsKeys) Groups() []HelpGroup {
	return []HelpGroup{
		{"Charts", []key.Binding{k.Kinds[0], k.Kinds[1], k.Kinds[2], k.Kinds[3], k.NextChart, k.PrevChart, k.PairUp, k.PairDown}},
		{"Months", []key.Binding{k.Earlier, k.Later, k.Top, k.Bottom}},
		k.studyGroup(), k.pactGroup(),
	}
}

// Charts is the charts screen: tension, relations (a pair chosen), German rearmament and the
// pact's support in the Chamber over the months, for the line in play and for history, with a
// month under a cursor and every measure's value at that month.
type Charts struct {
	keys ChartsKeys
	view ChartView
	set  bool // the pair has been chosen for the campaign's player
	w, h int
}

// NewCharts makes the charts screen.
func NewCharts() *Charts {
	return &Charts{keys: DefaultChartsKeys(), view: ChartView{Cursor: -1}}
}

// Keys is the screen's keymap.
func (s *Charts) Keys() KeyMap { return s.keys }

// Kind is the chart shown.
func (s *Charts) Kind() int { return s.view.Kind }

// View renders the charts.
func (s *Charts) View(ctx *Ctx, w, h int) string {
	t := ctx.Theme
	if ctx.S == nil {
		return strings.Join(c.Box(t, "Charts", c.Wrap("Start or load a campaign to chart it against history.", w-4), w, h, true), "\n")
	}
	if !s.set {
		s.view.Pair, s.set = defaultPair(ctx.S.Player), true
	}
	iw, ih := w-4, h-2
	var tabs []string
	for i, d := range chartDefs {
		label := fmt.Sprintf(" %d %s ", i+1, d.title)
		if i == s.view.Kind {
			tabs = append(tabs, t.TabActive.Render(label))
		} else {
			tabs = append(tabs, t.Tab.Render(label))
		}
	}
	body := []string{c.Truncate(strings.Join(tabs, t.Faint.Render("·")), iw), ""}
	sc := ctx.S.Scenario
	// Below the chart, every measure at the cursor's month (when there is room).
	table := s.table(ctx, iw)
	chartH := ih - len(body)
	if ih-len(body)-len(table) >= 14 {
		chartH -= len(table) + 1
	} else {
		table = nil
	}
	body = append(body, c.Block(s.view.Lines(t, sc.Start, ctx.S.Game, ctx.Hist, "this line", iw, chartH), iw, chartH)...)
	if table != nil {
		body = append(body, "")
		body = append(body, table...)
	}
	return strings.Join(c.Box(t, "Charts · this line beside history", body, w, h, true), "\n")
}

// table is every measure at the cursor's month, for this line and history.
func (s *Charts) table(ctx *Ctx, w int) []string {
	t := ctx.Theme
	g := ctx.S.Game
	cur := s.view.Cursor
	if cur < 0 || cur >= len(g.States) {
		cur = len(g.States) - 1
	}
	st := g.States[cur]
	var hs *game.State
	if ctx.Hist != nil && cur < len(ctx.Hist.States) {
		hs = ctx.Hist.States[cur]
	}
	out := []string{c.Truncate(t.Subtle.Render(c.Pad("at the start of "+st.Date.Name(), 34)+c.PadLeft("this line", 11)+c.PadLeft("history", 10)), w)}
	for k := range numCharts {
		name := chartDefs[k].title
		if k == ChartRelations {
			p := s.view.PairOf()
			name += " " + p[0].Short() + "–" + p[1].Short()
		}
		v := chartValue(k, s.view.PairOf(), st)
		hv := ""
		if hs != nil {
			hv = fmt.Sprint(chartValue(k, s.view.PairOf(), hs))
		}
		mark := "  "
		if k == s.view.Kind {
			mark = t.Cursor.Render("▸ ")
		}
		out = append(out, c.Truncate(mark+c.Pad(t.Text.Render(name), 32)+t.Title.Render(c.PadLeft(fmt.Sprint(v), 11))+t.Historical.Render(c.PadLeft(hv, 10)), w))
	}
	return out
}

// Update answers keys.
func (s *Charts) Update(ctx *Ctx, msg tea.Msg) Action {
	switch msg := msg.(type) {
	case tea.WindowSizeMsg:
		s.w, s.h = msg.Width, msg.Height
	case tea.KeyPressMsg:
		keys := s.keys
		for i, b := range keys.Kinds {
			if key.Matches(msg, b) {
				s.view.Kind = i
				return nil
			}
		}
		n := 1
		if ctx.S != nil {
			n = len(ctx.S.Game.States)
		}
		cur := s.view.Cursor
		if cur < 0 || cur >= n {
			cur = n - 1
		}
		switch {
		case key.Matches(msg, keys.NextChart):
			s.view.Kind = (s.view.Kind + 1) % numCharts
		case key.Matches(msg, keys.PrevChart):
			s.view.Kind = (s.view.Kind + numCharts - 1) % numCharts
		case key.Matches(msg, keys.Earlier):
			s.view.Cursor = max(0, cur-1)
		case key.Matches(msg, keys.Later):
			s.view.Cursor = min(n-1, cur+1)
		case key.Matches(msg, keys.Top):
			s.view.Cursor = 0
		case key.Matches(msg, keys.Bottom):
			s.view.Cursor = -1
		case key.Matches(msg, keys.PairUp), key.Matches(msg, keys.PairDown):
			if s.view.Kind != ChartRelations {
				s.view.Kind = ChartRelations
				return Status{Text: "↑↓ choose the pair of powers"}
			}
			d := 1
			if key.Matches(msg, keys.PairUp) {
				d = -1
			}
			s.view.Pair = (s.view.Pair + d + len(pairs)) % len(pairs)
		default:
			a, _ := keys.navigate(msg)
			return a
		}
	}
	return nil
}
