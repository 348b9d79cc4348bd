package main

import (
	"fmt"
	"text/tabwriter"

	"github.com/spf13/cobra"

	"github.com/pactgame/pact/scenarios"
)

func init() {
	register(func(io stdio) *cobra.Command {
		var asJSON bool
		c := &cobra.Command{
			Use:   "scenarios",
			Short: "List the scenarios",
			Args:  cobra.NoArgs,
			RunE: func(cmd *cobra.Command, args []string) error {
				list, err := scenarios.List()
				if err != nil {
					return checkErr("%v", err)
				}
				if asJSON {
					return writeJSON(io.out, list)
				}
				tw := tabwriter.NewWriter(io.out, 2, 4, 2, ' ', 0)
				fmt.Fprintln(tw, "ID\tMONTHS\tTURNS\tTITLE")
				for _, s := range list {
					fmt.Fprintf(tw, "%s\t%s…%s\t%d\t%s\n", s.ID, s.Start, s.End, s.Turns, s.Title)
				}
				return tw.Flush()
			},
		}
		c.Flags().BoolVar(&asJSON, "json", false, "print JSON")
		return c
	})
}
