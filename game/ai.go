package game

import (
	"cmp"
	"fmt"
	"slices"
	"strings"
)

// aiMaxDecisions is the most council decisions an AI power takes in a month.
const aiMaxDecisions = 2

// Valuation is how an AI power values a choice: a score and the reasons that make it up.
type Valuation struct {
	Score   int
	Reasons []Reason
}

// Value scores a choice for power p by its doctrine: for each goal, the expected change of the
// goal's field times its weight; plus each AI term the data gives the choice; minus its price
// (two points per point of influence, and the goal weights of the stability, prestige and industry
// it costs). Expected changes count certain effects in full, cases that hold now in full, outcomes
// by their weight, and delayed effects at half.
func (t *Turn) Value(p Power, c *Choice) Valuation { return t.value(p, c, true) }

// score is Value without the reasons (the AI's menu is scored in full, but only the chosen
// orders need their reasons written out).
func (t *Turn) score(p Power, c *Choice) int { return t.value(p, c, false).Score }

type delta struct {
	f *Field
	d int
}

// Which of a body's expected changes expectedChanges walks.
const (
	allChanges     = iota
	staticChanges  // those that do not depend on the state: certain effects that add, outcomes, delays, follow-ups, reactions
	dynamicChanges // those that do: effects that set a field (their change depends on where it stands) and the cases that hold now
)

// expectedChanges walks the changes a body is expected to bring, for power p, as the AI counts
// them: certain effects in full, the cases whose conditions hold (per holds) in full, outcomes by
// their weight, delayed effects and later follow-ups at half, same-month follow-ups in full, and the
// relations the reactions foretell. s is the state the changes start from (nil for staticChanges).
func expectedChanges(sc *Scenario, b *Body, p Power, s *State, holds func([]*Expr) bool, part int, f func(*Field, int)) {
	walk := func(effs []Effect, num, den int, inCase bool) {
		for i := range effs {
			e := &effs[i]
			if e.Field == nil || e.Field.Kind != IntField {
				continue
			}
			dynamic := inCase || e.Op == OpSet
			if part == staticChanges && dynamic || part == dynamicChanges && !dynamic {
				continue
			}
			d := e.Mean()
			if e.Op == OpSet {
				d -= e.Field.Int(s)
			}
			f(e.Field, d*num/den)
		}
	}
	walk(b.Effects, 1, 1, false)
	if part != staticChanges {
		for _, cs := range b.Cases {
			if holds(cs.When) {
				walk(cs.Effects, 1, 1, true)
			}
		}
	}
	total := 0
	for _, o := range b.Outcomes {
		total += o.Weight
	}
	for _, o := range b.Outcomes {
		walk(o.Effects, o.Weight, max(total, 1), false)
	}
	for _, l := range b.Later {
		walk(l.Effects, 1, 2, false)
	}
	// A follow-up the choice schedules is part of what it does: in full when it comes the same
	// month, at half when it comes later (it may yet be prevented).
	for _, fu := range b.Follow {
		if e, ok := sc.Event(fu.Event); ok && len(e.Options) == 0 {
			if fu.In == 0 {
				walk(e.Body.Effects, 1, 1, false)
			} else {
				walk(e.Body.Effects, 1, 2, false)
			}
		}
	}
	if part != dynamicChanges {
		for _, r := range b.Reactions {
			if r.Relation != 0 && r.Power != p {
				f(sc.relationField(p, r.Power), r.Relation)
			}
		}
	}
}

// goalWeight is what one point of change of field f is worth to power p's doctrine.
func (sc *Scenario) goalWeight(p Power, f *Field) int {
	w := 0
	for _, g := range sc.Powers[p].Doctrine.Goals {
		if g.Field == f {
			w += g.Weight
		}
	}
	return w
}

// staticValues are, for each body and power, the part of its value that does not depend on the
// state (expectedChanges' static changes times the goals' weights): the AI scores its menu with it
// and adds the rest each month.
func (sc *Scenario) indexStaticValues() {
	sc.static = map[*Body]*[NumPowers]int{}
	add := func(b *Body) {
		if _, done := sc.static[b]; done {
			return
		}
		var v [NumPowers]int
		for _, p := range Powers {
			expectedChanges(sc, b, p, nil, nil, staticChanges, func(f *Field, d int) { v[p] += d * sc.goalWeight(p, f) })
		}
		sc.static[b] = &v
	}
	for _, d := range sc.Decisions {
		add(&d.Body)
	}
	for _, e := range sc.Events {
		for _, o := range e.Options {
			add(&o.Body)
		}
	}
}

func (t *Turn) value(p Power, c *Choice, reasons bool) Valuation {
	var v Valuation
	if c.Body == nil {
		return v
	}
	sc := t.Scenario
	doc := &sc.Powers[p].Doctrine
	b := c.Body
	if st, ok := sc.static[b]; ok && !reasons {
		// The score alone: the static part, known from the scenario, and the changes that depend on
		// the state. (Goals are linear in the changes, so the parts add up to the whole.)
		v.Score = st[p]
		expectedChanges(sc, b, p, t.State, t.holds, dynamicChanges, func(f *Field, d int) { v.Score += d * sc.goalWeight(p, f) })
		return t.addTerms(p, c, v, false)
	}
	var buf [48]delta
	deltas := buf[:0]
	expectedChanges(sc, b, p, t.State, t.holds, allChanges, func(f *Field, d int) {
		for i := range deltas {
			if deltas[i].f == f {
				deltas[i].d += d
				return
			}
		}
		deltas = append(deltas, delta{f, d})
	})
	for _, g := range doc.Goals {
		d := 0
		for _, x := range deltas {
			if x.f == g.Field {
				d = x.d
				break
			}
		}
		if pts := d * g.Weight; pts != 0 {
			v.Score += pts
			if !reasons {
				continue
			}
			if i := slices.IndexFunc(v.Reasons, func(r Reason) bool { return r.Text == g.Why }); i >= 0 {
				v.Reasons[i].Score += pts
			} else {
				v.Reasons = append(v.Reasons, Reason{Text: g.Why, Score: pts})
			}
		}
	}
	v.Reasons = slices.DeleteFunc(v.Reasons, func(r Reason) bool { return r.Score == 0 })
	return t.addTerms(p, c, v, reasons)
}

// addTerms adds to a valuation the choice's AI terms, the weight of history and the price.
func (t *Turn) addTerms(p Power, c *Choice, v Valuation, reasons bool) Valuation {
	doc := &t.Scenario.Powers[p].Doctrine
	b := c.Body
	for _, term := range b.AI {
		x, err := term.Score.evalInt(t.env)
		if err != nil || x == 0 {
			continue
		}
		v.Score += x
		if reasons {
			v.Reasons = append(v.Reasons, Reason{Text: term.Why, Score: x})
		}
	}
	if c.Historical && doc.HistoryBias != 0 && c.Kind != ChoiceCrisis {
		v.Score += doc.HistoryBias
		if reasons {
			v.Reasons = append(v.Reasons, Reason{Text: "the course the real government took", Score: doc.HistoryBias})
		}
	}
	if price := 2*c.Cost.Influence + t.costWeight(p, c.Cost); price != 0 {
		v.Score -= price
		if reasons {
			v.Reasons = append(v.Reasons, Reason{Text: "its price", Score: -price})
		}
	}
	if reasons {
		slices.SortStableFunc(v.Reasons, func(a, b Reason) int { return cmp.Compare(abs(b.Score), abs(a.Score)) })
	}
	return v
}

func abs(x int) int { return max(x, -x) }

// costWeight is what the non-influence part of a price weighs for p's doctrine.
func (t *Turn) costWeight(p Power, c Cost) int {
	if c.Stability == 0 && c.Prestige == 0 && c.Industry == 0 {
		return 0
	}
	w := 0
	for _, g := range t.Scenario.Powers[p].Doctrine.Goals {
		if g.Field.Power != p {
			continue
		}
		switch g.Field.Path[len(p.ID())+1:] {
		case "stability":
			w += c.Stability * g.Weight
		case "prestige":
			w += c.Prestige * g.Weight
		case "industry":
			w += c.Industry * g.Weight
		}
	}
	return w
}

// aiRNG is the stream of chance an AI power draws its small variations from this month.
func (t *Turn) aiRNG(p Power) RNG {
	return RNG{S: mix(mix(t.State.Seed, uint64(t.State.Date)), 1000+uint64(p))}
}

// AIOrders are power p's choices by its doctrine, each with the reasons that made it choose. An AI
// answers every event put to it with its best-valued option, takes its preferred rung in each open
// crisis, and takes up to two council decisions whose value is positive and that it can afford
// while keeping its doctrine's reserve of influence. A little seeded variation (a few points) keeps
// different seeds from playing identical games.
func (t *Turn) AIOrders(p Power) []Order {
	rng := t.aiRNG(p)
	// The choices are scored in the order Choices lists them (the events' options, then the council
	// decisions), each drawing its variation in turn. A power whose menu has not been listed (an AI
	// power's) is scored without making the list: its decisions are scored one by one.
	// The best option of each event put to the power (the first of the highest scores).
	type best struct {
		group string
		i     int // in events
		score int
	}
	var bestBuf [8]best
	bests := bestBuf[:0]
	var events []Choice
	var eventBuf [16]Choice
	if t.listed[p] {
		events = t.choices[p]
	} else {
		events = t.eventChoices(p, eventBuf[:0])
	}
	for i := range events {
		c := &events[i]
		if c.Kind != ChoiceEvent {
			continue
		}
		sc := t.score(p, c)
		v := sc + noise(&rng, sc)
		switch g := slices.IndexFunc(bests, func(b best) bool { return b.group == c.Group }); {
		case g < 0:
			bests = append(bests, best{c.Group, i, v})
		case v > bests[g].score:
			bests[g].i, bests[g].score = i, v
		}
	}
	type scoredDecision struct {
		d     *Decision
		score int
	}
	council := make([]scoredDecision, 0, 32)
	if t.listed[p] {
		for i := range t.choices[p] {
			if c := &t.choices[p][i]; c.Kind == ChoiceDecision {
				sc := t.score(p, c)
				council = append(council, scoredDecision{c.Decision, sc + noise(&rng, sc)})
			}
		}
	} else {
		for i, d := range t.Scenario.Decisions {
			if d.Power == p && t.decisionOpenAt(i, d) {
				c := t.decisionChoice(d)
				sc := t.score(p, &c)
				council = append(council, scoredDecision{d, sc + noise(&rng, sc)})
			}
		}
	}
	var out []Order
	budget := t.State.Powers[p].Influence
	for _, b := range bests {
		c := &events[b.i]
		out = append(out, Order{ID: c.ID, Reasons: t.Value(p, c).Reasons})
		budget -= c.Cost.Influence
	}
	out = append(out, t.aiCrisisOrders(p)...)
	for _, o := range out {
		if _, move, ok := parseCrisisChoice(o.ID); ok {
			if rg := rungOf(move); rg >= 0 {
				budget -= rungCost[rg].Influence
			}
		}
	}
	slices.SortStableFunc(council, func(a, b scoredDecision) int {
		return cmp.Or(cmp.Compare(b.score, a.score), cmp.Compare(a.d.ID, b.d.ID))
	})
	reserve := t.Scenario.Powers[p].Doctrine.Caution
	taken := 0
	for _, sc := range council {
		if taken == aiMaxDecisions || sc.score <= 0 {
			break
		}
		cost := sc.d.Body.Cost.Influence
		if cost > budget-reserve && cost > 0 {
			continue
		}
		c := t.decisionChoice(sc.d)
		out = append(out, Order{ID: sc.d.ID, Reasons: t.Value(p, &c).Reasons})
		budget -= cost
		taken++
	}
	if budget < 0 {
		// Crisis stances and event answers cost more than the power has: drop the council decisions.
		out = slices.DeleteFunc(out, func(o Order) bool { _, ok := t.Scenario.Decision(o.ID); return ok })
	}
	return out
}

// noise is a seeded variation of a few points, larger for larger scores.
func noise(r *RNG, score int) int {
	spread := 2 + abs(score)/10
	return r.Range(-spread, spread)
}

// aiCrisisOrders are p's moves in the open crises: an opponent takes the rung its stance gives
// (never beyond what it can pay); the aggressor withdraws when force confronts it and either its
// hidden fallback says so or the pressure exceeds its resolve.
func (t *Turn) aiCrisisOrders(p Power) []Order {
	s := t.State
	var out []Order
	inPlay := t.crisesInPlay()
	for i := range inPlay {
		c := &inPlay[i]
		def, _ := t.Scenario.CrisisDef(c.ID)
		if def.Aggressor == p {
			if c.Opened == s.Date {
				continue // it has just acted
			}
			peak := 0
			for _, q := range def.Opponents {
				peak = max(peak, c.Rungs[q])
			}
			pressure := Pressure(s, def, c)
			resolve := t.AggressorResolve(def)
			move, why := "hold", fmt.Sprintf("pressure %d does not outweigh resolve %d", pressure, resolve)
			if peak >= RungMobilise && (c.Fallback || pressure > resolve) {
				move = "withdraw"
				why = fmt.Sprintf("force confronts it (pressure %d against resolve %d)", pressure, resolve)
			}
			out = append(out, Order{ID: crisisChoiceID(c.ID, move), Reasons: []Reason{{Text: why, Score: pressure - resolve}}})
			continue
		}
		if !slices.Contains(def.Opponents, p) || def.Stance[p] == nil {
			continue
		}
		want, err := def.Stance[p].evalInt(t.env)
		if err != nil {
			continue
		}
		want = min(max(want, 0), NumRungs-1)
		for want > 0 && rungCost[want].Influence > s.Powers[p].Influence {
			want--
		}
		if want == c.Rungs[p] {
			continue
		}
		out = append(out, Order{ID: crisisChoiceID(c.ID, RungIDs[want]),
			Reasons: []Reason{{Text: "its doctrine's stance on " + strings.ToLower(def.Title), Score: want}}})
	}
	return out
}

// HistoricalOrders are power p's documented historical choices this month: the historical option
// of each event put to it, the council decisions really taken this month (when they are open), and
// the rungs really taken in crises.
func (t *Turn) HistoricalOrders(p Power) []Order {
	var out []Order
	choices := t.Choices(p)
	done := map[string]bool{}
	for _, c := range choices {
		if c.Kind == ChoiceEvent && c.Historical && !done[c.Group] {
			out = append(out, Order{ID: c.ID, Reasons: []Reason{{Text: "the historical choice"}}})
			done[c.Group] = true
		}
	}
	for _, c := range choices {
		if c.Kind == ChoiceEvent && c.Required && !done[c.Group] {
			// No option is marked historical (a what-if event): the AI's choice stands in.
			for _, o := range t.AIOrders(p) {
				if opt, ok := t.Scenario.Option(o.ID); ok && opt.Event.ID == c.Group {
					out = append(out, o)
				}
			}
			done[c.Group] = true
		}
	}
	budget := t.State.Powers[p].Influence
	for _, c := range choices {
		if c.Kind == ChoiceDecision && c.Historical && c.Cost.Influence <= budget {
			out = append(out, Order{ID: c.ID, Reasons: []Reason{{Text: "the historical choice"}}})
			budget -= c.Cost.Influence
		}
	}
	for _, c := range choices {
		if c.Kind != ChoiceCrisis || !c.Historical || c.Current || c.Rung < 0 {
			continue
		}
		if c.Cost.Influence <= budget {
			out = append(out, Order{ID: c.ID, Reasons: []Reason{{Text: "the historical stance"}}})
			budget -= c.Cost.Influence
		}
	}
	// Where history gives no answer the power's doctrine decides, as the AI would: an opponent
	// without a historical rung, and always the aggressor — whose doctrine holds while no one
	// confronts it with force, which is what history saw, and weighs retreat when someone does.
	for _, o := range t.aiCrisisOrders(p) {
		crisis, move, _ := parseCrisisChoice(o.ID)
		def, _ := t.Scenario.CrisisDef(crisis)
		if def.Aggressor == p && move == "withdraw" || def.Aggressor != p && !def.HistoricalSet[p] {
			out = append(out, o) // holding firm is the default: no order needed
		}
	}
	return out
}
