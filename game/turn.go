package game

import (
	"errors"
	"fmt"
	"slices"
	"strings"

	"github.com/pactgame/pact/game/calendar"
)

// Turn is a month being played: the state at its start, the events that fire (phase 1), and the
// choices open to each power (phases 2 and 3). Resolve turns it into the next state (phases 4–5).
type Turn struct {
	Scenario *Scenario
	State    *State // the state at the start of the month; never changed
	Fired    []FiredEvent
	Notes    []Note // scheduled events delayed this month, and why

	missed  []Missed
	env     *Env
	opening []string // crises that this month's events open for certain
	choices [NumPowers][]Choice
	listed  [NumPowers]bool
	futures map[string]rollout // forecasts' futures already played this month
	taken   []calendar.Month   // the month each council decision was last taken (by its power), by index
	open    []int8             // whether each council decision is open this month: 0 not yet known, 1 open, −1 closed
	scratch *[]Change          // a working list for the report's changes, lent by the game (nil: none)
}

// orderCount is how many orders the powers gave.
func orderCount(o *Orders) int {
	n := 0
	for _, os := range o {
		n += len(os)
	}
	return n
}

// workingChanges is the list the month's changes are recorded in: the game's, when it lends one.
func (t *Turn) workingChanges() []Change {
	if t.scratch != nil && *t.scratch != nil {
		w := (*t.scratch)[:0]
		*t.scratch = nil // taken: a second Resolve of the turn makes its own
		return w
	}
	return make([]Change, 0, 80)
}

// lastTaken is the month a council decision was last taken, read from the state once per month.
func (t *Turn) lastTaken(d *Decision) calendar.Month {
	if i, ok := t.Scenario.decIndex[d.ID]; ok && t.Scenario.Decisions[i] == d {
		return t.lastTakenAt(i)
	}
	return t.State.LastTaken(d.Power, d.ID)
}

// lastTakenAt is lastTaken for the scenario's i-th decision.
func (t *Turn) lastTakenAt(i int) calendar.Month {
	sc := t.Scenario
	if t.taken == nil {
		t.taken = make([]calendar.Month, len(sc.Decisions))
		for _, o := range t.State.Last {
			if i, ok := sc.decIndex[o.ID]; ok && sc.Decisions[i].Power == o.Power {
				t.taken[i] = o.Date
			}
		}
	}
	return t.taken[i]
}

// FiredEvent is an event firing this month and what made it fire.
type FiredEvent struct {
	Event  *Event
	Source string // "window", "trigger" or "follow-up"
}

// ErrEnded is returned when a turn is asked of a campaign that is over.
var ErrEnded = errors.New("game: the campaign is over")

// Begin opens the month of state s: it decides which events fire. It does not change s.
func Begin(sc *Scenario, s *State) (*Turn, error) {
	if s.Ended {
		return nil, ErrEnded
	}
	t := &Turn{Scenario: sc, State: s, env: envOf(s)}
	t.env.compute() // before the turn is shared: its closures then only read
	// Conditions may ask whether an event fired earlier this same month (an answer to an act).
	firedNow := func(id string) bool {
		return slices.ContainsFunc(t.Fired, func(f FiredEvent) bool { return f.Event.ID == id })
	}
	t.env.firedNow = firedNow
	check := func(conds []*Expr) (bool, *Expr) {
		for _, c := range conds {
			v, err := c.evalBool(t.env)
			if err != nil || !v {
				return false, c
			}
		}
		return true, nil
	}
	// Follow-ups due this month come first, in the order they were scheduled.
	for _, it := range s.Scheduled {
		if it.At != s.Date || it.Event == "" {
			continue
		}
		e, ok := sc.Event(it.Event)
		if !ok || firedNow(e.ID) {
			continue
		}
		if ok, why := check(e.When); ok {
			t.Fired = append(t.Fired, FiredEvent{Event: e, Source: "follow-up"})
		} else {
			t.Notes = append(t.Notes, Note{Kind: "prevented", ID: e.ID, Title: e.Title,
				Text: fmt.Sprintf("%s did not follow: %s.", e.Title, sc.Needed(why))})
		}
	}
	for _, e := range sc.Events {
		if slices.ContainsFunc(t.Fired, func(f FiredEvent) bool { return f.Event == e }) {
			continue // a follow-up that came first
		}
		switch {
		case e.Trigger:
			if (!e.From.IsZero() && s.Date < e.From) || (!e.To.IsZero() && s.Date > e.To) {
				continue
			}
			if since := s.since(e.ID); since != 999 && (e.Repeat == 0 || since < e.Repeat) {
				continue
			}
			if ok, _ := check(e.When); ok {
				t.Fired = append(t.Fired, FiredEvent{Event: e, Source: "trigger"})
			}
		case !e.From.IsZero():
			if s.Date < e.From || s.Date > e.To || s.FiredEvent(e.ID) {
				continue
			}
			ok, why := check(e.When)
			if ok {
				t.Fired = append(t.Fired, FiredEvent{Event: e, Source: "window"})
				continue
			}
			if s.Date == e.To {
				t.missed = append(t.missed, Missed{Event: e.ID, Date: s.Date, Reason: why.Src})
				t.Notes = append(t.Notes, Note{Kind: "prevented", ID: e.ID, Title: e.Title,
					Text: fmt.Sprintf("%s did not happen: its time has passed, and %s.", e.Title, sc.Needed(why))})
			} else if !e.Date.IsZero() && s.Date >= e.Date {
				t.Notes = append(t.Notes, Note{Kind: "delayed", ID: e.ID, Title: e.Title,
					Text: fmt.Sprintf("%s (in history: %s) has not happened yet: %s.", e.Title, e.Date.Name(), sc.Awaits(why))})
			}
		}
	}
	for _, f := range t.Fired {
		if len(f.Event.Options) > 0 {
			continue
		}
		for _, e := range f.Event.Body.Effects {
			if e.Op == OpCrisis && e.Bool && !slices.Contains(t.opening, e.Str) {
				if c := s.Crisis(e.Str); c == nil || c.Status != "open" {
					t.opening = append(t.opening, e.Str)
				}
			}
		}
	}
	return t, nil
}

// Opening lists the crises this month's events open: their opponents answer in this same month.
func (t *Turn) Opening() []string { return t.opening }

// Events lists the ids of the events firing this month.
func (t *Turn) Events() []string {
	out := make([]string, len(t.Fired))
	for i, f := range t.Fired {
		out[i] = f.Event.ID
	}
	return out
}

// ChoiceKind says where a choice comes from.
type ChoiceKind string

// Event options, council decisions, and crisis moves.
const (
	ChoiceEvent    ChoiceKind = "event"
	ChoiceDecision ChoiceKind = "decision"
	ChoiceCrisis   ChoiceKind = "crisis"
)

// Choice is one thing a power may do this month. It is the one list of legal decisions: the
// orders Resolve accepts, the AI's menu and the UI's menus all come from Choices.
type Choice struct {
	ID         string // an option's "event/option", a decision id, or "crisis/<id>/<move>"
	Kind       ChoiceKind
	Group      string // choices of one group exclude each other: the event id, or "crisis/<id>"
	Required   bool   // one choice of the group must be made (an event's options)
	Title      string
	Text       string
	Category   string
	Cost       Cost
	Body       *Body // nil for crisis moves
	Option     *Option
	Decision   *Decision
	Crisis     *CrisisDef
	Point      string // for crisis moves: the decision point of choices.md the move answers, if any
	Rung       int    // for crisis moves: the rung (−1 for the aggressor's moves)
	Current    bool   // for crisis moves: the power's present rung (choosing it changes nothing)
	Historical bool   // the historical choice
}

// Choices lists what power p may do this month: the options of the events it must answer, the
// council decisions open to it, and its moves in open crises. The list is computed once per month
// and shared: callers must not modify it.
func (t *Turn) Choices(p Power) []Choice {
	if !t.listed[p] {
		t.choices[p] = t.listChoices(p)
		t.listed[p] = true
	}
	return t.choices[p]
}

func (t *Turn) listChoices(p Power) []Choice {
	// The open decisions are found first, so that the list is made once at its size.
	var buf [64]*Decision
	open := buf[:0]
	for i, d := range t.Scenario.Decisions {
		if d.Power == p && t.decisionOpenAt(i, d) {
			open = append(open, d)
		}
	}
	crises := t.crisesInPlay()
	n := len(open) + len(crises)*NumRungs
	for _, f := range t.Fired {
		if f.Event.Power == p {
			n += len(f.Event.Options)
		}
	}
	out := make([]Choice, 0, n)
	out = t.eventChoices(p, out)
	for _, d := range open {
		out = append(out, t.decisionChoice(d))
	}
	for _, c := range crises {
		out = t.crisisChoices(p, c, out)
	}
	return out
}

// eventChoices appends the open options of the events power p must answer this month.
func (t *Turn) eventChoices(p Power, out []Choice) []Choice {
	for _, f := range t.Fired {
		e := f.Event
		if e.Power != p || len(e.Options) == 0 {
			continue
		}
		for _, o := range e.Options {
			if !t.holds(o.When) {
				continue
			}
			out = append(out, Choice{ID: o.FullID(), Kind: ChoiceEvent, Group: e.ID, Required: true, Title: o.Title,
				Text: o.Text, Category: "event", Cost: o.Body.Cost, Body: &o.Body, Option: o, Historical: o.Historical})
		}
	}
	return out
}

func (t *Turn) decisionChoice(d *Decision) Choice {
	return Choice{ID: d.ID, Kind: ChoiceDecision, Group: d.ID, Title: d.Title, Text: d.Text, Category: d.Category,
		Cost: d.Body.Cost, Body: &d.Body, Decision: d, Historical: slices.Contains(d.Historical, t.State.Date)}
}

// crisisChoices appends power p's moves in a crisis in play.
func (t *Turn) crisisChoices(p Power, c Crisis, out []Choice) []Choice {
	def, _ := t.Scenario.CrisisDef(c.ID)
	group := "crisis/" + c.ID
	if def.Aggressor == p {
		if c.Opened == t.State.Date {
			return out // it has just acted; it answers from next month
		}
		for _, m := range []string{"hold", "withdraw"} {
			out = append(out, Choice{ID: crisisChoiceID(c.ID, m), Kind: ChoiceCrisis, Group: group, Title: def.AggressorTitle(m),
				Text: aggressorTexts[m], Point: def.Points[p].ID, Category: "crisis", Crisis: def, Rung: -1, Current: m == "hold", Historical: m == "hold"})
		}
		return out
	}
	if !slices.Contains(def.Opponents, p) {
		return out
	}
	for rg := range NumRungs {
		out = append(out, Choice{ID: crisisChoiceID(c.ID, RungIDs[rg]), Kind: ChoiceCrisis, Group: group,
			Title: def.RungTitle(p, rg), Text: RungTexts[rg], Point: def.Points[p].ID, Category: "crisis", Cost: rungCost[rg], Crisis: def, Rung: rg,
			Current: c.Rungs[p] == rg, Historical: def.HistoricalSet[p] && def.HistoricalRungs[p] == rg})
	}
	return out
}

// choice finds the choice with the id among power p's, without listing every decision when the
// month's list has not been made (a replay checks orders this way).
func (t *Turn) choice(p Power, id string) (Choice, bool) {
	if t.listed[p] {
		for _, c := range t.choices[p] {
			if c.ID == id {
				return c, true
			}
		}
		return Choice{}, false
	}
	if d, ok := t.Scenario.Decision(id); ok {
		if d.Power == p && t.decisionOpen(d) {
			return t.decisionChoice(d), true
		}
		return Choice{}, false
	}
	if crisis, _, ok := parseCrisisChoice(id); ok {
		for _, c := range t.crisesInPlay() {
			if c.ID == crisis {
				var buf [NumRungs]Choice
				for _, ch := range t.crisisChoices(p, c, buf[:0]) {
					if ch.ID == id {
						return ch, true
					}
				}
			}
		}
		return Choice{}, false
	}
	var buf [16]Choice
	for _, ch := range t.eventChoices(p, buf[:0]) {
		if ch.ID == id {
			return ch, true
		}
	}
	return Choice{}, false
}

// CrisesInPlay are the open crises and those opening this month, as they will stand once opened
// (a crisis opened by one of this month's events is answered in the same month).
func (t *Turn) CrisesInPlay() []Crisis { return t.crisesInPlay() }

// AggressorResolve is the aggressor's resolve in a crisis this month (0…100): when force confronts
// it, it withdraws if the opponents' pressure exceeds this.
func (t *Turn) AggressorResolve(def *CrisisDef) int {
	if def.Resolve == nil {
		return defaultResolve
	}
	v, err := def.Resolve.evalInt(t.env)
	if err != nil {
		return defaultResolve
	}
	return v
}

// defaultResolve is the resolve of an aggressor whose crisis does not say.
const defaultResolve = 50

// crisesInPlay are the open crises and those opening this month (as they will stand once opened).
func (t *Turn) crisesInPlay() []Crisis {
	var out []Crisis
	for _, c := range t.State.Crises {
		if c.Status == "open" {
			out = append(out, c)
		}
	}
	for _, id := range t.opening {
		def, _ := t.Scenario.CrisisDef(id)
		c := Crisis{ID: id, Status: "open", Opened: t.State.Date}
		c.Rungs[def.Aggressor] = RungMobilise
		out = append(out, c)
	}
	return out
}

func (t *Turn) holds(conds []*Expr) bool {
	for _, c := range conds {
		if v, err := c.evalBool(t.env); err != nil || !v {
			return false
		}
	}
	return true
}

// decisionOpen reports whether a council decision may be taken this month (window, conditions,
// once, cooldown, and the influence to pay for it).
func (t *Turn) decisionOpen(d *Decision) bool {
	if i, ok := t.Scenario.decIndex[d.ID]; ok && t.Scenario.Decisions[i] == d {
		return t.decisionOpenAt(i, d)
	}
	return t.decisionOpenAt(-1, d)
}

// decisionOpenAt is decisionOpen for the scenario's i-th decision (i < 0: not known). The answer
// is kept for the month: listing, the AI and the check of orders ask for the same decisions.
func (t *Turn) decisionOpenAt(i int, d *Decision) bool {
	if i < 0 {
		return t.decisionIsOpen(-1, d)
	}
	if t.open == nil {
		t.open = make([]int8, len(t.Scenario.Decisions))
	}
	if t.open[i] == 0 {
		t.open[i] = -1
		if t.decisionIsOpen(i, d) {
			t.open[i] = 1
		}
	}
	return t.open[i] == 1
}

func (t *Turn) decisionIsOpen(i int, d *Decision) bool {
	s := t.State
	if (!d.From.IsZero() && s.Date < d.From) || (!d.To.IsZero() && s.Date > d.To) {
		return false
	}
	var last calendar.Month
	if i >= 0 {
		last = t.lastTakenAt(i)
	} else {
		last = t.State.LastTaken(d.Power, d.ID)
	}
	if !last.IsZero() {
		if d.Once || s.Date.Sub(last) < max(d.Cooldown, 1) {
			return false
		}
	}
	if s.Powers[d.Power].Influence < d.Body.Cost.Influence {
		return false
	}
	return t.holds(d.When)
}

// WhyClosed says why a council decision is not open this month ("" if it is open).
func (t *Turn) WhyClosed(d *Decision) string {
	s := t.State
	switch {
	case !d.From.IsZero() && s.Date < d.From:
		return "not before " + d.From.Name()
	case !d.To.IsZero() && s.Date > d.To:
		return "its moment passed in " + d.To.Name()
	}
	if last := t.lastTaken(d); !last.IsZero() {
		if d.Once {
			return "already taken in " + last.Name()
		}
		if s.Date.Sub(last) < max(d.Cooldown, 1) {
			return fmt.Sprintf("taken in %s; again from %s", last.Name(), last.Add(max(d.Cooldown, 1)).Name())
		}
	}
	if have := s.Powers[d.Power].Influence; have < d.Body.Cost.Influence {
		return fmt.Sprintf("needs %d influence (you have %d)", d.Body.Cost.Influence, have)
	}
	for _, c := range d.When {
		if v, err := c.evalBool(t.env); err != nil || !v {
			return t.Scenario.Requirement(c)
		}
	}
	return ""
}

// Order is one choice a power makes, with the AI's reasons when an AI made it.
type Order struct {
	ID      string
	Reasons []Reason
}

// Orders are every power's choices for the month.
type Orders [NumPowers][]Order

// IDs lists the ids of a power's orders.
func (o *Orders) IDs(p Power) []string {
	out := make([]string, len(o[p]))
	for i, x := range o[p] {
		out[i] = x.ID
	}
	return out
}

// Check validates a power's orders against its choices: every id legal, at most one per group,
// one answer to each event that needs it, and the influence to pay for all of them.
func (t *Turn) Check(p Power, ids []string) error {
	var groups [16]struct{ group, id string }
	n := 0
	cost := 0
	answered := map[string]bool{}
	for _, id := range ids {
		c, ok := t.choice(p, id)
		if !ok {
			return fmt.Errorf("game: %s cannot take %q in %s%s", p, id, t.State.Date, t.whyNot(p, id))
		}
		for i := range n {
			if groups[i].group == c.Group {
				return fmt.Errorf("game: %s orders both %q and %q in %s; choose one", p, groups[i].id, id, t.State.Date)
			}
		}
		if n < len(groups) {
			groups[n].group, groups[n].id = c.Group, id
			n++
		}
		if c.Required {
			answered[c.Group] = true
		}
		cost += c.Cost.Influence
	}
	for _, f := range t.Fired {
		if e := f.Event; e.Power == p && len(e.Options) > 0 && !answered[e.ID] {
			if len(t.eventChoices(p, nil)) > 0 {
				return fmt.Errorf("game: %s must answer %q in %s (one of its options)", p, e.ID, t.State.Date)
			}
		}
	}
	if have := t.State.Powers[p].Influence; cost > have {
		return fmt.Errorf("game: %s's orders in %s cost %d influence; it has %d", p, t.State.Date, cost, have)
	}
	return nil
}

func (t *Turn) whyNot(p Power, id string) string {
	if d, ok := t.Scenario.Decision(id); ok {
		if d.Power != p {
			return " (it is " + d.Power.Name() + "'s decision)"
		}
		if why := t.WhyClosed(d); why != "" {
			return " (" + why + ")"
		}
	}
	if o, ok := t.Scenario.Option(id); ok && !slices.Contains(t.Events(), o.Event.ID) {
		return " (the event " + o.Event.ID + " does not fire this month)"
	}
	return ""
}

// Resolve plays the month with the given orders and returns the next state and the month's report.
// The order of resolution is the package doc's. The turn's state is not changed.
func (t *Turn) Resolve(orders Orders) (*State, *Report, error) {
	for _, p := range Powers {
		if err := t.Check(p, orders.IDs(p)); err != nil {
			return nil, nil, err
		}
	}
	sc := t.Scenario
	s := t.State.Clone()
	s.RNG = RNG{S: mix(s.Seed, uint64(s.Date))}
	rep := &Report{Date: s.Date, Events: make([]ReportEvent, 0, len(t.Fired)+4), Decisions: make([]ReportDecision, 0, orderCount(&orders)), Changes: t.workingChanges(), Notes: slices.Clone(t.Notes)}
	r := &resolver{scn: sc, s: s, rep: rep}
	date := s.Date

	// 1. Delayed consequences due this month.
	var keep []Scheduled
	for _, it := range s.Scheduled {
		if it.At > date {
			keep = append(keep, it)
			continue
		}
		if it.Event != "" {
			continue // follow-ups were considered by Begin
		}
		body, title := sc.body(it.Source)
		if body == nil || it.Index >= len(body.Later) {
			continue
		}
		d := &body.Later[it.Index]
		since := date.Add(-d.In)
		text := "a delayed consequence of " + title
		if d.Text != "" {
			text = d.Text + " (" + text + ")"
		}
		cause := Cause{Kind: CauseDelayed, ID: it.Source, Power: powerIDOrEmpty(it.Power), Text: text, Since: since.String()}
		for i := range d.Effects {
			r.apply(&d.Effects[i], cause)
		}
	}
	s.Scheduled = keep

	// 2. Events, in firing order: the event's own consequences, then the chosen option's.
	chosen := map[string]string{}
	for _, p := range Powers {
		for _, o := range orders[p] {
			if opt, ok := sc.Option(o.ID); ok {
				chosen[opt.Event.ID] = opt.ID
			}
		}
	}
	for _, f := range t.Fired {
		e := f.Event
		cause := Cause{Kind: CauseEvent, ID: e.ID, Text: e.Title}
		re := ReportEvent{ID: e.ID, Title: e.Title, Dossier: e.Dossier, Source: f.Source}
		r.applyBody(&e.Body, e.ID, NumPowers, cause)
		if e.Power < NumPowers && len(e.Options) > 0 {
			o, _ := sc.Option(e.ID + "/" + chosen[e.ID])
			re.Power, re.Option, re.Choice = e.Power.ID(), o.ID, o.Title
			s.note(o.FullID(), e.Power, date)
			oc := Cause{Kind: CauseEvent, ID: o.FullID(), Power: e.Power.ID(), Text: e.Title + ": " + o.Title}
			r.pay(e.Power, o.Body.Cost, oc)
			r.applyBody(&o.Body, o.FullID(), e.Power, oc)
			r.reactions(e.Power, o.Body.Reactions, oc)
		}
		s.note(e.ID, NumPowers, date)
		rep.Events = append(rep.Events, re)
		r.immediateFollowUps()
	}

	// 3. Council decisions, in power order; crisis moves are gathered for phase 6.
	moves := map[string][NumPowers]string{}
	for _, p := range Powers {
		for _, o := range orders[p] {
			if crisis, move, ok := parseCrisisChoice(o.ID); ok {
				m := moves[crisis]
				m[p] = move
				moves[crisis] = m
				s.note(o.ID, p, date)
				continue
			}
			d, ok := sc.Decision(o.ID)
			if !ok {
				continue // an event option, applied in phase 2
			}
			cause := Cause{Kind: CauseDecision, ID: d.ID, Power: p.ID(), Text: d.Title}
			r.pay(p, d.Body.Cost, cause)
			r.applyBody(&d.Body, d.ID, p, cause)
			r.reactions(p, d.Body.Reactions, cause)
			s.note(d.ID, p, date)
			rep.Decisions = append(rep.Decisions, ReportDecision{Power: p.ID(), ID: d.ID, Title: d.Title, Reasons: o.Reasons})
		}
	}
	for _, p := range Powers {
		for _, o := range orders[p] {
			if opt, ok := sc.Option(o.ID); ok {
				rep.Decisions = append(rep.Decisions, ReportDecision{Power: p.ID(), ID: o.ID,
					Title: opt.Event.Title + ": " + opt.Title, Reasons: o.Reasons})
			} else if c, move, ok := parseCrisisChoice(o.ID); ok {
				def, _ := sc.CrisisDef(c)
				title := def.AggressorTitle(move)
				if rg := rungOf(move); rg >= 0 {
					title = def.RungTitle(p, rg)
				}
				rep.Decisions = append(rep.Decisions, ReportDecision{Power: p.ID(), ID: o.ID,
					Title: def.Title + ": " + title, Reasons: o.Reasons})
			}
		}
	}

	// 4. Treaty actions, in the order they were queued.
	r.pactPhase()
	// 5. Drift.
	r.drift()
	// 6. Crises.
	r.crisisPhase(moves)

	// 7. Close the month.
	s.Missed = append(s.Missed, t.missed...)
	if !s.Ended && date >= sc.End {
		s.Ended = true
		s.Ending = Ending{Date: date, Reason: "the campaign ran its course"}
	}
	rep.Ended = s.Ended
	s.Date = date.Add(1)
	if t.scratch != nil {
		// The report keeps its changes at their number; the working list is the game's to reuse.
		*t.scratch = rep.Changes[:0]
		rep.Changes = slices.Clone(rep.Changes)
		clear((*t.scratch)[:cap(*t.scratch)])
	}
	if err := CheckInvariants(sc, s); err != nil {
		return nil, nil, err
	}
	return s, rep, nil
}

func powerIDOrEmpty(p Power) string {
	if p >= NumPowers {
		return ""
	}
	return p.ID()
}

// body finds the body of a decision id or an option's full id, with its title.
func (sc *Scenario) body(source string) (*Body, string) {
	if d, ok := sc.Decision(source); ok {
		return &d.Body, d.Title
	}
	if o, ok := sc.Option(source); ok {
		return &o.Body, o.Event.Title + ": " + o.Title
	}
	if e, ok := sc.Event(source); ok {
		return &e.Body, e.Title
	}
	return nil, source
}

// Months lists the months of a scenario, start to end.
func (sc *Scenario) Months() []calendar.Month {
	var out []calendar.Month
	for m := sc.Start; m <= sc.End; m++ {
		out = append(out, m)
	}
	return out
}

// describeOrders writes orders as "france: a, b; ussr: c" for messages.
func describeOrders(o Orders) string {
	var parts []string
	for _, p := range Powers {
		if len(o[p]) > 0 {
			parts = append(parts, p.ID()+": "+strings.Join(o.IDs(p), ", "))
		}
	}
	return strings.Join(parts, "; ")
}
