package main

import "github.com/spf13/cobra"

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

func runTUI(io stdio, o playOptions) error {
	return usageErr("the terminal game is not built yet")
}
