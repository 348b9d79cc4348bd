package game_test

import (
	"os"
	"slices"
	"strings"
	"testing"

	"github.com/pactgame/pact/game"
	"github.com/pactgame/pact/scenarios"
)

// mini compiles the test scenario (testdata/mini.yaml: the real powers, no events, decisions or
// crises) with extra YAML appended: the rules under test, written as data.
func mini(t *testing.T, extra string) *game.Scenario {
	t.Helper()
	base, err := os.ReadFile("testdata/mini.yaml")
	if err != nil {
		t.Fatal(err)
	}
	sc, errs := scenarios.Parse("mini.yaml", append(base, []byte(extra)...), scenarios.Options{})
	if len(errs) > 0 {
		t.Fatalf("test scenario does not compile:\n%s", errs.Lines())
	}
	return sc
}

// nobody orders nothing but the answers events demand (the first option).
func nobody(t *game.Turn, p game.Power) []game.Order {
	var out []game.Order
	seen := map[string]bool{}
	for _, c := range t.Choices(p) {
		if c.Required && !seen[c.Group] {
			seen[c.Group] = true
			out = append(out, game.Order{ID: c.ID})
		}
	}
	return out
}

// with orders the given ids for one power, and answers events with their first option.
func with(p game.Power, ids ...string) game.Policy {
	return func(t *game.Turn, q game.Power) []game.Order {
		out := nobody(t, q)
		if q != p {
			return out
		}
		for _, id := range ids {
			for _, c := range t.Choices(q) {
				if c.ID == id {
					out = slices.DeleteFunc(out, func(o game.Order) bool {
						for _, x := range t.Choices(q) {
							if x.ID == o.ID && x.Group == c.Group {
								return true
							}
						}
						return false
					})
					out = append(out, game.Order{ID: id})
				}
			}
		}
		return out
	}
}

func step(t *testing.T, g *game.Game, policy game.Policy) *game.Report {
	t.Helper()
	rep, err := g.Step(policy)
	if err != nil {
		t.Fatal(err)
	}
	return rep
}

func fired(rep *game.Report, id string) bool {
	return slices.ContainsFunc(rep.Events, func(e game.ReportEvent) bool { return e.ID == id })
}

func TestEffectsSaturateAtTheirBounds(t *testing.T) {
	sc := mini(t, `
events:
  - id: spike
    title: A spike
    text: Tension leaps.
    window: {from: 1934-01, to: 1934-01}
    effects: ["tension += 500"]
`)
	g := game.New(sc, 1)
	rep := step(t, g, nobody)
	var spike *game.Change
	for i, c := range rep.Changes {
		if c.Field == "tension" && c.Cause.ID == "spike" {
			spike = &rep.Changes[i]
		}
	}
	if spike == nil || spike.To != "100" || spike.Delta != 100-sc.Initial.Global.Tension {
		t.Fatalf("the spike's change is %+v; want tension saturated at 100, recorded as the %+d that happened", spike, 100-sc.Initial.Global.Tension)
	}
	if got := g.Current().Global.Tension; got > 100 || got < 95 {
		t.Errorf("tension ends the month at %d", got)
	}
}

func TestEveryChangeCarriesItsCause(t *testing.T) {
	sc, err := scenarios.Load("pact-1934")
	if err != nil {
		t.Fatal(err)
	}
	g := game.New(sc, 5)
	if err := g.Run(game.AIPolicy); err != nil {
		t.Fatal(err)
	}
	n := 0
	for _, rep := range g.Reports {
		for _, c := range rep.Changes {
			n++
			if c.Cause.Kind == "" || c.Cause.Text == "" || c.Cause.ID == "" {
				t.Fatalf("%s: %s changed from %s to %s without a cause: %+v", rep.Date, c.Field, c.From, c.To, c.Cause)
			}
		}
	}
	if n < 500 {
		t.Errorf("only %d changes in a whole campaign", n)
	}
}

const decisions = `
decisions:
  - id: buy
    power: france
    title: Buy arms
    text: Spend influence on arms.
    category: military
    cooldown: 2
    cost: {influence: 4, stability: 1}
    effects: ["france.readiness += 5"]
  - id: once
    power: france
    title: A single chance
    text: Only once.
    category: diplomacy
    once: true
    cost: {influence: 1}
    effects: ["flag done"]
  - id: expensive
    power: france
    title: Beyond means
    text: Costs more than France has.
    category: domestic
    cost: {influence: 30}
    effects: ["france.prestige += 10"]
  - id: later
    power: france
    title: A slow burn
    text: Pays off in two months.
    category: domestic
    cost: {influence: 1}
    later: [{in: 2, text: "the slow burn", effects: ["france.prestige += 7"]}]
`

func TestDecisionPaysItsPrice(t *testing.T) {
	sc := mini(t, decisions)
	g := game.New(sc, 1)
	before := g.Current().Powers[game.France]
	rep := step(t, g, with(game.France, "buy"))
	after := g.Current().Powers[game.France]
	income := game.Income(&before) // stability moves by one point, not enough to change the income
	if want := before.Influence - 4 + income; after.Influence != want {
		t.Errorf("influence %d → %d, want %d (price 4, income %d)", before.Influence, after.Influence, want, income)
	}
	if after.Readiness != before.Readiness+5 {
		t.Errorf("readiness %d → %d, want +5", before.Readiness, after.Readiness)
	}
	var priced bool
	for _, c := range rep.Changes {
		if c.Field == "france.influence" && c.Cause.Kind == game.CauseCost && c.Delta == -4 {
			priced = true
		}
	}
	if !priced {
		t.Error("the report does not show the price paid, with its cause")
	}
}

func TestDecisionBeyondMeansIsNotOffered(t *testing.T) {
	sc := mini(t, decisions)
	g := game.New(sc, 1)
	turn, _ := g.Begin()
	for _, c := range turn.Choices(game.France) {
		if c.ID == "expensive" {
			t.Fatal("a decision costing more influence than the power has is offered")
		}
	}
	d, _ := sc.Decision("expensive")
	if why := turn.WhyClosed(d); !strings.Contains(why, "needs 30 influence") {
		t.Errorf("WhyClosed = %q", why)
	}
	if err := turn.Check(game.France, []string{"expensive"}); err == nil {
		t.Error("Check accepts an order beyond the power's means")
	}
}

func TestOrdersOutsideTheChoicesAreRefused(t *testing.T) {
	sc := mini(t, decisions)
	g := game.New(sc, 1)
	turn, _ := g.Begin()
	for _, tc := range []struct {
		p   game.Power
		ids []string
		why string
	}{
		{game.France, []string{"no-such-decision"}, "cannot take"},
		{game.Germany, []string{"buy"}, "France's decision"},
		{game.France, []string{"buy", "buy"}, "orders both"},
	} {
		err := turn.Check(tc.p, tc.ids)
		if err == nil || !strings.Contains(err.Error(), tc.why) {
			t.Errorf("Check(%s, %v) = %v, want an error mentioning %q", tc.p, tc.ids, err, tc.why)
		}
	}
	var o game.Orders
	o[game.France] = []game.Order{{ID: "no-such-decision"}}
	if _, err := g.Apply(turn, o); err == nil {
		t.Error("Apply accepts an order outside the choices")
	}
}

func TestOnceDecisionIsNotOfferedAgain(t *testing.T) {
	sc := mini(t, decisions)
	g := game.New(sc, 1)
	step(t, g, with(game.France, "once"))
	turn, _ := g.Begin()
	if slices.ContainsFunc(turn.Choices(game.France), func(c game.Choice) bool { return c.ID == "once" }) {
		t.Error("a once-only decision is offered again")
	}
}

func TestCooldownKeepsADecisionClosed(t *testing.T) {
	sc := mini(t, decisions)
	g := game.New(sc, 1)
	step(t, g, with(game.France, "buy"))
	open := func() bool {
		turn, _ := g.Begin()
		return slices.ContainsFunc(turn.Choices(game.France), func(c game.Choice) bool { return c.ID == "buy" })
	}
	if open() {
		t.Error("open again one month later, with a cooldown of two")
	}
	step(t, g, nobody)
	if !open() {
		t.Error("still closed once the cooldown has run")
	}
}

func TestDelayedEffectsLandInTheirMonthWithTheirCause(t *testing.T) {
	sc := mini(t, decisions)
	g := game.New(sc, 1)
	step(t, g, with(game.France, "later"))
	prestige := g.Current().Powers[game.France].Prestige
	rep := step(t, g, nobody)
	if g.Current().Powers[game.France].Prestige != prestige {
		t.Error("the delayed effect landed a month early")
	}
	rep = step(t, g, nobody)
	found := false
	for _, c := range rep.Changes {
		if c.Field == "france.prestige" && c.Cause.Kind == game.CauseDelayed && c.Cause.ID == "later" && c.Cause.Since == "1934-01" {
			found = true
		}
	}
	if !found {
		t.Errorf("month three does not show the delayed +7 caused by January's decision: %+v", rep.Changes)
	}
}

const chain = `
events:
  - id: gate
    title: The gate
    text: Opens when tension is high.
    date: 1934-02
    window: {from: 1934-01, to: 1934-03}
    when: ["tension >= 40"]
    effects: ["flag gate_opened"]
    follow: [{event: after, in: 2}]
  - id: after
    title: Afterwards
    text: Two months on.
    follow_up: true
    when: ["not flag('blocked')"]
    effects: ["flag after_fired"]
  - id: alarm
    title: An alarm
    text: Whenever tension tops 45, at most every three months.
    trigger: true
    repeat: 3
    when: ["tension >= 45"]
    effects: ["france.prestige += 1"]
decisions:
  - id: provoke
    power: germany
    title: Provoke
    text: Raise tension.
    category: military
    cost: {influence: 1}
    effects: ["tension += 30"]
  - id: block
    power: france
    title: Block
    text: Block the follow-up.
    category: diplomacy
    cost: {influence: 1}
    effects: ["flag blocked"]
`

func TestWindowedEventWaitsForItsConditionAndSaysWhy(t *testing.T) {
	sc := mini(t, chain)
	g := game.New(sc, 1)
	step(t, g, nobody) // January: tension low
	rep := step(t, g, nobody)
	if fired(rep, "gate") {
		t.Fatal("the gate fired with low tension")
	}
	if !slices.ContainsFunc(rep.Notes, func(n game.Note) bool {
		return n.Kind == "delayed" && n.ID == "gate" && strings.Contains(n.Text, "it waits until European tension is at least 40")
	}) {
		t.Errorf("February's report does not say the gate is delayed and why: %+v", rep.Notes)
	}
	rep = step(t, g, nobody) // March: the window closes
	if !slices.ContainsFunc(rep.Notes, func(n game.Note) bool { return n.Kind == "prevented" && n.ID == "gate" }) {
		t.Errorf("March's report does not say the gate never happened: %+v", rep.Notes)
	}
	if m := g.Current().Missed; len(m) != 1 || m[0].Event != "gate" || !strings.Contains(m[0].Reason, "tension") {
		t.Errorf("Missed = %+v", m)
	}
}

func TestFollowUpFiresAfterItsDelay(t *testing.T) {
	sc := mini(t, chain)
	g := game.New(sc, 1)
	rep := step(t, g, with(game.Germany, "provoke")) // tension 55 for February
	if fired(rep, "gate") {
		t.Fatal("fired in the month tension rose: conditions are read at the start of the month")
	}
	rep = step(t, g, nobody)
	if !fired(rep, "gate") {
		t.Fatal("the gate did not fire once tension was high")
	}
	step(t, g, nobody)
	if rep := step(t, g, nobody); !fired(rep, "after") {
		t.Error("the follow-up did not fire two months later")
	}
}

func TestFollowUpIsPreventedWhenItsConditionFails(t *testing.T) {
	sc := mini(t, chain)
	g := game.New(sc, 1)
	step(t, g, with(game.Germany, "provoke"))
	step(t, g, nobody)
	step(t, g, with(game.France, "block"))
	rep := step(t, g, nobody)
	if fired(rep, "after") {
		t.Error("the follow-up fired although its condition failed")
	}
	if !slices.ContainsFunc(rep.Notes, func(n game.Note) bool { return n.Kind == "prevented" && n.ID == "after" }) {
		t.Errorf("no note says why the follow-up did not happen: %+v", rep.Notes)
	}
}

func TestTriggeredEventRepeatsAfterItsInterval(t *testing.T) {
	sc := mini(t, chain)
	g := game.New(sc, 1)
	var months []string
	for range 8 {
		rep := step(t, g, with(game.Germany, "provoke"))
		if fired(rep, "alarm") {
			months = append(months, rep.Date.String())
		}
	}
	want := []string{"1934-02", "1934-05", "1934-08"}
	if !slices.Equal(months, want) {
		t.Errorf("the alarm fired in %v, want %v", months, want)
	}
}

const chance = `
decisions:
  - id: gamble
    power: france
    title: Gamble
    text: Heads or tails.
    category: domestic
    cost: {influence: 1}
    outcomes:
      - {weight: 30, text: "heads", effects: ["flag heads"]}
      - {weight: 70, text: "tails", effects: ["flag tails"]}
`

func TestOutcomesAreDrawnFromTheSeedByWeight(t *testing.T) {
	sc := mini(t, chance)
	heads := 0
	for seed := range uint64(400) {
		g := game.New(sc, seed)
		step(t, g, with(game.France, "gamble"))
		again := game.New(sc, seed)
		step(t, again, with(game.France, "gamble"))
		if g.Current().Hash() != again.Current().Hash() {
			t.Fatalf("seed %d gives two different months", seed)
		}
		if g.Current().HasFlag("heads") {
			heads++
		}
		if g.Current().HasFlag("heads") == g.Current().HasFlag("tails") {
			t.Fatal("not exactly one outcome happened")
		}
	}
	if heads < 90 || heads > 150 { // 30% of 400 = 120
		t.Errorf("heads came %d times in 400 for a weight of 30%%", heads)
	}
}

const ladder = `
crises:
  - id: coup
    title: The coup
    text: Germany strikes.
    aggressor: germany
    victim: france
    opponents: [france, britain]
    stance: {france: "2", britain: "1"}
    resolve: "40"
    fallback_chance: 100
    accept_below: 3
    accept_after: 1
    on_accept: ["flag accepted"]
    on_backdown: ["flag backed_down", "germany.prestige -= 20"]
    on_war: ["flag war"]
events:
  - id: strike
    title: Germany strikes
    text: The coup.
    window: {from: 1934-01, to: 1934-01}
    effects: ["crisis open coup"]
`

func TestCrisisOpponentsAnswerInTheMonthItOpens(t *testing.T) {
	sc := mini(t, ladder)
	g := game.New(sc, 1)
	turn, _ := g.Begin()
	if !slices.ContainsFunc(turn.Choices(game.France), func(c game.Choice) bool { return c.ID == "crisis/coup/mobilise" }) {
		t.Fatal("France cannot answer the crisis in the month it opens")
	}
	if slices.ContainsFunc(turn.Choices(game.Germany), func(c game.Choice) bool { return strings.HasPrefix(c.ID, "crisis/") }) {
		t.Error("the aggressor is offered a move in the month it has just acted")
	}
}

func TestCrisisAcceptedWhenNoOneGoesBeyondProtest(t *testing.T) {
	sc := mini(t, ladder)
	g := game.New(sc, 1)
	step(t, g, game.AIPolicy) // stances 2 and 1
	step(t, g, game.AIPolicy)
	c := g.Current().Crisis("coup")
	if c == nil || c.Status != "accepted" || !g.Current().HasFlag("accepted") {
		t.Fatalf("crisis = %+v; want accepted with its effects", c)
	}
}

func TestAggressorBacksDownBeforeForceWhenItsFallbackSaysSo(t *testing.T) {
	sc := mini(t, ladder)
	g := game.New(sc, 1)
	step(t, g, with(game.France, "crisis/coup/mobilise"))
	step(t, g, game.AIPolicy) // Germany, with a certain fallback, orders its withdrawal
	step(t, g, game.AIPolicy)
	s := g.Current()
	if c := s.Crisis("coup"); c.Status != "backed_down" || !s.HasFlag("backed_down") {
		t.Fatalf("crisis = %+v", c)
	}
}

func TestWarOnTheLadderEndsTheCampaign(t *testing.T) {
	sc := mini(t, ladder)
	g := game.New(sc, 1)
	step(t, g, with(game.France, "crisis/coup/war"))
	step(t, g, nobody)
	s := g.Current()
	if !s.Ended || !s.Ending.War || !s.HasFlag("war") {
		t.Fatalf("ended=%v war=%v flags=%v", s.Ended, s.Ending.War, s.Flags)
	}
	if _, err := g.Begin(); err == nil {
		t.Error("a month can be begun after the campaign ended")
	}
	if sc := game.Scores(sc, s); sc[game.France].Points == sc[game.France].Max {
		t.Error("a general war costs nothing in the score")
	}
}

func TestInvariantsCatchABrokenState(t *testing.T) {
	sc := mini(t, "")
	for name, breakIt := range map[string]func(s *game.State){
		"asymmetric relations": func(s *game.State) { s.Relations[game.France][game.USSR] = 50 },
		"out of range":         func(s *game.State) { s.Global.Tension = 101 },
		"bad enum":             func(s *game.State) { s.Global.Rhineland = "annexed" },
		"unsorted flags":       func(s *game.State) { s.Flags = []string{"z", "a"} },
		"unsorted occurrences": func(s *game.State) {
			s.Last = []game.Occurrence{{ID: "z", Date: s.Date, Count: 1}, {ID: "a", Date: s.Date, Count: 1}}
		},
		"empty office": func(s *game.State) { s.Powers[game.Italy].ForeignMinister = "" },
		"ratified without votes": func(s *game.State) {
			s.Pact.Status = "in_force"
		},
	} {
		s := sc.Initial.Clone()
		s.Date = s.Date.Add(1)
		breakIt(s)
		if err := game.CheckInvariants(sc, s); err == nil {
			t.Errorf("%s: not caught", name)
		} else if !strings.Contains(err.Error(), "invariant broken") {
			t.Errorf("%s: %v", name, err)
		}
	}
	if err := game.CheckInvariants(sc, sc.Initial); err != nil {
		t.Errorf("the initial state breaks an invariant: %v", err)
	}
}

func TestHashChangesWhenAnyFieldChanges(t *testing.T) {
	sc := mini(t, "")
	base := sc.Initial.Hash()
	for _, f := range sc.Fields.All() {
		s := sc.Initial.Clone()
		switch f.Kind {
		case game.IntField:
			v := f.Int(s)
			target := v + 1
			if target > f.Hi {
				target = v - 1
			}
			game.SetIntForTest(&f, s, target)
		case game.BoolField:
			game.SetBoolForTest(&f, s, !f.Bool(s))
		case game.EnumField:
			for _, e := range f.Enum {
				if e != f.Str(s) {
					game.SetStrForTest(&f, s, e)
					break
				}
			}
		case game.NameField:
			game.SetStrForTest(&f, s, f.Str(s)+"x")
		}
		if s.Hash() == base {
			t.Errorf("changing %s leaves the hash unchanged", f.Path)
		}
	}
}

// Rule: difficulty helps or handicaps each player's power once, at the start: easy gives 6
// influence, hard takes 2, and a power named twice among the players is still helped once.
func TestDifficultyAdjustsEachPlayerOnce(t *testing.T) {
	sc := mini(t, "")
	base := sc.Initial.Powers[game.France].Influence
	for _, tc := range []struct {
		name    string
		setup   game.Setup
		france  int
		germany int
	}{
		{"normal", game.Setup{Seed: 1, Players: []game.Power{game.France}, Difficulty: game.Normal}, base, sc.Initial.Powers[game.Germany].Influence},
		{"easy", game.Setup{Seed: 1, Players: []game.Power{game.France}, Difficulty: game.Easy}, base + 6, sc.Initial.Powers[game.Germany].Influence},
		{"easy, named twice", game.Setup{Seed: 1, Players: []game.Power{game.France, game.France}, Difficulty: game.Easy}, base + 6, sc.Initial.Powers[game.Germany].Influence},
		{"hard", game.Setup{Seed: 1, Players: []game.Power{game.France, game.Germany}, Difficulty: game.Hard}, max(base-2, 0), max(sc.Initial.Powers[game.Germany].Influence-2, 0)},
	} {
		s := game.Start(sc, tc.setup).Current()
		if got := s.Powers[game.France].Influence; got != tc.france {
			t.Errorf("%s: France has %d influence, want %d", tc.name, got, tc.france)
		}
		if got := s.Powers[game.Germany].Influence; got != tc.germany {
			t.Errorf("%s: Germany has %d influence, want %d", tc.name, got, tc.germany)
		}
	}
}
