package game

import (
	"github.com/pactgame/pact/game/treaty"
)

// This file holds the engine's standing rules: the derived values that conditions and the AI read
// (deterrence, Germany's appetite for risk, the pact's deterrent and the pretext it hands Berlin),
// and the monthly drift of the world. Each is an integer formula, written out in full so that the
// package doc, the encyclopedia and the tests can state it.

// pactInForce reports whether the pact binds its parties now.
func pactInForce(s *State) bool {
	return s.Pact.Status == treaty.StatusInForce || s.Pact.Status == treaty.StatusInvoked
}

// PactDeterrence is what the pact adds to the deterrence of Germany: nothing before signature; a
// little once signed (a political signal); in force, 8 plus the terms' own effect (automaticity and
// a military convention add, the Locarno brake subtracts — treaty.Terms.Effects), scaled down when
// Soviet help could not arrive because Poland and Romania refuse passage.
func PactDeterrence(s *State) int { return pactDeterrence(s, s.Pact.Terms.Weights()) }

func pactDeterrence(s *State, eff treaty.Effects) int {
	switch s.Pact.Status {
	case treaty.StatusSigned, treaty.StatusRatified:
		return 3
	case treaty.StatusInForce, treaty.StatusInvoked:
	default:
		return 0
	}
	d := 8 + eff.Deterrence
	if !passageOpen(s) {
		d = d * 2 / 3
	}
	return max(d, 0)
}

// passageOpen reports whether Soviet forces could cross Poland or Romania.
func passageOpen(s *State) bool {
	for _, id := range []string{"poland", "romania"} {
		if m := s.Minor(id); m != nil && m.Passage {
			return true
		}
	}
	return false
}

// Pretext is how much the pact hands Germany a Locarno grievance: from the French Chamber's vote
// (the ground Hitler gave on 7 March 1936) 10 plus the terms' own pretext; while the treaty is
// signed, or before Parliament in a ratification debate, half that.
func Pretext(s *State) int { return pretext(s, s.Pact.Terms.Weights()) }

func pretext(s *State, eff treaty.Effects) int {
	base := 10 + eff.Pretext
	switch {
	case chamberPassed(s):
		return max(base, 0)
	case s.HasFlag("ratification_debate"), s.Pact.Status == treaty.StatusSigned, s.Pact.Status == treaty.StatusRatified:
		return max(base/2, 0)
	}
	return 0
}

func chamberPassed(s *State) bool {
	for _, r := range s.Pact.Ratification {
		for _, v := range r.Votes {
			if v.Body == treaty.Chamber && v.Passed {
				return true
			}
		}
	}
	return false
}

// Deterrence is how strongly Germany is deterred, 0…100:
//
//	France's readiness / 3
//	+ France's army advantage over Germany's, / 2 (never negative)
//	+ the pact's deterrent (PactDeterrence)
//	+ Britain's firmness / 4
//	+ 10 while the Stresa front stands
//	+ 5 while the Franco-Belgian military accord holds (flag tie.franco_belgian)
//	+ League credibility / 8
//	+ the Red Army's readiness / 10, or / 20 when no neighbour grants passage
//	− German rearmament / 8
func Deterrence(s *State) int { return deterrence(s, s.Pact.Terms.Weights()) }

func deterrence(s *State, eff treaty.Effects) int {
	fr, de, su := &s.Powers[France], &s.Powers[Germany], &s.Powers[USSR]
	d := fr.Readiness/3 + max(fr.Army-de.Army, 0)/2 + pactDeterrence(s, eff) + s.Powers[Britain].Lever("firmness")/4 +
		s.Global.LeagueCredibility/8 - de.Rearmament/8
	if s.Global.Stresa == "formed" {
		d += 10
	}
	if s.HasFlag("tie.franco_belgian") {
		d += 5
	}
	if passageOpen(s) {
		d += su.Readiness / 10
	} else {
		d += su.Readiness / 20
	}
	return min(max(d, 0), 100)
}

// Appetite is Germany's appetite for a risky coup, 0…100:
//
//	Germany's risk appetite (lever) / 2 + its rearmament / 5 + the pact's pretext
//	+ 5 while Italy is at war in Ethiopia (the others are distracted) + 5 once Stresa is broken
//	− the generals' brake (lever) / 5
func Appetite(s *State) int { return appetite(s, s.Pact.Terms.Weights()) }

func appetite(s *State, eff treaty.Effects) int {
	de := &s.Powers[Germany]
	a := de.Lever("risk_appetite")/2 + de.Rearmament/5 + pretext(s, eff) - de.Lever("generals_brake")/5
	if s.Global.Ethiopia == "war" {
		a += 5
	}
	if s.Global.Stresa == "broken" {
		a += 5
	}
	return min(max(a, 0), 100)
}

// Income is the influence a power gains each month: 2, plus its stability / 25, plus its prestige / 34,
// plus the difficulty's bonus (never below 1).
func Income(ps *PowerState) int { return max(1, 2+ps.Stability/25+ps.Prestige/34+ps.Bonus) }

// TensionTarget is where tension drifts: 10 + German rearmament / 3 + 4 per rung of the highest
// open crisis ladder + 8 while Italy fights in Ethiopia + 8 during the Spanish war + 6 once the
// Rhineland is remilitarised.
func TensionTarget(s *State) int {
	t := 10 + s.Powers[Germany].Rearmament/3
	top := 0
	for i := range s.Crises {
		if c := &s.Crises[i]; c.Status == "open" {
			top = max(top, c.Peak)
		}
	}
	t += 4 * top
	if s.Global.Ethiopia == "war" {
		t += 8
	}
	if s.Global.Spain == "civil_war" {
		t += 8
	}
	if s.Global.Rhineland == "remilitarised" {
		t += 6
	}
	return min(max(t, 0), 100)
}

// drift applies the month's standing changes, each with its cause (phase 4, after decisions and the
// pact): influence income, German rearmament at its lever's pace, tension towards its target,
// stability towards 50, relations beyond ±30 one point back towards zero, and the fading of lobbying.
func (r *resolver) drift() {
	s := r.s
	for _, p := range Powers {
		ps := &s.Powers[p]
		r.addField(r.scn.Fields.powers[p].influence, Income(ps), Cause{Kind: CauseDrift, ID: "income",
			Text: "monthly influence from stability and prestige"})
	}
	if pace := s.Powers[Germany].Lever("rearm_pace"); pace > 0 {
		r.addInt("germany.rearmament", max(pace/25, 1), Cause{Kind: CauseDrift, ID: "rearmament",
			Text: "German rearmament continues at its planned pace"})
	}
	if d := TensionTarget(s) - s.Global.Tension; d != 0 {
		step := min(max(d, -2), 2)
		r.addInt("tension", step, Cause{Kind: CauseDrift, ID: "tension",
			Text: "tension drifts with rearmament, open crises and wars"})
	}
	for _, p := range Powers {
		ps := &s.Powers[p]
		if d := 50 - ps.Stability; d/10 != 0 {
			r.addField(r.scn.Fields.powers[p].stability, d/10, Cause{Kind: CauseDrift, ID: "stability",
				Text: "governments settle back towards an even keel"})
		}
	}
	for i, a := range Powers {
		for _, b := range Powers[i+1:] {
			if v := s.Relations.Get(a, b); v >= 30 || v <= -30 {
				step := -1
				if v < 0 {
					step = 1
				}
				r.addField(r.scn.relationField(a, b), step, Cause{Kind: CauseDrift, ID: "relations", Text: "strong feelings between capitals fade a little each month"})
			}
		}
	}
	if s.Global.Lobbying > 0 {
		r.addInt("lobbying", -min(2, s.Global.Lobbying), Cause{Kind: CauseDrift, ID: "lobbying",
			Text: "deputies forget last month's lobbying"})
	}
}
