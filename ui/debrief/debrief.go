package debrief

import (
	"cmp"
	"fmt"
	"slices"
	"strconv"
	"strings"

	"github.com/pactgame/pact/assets"
	"github.com/pactgame/pact/game"
	"github.com/pactgame/pact/game/calendar"
	"github.com/pactgame/pact/game/record"
	"github.com/pactgame/pact/game/treaty"
)

// Options say whose debrief it is.
type Options struct {
	Power  game.Power // the power the player led
	Seed   uint64     // the game's seed, for the title block
	Line   string     // the line's name ("" is "main")
	Record string     // the record file's name, for the title block ("" to leave it out)
	// KeyDecisions is how many of the player's decisions are told in full, with their consequences
	// (0 is 12). Every decision is listed in the table that follows them.
	KeyDecisions int
}

// ForRecord replays a line of a record (checking every month's hash) and the scenario's historical
// line with the record's seed, and writes the line's debrief for the record's first player (France
// if nobody was named). An unknown line or a record that does not replay is an error.
func ForRecord(r *record.Record, sc *game.Scenario, lineName string, lib *assets.Lib) (string, error) {
	if lineName == "" {
		lineName = record.MainLine
	}
	line, err := r.Build(sc, lineName)
	if err != nil {
		return "", err
	}
	hist := game.New(sc, r.Seed)
	if err := hist.Run(game.HistoricalPolicy); err != nil {
		return "", err
	}
	p := game.France
	if len(r.Players) > 0 {
		p = r.Players[0]
	}
	return Markdown(sc, line, hist, lib, Options{Power: p, Seed: r.Seed, Line: lineName}), nil
}

// Markdown writes the debrief of line, a game of scenario sc, beside hist, the historical line of
// the same scenario, with the real course of events and its sources from lib (nil leaves the
// dossiers out). It never fails: what it lacks (a dossier, a source) it leaves out.
func Markdown(sc *game.Scenario, line, hist *game.Game, lib *assets.Lib, opts Options) string {
	if opts.Line == "" {
		opts.Line = record.MainLine
	}
	if opts.KeyDecisions <= 0 {
		opts.KeyDecisions = 12
	}
	w := &writer{sc: sc, line: line, hist: hist, lib: lib, o: opts, p: opts.Power, cited: map[string]bool{}, told: map[string]bool{}}
	w.decisions = w.gatherDecisions()
	w.title()
	w.outcome()
	w.treatyFate()
	w.keyDecisions()
	w.months()
	w.instead()
	w.bibliography()
	return strings.TrimRight(w.b.String(), "\n") + "\n"
}

type writer struct {
	b         strings.Builder
	sc        *game.Scenario
	line      *game.Game
	hist      *game.Game
	lib       *assets.Lib
	o         Options
	p         game.Power
	decisions []decision
	cited     map[string]bool // sources cited, for the bibliography
	told      map[string]bool // dossiers already told
}

func (w *writer) f(format string, args ...any) { fmt.Fprintf(&w.b, format, args...) }
func (w *writer) ln(s string)                  { w.b.WriteString(s); w.b.WriteByte('\n') }

// decision is one of the player's orders in a month and what came of it.
type decision struct {
	month      int // index of the month in the line
	date       calendar.Month
	id, title  string
	kind       game.ChoiceKind
	historical bool   // the historical choice (an event's option, a crisis rung, a decision in its month)
	histChoice string // for an event or a crisis, what history chose instead
	effects    []game.Change
	weight     int
}

func (w *writer) gatherDecisions() []decision {
	var out []decision
	pid := w.p.ID()
	for i, rep := range w.line.Reports {
		t, err := game.Begin(w.sc, w.line.States[i])
		if err != nil {
			continue
		}
		choices := t.Choices(w.p)
		for _, o := range w.line.Orders[i][w.p] {
			d := decision{month: i, date: rep.Date, id: o.ID, title: o.ID}
			for _, c := range choices {
				if c.ID != o.ID {
					continue
				}
				d.kind, d.historical, d.title = c.Kind, c.Historical, c.Title
				if c.Kind != game.ChoiceDecision && !c.Historical {
					for _, h := range choices {
						if h.Group == c.Group && h.Historical {
							d.histChoice = h.Title
						}
					}
				}
				if c.Kind == game.ChoiceEvent {
					d.title = c.Option.Event.Title + ": " + c.Title
				}
				if c.Kind == game.ChoiceCrisis {
					d.title = c.Crisis.Title + ": " + c.Title
				}
			}
			d.effects = consequences(w.line, i, pid, o.ID)
			for _, c := range d.effects {
				d.weight += c.Importance()
			}
			out = append(out, d)
		}
	}
	return out
}

// consequences are the net changes a power's order of month i caused, then and later (its delayed
// consequences), most important first; the price paid is left out.
func consequences(g *game.Game, i int, pid, id string) []game.Change {
	var all []game.Change
	date := g.Reports[i].Date.String()
	for j := i; j < len(g.Reports); j++ {
		for _, c := range g.Reports[j].Changes {
			if c.Cause.ID != id || c.Cause.Power != pid || c.Cause.Kind == game.CauseCost {
				continue
			}
			if j > i && (c.Cause.Kind != game.CauseDelayed || c.Cause.Since != date) {
				continue
			}
			all = append(all, c)
		}
	}
	// Net change per field, in the order the fields first changed.
	var out []game.Change
	idx := map[string]int{}
	for _, c := range all {
		if k, ok := idx[c.Field]; ok {
			out[k].To = c.To
			out[k].Delta += c.Delta
			continue
		}
		idx[c.Field] = len(out)
		out = append(out, c)
	}
	out = slices.DeleteFunc(out, func(c game.Change) bool { return c.From == c.To })
	slices.SortStableFunc(out, func(a, b game.Change) int { return cmp.Compare(b.Importance(), a.Importance()) })
	return out
}

// title writes the heading and the title block.
func (w *writer) title() {
	w.f("# Debrief: %s — %s\n\n", w.sc.Title, w.p.Title())
	last := w.line.Current()
	end := w.line.Reports[max(len(w.line.Reports)-1, 0)]
	w.f("- **Scenario:** %s (`%s`, version %d)\n", w.sc.Title, w.sc.ID, w.sc.Version)
	w.f("- **Power played:** %s\n", w.p.Title())
	w.f("- **Seed:** %d\n", w.o.Seed)
	w.f("- **Line:** `%s`\n", w.o.Line)
	if w.o.Record != "" {
		w.f("- **Record:** `%s`\n", w.o.Record)
	}
	if len(w.line.Reports) > 0 {
		w.f("- **Months played:** %d, %s to %s", len(w.line.Reports), w.line.Reports[0].Date.Name(), end.Date.Name())
		if last.Ended {
			w.f(" (the campaign is over)")
		}
		w.ln("")
	}
	w.ln("")
	w.ln("This debrief sets the line you played beside the historical line — every power taking the")
	w.ln("documented historical choices, with the same seed — and, month by month, tells what really")
	w.ln("happened, with its sources.")
	w.ln("")
}

func (w *writer) outcome() {
	w.ln("## Outcome")
	w.ln("")
	last := w.line.Current()
	switch {
	case len(w.line.Reports) == 0:
		w.ln("Nothing has been played yet.")
	case last.Ended:
		w.f("The campaign ended in %s: %s.", last.Ending.Date.Name(), strings.TrimSuffix(last.Ending.Reason, "."))
		if last.Ending.War {
			w.f(" **Europe went to war.**")
		}
		w.ln("")
	default:
		w.f("The line stops in %s, before the campaign's end (%s); the scores below are those of that month.\n",
			w.line.Reports[len(w.line.Reports)-1].Date.Name(), w.sc.End.Name())
	}
	w.ln("")
	scores := game.Scores(w.sc, last)
	hscores := game.Scores(w.sc, w.histAtEnd())
	me := scores[w.p]
	w.f("**%s: %d of %d points, grade %s** (%d%%). At the same point, the historical line scores %s %d, grade %s.\n\n",
		w.p.Title(), me.Points, me.Max, me.Grade, me.Percent(), w.p.Name(), hscores[w.p].Points, hscores[w.p].Grade)
	w.ln("Objectives met:")
	w.ln("")
	w.list(me.Achieved, "none")
	w.ln("Objectives missed (and penalties incurred):")
	w.ln("")
	w.list(me.Missed, "none")
	w.ln("### The other powers")
	w.ln("")
	w.ln("| Power | Points | Grade | History | Met | Missed |")
	w.ln("|---|---:|:---:|---:|---|---|")
	for _, p := range game.Powers {
		if p == w.p {
			continue
		}
		s := scores[p]
		w.f("| %s | %d / %d | %s | %d (%s) | %s | %s |\n", p.Title(), s.Points, s.Max, s.Grade, hscores[p].Points, hscores[p].Grade,
			cell(strings.Join(s.Achieved, "; ")), cell(strings.Join(s.Missed, "; ")))
	}
	w.ln("")
}

// histAtEnd is the historical line's state at the point where the line stops (its last state
// if history is shorter).
func (w *writer) histAtEnd() *game.State {
	return w.hist.States[min(len(w.line.Reports), len(w.hist.States)-1)]
}

func (w *writer) list(items []string, empty string) {
	if len(items) == 0 {
		w.f("- %s\n", empty)
	}
	for _, it := range items {
		w.f("- %s\n", it)
	}
	w.ln("")
}

// cell makes text safe in a Markdown table cell.
func cell(s string) string {
	s = strings.ReplaceAll(s, "|", "\\|")
	s = strings.ReplaceAll(s, "\n", " ")
	if s == "" {
		return "—"
	}
	return s
}

// statusWord is the pact's status in words, as the engine says it.
func statusWord(s treaty.Status) string { return game.ValueWords("pact.status", string(s)) }

func (w *writer) treatyFate() {
	w.ln("## The treaty's fate")
	w.ln("")
	lp, hp := &w.line.Current().Pact, &w.hist.Current().Pact
	w.f("At the end of the line the Franco-Soviet pact is **%s**; at the same point in the historical line it is %s", statusWord(lp.Status), statusWord(w.histAtEnd().Pact.Status))
	if w.histAtEnd() != w.hist.Current() {
		w.f(" (and %s by %s)", statusWord(hp.Status), w.hist.Current().Date.Add(-1).Name())
	}
	w.ln(".")
	w.ln("")

	w.ln("### Its lifecycle, month by month")
	w.ln("")
	w.ln("The months in which the pact's status changed in either line:")
	w.ln("")
	w.ln("| Month | This line | History |")
	w.ln("|---|---|---|")
	prevL, prevH := w.line.States[0].Pact.Status, w.hist.States[0].Pact.Status
	rows := 0
	for i, rep := range w.line.Reports {
		l := w.line.States[i+1].Pact.Status
		h := prevH
		if i+1 < len(w.hist.States) {
			h = w.hist.States[i+1].Pact.Status
		}
		if l != prevL || h != prevH {
			lw, hw := statusWord(l), statusWord(h)
			if l != prevL {
				lw = "**" + lw + "**"
			}
			if h != prevH {
				hw = "**" + hw + "**"
			}
			w.f("| %s | %s | %s |\n", rep.Date.Name(), lw, hw)
			rows++
		}
		prevL, prevH = l, h
	}
	if rows == 0 {
		w.f("| — | %s throughout | %s throughout |\n", statusWord(prevL), statusWord(prevH))
	}
	w.ln("")
	if len(lp.Log) > 0 {
		w.ln("How it moved in this line:")
		w.ln("")
		w.transitions(lp.Log)
	}

	w.ln("### Its terms against the historical terms")
	w.ln("")
	ht := treaty.HistoricalTerms()
	if lp.Status == treaty.StatusNone {
		w.f("No terms were ever negotiated in this line. The treaty signed in Paris on 2 May 1935 was %s.\n\n", ht)
	} else {
		lt := lp.Terms
		w.ln("| Clause | This line | The treaty of 2 May 1935 |")
		w.ln("|---|---|---|")
		row := func(name, l, h string) {
			mark := ""
			if l != h {
				mark = " ⚑"
			}
			w.f("| %s | %s%s | %s |\n", name, l, mark, h)
		}
		row("Kind", string(lt.Kind), string(ht.Kind))
		row("Automaticity of assistance", string(lt.Automaticity), string(ht.Automaticity))
		row("Locarno clause", yesNo(lt.LocarnoClause), yesNo(ht.LocarnoClause))
		row("Military convention", string(lt.Convention), string(ht.Convention))
		row("Duration", strconv.Itoa(lt.DurationYears)+" years", strconv.Itoa(ht.DurationYears)+" years")
		w.ln("")
		if lt == ht {
			w.ln("The terms are the historical ones.")
		} else {
			w.ln("⚑ marks a clause that differs from the treaty actually signed.")
		}
		w.ln("")
	}

	w.ln("### Ratification")
	w.ln("")
	if !w.votes(lp) {
		w.ln("No ratification vote was held in this line.")
		w.ln("")
	}
	if w.anyVotes(hp) {
		w.ln("In the historical line:")
		w.ln("")
		for _, r := range hp.Ratification {
			for _, v := range r.Votes {
				w.f("- %s, %s: %s\n", upperFirst(bodyName(v.Body)), v.Date.Name(), tally(v))
			}
		}
		w.ln("")
	}
}

// transitions lists the steps of the pact's log: each change of status, of terms or a vote, and why.
func (w *writer) transitions(log []treaty.Transition) {
	for _, t := range log {
		step := statusWord(t.From) + " → " + statusWord(t.To)
		if t.From == t.To {
			step = "still " + statusWord(t.To)
		}
		w.f("- %s: %s", t.Date.Name(), step)
		if t.Reason != "" {
			w.f(" — %s", strings.TrimSuffix(t.Reason, "."))
		}
		w.ln("")
	}
	w.ln("")
}

func upperFirst(s string) string {
	r := []rune(s)
	if len(r) > 0 && r[0] >= 'a' && r[0] <= 'z' {
		r[0] -= 'a' - 'A'
	}
	return string(r)
}

func yesNo(b bool) string {
	if b {
		return "yes"
	}
	return "no"
}

func bodyName(b treaty.Body) string {
	switch b {
	case treaty.Chamber:
		return "the Chamber of Deputies"
	case treaty.Senate:
		return "the Senate"
	case treaty.TsIK:
		return "the Soviet Central Executive Committee"
	}
	return string(b)
}

func tally(v treaty.Vote) string {
	res := "rejected"
	if v.Passed {
		res = "passed"
	}
	if v.For == 0 && v.Against == 0 && v.Abstain == 0 {
		out := res
		if v.Note != "" {
			out += " (" + strings.TrimSuffix(v.Note, ".") + ")"
		}
		return out
	}
	return fmt.Sprintf("%s, %d for, %d against, %d abstaining or absent", res, v.For, v.Against, v.Abstain)
}

func (w *writer) anyVotes(p *treaty.Pact) bool {
	for _, r := range p.Ratification {
		if len(r.Votes) > 0 {
			return true
		}
	}
	return false
}

// votes writes the line's ratification votes, group by group; false if there were none.
func (w *writer) votes(p *treaty.Pact) bool {
	if !w.anyVotes(p) {
		return false
	}
	for _, r := range p.Ratification {
		for _, v := range r.Votes {
			w.f("**%s, %s:** %s.\n\n", upperFirst(bodyName(v.Body)), v.Date.Name(), tally(v))
			if len(v.Groups) == 0 {
				continue
			}
			w.ln("| Group | Seats | Support | For | Against | Abstained or absent |")
			w.ln("|---|---:|---:|---:|---:|---:|")
			for _, g := range v.Groups {
				name := g.Name
				if name == "" {
					name = g.Group
				}
				w.f("| %s | %d | %d%% | %d | %d | %d |\n", cell(name), g.Seats, g.Support, g.For, g.Against, g.Abstain)
			}
			w.ln("")
		}
		if r.Ratified {
			w.f("%s ratified in %s.\n\n", partyName(r.Party), r.Date.Name())
		}
	}
	return true
}

func partyName(p treaty.Party) string {
	if gp, err := game.ParsePower(string(p)); err == nil {
		return gp.Title()
	}
	return string(p)
}

func (w *writer) keyDecisions() {
	w.ln("## Your key decisions")
	w.ln("")
	if len(w.decisions) == 0 {
		w.f("%s took no decision in this line.\n\n", w.p.Title())
		return
	}
	// The decisions with the weightiest consequences, told in the order they were taken.
	idx := make([]int, len(w.decisions))
	for i := range idx {
		idx[i] = i
	}
	slices.SortStableFunc(idx, func(a, b int) int { return cmp.Compare(w.decisions[b].weight, w.decisions[a].weight) })
	idx = idx[:min(len(idx), w.o.KeyDecisions)]
	slices.Sort(idx)
	w.f("The %d decisions of %s whose consequences weighed most, in the order they were taken. ", len(idx), w.p.Name())
	w.ln("⚑ marks a choice that departs from what the real government chose.")
	w.ln("")
	for _, i := range idx {
		d := w.decisions[i]
		w.f("### %s — %s\n\n", d.date.Name(), d.title)
		if note := w.historyNote(d); note != "" {
			w.ln(note)
			w.ln("")
		}
		if len(d.effects) == 0 {
			w.ln("It changed nothing measurable directly; its weight lies in what it made possible.")
			w.ln("")
			continue
		}
		w.ln("What it caused:")
		w.ln("")
		for _, c := range d.effects[:min(len(d.effects), 5)] {
			w.f("- %s: %s → %s", c.Label, c.From, c.To)
			if c.Cause.Kind == game.CauseDelayed {
				w.f(" (later: %s)", strings.TrimSuffix(c.Cause.Text, "."))
			}
			w.ln("")
		}
		if n := len(d.effects) - 5; n > 0 {
			w.f("- and %d smaller change%s\n", n, plural(n))
		}
		w.ln("")
	}
	w.ln("### Every decision taken")
	w.ln("")
	w.ln("| Month | Decision | Against history |")
	w.ln("|---|---|---|")
	for _, d := range w.decisions {
		w.f("| %s | %s | %s |\n", d.date.String(), cell(d.title), cell(w.historyCell(d)))
	}
	w.ln("")
}

func (w *writer) historyNote(d decision) string {
	switch {
	case d.historical && d.kind == game.ChoiceDecision:
		return "As in history: the real government took this decision this month."
	case d.historical:
		return "As in history."
	case d.histChoice != "":
		return "⚑ **Departs from history**, which chose: " + d.histChoice + "."
	case d.kind == game.ChoiceDecision:
		return "The real government did not take this decision at this time."
	}
	return ""
}

func (w *writer) historyCell(d decision) string {
	switch {
	case d.historical:
		return "as in history"
	case d.histChoice != "":
		return "⚑ history chose: " + d.histChoice
	}
	return "not taken then in history"
}

func plural(n int) string {
	if n == 1 {
		return ""
	}
	return "s"
}

// months writes the turn-by-turn divergence from history, with the real course of every month
// in which history had an event.
func (w *writer) months() {
	w.ln("## Month by month against history")
	w.ln("")
	w.ln("For each month: what happened in this line, how it departs from the historical line, and")
	w.ln("what really happened then, with its sources.")
	w.ln("")
	div := game.Diverge(w.hist, w.line, w.p)
	for i, rep := range w.line.Reports {
		w.f("### %s\n\n", rep.Date.Name())
		var happened []string
		for _, e := range rep.Events {
			s := e.Title
			if e.Choice != "" {
				s += " — " + e.Choice
			}
			happened = append(happened, s)
		}
		for _, d := range w.decisions {
			if d.month == i && d.kind == game.ChoiceDecision {
				happened = append(happened, fmt.Sprintf("%s decided: %s", w.p.Title(), d.title))
			}
		}
		if i == 0 || w.line.States[i].Pact.Status != w.line.States[i+1].Pact.Status {
			happened = append(happened, "The pact: "+statusWord(w.line.States[i+1].Pact.Status))
		}
		if len(happened) > 0 {
			w.ln("In this line:")
			w.ln("")
			w.list(happened, "")
		}
		var against []string
		for _, d := range div[i] {
			against = append(against, d.Text)
		}
		if len(against) == 0 {
			w.ln("This month follows history.")
			w.ln("")
		} else {
			w.ln("Against history:")
			w.ln("")
			w.list(against, "")
		}
		w.realCourse(i)
	}
}

// realCourse tells, from their dossiers, the events history had in month i, and the decisions the
// player's power really took then.
func (w *writer) realCourse(i int) {
	if w.lib == nil || i >= len(w.hist.Reports) {
		return
	}
	var ids []string
	for _, e := range w.hist.Reports[i].Events {
		if e.Dossier != "" {
			ids = append(ids, e.Dossier)
		}
	}
	for _, d := range w.hist.Reports[i].Decisions {
		if d.Power != w.p.ID() {
			continue
		}
		if dec, ok := w.sc.Decision(d.ID); ok && dec.Dossier != "" {
			ids = append(ids, dec.Dossier)
		}
	}
	first := true
	for _, id := range ids {
		if w.told[id] {
			continue
		}
		ds, ok := w.lib.Dossier(id)
		if !ok {
			continue
		}
		w.told[id] = true
		if first {
			w.ln("What really happened:")
			w.ln("")
			first = false
		}
		w.dossier(ds)
	}
}

// dossier writes a dossier: title and date, what happened, why it mattered, its sources.
func (w *writer) dossier(d *assets.Dossier) {
	w.f("> **%s** (%s). %s\n>\n", d.Title, dateName(d.Date), w.text(d.What))
	w.f("> *Why it mattered:* %s\n", w.text(d.Why))
	if opt := historicalOptions(d); opt != "" {
		w.f(">\n> *What was decided:* %s\n", opt)
	}
	if len(d.Sources) > 0 {
		var cs []string
		for _, c := range d.Sources {
			if s, ok := w.lib.Source(c.Source); ok {
				w.cited[s.ID] = true
				cs = append(cs, cite(s, c.At))
			}
		}
		if len(cs) > 0 {
			w.f(">\n> *Sources:* %s.\n", strings.Join(cs, "; "))
		}
	}
	w.ln("")
}

func historicalOptions(d *assets.Dossier) string {
	var out []string
	for _, o := range d.Options {
		if o.Historical {
			out = append(out, strings.TrimSuffix(o.Title, "."))
		}
	}
	return strings.Join(out, "; ")
}

func (w *writer) text(s string) string {
	s = strings.Join(strings.Fields(w.lib.PlainText(s)), " ")
	return s
}

// dateName writes a dossier's date (YYYY-MM-DD or YYYY-MM) in words.
func dateName(s string) string {
	if len(s) >= 7 {
		if m, err := calendar.Parse(s[:7]); err == nil {
			if len(s) == 10 {
				if d, err := strconv.Atoi(s[8:]); err == nil {
					return strconv.Itoa(d) + " " + m.Name()
				}
			}
			return m.Name()
		}
	}
	return s
}

// cite formats a source as a full citation in Markdown: author, title (in italics), publisher and
// year, then the place in the work.
func cite(s *assets.Source, at string) string {
	var b strings.Builder
	if s.Author != "" && s.Kind != "press" {
		b.WriteString(s.Author + ", ")
	}
	b.WriteString("*" + strings.TrimSpace(s.Title) + "*")
	switch {
	case s.Kind == "tertiary":
		b.WriteString(" (accessed " + s.Year + ")")
	case s.Publisher != "" && s.Year != "":
		b.WriteString(" (" + s.Publisher + ", " + s.Year + ")")
	case s.Publisher != "":
		b.WriteString(" (" + s.Publisher + ")")
	case s.Year != "":
		b.WriteString(" (" + s.Year + ")")
	}
	if at != "" {
		b.WriteString(", " + at)
	}
	return b.String()
}

// instead closes the debrief: what history did where the line went another way.
func (w *writer) instead() {
	w.ln("## What history did instead")
	w.ln("")
	hp := &w.hist.Current().Pact
	if len(hp.Log) > 0 {
		w.ln("**The pact.** In the historical line:")
		w.ln("")
		w.transitions(hp.Log)
	}
	lineWhen, histWhen := firstFired(w.line), firstFired(w.hist)
	var missing []string
	for _, rep := range w.hist.Reports {
		if rep.Date >= w.line.Current().Date && !w.line.Over() || rep.Date > w.line.Current().Date {
			break // months the line has not reached
		}
		for _, e := range rep.Events {
			if _, ok := lineWhen[e.ID]; ok || slices.Contains(missing, e.ID) {
				continue
			}
			missing = append(missing, e.ID)
		}
	}
	if len(missing) > 0 {
		w.ln("**What history had and this line did not:**")
		w.ln("")
		for _, id := range missing {
			ev, _ := w.sc.Event(id)
			w.f("- %s: %s", histWhen[id].Name(), ev.Title)
			if w.lib != nil {
				if d, ok := w.lib.Dossier(ev.Dossier); ok {
					w.f(". %s", w.text(d.What))
				}
			}
			w.ln("")
		}
		w.ln("")
	}
	var extra []string
	for _, rep := range w.line.Reports {
		for _, e := range rep.Events {
			if _, ok := histWhen[e.ID]; !ok && !slices.Contains(extra, e.ID) {
				extra = append(extra, e.ID)
			}
		}
	}
	if len(extra) > 0 {
		w.ln("**What this line had and history did not:**")
		w.ln("")
		for _, id := range extra {
			ev, _ := w.sc.Event(id)
			w.f("- %s: %s\n", lineWhen[id].Name(), ev.Title)
		}
		w.ln("")
	}
	var differ []decision
	for _, d := range w.decisions {
		if !d.historical && d.histChoice != "" {
			differ = append(differ, d)
		}
	}
	if len(differ) > 0 {
		w.f("**Where %s chose otherwise:**\n\n", w.p.Name())
		for _, d := range differ {
			w.f("- %s, %s: history chose %s\n", d.date.Name(), d.title, strings.TrimSuffix(d.histChoice, "."))
		}
		w.ln("")
	}
	if len(w.hist.States) > len(w.line.Reports) {
		h := w.hist.States[len(w.line.Reports)]
		diffs := game.StateDifferences(w.sc, w.line.Current(), h, "history")
		w.f("**Where the line ends against history** (%s):\n\n", w.line.Current().Date.Add(-1).Name())
		w.list(diffs, "the two lines end in the same state of affairs")
	}
}

func firstFired(g *game.Game) map[string]calendar.Month {
	m := map[string]calendar.Month{}
	for _, r := range g.Reports {
		for _, e := range r.Events {
			if _, ok := m[e.ID]; !ok {
				m[e.ID] = r.Date
			}
		}
	}
	return m
}

// bibliography lists every work cited, by author and title.
func (w *writer) bibliography() {
	w.ln("## Sources")
	w.ln("")
	if len(w.cited) == 0 {
		w.ln("No source was cited.")
		return
	}
	var srcs []*assets.Source
	for id := range w.cited {
		if s, ok := w.lib.Source(id); ok {
			srcs = append(srcs, s)
		}
	}
	slices.SortFunc(srcs, func(a, b *assets.Source) int {
		return cmp.Or(cmp.Compare(strings.ToLower(sortKey(a)), strings.ToLower(sortKey(b))), cmp.Compare(a.ID, b.ID))
	})
	w.ln("Every work cited above:")
	w.ln("")
	for _, s := range srcs {
		w.f("- %s.\n", cite(s, ""))
	}
}

func sortKey(s *assets.Source) string {
	if s.Author != "" && s.Kind != "press" {
		return s.Author + " " + s.Title
	}
	return s.Title
}
