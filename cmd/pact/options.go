package main

import (
	"fmt"
	"strings"

	"github.com/spf13/cobra"

	"github.com/pactgame/pact/game"
	"github.com/pactgame/pact/game/calendar"
	"github.com/pactgame/pact/game/record"
)

type optionsFlags struct {
	scenario, record, branch, power, at string
	seed                                uint64
	asJSON                              bool
}

func init() {
	register(func(io stdio) *cobra.Command {
		var o optionsFlags
		c := &cobra.Command{
			Use:   "options (--scenario ID [--seed N] | --record FILE [--branch B]) --power P [--at YYYY-MM]",
			Short: "The decisions open to a power at a month, with price, forecasts and expected reactions",
			Long: `Options lists what a power may do in a month: the answers to the events put to it, its council
decisions and its moves in open crises — each with its price, its forecast consequences as
10th–50th–90th percentile ranges (from seeded rollouts against not taking it) and the other powers'
expected reactions. With --scenario the month is reached along the historical line (default: the
scenario's first month); with --record, along the record's line (default: its next month).`,
			Args: cobra.NoArgs,
			RunE: func(cmd *cobra.Command, args []string) error { return runOptions(io, o) },
		}
		c.Flags().StringVar(&o.scenario, "scenario", "", "scenario id")
		c.Flags().Uint64Var(&o.seed, "seed", 1, "seed for chance (with --scenario)")
		c.Flags().StringVar(&o.record, "record", "", "a record file")
		c.Flags().StringVar(&o.branch, "branch", record.MainLine, "the record's line (with --record)")
		c.Flags().StringVar(&o.power, "power", "", "the power (required)")
		c.Flags().StringVar(&o.at, "at", "", "the month, YYYY-MM")
		c.Flags().BoolVar(&o.asJSON, "json", false, "print JSON")
		_ = c.MarkFlagRequired("power")
		return c
	})
}

type optionJSON struct {
	ID         string                `json:"id"`
	Title      string                `json:"title"`
	Kind       string                `json:"kind"`
	Category   string                `json:"category"`
	Group      string                `json:"group"`
	Required   bool                  `json:"required,omitempty"`
	Historical bool                  `json:"historical,omitempty"`
	Text       string                `json:"text,omitempty"`
	Cost       map[string]int        `json:"cost"`
	Forecast   map[string]game.Range `json:"forecast"`
	Labels     map[string]string     `json:"labels"`
	Chances    []game.Chance         `json:"chances"`
	Reactions  []reactionJSON        `json:"reactions"`
	AI         []game.Reason         `json:"ai_view"`
}

type reactionJSON struct {
	Power    string `json:"power"`
	Relation int    `json:"relation,omitempty"`
	Text     string `json:"text"`
	Kind     string `json:"kind"` // "expected" (scenario data) or "likely" (forecast)
}

func runOptions(io stdio, o optionsFlags) error {
	p, err := parsePower(o.power)
	if err != nil {
		return err
	}
	var g *game.Game
	switch {
	case o.scenario != "" && o.record != "":
		return usageErr("give --scenario or --record, not both")
	case o.record != "":
		r, sc, err := loadRecord(io, o.record)
		if err != nil {
			return err
		}
		if r.Line(o.branch) == nil {
			return usageErr("the record has no line %q (its lines: %s)", o.branch, strings.Join(r.Names(), ", "))
		}
		g, err = r.Build(sc, o.branch)
		if err != nil {
			return checkErr("%v", err)
		}
		if o.at != "" {
			m, err := calendar.Parse(o.at)
			if err != nil {
				return usageErr("--at: %q is not a month written YYYY-MM", o.at)
			}
			idx := m.Sub(sc.Start)
			if idx < 0 || idx > len(g.Reports) {
				return usageErr("--at %s: the line runs %s to %s", o.at, sc.Start, g.Current().Date)
			}
			g.Truncate(idx)
		}
	default:
		id := o.scenario
		if id == "" {
			id = "pact-1934"
		}
		sc, err := loadScenario(id)
		if err != nil {
			return err
		}
		g = game.New(sc, o.seed)
		if o.at != "" {
			m, err := calendar.Parse(o.at)
			if err != nil {
				return usageErr("--at: %q is not a month written YYYY-MM", o.at)
			}
			if m < sc.Start || m > sc.End {
				return usageErr("--at %s: the scenario runs %s to %s", o.at, sc.Start, sc.End)
			}
			for g.Current().Date < m && !g.Over() {
				if _, err := g.Step(game.HistoricalPolicy); err != nil {
					return checkErr("%v", err)
				}
			}
		}
	}
	if g.Over() {
		return checkErr("the campaign has ended (%s); there are no decisions to take", g.Current().Ending.Reason)
	}
	t, err := g.Begin()
	if err != nil {
		return checkErr("%v", err)
	}
	s := t.State
	out := struct {
		Date      string       `json:"date"`
		Power     string       `json:"power"`
		Influence int          `json:"influence"`
		Events    []string     `json:"events"`
		Options   []optionJSON `json:"options"`
	}{Date: s.Date.String(), Power: p.ID(), Influence: s.Powers[p].Influence, Events: t.Events(), Options: []optionJSON{}}
	for _, c := range t.Choices(p) {
		oj := optionJSON{ID: c.ID, Title: c.Title, Kind: string(c.Kind), Category: c.Category, Group: c.Group, Required: c.Required,
			Historical: c.Historical, Text: c.Text, Cost: costMap(c.Cost), Forecast: map[string]game.Range{}, Labels: map[string]string{},
			Chances: []game.Chance{}, Reactions: []reactionJSON{}, AI: []game.Reason{}}
		if c.Body != nil {
			for _, r := range c.Body.Reactions {
				oj.Reactions = append(oj.Reactions, reactionJSON{Power: r.Power.ID(), Relation: r.Relation, Text: r.Text, Kind: "expected"})
			}
			oj.AI = t.Value(p, &c).Reasons
		}
		if f, err := t.Forecast(p, c.ID); err == nil {
			for _, ff := range f.Fields {
				oj.Forecast[ff.Field] = ff.Range
				oj.Labels[ff.Field] = ff.Label
			}
			oj.Chances = f.Chances
			for _, r := range f.Responses {
				oj.Reactions = append(oj.Reactions, reactionJSON{Power: r.Power, Kind: "likely",
					Text: fmt.Sprintf("likely to answer: %s (%d of %d futures, %d without it)", r.Title, r.With, game.Rollouts, r.Without)})
			}
		}
		out.Options = append(out.Options, oj)
	}
	if o.asJSON {
		return writeJSON(io.out, out)
	}
	fmt.Fprintf(io.out, "%s — %s, %d influence\n", calendar.MustParse(out.Date).Name(), p.Title(), out.Influence)
	for _, oj := range out.Options {
		mark := " "
		if oj.Historical {
			mark = "h"
		}
		fmt.Fprintf(io.out, "\n%s %s  [%s]  %s\n", mark, oj.ID, oj.Category, oj.Title)
		if len(oj.Cost) > 0 {
			var parts []string
			for _, k := range []string{"influence", "stability", "prestige", "industry"} {
				if v, ok := oj.Cost[k]; ok {
					parts = append(parts, fmt.Sprintf("%s %d", k, v))
				}
			}
			fmt.Fprintf(io.out, "    price: %s\n", strings.Join(parts, ", "))
		}
		for _, k := range sortedForecastKeys(oj) {
			fmt.Fprintf(io.out, "    %-40s %s\n", oj.Labels[k], oj.Forecast[k].String())
		}
		for _, ch := range oj.Chances {
			fmt.Fprintf(io.out, "    %3d%%  %s\n", ch.Percent, ch.Text)
		}
		for _, r := range oj.Reactions {
			fmt.Fprintf(io.out, "    %s: %s\n", r.Power, r.Text)
		}
	}
	return nil
}

func costMap(c game.Cost) map[string]int {
	m := map[string]int{}
	if c.Influence != 0 {
		m["influence"] = c.Influence
	}
	if c.Stability != 0 {
		m["stability"] = c.Stability
	}
	if c.Prestige != 0 {
		m["prestige"] = c.Prestige
	}
	if c.Industry != 0 {
		m["industry"] = c.Industry
	}
	if len(m) == 0 {
		m["influence"] = 0
	}
	return m
}

func sortedForecastKeys(o optionJSON) []string {
	keys := make([]string, 0, len(o.Forecast))
	for k := range o.Forecast {
		keys = append(keys, k)
	}
	// Stable, readable order: by label.
	for i := 1; i < len(keys); i++ {
		for j := i; j > 0 && o.Labels[keys[j]] < o.Labels[keys[j-1]]; j-- {
			keys[j], keys[j-1] = keys[j-1], keys[j]
		}
	}
	return keys
}
