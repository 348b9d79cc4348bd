// Command pact is the one binary of Pact: the terminal game by default, and the headless
// sub-commands of the CLI contract (GAME.md) for scripts, tests and teachers.
package main

import (
	"fmt"
	"os"
)

func main() { os.Exit(Main()) }

// Main runs the command line and returns the exit status: 0 success, 1 a failed check, 2 a usage
// error. It never lets a panic escape as a stack trace.
func Main() (code int) {
	defer func() {
		if r := recover(); r != nil {
			fmt.Fprintf(os.Stderr, "pact: internal error: %v (please report it)\n", r)
			code = 3
		}
	}()
	return run(os.Args[1:], os.Stdin, os.Stdout, os.Stderr)
}
