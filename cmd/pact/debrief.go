package main

import (
	"errors"
	"fmt"
	"strings"

	"github.com/spf13/cobra"

	"github.com/pactgame/pact/assets"
	"github.com/pactgame/pact/game"
	"github.com/pactgame/pact/game/record"
	"github.com/pactgame/pact/ui/debrief"
	"github.com/pactgame/pact/ui/saves"
)

func init() {
	register(func(io stdio) *cobra.Command {
		var branch, out string
		c := &cobra.Command{
			Use:   "debrief FILE",
			Short: "Write the Markdown debrief of a line of a record, compared with history",
			Long: `Debrief replays a line of a record (default: main), checking every month's hash, and writes its
debrief in Markdown: the outcome and the scores, the treaty's fate, the key decisions with their
consequences, and the month-by-month divergence from history with the real course of events and
its sources. Without --out it prints the debrief; with --out it writes the file atomically.`,
			Args: cobra.ExactArgs(1),
			RunE: func(cmd *cobra.Command, args []string) error {
				r, sc, err := loadRecord(io, args[0])
				if err != nil {
					return err
				}
				if r.Line(branch) == nil {
					return usageErr("the record has no line %q (its lines: %s)", branch, strings.Join(r.Names(), ", "))
				}
				lib, err := assets.Library()
				if err != nil {
					return checkErr("the reference library does not load: %v", err)
				}
				line, err := r.Build(sc, branch)
				if err != nil {
					var m *record.Mismatch
					if errors.As(err, &m) {
						return checkErr("%s: line %s does not replay: the state differs from the record in %s; differing parts: %s",
							args[0], m.Line, m.Date, strings.Join(m.Sections, ", "))
					}
					return checkErr("%s: %v", args[0], strings.TrimPrefix(err.Error(), "record: "))
				}
				hist := game.New(sc, r.Seed)
				if err := hist.Run(game.HistoricalPolicy); err != nil {
					return checkErr("%v", err)
				}
				p := game.France
				if len(r.Players) > 0 {
					p = r.Players[0]
				}
				md := debrief.Markdown(sc, line, hist, lib, debrief.Options{Power: p, Seed: r.Seed, Line: branch})
				if out == "" {
					_, err := fmt.Fprint(io.out, md)
					return err
				}
				if err := saves.WriteFile(out, []byte(md)); err != nil {
					return checkErr("%v", strings.TrimPrefix(err.Error(), "saves: "))
				}
				return nil
			},
		}
		c.Flags().StringVar(&branch, "branch", record.MainLine, "the line to debrief")
		c.Flags().StringVar(&out, "out", "", "write the debrief to this Markdown file")
		return c
	})
}
