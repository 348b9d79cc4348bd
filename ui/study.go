package ui

import (
	"fmt"
	"path/filepath"
	"strings"

	tea "charm.land/bubbletea/v2"
	"charm.land/glamour/v2"

	"github.com/pactgame/pact/assets"
	"github.com/pactgame/pact/game"
	"github.com/pactgame/pact/game/calendar"
	"github.com/pactgame/pact/game/record"
	"github.com/pactgame/pact/game/treaty"
	"github.com/pactgame/pact/ui/debrief"
	"github.com/pactgame/pact/ui/saves"
	"github.com/pactgame/pact/ui/screens"
	"github.com/pactgame/pact/ui/session"
)

// The results of the study screens' background commands.
type (
	// linesMsg brings lines of the record replayed.
	linesMsg struct {
		session *session.Session
		games   map[string]*game.Game
		errs    map[string]error
	}
	// debriefRenderedMsg brings the debrief written and set for the terminal.
	debriefRenderedMsg struct {
		key      string
		markdown string
		width    int
		lines    []string
		headings []int
		err      error
	}
	// debriefExportedMsg says where the debrief was written.
	debriefExportedMsg struct {
		key  string
		path string
		err  error
	}
)

// buildLinesCmd replays lines of a record (each month's hash checked).
func buildLinesCmd(s *session.Session, names []string) tea.Cmd {
	sc, r := s.Scenario, s.Snapshot()
	return func() tea.Msg {
		msg := linesMsg{session: s, games: map[string]*game.Game{}, errs: map[string]error{}}
		for _, n := range names {
			g, err := r.Build(sc, n)
			if err != nil {
				msg.errs[n] = err
				continue
			}
			msg.games[n] = g
		}
		return msg
	}
}

// branchFromCmd resumes another line of the record and branches it before a month: the new line
// is played on from there.
func branchFromCmd(sc *game.Scenario, r *record.Record, line string, at calendar.Month) tea.Cmd {
	return func() tea.Msg {
		s, err := session.Open(sc, r, line)
		if err != nil {
			return openedMsg{err: err}
		}
		name, err := s.Branch(at)
		if err != nil {
			return openedMsg{err: err}
		}
		return openedMsg{s: s, branched: name, at: at}
	}
}

// debriefStyle is the Glamour style for the terminal: plain text without colours (NO_COLOR, a
// dumb terminal, the screen-reader layout), else the dark or light style.
func (a *App) debriefStyle() string {
	switch {
	case a.mono || a.plain:
		return "notty"
	case !a.dark:
		return "light"
	}
	return "dark"
}

// debriefKey names the debrief wanted now: the line, its months, the width and the style.
func (a *App) debriefKey() string {
	s := a.ctx.S
	if s == nil {
		return ""
	}
	w, _ := a.bodySize()
	return fmt.Sprintf("%p|%s|%d|%d|%s", s, s.Line, len(s.Reports()), screens.DebriefWidth(w), a.debriefStyle())
}

// debriefCmds renders the debrief for the debrief screen, if it is shown and out of date.
func (a *App) debriefCmds() tea.Cmd {
	if a.cur != screens.ScreenDebrief || a.ctx.S == nil {
		return nil
	}
	k := a.debriefKey()
	d := &a.ctx.Debrief
	if d.Key == k && (len(d.Rendered) > 0 || d.Busy || d.Err != nil) {
		return nil
	}
	if debriefLine(d.Key) != debriefLine(k) {
		// Another line or month: the old text goes; a new width or style keeps it until the new one comes.
		d.Rendered, d.Headings, d.Path = nil, nil, ""
	}
	d.Key, d.Busy, d.Err = k, true, nil
	w, _ := a.bodySize()
	return debriefRenderCmd(a.ctx.S, a.ctx.Hist, a.ctx.Lib, k, screens.DebriefWidth(w), a.debriefStyle())
}

// leaveDebrief lets the rendered debrief go when its screen is left: set for the terminal it
// weighs some megabytes (the colours of every word), and it is drawn again, in a quarter of a
// second, when the screen is opened again. Where it was exported is remembered.
func (a *App) leaveDebrief() {
	if a.cur == screens.ScreenDebrief {
		a.ctx.Debrief = screens.DebriefDoc{Path: a.ctx.Debrief.Path, Key: debriefLine(a.ctx.Debrief.Key)}
		a.debrief.Top()
	}
}

// debriefLine is the part of a debrief's key that names the line and its months.
func debriefLine(k string) string {
	parts := strings.SplitN(k, "|", 4)
	if len(parts) < 3 {
		return k
	}
	return strings.Join(parts[:3], "|")
}

// debriefMarkdown writes the debrief of a campaign's line (playing history if it is not at hand).
func debriefMarkdown(snap *session.Session, hist *game.Game, lib *assets.Lib) (string, error) {
	h := hist
	if h == nil {
		var err error
		if h, err = session.History(snap.Scenario, snap.Setup.Seed); err != nil {
			return "", err
		}
	}
	return debrief.Markdown(snap.Scenario, snap.Game, h, lib, debrief.Options{Power: snap.Player, Seed: snap.Setup.Seed, Line: snap.Line}), nil
}

// sessionCopy is a copy of a session safe to read from a command while play goes on.
func sessionCopy(s *session.Session) *session.Session {
	snap := *s
	snap.Game = s.GameSnapshot()
	return &snap
}

// debriefRenderCmd writes the debrief and sets it with Glamour at a width and in a style.
func debriefRenderCmd(s *session.Session, hist *game.Game, lib *assets.Lib, key string, width int, style string) tea.Cmd {
	snap := sessionCopy(s)
	return func() tea.Msg {
		md, err := debriefMarkdown(snap, hist, lib)
		if err != nil {
			return debriefRenderedMsg{key: key, err: err}
		}
		r, err := glamour.NewTermRenderer(glamour.WithStandardStyle(style), glamour.WithWordWrap(width))
		if err != nil {
			return debriefRenderedMsg{key: key, err: err}
		}
		out, err := r.Render(md)
		if err != nil {
			return debriefRenderedMsg{key: key, err: err}
		}
		lines := strings.Split(strings.TrimRight(out, "\n"), "\n")
		for len(lines) > 0 && strings.TrimSpace(lines[0]) == "" {
			lines = lines[1:]
		}
		tidy()
		return debriefRenderedMsg{key: key, markdown: md, width: width, lines: lines, headings: screens.DebriefHeadings(lines, md)}
	}
}

// debriefName is the file name of a campaign's debrief.
func debriefName(s *session.Session) string {
	name := fmt.Sprintf("pact-debrief-%s-%d", s.Player.ID(), s.Setup.Seed)
	if s.Line != record.MainLine {
		name += "-" + s.Line
	}
	return name + ".md"
}

// exportDebriefCmd writes the campaign's debrief as Markdown, atomically, in the current directory
// (or, if that cannot be written, in the saves' directory).
func exportDebriefCmd(s *session.Session, hist *game.Game, lib *assets.Lib, key string) tea.Cmd {
	snap := sessionCopy(s)
	return func() tea.Msg {
		md, err := debriefMarkdown(snap, hist, lib)
		if err != nil {
			return debriefExportedMsg{key: key, err: err}
		}
		var lastErr error
		for _, dir := range []string{".", saves.Dir()} {
			p := filepath.Join(dir, debriefName(snap))
			if err := saves.WriteFile(p, []byte(md)); err != nil {
				lastErr = err
				continue
			}
			if abs, err := filepath.Abs(p); err == nil {
				p = abs
			}
			return debriefExportedMsg{key: key, path: p}
		}
		return debriefExportedMsg{key: key, err: lastErr}
	}
}

// studyResult takes the results of the study screens' commands; it reports whether msg was one.
func (a *App) studyResult(msg tea.Msg) (tea.Cmd, bool) {
	switch msg := msg.(type) {
	case linesMsg:
		for n := range msg.games {
			delete(a.linesPending, n)
		}
		for n := range msg.errs {
			delete(a.linesPending, n)
		}
		if msg.session != a.ctx.S {
			return nil, true
		}
		if a.ctx.Lines == nil {
			a.ctx.Lines, a.ctx.LinesErr = map[string]*game.Game{}, map[string]error{}
		}
		for n, g := range msg.games {
			a.ctx.Lines[n] = g
		}
		for n, err := range msg.errs {
			a.ctx.LinesErr[n] = err
		}
		return nil, true
	case debriefRenderedMsg:
		d := &a.ctx.Debrief
		if msg.key != d.Key {
			return a.debriefCmds(), true
		}
		d.Busy, d.Err = false, msg.err
		if msg.err == nil {
			d.Markdown, d.Width, d.Rendered, d.Headings = msg.markdown, msg.width, msg.lines, msg.headings
		}
		return nil, true
	case debriefExportedMsg:
		a.busy = ""
		if msg.err != nil {
			a.setStatus("the debrief could not be written: "+msg.err.Error(), true)
			return nil, true
		}
		if debriefLine(msg.key) == debriefLine(a.ctx.Debrief.Key) || a.ctx.Debrief.Key == "" {
			a.ctx.Debrief.Path = msg.path
		}
		a.setStatus("Debrief written: "+msg.path, false)
		return nil, true
	}
	return nil, false
}

// applyStudy carries out the study screens' actions; it reports whether act was one.
func (a *App) applyStudy(act screens.Action) (tea.Cmd, bool) {
	s := a.ctx.S
	switch act := act.(type) {
	case screens.OpenEntry:
		if a.ctx.Lib == nil {
			a.setStatus("the reference library is not loaded", true)
			return nil, true
		}
		if !a.enc.Open(&a.ctx, act.ID) {
			a.setStatus("no encyclopedia entry "+act.ID, true)
			return nil, true
		}
		return a.open(screens.ScreenEncyclopedia), true
	case screens.OpenText:
		a.treaty.ShowText(act.ID)
		return a.open(screens.ScreenTreaty), true
	case screens.ShowText:
		a.showText(act.ID)
		return nil, true
	case screens.BuildLines:
		if s == nil {
			return nil, true
		}
		var names []string
		for _, n := range act.Names {
			if !a.linesPending[n] {
				names = append(names, n)
			}
		}
		if len(names) == 0 {
			return nil, true
		}
		if a.linesPending == nil {
			a.linesPending = map[string]bool{}
		}
		for _, n := range names {
			a.linesPending[n] = true
		}
		return buildLinesCmd(s, names), true
	case screens.BranchFrom:
		if s == nil {
			return nil, true
		}
		if act.Line == s.Line {
			return a.apply(screens.Branch{At: act.At}), true
		}
		a.busy = fmt.Sprintf("Replaying line %s to branch it before %s…", act.Line, act.At.Name())
		return branchFromCmd(s.Scenario, s.Snapshot(), act.Line, act.At), true
	case screens.ExportDebrief:
		if s == nil {
			return nil, true
		}
		a.busy = "Writing the debrief…"
		return exportDebriefCmd(s, a.ctx.Hist, a.ctx.Lib, a.debriefKey()), true
	}
	return nil, false
}

// showText shows a legal text over the screen, with the way to its instrument's entry.
func (a *App) showText(id string) {
	title := "Legal text · " + id
	if tx, ok := treaty.TextByID(id); ok {
		title = tx.Title
	}
	a.ovEntry = screens.TextEntry(&a.ctx, id)
	a.openOverlay(textOverlay, title, func(w int) []string { return screens.TextLines(&a.ctx, id, w, false) })
}
