package game

import (
	"cmp"
	"fmt"
	"slices"
	"strconv"
	"strings"
)

// Rollouts is how many seeded futures a forecast plays: odd, so the median is one of them; with
// eleven, the 10th and 90th percentiles are the second and tenth values.
const Rollouts = 11

// Range is a forecast of a change: its 10th, 50th and 90th percentiles.
type Range struct {
	P10 int `json:"p10"`
	P50 int `json:"p50"`
	P90 int `json:"p90"`
}

// Certain reports whether every rollout agreed.
func (r Range) Certain() bool { return r.P10 == r.P90 }

// FieldForecast is the forecast change of one field.
type FieldForecast struct {
	Field string `json:"field"`
	Label string `json:"label"`
	Range
}

// Chance is a forecast probability of something that may or may not happen.
type Chance struct {
	Text    string `json:"text"`
	Percent int    `json:"percent"`
}

// Response is a move another power becomes more (or less) likely to make because of a choice.
type Response struct {
	Power   string `json:"power"`
	ID      string `json:"id"`
	Title   string `json:"title"`
	With    int    `json:"with"`    // in how many rollouts of Rollouts it follows the choice
	Without int    `json:"without"` // and how many without it
}

// Forecast is what a choice is expected to do, against not taking it, over its horizon.
type Forecast struct {
	ID        string          `json:"id"`
	Horizon   int             `json:"horizon"` // months played in each rollout
	Fields    []FieldForecast `json:"fields"`
	Chances   []Chance        `json:"chances"`
	Responses []Response      `json:"responses"`
}

// Forecast plays Rollouts seeded futures of this month with power p taking the choice, and as
// many without it (same seeds: common random numbers, so the difference is the choice's), each for
// the choice's horizon — one month, or until its last delayed effect lands, at most four — with
// every other decision by the AI. It reports the change of each field the choice touches as
// p10/p50/p90 of the differences, the chances of the things that may happen (outcomes, votes,
// crises, war), and the other powers' moves that become likelier.
func (t *Turn) Forecast(p Power, choiceID string) (*Forecast, error) {
	var ch *Choice
	for _, c := range t.Choices(p) {
		if c.ID == choiceID {
			ch = &c
			break
		}
	}
	if ch == nil {
		return nil, fmt.Errorf("game: %s cannot take %q in %s", p, choiceID, t.State.Date)
	}
	horizon := 1
	if ch.Body != nil {
		for _, l := range ch.Body.Later {
			horizon = max(horizon, l.In+1)
		}
	}
	horizon = min(horizon, 4)
	tracked := t.trackedFields(p, ch)
	with := t.rollouts(p, ch, horizon, true)
	without := t.rollouts(p, ch, horizon, false)
	f := &Forecast{ID: choiceID, Horizon: horizon}
	for _, fld := range tracked {
		diffs := make([]int, Rollouts)
		for i := range Rollouts {
			diffs[i] = fld.Int(with[i].end) - fld.Int(without[i].end)
		}
		slices.Sort(diffs)
		r := Range{P10: diffs[1], P50: diffs[Rollouts/2], P90: diffs[Rollouts-2]}
		if r == (Range{}) && fld.Path != "tension" {
			continue
		}
		f.Fields = append(f.Fields, FieldForecast{Field: fld.Path, Label: fld.Label, Range: r})
	}
	f.Chances = chances(with, without)
	f.Responses = t.responses(p, with, without)
	return f, nil
}

// rollout is one seeded future, kept small: a month's futures are cached while it is played.
type rollout struct {
	end   *State
	marks []string            // what happened that a forecast counts: pact changes, votes, outcomes, war
	next  [NumPowers][]string // the ids of the orders of the month after this one (when the horizon reaches it)
}

// trackedFields are the fields a choice's consequences touch, plus tension: the fields a player
// needs to weigh it.
func (t *Turn) trackedFields(p Power, ch *Choice) []*Field {
	seen := map[string]bool{}
	var out []*Field
	add := func(f *Field) {
		if f != nil && f.Kind == IntField && !seen[f.Path] {
			seen[f.Path] = true
			out = append(out, f)
		}
	}
	addEffects := func(effs []Effect) {
		for i := range effs {
			add(effs[i].Field)
		}
	}
	if b := ch.Body; b != nil {
		addEffects(b.Effects)
		for _, c := range b.Cases {
			addEffects(c.Effects)
		}
		for _, o := range b.Outcomes {
			addEffects(o.Effects)
		}
		for _, l := range b.Later {
			addEffects(l.Effects)
		}
		for _, r := range b.Reactions {
			f := t.Scenario.relationField(p, r.Power)
			add(f)
		}
	}
	if ch.Crisis != nil {
		f, _ := t.Scenario.Fields.Lookup(ch.Crisis.Aggressor.ID() + ".prestige")
		add(f)
		f, _ = t.Scenario.Fields.Lookup(p.ID() + ".stability")
		add(f)
	}
	// Tension always; the power's own influence only where the choice changes it beyond its price
	// (the price is shown apart).
	f, _ := t.Scenario.Fields.Lookup("tension")
	add(f)
	slices.SortStableFunc(out, func(a, b *Field) int { return cmp.Compare(b.Weight, a.Weight) })
	return out
}

// rollouts plays the futures with or without the choice. A future is determined by its seed, the
// horizon and power p's orders (the others are the AI's): futures already played this month —
// most often the "without" futures, which are the same for every choice the AI would not take —
// are reused.
func (t *Turn) rollouts(p Power, ch *Choice, horizon int, take bool) []rollout {
	out := make([]rollout, Rollouts)
	for i := range Rollouts {
		s := t.State.Clone()
		s.Seed = mix(t.State.Seed, 0xf0ecA57+uint64(i))
		turn, _ := Begin(t.Scenario, s)
		mine := t.ordersWith(turn, p, ch, take)
		ids := make([]string, len(mine))
		for j, o := range mine {
			ids[j] = o.ID
		}
		key := fmt.Sprintf("%d/%d/%s/%s", i, horizon, p, strings.Join(ids, ","))
		if ro, ok := t.futures[key]; ok {
			out[i] = ro
			continue
		}
		var orders Orders
		for _, q := range Powers {
			if q != p {
				orders[q] = turn.AIOrders(q)
			}
		}
		orders[p] = mine
		var ro rollout
		next, rep, err := turn.Resolve(orders)
		if err != nil {
			// The AI's answer with or without the choice overspent: fall back to the choice alone.
			orders[p] = requiredOnly(turn, p, ch, take)
			next, rep, err = turn.Resolve(orders)
			if err != nil {
				ro.end = t.State
				out[i] = ro
				continue
			}
		}
		ro.markFirst(rep)
		ro.markNotes(rep.Notes)
		for m := 1; m < horizon && !next.Ended; m++ {
			tt, err := Begin(t.Scenario, next)
			if err != nil {
				break
			}
			o := OrdersFor(tt, AIPolicy)
			if m == 1 {
				for _, q := range Powers {
					ro.next[q] = o.IDs(q)
				}
			}
			n2, r2, err := tt.Resolve(o)
			if err != nil {
				break
			}
			ro.markNotes(r2.Notes)
			next = n2
		}
		ro.end = next
		out[i] = ro
		if t.futures == nil {
			t.futures = map[string]rollout{}
		}
		t.futures[key] = ro
	}
	return out
}

// markFirst notes what the first month of a future did to the pact: its changes of status and the
// votes on it.
func (r *rollout) markFirst(rep *Report) {
	for _, c := range rep.Changes {
		if c.Field == "pact.status" {
			r.marks = append(r.marks, "the pact becomes "+c.To)
		}
	}
	for _, v := range rep.Votes {
		if v.Passed {
			r.marks = append(r.marks, fmt.Sprintf("the %s passes the pact", v.Body))
		} else {
			r.marks = append(r.marks, fmt.Sprintf("the %s rejects the pact", v.Body))
		}
	}
}

// markNotes notes the outcomes drawn, the failures and the war of a month of a future.
func (r *rollout) markNotes(notes []Note) {
	for _, n := range notes {
		switch n.Kind {
		case "outcome", "failed":
			r.marks = append(r.marks, n.Text)
		case "war":
			r.marks = append(r.marks, "general war: "+n.Text)
		}
	}
}

// ordersWith is p's AI orders with the choice forced in (or kept out).
func (t *Turn) ordersWith(turn *Turn, p Power, ch *Choice, take bool) []Order {
	var out []Order
	for _, o := range turn.AIOrders(p) {
		c := choiceIn(turn, p, o.ID)
		if c == nil || c.ID == ch.ID || (c.Group == ch.Group && take) {
			continue
		}
		out = append(out, o)
	}
	if take {
		out = append(out, Order{ID: ch.ID})
	} else if ch.Required {
		// The event must be answered: without this option, the AI's other choice stands in.
		for _, c := range turn.Choices(p) {
			if c.Group == ch.Group && c.ID != ch.ID && !slices.ContainsFunc(out, func(o Order) bool { return o.ID == c.ID }) {
				if !slices.ContainsFunc(out, func(o Order) bool { x := choiceIn(turn, p, o.ID); return x != nil && x.Group == ch.Group }) {
					out = append(out, Order{ID: c.ID})
				}
				break
			}
		}
	}
	return out
}

// requiredOnly is the least a power can order: the choice, and an answer to every event.
func requiredOnly(turn *Turn, p Power, ch *Choice, take bool) []Order {
	var out []Order
	groups := map[string]bool{}
	if take {
		out = append(out, Order{ID: ch.ID})
		groups[ch.Group] = true
	}
	for _, c := range turn.Choices(p) {
		if c.Required && !groups[c.Group] && (take || c.ID != ch.ID) {
			out = append(out, Order{ID: c.ID})
			groups[c.Group] = true
		}
	}
	return out
}

func choiceIn(t *Turn, p Power, id string) *Choice {
	for _, c := range t.Choices(p) {
		if c.ID == id {
			return &c
		}
	}
	return nil
}

// chances counts what happened in the futures with the choice and compares it with those without:
// pact changes, outcomes, crises, war.
func chances(with, without []rollout) []Chance {
	count := func(rs []rollout) (map[string]int, []string) {
		m := map[string]int{}
		var order []string
		for _, r := range rs {
			seen := map[string]bool{}
			mark := func(k string) {
				if !seen[k] {
					seen[k] = true
					if _, ok := m[k]; !ok {
						order = append(order, k)
					}
					m[k]++
				}
			}
			for _, k := range r.marks {
				mark(k)
			}
			if r.end != nil && r.end.Ended && r.end.Ending.War {
				mark("a general war ends the campaign")
			}
		}
		return m, order
	}
	w, order := count(with)
	wo, _ := count(without)
	var out []Chance
	for _, k := range order {
		if w[k] != wo[k] {
			out = append(out, Chance{Text: k, Percent: w[k] * 100 / Rollouts})
		}
	}
	return out
}

// responses lists the other powers' next-month moves that the choice makes likelier.
func (t *Turn) responses(p Power, with, without []rollout) []Response {
	count := func(rs []rollout) map[string]int {
		m := map[string]int{}
		for _, r := range rs {
			for _, q := range Powers {
				if q == p {
					continue
				}
				for _, id := range r.next[q] {
					m[q.ID()+"\x00"+id]++
				}
			}
		}
		return m
	}
	w, wo := count(with), count(without)
	var out []Response
	for _, k := range sortedKeys(w) {
		if w[k]-wo[k] < 3 {
			continue
		}
		pid, id := splitKey(k)
		title := id
		if d, ok := t.Scenario.Decision(id); ok {
			title = d.Title
		} else if o, ok := t.Scenario.Option(id); ok {
			title = o.Event.Title + ": " + o.Title
		}
		out = append(out, Response{Power: pid, ID: id, Title: title, With: w[k], Without: wo[k]})
	}
	slices.SortStableFunc(out, func(a, b Response) int { return cmp.Compare(b.With-b.Without, a.With-a.Without) })
	if len(out) > 4 {
		out = out[:4]
	}
	return out
}

func sortedKeys(m map[string]int) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	return keys
}

func splitKey(k string) (string, string) {
	for i := range len(k) {
		if k[i] == 0 {
			return k[:i], k[i+1:]
		}
	}
	return k, ""
}

// String writes a range as "+3", "+2…+6" or "−1…+4".
func (r Range) String() string {
	if r.Certain() {
		return signed(r.P50)
	}
	return signed(r.P10) + "…" + signed(r.P90)
}

func signed(v int) string {
	if v > 0 {
		return "+" + strconv.Itoa(v)
	}
	if v < 0 {
		return "−" + strconv.Itoa(-v)
	}
	return "0"
}
