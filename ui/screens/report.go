package screens

import (
	"cmp"
	"fmt"
	"slices"
	"strings"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"github.com/pactgame/pact/game"
	"github.com/pactgame/pact/game/treaty"
	c "github.com/pactgame/pact/ui/components"
)

// Report is the panel of what a month changed and why: the events, the player's orders, every
// change with its cause — grouped by whom it concerns and sorted by importance — the other
// chancelleries' moves with their reasons, the notes and the votes by parliamentary group. [ and ]
// walk back and forth through the months played.
type Report struct {
	index  int // which report; -1 follows the latest
	text   Scroller
	cacheK string
	cache  []string
}

func (r *Report) title(ctx *Ctx) string {
	reps := ctx.S.Reports()
	if len(reps) == 0 {
		return "Report"
	}
	i := r.current(ctx)
	return fmt.Sprintf("Report · %s · month %d of %d played", reps[i].Date.Name(), i+1, len(reps))
}

func (r *Report) current(ctx *Ctx) int {
	n := len(ctx.S.Reports())
	if r.index < 0 || r.index >= n {
		return n - 1
	}
	return r.index
}

// Latest makes the panel follow the newest report.
func (r *Report) Latest() { r.index, r.text = -1, Scroller{} }

func (r *Report) view(ctx *Ctx, w, h int) []string {
	reps := ctx.S.Reports()
	if len(reps) == 0 {
		t := ctx.Theme
		return append(c.Wrap(t.Subtle.Render("No month has been played yet. The report of each month — every change with its cause, and what the other chancelleries did and why — appears here when you end the month."), w),
			"", c.Truncate(t.Key.Render("2")+t.KeyDesc.Render(" the council  ·  ")+t.Key.Render("e")+t.KeyDesc.Render(" end the month"), w))
	}
	i := r.current(ctx)
	key := fmt.Sprintf("%p|%d|%d|%p", reps[i], w, i, ctx.Theme)
	if key != r.cacheK {
		r.cacheK, r.cache = key, ReportLines(ctx, reps[i], i, w)
	}
	return r.text.View(ctx.Theme, r.cache, w, h)
}

// fieldGroup is the changes of one field in a month.
type fieldGroup struct {
	field      string
	label      string
	from, to   string
	delta      int
	numeric    bool
	importance int
	changes    []game.Change
}

// concerns says whose a field is: 0 the player's, 1 Europe's, 2 another power's.
func concerns(player game.Power, path string) int {
	parts := strings.Split(path, ".")
	if parts[0] == "relations" {
		if contains(parts[1:], player.ID()) {
			return 0
		}
		return 2
	}
	if parts[0] == player.ID() {
		return 0
	}
	if _, err := game.ParsePower(parts[0]); err == nil {
		return 2
	}
	return 1
}

// ReportLines renders a month's report in lines of w cells.
func ReportLines(ctx *Ctx, rep *game.Report, index int, w int) []string {
	t, s := ctx.Theme, ctx.S
	var out []string
	add := func(lines ...string) { out = append(out, lines...) }
	section := func(name string) { add("", c.Rule(t, name, w)) }
	first, total := index+1, s.Scenario.End.Sub(s.Scenario.Start)+1
	add(c.Truncate(t.Subtle.Render(fmt.Sprintf("What changed in %s, and why — month %d of %d.  [ and ] for other months.", rep.Date.Name(), first, total)), w))

	if len(rep.Events) > 0 {
		section("Events")
		for _, e := range rep.Events {
			line := e.Title
			if e.Choice != "" {
				pw, _ := game.ParsePower(e.Power)
				who := pw.Title() + " chose"
				if pw == s.Player {
					who = "you chose"
				}
				line += " — " + who + ": " + e.Choice
			}
			add(c.WrapIndent(line, w, t.Subtle.Render("• "), "  ")...)
		}
	}
	var mine, others []game.ReportDecision
	for _, d := range rep.Decisions {
		if d.Power == s.Player.ID() {
			mine = append(mine, d)
		} else {
			others = append(others, d)
		}
	}
	section("Your orders")
	if len(mine) == 0 {
		add(t.Faint.Render("none"))
	}
	for _, d := range mine {
		add(c.WrapIndent(d.Title, w, t.Ally.Render("✓ "), "  ")...)
	}
	if len(rep.Notes) > 0 {
		section("What came of it")
		for _, n := range rep.Notes {
			st := t.Text
			switch n.Kind {
			case "war", "crisis":
				st = t.Alert
			case "delayed", "prevented":
				st = t.Subtle
			}
			add(c.WrapIndent(st.Render(n.Text), w, t.Faint.Render(c.Pad(n.Kind, 10)), "          ")...)
		}
	}
	for _, v := range rep.Votes {
		section("Vote: " + bodyName(v.Body))
		add(VoteLines(ctx, v, w)...)
	}

	// Every change, by field, grouped by whom it concerns and sorted by importance.
	groups := map[string]*fieldGroup{}
	var order []string
	for _, ch := range rep.Changes {
		g, ok := groups[ch.Field]
		if !ok {
			g = &fieldGroup{field: ch.Field, label: ch.Label, from: ch.From}
			groups[ch.Field] = g
			order = append(order, ch.Field)
		}
		g.to = ch.To
		g.delta += ch.Delta
		g.numeric = g.numeric || ch.Delta != 0
		g.importance += ch.Importance()
		g.changes = append(g.changes, ch)
	}
	othersDone := false
	addOthers := func() {
		if othersDone {
			return
		}
		othersDone = true
		if len(others) > 0 {
			section("The other chancelleries")
			for _, d := range others {
				pw, _ := game.ParsePower(d.Power)
				add(c.WrapIndent(t.Text.Render(d.Title), w, t.PowerBold(pw).Render(c.Pad(pw.Short(), 8)), "        ")...)
				var why []string
				for _, r := range mergeReasons(d.Reasons) {
					why = append(why, fmt.Sprintf("%s (%s)", r.Text, c.Signed(r.Score)))
				}
				if len(why) > 0 {
					add(c.WrapIndent(t.Subtle.Render("why: "+strings.Join(why, "; ")), w, "        ", "        ")...)
				}
			}
		}
	}
	titles := []string{"What changed for " + s.Player.Name(), "What changed in Europe", "What changed for the other powers"}
	for who := range 3 {
		var fs []*fieldGroup
		for _, f := range order {
			if concerns(s.Player, f) == who {
				fs = append(fs, groups[f])
			}
		}
		if len(fs) == 0 {
			continue
		}
		slices.SortStableFunc(fs, func(a, b *fieldGroup) int { return cmp.Compare(b.importance, a.importance) })
		section(titles[who])
		for _, g := range fs {
			add(changeLines(ctx, g, w)...)
		}
		if who == 0 {
			addOthers()
		}
	}

	addOthers()
	if rep.Ended {
		section("The end")
		add(c.Wrap(t.Warning.Render("The campaign ends with this month."), w)...)
	}
	return out
}

// changeLabel names a changed field for people: a formal tie by its name.
func changeLabel(sc *game.Scenario, g *fieldGroup) string {
	if id, ok := strings.CutPrefix(g.field, "flags.tie."); ok {
		for _, tie := range sc.Ties {
			if tie.ID == id {
				return tie.Name
			}
		}
		return strings.ReplaceAll(id, "_", " ")
	}
	if name, ok := strings.CutPrefix(g.field, "flags."); ok {
		return strings.ReplaceAll(name, "_", " ")
	}
	return g.label
}

// changeValue writes a value of a non-numeric field in words.
func changeValue(field, v string) string {
	switch {
	case v == "":
		return "—"
	case field == "pact.status":
		return PactStatus(treaty.Status(v))
	case strings.HasPrefix(field, "flags.tie."):
		if v == "true" {
			return "in force"
		}
		return "not in force"
	case v == "true":
		return "yes"
	case v == "false":
		return "no"
	}
	return strings.ReplaceAll(v, "_", " ")
}

// changeLines writes one field's change of the month: the net change, then each cause.
func changeLines(ctx *Ctx, g *fieldGroup, w int) []string {
	t, s := ctx.Theme, ctx.S
	label := changeLabel(s.Scenario, g)
	good, mine := goodRise(s.Scenario, s.Player, g.field)
	labelW := min(30, w/2)
	var head string
	if g.numeric {
		st := t.Text
		if mine {
			st = t.Delta(g.delta, good)
		}
		net := c.Signed(g.delta)
		if g.delta == 0 {
			net = "±0"
		}
		head = c.Pad(t.Subheading.Render(label), labelW) + " " + st.Render(c.PadLeft(net, 4)) + t.Subtle.Render(fmt.Sprintf("  %s → %s", g.from, g.to))
	} else {
		head = c.Pad(t.Subheading.Render(label), labelW) + " " + t.Warning.Render(changeValue(g.field, g.from)+" → "+changeValue(g.field, g.to))
	}
	out := []string{c.Truncate(head, w)}
	for _, ch := range g.changes {
		cause := ch.Cause.Text
		if ch.Cause.Kind == game.CauseDelayed && ch.Cause.Since != "" {
			cause += " (from " + ch.Cause.Since + ")"
		}
		if ch.Cause.Power != "" {
			if pw, err := game.ParsePower(ch.Cause.Power); err == nil && pw != s.Player && ch.Cause.Kind != game.CauseCost {
				cause = pw.Short() + ": " + cause
			}
		}
		d := ""
		if ch.Delta != 0 {
			st := t.Subtle
			if mine {
				st = t.Delta(ch.Delta, good)
			}
			d = st.Render(c.PadLeft(c.Signed(ch.Delta), 4)) + "  "
		} else if len(g.changes) > 1 {
			d = t.Subtle.Render(c.PadLeft(changeValue(g.field, ch.To), 4)) + "  "
		}
		out = append(out, c.WrapIndent(t.Subtle.Render(cause), w, "   "+d, "         ")...)
	}
	return out
}

// bodyName names a ratifying body.
func bodyName(b treaty.Body) string {
	switch b {
	case treaty.Chamber:
		return "the Chamber of Deputies"
	case treaty.Senate:
		return "the Senate"
	case treaty.TsIK:
		return "the Central Executive Committee (TsIK)"
	}
	return string(b)
}

// VoteLines draws a vote: its result, then each group's votes as a bar.
func VoteLines(ctx *Ctx, v treaty.Vote, w int) []string {
	t := ctx.Theme
	res := t.Rival.Render("REJECTED")
	if v.Passed {
		res = t.Ally.Render("PASSED")
	}
	out := []string{c.Truncate(fmt.Sprintf("%s %s  %s · %s",
		res, t.Subtle.Render(v.Date.Name()),
		t.Ally.Render(fmt.Sprintf("%d for", v.For)), t.Rival.Render(fmt.Sprintf("%d against", v.Against)))+
		t.Subtle.Render(fmt.Sprintf(" · %d abstain", v.Abstain)), w)}
	if v.Note != "" {
		out = append(out, c.Wrap(t.Subtle.Render(v.Note), w)...)
	}
	nameW := min(26, max(w/3, 10))
	barW := max(w-nameW-18, 6)
	for _, g := range v.Groups {
		seats := max(g.Seats, 1)
		nf := g.For * barW / seats
		na := g.Against * barW / seats
		bar := t.Ally.Render(strings.Repeat("█", nf)) + t.Rival.Render(strings.Repeat("█", na)) + t.Faint.Render(strings.Repeat("░", max(barW-nf-na, 0)))
		if t.Plain {
			bar = ""
		}
		out = append(out, c.Truncate(c.Pad(t.Text.Render(g.Name), nameW)+" "+bar+" "+
			t.Subtle.Render(fmt.Sprintf("%3d/%d/%d", g.For, g.Against, g.Abstain)), w))
	}
	return out
}

func (r *Report) key(ctx *Ctx, k tea.KeyPressMsg, keys PlayKeys) Action {
	n := len(ctx.S.Reports())
	switch {
	case key.Matches(k, keys.Up):
		r.text.By(-1)
	case key.Matches(k, keys.Down):
		r.text.By(1)
	case key.Matches(k, keys.PageDown):
		r.text.By(10)
	case key.Matches(k, keys.PageUp):
		r.text.By(-10)
	case key.Matches(k, keys.Top):
		r.text.Offset = 0
	case key.Matches(k, keys.Bottom):
		r.text.Offset = 1 << 20
	case key.Matches(k, keys.PrevMonth):
		if i := r.current(ctx); i > 0 {
			r.index, r.text = i-1, Scroller{}
		}
	case key.Matches(k, keys.NextMonth):
		if i := r.current(ctx); i < n-1 {
			r.index, r.text = i+1, Scroller{}
		}
	}
	return nil
}

func (r *Report) click(ctx *Ctx, x, y, w, h int) Action { return nil }
func (r *Report) scroll(n int)                          { r.text.By(n) }

// stamp is where the panel stands, for the main screen's frame cache.
func (r *Report) stamp() [5]any { return [5]any{r.index, r.text} }

// mergeReasons adds up the reasons an AI gave under the same words, keeping their first order.
func mergeReasons(rs []game.Reason) []game.Reason {
	var out []game.Reason
	idx := map[string]int{}
	for _, r := range rs {
		if i, ok := idx[r.Text]; ok {
			out[i].Score += r.Score
			continue
		}
		idx[r.Text] = len(out)
		out = append(out, r)
	}
	return out
}
