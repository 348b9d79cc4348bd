package main

import (
	"errors"
	"os"
	"strings"

	"github.com/spf13/cobra"

	"github.com/pactgame/pact/game/record"
	"github.com/pactgame/pact/scenarios"
	"github.com/pactgame/pact/ui"
	"github.com/pactgame/pact/ui/saves"
	"github.com/pactgame/pact/ui/session"
)

// playOptions are the flags of `pact play`.
type playOptions struct {
	scenario, power string
	seed            int64
	seedSet         bool
	load            string
	cont            bool
}

func init() {
	register(func(io stdio) *cobra.Command {
		var o playOptions
		c := &cobra.Command{
			Use:   "play",
			Short: "Open the game straight into a new campaign (or a saved one)",
			Args:  cobra.NoArgs,
			RunE: func(cmd *cobra.Command, args []string) error {
				o.seedSet = cmd.Flags().Changed("seed")
				return runTUI(io, o)
			},
		}
		c.Flags().StringVar(&o.scenario, "scenario", "pact-1934", "scenario id")
		c.Flags().StringVar(&o.power, "power", "", "the power you lead: france, ussr, germany, britain, italy, belgium")
		c.Flags().Int64Var(&o.seed, "seed", 0, "seed for chance (default: a new one)")
		c.Flags().StringVar(&o.load, "load", "", "resume a saved record")
		c.Flags().BoolVar(&o.cont, "continue", false, "resume the last autosave")
		return c
	})
}

// runTUI checks the flags, makes the campaign they ask for (so that a bad scenario, power or file
// is one line on stderr, not a screen), and runs the terminal interface.
func runTUI(io stdio, o playOptions) error {
	opts, err := tuiOptions(o)
	if err != nil {
		return err
	}
	if err := ui.Run(opts); err != nil {
		return checkErr("the terminal interface failed: %v", err)
	}
	return nil
}

func tuiOptions(o playOptions) (ui.Options, error) {
	opts := ui.Options{Scenario: o.scenario, Power: o.power, Plain: os.Getenv("PACT_PLAIN") != ""}
	if o.load != "" && o.cont {
		return opts, usageErr("--load and --continue cannot be used together")
	}
	if o.seedSet && o.seed < 0 {
		return opts, usageErr("--seed must not be negative")
	}
	if o.load != "" || o.cont {
		var rec *record.Record
		var err error
		if o.cont {
			rec, _, err = saves.Latest()
			if errors.Is(err, saves.ErrNoAutosave) {
				return opts, usageErr("%s", trimPrefix(err.Error(), "saves: "))
			}
		} else {
			rec, err = saves.Load(o.load)
		}
		if err != nil {
			return opts, checkErr("%s", firstLine(err.Error()))
		}
		sc, err := loadScenario(rec.Scenario)
		if err != nil {
			return opts, err
		}
		s, err := session.Open(sc, rec, session.LatestLine(rec))
		if err != nil {
			return opts, checkErr("%s", firstLine(trimPrefix(err.Error(), "session: ")))
		}
		opts.Session = s
		return opts, nil
	}
	if o.scenario == "" {
		return opts, nil // `pact`: the title screen
	}
	if !shippedScenario(o.scenario) {
		if _, err := loadScenario(o.scenario); err != nil {
			return opts, err
		}
	}
	if o.power != "" {
		if _, err := parsePower(o.power); err != nil {
			return opts, err
		}
	}
	// The scenario is compiled and the campaign made by the interface itself, after its first
	// frame: compiling a scenario takes longer than a first frame should wait.
	opts.Seed, opts.SeedSet = uint64(o.seed), o.seedSet
	return opts, nil
}

// shippedScenario reports whether a scenario id names a shipped file (known without compiling).
func shippedScenario(id string) bool {
	for _, f := range scenarios.Files() {
		if strings.TrimSuffix(f, ".yaml") == id {
			return true
		}
	}
	return false
}
