package ui

import (
	"runtime/debug"

	tea "charm.land/bubbletea/v2"
)

// gcPercent keeps the heap close to what the game keeps alive (a few megabytes), so that the bursts
// of compiling the scenario and forecasting do not leave a large heap behind (their memory is
// returned to the system afterwards, see tidy). A soft memory limit did the same but, with the
// heap at the limit, made the collector run at every frame while the game sat idle.
const gcPercent = 10

// Run runs the interface in the terminal until the player quits. Extra program options (tests,
// other input and output) may be given.
func Run(opts Options, progOpts ...tea.ProgramOption) error {
	debug.SetGCPercent(gcPercent)
	_, err := tea.NewProgram(New(opts), progOpts...).Run()
	return err
}
