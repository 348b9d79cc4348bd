package record

import (
	"fmt"
	"strings"

	"github.com/pactgame/pact/game"
	"github.com/pactgame/pact/game/calendar"
)

// MonthDiff is how two lines differ in one month.
type MonthDiff struct {
	Date        string   `json:"date"`
	Same        bool     `json:"same"`
	Differences []string `json:"differences"`
}

// Comparison is a month-by-month comparison of two lines.
type Comparison struct {
	A         string      `json:"a"`
	B         string      `json:"b"`
	FirstDiff string      `json:"first_difference,omitempty"` // the first month that differs
	Turns     []MonthDiff `json:"turns"`
}

// Compare sets two played lines side by side, month by month: the events, the orders, the pact's
// status, the office holders, the statuses and key figures, and whether the states are identical
// (same hash). Months only one line reached are reported as such.
func Compare(a, b *game.Game, nameA, nameB string) *Comparison {
	c := &Comparison{A: nameA, B: nameB, Turns: []MonthDiff{}}
	n := max(len(a.Reports), len(b.Reports))
	for i := range n {
		var d MonthDiff
		switch {
		case i >= len(a.Reports):
			d = MonthDiff{Date: b.Reports[i].Date.String(), Differences: []string{fmt.Sprintf("%s has ended; %s plays on", nameA, nameB)}}
		case i >= len(b.Reports):
			d = MonthDiff{Date: a.Reports[i].Date.String(), Differences: []string{fmt.Sprintf("%s has ended; %s plays on", nameB, nameA)}}
		default:
			d = monthDiff(a, b, i, nameA, nameB)
		}
		if d.Differences == nil {
			d.Differences = []string{}
		}
		if !d.Same && c.FirstDiff == "" {
			c.FirstDiff = d.Date
		}
		c.Turns = append(c.Turns, d)
	}
	return c
}

func monthDiff(a, b *game.Game, i int, na, nb string) MonthDiff {
	ra, rb := a.Reports[i], b.Reports[i]
	sa, sb := a.States[i+1], b.States[i+1]
	d := MonthDiff{Date: ra.Date.String(), Same: sa.Hash() == sb.Hash()}
	ev := func(r *game.Report) map[string]string {
		m := map[string]string{}
		for _, e := range r.Events {
			m[e.ID] = e.Title
			if e.Choice != "" {
				m[e.ID] = e.Title + " — " + e.Choice
			}
		}
		return m
	}
	ea, eb := ev(ra), ev(rb)
	for _, e := range ra.Events {
		if t, ok := eb[e.ID]; !ok {
			d.Differences = append(d.Differences, fmt.Sprintf("event only in %s: %s", na, ea[e.ID]))
		} else if t != ea[e.ID] {
			d.Differences = append(d.Differences, fmt.Sprintf("event answered differently: %s (%s) / %s (%s)", ea[e.ID], na, t, nb))
		}
	}
	for _, e := range rb.Events {
		if _, ok := ea[e.ID]; !ok {
			d.Differences = append(d.Differences, fmt.Sprintf("event only in %s: %s", nb, eb[e.ID]))
		}
	}
	for _, p := range game.Powers {
		oa, ob := strings.Join(a.Orders[i].IDs(p), ", "), strings.Join(b.Orders[i].IDs(p), ", ")
		if oa != ob {
			d.Differences = append(d.Differences, fmt.Sprintf("%s's decisions: %s / %s", p.ID(), orEmpty(oa), orEmpty(ob)))
		}
	}
	for _, x := range game.StateDifferences(a.Scenario, sa, sb, nb) {
		d.Differences = append(d.Differences, x)
	}
	if !d.Same && len(d.Differences) == 0 {
		parts := differing(sa.Digests(), sb.Digests())
		if len(parts) == 1 && parts[0] == "rng" {
			d.Differences = append(d.Differences, "the states differ only in chance to come (the seed or the generator)")
		} else {
			d.Differences = append(d.Differences, "the states differ only in details below the comparison's thresholds, in: "+strings.Join(parts, ", "))
		}
	}
	return d
}

func orEmpty(s string) string {
	if s == "" {
		return "nothing"
	}
	return s
}

// Months is a helper for the month list of a comparison.
func Months(c *Comparison) []calendar.Month {
	var out []calendar.Month
	for _, t := range c.Turns {
		m, _ := calendar.Parse(t.Date)
		out = append(out, m)
	}
	return out
}
