package screens

import (
	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
)

// KeyMap is a screen's keys: the short list for the footer and the full help in titled groups.
type KeyMap interface {
	ShortHelp() []key.Binding
	FullHelp() [][]key.Binding
	Groups() []HelpGroup
}

// HelpGroup is one titled group of the full help.
type HelpGroup struct {
	Title string
	Keys  []key.Binding
}

func fullHelp(gs []HelpGroup) [][]key.Binding {
	out := make([][]key.Binding, len(gs))
	for i, g := range gs {
		out[i] = g.Keys
	}
	return out
}

func bind(keys []string, k, desc string) key.Binding {
	return key.NewBinding(key.WithKeys(keys...), key.WithHelp(k, desc))
}

// CommonKeys are the keys every screen answers.
type CommonKeys struct {
	Help, Quit, Back, Up, Down, PageUp, PageDown, Top, Bottom, Plain key.Binding
}

// DefaultCommonKeys are the common keys: arrows and vim keys to move, ? for help, q to quit.
func DefaultCommonKeys() CommonKeys {
	return CommonKeys{
		Help:     bind([]string{"?"}, "?", "help: every key"),
		Quit:     bind([]string{"q", "ctrl+c"}, "q/ctrl+c", "quit (saved)"),
		Back:     bind([]string{"esc"}, "esc", "back"),
		Up:       bind([]string{"up", "k"}, "↑/k", "up"),
		Down:     bind([]string{"down", "j"}, "↓/j", "down"),
		PageUp:   bind([]string{"pgup", "ctrl+u", "K"}, "pgup/K", "scroll text up"),
		PageDown: bind([]string{"pgdown", "ctrl+d", "J"}, "pgdn/J", "scroll text down"),
		Top:      bind([]string{"home", "g"}, "g/home", "first"),
		Bottom:   bind([]string{"end", "G"}, "G/end", "last"),
		Plain:    bind([]string{"P"}, "P", "screen-reader layout"),
	}
}

// TitleKeys are the title screen's keys.
type TitleKeys struct {
	CommonKeys
	Select key.Binding
}

// DefaultTitleKeys are the title screen's keys.
func DefaultTitleKeys() TitleKeys {
	return TitleKeys{CommonKeys: DefaultCommonKeys(), Select: bind([]string{"enter", "space"}, "enter", "select")}
}

func (k TitleKeys) ShortHelp() []key.Binding {
	return []key.Binding{k.Up, k.Down, k.Select, k.Help, k.Quit}
}
func (k TitleKeys) FullHelp() [][]key.Binding { return fullHelp(k.Groups()) }
func (k TitleKeys) Groups() []HelpGroup {
	return []HelpGroup{
		{"Menu", []key.Binding{k.Up, k.Down, k.Select, k.Back}},
		{"Pact", []key.Binding{k.Help, k.Plain, k.Quit}},
	}
}

// NewGameKeys are the new-game screen's keys.
type NewGameKeys struct {
	CommonKeys
	Prev, Next, Start key.Binding
}

// DefaultNewGameKeys are the new-game screen's keys.
func DefaultNewGameKeys() NewGameKeys {
	return NewGameKeys{CommonKeys: DefaultCommonKeys(),
		Prev:  bind([]string{"left", "h"}, "←/h", "previous choice"),
		Next:  bind([]string{"right", "l"}, "→/l", "next choice"),
		Start: bind([]string{"enter"}, "enter", "next field / begin"),
	}
}

func (k NewGameKeys) ShortHelp() []key.Binding {
	return []key.Binding{k.Start, k.Up, k.Down, k.Prev, k.Next, k.Back, k.Help}
}
func (k NewGameKeys) FullHelp() [][]key.Binding { return fullHelp(k.Groups()) }
func (k NewGameKeys) Groups() []HelpGroup {
	return []HelpGroup{
		{"Fields", []key.Binding{k.Up, k.Down, k.Prev, k.Next}},
		{"Text", []key.Binding{k.PageUp, k.PageDown}},
		{"Begin", []key.Binding{k.Start, k.Back, k.Help, k.Quit}},
	}
}

// PlayKeys are the main screen's keys.
type PlayKeys struct {
	CommonKeys
	Dispatches, Council, Report, Powers, Crisis, Map, NextPanel, PrevPanel key.Binding
	Choose, Undo, EndMonth, Dossier, Guide, PrevMonth, NextMonth, Advice   key.Binding
	Treaty, Encyclopedia, History, Records, Charts, Debrief                key.Binding
}

// DefaultPlayKeys are the main screen's keys.
func DefaultPlayKeys() PlayKeys {
	return PlayKeys{CommonKeys: DefaultCommonKeys(),
		Dispatches:   bind([]string{"1"}, "1", "dispatches"),
		Council:      bind([]string{"2"}, "2", "council"),
		Report:       bind([]string{"3"}, "3", "report"),
		Powers:       bind([]string{"4"}, "4", "powers"),
		Crisis:       bind([]string{"5"}, "5", "crisis ladder"),
		Map:          bind([]string{"m", "6"}, "m/6", "map of Europe"),
		NextPanel:    bind([]string{"tab", "right", "l"}, "tab/→", "next panel"),
		PrevPanel:    bind([]string{"shift+tab", "left", "h"}, "S-tab/←", "previous panel"),
		Choose:       bind([]string{"enter", "space"}, "enter", "choose / take back"),
		Undo:         bind([]string{"u", "backspace"}, "u", "undo the last choice"),
		Advice:       bind([]string{"a"}, "a", "ministers' advice"),
		EndMonth:     bind([]string{"e"}, "e", "end the month"),
		Dossier:      bind([]string{"d"}, "d", "the dossier"),
		Guide:        bind([]string{"f1", "i"}, "i", "first-month guide"),
		PrevMonth:    bind([]string{"["}, "[", "report: earlier"),
		NextMonth:    bind([]string{"]"}, "]", "report: later"),
		Treaty:       bind([]string{"T"}, "T", "treaty lab"),
		Encyclopedia: bind([]string{"E"}, "E", "encyclopedia"),
		History:      bind([]string{"H"}, "H", "history view"),
		Records:      bind([]string{"R"}, "R", "records, branches"),
		Charts:       bind([]string{"C"}, "C", "charts over time"),
		Debrief:      bind([]string{"D"}, "D", "the debrief"),
	}
}

func (k PlayKeys) ShortHelp() []key.Binding {
	return []key.Binding{k.Choose, k.Undo, k.EndMonth, k.NextPanel, k.Dossier, k.Help, k.Quit}
}
func (k PlayKeys) FullHelp() [][]key.Binding { return fullHelp(k.Groups()) }
func (k PlayKeys) Groups() []HelpGroup {
	return []HelpGroup{
		{"Orders", []key.Binding{k.Up, k.Down, k.Choose, k.Undo, k.Advice, k.EndMonth, k.Dossier}},
		{"Panels", []key.Binding{k.Dispatches, k.Council, k.Report, k.Powers, k.Crisis, k.Map, k.NextPanel, k.PrevPanel}},
		{"Study", []key.Binding{k.Treaty, k.Encyclopedia, k.History, k.Records, k.Charts, k.Debrief}},
		{"Pact", []key.Binding{k.Help, k.Guide, k.Plain, k.Quit}},
		{"Reading", []key.Binding{k.PageUp, k.PageDown, k.Top, k.Bottom, k.PrevMonth, k.NextMonth}},
	}
}

// StudyKeys are the keys of the study screens (treaty lab, encyclopedia, history, records) and the
// end screen; each uses the ones it needs.
type StudyKeys struct {
	CommonKeys
	Select, Search, Branch, Debrief, Dossier, NewGame key.Binding
	Treaty, Encyclopedia, History, Records            key.Binding
	Charts, DebriefView                               key.Binding
	groups                                            func(StudyKeys) []HelpGroup
	short                                             func(StudyKeys) []key.Binding
}

// DefaultStudyKeys are the study screens' keys.
func DefaultStudyKeys() StudyKeys {
	p := DefaultPlayKeys()
	return StudyKeys{CommonKeys: DefaultCommonKeys(),
		Select:       bind([]string{"enter"}, "enter", "open"),
		Search:       bind([]string{"/"}, "/", "search"),
		Branch:       bind([]string{"b"}, "b", "branch: replay from this month on a new line"),
		Debrief:      bind([]string{"w"}, "w", "write the debrief (Markdown)"),
		Dossier:      bind([]string{"d"}, "d", "dossier"),
		NewGame:      bind([]string{"n"}, "n", "new game"),
		Treaty:       p.Treaty,
		Encyclopedia: p.Encyclopedia,
		History:      p.History,
		Records:      p.Records,
		Charts:       p.Charts,
		DebriefView:  p.Debrief,
	}
}

func (k StudyKeys) ShortHelp() []key.Binding {
	if k.short != nil {
		return k.short(k)
	}
	return []key.Binding{k.Up, k.Down, k.Back, k.Help, k.Quit}
}
func (k StudyKeys) FullHelp() [][]key.Binding { return fullHelp(k.Groups()) }
func (k StudyKeys) Groups() []HelpGroup {
	if k.groups != nil {
		return k.groups(k)
	}
	return []HelpGroup{
		{"Move", []key.Binding{k.Up, k.Down, k.PageUp, k.PageDown}},
		{"Study", []key.Binding{k.Treaty, k.Encyclopedia, k.History, k.Records, k.Charts, k.DebriefView}},
		{"Pact", []key.Binding{k.Back, k.Help, k.Plain, k.Quit}},
	}
}

// StudyNav are the keys every study screen shares: the common keys, and the capitals that go
// from one study screen to another.
type StudyNav struct {
	CommonKeys
	Treaty, Encyclopedia, History, Records, Charts, Debrief key.Binding
}

// DefaultStudyNav are the study screens' shared keys.
func DefaultStudyNav() StudyNav {
	p := DefaultPlayKeys()
	return StudyNav{CommonKeys: DefaultCommonKeys(), Treaty: p.Treaty, Encyclopedia: p.Encyclopedia,
		History: p.History, Records: p.Records, Charts: p.Charts, Debrief: p.Debrief}
}

// studyGroup is the help group of the keys that open the study screens.
func (n StudyNav) studyGroup() HelpGroup {
	return HelpGroup{"Study", []key.Binding{n.Treaty, n.Encyclopedia, n.History, n.Records, n.Charts, n.Debrief}}
}

// pactGroup is the help group of the keys every screen answers.
func (n StudyNav) pactGroup() HelpGroup {
	return HelpGroup{"Pact", []key.Binding{n.Back, n.Help, n.Plain, n.Quit}}
}

// navigate answers the study screens' shared keys: another study screen, back, quit.
func (n StudyNav) navigate(k tea.KeyPressMsg) (Action, bool) {
	switch {
	case key.Matches(k, n.Back):
		return Back{}, true
	case key.Matches(k, n.Quit):
		return Quit{}, true
	case key.Matches(k, n.Treaty):
		return Open{ScreenTreaty}, true
	case key.Matches(k, n.Encyclopedia):
		return Open{ScreenEncyclopedia}, true
	case key.Matches(k, n.History):
		return Open{ScreenHistory}, true
	case key.Matches(k, n.Records):
		return Open{ScreenRecords}, true
	case key.Matches(k, n.Charts):
		return Open{ScreenCharts}, true
	case key.Matches(k, n.Debrief):
		return Open{ScreenDebrief}, true
	}
	return nil, false
}

// keyHelp is a keymap built from its short list and its groups.
type keyHelp struct {
	short  []key.Binding
	groups []HelpGroup
}

func (k keyHelp) ShortHelp() []key.Binding  { return k.short }
func (k keyHelp) FullHelp() [][]key.Binding { return fullHelp(k.groups) }
func (k keyHelp) Groups() []HelpGroup       { return k.groups }
