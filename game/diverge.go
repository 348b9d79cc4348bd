package game

import (
	"fmt"
	"slices"

	"github.com/pactgame/pact/game/calendar"
)

// Divergence is one way a line differs from history in a month.
type Divergence struct {
	Kind    string `json:"kind"` // event-missing, event-delayed, event-early, event-new, choice, decision, treaty, office, status, figure, tie, ended
	ID      string `json:"id,omitempty"`
	Power   string `json:"power,omitempty"` // for a decision: the power that took it (or did not)
	Text    string `json:"text"`
	History string `json:"history,omitempty"` // what history had
	Line    string `json:"line,omitempty"`    // what this line has
}

// keyFigures are the numbers compared with history, and how far they may drift before it counts.
var keyFigures = []struct {
	path      string
	tolerance int
}{
	{"tension", 10}, {"league_credibility", 10}, {"germany.rearmament", 10}, {"france.stability", 12},
	{"relations.france.ussr", 15}, {"relations.france.britain", 15}, {"relations.germany.italy", 15},
	{"france.readiness", 12}, {"germany.levers.risk_appetite", 15}, {"belgium.levers.neutrality_drift", 15},
}

// Diverge compares a line with the historical line of the same scenario, month by month: for each
// month the line played, the list of its differences from history (empty where it follows history).
// Both games start from the same scenario; the historical line is normally played with the same seed.
// Council decisions count for every power when they are real decision points (history dates them),
// and all of them for the players' powers.
func Diverge(hist, line *Game, players ...Power) [][]Divergence {
	out := make([][]Divergence, len(line.Reports))
	histWhen := firedMonths(hist)
	lineWhen := firedMonths(line)
	titles := map[string]string{}
	for _, e := range line.Scenario.Events {
		titles[e.ID] = e.Title
	}
	for i, rep := range line.Reports {
		d := []Divergence{}
		date := rep.Date
		if i >= len(hist.Reports) {
			d = append(d, Divergence{Kind: "ended", Text: "history has ended; this line plays on"})
			out[i] = d
			continue
		}
		hrep := hist.Reports[i]
		hs, ls := hist.States[i+1], line.States[i+1]
		hEvents, lEvents := eventChoices(hrep), eventChoices(rep)
		for _, id := range sortedKeys2(hEvents) {
			if _, ok := lEvents[id]; ok {
				continue
			}
			when, fired := lineWhen[id]
			switch {
			case fired && when > date:
				d = append(d, Divergence{Kind: "event-delayed", ID: id, Text: fmt.Sprintf("%s: in history this month; in this line %s", titles[id], when.Name()),
					History: date.String(), Line: when.String()})
			case fired && when < date:
				// already reported when it happened early
			default:
				why := ""
				if w := whyNot(line, i, id); w != "" {
					why = " (" + w + ")"
				}
				d = append(d, Divergence{Kind: "event-missing", ID: id, Text: fmt.Sprintf("%s: in history this month; it has not happened in this line%s", titles[id], why),
					History: date.String()})
			}
		}
		for _, id := range sortedKeys2(lEvents) {
			hopt, inHist := hEvents[id]
			if inHist {
				if lopt := lEvents[id]; lopt != hopt {
					d = append(d, Divergence{Kind: "choice", ID: id, Text: fmt.Sprintf("%s: chose %q where history chose %q", titles[id], optionTitle(line.Scenario, id, lopt), optionTitle(line.Scenario, id, hopt)),
						History: hopt, Line: lopt})
				}
				continue
			}
			when, fired := histWhen[id]
			switch {
			case fired && when > date:
				d = append(d, Divergence{Kind: "event-early", ID: id, Text: fmt.Sprintf("%s: in this line now; in history %s", titles[id], when.Name()),
					History: when.String(), Line: date.String()})
			case fired && when < date:
				d = append(d, Divergence{Kind: "event-delayed", ID: id, Text: fmt.Sprintf("%s: happens now; in history it came in %s", titles[id], when.Name()),
					History: when.String(), Line: date.String()})
			default:
				d = append(d, Divergence{Kind: "event-new", ID: id, Text: fmt.Sprintf("%s: this never happened in history", titles[id]), Line: date.String()})
			}
		}
		for _, x := range OrderDivergence(line.Scenario, hist.Orders[i], line.Orders[i], "history") {
			p, _ := ParsePower(x.Power)
			if dec, ok := line.Scenario.Decision(x.ID); slices.Contains(players, p) || ok && len(dec.Historical) > 0 {
				d = append(d, x)
			}
		}
		d = append(d, stateDivergence(line.Scenario, hs, ls, "history")...)
		if ls.Ended && !hs.Ended {
			d = append(d, Divergence{Kind: "ended", Text: "this line ends here: " + ls.Ending.Reason})
		}
		out[i] = d
	}
	return out
}

// stateDivergence compares two states: the pact, the statuses, the office holders, the ties and
// the key figures.
func stateDivergence(sc *Scenario, h, l *State, other string) []Divergence {
	var d []Divergence
	if h.Pact.Status != l.Pact.Status {
		lw, hw := ValueWords("pact.status", string(l.Pact.Status)), ValueWords("pact.status", string(h.Pact.Status))
		d = append(d, Divergence{Kind: "treaty", ID: "pact.status", Text: fmt.Sprintf("the pact is %s; in %s, %s", lw, other, hw),
			History: string(h.Pact.Status), Line: string(l.Pact.Status)})
	}
	if h.Pact.Terms != l.Pact.Terms && l.Pact.Status != "none" {
		d = append(d, Divergence{Kind: "treaty", ID: "pact.terms", Text: "the pact's terms differ from " + other + "'s: " + TermsWords(l.Pact.Terms),
			History: termsString(h.Pact.Terms), Line: termsString(l.Pact.Terms)})
	}
	for _, f := range sc.Fields.All() {
		switch f.Kind {
		case EnumField:
			if hv, lv := f.Format(h), f.Format(l); hv != lv {
				d = append(d, Divergence{Kind: "status", ID: f.Path, Text: fmt.Sprintf("%s: %s; in %s, %s", f.Label,
					ValueWords(f.Path, lv), other, ValueWords(f.Path, hv)), History: hv, Line: lv})
			}
		case BoolField:
			if hv, lv := f.Format(h), f.Format(l); hv != lv {
				yes, no := "yes", "no"
				if lv == "false" {
					yes, no = no, yes
				}
				d = append(d, Divergence{Kind: "status", ID: f.Path, Text: fmt.Sprintf("%s: %s; in %s, %s", f.Label, yes, other, no), History: hv, Line: lv})
			}
		case NameField:
			if hv, lv := f.Str(h), f.Str(l); hv != lv {
				d = append(d, Divergence{Kind: "office", ID: f.Path, Text: fmt.Sprintf("%s: %s; in %s, %s", f.Label, lv, other, hv), History: hv, Line: lv})
			}
		}
	}
	for _, k := range keyFigures {
		f, ok := sc.Fields.Lookup(k.path)
		if !ok {
			continue
		}
		hv, lv := f.Int(h), f.Int(l)
		if abs(hv-lv) > k.tolerance {
			d = append(d, Divergence{Kind: "figure", ID: f.Path, Text: fmt.Sprintf("%s: %d; in %s, %d", f.Label, lv, other, hv),
				History: fmt.Sprint(hv), Line: fmt.Sprint(lv)})
		}
	}
	for _, t := range sc.Ties {
		flag := "tie." + t.ID
		if hv, lv := h.HasFlag(flag), l.HasFlag(flag); hv != lv {
			state := "is in force"
			if !lv {
				state = "is not in force"
			}
			d = append(d, Divergence{Kind: "tie", ID: t.ID, Text: fmt.Sprintf("%s %s here, unlike in %s", t.Name, state, other),
				History: fmt.Sprint(hv), Line: fmt.Sprint(lv)})
		}
	}
	return d
}

// OrderDivergence compares two months' council decisions and crisis moves, power by power: what
// one line's government did that the other's did not ("decision", ID the decision, Power the power).
// Event answers are compared with the events.
func OrderDivergence(sc *Scenario, other, line Orders, otherName string) []Divergence {
	var d []Divergence
	for _, p := range Powers {
		in := func(os []Order, id string) bool {
			return slices.ContainsFunc(os, func(o Order) bool { return o.ID == id })
		}
		for _, o := range line[p] {
			if title, ok := sc.OrderTitle(o.ID); ok && !in(other[p], o.ID) {
				d = append(d, Divergence{Kind: "decision", ID: o.ID, Power: p.ID(),
					Text: fmt.Sprintf("%s took “%s”, which %s did not this month", p.Title(), title, otherSubject(otherName)), Line: o.ID})
			}
		}
		for _, o := range other[p] {
			if title, ok := sc.OrderTitle(o.ID); ok && !in(line[p], o.ID) {
				d = append(d, Divergence{Kind: "decision", ID: o.ID, Power: p.ID(),
					Text: fmt.Sprintf("%s did not take “%s”, as %s did this month", p.Title(), title, otherSubject(otherName)), History: o.ID})
			}
		}
	}
	return d
}

// otherSubject names the other line as the subject of a sentence: history's government is "the real
// government"; another line is itself.
func otherSubject(name string) string {
	if name == "history" {
		return "the real government"
	}
	return name
}

// OrderTitle names a council decision or a crisis move ("Partial mobilisation (The Rhineland
// crisis)"); ok is false for event answers and unknown ids.
func (sc *Scenario) OrderTitle(id string) (string, bool) {
	if dec, ok := sc.Decision(id); ok {
		return dec.Title, true
	}
	if crisis, move, ok := parseCrisisChoice(id); ok {
		def, found := sc.CrisisDef(crisis)
		if !found {
			return id, true
		}
		if rg := rungOf(move); rg >= 0 {
			return RungTitles[rg] + " (" + def.Title + ")", true
		}
		return def.AggressorTitle(move) + " (" + def.Title + ")", true
	}
	return "", false
}

// firedMonths maps each event id to the month it (first) fired in a game.
func firedMonths(g *Game) map[string]calendar.Month {
	m := map[string]calendar.Month{}
	for _, r := range g.Reports {
		for _, e := range r.Events {
			if _, ok := m[e.ID]; !ok {
				m[e.ID] = r.Date
			}
		}
	}
	return m
}

// eventChoices maps the events of a report to the option chosen ("" for none).
func eventChoices(r *Report) map[string]string {
	m := make(map[string]string, len(r.Events))
	for _, e := range r.Events {
		m[e.ID] = e.Option
	}
	return m
}

// whyNot finds the note of month i saying why an event did not happen.
func whyNot(g *Game, i int, id string) string {
	for _, n := range g.Reports[i].Notes {
		if n.ID == id && (n.Kind == "delayed" || n.Kind == "prevented") {
			return n.Text
		}
	}
	if e, ok := g.Scenario.Event(id); ok && (e.From.IsZero() || e.Trigger) {
		return "what would have set it off did not happen"
	}
	return ""
}

func optionTitle(sc *Scenario, event, opt string) string {
	if o, ok := sc.Option(event + "/" + opt); ok {
		return o.Title
	}
	return opt
}

func sortedKeys2(m map[string]string) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	return keys
}

// StateDifferences lists, in words, how two states of the same scenario differ: the pact, the
// statuses, the office holders, the ties and the key figures beyond their tolerance.
func StateDifferences(sc *Scenario, a, b *State, nameB string) []string {
	var out []string
	for _, d := range stateDivergence(sc, b, a, nameB) {
		out = append(out, d.Text)
	}
	return out
}

// StateDivergences is StateDifferences as data: Line holds a's value, History b's.
func StateDivergences(sc *Scenario, a, b *State, nameB string) []Divergence {
	return stateDivergence(sc, b, a, nameB)
}
