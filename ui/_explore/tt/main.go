package main

import (
	tea "charm.land/bubbletea/v2"
)

type m struct{ w int }

func (x m) Init() tea.Cmd { return nil }
func (x m) Update(msg tea.Msg) (tea.Model, tea.Cmd) {
	if s, ok := msg.(tea.WindowSizeMsg); ok {
		x.w = s.Width
	}
	if k, ok := msg.(tea.KeyPressMsg); ok && k.String() == "q" {
		return x, tea.Quit
	}
	return x, nil
}
func (x m) View() tea.View { v := tea.NewView("PACT hello"); v.AltScreen = true; return v }
func main()                { tea.NewProgram(m{}).Run() }
