package ui

import (
	"fmt"
	"strings"

	tea "charm.land/bubbletea/v2"

	"github.com/pactgame/pact/scenarios"
	"github.com/pactgame/pact/ui/screens"
	"github.com/pactgame/pact/ui/session"
)

// apply carries out a screen's action.
func (a *App) apply(act screens.Action) tea.Cmd {
	s := a.ctx.S
	if cmd, ok := a.applyStudy(act); ok {
		return cmd
	}
	switch act := act.(type) {
	case nil:
		return nil
	case screens.Status:
		a.setStatus(act.Text, act.Error)
	case screens.Quit:
		return a.ask(a.inGame())
	case screens.Back:
		a.back()
	case screens.Open:
		return a.open(act.To)
	case screens.SetupGame:
		a.openNewGame(act.Scenario)
	case screens.StartGame:
		setup := act.Setup
		if act.RandomSeed {
			setup.Seed = randomSeed()
		}
		sc, err := scenarios.Load(act.Scenario)
		if err != nil {
			a.setStatus(err.Error(), true)
			return nil
		}
		ns, err := session.New(sc, setup)
		if err != nil {
			a.setStatus(err.Error(), true)
			return nil
		}
		return tea.Batch(append(a.startSession(ns), saveCmd(ns.Snapshot()))...)
	case screens.Continue:
		a.busy = "Resuming the last autosave…"
		return continueCmd()
	case screens.Load:
		a.busy = "Loading " + act.Path + "…"
		return loadCmd(act.Path)
	case screens.Toggle:
		if s == nil {
			return nil
		}
		ch, _ := s.Choice(act.ID)
		chosen, replaced, err := s.Toggle(act.ID)
		switch {
		case err != nil:
			a.setStatus(err.Error(), true)
		case chosen && replaced != "":
			old, _ := s.Choice(replaced)
			a.setStatus(fmt.Sprintf("Chosen: %s (instead of %s)", ch.Title, old.Title), false)
		case chosen:
			a.setStatus(fmt.Sprintf("Chosen: %s — %d influence left. e ends the month.", ch.Title, s.Influence()-s.Spent()), false)
		default:
			a.setStatus("Taken back: "+ch.Title, false)
		}
	case screens.Undo:
		if s == nil {
			return nil
		}
		if id, ok := s.Undo(); ok {
			title := id
			if ch, ok := s.Choice(id); ok {
				title = ch.Title
			}
			a.setStatus("Taken back: "+title, false)
		} else {
			a.setStatus("Nothing to take back this month", true)
		}
	case screens.TakeAdvice:
		if s == nil || s.Turn == nil {
			return nil
		}
		ids := s.TakeAdvice()
		var titles []string
		for _, id := range ids {
			if ch, ok := s.Choice(id); ok {
				titles = append(titles, ch.Title)
			}
		}
		if len(titles) == 0 {
			a.setStatus("Your ministers advise doing nothing this month. e ends it.", false)
		} else {
			a.setStatus("Your ministers' advice: "+strings.Join(titles, "; ")+". e ends the month.", false)
		}
	case screens.EndMonth:
		if s == nil || s.Over() {
			return nil
		}
		if err := s.Ready(); err != nil {
			a.setStatus(err.Error(), true)
			if len(s.Unanswered()) > 0 {
				a.play.Show(screens.PanelDispatches)
			}
			return nil
		}
		a.overlay = endMonthOverlay
	case screens.ShowDossier:
		a.showDossier(act.ID)
	case screens.ShowGuide:
		a.showGuide()
	case screens.WriteDebrief:
		return a.apply(screens.ExportDebrief{})
	case screens.Branch:
		if s == nil {
			return nil
		}
		name, err := s.Branch(act.At)
		if err != nil {
			a.setStatus(err.Error(), true)
			return nil
		}
		cmds := a.startSession(s)
		a.setStatus(fmt.Sprintf("New line %s: back at the start of %s. The line you left is kept in Records (R).", name, act.At.Name()), false)
		return tea.Batch(append(cmds, saveCmd(s.Snapshot()))...)
	case screens.SwitchLine:
		if s == nil {
			return nil
		}
		a.busy = "Replaying line " + act.Name + "…"
		return switchCmd(s.Scenario, s.Snapshot(), act.Name)
	}
	return nil
}

// open shows a screen over the present one.
func (a *App) open(to screens.ScreenID) tea.Cmd {
	if to == a.cur {
		return nil
	}
	if to == screens.ScreenRecords {
		a.records.Reset()
	}
	a.leaveDebrief()
	if to.Study() && a.cur.Study() {
		a.cur = to // study screens replace each other; esc returns to the game
	} else {
		a.stack = append(a.stack, a.cur)
		a.cur = to
	}
	a.resize()
	switch to {
	case screens.ScreenHistory, screens.ScreenEnd, screens.ScreenCharts, screens.ScreenRecords:
		return tea.Batch(a.historyCmds()...)
	case screens.ScreenDebrief:
		return a.debriefCmds()
	}
	return nil
}

func (a *App) back() {
	a.leaveDebrief()
	if n := len(a.stack); n > 0 {
		a.cur, a.stack = a.stack[n-1], a.stack[:n-1]
	} else if a.ctx.S != nil {
		a.cur = screens.ScreenPlay
		if a.ctx.S.Over() {
			a.cur = screens.ScreenEnd
		}
	} else {
		a.cur = screens.ScreenTitle
	}
	a.resize()
}

func (a *App) openNewGame(scenario string) {
	a.newGame = screens.NewNewGame(a.scenarios, scenarios.Load, scenario)
	if a.opts.Power != "" {
		a.newGame.Preset(a.opts.Power)
	}
	if a.cur != screens.ScreenNewGame {
		a.stack = append(a.stack, a.cur)
	}
	a.cur = screens.ScreenNewGame
	a.resize()
}

// startSession makes a campaign the one in play and returns the background work it needs.
func (a *App) startSession(s *session.Session) []tea.Cmd {
	a.setSession(s)
	return a.sessionCmds()
}

// setSession makes a campaign the one in play, on its main screen (or its end).
func (a *App) setSession(s *session.Session) {
	old := a.ctx.S
	a.ctx.S = s
	a.ctx.Forecasts, a.ctx.Diverge = nil, nil
	a.ctx.Lines, a.ctx.LinesErr, a.ctx.Debrief = nil, nil, screens.DebriefDoc{}
	if a.ctx.Hist != nil && (old == nil || old.Scenario != s.Scenario || a.histSeed != s.Setup.Seed) {
		a.ctx.Hist = nil
	}
	if old != s {
		a.play = screens.NewPlay()
	}
	a.stack = nil
	a.cur = screens.ScreenPlay
	if s.Over() {
		a.cur = screens.ScreenEnd
	}
	a.overlay = noOverlay
	a.resize()
	if s.Fresh && len(s.Reports()) == 0 {
		a.showGuide()
	}
}

// sessionCmds is the background work a campaign in play needs: the month's forecasts and the
// historical line.
func (a *App) sessionCmds() []tea.Cmd {
	s := a.ctx.S
	if s == nil {
		return nil
	}
	var cmds []tea.Cmd
	if s.Turn != nil {
		a.forecastOf = monthKey(s)
		cmds = append(cmds, forecastCmd(s, &a.forecastGen))
	}
	return append(cmds, a.historyCmds()...)
}

// historyCmds plays the historical line if it is missing, else compares the line with it.
func (a *App) historyCmds() []tea.Cmd {
	s := a.ctx.S
	if s == nil {
		return nil
	}
	if a.ctx.Hist == nil {
		if a.histBusy {
			return nil
		}
		a.histBusy = true
		return []tea.Cmd{historyCmd(s.Scenario, s.Setup.Seed)}
	}
	return []tea.Cmd{divergeCmd(s, a.ctx.Hist)}
}

// endMonth plays the month and shows its report.
func (a *App) endMonth() tea.Cmd {
	s := a.ctx.S
	date := s.State().Date
	rep, err := s.EndMonth()
	if err != nil {
		a.setStatus(err.Error(), true)
		return nil
	}
	a.ctx.Forecasts = nil
	a.play.Report.Latest()
	a.play.Show(screens.PanelReport)
	cmds := []tea.Cmd{saveCmd(s.Snapshot())}
	cmds = append(cmds, a.sessionCmds()...)
	switch {
	case s.Over():
		a.stack = nil
		a.cur = screens.ScreenEnd
		a.resize()
		a.setStatus("The campaign is over. Your score, and what history did instead.", false)
	default:
		msg := fmt.Sprintf("%s is played and saved. The report below; now %s.", date.Name(), s.State().Date.Name())
		for _, n := range rep.Notes {
			if n.Kind == "crisis" || n.Kind == "war" {
				msg = fmt.Sprintf("%s is played and saved. %s — see the crisis ladder (5).", date.Name(), strings.TrimSuffix(n.Text, "."))
			}
		}
		a.setStatus(msg, false)
	}
	return tea.Batch(cmds...)
}

// result takes the results of background commands.
func (a *App) result(msg tea.Msg) tea.Cmd {
	if cmd, ok := a.studyResult(msg); ok {
		return cmd
	}
	switch msg := msg.(type) {
	case forecastsMsg:
		if s := a.ctx.S; s != nil && msg.key == monthKey(s) {
			a.ctx.Forecasts = msg.forecasts
		}
	case historyMsg:
		a.histBusy = false
		s := a.ctx.S
		if s == nil || msg.scenario != s.Scenario.ID || msg.seed != s.Setup.Seed {
			return nil
		}
		if msg.err != nil {
			a.setStatus("the historical line could not be played: "+msg.err.Error(), true)
			return nil
		}
		a.ctx.Hist, a.histSeed = msg.game, msg.seed
		return divergeCmd(s, msg.game)
	case divergeMsg:
		if s := a.ctx.S; s != nil && msg.key == monthKey(s) {
			a.ctx.Diverge = msg.diverge
		}
	case savedMsg:
		if msg.err != nil {
			a.setStatus("autosave failed: "+msg.err.Error(), true)
		}
	case autosavesMsg:
		a.title.Autosaves = msg.paths
		a.ctx.Autosave = msg.latest
	case openedMsg:
		a.busy = ""
		if msg.err != nil {
			a.setStatus(firstLine(msg.err.Error()), true)
			return nil
		}
		cmds := a.startSession(msg.s)
		if msg.fresh {
			cmds = append(cmds, saveCmd(msg.s.Snapshot()))
		} else if msg.branched != "" {
			cmds = append(cmds, saveCmd(msg.s.Snapshot()))
			a.setStatus(fmt.Sprintf("New line %s: back at the start of %s. The line you left is kept in Records (R).", msg.branched, msg.at.Name()), false)
		} else {
			a.setStatus(fmt.Sprintf("Resumed: %s, %s (line %s).", msg.s.Player.Title(), msg.s.State().Date.Name(), msg.s.Line), false)
		}
		return tea.Batch(cmds...)
	case libraryMsg:
		a.ctx.Lib, a.ctx.LibErr = msg.lib, msg.err
		if msg.lib != nil && len(msg.lib.Entries()) == 0 && len(msg.lib.Dossiers()) == 0 {
			a.ctx.Lib = nil
		}
	case scenariosMsg:
		if msg.err != nil {
			a.setStatus("the scenarios could not be loaded: "+firstLine(msg.err.Error()), true)
			return nil
		}
		a.scenarios = msg.list
		a.title.Scenarios, a.title.Notes = msg.list, msg.notes
		if a.newGame != nil && len(a.newGame.Scenarios) == 0 {
			a.newGame.SetScenarios(msg.list, a.opts.Scenario)
		}
		if a.ctx.S == nil && a.opts.Scenario != "" && a.opts.Power == "" && a.newGame == nil && !a.opts.Continue && a.opts.Load == "" {
			a.busy = ""
			a.openNewGame(a.opts.Scenario)
		}
	case debriefMsg:
		a.busy = ""
		if msg.err != nil {
			a.setStatus("the debrief could not be written: "+msg.err.Error(), true)
		} else {
			a.setStatus("Debrief written: "+msg.path, false)
		}
	}
	return nil
}

func firstLine(s string) string {
	s, _, _ = strings.Cut(strings.TrimSpace(s), "\n")
	return s
}
