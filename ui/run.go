package ui

import (
	tea "charm.land/bubbletea/v2"
)

// Run runs the interface in the terminal until the player quits. Extra program options (tests,
// other input and output) may be given.
func Run(opts Options, progOpts ...tea.ProgramOption) error {
	_, err := tea.NewProgram(New(opts), progOpts...).Run()
	return err
}
