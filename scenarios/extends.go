package scenarios

import (
	"bytes"
	"slices"
	"strings"

	"github.com/goccy/go-yaml/ast"

	"github.com/pactgame/pact/game"
	"github.com/pactgame/pact/game/datafile"
)

// whatIf is a scenario that extends another (docs/scenarios.md, "What-if scenarios"): it starts
// from the base's powers, rules and — when it starts later — the state the base's historical line
// reaches by its first month, then changes what it names.
type whatIf struct {
	Pos        datafile.Pos
	At         datafile.Fields
	ID         datafile.Text        `yaml:"id,required"`
	Format     int                  `yaml:"format,required"`
	Version    int                  `yaml:"version,required"`
	Extends    datafile.Text        `yaml:"extends,required"`
	Title      string               `yaml:"title,required"`
	Start      datafile.Text        `yaml:"start"`
	End        datafile.Text        `yaml:"end"`
	Intro      string               `yaml:"intro,required"`
	Notes      string               `yaml:"notes,required"`
	Playable   []datafile.Text      `yaml:"playable"`
	Seed       uint64               `yaml:"history_seed"`
	Setup      []datafile.Text      `yaml:"setup"`
	Remove     []datafile.Text      `yaml:"remove"`
	Briefs     byPower[string]      `yaml:"briefs"`
	Objectives byPower[[]objective] `yaml:"objectives"`
	Crises     []crisis             `yaml:"crises"`
	Events     []event              `yaml:"events"`
	Decisions  []decision           `yaml:"decisions"`
}

// extendsAnother reports whether a scenario file has a top-level "extends" key.
func extendsAnother(name string, data []byte) bool {
	// A top-level key starts a line; a file with no line starting "extends" (most, and the long
	// campaign) is not parsed twice.
	if !bytes.HasPrefix(data, []byte("extends")) && !bytes.Contains(data, []byte("\nextends")) {
		return false
	}
	root, errs := datafile.Parse(name, data)
	if len(errs) > 0 || root == nil {
		return false
	}
	m, ok := root.(*ast.MappingNode)
	if !ok {
		if mv, ok := root.(*ast.MappingValueNode); ok {
			return mv.Key.String() == "extends"
		}
		return false
	}
	for _, kv := range m.Values {
		if kv.Key.String() == "extends" {
			return true
		}
	}
	return false
}

func parseWhatIf(name string, data []byte, opt Options) (*game.Scenario, datafile.ErrorList) {
	var w whatIf
	errs := datafile.Decode(name, data, &w)
	if len(errs) > 0 {
		return nil, errs
	}
	l := &loader{name: name, opt: opt}
	sc := l.compileWhatIf(&w)
	l.errs.Sort()
	if len(l.errs) > 0 {
		return nil, l.errs
	}
	return sc, nil
}

func (l *loader) compileWhatIf(w *whatIf) *game.Scenario {
	if !isID(w.ID.Value) {
		l.add(w.ID.Pos, "id %q must be lowercase letters, digits and hyphens", w.ID.Value)
	}
	if w.Format != FormatVersion {
		l.add(w.At.At("format", w.Pos), "format %d is not one this version of Pact reads (it reads format %d)", w.Format, FormatVersion)
	}
	if w.Extends.Value == w.ID.Value {
		l.add(w.Extends.Pos, "a scenario cannot extend itself")
		return nil
	}
	base, err := Load(w.Extends.Value)
	if err != nil {
		l.add(w.Extends.Pos, "extends: %v", strings.TrimPrefix(err.Error(), "scenarios: "))
		return nil
	}
	sc := *base // the base's rules, shared read-only; the lists are copied before they change
	sc.ID, sc.Version, sc.Title, sc.File = w.ID.Value, w.Version, w.Title, l.name
	sc.Intro, sc.Notes = strings.TrimSpace(w.Intro), strings.TrimSpace(w.Notes)
	if m := l.month(w.Start, "start"); m != 0 {
		sc.Start = m
	}
	if m := l.month(w.End, "end"); m != 0 {
		sc.End = m
	}
	if sc.Start < base.Start || sc.End > base.End || sc.End < sc.Start {
		l.add(w.At.At("start", w.Pos), "%s runs %s to %s; a scenario extending it must run inside that (here %s to %s)",
			base.ID, base.Start, base.End, sc.Start, sc.End)
		return nil
	}
	if len(w.Playable) > 0 {
		sc.Playable = nil
		for _, t := range w.Playable {
			if p, ok := l.power(t, "playable"); ok {
				sc.Playable = append(sc.Playable, p)
			}
		}
	}

	// The starting state: the base's, or the state its historical line reaches by the start.
	s := base.Initial.Clone()
	if sc.Start > base.Start {
		seed := w.Seed
		if seed == 0 {
			seed = 1
		}
		g := game.New(base, seed)
		for g.Current().Date < sc.Start && !g.Over() {
			if _, err := g.Step(game.HistoricalPolicy); err != nil {
				l.add(w.At.At("start", w.Pos), "playing %s's historical line to %s: %v", base.ID, sc.Start, err)
				return nil
			}
		}
		s = g.Current().Clone()
	}
	s.Scenario = sc.ID
	l.s, l.cat, l.env = s, base.Fields, game.EnvFor(s)

	// Crises, events and decisions: the base's, minus those removed, with the file's added or
	// replacing those of the same id.
	removed := map[string]bool{}
	for _, t := range w.Remove {
		_, isEvent := base.Event(t.Value)
		_, isDecision := base.Decision(t.Value)
		if !isEvent && !isDecision {
			l.add(t.Pos, "remove: %s has no event or decision %q", base.ID, t.Value)
		}
		removed[t.Value] = true
	}
	for _, c := range base.Crises {
		l.crisisIDs = append(l.crisisIDs, c.ID)
	}
	for i := range w.Crises {
		if !slices.Contains(l.crisisIDs, w.Crises[i].ID.Value) {
			l.crisisIDs = append(l.crisisIDs, w.Crises[i].ID.Value)
		}
	}
	l.eventIDs = map[string]datafile.Pos{}
	for _, e := range base.Events {
		if !removed[e.ID] {
			l.eventIDs[e.ID] = datafile.Pos{}
		}
	}
	l.f = &file{Crises: w.Crises, Events: w.Events, Decision: w.Decisions}
	own := &game.Scenario{}
	l.crises(own)
	l.events(own)
	l.decisions(own)
	sc.Crises = merge(base.Crises, own.Crises, removed, func(c *game.CrisisDef) string { return c.ID })
	sc.Events = merge(base.Events, own.Events, removed, func(e *game.Event) string { return e.ID })
	sc.Decisions = merge(base.Decisions, own.Decisions, removed, func(d *game.Decision) string { return d.ID })
	// Keep the evaluation order: by window start, follow-ups and triggers after.
	slices.SortStableFunc(sc.Events, func(a, b *game.Event) int { return windowKey(a) - windowKey(b) })

	// Briefs and objectives.
	for i, b := range w.Briefs.all() {
		if b != nil {
			sc.Powers[i].Brief = strings.TrimSpace(*b)
		}
	}
	for i, objs := range w.Objectives.all() {
		if objs == nil {
			continue
		}
		sc.Powers[i].Objectives = nil
		for _, o := range *objs {
			sc.Powers[i].Objectives = append(sc.Powers[i].Objectives, game.Objective{ID: o.ID, Text: o.Text, Points: o.Points, When: l.cond(o.When)})
		}
	}
	l.followCycles(&sc)
	l.sameMonthFollowUps(&sc)
	if len(l.errs) > 0 {
		return nil
	}
	sc.Index()
	// The setup: effects on the starting state, applied as a month's events would be.
	setup := l.effects(w.Setup)
	if len(l.errs) > 0 {
		return nil
	}
	if err := game.ApplySetup(&sc, s, setup); err != nil {
		l.add(w.At.At("setup", w.Pos), "setup: %v", err)
		return nil
	}
	sc.Initial = s
	if err := game.CheckInvariants(&sc, withDateAfter(s)); err != nil {
		l.add(w.Pos, "the starting state is inconsistent: %v", err)
	}
	return &sc
}

// merge returns base without the removed ids, with own's items replacing those of the same id
// (in place) and the rest appended.
func merge[T any](base, own []T, removed map[string]bool, id func(T) string) []T {
	out := make([]T, 0, len(base)+len(own))
	replaced := map[string]bool{}
	byID := map[string]T{}
	for _, x := range own {
		byID[id(x)] = x
	}
	for _, x := range base {
		if removed[id(x)] {
			continue
		}
		if y, ok := byID[id(x)]; ok {
			out = append(out, y)
			replaced[id(x)] = true
			continue
		}
		out = append(out, x)
	}
	for _, x := range own {
		if !replaced[id(x)] {
			out = append(out, x)
		}
	}
	return out
}

func windowKey(e *game.Event) int {
	if e.From == 0 {
		return 1 << 30
	}
	return int(e.From)
}
