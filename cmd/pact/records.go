package main

import (
	"errors"
	"fmt"
	"os"
	"strings"

	"github.com/spf13/cobra"

	"github.com/pactgame/pact/game"
	"github.com/pactgame/pact/game/calendar"
	"github.com/pactgame/pact/game/datafile"
	"github.com/pactgame/pact/game/record"
	"github.com/pactgame/pact/ui/saves"
)

// writeRecord writes a game's record atomically.
func writeRecord(path string, g *game.Game, players []game.Power, historical bool) error {
	if err := saves.Write(path, record.New(g, players, historical)); err != nil {
		return checkErr("%v", err)
	}
	return nil
}

// loadRecord reads a record file and its scenario; a bad file is a failed check (exit 1) with the
// located error and its excerpt on stderr.
func loadRecord(io stdio, path string) (*record.Record, *game.Scenario, error) {
	r, err := saves.Load(path)
	if err != nil {
		var errs datafile.ErrorList
		if errors.As(err, &errs) {
			data, _ := os.ReadFile(path)
			for i, e := range errs {
				if i == 5 {
					fmt.Fprintf(io.err, "… and %d more errors\n", len(errs)-5)
					break
				}
				fmt.Fprintln(io.err, e.Error())
				if ex := datafile.Excerpt(data, e.Pos); ex != "" && i == 0 {
					fmt.Fprintln(io.err, indent(ex, "    "))
				}
			}
			return nil, nil, checkErr("%s is not a valid Pact record (%d error%s)", path, len(errs), plural(len(errs)))
		}
		return nil, nil, checkErr("%v", err)
	}
	sc, err := loadScenario(r.Scenario)
	if err != nil {
		return nil, nil, checkErr("%s: %v", path, err)
	}
	return r, sc, nil
}

func init() {
	register(func(io stdio) *cobra.Command {
		var asJSON bool
		c := &cobra.Command{
			Use:   "replay FILE",
			Short: "Replay a record (every branch), verifying every month's state hash",
			Long: `Replay re-plays every line of a record from the scenario's start and checks the hash of the state
after every month. On a mismatch it names the line, the first month whose hash differs and the
parts of the state that differ, and exits 1.`,
			Args: cobra.ExactArgs(1),
			RunE: func(cmd *cobra.Command, args []string) error {
				r, sc, err := loadRecord(io, args[0])
				if err != nil {
					return err
				}
				results, err := r.Replay(sc)
				if results == nil {
					results = []record.Result{} // a record refused as a whole replays no line
				}
				if asJSON {
					out := map[string]any{"file": args[0], "scenario": r.Scenario, "seed": r.Seed, "ok": err == nil, "lines": results}
					if err != nil {
						out["error"] = err.Error()
					}
					if werr := writeJSON(io.out, out); werr != nil {
						return werr
					}
					if err != nil {
						return silentErr(1)
					}
					return nil
				}
				for _, res := range results {
					status := "ok"
					if !res.OK {
						status = "MISMATCH"
					}
					fmt.Fprintf(io.out, "%-12s %3d month%s  %s\n", res.Line, res.Turns, plural(res.Turns), status)
				}
				if err != nil {
					var m *record.Mismatch
					if errors.As(err, &m) {
						return checkErr("line %s: the state differs from the record in %s (%s); differing parts: %s",
							m.Line, m.Date, m.Date.Name(), strings.Join(m.Sections, ", "))
					}
					return checkErr("%v", strings.TrimPrefix(err.Error(), "record: "))
				}
				fmt.Fprintf(io.out, "%s: every line replays, hash for hash\n", args[0])
				return nil
			},
		}
		c.Flags().BoolVar(&asJSON, "json", false, "print the result as JSON")
		return c
	})
	register(func(io stdio) *cobra.Command {
		var at, name, parent string
		var decide []string
		var seed uint64
		c := &cobra.Command{
			Use:   "branch FILE --at YYYY-MM",
			Short: "Add a branch to a record, forking before a month",
			Long: `Branch adds a line to a record. It forks from a parent line (default: main) before month --at:
the months before are the parent's; in that month the --decide orders replace the parent's for
their powers (--decide POWER:DECISION, repeatable; an event's answer is EVENT/OPTION); then every
power's AI plays on to the end — with --seed N, chance from the fork comes from seed N. The record
is rewritten atomically, and the new branch's name is printed.`,
			Args: cobra.ExactArgs(1),
			RunE: func(cmd *cobra.Command, args []string) error {
				r, sc, err := loadRecord(io, args[0])
				if err != nil {
					return err
				}
				month, err := calendar.Parse(at)
				if err != nil {
					return usageErr("--at: %q is not a month written YYYY-MM", at)
				}
				if name == "" {
					name = r.NextName()
				}
				dec := map[game.Power][]string{}
				for _, d := range decide {
					ps, id, ok := strings.Cut(d, ":")
					if !ok || id == "" {
						return usageErr("--decide %q: write POWER:DECISION", d)
					}
					p, err := parsePower(ps)
					if err != nil {
						return err
					}
					dec[p] = append(dec[p], id)
				}
				var sp *uint64
				if cmd.Flags().Changed("seed") {
					sp = &seed
				}
				if _, err := r.Branch(sc, parent, name, month, dec, sp, game.AIPolicy); err != nil {
					var be *record.BranchError
					if errors.As(err, &be) {
						return usageErr("%s", be.Why)
					}
					return checkErr("%s: %v", args[0], strings.TrimPrefix(err.Error(), "record: "))
				}
				if err := saves.Write(args[0], r); err != nil {
					return checkErr("%v", err)
				}
				fmt.Fprintln(io.out, name)
				return nil
			},
		}
		c.Flags().StringVar(&at, "at", "", "the month the branch starts, YYYY-MM (required)")
		c.Flags().StringVar(&name, "name", "", "the branch's name (default branch-N)")
		c.Flags().StringVar(&parent, "from", record.MainLine, "the line to fork from")
		c.Flags().StringArrayVar(&decide, "decide", nil, "POWER:DECISION for the fork month (repeatable)")
		c.Flags().Uint64Var(&seed, "seed", 0, "a new seed for chance from the fork")
		_ = c.MarkFlagRequired("at")
		return c
	})
	register(func(io stdio) *cobra.Command {
		var a, b string
		var asJSON bool
		c := &cobra.Command{
			Use:   "compare FILE",
			Short: "Compare two lines of a record, month by month (default: main against history)",
			Long: `Compare sets two lines side by side, month by month: events, decisions, the pact's status, office
holders, statuses and key figures, and whether the states are identical. --b history compares a
line with the scenario's historical line (played with the record's seed).`,
			Args: cobra.ExactArgs(1),
			RunE: func(cmd *cobra.Command, args []string) error {
				r, sc, err := loadRecord(io, args[0])
				if err != nil {
					return err
				}
				ga, err := lineGame(r, sc, a)
				if err != nil {
					return err
				}
				gb, err := lineGame(r, sc, b)
				if err != nil {
					return err
				}
				cmp := record.Compare(ga, gb, a, b)
				if asJSON {
					return writeJSON(io.out, cmp)
				}
				if cmp.FirstDiff == "" {
					fmt.Fprintf(io.out, "%s and %s are identical, month for month.\n", a, b)
					return nil
				}
				fm, _ := calendar.Parse(cmp.FirstDiff)
				fmt.Fprintf(io.out, "%s and %s first differ in %s.\n\n", a, b, fm.Name())
				for _, t := range cmp.Turns {
					if t.Same && len(t.Differences) == 0 {
						continue
					}
					fmt.Fprintf(io.out, "%s\n", t.Date)
					for _, d := range t.Differences {
						fmt.Fprintf(io.out, "  - %s\n", d)
					}
				}
				return nil
			},
		}
		c.Flags().StringVar(&a, "a", record.MainLine, "the first line")
		c.Flags().StringVar(&b, "b", "history", "the second line, or history")
		c.Flags().BoolVar(&asJSON, "json", false, "print JSON")
		return c
	})
}

// lineGame replays a line of the record, or plays the historical line for "history".
func lineGame(r *record.Record, sc *game.Scenario, name string) (*game.Game, error) {
	if name == "history" {
		g := game.New(sc, r.Seed)
		if err := g.Run(game.HistoricalPolicy); err != nil {
			return nil, checkErr("%v", err)
		}
		return g, nil
	}
	if r.Line(name) == nil {
		return nil, usageErr("the record has no line %q (its lines: %s, and history)", name, strings.Join(r.Names(), ", "))
	}
	g, err := r.Build(sc, name)
	if err != nil {
		return nil, checkErr("%v", strings.TrimPrefix(err.Error(), "record: "))
	}
	return g, nil
}
