package screens

import (
	tea "charm.land/bubbletea/v2"

	"github.com/pactgame/pact/assets"
	"github.com/pactgame/pact/game"
	"github.com/pactgame/pact/game/calendar"
	"github.com/pactgame/pact/ui/session"
	"github.com/pactgame/pact/ui/theme"
)

// Ctx is what a screen may read: the theme, the campaign in play and what the root has computed
// for it in the background.
type Ctx struct {
	Theme *theme.Theme
	S     *session.Session // nil before a campaign starts
	Lib   *assets.Lib      // the reference library; nil if it failed to load
	// LibErr says why the library is missing.
	LibErr error
	// Forecasts of the open month's choices, by choice id; nil while they are being computed.
	Forecasts map[string]*game.Forecast
	// Hist is the historical line (nil until computed); Diverge compares the line in play with it.
	Hist    *game.Game
	Diverge [][]game.Divergence
	// Autosave describes the newest autosave for the title screen ("" when there is none).
	Autosave string
	// Lines are the record's other lines, replayed (by name); the line in play is S.Game and the
	// historical line Hist. A line missing here is asked for with the BuildLines action.
	Lines map[string]*game.Game
	// LinesErr says why a line could not be replayed, by name.
	LinesErr map[string]error
	// Debrief is the campaign's debrief as Markdown and as rendered for the terminal.
	Debrief DebriefDoc
}

// DebriefDoc is the debrief of the line in play: its Markdown, rendered by Glamour at a width
// (the root renders it in a command; Rendered is empty meanwhile).
type DebriefDoc struct {
	Key      string // the line and month it was written for
	Markdown string
	Width    int
	Rendered []string // the rendered lines
	Headings []int    // the rendered lines that start a section
	Err      error
	Busy     bool
	Path     string // where it was last exported ("" before)
}

// LineGame is a played line of the record in play by name — the line being played, history
// ("history"), or another line already replayed — and whether it is at hand.
func LineGame(ctx *Ctx, name string) (*game.Game, bool) {
	switch {
	case ctx.S == nil:
		return nil, false
	case name == HistoryLine:
		return ctx.Hist, ctx.Hist != nil
	case name == ctx.S.Line:
		return ctx.S.Game, true
	}
	g, ok := ctx.Lines[name]
	return g, ok && g != nil
}

// HistoryLine names the historical line beside the record's lines.
const HistoryLine = "history"

// Screen is one full screen of the interface.
type Screen interface {
	// Update answers a message (keys, mouse, size) with an action for the root, or nil.
	Update(ctx *Ctx, msg tea.Msg) Action
	// View renders the screen in exactly w×h cells.
	View(ctx *Ctx, w, h int) string
	// Keys is the screen's keymap, for the footer and the full help.
	Keys() KeyMap
}

// Action is what a screen asks the root model to do.
type Action interface{ action() }

// The actions.
type (
	// Back returns to the previous screen.
	Back struct{}
	// Quit asks to leave Pact (the root asks for confirmation during a game, and saves).
	Quit struct{}
	// Open shows another screen.
	Open struct{ To ScreenID }
	// StartGame starts a campaign.
	StartGame struct {
		Scenario   string
		Setup      game.Setup
		RandomSeed bool // no seed was given: the root draws one
	}
	// SetupGame opens the new-game screen with a scenario chosen.
	SetupGame struct{ Scenario string }
	// Continue resumes the newest autosave.
	Continue struct{}
	// Load resumes a record file.
	Load struct{ Path string }
	// Toggle chooses a choice of the month, or takes it back.
	Toggle struct{ ID string }
	// Undo takes back the last choice of the month.
	Undo struct{}
	// TakeAdvice replaces the month's orders with the ministers' advice.
	TakeAdvice struct{}
	// EndMonth asks to play the month (the root asks for confirmation).
	EndMonth struct{}
	// ShowDossier opens the dossier of an event or a decision.
	ShowDossier struct{ ID string }
	// ShowGuide opens the first-month guide.
	ShowGuide struct{}
	// WriteDebrief writes the campaign's Markdown debrief.
	WriteDebrief struct{}
	// Branch starts a new line of the record before a past month.
	Branch struct{ At calendar.Month }
	// SwitchLine resumes another line of the record.
	SwitchLine struct{ Name string }
	// OpenEntry shows an encyclopedia entry.
	OpenEntry struct{ ID string }
	// OpenText shows a legal text in the Treaty lab.
	OpenText struct{ ID string }
	// ShowText shows a legal text (an article the ruling cites) over the screen.
	ShowText struct{ ID string }
	// BuildLines asks for lines of the record to be replayed (into Ctx.Lines).
	BuildLines struct{ Names []string }
	// BranchFrom starts a new line forking from a line of the record before one of its months, and
	// plays on from there.
	BranchFrom struct {
		Line string
		At   calendar.Month
	}
	// ExportDebrief writes the debrief as a Markdown file.
	ExportDebrief struct{}
	// Status shows a message in the footer.
	Status struct {
		Text  string
		Error bool
	}
)

func (Back) action()          {}
func (Quit) action()          {}
func (Open) action()          {}
func (StartGame) action()     {}
func (SetupGame) action()     {}
func (Continue) action()      {}
func (Load) action()          {}
func (Toggle) action()        {}
func (Undo) action()          {}
func (TakeAdvice) action()    {}
func (EndMonth) action()      {}
func (ShowDossier) action()   {}
func (ShowGuide) action()     {}
func (WriteDebrief) action()  {}
func (Branch) action()        {}
func (SwitchLine) action()    {}
func (Status) action()        {}
func (OpenEntry) action()     {}
func (OpenText) action()      {}
func (ShowText) action()      {}
func (BuildLines) action()    {}
func (BranchFrom) action()    {}
func (ExportDebrief) action() {}

// ScreenID names the full screens.
type ScreenID int

// The screens.
const (
	ScreenTitle ScreenID = iota
	ScreenNewGame
	ScreenPlay
	ScreenEnd
	ScreenTreaty
	ScreenEncyclopedia
	ScreenHistory
	ScreenRecords
	ScreenCharts
	ScreenDebrief
)

// Study reports whether a screen is one of the study screens (opened over the game).
func (id ScreenID) Study() bool { return id >= ScreenTreaty }
