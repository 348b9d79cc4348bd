package screens

import (
	"fmt"
	"strings"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"github.com/pactgame/pact/game"
	"github.com/pactgame/pact/game/calendar"
	c "github.com/pactgame/pact/ui/components"
)

// Records shows the game record: its lines (the main line and the branches, each forking from a
// parent before a month) and the months of the line being played, with their state hashes. Enter
// on a line resumes it; b on a past month starts a new branch there.
type Records struct{ studyFrame }

// NewRecords makes the records screen.
func NewRecords() *Records {
	k := DefaultStudyKeys()
	k.Select = key.NewBinding(key.WithKeys("enter"), key.WithHelp("enter", "resume this line"))
	k.short = func(k StudyKeys) []key.Binding {
		return []key.Binding{k.Up, k.Down, k.Select, k.Branch, k.Back, k.Help}
	}
	k.groups = func(k StudyKeys) []HelpGroup {
		return []HelpGroup{
			{"Lines and months", []key.Binding{k.Up, k.Down, k.Top, k.Bottom}},
			{"Branches", []key.Binding{k.Select, k.Branch}},
			{"Study", []key.Binding{k.Treaty, k.Encyclopedia, k.History, k.Records}},
			{"Pact", []key.Binding{k.Back, k.Help, k.Quit}},
		}
	}
	return &Records{studyFrame{keys: k}}
}

// Keys is the screen's keymap.
func (r *Records) Keys() KeyMap { return r.keys }

func (r *Records) rows(ctx *Ctx) []Row {
	t, s := ctx.Theme, ctx.S
	if s == nil {
		return nil
	}
	rows := []Row{{Header: true, Title: "Lines of this record"}}
	for _, l := range s.Record.Lines {
		title := l.Name
		right := t.Faint.Render(c.Plural(len(l.Turns), "month", "months"))
		if l.Parent != "" {
			title += " · from " + l.Parent + " before " + l.Fork.Name()
		}
		mark := "   "
		if l.Name == s.Line {
			mark = t.Ally.Render(" ● ")
			right = t.Ally.Render("playing")
		}
		rows = append(rows, Row{Key: "l:" + l.Name, Mark: mark, Title: title, Right: right})
	}
	rows = append(rows, Row{Header: true, Title: "Months of " + s.Line + " (b: branch here)"})
	for i, rep := range s.Reports() {
		rows = append(rows, Row{Key: fmt.Sprintf("m:%d", i), Mark: t.Faint.Render(fmt.Sprintf("%2d ", i+1)), Title: rep.Date.Name(),
			Right: t.Faint.Render(c.Plural(len(rep.Events), "event", "events"))})
	}
	if len(s.Reports()) == 0 {
		rows = append(rows, Row{Key: "none", Title: "no month played yet", Dim: true})
	}
	return rows
}

func (r *Records) detail(ctx *Ctx, row Row, w int) []string {
	t, s := ctx.Theme, ctx.S
	kind, id, _ := strings.Cut(row.Key, ":")
	var out []string
	switch kind {
	case "l":
		l := s.Record.Line(id)
		if l == nil {
			return nil
		}
		out = append(out, t.Heading.Render("Line "+l.Name))
		if l.Parent == "" {
			out = append(out, c.Wrap(fmt.Sprintf("The main line: from %s, %s played.", s.Scenario.Start.Name(), c.Plural(len(l.Turns), "month", "months")), w)...)
		} else {
			out = append(out, c.Wrap(fmt.Sprintf("A branch of %s: it shares %s's months before %s, then goes its own way for %s.", l.Parent, l.Parent, l.Fork.Name(), c.Plural(len(l.Turns), "month", "months")), w)...)
		}
		if l.Seed != nil {
			out = append(out, t.Subtle.Render(fmt.Sprintf("new seed for chance from the fork: %d", *l.Seed)))
		}
		if children := s.Record.Children(l.Name); len(children) > 0 {
			var names []string
			for _, ch := range children {
				names = append(names, ch.Name)
			}
			out = append(out, c.Wrap(t.Subtle.Render("Branches from it: "+strings.Join(names, ", ")), w)...)
		}
		out = append(out, "")
		if l.Name == s.Line {
			out = append(out, t.Ally.Render("You are playing this line."))
		} else {
			out = append(out, t.Key.Render("enter")+t.KeyDesc.Render(" resume this line (replayed and checked month by month)"))
		}
		out = append(out, "")
		out = append(out, c.Wrap(t.Subtle.Render(fmt.Sprintf("Record: scenario %s v%d, seed %d, %s, %s difficulty. Every month of every line carries the hash of its state, so a replay proves it is the same game.",
			s.Record.Scenario, s.Record.ScenarioVersion, s.Record.Seed, strings.Join(powerNames(s.Record.Players), ", "), s.Record.Difficulty)), w)...)
	case "m":
		var i int
		fmt.Sscan(id, &i)
		reps := s.Reports()
		if i >= len(reps) {
			return nil
		}
		rep := reps[i]
		out = append(out, t.Heading.Render(rep.Date.Name()))
		for _, e := range rep.Events {
			out = append(out, c.WrapIndent(e.Title, w, t.Subtle.Render("• "), "  ")...)
		}
		for _, d := range rep.Decisions {
			if d.Power == s.Player.ID() {
				out = append(out, c.WrapIndent(d.Title, w, t.Ally.Render("✓ "), "  ")...)
			}
		}
		if h := hashAt(ctx, rep.Date); h != "" {
			out = append(out, "", c.Truncate(t.Faint.Render("state hash "+h), w))
		}
		out = append(out, "")
		out = append(out, c.Wrap(t.Key.Render("b")+t.KeyDesc.Render(" branch: go back to the start of "+rep.Date.Name()+" on a new line and play it differently (this line is kept)"), w)...)
	case "none":
		out = c.Wrap(t.Subtle.Render("Play a month first: each month played can be branched from."), w)
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

// hashAt finds the recorded state hash of a month of the line in play.
func hashAt(ctx *Ctx, m calendar.Month) string {
	s := ctx.S
	_, turns, err := s.Record.Orders(s.Line)
	if err != nil {
		return ""
	}
	for _, t := range turns {
		if t.Date == m {
			return t.Hash
		}
	}
	return ""
}

// View renders the records.
func (r *Records) View(ctx *Ctx, w, h int) string {
	t := ctx.Theme
	if ctx.S == nil {
		return strings.Join(c.Box(t, "Records", c.Wrap("Start or load a campaign to see its record.", w-4), w, h, true), "\n")
	}
	rows := r.rows(ctx)
	return r.frame(ctx, "Records · the game and its branches", nil, rows, func(row Row, dw int) []string { return r.detail(ctx, row, dw) }, w, h)
}

// Update answers keys and the mouse.
func (r *Records) Update(ctx *Ctx, msg tea.Msg) Action {
	rows := r.rows(ctx)
	switch msg := msg.(type) {
	case tea.WindowSizeMsg:
		r.w, r.h = msg.Width, msg.Height
	case tea.KeyPressMsg:
		if ctx.S != nil {
			row, ok := r.list.Selected(rows)
			switch {
			case ok && key.Matches(msg, r.keys.Select):
				if name, ok := strings.CutPrefix(row.Key, "l:"); ok {
					if name == ctx.S.Line {
						return Status{Text: "you are playing this line"}
					}
					return SwitchLine{Name: name}
				}
				return nil
			case ok && key.Matches(msg, r.keys.Branch):
				if id, ok := strings.CutPrefix(row.Key, "m:"); ok {
					var i int
					fmt.Sscan(id, &i)
					return Branch{At: ctx.S.Reports()[i].Date}
				}
				return Status{Text: "choose a month to branch from (below the lines)"}
			}
		}
		a, _ := r.studyKey(msg, rows)
		return a
	default:
		r.mouse(msg, rows, 0)
	}
	return nil
}
