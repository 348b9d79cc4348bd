package record

import (
	"fmt"
	"strings"

	"github.com/pactgame/pact/game"
	"github.com/pactgame/pact/game/calendar"
)

// MonthDiff is how two lines differ in one month: the differences in words, and the same as data.
type MonthDiff struct {
	Date        string   `json:"date"`
	Same        bool     `json:"same"`
	Differences []string `json:"differences"`
	Items       []Item   `json:"items"`
}

// Item is one difference between two lines in a month.
type Item struct {
	// Kind is event-only (an event in one line only), event-choice (an event answered differently),
	// decision (a council decision or crisis move one line's power made and the other's did not),
	// ended (one line has ended), detail (the states differ below the comparison's thresholds), or
	// a kind of state difference: treaty, status, office, figure, tie.
	Kind  string `json:"kind"`
	ID    string `json:"id,omitempty"`    // the event, decision, field or tie
	Power string `json:"power,omitempty"` // for decisions and event answers: the power
	Only  string `json:"only,omitempty"`  // event-only, decision, ended: the line that alone has it (or plays on)
	A     string `json:"a,omitempty"`     // the value or answer in line A, where there is one
	B     string `json:"b,omitempty"`     // … in line B
	Text  string `json:"text"`
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
			d = MonthDiff{Date: b.Reports[i].Date.String()}
			d.add(Item{Kind: "ended", Only: nameB, Text: fmt.Sprintf("%s has ended; %s plays on", nameA, nameB)})
		case i >= len(b.Reports):
			d = MonthDiff{Date: a.Reports[i].Date.String()}
			d.add(Item{Kind: "ended", Only: nameA, Text: fmt.Sprintf("%s has ended; %s plays on", nameB, nameA)})
		default:
			d = monthDiff(a, b, i, nameA, nameB)
		}
		if d.Differences == nil {
			d.Differences = []string{}
		}
		if d.Items == nil {
			d.Items = []Item{}
		}
		if !d.Same && c.FirstDiff == "" {
			c.FirstDiff = d.Date
		}
		c.Turns = append(c.Turns, d)
	}
	return c
}

func (d *MonthDiff) add(it Item) {
	d.Items = append(d.Items, it)
	d.Differences = append(d.Differences, it.Text)
}

func monthDiff(a, b *game.Game, i int, na, nb string) MonthDiff {
	sc := a.Scenario
	ra, rb := a.Reports[i], b.Reports[i]
	sa, sb := a.States[i+1], b.States[i+1]
	d := MonthDiff{Date: ra.Date.String(), Same: sa.Hash() == sb.Hash()}
	events := func(r *game.Report) map[string]game.ReportEvent {
		m := map[string]game.ReportEvent{}
		for _, e := range r.Events {
			m[e.ID] = e
		}
		return m
	}
	title := func(e game.ReportEvent) string {
		if e.Choice != "" {
			return e.Title + " — " + e.Choice
		}
		return e.Title
	}
	ea, eb := events(ra), events(rb)
	for _, e := range ra.Events {
		if o, ok := eb[e.ID]; !ok {
			d.add(Item{Kind: "event-only", ID: e.ID, Only: na, A: e.Option, Text: fmt.Sprintf("only in %s: %s", na, title(e))})
		} else if o.Option != e.Option {
			d.add(Item{Kind: "event-choice", ID: e.ID, Power: e.Power, A: e.Option, B: o.Option,
				Text: fmt.Sprintf("%s: “%s” in %s, “%s” in %s", e.Title, e.Choice, na, o.Choice, nb)})
		}
	}
	for _, e := range rb.Events {
		if _, ok := ea[e.ID]; !ok {
			d.add(Item{Kind: "event-only", ID: e.ID, Only: nb, B: e.Option, Text: fmt.Sprintf("only in %s: %s", nb, title(e))})
		}
	}
	for _, x := range game.OrderDivergence(sc, b.Orders[i], a.Orders[i], nb) { // power by power
		p, _ := game.ParsePower(x.Power)
		t, _ := sc.OrderTitle(x.ID)
		in, notIn := na, nb
		if x.Line == "" {
			in, notIn = nb, na
		}
		d.add(Item{Kind: "decision", ID: x.ID, Power: x.Power, Only: in, Text: fmt.Sprintf("%s took “%s” in %s, not in %s", p.Title(), t, in, notIn)})
	}
	for _, x := range game.StateDivergences(sc, sa, sb, nb) {
		d.add(Item{Kind: x.Kind, ID: x.ID, A: x.Line, B: x.History, Text: x.Text})
	}
	if !d.Same && len(d.Items) == 0 {
		parts := differing(sa.Digests(), sb.Digests())
		if len(parts) == 1 && parts[0] == "rng" {
			d.add(Item{Kind: "detail", ID: "rng", Text: "the states differ only in chance to come (the seed or the generator)"})
		} else {
			d.add(Item{Kind: "detail", ID: strings.Join(parts, ","), Text: "the states differ only in details below the comparison's thresholds, in: " + strings.Join(parts, ", ")})
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
