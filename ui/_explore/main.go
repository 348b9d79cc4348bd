package main

import (
	"fmt"
	"strings"
	"time"

	"github.com/pactgame/pact/game"
	"github.com/pactgame/pact/scenarios"
)

func main() {
	sc, err := scenarios.Load("pact-1934")
	if err != nil {
		panic(err)
	}
	fmt.Println(sc.Title, sc.Start, sc.End, sc.Playable)
	fmt.Println("INTRO:", sc.Intro)
	for _, p := range game.Powers {
		fmt.Printf("== %s brief: %s\n", p.ID(), sc.Powers[p].Brief)
		for _, o := range sc.Powers[p].Objectives {
			fmt.Printf("   obj %d %s\n", o.Points, o.Text)
		}
		fmt.Println("   doctrine:", sc.Powers[p].Doctrine.Summary)
	}
	g := game.Start(sc, game.Setup{Seed: 7, Players: []game.Power{game.France}, Difficulty: game.Normal})
	for m := 0; m < 36 && !g.Over(); m++ {
		t, _ := g.Begin()
		s := g.Current()
		fmt.Printf("\n##### %s infl %d stab %d tension %d pact %s\n", s.Date.Name(), s.Powers[0].Influence, s.Powers[0].Stability, s.Global.Tension, s.Pact.Status)
		for _, f := range t.Fired {
			fmt.Printf("  EVENT [%s] %s (power %v, opts %d, dossier %s)\n", f.Source, f.Event.Title, f.Event.Power, len(f.Event.Options), f.Event.Dossier)
		}
		for _, n := range t.Notes {
			fmt.Printf("  NOTE %s: %s\n", n.Kind, n.Text)
		}
		ch := t.Choices(game.France)
		for _, c := range ch {
			fmt.Printf("  CHOICE %-8s %-40s %q cost=%+v hist=%v cur=%v rung=%d\n", c.Kind, c.ID, c.Title, c.Cost, c.Historical, c.Current, c.Rung)
		}
		if m == 0 || m == 26 {
			for _, c := range ch {
				t0 := time.Now()
				f, err := t.Forecast(game.France, c.ID)
				if err != nil {
					fmt.Println(err)
					continue
				}
				fmt.Printf("   FC %s (%v): ", c.ID, time.Since(t0))
				for _, ff := range f.Fields {
					fmt.Printf("%s %s; ", ff.Label, ff.Range)
				}
				for _, cc := range f.Chances {
					fmt.Printf("[%d%% %s] ", cc.Percent, cc.Text)
				}
				for _, r := range f.Responses {
					fmt.Printf("{%s %s %d/%d} ", r.Power, r.Title, r.With, r.Without)
				}
				fmt.Println()
				if c.Body != nil {
					for _, r := range c.Body.Reactions {
						fmt.Printf("     REACT %s %+d %s\n", r.Power, r.Relation, r.Text)
					}
				}
				v := t.Value(game.France, &c)
				fmt.Printf("     AI value %d: %v\n", v.Score, v.Reasons)
			}
			for _, d := range sc.Decisions {
				if d.Power == game.France {
					if w := t.WhyClosed(d); w != "" {
						fmt.Printf("  CLOSED %s: %s\n", d.Title, w)
					}
				}
			}
		}
		orders := game.OrdersFor(t, game.AIPolicy)
		rep, err := g.Apply(t, orders)
		if err != nil {
			panic(err)
		}
		if m < 3 || m == 26 {
			for _, c := range rep.ByImportance() {
				fmt.Printf("    CHG %-40s %s→%s (%+d) w%d [%s %s] %s since=%s\n", c.Label, c.From, c.To, c.Delta, c.Weight, c.Cause.Kind, c.Cause.Power, c.Cause.Text, c.Cause.Since)
			}
			for _, d := range rep.Decisions {
				var rs []string
				for _, r := range d.Reasons {
					rs = append(rs, fmt.Sprintf("%s(%d)", r.Text, r.Score))
				}
				fmt.Printf("    DEC %s %s: %s\n", d.Power, d.Title, strings.Join(rs, "; "))
			}
		}
		for _, n := range rep.Notes {
			fmt.Printf("    RNOTE %s %s\n", n.Kind, n.Text)
		}
		for _, v := range rep.Votes {
			fmt.Printf("    VOTE %s %s %d/%d/%d passed=%v groups=%d\n", v.Party, v.Body, v.For, v.Against, v.Abstain, v.Passed, len(v.Groups))
		}
	}
	s := g.Current()
	fmt.Println("END", s.Ending, s.Date)
	for _, sc2 := range game.Scores(sc, s) {
		fmt.Printf("%v %d/%d %s\n", sc2.Power, sc2.Points, sc2.Max, sc2.Grade)
	}
}
