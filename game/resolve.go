package game

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/pactgame/pact/game/treaty"
)

// resolver applies one month's consequences to a fresh copy of the state, recording every change
// with its cause in the report.
type resolver struct {
	scn    *Scenario
	s      *State
	rep    *Report
	env    *Env // the environment of s, refreshed lazily after a change (nil: stale)
	envBuf *Env // the environment refreshed in place

	pactQueue []pactJob // treaty actions, applied in the treaty phase
	immediate []string  // follow-ups due this same month (in: 0), fired after the current event
}

type pactJob struct {
	eff   *Effect
	cause Cause
}

func (r *resolver) changed() { r.env = nil }

func (r *resolver) environment() *Env {
	if r.env == nil {
		if r.envBuf == nil {
			r.envBuf = envOf(r.s)
		} else {
			r.envBuf.bind(r.s)
		}
		r.env = r.envBuf
	}
	return r.env
}

// record appends a change to the report.
func (r *resolver) record(f *Field, from, to string, delta int, cause Cause) {
	r.rep.Changes = append(r.rep.Changes, Change{Field: f.Path, Label: f.Label, From: from, To: to, Delta: delta,
		Weight: f.Weight, Cause: cause})
	r.changed()
}

// addInt adds delta to an integer field by path (the path must exist: engine paths are fixed).
func (r *resolver) addInt(path string, delta int, cause Cause) {
	f, ok := r.scn.Fields.Lookup(path)
	if !ok {
		panic("game: the engine addressed an unknown field " + path)
	}
	r.addField(f, delta, cause)
}

func (r *resolver) addField(f *Field, delta int, cause Cause) {
	before := f.Int(r.s)
	after := f.setInt(r.s, before+delta)
	if after != before {
		r.record(f, strconv.Itoa(before), strconv.Itoa(after), after-before, cause)
	}
}

func (r *resolver) setField(f *Field, value int, cause Cause) {
	before := f.Int(r.s)
	after := f.setInt(r.s, value)
	if after != before {
		r.record(f, strconv.Itoa(before), strconv.Itoa(after), after-before, cause)
	}
}

func (r *resolver) setString(f *Field, v string, cause Cause) {
	p := f.strp(r.s)
	if *p != v {
		before := *p
		*p = v
		r.record(f, before, v, 0, cause)
	}
}

func (r *resolver) setBool(f *Field, v bool, cause Cause) {
	p := f.boolp(r.s)
	if *p != v {
		*p = v
		r.record(f, strconv.FormatBool(!v), strconv.FormatBool(v), 0, cause)
	}
}

// flagField is a pseudo-field for flag changes in the report.
func flagField(sc *Scenario, name string) *Field {
	label := "flag " + strings.ReplaceAll(name, "_", " ")
	if strings.HasPrefix(name, "tie.") {
		label = sc.FlagLabel(name)
	}
	return &Field{Path: "flags." + name, Label: label, Kind: BoolField, Weight: 10, Power: NumPowers}
}

// apply carries out one effect. Treaty actions are queued for the treaty phase unless now is set.
func (r *resolver) apply(e *Effect, cause Cause) {
	switch e.Op {
	case OpAdd:
		r.addField(e.Field, r.amount(e), cause)
	case OpSet:
		switch e.Field.Kind {
		case IntField:
			r.setField(e.Field, r.amount(e), cause)
		case BoolField:
			r.setBool(e.Field, e.Bool, cause)
		default:
			r.setString(e.Field, e.Str, cause)
		}
	case OpFlag, OpUnflag:
		on := e.Op == OpFlag
		if r.s.SetFlag(e.Str, on) {
			r.record(flagField(r.scn, e.Str), strconv.FormatBool(!on), strconv.FormatBool(on), 0, cause)
		}
	case OpPact:
		r.pactQueue = append(r.pactQueue, pactJob{eff: e, cause: cause})
	case OpCrisis:
		if e.Bool {
			r.openCrisis(e.Str, cause)
		} else {
			r.closeCrisis(e.Str, e.Arg, cause)
		}
	case OpWar:
		r.war(e.Str, cause)
	}
}

// amount draws the value of an integer effect.
func (r *resolver) amount(e *Effect) int {
	if e.Lo == e.Hi {
		return e.Lo
	}
	return r.s.RNG.Range(e.Lo, e.Hi)
}

// holds evaluates a list of conditions against the current state; it returns the first that
// fails ("" when all hold).
func (r *resolver) holds(conds []*Expr) (ok bool, failed *Expr) {
	env := r.environment()
	for _, c := range conds {
		v, err := c.evalBool(env)
		if err != nil || !v {
			return false, c
		}
	}
	return true, nil
}

// applyBody carries out a decision's or an option's consequences: its certain effects, the cases
// whose conditions hold, one outcome drawn by weight, and it schedules the delayed effects and the
// follow-ups. source is the id under which the body can be found again (for delayed effects).
func (r *resolver) applyBody(b *Body, source string, p Power, cause Cause) {
	for i := range b.Effects {
		r.apply(&b.Effects[i], cause)
	}
	for _, c := range b.Cases {
		if ok, _ := r.holds(c.When); ok {
			cc := cause
			if c.Text != "" {
				cc.Text = cause.Text + " — " + c.Text
			}
			for i := range c.Effects {
				r.apply(&c.Effects[i], cc)
			}
		}
	}
	if len(b.Outcomes) > 0 {
		o := r.draw(b.Outcomes)
		oc := cause
		if o.Text != "" {
			oc.Text = cause.Text + " — " + o.Text
			r.rep.Notes = append(r.rep.Notes, Note{Kind: "outcome", ID: cause.ID, Title: cause.Text, Text: o.Text})
		}
		for i := range o.Effects {
			r.apply(&o.Effects[i], oc)
		}
	}
	for i, d := range b.Later {
		r.schedule(Scheduled{At: r.s.Date.Add(d.In), Source: source, Index: i, Power: p})
	}
	for _, f := range b.Follow {
		if f.In == 0 {
			r.immediate = append(r.immediate, f.Event)
			continue
		}
		r.schedule(Scheduled{At: r.s.Date.Add(f.In), Source: source, Event: f.Event, Power: p})
	}
}

// immediateFollowUps fires the follow-ups due this same month, in order, when their conditions
// hold on the state as it now stands (the loader allows only events without options here).
func (r *resolver) immediateFollowUps() {
	for len(r.immediate) > 0 {
		id := r.immediate[0]
		r.immediate = r.immediate[1:]
		e, ok := r.scn.Event(id)
		if !ok || r.s.FiredEvent(id) && e.Repeat == 0 {
			continue
		}
		if ok, why := r.holds(e.When); !ok {
			r.rep.Notes = append(r.rep.Notes, Note{Kind: "prevented", ID: e.ID, Title: e.Title,
				Text: fmt.Sprintf("%s did not follow: %s.", e.Title, r.scn.Needed(why))})
			continue
		}
		r.applyBody(&e.Body, e.ID, NumPowers, Cause{Kind: CauseEvent, ID: e.ID, Text: e.Title})
		r.s.note(e.ID, NumPowers, r.s.Date)
		r.rep.Events = append(r.rep.Events, ReportEvent{ID: e.ID, Title: e.Title, Dossier: e.Dossier, Source: "follow-up"})
	}
}

// draw picks one outcome by weight.
func (r *resolver) draw(os []Outcome) *Outcome {
	total := 0
	for _, o := range os {
		total += o.Weight
	}
	x := r.s.RNG.IntN(total)
	for i := range os {
		if x < os[i].Weight {
			return &os[i]
		}
		x -= os[i].Weight
	}
	return &os[len(os)-1]
}

// schedule inserts a delayed item in date order (then sequence order).
func (r *resolver) schedule(it Scheduled) {
	it.Seq = r.s.Seq
	r.s.Seq++
	i := len(r.s.Scheduled)
	for i > 0 && r.s.Scheduled[i-1].At > it.At {
		i--
	}
	r.s.Scheduled = append(r.s.Scheduled, Scheduled{})
	copy(r.s.Scheduled[i+1:], r.s.Scheduled[i:])
	r.s.Scheduled[i] = it
}

// pay charges a decision's price.
func (r *resolver) pay(p Power, c Cost, cause Cause) {
	cc := cause
	cc.Kind = CauseCost
	cc.Text = "the price of " + cause.Text
	pf := &r.scn.Fields.powers[p]
	if c.Influence != 0 {
		r.addField(pf.influence, -c.Influence, cc)
	}
	if c.Stability != 0 {
		r.addField(pf.stability, -c.Stability, cc)
	}
	if c.Prestige != 0 {
		r.addField(pf.prestige, -c.Prestige, cc)
	}
	if c.Industry != 0 {
		r.addField(pf.industry, -c.Industry, cc)
	}
}

// reactions apply the expected relation changes of a decision.
func (r *resolver) reactions(p Power, rs []Reaction, cause Cause) {
	for _, x := range rs {
		if x.Relation == 0 || x.Power == p {
			continue
		}
		f := r.scn.relationField(p, x.Power)
		rc := cause
		if x.Text != "" {
			rc.Text = cause.Text + " — " + x.Text
		}
		r.addField(f, x.Relation, rc)
	}
}

// relationPath is the field path of the relation between a and b.
func relationPath(a, b Power) string {
	if a > b {
		a, b = b, a
	}
	return "relations." + a.ID() + "." + b.ID()
}

// pactPhase applies the queued treaty actions in order (phase 4).
func (r *resolver) pactPhase() {
	for _, j := range r.pactQueue {
		r.pactAction(j.eff, j.cause)
	}
	r.pactQueue = nil
}

func (r *resolver) pactAction(e *Effect, cause Cause) {
	s := r.s
	a := treaty.Action{Kind: e.Pact.Action, Date: s.Date, Party: e.Pact.Party, Reason: cause.Text}
	switch e.Pact.Action {
	case treaty.ActOpenTalks:
		a.Terms = s.Pact.Terms
		if a.Terms.Automaticity == "" {
			a.Terms = treaty.HistoricalTerms()
			a.Terms.Automaticity = treaty.AutoAutomatic
		}
		a.Terms.Kind = e.Pact.Kind
	case treaty.ActSetTerms:
		a.Terms = ApplyTerms(s.Pact.Terms, e.Pact.Terms)
	case treaty.ActRecordVote:
		v := treaty.VoteOn(e.Pact.Party, e.Pact.Body, r.climate(e.Pact.Party), s.Pact.Terms, &s.RNG)
		a.Vote = &v
		r.rep.Votes = append(r.rep.Votes, v)
	case treaty.ActInvoke:
		a.Reason = cause.Text
	}
	before := s.Pact
	after, err := s.Pact.Apply(a)
	if err != nil {
		r.rep.Notes = append(r.rep.Notes, Note{Kind: "failed", ID: cause.ID, Title: cause.Text,
			Text: fmt.Sprintf("%s could not proceed: %v", cause.Text, err)})
		return
	}
	s.Pact = after
	pc := cause
	if before.Status != after.Status {
		r.record(pactStatusField, string(before.Status), string(after.Status), 0, pc)
	} else if before.Terms != after.Terms {
		r.record(pactTermsField, termsString(before.Terms), termsString(after.Terms), 0, pc)
	} else {
		r.changed()
	}
}

var (
	pactStatusField = &Field{Path: "pact.status", Label: "the pact", Kind: EnumField, Weight: 40, Power: NumPowers}
	pactTermsField  = &Field{Path: "pact.terms", Label: "the pact's terms", Kind: NameField, Weight: 20, Power: NumPowers}
)

func termsString(t treaty.Terms) string {
	return fmt.Sprintf("%s, %s, Locarno clause %v, convention %s, %d years", t.Kind, t.Automaticity, t.LocarnoClause, t.Convention, t.DurationYears)
}

// climate is the treaty module's view of a party's politics.
func (r *resolver) climate(p treaty.Party) treaty.Climate {
	s := r.s
	fr := &s.Powers[France]
	c := treaty.Climate{
		Date: s.Date, Stability: fr.Stability, AntiCommunism: fr.AntiCommunism, Pacifism: fr.Pacifism,
		Tension: s.Global.Tension, GermanThreat: germanThreat(s),
		RelationsUSSR: s.Relations.Get(France, USSR), RelationsGer: s.Relations.Get(France, Germany),
		RelationsGB: s.Relations.Get(France, Britain), Lobbying: s.Global.Lobbying,
		Confidence: s.HasFlag("pact_confidence"), PopularFront: s.HasFlag("popular_front_chamber"),
		StalinBacking: s.HasFlag("stalin_communique"),
		TrustPartner:  s.Powers[USSR].Lever("trust_france"), BerlinTrack: s.Powers[USSR].Lever("berlin_track"),
	}
	if p == treaty.USSR {
		su := &s.Powers[USSR]
		c.Stability, c.AntiCommunism, c.Pacifism = su.Stability, 0, su.Pacifism
		c.RelationsGer, c.RelationsGB = s.Relations.Get(USSR, Germany), s.Relations.Get(USSR, Britain)
	}
	return c
}

// germanThreat is the German threat as Paris perceives it, 0…100: two thirds of German rearmament
// plus a quarter of its divisions (60 in February 1936 on the historical line, the treaty
// module's reference).
func germanThreat(s *State) int {
	de := &s.Powers[Germany]
	return min(100, de.Rearmament*2/3+de.Army/4)
}

// Climate is the treaty module's view of a party's politics in state s (exported for the UI and
// the forecasts of votes).
func Climate(s *State, p treaty.Party) treaty.Climate { return (&resolver{s: s}).climate(p) }

// war ends the campaign in a general war.
func (r *resolver) war(reason string, cause Cause) {
	if r.s.Ended {
		return
	}
	r.s.Ended = true
	r.s.Ending = Ending{Date: r.s.Date, Reason: reason, War: true}
	r.rep.Notes = append(r.rep.Notes, Note{Kind: "war", ID: cause.ID, Title: cause.Text, Text: reason})
	r.changed()
}
