package main

import (
	"errors"
	"fmt"
	"io"
	"strings"

	"github.com/spf13/cobra"
)

// version is the program's version; release builds set it with -ldflags "-X main.version=…".
var version = "0.1.0-dev"

// exitError carries an exit status and a one-line message to stderr.
type exitError struct {
	code int
	msg  string
}

func (e *exitError) Error() string { return e.msg }

// usageErr is a usage error: exit status 2.
func usageErr(format string, args ...any) error {
	return &exitError{code: 2, msg: fmt.Sprintf(format, args...)}
}

// checkErr is a failed check (validation, replay mismatch, a bad input file): exit status 1.
func checkErr(format string, args ...any) error {
	return &exitError{code: 1, msg: fmt.Sprintf(format, args...)}
}

// silentErr is an exit status whose messages have already been written.
func silentErr(code int) error { return &exitError{code: code} }

// stdio is what a command reads and writes.
type stdio struct {
	in       io.Reader
	out, err io.Writer
}

func run(args []string, in io.Reader, out, errw io.Writer) int {
	io := stdio{in: in, out: out, err: errw}
	root := newRoot(io)
	root.SetArgs(args)
	root.SetIn(in)
	root.SetOut(out)
	root.SetErr(errw)
	err := root.Execute()
	if err == nil {
		return 0
	}
	var ee *exitError
	if errors.As(err, &ee) {
		if ee.msg != "" {
			fmt.Fprintln(errw, "pact: "+ee.msg)
		}
		return ee.code
	}
	// Anything cobra itself reports (unknown command, bad flag, missing argument) is a usage error.
	fmt.Fprintln(errw, "pact: "+firstLine(err.Error()))
	return 2
}

func firstLine(s string) string {
	s, _, _ = strings.Cut(strings.TrimSpace(s), "\n")
	return s
}

func newRoot(io stdio) *cobra.Command {
	root := &cobra.Command{
		Use:   "pact",
		Short: "Pact — a diplomacy game of the Franco-Soviet pact, 1934–1936",
		Long: `Pact is a turn-based diplomacy game for the terminal. You lead France, the USSR, Germany,
Britain, Italy or Belgium, month by month from January 1934 to December 1936, and try to make the
Franco-Soviet pact real — or to break it.

Run without a command to open the game. The commands below play and inspect games headless, for
scripts, tests and teachers.`,
		Version:       version,
		SilenceErrors: true,
		SilenceUsage:  true,
		Args:          cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			return runTUI(io, playOptions{})
		},
	}
	root.SetFlagErrorFunc(func(c *cobra.Command, err error) error {
		return usageErr("%s (see '%s --help')", err, c.CommandPath())
	})
	root.CompletionOptions.DisableDefaultCmd = true
	for _, add := range commands {
		root.AddCommand(add(io))
	}
	return root
}

// commands are the sub-commands; each file of this package registers its own in an init function.
var commands []func(stdio) *cobra.Command

func register(f func(stdio) *cobra.Command) { commands = append(commands, f) }
