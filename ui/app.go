package ui

import (
	"fmt"
	"strings"
	"sync/atomic"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/colorprofile"

	"github.com/pactgame/pact/scenarios"
	c "github.com/pactgame/pact/ui/components"
	"github.com/pactgame/pact/ui/saves"
	"github.com/pactgame/pact/ui/screens"
	"github.com/pactgame/pact/ui/session"
	"github.com/pactgame/pact/ui/theme"
)

// MinWidth and MinHeight are the smallest terminal Pact draws in.
const (
	MinWidth  = 80
	MinHeight = 24
)

// Options say how the interface starts.
type Options struct {
	// Scenario, when set without Power, opens the new-game screen with it chosen; with Power, a
	// new campaign at once. Neither: the title screen.
	Scenario string
	Power    string
	Seed     uint64
	SeedSet  bool
	// Load resumes a record file; Continue the newest autosave.
	Load     string
	Continue bool
	// Session, when set, is a campaign already made (tests, and `pact play --load`).
	Session *session.Session
	// Plain starts in the linear layout for screen readers (PACT_PLAIN=1; P toggles it).
	Plain bool
}

// overlayKind is what is shown over the screen.
type overlayKind int

const (
	noOverlay overlayKind = iota
	helpOverlay
	quitOverlay
	endMonthOverlay
	dossierOverlay
	guideOverlay
	textOverlay
)

// App is the root model.
type App struct {
	opts  Options
	w, h  int
	dark  bool
	mono  bool
	plain bool // the linear layout for screen readers
	ctx   screens.Ctx
	cur   screens.ScreenID
	stack []screens.ScreenID

	title   *screens.Title
	newGame *screens.NewGame
	play    *screens.Play
	end     *screens.End
	treaty  *screens.TreatyLab
	enc     *screens.Encyclopedia
	hist    *screens.History
	records *screens.Records
	charts  *screens.Charts
	debrief *screens.Debrief

	overlay  overlayKind
	ovTitle  string
	ovLines  []string
	ovBuild  func(w int) []string // rebuilds the overlay's lines at a width (on resize)
	ovScroll screens.Scroller
	ovWho    []string // the entries the keys 1–9 open from a dossier
	ovEntry  string   // the entry e opens from a legal text

	status    string
	statusErr bool
	busy      string // a long command under way ("Loading…")

	keys        screens.CommonKeys
	scenarios   []scenarios.Info
	forecastOf  string       // the month whose forecasts are wanted
	forecastGen atomic.Int64 // moves on with each forecast asked for; older ones give up
	histSeed    uint64       // the seed the historical line in ctx was played with
	histBusy    bool
	quitting    bool
	// linesPending are the lines of the record being replayed for the study screens.
	linesPending map[string]bool
}

// New makes the root model. It does nothing expensive: the scenarios, the reference library and
// the campaign asked for are loaded by the commands Init returns, so the first frame comes at once.
func New(opts Options) *App {
	a := &App{opts: opts, dark: true, plain: opts.Plain, keys: screens.DefaultCommonKeys()}
	a.restyle()
	a.title = screens.NewTitle(nil)
	a.play = screens.NewPlay()
	a.end = screens.NewEnd()
	a.treaty = screens.NewTreatyLab()
	a.enc = screens.NewEncyclopedia()
	a.hist = screens.NewHistory()
	a.records = screens.NewRecords()
	a.charts = screens.NewCharts()
	a.debrief = screens.NewDebrief()
	a.cur = screens.ScreenTitle
	if opts.Session != nil {
		a.setSession(opts.Session) // its background work starts in Init
	}
	return a
}

// Init asks the terminal for its background colour, and starts the loading and background work.
func (a *App) Init() tea.Cmd {
	cmds := []tea.Cmd{tea.RequestBackgroundColor, findAutosaves}
	// The loading that the screen waits for comes first; the rest follows it, so that on a busy
	// machine the campaign is not kept waiting by work it does not need yet.
	var first tea.Cmd
	switch {
	case a.ctx.S != nil:
		cmds = append(cmds, a.sessionCmds()...)
	case a.opts.Continue:
		a.busy = "Resuming the last autosave…"
		first = continueCmd()
	case a.opts.Load != "":
		a.busy = "Loading " + a.opts.Load + "…"
		first = loadCmd(a.opts.Load)
	case a.opts.Scenario != "" && a.opts.Power != "":
		a.busy = "Opening the campaign…"
		first = startCmd(a.opts)
	case a.opts.Scenario != "":
		a.busy = "Opening the scenario…"
	}
	if first != nil {
		cmds = append(cmds, then(first, libraryCmd, scenariosCmd))
	} else {
		cmds = append(cmds, scenariosCmd, libraryCmd)
	}
	return tea.Batch(cmds...)
}

// Session is the campaign in play (nil before one starts).
func (a *App) Session() *session.Session { return a.ctx.S }

// Screen is the screen shown.
func (a *App) Screen() screens.ScreenID { return a.cur }

// Play is the main screen.
func (a *App) Play() *screens.Play { return a.play }

// Status is the footer's message.
func (a *App) Status() string { return a.status }

func (a *App) screen(id screens.ScreenID) screens.Screen {
	switch id {
	case screens.ScreenNewGame:
		if a.newGame != nil {
			return a.newGame
		}
	case screens.ScreenPlay:
		return a.play
	case screens.ScreenEnd:
		return a.end
	case screens.ScreenTreaty:
		return a.treaty
	case screens.ScreenEncyclopedia:
		return a.enc
	case screens.ScreenHistory:
		return a.hist
	case screens.ScreenRecords:
		return a.records
	case screens.ScreenCharts:
		return a.charts
	case screens.ScreenDebrief:
		return a.debrief
	}
	return a.title
}

// inGame reports whether a campaign's screens are shown (the header, quitting asks first).
func (a *App) inGame() bool {
	return a.ctx.S != nil && a.cur != screens.ScreenTitle && a.cur != screens.ScreenNewGame
}

func (a *App) setStatus(s string, isErr bool) { a.status, a.statusErr = s, isErr }

// restyle builds the theme for the terminal's background and colours and the chosen layout.
func (a *App) restyle() {
	t := theme.New(a.dark, a.mono)
	t.Plain = a.plain
	a.ctx.Theme = t
	a.buildOverlay()
}

// bodySize is the size left to the screen below the header and above the footer.
func (a *App) bodySize() (int, int) {
	h := a.h - 1
	if a.inGame() {
		h--
	}
	return a.w, h
}

// resize tells every screen its size.
func (a *App) resize() {
	w, h := a.bodySize()
	msg := tea.WindowSizeMsg{Width: w, Height: h}
	for _, id := range []screens.ScreenID{screens.ScreenTitle, screens.ScreenNewGame, screens.ScreenPlay, screens.ScreenEnd,
		screens.ScreenTreaty, screens.ScreenEncyclopedia, screens.ScreenHistory, screens.ScreenRecords, screens.ScreenCharts, screens.ScreenDebrief} {
		a.screen(id).Update(&a.ctx, msg)
	}
}

// Update is the root of every message.
func (a *App) Update(msg tea.Msg) (tea.Model, tea.Cmd) {
	switch msg := msg.(type) {
	case tea.WindowSizeMsg:
		grew := a.h > 0 && msg.Height > a.h
		a.w, a.h = msg.Width, msg.Height
		a.resize()
		a.buildOverlay()
		var cmds []tea.Cmd
		if grew {
			cmds = append(cmds, resetMargins)
		}
		if a.cur == screens.ScreenDebrief {
			cmds = append(cmds, a.debriefCmds())
		}
		return a, tea.Batch(cmds...)
	case tea.BackgroundColorMsg:
		a.dark = msg.IsDark()
		a.restyle()
		return a, a.debriefCmds()
	case tea.ColorProfileMsg:
		a.mono = msg.Profile <= colorprofile.Ascii
		a.restyle()
		return a, a.debriefCmds()
	case tea.KeyPressMsg:
		return a, a.key(msg)
	case thenMsg:
		_, cmd := a.Update(msg.msg)
		return a, tea.Batch(append([]tea.Cmd{cmd}, msg.next...)...)
	case tea.MouseClickMsg, tea.MouseWheelMsg:
		if a.overlay != noOverlay || a.tooSmall() {
			if w, ok := msg.(tea.MouseWheelMsg); ok && (a.overlay == dossierOverlay || a.overlay == guideOverlay || a.overlay == helpOverlay || a.overlay == textOverlay) {
				if w.Button == tea.MouseWheelDown {
					a.ovScroll.By(3)
				} else if w.Button == tea.MouseWheelUp {
					a.ovScroll.By(-3)
				}
			}
			return a, nil
		}
		return a, a.apply(a.screen(a.cur).Update(&a.ctx, shiftMouse(msg, a.headerH())))
	}
	return a, a.result(msg)
}

func (a *App) headerH() int {
	if a.inGame() {
		return 1
	}
	return 0
}

// shiftMouse moves a mouse message into the body's coordinates.
func shiftMouse(msg tea.Msg, dy int) tea.Msg {
	switch m := msg.(type) {
	case tea.MouseClickMsg:
		m.Y -= dy
		return m
	case tea.MouseWheelMsg:
		m.Y -= dy
		return m
	}
	return msg
}

func (a *App) tooSmall() bool { return a.w < MinWidth || a.h < MinHeight }

// typing reports whether the screen takes text, so that ? and q are letters.
func (a *App) typing() bool {
	if t, ok := a.screen(a.cur).(interface{ Typing() bool }); ok {
		return t.Typing()
	}
	return false
}

func (a *App) key(k tea.KeyPressMsg) tea.Cmd {
	ks := k.String()
	a.status = ""
	switch a.overlay {
	case quitOverlay:
		switch ks {
		case "y", "Y", "enter":
			return a.quit()
		case "n", "N", "esc", "q":
			a.overlay = noOverlay
		case "ctrl+c":
			return a.quit()
		}
		return nil
	case endMonthOverlay:
		switch ks {
		case "y", "Y", "enter", "e":
			a.overlay = noOverlay
			return a.endMonth()
		case "n", "N", "esc", "q":
			a.overlay = noOverlay
		case "ctrl+c":
			a.askQuit()
		}
		return nil
	case helpOverlay, dossierOverlay, guideOverlay, textOverlay:
		switch {
		case ks == "ctrl+c":
			a.askQuit()
		case a.overlay == dossierOverlay && len(ks) == 1 && ks[0] >= '1' && ks[0] <= '9':
			if n := int(ks[0] - '1'); n < len(a.ovWho) {
				a.overlay = noOverlay
				return a.apply(screens.OpenEntry{ID: a.ovWho[n]})
			}
		case a.overlay == textOverlay && ks == "e" && a.ovEntry != "":
			a.overlay = noOverlay
			return a.apply(screens.OpenEntry{ID: a.ovEntry})
		case key.Matches(k, a.keys.Down):
			a.ovScroll.By(1)
		case key.Matches(k, a.keys.Up):
			a.ovScroll.By(-1)
		case key.Matches(k, a.keys.PageDown), ks == "space":
			a.ovScroll.By(10)
		case key.Matches(k, a.keys.PageUp):
			a.ovScroll.By(-10)
		case ks == "?" && a.overlay != helpOverlay:
			a.showHelp()
		default:
			a.overlay = noOverlay
		}
		return nil
	}
	if ks == "ctrl+c" {
		if a.inGame() {
			a.askQuit()
			return nil
		}
		return a.quit()
	}
	if a.tooSmall() {
		if ks == "q" {
			return a.ask(a.inGame())
		}
		return nil
	}
	if ks == "?" && !a.typing() {
		a.showHelp()
		return nil
	}
	if ks == "q" && !a.typing() {
		return a.ask(a.inGame())
	}
	if ks == "P" && !a.typing() {
		a.plain = !a.plain
		a.restyle()
		if a.plain {
			a.setStatus("Plain layout: no borders, no map picture, no bars — for screen readers. P again to leave it.", false)
		} else {
			a.setStatus("The full layout again.", false)
		}
		return nil
	}
	return a.apply(a.screen(a.cur).Update(&a.ctx, k))
}

// ask quits, asking first during a campaign.
func (a *App) ask(inGame bool) tea.Cmd {
	if inGame {
		a.askQuit()
		return nil
	}
	return a.quit()
}

func (a *App) askQuit() {
	a.overlay = quitOverlay
}

// quit saves the campaign (if any) and ends the program.
func (a *App) quit() tea.Cmd {
	a.quitting = true
	if a.ctx.S != nil {
		r := a.ctx.S.Snapshot()
		return func() tea.Msg {
			_ = saves.Autosave(r) // a failure cannot be shown any more; the last month's autosave stands
			return tea.QuitMsg{}
		}
	}
	return tea.Quit
}

func (a *App) showHelp() {
	km := a.screen(a.cur).Keys()
	play := a.cur == screens.ScreenPlay && a.ctx.S != nil
	a.openOverlay(helpOverlay, "Help · keys of this screen", func(w int) []string {
		var lines []string
		lines = append(lines, screens.HelpLines(&a.ctx, km, w)...)
		if play {
			lines = append(lines, "", c.Rule(a.ctx.Theme, "How to play", w))
			lines = append(lines, screens.GuideLines(&a.ctx, w)...)
		}
		return append(lines, "", a.ctx.Theme.Faint.Render("Any key closes this help. Mouse: click the tabs and the lists; the wheel scrolls."))
	})
}

// openOverlay shows a box over the screen; build makes its lines at a width.
func (a *App) openOverlay(kind overlayKind, title string, build func(w int) []string) {
	a.overlay, a.ovTitle, a.ovBuild, a.ovScroll = kind, title, build, screens.Scroller{}
	a.buildOverlay()
}

func (a *App) buildOverlay() {
	if a.ovBuild == nil {
		return
	}
	w, _ := a.overlaySize()
	a.ovLines = a.ovBuild(max(w, 10))
}

// overlaySize is the inner size of an overlay box.
func (a *App) overlaySize() (int, int) {
	w, h := a.bodySize()
	return min(w-4, 96) - 4, h - 2
}

// View renders the whole terminal.
func (a *App) View() tea.View {
	v := tea.NewView(a.render())
	v.AltScreen = true
	v.MouseMode = tea.MouseModeCellMotion
	v.WindowTitle = a.windowTitle()
	return v
}

func (a *App) windowTitle() string {
	if s := a.ctx.S; s != nil && a.inGame() {
		return fmt.Sprintf("Pact — %s — %s", s.Player.Title(), s.State().Date.Name())
	}
	return "Pact"
}

func (a *App) render() string {
	if a.w == 0 || a.h == 0 {
		return ""
	}
	if a.tooSmall() {
		return a.tooSmallView()
	}
	t := a.ctx.Theme
	var lines []string
	if a.inGame() {
		lines = append(lines, screens.Header(&a.ctx, a.w))
	}
	bw, bh := a.bodySize()
	body := c.Lines(a.screen(a.cur).View(&a.ctx, bw, bh))
	for len(body) < bh {
		body = append(body, "")
	}
	body = body[:bh]
	if a.busy != "" {
		body = overlayBox(t, "Please wait", []string{a.busy}, body, bw, min(60, bw-4), 3)
	}
	if a.overlay != noOverlay {
		body = a.overlayView(body, bw, bh)
	}
	lines = append(lines, body...)
	lines = append(lines, a.footer())
	return strings.Join(fit(lines, a.w, a.h), "\n")
}

// fit cuts and pads lines to exactly w×h, whatever the screens drew.
func fit(lines []string, w, h int) []string {
	out := make([]string, h)
	for i := range h {
		l := ""
		if i < len(lines) {
			l = lines[i]
		}
		out[i] = c.Pad(l, w)
	}
	return out
}

func (a *App) footer() string {
	t := a.ctx.Theme
	if a.status != "" {
		st := t.Ally
		if a.statusErr {
			st = t.Alert
		}
		return c.Truncate(" "+st.Render(a.status), a.w)
	}
	switch a.overlay {
	case quitOverlay:
		return c.Truncate(" "+t.Key.Render("y")+t.KeyDesc.Render(" quit · ")+t.Key.Render("n")+t.KeyDesc.Render(" stay"), a.w)
	case endMonthOverlay:
		return c.Truncate(" "+t.Key.Render("y/enter")+t.KeyDesc.Render(" end the month · ")+t.Key.Render("n/esc")+t.KeyDesc.Render(" not yet"), a.w)
	case dossierOverlay:
		if len(a.ovWho) > 0 {
			keys := "1"
			if n := min(9, len(a.ovWho)); n > 1 {
				keys = fmt.Sprintf("1–%d", n)
			}
			return c.Truncate(" "+t.Key.Render(keys)+t.KeyDesc.Render(" who, in the encyclopedia · ")+
				t.Key.Render("↑↓ pgup pgdn")+t.KeyDesc.Render(" scroll · any other key closes"), a.w)
		}
		return c.Truncate(" "+t.Key.Render("↑↓ pgup pgdn")+t.KeyDesc.Render(" scroll · any other key closes"), a.w)
	case textOverlay:
		if a.ovEntry != "" {
			return c.Truncate(" "+t.Key.Render("e")+t.KeyDesc.Render(" the instrument in the encyclopedia · ")+
				t.Key.Render("↑↓ pgup pgdn")+t.KeyDesc.Render(" scroll · any other key closes"), a.w)
		}
		return c.Truncate(" "+t.Key.Render("↑↓ pgup pgdn")+t.KeyDesc.Render(" scroll · any other key closes"), a.w)
	case helpOverlay, guideOverlay:
		return c.Truncate(" "+t.Key.Render("↑↓ pgup pgdn")+t.KeyDesc.Render(" scroll · any other key closes"), a.w)
	}
	return c.Truncate(screens.ShortHelp(&a.ctx, a.screen(a.cur).Keys(), a.w), a.w)
}

func (a *App) tooSmallView() string {
	t := a.ctx.Theme
	msg := []string{
		t.Warning.Render("Terminal too small"),
		"",
		t.Text.Render(fmt.Sprintf("Pact needs %d×%d;", MinWidth, MinHeight)),
		t.Text.Render(fmt.Sprintf("this one is %d×%d.", a.w, a.h)),
		"",
		t.Subtle.Render("Enlarge the window;"),
		t.Subtle.Render("the game is waiting."),
		t.Subtle.Render("ctrl+c quits."),
	}
	var wrapped []string
	for _, m := range msg {
		if m == "" {
			wrapped = append(wrapped, "")
			continue
		}
		wrapped = append(wrapped, c.Wrap(m, a.w)...)
	}
	top := max(0, (a.h-len(wrapped))/2)
	lines := make([]string, 0, a.h)
	for range top {
		lines = append(lines, "")
	}
	for _, l := range wrapped {
		lines = append(lines, c.Center(l, a.w))
	}
	return strings.Join(fit(lines, a.w, a.h), "\n")
}
