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
}

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
	// Status shows a message in the footer.
	Status struct {
		Text  string
		Error bool
	}
)

func (Back) action()         {}
func (Quit) action()         {}
func (Open) action()         {}
func (StartGame) action()    {}
func (SetupGame) action()    {}
func (Continue) action()     {}
func (Load) action()         {}
func (Toggle) action()       {}
func (Undo) action()         {}
func (TakeAdvice) action()   {}
func (EndMonth) action()     {}
func (ShowDossier) action()  {}
func (ShowGuide) action()    {}
func (WriteDebrief) action() {}
func (Branch) action()       {}
func (SwitchLine) action()   {}
func (Status) action()       {}

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
)

// Study reports whether a screen is one of the study screens (opened over the game).
func (id ScreenID) Study() bool { return id >= ScreenTreaty }
