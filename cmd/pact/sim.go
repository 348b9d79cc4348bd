package main

import (
	"fmt"
	"strings"

	"github.com/spf13/cobra"

	"github.com/pactgame/pact/game"
)

type simOptions struct {
	scenario, power, record string
	seed                    uint64
	historical, asJSON      bool
}

func init() {
	register(func(io stdio) *cobra.Command {
		var o simOptions
		c := &cobra.Command{
			Use:   "sim",
			Short: "Play a whole campaign headless (AI for every power, or the historical line)",
			Long: `Sim plays a whole campaign without the terminal interface: every power decides by its AI doctrine,
or, with --historical, every power takes the documented historical choices. --power names the power
a player would lead (its score is reported first). --record writes the game's record, which
'pact replay' verifies and 'pact branch' extends.`,
			Args: cobra.NoArgs,
			RunE: func(cmd *cobra.Command, args []string) error { return runSim(io, o) },
		}
		c.Flags().StringVar(&o.scenario, "scenario", "pact-1934", "scenario id")
		c.Flags().StringVar(&o.power, "power", "france", "the power a player would lead")
		c.Flags().Uint64Var(&o.seed, "seed", 1, "seed for chance")
		c.Flags().BoolVar(&o.historical, "historical", false, "every power takes the historical choices")
		c.Flags().StringVar(&o.record, "record", "", "write the game's record to this file")
		c.Flags().BoolVar(&o.asJSON, "json", false, "print the campaign as JSON")
		return c
	})
}

// simJSON is the contract's shape of `pact sim --json`.
type simJSON struct {
	Scenario   string     `json:"scenario"`
	Seed       uint64     `json:"seed"`
	Power      string     `json:"power"`
	Historical bool       `json:"historical"`
	Turns      []turnJSON `json:"turns"`
	Outcome    outcome    `json:"outcome"`
}

type turnJSON struct {
	Date       string            `json:"date"`
	Hash       string            `json:"hash"`
	Events     []eventJSON       `json:"events"`
	Decisions  []decisionJSON    `json:"decisions"`
	Treaty     game.TreatyView   `json:"treaty"`
	State      game.StateView    `json:"state"`
	Votes      any               `json:"votes,omitempty"`
	Notes      []game.Note       `json:"notes"`
	Divergence []game.Divergence `json:"divergence"`
}

type eventJSON struct {
	ID             string `json:"id"`
	Title          string `json:"title"`
	HistoricalDate string `json:"historical_date,omitempty"`
	Power          string `json:"power,omitempty"`
	Option         string `json:"option,omitempty"`
	Choice         string `json:"choice,omitempty"`
	Dossier        string `json:"dossier,omitempty"`
}

type decisionJSON struct {
	Power   string        `json:"power"`
	ID      string        `json:"id"`
	Title   string        `json:"title"`
	Reasons []game.Reason `json:"reasons,omitempty"`
}

type outcome struct {
	Ended  string            `json:"ended"`
	Reason string            `json:"reason"`
	War    bool              `json:"war"`
	Scores map[string]int    `json:"scores"`
	Grades map[string]string `json:"grades"`
	Detail []scoreJSON       `json:"detail"`
}

type scoreJSON struct {
	Power    string   `json:"power"`
	Points   int      `json:"points"`
	Max      int      `json:"max"`
	Grade    string   `json:"grade"`
	Achieved []string `json:"achieved"`
	Missed   []string `json:"missed"`
}

func runSim(io stdio, o simOptions) error {
	sc, err := loadScenario(o.scenario)
	if err != nil {
		return err
	}
	player, err := parsePower(o.power)
	if err != nil {
		return err
	}
	policy := game.AIPolicy
	if o.historical {
		policy = game.HistoricalPolicy
	}
	g := game.New(sc, o.seed)
	if err := g.Run(policy); err != nil {
		return checkErr("%v", err)
	}
	hist := g
	if !o.historical {
		hist = game.New(sc, o.seed)
		if err := hist.Run(game.HistoricalPolicy); err != nil {
			return checkErr("%v", err)
		}
	}
	if o.record != "" {
		if err := writeRecord(o.record, g, []game.Power{player}, o.historical); err != nil {
			return err
		}
	}
	out := buildSimJSON(g, hist, player, o)
	if o.asJSON {
		return writeJSON(io.out, out)
	}
	printSim(io, g, out, player)
	return nil
}

func buildSimJSON(g, hist *game.Game, player game.Power, o simOptions) simJSON {
	div := game.Diverge(hist, g, player)
	out := simJSON{Scenario: g.Scenario.ID, Seed: o.seed, Power: player.ID(), Historical: o.historical, Turns: []turnJSON{}}
	for i, rep := range g.Reports {
		s := g.States[i+1]
		t := turnJSON{Date: rep.Date.String(), Hash: s.Hash(), Events: []eventJSON{}, Decisions: []decisionJSON{},
			Treaty: game.TreatyOf(s), State: game.View(s), Notes: rep.Notes, Divergence: div[i]}
		if t.Notes == nil {
			t.Notes = []game.Note{}
		}
		if len(rep.Votes) > 0 {
			t.Votes = rep.Votes
		}
		for _, e := range rep.Events {
			ej := eventJSON{ID: e.ID, Title: e.Title, Power: e.Power, Option: e.Option, Choice: e.Choice, Dossier: e.Dossier}
			if ev, ok := g.Scenario.Event(e.ID); ok {
				ej.HistoricalDate = ev.Date.String()
			}
			t.Events = append(t.Events, ej)
		}
		for _, d := range rep.Decisions {
			t.Decisions = append(t.Decisions, decisionJSON{Power: d.Power, ID: d.ID, Title: d.Title, Reasons: d.Reasons})
		}
		out.Turns = append(out.Turns, t)
	}
	last := g.Current()
	scores := game.Scores(g.Scenario, last)
	out.Outcome = outcome{Ended: last.Ending.Date.String(), Reason: last.Ending.Reason, War: last.Ending.War,
		Scores: map[string]int{}, Grades: map[string]string{}}
	order := append([]game.Power{player}, without(game.Powers[:], player)...)
	for _, p := range order {
		sc := scores[p]
		out.Outcome.Scores[p.ID()] = sc.Points
		out.Outcome.Grades[p.ID()] = sc.Grade
		out.Outcome.Detail = append(out.Outcome.Detail, scoreJSON{Power: p.ID(), Points: sc.Points, Max: sc.Max, Grade: sc.Grade,
			Achieved: nonNil(sc.Achieved), Missed: nonNil(sc.Missed)})
	}
	return out
}

func without(ps []game.Power, x game.Power) []game.Power {
	var out []game.Power
	for _, p := range ps {
		if p != x {
			out = append(out, p)
		}
	}
	return out
}

func nonNil(s []string) []string {
	if s == nil {
		return []string{}
	}
	return s
}

// printSim writes a readable month-by-month account.
func printSim(io stdio, g *game.Game, out simJSON, player game.Power) {
	mode := "every power by its AI doctrine"
	if out.Historical {
		mode = "the historical line"
	}
	fmt.Fprintf(io.out, "%s — %s, seed %d\n\n", g.Scenario.Title, mode, out.Seed)
	for _, t := range out.Turns {
		fmt.Fprintf(io.out, "%s  tension %d  pact %s  Rhineland %s\n", t.Date, t.State.Tension, t.Treaty.Status, t.State.Rhineland)
		for _, e := range t.Events {
			line := "  • " + e.Title
			if e.Choice != "" {
				line += " — " + e.Choice
			}
			fmt.Fprintln(io.out, line)
		}
		for _, d := range t.Decisions {
			if strings.Contains(d.ID, "/") && !strings.HasPrefix(d.ID, "crisis/") {
				continue // event answers are shown with their events
			}
			fmt.Fprintf(io.out, "  · %s: %s\n", d.Power, d.Title)
		}
		for _, n := range t.Notes {
			if n.Kind == "delayed" || n.Kind == "prevented" || n.Kind == "failed" || n.Kind == "war" {
				fmt.Fprintf(io.out, "  ! %s\n", n.Text)
			}
		}
	}
	fmt.Fprintf(io.out, "\nEnded %s: %s\n", out.Outcome.Ended, out.Outcome.Reason)
	for _, d := range out.Outcome.Detail {
		fmt.Fprintf(io.out, "  %-8s %3d / %3d  %s\n", d.Power, d.Points, d.Max, d.Grade)
	}
}
