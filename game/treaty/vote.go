package treaty

import (
	"fmt"

	"github.com/pactgame/pact/game/calendar"
)

// Group is one parliamentary group (or, for the USSR, the deciding body) as the ratification model
// sees it. For and Against are the group's probabilities, per mille, that a member votes for or
// against the treaty under the reference climate and the historical terms; the rest abstain or are
// absent. Weights say how the climate moves the group (those of its family).
type Group struct {
	ID      string  `json:"id"`
	Name    string  `json:"name"`
	Family  string  `json:"family"`
	Seats   int     `json:"seats"`
	For     int     `json:"for"`     // per mille
	Against int     `json:"against"` // per mille
	Weights Weights `json:"weights"`
	Note    string  `json:"note"` // provenance: which figures are sourced and which are our approximation
}

// Weights are a family's sensitivities: per mille of support for each point a climate field lies
// above its value in ReferenceClimate (negative: support falls), and fixed shifts for the booleans.
type Weights struct {
	GermanThreat  int `json:"german_threat"`
	AntiCommunism int `json:"anti_communism"`
	Pacifism      int `json:"pacifism"`
	Tension       int `json:"tension"`
	RelationsUSSR int `json:"relations_ussr"`
	RelationsGer  int `json:"relations_ger"`
	RelationsGB   int `json:"relations_gb"`
	Stability     int `json:"stability"`
	Lobbying      int `json:"lobbying"`
	Confidence    int `json:"confidence"`        // when the government makes it a question of confidence
	NoStalin      int `json:"no_stalin_backing"` // when Stalin has not brought the Communists behind national defence
}

// familyWeights is the weights table of the package doc.
var familyWeights = map[string]Weights{
	FamCommunists: {GermanThreat: 1, AntiCommunism: -1, Pacifism: -1, Tension: 0, RelationsUSSR: 2, RelationsGer: 0, RelationsGB: 0, Stability: 0, Lobbying: 1, Confidence: 0, NoStalin: -100},
	FamSocialists: {GermanThreat: 2, AntiCommunism: -1, Pacifism: -3, Tension: -1, RelationsUSSR: 2, RelationsGer: -1, RelationsGB: 1, Stability: 0, Lobbying: 1, Confidence: 0, NoStalin: 0},
	FamRadicals:   {GermanThreat: 3, AntiCommunism: -3, Pacifism: -3, Tension: -1, RelationsUSSR: 3, RelationsGer: -2, RelationsGB: 2, Stability: 2, Lobbying: 2, Confidence: 60, NoStalin: -20},
	FamCentreLeft: {GermanThreat: 3, AntiCommunism: -3, Pacifism: -2, Tension: -1, RelationsUSSR: 3, RelationsGer: -2, RelationsGB: 2, Stability: 2, Lobbying: 2, Confidence: 60, NoStalin: -20},
	FamChristian:  {GermanThreat: 3, AntiCommunism: -4, Pacifism: -2, Tension: 0, RelationsUSSR: 2, RelationsGer: -2, RelationsGB: 2, Stability: 2, Lobbying: 3, Confidence: 60, NoStalin: 0},
	FamCentreRght: {GermanThreat: 4, AntiCommunism: -5, Pacifism: -2, Tension: 1, RelationsUSSR: 3, RelationsGer: -3, RelationsGB: 3, Stability: 2, Lobbying: 3, Confidence: 60, NoStalin: 20},
	FamRight:      {GermanThreat: 3, AntiCommunism: -6, Pacifism: -1, Tension: 1, RelationsUSSR: 2, RelationsGer: -2, RelationsGB: 2, Stability: 1, Lobbying: 2, Confidence: -20, NoStalin: 40},
}

// FamilyWeights are the climate sensitivities of a family (zero for an unknown family).
func FamilyWeights(family string) Weights { return familyWeights[family] }

const (
	srcChamber32 = "seats: figures.md §4.1 (English Wikipedia table, 1932); P(for)/P(against): the modelling suggestion of figures.md §5 — a calibration, not the division list"
	srcChamber36 = "seats: figures.md §4.2 (1936); P(for)/P(against): our approximation, by analogy with the 1932 groups (this Chamber never voted on the pact)"
	srcSenate    = "APPROXIMATION, not historical fact: the sources give only that the Radical Gauche démocratique held an absolute majority, that Socialists never exceeded 16 and that two Communists entered in 1936 (figures.md §5); the other seats (a Senate of 314 is assumed) and every probability are our model, calibrated to the unconfirmed count of 231–52"
)

func group(id, name, fam string, seats, pFor, pAgainst int, note string) Group {
	return Group{ID: id, Name: name, Family: fam, Seats: seats, For: pFor, Against: pAgainst, Weights: familyWeights[fam], Note: note}
}

// chamber1932 is the Chamber elected in May 1932, which voted on 27 February 1936. The Radicals'
// P(for) is 0.82 where figures.md suggests 0.80, so that the expected total is 353 rather than 349.
var chamber1932 = []Group{
	group("pcf", "Communists (PCF)", FamCommunists, 12, 950, 0, srcChamber32),
	group("pup", "Proletarian Unity (PUP)", FamSocialists, 11, 950, 0, srcChamber32),
	group("sfio", "Socialists (SFIO)", FamSocialists, 129, 920, 0, srcChamber32),
	group("radicals", "Radical-Socialists", FamRadicals, 157, 820, 50, srcChamber32+"; P(for) 0.82 instead of 0.80 to meet the real 353"),
	group("usr", "Republican-Socialists (USR)", FamCentreLeft, 37, 800, 30, srcChamber32),
	group("pdp", "Popular Democrats (PDP)", FamChristian, 16, 500, 250, srcChamber32),
	group("ir", "Independent Radicals", FamCentreRght, 62, 300, 500, srcChamber32),
	group("ad", "Republican Left / Alliance démocratique", FamCentreRght, 72, 300, 450, srcChamber32),
	group("fr", "Republican Union / Fédération républicaine", FamRight, 76, 50, 800, srcChamber32),
	group("cons", "Conservatives and independents", FamRight, 33, 50, 800, srcChamber32),
}

// chamber1936 is the Popular Front Chamber elected in April–May 1936.
var chamber1936 = []Group{
	group("pcf", "Communists (PCF)", FamCommunists, 72, 950, 0, srcChamber36),
	group("sfio", "Socialists (SFIO)", FamSocialists, 149, 920, 0, srcChamber36),
	group("radicals", "Radical-Socialists", FamRadicals, 110, 820, 50, srcChamber36+"; figures.md gives 106–116 in other sources"),
	group("others", "Other groups (USR, PDP, independents…)", FamCentreLeft, 97, 550, 200, srcChamber36+"; the 97 seats are 610 less the five groups figures.md lists, their composition unconfirmed"),
	group("ad-ir", "Alliance démocratique and Independent Radicals", FamCentreRght, 82, 300, 470, srcChamber36),
	group("fr", "Fédération républicaine and allies", FamRight, 100, 50, 800, srcChamber36),
}

// senate is the Senate as it sat in March 1936 — an approximation throughout.
var senate = []Group{
	group("senate-pcf", "Communists", FamCommunists, 2, 950, 0, srcSenate),
	group("senate-sfio", "Socialists", FamSocialists, 16, 950, 0, srcSenate),
	group("senate-gd", "Gauche démocratique (Radicals)", FamRadicals, 162, 880, 50, srcSenate),
	group("senate-centre", "Centre groups (merged)", FamCentreRght, 80, 620, 180, srcSenate),
	group("senate-right", "Right groups (merged)", FamRight, 54, 400, 550, srcSenate),
}

// politburo stands for the Soviet decision: not a counted vote (figures.md §6).
var politburo = []Group{{ID: "politburo", Name: "Politburo decision, formalised by the TsIK", Family: "soviet-leadership", Seats: 0, For: 950, Against: 50,
	Note: "not a counted vote: the Party leadership decides and the TsIK formalises it unanimously (figures.md §6; how this treaty was ratified in Moscow, and when, is unconfirmed). For is the chance per mille that the leadership approves under the reference climate"}}

// Groups is the group table of a body: the Chamber of 1932 (or of 1936 when popularFront), the
// Senate, or the Soviet decision (TsIK). The result is a fresh copy.
func Groups(body Body, popularFront bool) []Group {
	var src []Group
	switch body {
	case Chamber:
		src = chamber1932
		if popularFront {
			src = chamber1936
		}
	case Senate:
		src = senate
	case TsIK:
		src = politburo
	}
	return append([]Group(nil), src...)
}

// ReferenceClimate is the climate of 27 February 1936 on the historical line, at which the groups
// have their base probabilities: the Chamber then passes the treaty near 353–164 and the Senate by
// a large majority. The values are the engine's historical state, not measurements.
func ReferenceClimate() Climate {
	return Climate{
		Date:          calendar.Of(1936, 2),
		Stability:     45,
		AntiCommunism: 55,
		Pacifism:      60,
		Tension:       55,
		GermanThreat:  60,
		RelationsUSSR: 35,
		RelationsGer:  -20,
		RelationsGB:   40,
		Lobbying:      10,
		Confidence:    false,
		PopularFront:  false,
		StalinBacking: true,
		TrustPartner:  55,
		BerlinTrack:   25,
	}
}

// GroupOdds is a group's probabilities under a climate and terms, with the causes that moved them.
type GroupOdds struct {
	Group   Group   `json:"group"`
	For     int     `json:"for"`     // per mille
	Against int     `json:"against"` // per mille
	Shift   int     `json:"shift"`   // per mille of support gained (+) or lost (−) against the reference
	Causes  []Cause `json:"causes"`  // the non-zero parts of Shift, in a fixed order
}

// Cause is one part of a group's shift of support.
type Cause struct {
	Cause string `json:"cause"`
	Shift int    `json:"shift"` // per mille
}

// shift is a group's support shift under c and t against the reference, per mille: the support
// formula of the package doc. When causes is non-nil the non-zero parts are appended to it.
func shift(g Group, c Climate, t Terms, causes *[]Cause) int {
	ref := ReferenceClimate()
	w := g.Weights
	parts := [...]struct {
		what string
		v    int
	}{
		{"German threat", w.GermanThreat * (c.GermanThreat - ref.GermanThreat)},
		{"anti-communism", w.AntiCommunism * (c.AntiCommunism - ref.AntiCommunism)},
		{"pacifism", w.Pacifism * (c.Pacifism - ref.Pacifism)},
		{"European tension", w.Tension * (c.Tension - ref.Tension)},
		{"relations with the USSR", w.RelationsUSSR * (c.RelationsUSSR - ref.RelationsUSSR)},
		{"relations with Germany", w.RelationsGer * (c.RelationsGer - ref.RelationsGer)},
		{"relations with Britain", w.RelationsGB * (c.RelationsGB - ref.RelationsGB)},
		{"government stability", w.Stability * (c.Stability - ref.Stability)},
		{"lobbying", w.Lobbying * (c.Lobbying - ref.Lobbying)},
		{"question of confidence", boolPart(c.Confidence, w.Confidence)},
		{"no Stalin communiqué", boolPart(!c.StalinBacking, w.NoStalin)},
		{"the terms", 10 * t.termShift(g.Family)},
	}
	s := 0
	for _, p := range parts {
		s += p.v
		if causes != nil && p.v != 0 {
			*causes = append(*causes, Cause{Cause: p.what, Shift: p.v})
		}
	}
	return s
}

func boolPart(on bool, v int) int {
	if on {
		return v
	}
	return 0
}

// apply turns a group's base probabilities and a shift into its probabilities: the whole shift
// moves P(for), half of it (the other way) P(against), both kept within 0…1000 and their sum
// within 1000.
func apply(g Group, s int) (pFor, pAgainst int) {
	pFor = max(0, min(1000, g.For+s))
	pAgainst = max(0, min(1000-pFor, g.Against-s/2))
	return pFor, pAgainst
}

// Odds are the probabilities of each group of a French body under c and t, with their causes.
// For the TsIK it gives the leadership's chance of approving.
func Odds(body Body, c Climate, t Terms) []GroupOdds {
	if body == TsIK {
		p, causes := sovietOdds(c, t, true)
		return []GroupOdds{{Group: politburo[0], For: p, Against: 1000 - p, Shift: p - politburo[0].For, Causes: causes}}
	}
	groups := Groups(body, c.PopularFront)
	out := make([]GroupOdds, len(groups))
	for i, g := range groups {
		var causes []Cause
		s := shift(g, c, t, &causes)
		f, a := apply(g, s)
		out[i] = GroupOdds{Group: g, For: f, Against: a, Shift: s, Causes: causes}
	}
	return out
}

// Expected is the vote a body's odds lead one to expect: each group's seats times its chances of
// voting for and against, summed and rounded (rest: abstentions and absences). For the TsIK, whose
// one "group" is the leadership, it is the chance per mille of approval against refusal.
func Expected(odds []GroupOdds) (pro, con, rest int) {
	for _, g := range odds {
		pro += g.Group.Seats * g.For
		con += g.Group.Seats * g.Against
		rest += g.Group.Seats * (1000 - g.For - g.Against)
	}
	return (pro + 500) / 1000, (con + 500) / 1000, (rest + 500) / 1000
}

// sovietOdds is the chance, per mille, that the Soviet leadership approves ratification: a
// doctrine check of trust in France against the Berlin track (choices.md §1.2), moved by
// France–USSR relations and by the terms.
func sovietOdds(c Climate, t Terms, explain bool) (int, []Cause) {
	ref := ReferenceClimate()
	parts := [...]struct {
		what string
		v    int
	}{
		{"trust in France", 10 * (c.TrustPartner - ref.TrustPartner)},
		{"the Berlin track", -10 * (c.BerlinTrack - ref.BerlinTrack)},
		{"relations with France", 5 * (c.RelationsUSSR - ref.RelationsUSSR)},
		{"the terms", 10 * sovietTermShift(t)},
	}
	p := politburo[0].For
	var causes []Cause
	for _, x := range parts {
		p += x.v
		if explain && x.v != 0 {
			causes = append(causes, Cause{Cause: x.what, Shift: x.v})
		}
	}
	return max(20, min(980, p)), causes
}

// sovietTermShift is how the terms move Moscow, in points: it wanted automatic assistance and a
// convention (choices.md su-1935-04-accept-text) and took Laval's dilution grudgingly.
func sovietTermShift(t Terms) int {
	s := 0
	switch t.Automaticity {
	case AutoCouncil:
		s -= 10
	case AutoAutomatic:
		s += 5
	}
	switch t.Convention {
	case ConventionStaff:
		s += 3
	case ConventionFull:
		s += 5
	}
	if !t.LocarnoClause {
		s += 2
	}
	return s
}

// VoteOn counts a ratification vote. France: the Chamber or the Senate, group by group, each
// member's vote drawn from r against the group's probabilities (for, against, else abstain or
// absent); the treaty passes on a majority of the votes cast. The USSR: whatever body is named,
// the leadership decides (one draw from r against sovietOdds) and the TsIK formalises the decision
// without a counted vote. All chance comes from r, which must not be nil.
func VoteOn(party Party, body Body, c Climate, t Terms, r Rand) Vote {
	v := Vote{Party: party, Body: body, Date: c.Date}
	switch {
	case party == USSR:
		p, _ := sovietOdds(c, t, false)
		v.Body = TsIK
		v.Passed = r.IntN(1000) < p
		gv := GroupVote{Group: politburo[0].ID, Name: politburo[0].Name, Support: p / 10}
		if v.Passed {
			gv.For = 1
			v.Note = fmt.Sprintf("the leadership approves (a %d%% chance) and the TsIK ratifies unanimously; not a counted vote", p/10)
		} else {
			gv.Against = 1
			v.Note = fmt.Sprintf("the leadership holds the treaty back (it had a %d%% chance of approving); the TsIK does not act", p/10)
		}
		v.Groups = []GroupVote{gv}
	case party == France && (body == Chamber || body == Senate):
		src := senate
		if body == Chamber {
			src = chamber1932
			if c.PopularFront {
				src = chamber1936
			}
		}
		v.Groups = make([]GroupVote, len(src))
		for i, g := range src {
			pf, pa := apply(g, shift(g, c, t, nil))
			gv := GroupVote{Group: g.ID, Name: g.Name, Seats: g.Seats, Support: pf / 10}
			for range g.Seats {
				switch x := r.IntN(1000); {
				case x < pf:
					gv.For++
				case x < pf+pa:
					gv.Against++
				default:
					gv.Abstain++
				}
			}
			v.For += gv.For
			v.Against += gv.Against
			v.Abstain += gv.Abstain
			v.Groups[i] = gv
		}
		v.Passed = v.For > v.Against
	default:
		v.Note = fmt.Sprintf("treaty: %s does not ratify through %q (France: chamber then senate; the USSR: tsik)", party, body)
	}
	return v
}
