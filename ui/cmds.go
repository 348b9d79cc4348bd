package ui

import (
	"fmt"
	"math/rand/v2"
	"path"
	"runtime/debug"
	"strings"
	"sync/atomic"

	tea "charm.land/bubbletea/v2"
	yaml "github.com/goccy/go-yaml"

	"github.com/pactgame/pact/assets"
	"github.com/pactgame/pact/game"
	"github.com/pactgame/pact/game/calendar"
	"github.com/pactgame/pact/game/record"
	"github.com/pactgame/pact/scenarios"
	"github.com/pactgame/pact/ui/saves"
	"github.com/pactgame/pact/ui/session"
)

// The results of the background commands.
type (
	forecastsMsg struct {
		key       string
		forecasts map[string]*game.Forecast
	}
	historyMsg struct {
		scenario string
		seed     uint64
		game     *game.Game
		err      error
	}
	divergeMsg struct {
		key     string
		diverge [][]game.Divergence
	}
	savedMsg  struct{ err error }
	openedMsg struct {
		s        *session.Session
		err      error
		fresh    bool           // a new campaign, not a resumed one
		branched string         // the line just branched, if any
		at       calendar.Month // where it forks
	}
	autosavesMsg struct {
		paths  []string
		latest string
	}
	debriefMsg struct {
		path string
		err  error
	}
	libraryMsg struct {
		lib *assets.Lib
		err error
	}
	scenariosMsg struct {
		list  []scenarios.Info
		notes map[string]string // the notes for teachers, by scenario id
		err   error
	}
)

// thenMsg is the result of a command that others wait for, and those others.
type thenMsg struct {
	msg  tea.Msg
	next []tea.Cmd
}

// then runs first, and the next commands once its result is taken.
func then(first tea.Cmd, next ...tea.Cmd) tea.Cmd {
	return func() tea.Msg { return thenMsg{first(), next} }
}

// libraryCmd loads the reference library (dossiers and encyclopedia).
func libraryCmd() tea.Msg {
	lib, err := assets.Library()
	return libraryMsg{lib, err}
}

// scenariosCmd compiles the shipped scenarios.
func scenariosCmd() tea.Msg {
	list, err := scenarios.List()
	notes := map[string]string{}
	for _, in := range list {
		notes[in.ID] = scenarioNotes(path.Base(in.File))
	}
	tidy()
	return scenariosMsg{list, notes, err}
}

// scenarioNotes reads a shipped scenario file's notes for teachers without compiling, or even
// parsing, the whole scenario (it is a few lines of text; a campaign's file is hundreds of
// kilobytes): the top-level notes key and its indented block are cut out and read as YAML.
func scenarioNotes(file string) string {
	data, err := scenarios.Source(file)
	if err != nil {
		return ""
	}
	lines := strings.Split(string(data), "\n")
	for i, l := range lines {
		if !strings.HasPrefix(l, "notes:") {
			continue
		}
		j := i + 1
		for j < len(lines) && (lines[j] == "" || strings.HasPrefix(lines[j], " ") || strings.HasPrefix(lines[j], "\t")) {
			j++
		}
		var f struct {
			Notes string `yaml:"notes"`
		}
		if err := yaml.Unmarshal([]byte(strings.Join(lines[i:j], "\n")), &f); err != nil {
			return ""
		}
		return f.Notes
	}
	return ""
}

// startCmd starts the campaign the options ask for.
func startCmd(o Options) tea.Cmd {
	return func() tea.Msg {
		sc, err := scenarios.Load(o.Scenario)
		if err != nil {
			return openedMsg{err: err}
		}
		p, err := game.ParsePower(o.Power)
		if err != nil {
			return openedMsg{err: err}
		}
		seed := o.Seed
		if !o.SeedSet {
			seed = randomSeed()
		}
		s, err := session.New(sc, game.Setup{Seed: seed, Players: []game.Power{p}, Difficulty: game.Normal})
		return openedMsg{s: s, err: err, fresh: true}
	}
}

// tidy returns the garbage of a burst of work (compiling, forecasting) to the system at once,
// so that the game's resident memory stays near what it keeps alive.
func tidy() { debug.FreeOSMemory() }

// randomSeed draws a seed for a new campaign: small enough to read out and share.
func randomSeed() uint64 { return rand.Uint64N(999_999) + 1 }

// RandomSeed draws a seed for a new campaign, as the new-game screen does when none is given.
func RandomSeed() uint64 { return randomSeed() }

// monthKey names the month in play of a session, for matching background results.
func monthKey(s *session.Session) string {
	return fmt.Sprintf("%p|%s|%s|%d", s, s.Line, s.State().Date, len(s.Game.States))
}

// forecastCmd forecasts every choice of the month in play. It gives up as soon as the wanted
// month changes (gen moves on), so that a player who ends months quickly does not pile up work.
func forecastCmd(s *session.Session, gen *atomic.Int64) tea.Cmd {
	if s.Turn == nil {
		return nil
	}
	key, sc, st, p := monthKey(s), s.Scenario, s.State(), s.Player
	mine := gen.Add(1)
	return func() tea.Msg {
		f := session.Forecasts(sc, st, p, func() bool { return gen.Load() != mine })
		tidy()
		if f == nil {
			return nil
		}
		return forecastsMsg{key: key, forecasts: f}
	}
}

// historyCmd plays the historical line of the campaign's scenario and seed.
func historyCmd(sc *game.Scenario, seed uint64) tea.Cmd {
	return func() tea.Msg {
		g, err := session.History(sc, seed)
		tidy()
		return historyMsg{scenario: sc.ID, seed: seed, game: g, err: err}
	}
}

// divergeCmd compares the line in play with history.
func divergeCmd(s *session.Session, hist *game.Game) tea.Cmd {
	key, g := monthKey(s), s.GameSnapshot()
	player := s.Player
	return func() tea.Msg { return divergeMsg{key: key, diverge: game.Diverge(hist, g, player)} }
}

// saveCmd writes the autosave.
func saveCmd(r *record.Record) tea.Cmd {
	return func() tea.Msg { return savedMsg{err: saves.Autosave(r)} }
}

// findAutosaves lists the autosaves and describes the newest.
func findAutosaves() tea.Msg {
	msg := autosavesMsg{paths: saves.Autosaves()}
	if r, _, err := saves.Latest(); err == nil {
		line := r.Line(session.LatestLine(r))
		date := r.Scenario
		if line != nil && len(line.Turns) > 0 {
			date = line.Turns[len(line.Turns)-1].Date.Add(1).Name()
		} else if sc, err := scenarios.Load(r.Scenario); err == nil {
			date = sc.Start.Name()
		}
		msg.latest = describeRecord(r.Players, date)
	}
	return msg
}

// openRecord resumes a record read from a file.
func openRecord(r *record.Record, err error) tea.Msg {
	if err != nil {
		return openedMsg{err: err}
	}
	sc, err := scenarios.Load(r.Scenario)
	if err != nil {
		return openedMsg{err: err}
	}
	s, err := session.Open(sc, r, session.LatestLine(r))
	return openedMsg{s: s, err: err}
}

func continueCmd() tea.Cmd {
	return func() tea.Msg {
		r, _, err := saves.Latest()
		return openRecord(r, err)
	}
}

func loadCmd(path string) tea.Cmd {
	return func() tea.Msg { return openRecord(saves.Load(path)) }
}

// switchCmd resumes another line of the record in play.
func switchCmd(sc *game.Scenario, r *record.Record, line string) tea.Cmd {
	return func() tea.Msg {
		s, err := session.Open(sc, r, line)
		return openedMsg{s: s, err: err}
	}
}

// resetMargins puts the terminal's scrolling region back to the whole screen after the window
// grows, then has the screen drawn afresh. The renderer scrolls with explicit margins (1 to the
// height of the moment) and some terminals — tmux among them — keep those margins when the
// window grows: a line feed on the old last row would then scroll the top of the screen away.
// The reset is wrapped in save and restore of the cursor, so the renderer's idea of where the
// cursor stands stays true.
var resetMargins = tea.Sequence(tea.Raw("\x1b7\x1b[r\x1b8"), tea.ClearScreen)
