package game

import (
	"fmt"
	"strconv"
	"strings"
)

// The escalation ladder (GAME.md "Crises"), after Balance of Power: each power opposing an
// aggressive act stands on one rung; the aggressor, by its doctrine, holds or backs down.
const (
	RungAccept = iota
	RungProtest
	RungLeague
	RungSanctions
	RungMobilise
	RungUltimatum
	RungWar
	NumRungs
)

// RungIDs name the rungs in decision ids: "crisis/rhineland/mobilise".
var RungIDs = [NumRungs]string{"accept", "protest", "league", "sanctions", "mobilise", "ultimatum", "war"}

// RungTitles describe the rungs for people.
var RungTitles = [NumRungs]string{"Accept the fait accompli", "Protest", "Appeal to the League",
	"Sanctions", "Partial mobilisation", "Ultimatum", "War"}

// RungTexts say what taking each rung does, for the screen beside its price (paid when the rung is
// taken; the monthly consequences of sanctions and force follow while it is held).
var RungTexts = [NumRungs]string{
	"Let it stand: costs nothing; if no opponent goes beyond words the aggressor keeps its gain.",
	"A formal note of protest: costs nothing, commits you to nothing, and does not stop the fait accompli standing.",
	"Bring it before the Council of the League: words with the League's authority behind them, but still only words.",
	"Economic and financial sanctions: the aggressor's economy suffers each month you keep them, and so do your relations with it.",
	"Call up reservists and man the frontier: your readiness rises each month; the aggressor must now weigh force.",
	"Demand withdrawal by a date: each month it goes unheeded, war may come, the likelier as tension rises.",
	"Go to war: the campaign ends in a general war.",
}

// aggressorTexts say what the aggressor's two moves do.
var aggressorTexts = map[string]string{
	"hold":     "Keep what you have taken and wait for the others to tire.",
	"withdraw": "Pull back: the crisis closes as a backdown, at a cost in prestige.",
}

// rungCost is the price of taking a rung, paid in the month it is taken: influence, then stability (mobilisation
// costs money and calm at home; an ultimatum spends prestige if it fails, which the outcome handles).
var rungCost = [NumRungs]Cost{
	{}, {}, {Influence: 1}, {Influence: 2, Industry: 1}, {Influence: 3, Stability: 3, Industry: 2},
	{Influence: 4, Stability: 4, Industry: 2}, {Stability: 6, Industry: 4},
}

// standoffMonths is how long a crisis may stand still at mobilisation beyond its accept_after
// before the opponents' measures lapse and the fait accompli stands.
const standoffMonths = 4

// rungPressure is how much one point of a power's strength weighs on each rung.
var rungPressure = [NumRungs]int{0, 2, 5, 10, 25, 40, 60}

// Crisis decision ids: "crisis/<id>/<rung>" for opponents, "crisis/<id>/hold" and
// "crisis/<id>/withdraw" for the aggressor.
func crisisChoiceID(crisis, move string) string { return "crisis/" + crisis + "/" + move }

// parseCrisisChoice splits a crisis decision id.
func parseCrisisChoice(id string) (crisis, move string, ok bool) {
	rest, found := strings.CutPrefix(id, "crisis/")
	if !found {
		return "", "", false
	}
	crisis, move, ok = strings.Cut(rest, "/")
	return crisis, move, ok
}

func rungOf(move string) int {
	for i, id := range RungIDs {
		if id == move {
			return i
		}
	}
	return -1
}

// strength is how much a power's opposition weighs: its readiness and prestige, 0…100.
func strength(ps *PowerState) int { return (ps.Readiness + ps.Prestige) / 2 }

// Pressure is the weight of the opposition to a crisis's aggressor at the opponents' current rungs.
func Pressure(s *State, def *CrisisDef, c *Crisis) int {
	total := 0
	for _, p := range def.Opponents {
		total += rungPressure[c.Rungs[p]] * strength(&s.Powers[p]) / 100
	}
	return total
}

func (r *resolver) crisisCause(def *CrisisDef) Cause {
	return Cause{Kind: CauseCrisis, ID: def.ID, Text: def.Title}
}

// openCrisis opens a crisis (an effect of the aggressive act's event).
func (r *resolver) openCrisis(id string, cause Cause) {
	def, _ := r.scn.CrisisDef(id)
	if c := r.s.Crisis(id); c != nil && c.Status == "open" {
		return
	}
	c := Crisis{ID: id, Opened: r.s.Date, Status: "open", Fallback: r.s.RNG.Percent(def.FallbackChance)}
	c.Rungs[def.Aggressor] = RungMobilise
	r.s.Crises = append(r.s.Crises, c)
	r.rep.Notes = append(r.rep.Notes, Note{Kind: "crisis", ID: id, Title: def.Title,
		Text: fmt.Sprintf("A crisis opens: %s. %s", def.Title, cause.Text)})
	r.record(crisisField(id), "", "open", 0, cause)
}

func crisisField(id string) *Field {
	return &Field{Path: "crises." + id, Label: "the " + id + " crisis", Kind: EnumField, Weight: 30, Power: NumPowers}
}

// closeCrisis ends an open crisis with a status, applying that ending's effects.
func (r *resolver) closeCrisis(id, status string, cause Cause) {
	c := r.s.Crisis(id)
	if c == nil || c.Status != "open" {
		return
	}
	def, _ := r.scn.CrisisDef(id)
	c.Status, c.Closed = status, r.s.Date
	r.record(crisisField(id), "open", status, 0, cause)
	var effs []Effect
	switch status {
	case "accepted":
		effs = def.OnAccept
	case "backed_down":
		effs = def.OnBackdown
	case "war":
		effs = def.OnWar
	}
	for i := range effs {
		r.apply(&effs[i], cause)
	}
}

// crisisPhase moves every open crisis one month (phase 6): the opponents' rungs change as ordered,
// each rung's monthly price and consequences apply, and the crisis ends — in war, in the
// aggressor's retreat, or in the acceptance of the fait accompli — or stays open.
func (r *resolver) crisisPhase(moves map[string][NumPowers]string) {
	for i := range r.s.Crises {
		c := &r.s.Crises[i]
		if c.Status != "open" || c.Opened == r.s.Date {
			if c.Status == "open" {
				r.applyMoves(c, moves[c.ID])
			}
			continue
		}
		def, _ := r.scn.CrisisDef(c.ID)
		r.applyMoves(c, moves[c.ID])
		c.Months++
		cause := r.crisisCause(def)
		peak := 0
		for _, p := range def.Opponents {
			peak = max(peak, c.Rungs[p])
			if rg := c.Rungs[p]; rg >= RungSanctions {
				r.sanctionToll(def, p, rg, cause)
			}
		}
		if peak >= RungSanctions {
			cc := cause
			cc.Text = fmt.Sprintf("%s under %s (%s)", def.Aggressor.Name(), strings.ToLower(RungTitles[peak]), def.Title)
			r.addField(r.scn.Fields.powers[def.Aggressor].industry, -(peak - RungLeague), cc)
		}
		c.Peak = max(c.Peak, peak)
		r.changed()
		switch {
		case peak == RungWar:
			r.closeCrisis(c.ID, "war", cause)
			r.war(fmt.Sprintf("%s: %s goes to war with %s", def.Title, r.warring(def, c), def.Aggressor.Name()), cause)
		case moves[c.ID][def.Aggressor] == "withdraw":
			r.rep.Notes = append(r.rep.Notes, Note{Kind: "crisis", ID: c.ID, Title: def.Title,
				Text: fmt.Sprintf("%s backs down before the pressure of its opponents.", def.Aggressor.Title())})
			r.closeCrisis(c.ID, "backed_down", cause)
		case peak >= RungUltimatum:
			// An ultimatum the aggressor does not heed: war is likely, not certain.
			odds := 35 + 5*(r.s.Global.Tension/10)
			if r.s.RNG.Percent(odds) {
				r.closeCrisis(c.ID, "war", cause)
				r.war(fmt.Sprintf("%s: the ultimatum expires and %s fights", def.Title, def.Aggressor.Name()), cause)
			} else {
				r.rep.Notes = append(r.rep.Notes, Note{Kind: "crisis", ID: c.ID, Title: def.Title,
					Text: fmt.Sprintf("The ultimatum is neither obeyed nor enforced this month (war risk was %d%%).", odds)})
			}
		case peak < def.AcceptBelow && c.Months >= def.AcceptAfter:
			r.closeCrisis(c.ID, "accepted", cause)
		case peak >= RungMobilise && c.Months >= def.AcceptAfter+standoffMonths:
			// Neither side moves: armies mobilised to force nothing cannot be kept under arms for ever.
			// (Sanctions can be kept up: they end when the powers lift them.)
			r.rep.Notes = append(r.rep.Notes, Note{Kind: "crisis", ID: c.ID, Title: def.Title,
				Text: fmt.Sprintf("After %d months of stand-off the opponents' measures lapse without forcing a retreat; the fait accompli stands.", c.Months)})
			r.closeCrisis(c.ID, "accepted", cause)
		}
	}
}

func (r *resolver) warring(def *CrisisDef, c *Crisis) string {
	var names []string
	for _, p := range def.Opponents {
		if c.Rungs[p] == RungWar {
			names = append(names, p.Name())
		}
	}
	return strings.Join(names, " and ")
}

// applyMoves sets the rungs the opponents ordered this month.
func (r *resolver) applyMoves(c *Crisis, moves [NumPowers]string) {
	def, _ := r.scn.CrisisDef(c.ID)
	for _, p := range def.Opponents {
		rg := rungOf(moves[p])
		if rg < 0 || rg == c.Rungs[p] {
			continue
		}
		before := c.Rungs[p]
		c.Rungs[p] = rg
		f := &Field{Path: "crises." + c.ID + "." + p.ID(), Label: p.Adjective() + " stance in the " + c.ID + " crisis",
			Kind: IntField, Weight: 8, Power: p}
		r.record(f, strconv.Itoa(before), strconv.Itoa(rg), rg-before,
			Cause{Kind: CauseDecision, ID: crisisChoiceID(c.ID, moves[p]), Power: p.ID(),
				Text: fmt.Sprintf("%s: %s", p.Title(), RungTitles[rg])})
		r.pay(p, rungCost[rg], Cause{Kind: CauseCrisis, ID: c.ID, Power: p.ID(), Text: RungTitles[rg] + " (" + def.Title + ")"})
	}
}

// sanctionToll is the monthly consequence of one opponent's sanctions or force: its relations with
// the aggressor suffer, and its readiness rises when it mobilises. (The aggressor's economy pays
// once a month for the strongest measure against it, in crisisPhase.)
func (r *resolver) sanctionToll(def *CrisisDef, p Power, rg int, cause Cause) {
	a := def.Aggressor
	cc := cause
	cc.Text = fmt.Sprintf("%s's %s (%s)", p.Name(), strings.ToLower(RungTitles[rg]), def.Title)
	f := r.scn.relationField(p, a)
	r.addField(f, -(rg - RungLeague), cc)
	if rg >= RungMobilise {
		r.addField(r.scn.Fields.powers[p].readiness, 3, cc)
	}
}
