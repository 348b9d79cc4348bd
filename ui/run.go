package ui

import (
	"runtime/debug"

	tea "charm.land/bubbletea/v2"
)

// memoryLimit is the soft limit of the Go heap while the game runs. The game keeps a few
// megabytes alive, but compiling the scenario and forecasting allocate much more, briefly; under
// the limit the runtime collects and returns that garbage to the system instead of keeping it.
const memoryLimit = 16 << 20

// Run runs the interface in the terminal until the player quits. Extra program options (tests,
// other input and output) may be given.
func Run(opts Options, progOpts ...tea.ProgramOption) error {
	debug.SetMemoryLimit(memoryLimit)
	_, err := tea.NewProgram(New(opts), progOpts...).Run()
	return err
}
