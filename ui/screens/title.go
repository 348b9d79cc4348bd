package screens

import (
	"fmt"
	"strings"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"github.com/pactgame/pact/assets/art"
	"github.com/pactgame/pact/scenarios"
	c "github.com/pactgame/pact/ui/components"
)

// Title is the title screen: the lettering, and a menu — new game, continue (the last autosave),
// load a record, the scenarios, the encyclopedia, quit.
type Title struct {
	keys      TitleKeys
	list      List
	mode      int // 0 the menu, 1 loading a record, 2 the scenarios
	sub       List
	subText   Scroller
	path      c.Field
	Scenarios []scenarios.Info
	// Notes are the scenarios' notes for teachers, by id (the root fills them once compiled).
	Notes map[string]string
	// Autosaves are the autosave files found, newest first (the root fills it).
	Autosaves []string
	w, h      int
}

const (
	titleMenu = iota
	titleLoad
	titleScenarios
)

// NewTitle makes the title screen.
func NewTitle(list []scenarios.Info) *Title {
	return &Title{keys: DefaultTitleKeys(), Scenarios: list}
}

// Keys is the title screen's keymap.
func (t *Title) Keys() KeyMap { return t.keys }

// Typing reports whether the screen is taking text (so that ? and q are letters).
func (t *Title) Typing() bool { return t.mode == titleLoad && t.path.Focused }

func (t *Title) menu(ctx *Ctx) []Row {
	cont := Row{Key: "continue", Title: "Continue"}
	if ctx.Autosave == "" {
		cont.Dim = true
		cont.Right = ctx.Theme.Faint.Render("no autosave yet")
	} else {
		cont.Right = ctx.Theme.Subtle.Render(ctx.Autosave)
	}
	return []Row{
		{Key: "new", Title: "New game"},
		cont,
		{Key: "load", Title: "Load a record…"},
		{Key: "scenarios", Title: "Scenarios"},
		{Key: "encyclopedia", Title: "Encyclopedia"},
		{Key: "quit", Title: "Quit"},
	}
}

var titleHints = map[string]string{
	"new":          "Choose a scenario, a power to lead, the difficulty and a seed, and begin.",
	"continue":     "Resume the last autosave, exactly where you left it: every month is saved.",
	"load":         "Open a game record (.rec): an autosave, or a record made with 'pact sim --record' or shared by someone else.",
	"scenarios":    "The campaigns and what-ifs Pact ships, with their introductions and notes for teachers.",
	"encyclopedia": "People, institutions, treaties and ideas of 1934–1936, with sources.",
	"quit":         "Leave Pact.",
}

// View renders the title screen.
func (t *Title) View(ctx *Ctx, w, h int) string {
	th := ctx.Theme
	var out []string
	artLines := strings.Split(art.Title(), "\n")
	artW := 0
	for _, l := range artLines {
		artW = max(artW, c.Width(l))
	}
	for _, l := range artLines {
		out = append(out, c.Center(th.Title.Render(c.Pad(l, artW)), w))
	}
	out = append(out, "")
	out = append(out, c.Center(th.Subheading.Render("Pact · the Franco-Soviet Treaty of Mutual Assistance, 1934–1936"), w))
	out = append(out, c.Center(th.Subtle.Render("a game of diplomacy for the terminal · Paris, 2 May 1935"), w))
	out = append(out, "")
	bw := min(64, w-4)
	switch t.mode {
	case titleLoad:
		out = append(out, t.loadView(ctx, bw, w, h-len(out))...)
	case titleScenarios:
		return t.scenariosScreen(ctx, w, h)
	default:
		rows := t.menu(ctx)
		menu := t.list.Render(th, rows, bw, len(rows), true)
		for _, l := range menu {
			out = append(out, c.Center(c.Pad(l, bw), w))
		}
		out = append(out, "")
		if r, ok := t.list.Selected(rows); ok {
			for _, l := range c.Wrap(th.Subtle.Render(titleHints[r.Key]), bw) {
				out = append(out, c.Center(c.Pad(l, bw), w))
			}
		}
	}
	// The menu sits in the middle of a tall terminal.
	if pad := (h - len(out) - 2) / 2; pad > 0 {
		out = append(make([]string, pad), out...)
	}
	return strings.Join(c.Block(out, w, h), "\n")
}

func (t *Title) loadRows(ctx *Ctx) []Row {
	var rows []Row
	rows = append(rows, Row{Header: true, Title: "Autosaves"})
	if len(t.Autosaves) == 0 {
		rows = append(rows, Row{Key: "", Title: "none yet", Dim: true})
	}
	for _, p := range t.Autosaves {
		rows = append(rows, Row{Key: "f:" + p, Title: p})
	}
	return rows
}

func (t *Title) loadView(ctx *Ctx, w, full, h int) []string {
	th := ctx.Theme
	var out []string
	pad := func(l string) string { return c.Center(c.Pad(l, w), full) }
	out = append(out, pad(th.Heading.Render("Load a record")))
	out = append(out, pad(th.Subtle.Render("Type a file's path and press enter, or pick an autosave (tab)")))
	out = append(out, pad(t.path.View(th, w)))
	out = append(out, "")
	rows := t.loadRows(ctx)
	for _, l := range t.sub.Render(th, rows, w, min(len(rows), max(h-6, 1)), !t.path.Focused) {
		out = append(out, pad(l))
	}
	return out
}

func (t *Title) scenarioRows() []Row {
	var rows []Row
	for _, s := range t.Scenarios {
		rows = append(rows, Row{Key: s.ID, Title: s.Title, Right: s.Start + "–" + s.End})
	}
	return rows
}

// scenariosScreen is the list of scenarios beside the chosen one's introduction and its notes
// for teachers, in a box of w×h.
func (t *Title) scenariosScreen(ctx *Ctx, w, h int) string {
	th := ctx.Theme
	iw, ih := w-4, h-2
	rows := t.scenarioRows()
	for i := range rows {
		rows[i].Right = th.Faint.Render(rows[i].Right)
	}
	head := []string{c.Truncate(th.Subtle.Render("Campaigns to play, what-ifs to study.  ")+th.Key.Render("enter")+th.KeyDesc.Render(" play it  ")+th.Key.Render("pgdn")+th.KeyDesc.Render(" read on  ")+th.Key.Render("esc")+th.KeyDesc.Render(" back"), iw)}
	if len(rows) == 0 {
		head = append(head, th.Faint.Render("Compiling the scenarios…"))
	}
	bh := ih - len(head)
	sp := splitLayout(th.Plain, iw, bh, len(rows))
	list := t.sub.Render(th, rows, sp.listW, sp.listH, true)
	var d []string
	if r, ok := t.sub.Selected(rows); ok {
		for _, s := range t.Scenarios {
			if s.ID != r.Key {
				continue
			}
			d = append(d, c.Wrap(th.Heading.Render(s.Title), sp.detailW)...)
			d = append(d, c.Truncate(th.Subtle.Render(fmt.Sprintf("%s · %s to %s · %s", s.ID, s.Start, s.End, c.Plural(s.Turns, "month", "months"))), sp.detailW))
			for _, p := range strings.Split(strings.TrimSpace(s.Intro), "\n\n") {
				d = append(d, "")
				d = append(d, c.Wrap(th.Text.Render(strings.Join(strings.Fields(p), " ")), sp.detailW)...)
			}
			if n := strings.TrimSpace(t.Notes[s.ID]); n != "" {
				d = append(d, "", c.Rule(th, "For teachers", sp.detailW))
				for _, p := range strings.Split(n, "\n\n") {
					d = append(d, c.Wrap(th.Subtle.Render(strings.Join(strings.Fields(p), " ")), sp.detailW)...)
				}
			}
			d = append(d, "", c.Truncate(th.Key.Render("enter")+th.KeyDesc.Render(" choose a power, a difficulty and a seed, and begin"), sp.detailW))
		}
	}
	body := append(head, renderSplit(th, sp, list, t.subText.View(th, d, sp.detailW, sp.detailH), iw, bh)...)
	return strings.Join(c.Box(th, "Scenarios", body, w, h, true), "\n")
}

// Update answers keys and clicks.
func (t *Title) Update(ctx *Ctx, msg tea.Msg) Action {
	switch msg := msg.(type) {
	case tea.WindowSizeMsg:
		t.w, t.h = msg.Width, msg.Height
	case tea.KeyPressMsg:
		switch t.mode {
		case titleLoad:
			return t.loadKey(ctx, msg)
		case titleScenarios:
			rows := t.scenarioRows()
			switch {
			case key.Matches(msg, t.keys.Back):
				t.mode = titleMenu
			case key.Matches(msg, t.keys.Up):
				t.sub.Move(rows, -1)
				t.subText = Scroller{}
			case key.Matches(msg, t.keys.Down):
				t.sub.Move(rows, 1)
				t.subText = Scroller{}
			case key.Matches(msg, t.keys.PageDown), msg.String() == "space":
				t.subText.By(10)
			case key.Matches(msg, t.keys.PageUp):
				t.subText.By(-10)
			case key.Matches(msg, t.keys.Select):
				if r, ok := t.sub.Selected(rows); ok {
					return SetupGame{Scenario: r.Key}
				}
			case key.Matches(msg, t.keys.Quit):
				return Quit{}
			}
			return nil
		}
		rows := t.menu(ctx)
		switch {
		case key.Matches(msg, t.keys.Up):
			t.list.Move(rows, -1)
		case key.Matches(msg, t.keys.Down):
			t.list.Move(rows, 1)
		case key.Matches(msg, t.keys.Quit), key.Matches(msg, t.keys.Back):
			return Quit{}
		case key.Matches(msg, t.keys.Select):
			if r, ok := t.list.Selected(rows); ok {
				return t.choose(ctx, r.Key)
			}
		}
	case tea.MouseClickMsg:
		if t.mode == titleMenu {
			rows := t.menu(ctx)
			top := 6 + 4 + t.topPad(ctx)
			if t.list.Click(rows, msg.Y-top, len(rows)) {
				r, _ := t.list.Selected(rows)
				return t.choose(ctx, r.Key)
			}
		}
	}
	return nil
}

// topPad is the blank lines above the menu (the title is centred).
func (t *Title) topPad(ctx *Ctx) int {
	n := len(strings.Split(art.Title(), "\n")) + 4 + len(t.menu(ctx)) + 1 + 2
	return max(0, (t.h-n-2)/2)
}

func (t *Title) choose(ctx *Ctx, k string) Action {
	switch k {
	case "new":
		return SetupGame{}
	case "continue":
		if ctx.Autosave == "" {
			return Status{Text: "there is no autosave yet — start a new game", Error: true}
		}
		return Continue{}
	case "load":
		t.mode, t.sub = titleLoad, List{}
		t.path.Focused = true
	case "scenarios":
		t.mode, t.sub, t.subText = titleScenarios, List{}, Scroller{}
	case "encyclopedia":
		return Open{ScreenEncyclopedia}
	case "quit":
		return Quit{}
	}
	return nil
}

func (t *Title) loadKey(ctx *Ctx, k tea.KeyPressMsg) Action {
	rows := t.loadRows(ctx)
	switch {
	case key.Matches(k, t.keys.Back):
		t.mode = titleMenu
		return nil
	case k.String() == "tab" || k.String() == "shift+tab":
		t.path.Focused = !t.path.Focused
		return nil
	case k.String() == "enter":
		if t.path.Focused {
			if p := strings.TrimSpace(t.path.Value); p != "" {
				return Load{Path: p}
			}
			return Status{Text: "type the path of a record file", Error: true}
		}
		if r, ok := t.sub.Selected(rows); ok && strings.HasPrefix(r.Key, "f:") {
			return Load{Path: strings.TrimPrefix(r.Key, "f:")}
		}
		return nil
	}
	if t.path.Focused {
		t.path.Key(k)
		return nil
	}
	switch {
	case key.Matches(k, t.keys.Up):
		t.sub.Move(rows, -1)
	case key.Matches(k, t.keys.Down):
		t.sub.Move(rows, 1)
	case key.Matches(k, t.keys.Quit):
		return Quit{}
	}
	return nil
}
