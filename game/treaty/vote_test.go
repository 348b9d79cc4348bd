package treaty

import (
	"math/rand/v2"
	"slices"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// seeded is a test generator; the package itself never makes randomness.
func seeded(seed uint64) Rand { return rand.New(rand.NewPCG(seed, 0x5eed)) }

// median of the For and Against counts of n votes with seeds 1…n.
func medianVote(n int, party Party, body Body, c Climate, t Terms) (forMed, againstMed int) {
	var fs, as []int
	for seed := range n {
		v := VoteOn(party, body, c, t, seeded(uint64(seed+1)))
		fs, as = append(fs, v.For), append(as, v.Against)
	}
	slices.Sort(fs)
	slices.Sort(as)
	return fs[n/2], as[n/2]
}

// TestTheHistoricalChamberVoteIsNear353To164: on the reference climate with the historical terms,
// the median of 101 seeded Chamber votes is within ten votes of 353 for and 164 against.
func TestTheHistoricalChamberVoteIsNear353To164(t *testing.T) {
	f, a := medianVote(101, France, Chamber, ReferenceClimate(), HistoricalTerms())
	t.Logf("Chamber median: %d–%d (real: 353–164)", f, a)
	if f < 343 || f > 363 || a < 154 || a > 174 {
		t.Errorf("Chamber median %d–%d, want within ±10 of 353–164", f, a)
	}
}

// TestTheHistoricalSenateVotePassesByALargeMajority: the Senate passes the treaty by more than
// two to one (the unconfirmed count is 231–52).
func TestTheHistoricalSenateVotePassesByALargeMajority(t *testing.T) {
	f, a := medianVote(101, France, Senate, ReferenceClimate(), HistoricalTerms())
	t.Logf("Senate median: %d–%d (unconfirmed count: 231–52)", f, a)
	if f < 2*a || f < 200 {
		t.Errorf("Senate median %d–%d is not a large majority", f, a)
	}
	if f < 221 || f > 241 || a < 42 || a > 62 {
		t.Errorf("Senate median %d–%d, want within ±10 of the model's calibration 231–52", f, a)
	}
}

// TestAHostileClimateDefeatsTheTreaty: with the right climate the game can lose the vote.
func TestAHostileClimateDefeatsTheTreaty(t *testing.T) {
	c := ReferenceClimate()
	c.AntiCommunism, c.GermanThreat, c.RelationsUSSR, c.RelationsGer, c.Pacifism = 90, 20, -20, 40, 85
	f, a := medianVote(21, France, Chamber, c, HistoricalTerms())
	if f > a {
		t.Errorf("a hostile climate still passes the treaty: %d–%d", f, a)
	}
}

// TestVotesAreCountedByGroupAndAddUp: the groups' counts add up to the vote and to the seats, and
// each group's support is its probability of voting for.
func TestVotesAreCountedByGroupAndAddUp(t *testing.T) {
	for _, c := range []struct {
		body Body
		pf   bool
		want int
	}{{Chamber, false, 605}, {Chamber, true, 610}, {Senate, false, 314}} {
		cl := ReferenceClimate()
		cl.PopularFront = c.pf
		v := VoteOn(France, c.body, cl, HistoricalTerms(), seeded(7))
		seats, f, a, ab := 0, 0, 0, 0
		for i, g := range v.Groups {
			seats += g.Seats
			f, a, ab = f+g.For, a+g.Against, ab+g.Abstain
			if g.For+g.Against+g.Abstain != g.Seats {
				t.Errorf("%s: %d+%d+%d ≠ %d seats", g.Group, g.For, g.Against, g.Abstain, g.Seats)
			}
			if want := Groups(c.body, c.pf)[i].For / 10; g.Support != want {
				t.Errorf("%s: support %d, want %d at the reference climate", g.Group, g.Support, want)
			}
		}
		if seats != c.want || f != v.For || a != v.Against || ab != v.Abstain || v.Passed != (v.For > v.Against) {
			t.Errorf("%s (popular front %v): seats %d (want %d), totals %d/%d/%d vs %d/%d/%d, passed %v",
				c.body, c.pf, seats, c.want, f, a, ab, v.For, v.Against, v.Abstain, v.Passed)
		}
	}
}

// TestTheSameSeedGivesTheSameVote: all chance comes from the generator passed in.
func TestTheSameSeedGivesTheSameVote(t *testing.T) {
	a := VoteOn(France, Chamber, ReferenceClimate(), HistoricalTerms(), seeded(42))
	b := VoteOn(France, Chamber, ReferenceClimate(), HistoricalTerms(), seeded(42))
	if diff := cmp.Diff(a, b); diff != "" {
		t.Errorf("two votes with one seed differ (-a +b):\n%s", diff)
	}
	c := VoteOn(France, Chamber, ReferenceClimate(), HistoricalTerms(), seeded(43))
	if cmp.Equal(a, c) {
		t.Error("two seeds gave the very same vote")
	}
}

// TestTheReferenceClimateGivesTheBaseProbabilities: at the reference climate with the historical
// terms no group is shifted.
func TestTheReferenceClimateGivesTheBaseProbabilities(t *testing.T) {
	for _, body := range []Body{Chamber, Senate} {
		for _, o := range Odds(body, ReferenceClimate(), HistoricalTerms()) {
			if o.Shift != 0 || o.For != o.Group.For || o.Against != o.Group.Against || len(o.Causes) != 0 {
				t.Errorf("%s %s: shifted at the reference: %+v", body, o.Group.ID, o)
			}
		}
	}
}

// TestEachTermMovesTheGroupsTheDocumentedWay: each clause, against the historical one, moves each
// family's support in the direction of the terms table — up, down or not at all — and
// Effects reports the same shift.
func TestEachTermMovesTheGroupsTheDocumentedWay(t *testing.T) {
	h := HistoricalTerms()
	with := func(f func(*Terms)) Terms { t := h; f(&t); return t }
	// The documented signs, family by family: communists, socialists, radicals, centre-left,
	// christian-democrats, centre-right, right.
	for _, c := range []struct {
		name  string
		terms Terms
		signs [7]int
	}{
		{"multilateral", with(func(t *Terms) { t.Kind = Multilateral }), [7]int{0, +1, +1, +1, +1, +1, +1}},
		{"council automaticity", with(func(t *Terms) { t.Automaticity = AutoCouncil }), [7]int{-1, -1, +1, +1, +1, +1, +1}},
		{"automatic", with(func(t *Terms) { t.Automaticity = AutoAutomatic }), [7]int{+1, +1, -1, -1, -1, -1, -1}},
		{"no Locarno clause", with(func(t *Terms) { t.LocarnoClause = false }), [7]int{0, -1, -1, -1, -1, -1, -1}},
		{"staff talks", with(func(t *Terms) { t.Convention = ConventionStaff }), [7]int{+1, 0, -1, -1, -1, -1, -1}},
		{"full convention", with(func(t *Terms) { t.Convention = ConventionFull }), [7]int{+1, -1, -1, -1, -1, -1, -1}},
		{"ten years", with(func(t *Terms) { t.DurationYears = 10 }), [7]int{0, 0, 0, 0, -1, -1, -1}},
		{"two years", with(func(t *Terms) { t.DurationYears = 2 }), [7]int{0, 0, 0, 0, +1, +1, +1}},
	} {
		t.Run(c.name, func(t *testing.T) {
			fams := []string{FamCommunists, FamSocialists, FamRadicals, FamCentreLeft, FamChristian, FamCentreRght, FamRight}
			eff := map[string]int{}
			for _, g := range c.terms.Effects().Groups {
				eff[g.Group] = g.Shift
			}
			for i, fam := range fams {
				if got := sign(eff[fam]); got != c.signs[i] {
					t.Errorf("Effects: %s shift %+d, documented sign %+d", fam, eff[fam], c.signs[i])
				}
			}
			// And in the vote model: every group of every body moves that way.
			for _, body := range []Body{Chamber, Senate} {
				for _, pf := range []bool{false, true} {
					cl := ReferenceClimate()
					cl.PopularFront = pf
					base := Odds(body, cl, h)
					for j, o := range Odds(body, cl, c.terms) {
						want := c.signs[slices.Index(fams, o.Group.Family)]
						if got := sign(o.For - base[j].For); got != want {
							t.Errorf("%s %s: P(for) %d → %d, documented sign %+d", body, o.Group.ID, base[j].For, o.For, want)
						}
					}
				}
			}
		})
	}
}

// TestEachClimateFieldMovesTheGroupsTheDocumentedWay: ten points more of a field move each
// family by the sign of its weight, and ten points less the other way.
func TestEachClimateFieldMovesTheGroupsTheDocumentedWay(t *testing.T) {
	fields := []struct {
		name   string
		set    func(*Climate, int)
		weight func(Weights) int
	}{
		{"GermanThreat", func(c *Climate, d int) { c.GermanThreat += d }, func(w Weights) int { return w.GermanThreat }},
		{"AntiCommunism", func(c *Climate, d int) { c.AntiCommunism += d }, func(w Weights) int { return w.AntiCommunism }},
		{"Pacifism", func(c *Climate, d int) { c.Pacifism += d }, func(w Weights) int { return w.Pacifism }},
		{"Tension", func(c *Climate, d int) { c.Tension += d }, func(w Weights) int { return w.Tension }},
		{"RelationsUSSR", func(c *Climate, d int) { c.RelationsUSSR += d }, func(w Weights) int { return w.RelationsUSSR }},
		{"RelationsGer", func(c *Climate, d int) { c.RelationsGer += d }, func(w Weights) int { return w.RelationsGer }},
		{"RelationsGB", func(c *Climate, d int) { c.RelationsGB += d }, func(w Weights) int { return w.RelationsGB }},
		{"Stability", func(c *Climate, d int) { c.Stability += d }, func(w Weights) int { return w.Stability }},
		{"Lobbying", func(c *Climate, d int) { c.Lobbying += d }, func(w Weights) int { return w.Lobbying }},
	}
	// The documented directions (the weights table of the package doc), spot-checked so that a
	// change of table is a deliberate change of this test too.
	documented := map[string]int{
		"GermanThreat/right": +1, "AntiCommunism/right": -1, "AntiCommunism/communists": -1, "Pacifism/socialists": -1,
		"Tension/socialists": -1, "Tension/right": +1, "Tension/communists": 0, "RelationsUSSR/radicals": +1,
		"RelationsGer/centre-right": -1, "RelationsGer/communists": 0, "RelationsGB/centre-right": +1,
		"Stability/radicals": +1, "Stability/socialists": 0, "Lobbying/christian-democrats": +1,
	}
	for _, f := range fields {
		for _, d := range []int{+10, -10} {
			c := ReferenceClimate()
			f.set(&c, d)
			for _, body := range []Body{Chamber, Senate} {
				base := Odds(body, ReferenceClimate(), HistoricalTerms())
				for j, o := range Odds(body, c, HistoricalTerms()) {
					w := f.weight(o.Group.Weights)
					if got, want := sign(o.For-base[j].For), sign(w)*sign(d); got != want {
						t.Errorf("%s %+d: %s %s P(for) %d → %d, want sign %+d", f.name, d, body, o.Group.ID, base[j].For, o.For, want)
					}
					if want, ok := documented[f.name+"/"+o.Group.Family]; ok && sign(w) != want {
						t.Errorf("%s: family %s has weight %d, the doc says sign %+d", f.name, o.Group.Family, w, want)
					}
				}
			}
		}
	}
}

// TestTheBooleansMoveTheGroupsTheDocumentedWay: a question of confidence rallies the government
// groups and hardens the right; without Stalin's communiqué the Communists waver and the right
// softens.
func TestTheBooleansMoveTheGroupsTheDocumentedWay(t *testing.T) {
	base := Odds(Chamber, ReferenceClimate(), HistoricalTerms())
	conf := ReferenceClimate()
	conf.Confidence = true
	noStalin := ReferenceClimate()
	noStalin.StalinBacking = false
	for _, c := range []struct {
		name string
		cl   Climate
		want map[string]int
	}{
		{"confidence", conf, map[string]int{"radicals": +1, "usr": +1, "pdp": +1, "ad": +1, "ir": +1, "fr": -1, "sfio": 0, "pcf": 0}},
		{"no Stalin communiqué", noStalin, map[string]int{"pcf": -1, "radicals": -1, "fr": +1, "ad": +1, "sfio": 0}},
	} {
		for j, o := range Odds(Chamber, c.cl, HistoricalTerms()) {
			if want, ok := c.want[o.Group.ID]; ok && sign(o.For-base[j].For) != want {
				t.Errorf("%s: %s P(for) %d → %d, want sign %+d", c.name, o.Group.ID, base[j].For, o.For, want)
			}
		}
	}
}

// TestSupportIsSmooth: one point of any climate field moves any group by at most ten per mille —
// no cliffs, so play can shift votes a little at a time.
func TestSupportIsSmooth(t *testing.T) {
	sets := []func(*Climate){
		func(c *Climate) { c.GermanThreat++ }, func(c *Climate) { c.AntiCommunism++ }, func(c *Climate) { c.Pacifism++ },
		func(c *Climate) { c.Tension++ }, func(c *Climate) { c.RelationsUSSR++ }, func(c *Climate) { c.RelationsGer++ },
		func(c *Climate) { c.RelationsGB++ }, func(c *Climate) { c.Stability++ }, func(c *Climate) { c.Lobbying++ },
		func(c *Climate) { c.TrustPartner++ }, func(c *Climate) { c.BerlinTrack++ },
	}
	for level := 0; level <= 100; level += 5 {
		c := Climate{Stability: level, AntiCommunism: level, Pacifism: level, Tension: level, GermanThreat: level,
			RelationsUSSR: 2*level - 100, RelationsGer: 100 - 2*level, RelationsGB: 2*level - 100, Lobbying: level,
			StalinBacking: true, TrustPartner: level, BerlinTrack: 100 - level}
		for i, set := range sets {
			d := c
			set(&d)
			for _, body := range []Body{Chamber, Senate, TsIK} {
				a, b := Odds(body, c, HistoricalTerms()), Odds(body, d, HistoricalTerms())
				for j := range a {
					if df, da := abs(a[j].For-b[j].For), abs(a[j].Against-b[j].Against); df > 10 || da > 10 {
						t.Errorf("field %d at level %d: %s %s jumps %d/%d per mille", i, level, body, a[j].Group.ID, df, da)
					}
				}
			}
		}
	}
}

// TestTheSovietDecisionIsNotACountedVote: the leadership decides by one draw; the TsIK formalises.
func TestTheSovietDecisionIsNotACountedVote(t *testing.T) {
	passed := 0
	for seed := range 200 {
		v := VoteOn(USSR, TsIK, ReferenceClimate(), HistoricalTerms(), seeded(uint64(seed)))
		if v.Body != TsIK || v.For != 0 || v.Against != 0 || len(v.Groups) != 1 || v.Note == "" {
			t.Fatalf("a Soviet vote: %+v", v)
		}
		if v.Passed {
			passed++
		}
	}
	if passed < 170 {
		t.Errorf("on the historical line the leadership approved only %d times in 200", passed)
	}
	c := ReferenceClimate()
	c.TrustPartner, c.BerlinTrack = 10, 90
	hostile := 0
	for seed := range 200 {
		if VoteOn(USSR, TsIK, c, HistoricalTerms(), seeded(uint64(seed))).Passed {
			hostile++
		}
	}
	if hostile > 20 {
		t.Errorf("with little trust and a strong Berlin track the leadership still approved %d times in 200", hostile)
	}
	council := HistoricalTerms()
	council.Automaticity = AutoCouncil
	if p, _ := sovietOdds(ReferenceClimate(), council, false); p >= politburo[0].For {
		t.Errorf("council terms do not cool Moscow: %d", p)
	}
}

// TestAWrongBodyIsAnEmptyVote: France cannot ratify through the TsIK.
func TestAWrongBodyIsAnEmptyVote(t *testing.T) {
	v := VoteOn(France, TsIK, ReferenceClimate(), HistoricalTerms(), seeded(1))
	if v.Passed || len(v.Groups) != 0 || v.Note == "" {
		t.Errorf("%+v", v)
	}
}

// TestTheGroupTablesAreLabelled: every group carries its provenance, and the Senate's says it is
// an approximation.
func TestTheGroupTablesAreLabelled(t *testing.T) {
	for _, body := range []Body{Chamber, Senate, TsIK} {
		for _, pf := range []bool{false, true} {
			for _, g := range Groups(body, pf) {
				if g.Note == "" {
					t.Errorf("%s %s has no note", body, g.ID)
				}
				if body == Senate && !strings.Contains(g.Note, "APPROXIMATION") {
					t.Errorf("Senate group %s is not labelled an approximation", g.ID)
				}
				if g.For+g.Against > 1000 || g.For < 0 || g.Against < 0 {
					t.Errorf("%s: probabilities %d/%d", g.ID, g.For, g.Against)
				}
				if _, ok := familyWeights[g.Family]; body != TsIK && !ok {
					t.Errorf("%s: unknown family %q", g.ID, g.Family)
				}
			}
		}
	}
}

// TestEffectsFollowTheTermsTable: the historical treaty and a few clauses, against the table.
func TestEffectsFollowTheTermsTable(t *testing.T) {
	h := HistoricalTerms().Effects()
	if h.Deterrence != 10 || h.Pretext != 40 || h.Berlin != -20 || h.Warsaw != -10 {
		t.Errorf("historical effects %+v", h)
	}
	for _, g := range h.Groups {
		if g.Shift != 0 {
			t.Errorf("historical terms shift %s by %d", g.Group, g.Shift)
		}
	}
	full := HistoricalTerms()
	full.Convention = ConventionFull
	f := full.Effects()
	if f.Deterrence <= h.Deterrence || f.Pretext <= h.Pretext || f.Warsaw >= h.Warsaw || f.Brussels >= h.Brussels {
		t.Errorf("a full convention must raise deterrence and pretext together and alarm Warsaw and Brussels (H-04): %+v", f)
	}
	multi := HistoricalTerms()
	multi.Kind = Multilateral
	if m := multi.Effects(); m.Pretext >= h.Pretext || m.London <= h.London {
		t.Errorf("a multilateral pact must lower the pretext and please London: %+v", m)
	}
	names := []string{}
	for _, g := range f.Groups {
		names = append(names, g.Group)
	}
	if !slices.Equal(names, Families()) || !slices.IsSorted(names) {
		t.Errorf("effect groups %v, want the families in id order", names)
	}
}

func sign(n int) int {
	switch {
	case n > 0:
		return 1
	case n < 0:
		return -1
	}
	return 0
}

func abs(n int) int { return max(n, -n) }

// The expected vote of the Chamber in the reference climate of February 1936, on the historical
// terms, passes the treaty by a margin near the real one (353–164), and every seat is counted once.
func TestExpectedChamberVoteIsNearTheRealOne(t *testing.T) {
	odds := Odds(Chamber, ReferenceClimate(), HistoricalTerms())
	pro, con, rest := Expected(odds)
	seats := 0
	for _, g := range odds {
		seats += g.Group.Seats
	}
	if d := pro + con + rest - seats; d < -2 || d > 2 {
		t.Errorf("%d + %d + %d seats counted, %d in the Chamber", pro, con, rest, seats)
	}
	if pro <= con || pro < 300 || pro > 400 || con < 120 || con > 210 {
		t.Errorf("expected %d–%d, far from 353–164", pro, con)
	}
}
