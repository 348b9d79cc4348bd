package ui

import (
	"strings"
	"testing"
	"unicode/utf8"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"github.com/pactgame/pact/game"
	"github.com/pactgame/pact/scenarios"
	"github.com/pactgame/pact/ui/session"
)

// keyMsg builds the key press a terminal sends for a key name: "enter", "esc", "ctrl+c", "up",
// "space", or a single character.
func keyMsg(name string) tea.KeyPressMsg {
	switch name {
	case "enter":
		return tea.KeyPressMsg{Code: tea.KeyEnter}
	case "esc":
		return tea.KeyPressMsg{Code: tea.KeyEscape}
	case "tab":
		return tea.KeyPressMsg{Code: tea.KeyTab}
	case "shift+tab":
		return tea.KeyPressMsg{Code: tea.KeyTab, Mod: tea.ModShift}
	case "up":
		return tea.KeyPressMsg{Code: tea.KeyUp}
	case "down":
		return tea.KeyPressMsg{Code: tea.KeyDown}
	case "left":
		return tea.KeyPressMsg{Code: tea.KeyLeft}
	case "right":
		return tea.KeyPressMsg{Code: tea.KeyRight}
	case "pgdown":
		return tea.KeyPressMsg{Code: tea.KeyPgDown}
	case "pgup":
		return tea.KeyPressMsg{Code: tea.KeyPgUp}
	case "backspace":
		return tea.KeyPressMsg{Code: tea.KeyBackspace}
	case "space":
		return tea.KeyPressMsg{Code: tea.KeySpace, Text: " "}
	case "ctrl+c":
		return tea.KeyPressMsg{Code: 'c', Mod: tea.ModCtrl}
	}
	r, _ := utf8.DecodeRuneInString(name)
	if utf8.RuneCountInString(name) != 1 {
		panic("unknown key " + name)
	}
	return tea.KeyPressMsg{Code: r, Text: name}
}

// driver runs a root model headlessly: it feeds messages, runs the commands they return at once
// (so that forecasts, saves and the historical line are there before the next key), and records
// whether the program asked to quit.
type driver struct {
	t     testing.TB
	a     *App
	quit  bool
	depth int
}

// run executes a command and feeds its messages back, recursively.
func (d *driver) run(cmd tea.Cmd) {
	if cmd == nil {
		return
	}
	d.depth++
	defer func() { d.depth-- }()
	if d.depth > 50 {
		d.t.Fatal("commands keep making commands")
	}
	msg := cmd()
	switch msg := msg.(type) {
	case nil:
	case tea.BatchMsg:
		for _, c := range msg {
			d.run(c)
		}
	case tea.QuitMsg:
		d.quit = true
	default:
		_, next := d.a.Update(msg)
		d.run(next)
	}
}

// send feeds one message.
func (d *driver) send(msg tea.Msg) {
	_, cmd := d.a.Update(msg)
	d.run(cmd)
}

// press sends keys by name.
func (d *driver) press(keys ...string) {
	for _, k := range keys {
		d.send(keyMsg(k))
	}
}

// size sets the terminal's size.
func (d *driver) size(w, h int) { d.send(tea.WindowSizeMsg{Width: w, Height: h}) }

// screen is what the terminal shows, without colours.
func (d *driver) screen() string { return ansi.Strip(d.a.View().Content) }

// contains fails the test unless the screen shows every text.
func (d *driver) contains(texts ...string) {
	d.t.Helper()
	s := d.screen()
	for _, x := range texts {
		if !strings.Contains(s, x) {
			d.t.Fatalf("the screen does not show %q:\n%s", x, s)
		}
	}
}

// start makes a driver for an app and runs its Init.
func start(t testing.TB, a *App, w, h int) *driver {
	d := &driver{t: t, a: a}
	d.size(w, h)
	d.run(a.Init())
	return d
}

// testData points the saves at a fresh directory.
func testData(t testing.TB) {
	t.Setenv("PACT_DATA", t.TempDir())
}

// campaign starts France's campaign with seed 7, played for months by the ministers' advice.
func campaign(t testing.TB, months int) *session.Session {
	t.Helper()
	sc, err := scenarios.Load("pact-1934")
	if err != nil {
		t.Fatal(err)
	}
	s, err := session.New(sc, game.Setup{Seed: 7, Players: []game.Power{game.France}, Difficulty: game.Normal})
	if err != nil {
		t.Fatal(err)
	}
	for range months {
		if s.Over() {
			break
		}
		s.TakeAdvice()
		if _, err := s.EndMonth(); err != nil {
			t.Fatal(err)
		}
	}
	return s
}

// playing is a driver on the main screen of a campaign played for months, the guide closed.
func playing(t testing.TB, months, w, h int) *driver {
	testData(t)
	s := campaign(t, months)
	d := start(t, New(Options{Session: s}), w, h)
	if d.a.overlay == guideOverlay {
		d.press("enter")
	}
	return d
}
