package scenarios

import (
	"slices"
	"strings"

	"github.com/pactgame/pact/game"
	"github.com/pactgame/pact/game/calendar"
	"github.com/pactgame/pact/game/datafile"
	"github.com/pactgame/pact/game/treaty"
)

// Options tune a load.
type Options struct {
	// Dossier, when set, reports whether a dossier id exists in the library; events and decisions
	// naming an unknown dossier are then errors.
	Dossier func(id string) bool
}

// Categories are the kinds of council decision.
var Categories = []string{"diplomacy", "military", "domestic", "pact", "league", "economy"}

// Parse compiles a scenario file. name is used in error positions. Every problem found is
// returned, sorted, in the error list; the scenario is nil if there is any.
func Parse(name string, data []byte, opt Options) (*game.Scenario, datafile.ErrorList) {
	if extendsAnother(name, data) {
		return parseWhatIf(name, data, opt)
	}
	var f file
	errs := datafile.Decode(name, data, &f)
	if len(errs) > 0 && f.ID.Value == "" {
		return nil, errs
	}
	l := &loader{name: name, f: &f, opt: opt, errs: errs, decodeFailed: len(errs) > 0}
	sc := l.compile()
	l.errs.Sort()
	if len(l.errs) > 0 {
		return nil, l.errs
	}
	return sc, nil
}

type loader struct {
	name string
	f    *file
	opt  Options
	errs datafile.ErrorList
	// decodeFailed says the file did not decode cleanly (a key missing, a wrong type): a check on
	// a value that is not there has then nothing to add to the decoder's own error.
	decodeFailed bool

	s         *game.State
	cat       *game.Catalogue
	env       game.SampleEnv
	crisisIDs []string
	eventIDs  map[string]datafile.Pos
}

// add reports a problem at p. A value that was not in the file has no position: its absence is the
// decoder's error already when the file did not decode cleanly, else the problem is the document's.
func (l *loader) add(p datafile.Pos, format string, args ...any) {
	if p.File == "" || p.Line < 1 {
		if l.decodeFailed {
			return
		}
		p = datafile.Pos{File: l.name, Line: 1, Col: 1}
	}
	l.errs.Add(p, format, args...)
}

func (l *loader) month(t datafile.Text, what string) calendar.Month {
	if t.Value == "" {
		return 0
	}
	m, err := calendar.Parse(t.Value)
	if err != nil {
		l.add(t.Pos, "%s: %q is not a month written YYYY-MM (e.g. 1935-05)", what, t.Value)
		return 0
	}
	return m
}

func (l *loader) power(t datafile.Text, what string) (game.Power, bool) {
	p, err := game.ParsePower(t.Value)
	if err != nil {
		l.add(t.Pos, "%s: unknown power %q%s", what, t.Value, datafile.DidYouMean(t.Value, game.PowerIDs()))
		return 0, false
	}
	return p, true
}

func (l *loader) enum(t datafile.Text, what string, values []string) string {
	if !slices.Contains(values, t.Value) {
		l.add(t.Pos, "%s is one of %s, not %q%s", what, strings.Join(values, ", "), t.Value, datafile.DidYouMean(t.Value, values))
		return values[0]
	}
	return t.Value
}

func (l *loader) compile() *game.Scenario {
	f := l.f
	sc := &game.Scenario{ID: f.ID.Value, Version: f.Version, Title: f.Title, Intro: strings.TrimSpace(f.Intro),
		Notes: strings.TrimSpace(f.Notes), File: l.name}
	if !isID(f.ID.Value) {
		l.add(f.ID.Pos, "id %q must be lowercase letters, digits and hyphens", f.ID.Value)
	}
	if f.Format != FormatVersion && f.At != nil {
		l.add(f.At.At("format", f.Pos), "format %d is not one this version of Pact reads (it reads format %d)", f.Format, FormatVersion)
	}
	sc.Start, sc.End = l.month(f.Start, "start"), l.month(f.End, "end")
	if sc.Start != 0 && sc.End != 0 && sc.End < sc.Start {
		l.add(f.End.Pos, "end %s comes before start %s", sc.End, sc.Start)
	}
	sc.Playable = game.Powers[:]
	if len(f.Playable) > 0 {
		sc.Playable = nil
		for _, t := range f.Playable {
			if p, ok := l.power(t, "playable"); ok {
				sc.Playable = append(sc.Playable, p)
			}
		}
	}
	l.s = l.initialState(sc)
	sc.Initial = l.s
	l.cat = game.NewCatalogue(l.s)
	sc.Fields = l.cat
	l.env = game.EnvFor(l.s)
	for i := range f.Crises {
		l.crisisIDs = append(l.crisisIDs, f.Crises[i].ID.Value)
	}
	l.powersInfo(sc)
	l.ties(sc)
	l.crises(sc)
	l.events(sc)
	l.decisions(sc)
	l.followCycles(sc)
	l.sameMonthFollowUps(sc)
	if len(l.errs) > 0 {
		return nil
	}
	sc.Index()
	if err := game.CheckInvariants(sc, withDateAfter(l.s)); err != nil {
		l.add(f.Pos, "the initial state is inconsistent: %v", err)
	}
	return sc
}

// withDateAfter lets the invariant check (which names the month just played) run on a start state.
func withDateAfter(s *game.State) *game.State {
	c := s.Clone()
	c.Date = c.Date.Add(1)
	return c
}

func isID(s string) bool {
	if s == "" {
		return false
	}
	for _, r := range s {
		if !(r == '-' || r == '_' || r == '.' || r >= 'a' && r <= 'z' || r >= '0' && r <= '9') {
			return false
		}
	}
	return true
}

func (l *loader) initialState(sc *game.Scenario) *game.State {
	f := l.f
	s := &game.State{Scenario: sc.ID, Date: sc.Start, Pact: treaty.New()}
	pw := f.Powers.all()
	for i, p := range game.Powers {
		src := pw[i]
		if src == nil {
			l.add(f.Powers.Pos, "powers is missing %s", p.ID())
			continue
		}
		ps := &s.Powers[p]
		*ps = game.PowerState{HeadOfState: src.HeadOfState, HeadOfGovernment: src.HeadOfGovernment,
			ForeignMinister: src.ForeignMinister, Army: src.Army, Air: src.Air, Readiness: src.Readiness,
			Industry: src.Industry, Rearmament: src.Rearmament, Stability: src.Stability, Pacifism: src.Pacifism,
			AntiCommunism: src.AntiCommunism, Prestige: src.Prestige, League: src.League, Influence: src.Influence}
		for _, name := range sortedKeys(src.Levers) {
			v := src.Levers[name]
			if !isID(name) {
				l.add(src.At.At("levers", src.Pos), "lever name %q must be lowercase letters, digits and _", name)
			}
			if v < 0 || v > 100 {
				l.add(src.At.At("levers", src.Pos), "lever %s is %d; levers run 0…100", name, v)
			}
			ps.Levers = append(ps.Levers, game.Lever{Name: name, Value: min(max(v, 0), 100)})
		}
		l.ranges(src, p)
	}
	rows := f.Relation.all()
	for i, a := range game.Powers {
		row := rows[i]
		if row == nil {
			continue
		}
		cells := row.all()
		for j, b := range game.Powers {
			v := cells[j]
			if v == nil {
				continue
			}
			pos := row.At.At(b.ID(), row.Pos)
			switch {
			case a == b:
				l.add(pos, "relations: %s cannot have a relation with itself", a.ID())
			case *v < -100 || *v > 100:
				l.add(pos, "relations %s–%s is %d; relations run −100…100", a.ID(), b.ID(), *v)
			case s.Relations.Get(a, b) != 0 && s.Relations.Get(a, b) != *v:
				l.add(pos, "relations %s–%s are given twice, as %d and %d; write each pair once", a.ID(), b.ID(), s.Relations.Get(a, b), *v)
			default:
				s.Relations.Set(a, b, *v)
			}
		}
	}
	seen := map[string]bool{}
	align := append(game.PowerIDs(), "neutral")
	for _, m := range f.Minors {
		if !isID(m.ID.Value) || seen[m.ID.Value] {
			l.add(m.ID.Pos, "minor state id %q is empty, malformed or used twice", m.ID.Value)
		}
		if slices.Contains(reservedNames, m.ID.Value) || slices.Contains(game.PowerIDs(), m.ID.Value) {
			l.add(m.ID.Pos, "a minor state cannot be called %q: that name is taken by the state's own fields", m.ID.Value)
		}
		seen[m.ID.Value] = true
		if m.Stability < 0 || m.Stability > 100 {
			l.add(m.Pos, "%s's stability runs 0…100", m.ID.Value)
		}
		s.Minors = append(s.Minors, game.Minor{ID: m.ID.Value, Name: m.Name,
			Alignment: l.enum(m.Alignment, m.ID.Value+".alignment", align), Passage: m.Passage, Stability: m.Stability})
	}
	g := &f.Global
	s.Global = game.Global{Tension: g.Tension, LeagueCredibility: g.LeagueCredibility, Locarno: g.Locarno, Lobbying: g.Lobbying,
		Rhineland: l.enum(g.Rhineland, "rhineland", game.RhinelandValues), Saar: l.enum(g.Saar, "saar", game.SaarValues),
		Stresa: l.enum(g.Stresa, "stresa", game.StresaValues), Ethiopia: l.enum(g.Ethiopia, "ethiopia", game.EthiopiaValues),
		Austria: l.enum(g.Austria, "austria", game.AustriaValues), Spain: l.enum(g.Spain, "spain", game.SpainValues)}
	for _, x := range []struct {
		key string
		v   int
	}{{"tension", g.Tension}, {"league_credibility", g.LeagueCredibility}, {"locarno", g.Locarno}, {"lobbying", g.Lobbying}} {
		if x.v < 0 || x.v > 100 {
			l.add(g.At.At(x.key, f.Pos), "%s is %d; it runs 0…100", x.key, x.v)
		}
	}
	for _, t := range f.Flags {
		if !isID(strings.ToLower(t.Value)) || s.HasFlag(t.Value) {
			l.add(t.Pos, "flag %q is malformed or listed twice", t.Value)
			continue
		}
		s.SetFlag(t.Value, true)
	}
	if f.Pact != nil {
		l.initialPact(s)
	}
	return s
}

// reservedNames are top-level names of the condition language a minor state may not take.
var reservedNames = []string{"date", "year", "month", "tension", "league_credibility", "locarno", "lobbying",
	"rhineland", "saar", "stresa", "ethiopia", "austria", "spain", "deterrence", "appetite", "relations", "pact",
	"flag", "fired", "chose", "since", "crisis", "rung", "div", "clamp", "war", "levers"}

func (l *loader) ranges(src *power, p game.Power) {
	check := func(key string, v, lo, hi int) {
		if v < lo || v > hi {
			l.add(src.At.At(key, src.Pos), "%s.%s is %d; it runs %d…%d", p.ID(), key, v, lo, hi)
		}
	}
	check("army", src.Army, 0, 400)
	check("air", src.Air, 0, 10000)
	for _, x := range []struct {
		k string
		v int
	}{{"readiness", src.Readiness}, {"industry", src.Industry}, {"rearmament", src.Rearmament}, {"stability", src.Stability},
		{"pacifism", src.Pacifism}, {"anti_communism", src.AntiCommunism}, {"prestige", src.Prestige}} {
		check(x.k, x.v, 0, 100)
	}
	check("influence", src.Influence, 0, game.MaxInfluence)
	for _, k := range []struct{ key, v string }{{"head_of_state", src.HeadOfState}, {"head_of_government", src.HeadOfGovernment},
		{"foreign_minister", src.ForeignMinister}} {
		if strings.TrimSpace(k.v) == "" {
			l.add(src.At.At(k.key, src.Pos), "%s.%s is empty", p.ID(), k.key)
		}
	}
}

func (l *loader) initialPact(s *game.State) {
	src := l.f.Pact
	statuses := []string{"none", "talks", "agreed", "signed", "ratified", "in_force"}
	st := treaty.Status(l.enum(src.Status, "pact.status", statuses))
	var patches []game.TermPatch
	for _, t := range src.Terms {
		k, v, ok := strings.Cut(t.Value, "=")
		if !ok {
			l.add(t.Pos, "pact.terms: write KEY=VALUE, not %q", t.Value)
			continue
		}
		patches = append(patches, game.TermPatch{Key: k, Value: v})
		if _, err := game.ParseEffect(game.NewCatalogue(s), nil, "pact terms "+t.Value); err != nil {
			l.add(t.Pos, "%v", err)
		}
	}
	terms := game.ApplyTerms(treaty.HistoricalTerms(), patches)
	p := treaty.New()
	p.Status, p.Terms = st, terms
	p.TalksOpened, p.Agreed = l.month(src.Opened, "pact.talks_opened"), l.month(src.Agreed, "pact.agreed")
	p.Signed, p.InForce = l.month(src.Signed, "pact.signed"), l.month(src.InForce, "pact.in_force")
	for _, t := range src.Ratified {
		found := false
		for i := range p.Ratification {
			if string(p.Ratification[i].Party) == t.Value {
				p.Ratification[i].Ratified, found = true, true
				p.Ratification[i].Date = p.InForce
			}
		}
		if !found {
			l.add(t.Pos, "pact.ratified: %q is not a party (france or ussr)", t.Value)
		}
	}
	s.Pact = p
}

func (l *loader) powersInfo(sc *game.Scenario) {
	pw := l.f.Powers.all()
	for i, p := range game.Powers {
		src := pw[i]
		if src == nil {
			continue
		}
		info := &sc.Powers[p]
		info.Brief = strings.TrimSpace(src.Brief)
		info.Doctrine = game.Doctrine{Summary: src.Doctrine.Summary, Caution: src.Doctrine.Caution, HistoryBias: src.Doctrine.HistoryBias}
		for _, g := range src.Doctrine.Goals {
			fld, ok := l.cat.Lookup(g.Field.Value)
			if !ok {
				l.add(g.Field.Pos, "goal: unknown field %q%s", g.Field.Value, datafile.DidYouMean(g.Field.Value, l.cat.Paths()))
				continue
			}
			if fld.Kind != game.IntField {
				l.add(g.Field.Pos, "goal: %s is not a number; goals weigh numeric fields", g.Field.Value)
				continue
			}
			info.Doctrine.Goals = append(info.Doctrine.Goals, game.Goal{Field: fld, Weight: g.Weight, Why: g.Why})
		}
		ids := map[string]bool{}
		for _, o := range src.Objectives {
			if ids[o.ID] {
				l.add(o.Pos, "objective id %q is used twice for %s", o.ID, p.ID())
			}
			ids[o.ID] = true
			info.Objectives = append(info.Objectives, game.Objective{ID: o.ID, Text: o.Text, Points: o.Points, When: l.cond(o.When)})
		}
	}
}

func (l *loader) ties(sc *game.Scenario) {
	for _, t := range l.f.Ties {
		tie := game.Tie{ID: t.ID.Value, Name: t.Name, Text: t.Text}
		for _, p := range t.Parties {
			if _, err := game.ParsePower(p.Value); err != nil && l.s.Minor(p.Value) == nil {
				l.add(p.Pos, "tie %s: party %q is neither a power nor a minor state", t.ID.Value, p.Value)
			}
			tie.Parties = append(tie.Parties, p.Value)
		}
		sc.Ties = append(sc.Ties, tie)
	}
}

func (l *loader) cond(t datafile.Text) *game.Expr {
	e, err := l.env.Condition(t.Value)
	if err != nil {
		l.add(t.Pos, "condition %q: %v", t.Value, err)
		return nil
	}
	e.Pos = t.Pos
	return e
}

func (l *loader) conds(ts []datafile.Text) []*game.Expr {
	var out []*game.Expr
	for _, t := range ts {
		if e := l.cond(t); e != nil {
			out = append(out, e)
		}
	}
	return out
}

func (l *loader) intExpr(t datafile.Text) *game.Expr {
	e, err := l.env.Int(t.Value)
	if err != nil {
		l.add(t.Pos, "expression %q: %v", t.Value, err)
		return nil
	}
	e.Pos = t.Pos
	return e
}

func (l *loader) effects(ts []datafile.Text) []game.Effect {
	var out []game.Effect
	for _, t := range ts {
		e, err := game.ParseEffect(l.cat, l.crisisIDs, t.Value)
		if err != nil {
			l.add(t.Pos, "effect %q: %v", t.Value, err)
			continue
		}
		e.Pos = t.Pos
		out = append(out, e)
	}
	return out
}

func (l *loader) body(b *body, where datafile.Pos) game.Body {
	var out game.Body
	if b.Cost != nil {
		out.Cost = game.Cost{Influence: b.Cost.Influence, Stability: b.Cost.Stability, Prestige: b.Cost.Prestige, Industry: b.Cost.Industry}
		if b.Cost.Influence < 0 || b.Cost.Influence > game.MaxInfluence {
			l.add(where, "a cost in influence runs 0…%d", game.MaxInfluence)
		}
	}
	out.Effects = l.effects(b.Effects)
	for _, c := range b.Cases {
		out.Cases = append(out.Cases, game.Case{When: l.conds(c.When), Text: c.Text, Effects: l.effects(c.Effects)})
	}
	for _, o := range b.Outcomes {
		if o.Weight <= 0 {
			l.add(o.Pos, "an outcome's weight must be positive")
		}
		out.Outcomes = append(out.Outcomes, game.Outcome{Weight: max(o.Weight, 1), Text: o.Text, Effects: l.effects(o.Effects)})
	}
	for _, d := range b.Later {
		if d.In < 1 || d.In > 36 {
			l.add(d.Pos, "later: in is a number of months from 1 to 36")
		}
		out.Later = append(out.Later, game.Delayed{In: d.In, Text: d.Text, Effects: l.effects(d.Effects)})
	}
	for _, fu := range b.Follow {
		if fu.In < 0 || fu.In > 36 {
			l.add(fu.Pos, "follow: in is a number of months from 0 (this same month) to 36")
		}
		if _, ok := l.eventIDs[fu.Event.Value]; !ok {
			l.add(fu.Event.Pos, "follow: unknown event %q%s", fu.Event.Value, datafile.DidYouMean(fu.Event.Value, keys(l.eventIDs)))
		}
		out.Follow = append(out.Follow, game.FollowUp{Event: fu.Event.Value, In: fu.In})
	}
	for _, a := range b.AI {
		if e := l.intExpr(a.Score); e != nil {
			out.AI = append(out.AI, game.AITerm{Why: a.Why, Score: e})
		}
	}
	for _, r := range b.Reactions {
		if p, ok := l.power(r.Power, "reaction"); ok {
			if r.Relation < -50 || r.Relation > 50 {
				l.add(r.Pos, "a reaction's relation change runs −50…50")
			}
			out.Reactions = append(out.Reactions, game.Reaction{Power: p, Relation: r.Relation, Text: r.Text})
		}
	}
	return out
}

func (l *loader) dossier(t datafile.Text) string {
	if t.Value != "" && l.opt.Dossier != nil && !l.opt.Dossier(t.Value) {
		l.add(t.Pos, "dossier %q is not in the library", t.Value)
	}
	return t.Value
}

func (l *loader) crises(sc *game.Scenario) {
	seen := map[string]bool{}
	for i := range l.f.Crises {
		c := &l.f.Crises[i]
		if !isID(c.ID.Value) || seen[c.ID.Value] {
			l.add(c.ID.Pos, "crisis id %q is malformed or used twice", c.ID.Value)
		}
		seen[c.ID.Value] = true
		def := &game.CrisisDef{ID: c.ID.Value, Title: c.Title, Text: c.Text, Victim: c.Victim,
			FallbackChance: c.FallbackChance, AcceptBelow: c.AcceptBelow, AcceptAfter: c.AcceptAfter,
			Dossier: l.dossier(c.Dossier), Pos: c.Pos}
		def.Aggressor, _ = l.power(c.Aggressor, "aggressor")
		for _, o := range c.Opponents {
			if p, ok := l.power(o, "opponents"); ok {
				if p == def.Aggressor {
					l.add(o.Pos, "the aggressor cannot oppose itself")
				}
				def.Opponents = append(def.Opponents, p)
			}
		}
		if c.FallbackChance < 0 || c.FallbackChance > 100 {
			l.add(c.At.At("fallback_chance", c.Pos), "fallback_chance is a percentage, 0…100")
		}
		if c.AcceptBelow < 1 || c.AcceptBelow > game.NumRungs-1 {
			l.add(c.At.At("accept_below", c.Pos), "accept_below is a rung from 1 to %d", game.NumRungs-1)
		}
		if c.AcceptAfter < 1 {
			l.add(c.At.At("accept_after", c.Pos), "accept_after is a number of months, at least 1")
		}
		stance, hist := c.Stance.all(), c.Historical.all()
		for j, p := range game.Powers {
			if stance[j] != nil {
				if !slices.Contains(def.Opponents, p) {
					l.add(stance[j].Pos, "stance for %s, which is not among the opponents", p.ID())
				}
				def.Stance[p] = l.intExpr(*stance[j])
			} else if slices.Contains(def.Opponents, p) {
				l.add(c.Stance.Pos, "stance is missing for the opponent %s", p.ID())
			}
			if hist[j] != nil {
				rg := slices.Index(game.RungIDs[:], hist[j].Value)
				if rg < 0 {
					l.add(hist[j].Pos, "historical: %q is not a rung (%s)", hist[j].Value, strings.Join(game.RungIDs[:], ", "))
				}
				def.HistoricalRungs[p] = max(rg, 0)
				def.HistoricalSet[p] = rg >= 0
			}
		}
		for j, pt := range c.Points.all() {
			if pt == nil {
				continue
			}
			p := game.Powers[j]
			cp := game.CrisisPoint{ID: pt.ID.Value, Hold: pt.Hold, Withdraw: pt.Withdraw}
			if p != def.Aggressor && !slices.Contains(def.Opponents, p) {
				l.add(pt.Pos, "points for %s, which is neither the aggressor nor an opponent", p.ID())
			}
			if p != def.Aggressor && (pt.Hold != "" || pt.Withdraw != "") {
				l.add(pt.Pos, "hold and withdraw are the aggressor's moves; %s is an opponent", p.ID())
			}
			for _, k := range keys(pt.Labels) {
				rg := slices.Index(game.RungIDs[:], k)
				if rg < 0 {
					l.add(pt.At.At("labels", pt.Pos), "labels: %q is not a rung (%s)%s", k, strings.Join(game.RungIDs[:], ", "),
						datafile.DidYouMean(k, game.RungIDs[:]))
					continue
				}
				cp.Labels[rg] = pt.Labels[k]
			}
			def.Points[p] = cp
		}
		def.Resolve = l.intExpr(c.Resolve)
		def.OnAccept, def.OnBackdown, def.OnWar = l.effects(c.OnAccept), l.effects(c.OnBackdown), l.effects(c.OnWar)
		sc.Crises = append(sc.Crises, def)
	}
}

func (l *loader) events(sc *game.Scenario) {
	// A scenario that extends another already knows the base's events (l.eventIDs holds them with
	// no position); its own may replace them, but may not repeat themselves.
	if l.eventIDs == nil {
		l.eventIDs = map[string]datafile.Pos{}
	}
	own := map[string]datafile.Pos{}
	for i := range l.f.Events {
		e := &l.f.Events[i]
		if !isID(e.ID.Value) {
			l.add(e.ID.Pos, "event id %q must be lowercase letters, digits and hyphens", e.ID.Value)
		}
		if prev, dup := own[e.ID.Value]; dup {
			l.add(e.ID.Pos, "event id %q is used twice (first at line %d)", e.ID.Value, prev.Line)
		}
		own[e.ID.Value] = e.ID.Pos
		l.eventIDs[e.ID.Value] = e.ID.Pos
	}
	var events []*game.Event
	for i := range l.f.Events {
		e := &l.f.Events[i]
		ev := &game.Event{ID: e.ID.Value, Title: e.Title, Text: strings.TrimSpace(e.Text), Dossier: l.dossier(e.Dossier),
			Power: game.NumPowers, Date: l.month(e.Date, "date"), Trigger: e.Trigger, Repeat: e.Repeat, Pos: e.Pos}
		kinds := 0
		if e.Window != nil {
			kinds++
			ev.From, ev.To = l.month(e.Window.From, "window.from"), l.month(e.Window.To, "window.to")
			if ev.From != 0 && ev.To != 0 && ev.To < ev.From {
				l.add(e.Window.To.Pos, "the window ends (%s) before it opens (%s)", ev.To, ev.From)
			}
			if ev.Date != 0 && ev.From != 0 && (ev.Date < ev.From || ev.Date > ev.To) {
				l.add(e.Date.Pos, "the historical date %s lies outside the window %s…%s", ev.Date, ev.From, ev.To)
			}
		}
		if e.Trigger {
			kinds++
		}
		if e.FollowUp {
			kinds++
		}
		if kinds != 1 && !(e.Trigger && e.Window != nil && kinds == 2) {
			l.add(e.Pos, "event %s needs exactly one of window, trigger: true or follow_up: true (a trigger may also have a window)", e.ID.Value)
		}
		if e.Trigger && e.Window != nil {
			ev.Trigger = true
			// A triggered event with a window is checked only inside it.
		}
		if e.Repeat != 0 && !e.Trigger {
			l.add(e.At.At("repeat", e.Pos), "repeat applies only to triggered events")
		}
		if e.Power.Value != "" {
			if p, ok := l.power(e.Power, "power"); ok {
				ev.Power = p
			}
		}
		ev.When = l.conds(e.When)
		ev.Body = l.body(&e.body, e.Pos)
		if ev.Body.Cost != (game.Cost{}) {
			l.add(e.At.At("cost", e.Pos), "an event has no price; put the cost on its options")
		}
		if len(ev.Body.AI) > 0 {
			l.add(e.At.At("ai", e.Pos), "an event's AI terms belong to its options")
		}
		if len(e.Options) > 0 && ev.Power == game.NumPowers {
			l.add(e.At.At("options", e.Pos), "event %s offers options but names no power to choose (power: …)", e.ID.Value)
		}
		optIDs := map[string]bool{}
		historical := 0
		for j := range e.Options {
			o := &e.Options[j]
			if !isID(o.ID.Value) || optIDs[o.ID.Value] {
				l.add(o.ID.Pos, "option id %q is malformed or used twice in %s", o.ID.Value, e.ID.Value)
			}
			optIDs[o.ID.Value] = true
			if o.Historical {
				historical++
			}
			opt := &game.Option{ID: o.ID.Value, Title: o.Title, Text: strings.TrimSpace(o.Text), Historical: o.Historical,
				When: l.conds(o.When), Body: l.body(&o.body, o.Pos), Pos: o.Pos}
			ev.Options = append(ev.Options, opt)
		}
		if historical > 1 {
			l.add(e.At.At("options", e.Pos), "event %s marks %d options historical; mark one", e.ID.Value, historical)
		}
		events = append(events, ev)
	}
	// Evaluation order: events by window start (follow-ups and triggers keep file order after).
	slices.SortStableFunc(events, func(a, b *game.Event) int {
		ka, kb := int(a.From), int(b.From)
		if a.From == 0 {
			ka = 1 << 30
		}
		if b.From == 0 {
			kb = 1 << 30
		}
		return ka - kb
	})
	sc.Events = events
}

func (l *loader) decisions(sc *game.Scenario) {
	seen := map[string]datafile.Pos{}
	for i := range l.f.Decision {
		d := &l.f.Decision[i]
		if !isID(d.ID.Value) || strings.HasPrefix(d.ID.Value, "crisis") {
			l.add(d.ID.Pos, "decision id %q must be lowercase letters, digits and hyphens (and not begin with crisis)", d.ID.Value)
		}
		if prev, dup := seen[d.ID.Value]; dup {
			l.add(d.ID.Pos, "decision id %q is used twice (first at line %d)", d.ID.Value, prev.Line)
		}
		if _, clash := l.eventIDs[d.ID.Value]; clash {
			l.add(d.ID.Pos, "decision id %q is also an event id", d.ID.Value)
		}
		seen[d.ID.Value] = d.ID.Pos
		dec := &game.Decision{ID: d.ID.Value, Title: d.Title, Text: strings.TrimSpace(d.Text),
			Category: l.enum(d.Category, "category", Categories), When: l.conds(d.When), Once: d.Once,
			Cooldown: d.Cooldown, Dossier: l.dossier(d.Dossier), Body: l.body(&d.body, d.Pos), Pos: d.Pos}
		dec.Power, _ = l.power(d.Power, "power")
		if d.Window != nil {
			dec.From, dec.To = l.month(d.Window.From, "window.from"), l.month(d.Window.To, "window.to")
			if dec.From != 0 && dec.To != 0 && dec.To < dec.From {
				l.add(d.Window.To.Pos, "the window ends (%s) before it opens (%s)", dec.To, dec.From)
			}
		}
		if d.Cooldown < 0 || d.Cooldown > 36 {
			l.add(d.At.At("cooldown", d.Pos), "cooldown is a number of months from 0 to 36")
		}
		for _, h := range d.Historical {
			dec.Historical = append(dec.Historical, l.month(h, "historical"))
		}
		sc.Decisions = append(sc.Decisions, dec)
	}
}

// followCycles refuses follow-up chains that loop: a → b → a would fire for ever.
func (l *loader) followCycles(sc *game.Scenario) {
	next := map[string][]string{}
	for _, e := range sc.Events {
		add := func(b *game.Body) {
			for _, f := range b.Follow {
				next[e.ID] = append(next[e.ID], f.Event)
			}
		}
		add(&e.Body)
		for _, o := range e.Options {
			add(&o.Body)
		}
	}
	const (
		white = iota
		grey
		black
	)
	colour := map[string]int{}
	var path []string
	var visit func(id string) bool
	visit = func(id string) bool {
		colour[id] = grey
		path = append(path, id)
		for _, n := range next[id] {
			if colour[n] == grey {
				i := slices.Index(path, n)
				cycle := append(slices.Clone(path[i:]), n)
				l.add(l.eventIDs[id], "follow-up cycle: %s", strings.Join(cycle, " → "))
				return true
			}
			if colour[n] == white && visit(n) {
				return true
			}
		}
		path = path[:len(path)-1]
		colour[id] = black
		return false
	}
	for _, e := range sc.Events {
		if colour[e.ID] == white && visit(e.ID) {
			return
		}
	}
}

// sameMonthFollowUps checks that a follow-up due in the same month (in: 0) offers no options: no
// one could answer them, since the month's choices are made before it resolves.
func (l *loader) sameMonthFollowUps(sc *game.Scenario) {
	byID := map[string]*game.Event{}
	for _, e := range sc.Events {
		byID[e.ID] = e
	}
	check := func(b *game.Body, at datafile.Pos) {
		for _, f := range b.Follow {
			if e := byID[f.Event]; f.In == 0 && e != nil && len(e.Options) > 0 {
				l.add(at, "follow: %s offers options, so it cannot follow in the same month (in: 0); use in: 1", f.Event)
			}
		}
	}
	for _, e := range sc.Events {
		check(&e.Body, e.Pos)
		for _, o := range e.Options {
			check(&o.Body, o.Pos)
		}
	}
	for _, d := range sc.Decisions {
		check(&d.Body, d.Pos)
	}
}

func keys[V any](m map[string]V) []string {
	out := make([]string, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	slices.Sort(out)
	return out
}

func sortedKeys(m map[string]int) []string { return keys(m) }
