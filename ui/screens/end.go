package screens

import (
	"fmt"
	"strings"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"github.com/pactgame/pact/game"
	c "github.com/pactgame/pact/ui/components"
)

// End is the end of the campaign: the outcome, the score and grade with each objective met or
// missed, every power's score, what history did instead, and the way to the debrief.
type End struct {
	keys StudyKeys
	text Scroller
	w, h int
}

// NewEnd makes the end screen.
func NewEnd() *End {
	k := DefaultStudyKeys()
	k.short = func(k StudyKeys) []key.Binding {
		return []key.Binding{k.DebriefView, k.Debrief, k.History, k.Records, k.NewGame, k.Down, k.Help, k.Quit}
	}
	k.groups = func(k StudyKeys) []HelpGroup {
		return []HelpGroup{
			{"Read", []key.Binding{k.Up, k.Down, k.PageUp, k.PageDown}},
			{"Afterwards", []key.Binding{k.DebriefView, k.Debrief, k.NewGame}},
			{"Study", []key.Binding{k.Treaty, k.Encyclopedia, k.History, k.Records, k.Charts}},
			{"Pact", []key.Binding{k.Help, k.Quit}},
		}
	}
	return &End{keys: k}
}

// Keys is the end screen's keymap.
func (e *End) Keys() KeyMap { return e.keys }

// EndLines renders the end of the campaign in lines of w cells.
func EndLines(ctx *Ctx, w int) []string {
	t, s := ctx.Theme, ctx.S
	st := s.State()
	sc := s.Scenario
	var out []string
	add := func(lines ...string) { out = append(out, lines...) }
	section := func(name string) { add("", c.Rule(t, name, w)) }
	ending := st.Ending
	if ending.War {
		add(c.Center(t.Alert.Render("═══  GENERAL WAR  ═══"), w))
	} else {
		add(c.Center(t.Title.Render("THE END OF THE CAMPAIGN"), w))
	}
	add(c.Center(t.Subtle.Render(ending.Date.Name()+" — "+ending.Reason), w))

	scores := game.Scores(sc, st)
	me := scores[s.Player]
	section(fmt.Sprintf("%s's score", s.Player.Title()))
	grade := t.Title.Render(me.Grade)
	add(c.Truncate(fmt.Sprintf("%s  %s  %s", t.Bold.Render(fmt.Sprintf("%d of %d points", me.Points, me.Max)),
		t.Subtle.Render(fmt.Sprintf("(%d%%)", me.Percent())), t.Subtle.Render("grade ")+grade), w))
	add("")
	points := map[string]int{}
	for _, o := range sc.Powers[s.Player].Objectives {
		points[o.Text] = o.Points
	}
	for _, a := range me.Achieved {
		add(c.WrapIndent(a, w, t.Ally.Render(fmt.Sprintf("✓ %3d  ", points[a])), "        ")...)
	}
	for _, m := range me.Missed {
		mark := t.Rival.Render(fmt.Sprintf("✗ %3d  ", points[m]))
		add(c.WrapIndent(t.Subtle.Render(m), w, mark, "        ")...)
	}

	section("The six chancelleries")
	for _, pw := range game.Powers {
		sc := scores[pw]
		name := pw.Short()
		if pw == s.Player {
			name += " (you)"
		}
		bar := c.Meter(t, sc.Percent(), 0, 100, 20, t.Power(pw))
		add(c.Truncate(c.Pad(t.PowerBold(pw).Render(name), 14)+bar+" "+t.Text.Render(fmt.Sprintf("%3d/%-3d %s", sc.Points, sc.Max, sc.Grade)), w))
	}

	section("What history did instead")
	switch {
	case ctx.Hist == nil:
		add(t.Faint.Render("playing the historical line…"))
	default:
		h := ctx.Hist.Current()
		diffs := game.StateDifferences(sc, st, h, "history")
		months, first := 0, ""
		for i, d := range ctx.Diverge {
			if len(d) > 0 {
				months++
				if first == "" && i < len(s.Reports()) {
					first = s.Reports()[i].Date.Name()
				}
			}
		}
		if months == 0 {
			add(c.Wrap("This campaign followed history month by month.", w)...)
		} else {
			add(c.Wrap(fmt.Sprintf("This line left history in %s and differed from it in %s of %d. At the end:", first, c.Plural(months, "month", "months"), len(ctx.Diverge)), w)...)
		}
		for _, d := range diffs {
			add(c.WrapIndent(d, w, t.Subtle.Render("• "), "  ")...)
		}
		if len(diffs) == 0 {
			add(t.Subtle.Render("• the end state is history's own"))
		}
		hs := game.Scores(sc, h)[s.Player]
		add("", c.Truncate(t.Subtle.Render(fmt.Sprintf("Scored the same way, history's own line gave %s %d of %d (%s).", s.Player.Name(), hs.Points, hs.Max, hs.Grade)), w))
	}
	section("The debrief")
	add(c.Wrap(t.Text.Render("The debrief sets your campaign beside history month by month — the events, your orders, the divergences and their causes — as a Markdown file you can keep or hand in."), w)...)
	add(c.Truncate(t.Key.Render("D")+t.KeyDesc.Render(" read it here  ·  ")+t.Key.Render("w")+t.KeyDesc.Render(" write it  ·  ")+t.Key.Render("H")+t.KeyDesc.Render(" history, month by month  ·  ")+t.Key.Render("R")+t.KeyDesc.Render(" records and branches  ·  ")+t.Key.Render("n")+t.KeyDesc.Render(" new game"), w))
	return out
}

// View renders the end screen.
func (e *End) View(ctx *Ctx, w, h int) string {
	bw := min(w, 100)
	lines := e.text.View(ctx.Theme, EndLines(ctx, bw-4), bw-4, h-2)
	box := c.Box(ctx.Theme, "The end", lines, bw, h, true)
	pad := strings.Repeat(" ", (w-bw)/2)
	for i := range box {
		box[i] = pad + box[i]
	}
	return strings.Join(c.Block(box, w, h), "\n")
}

// Update answers keys.
func (e *End) Update(ctx *Ctx, msg tea.Msg) Action {
	switch msg := msg.(type) {
	case tea.WindowSizeMsg:
		e.w, e.h = msg.Width, msg.Height
	case tea.MouseWheelMsg:
		if msg.Button == tea.MouseWheelDown {
			e.text.By(3)
		} else if msg.Button == tea.MouseWheelUp {
			e.text.By(-3)
		}
	case tea.KeyPressMsg:
		k, keys := msg, e.keys
		switch {
		case key.Matches(k, keys.Up):
			e.text.By(-1)
		case key.Matches(k, keys.Down):
			e.text.By(1)
		case key.Matches(k, keys.PageDown):
			e.text.By(10)
		case key.Matches(k, keys.PageUp):
			e.text.By(-10)
		case key.Matches(k, keys.Debrief):
			return WriteDebrief{}
		case key.Matches(k, keys.NewGame):
			return SetupGame{}
		case key.Matches(k, keys.Treaty):
			return Open{ScreenTreaty}
		case key.Matches(k, keys.Encyclopedia):
			return Open{ScreenEncyclopedia}
		case key.Matches(k, keys.History):
			return Open{ScreenHistory}
		case key.Matches(k, keys.Records):
			return Open{ScreenRecords}
		case key.Matches(k, keys.Charts):
			return Open{ScreenCharts}
		case key.Matches(k, keys.DebriefView):
			return Open{ScreenDebrief}
		case key.Matches(k, keys.Quit):
			return Quit{}
		}
	}
	return nil
}
