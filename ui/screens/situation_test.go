package screens

import (
	"bytes"
	"encoding/json"
	"math/rand/v2"
	"testing"
	"time"

	"github.com/pactgame/pact/game/treaty"
)

// checkBuilt rules on the builder's situation as the Treaty lab does, and as `pact treaty check
// --json` does on the same situation written out (cmd/pact reads it with treaty.ParseSituation
// and rules with treaty.Rule): the two rulings must be one, and a ruling.
func checkBuilt(t *testing.T, b *Builder) treaty.Ruling {
	t.Helper()
	s := b.Situation()
	if err := s.Validate(); err != nil {
		t.Fatalf("the builder made an invalid situation: %v\n%s", err, b.JSON())
	}
	screen := b.Ruling()
	switch screen.Obligation {
	case treaty.ObligeNone, treaty.ObligeConsultation, treaty.ObligeAssistance:
	default:
		t.Fatalf("no ruling (obligation %q) for %s", screen.Obligation, b.JSON())
	}
	if len(screen.Trace) == 0 || screen.Summary == "" || screen.Deliverable.Why == "" {
		t.Fatalf("an empty ruling for %s", b.JSON())
	}
	parsed, err := treaty.ParseSituation("builder.json", b.JSON())
	if err != nil {
		t.Fatalf("pact treaty check would refuse the builder's situation: %v\n%s", err, b.JSON())
	}
	cli := treaty.Rule(parsed)
	want, _ := json.Marshal(cli)
	got, _ := json.Marshal(screen)
	if !bytes.Equal(got, want) {
		t.Fatalf("the lab's ruling differs from pact treaty check's for %s:\nlab: %s\ncli: %s", b.JSON(), got, want)
	}
	return screen
}

// TestBuilderGridAgreesWithTheCLI builds a grid of situations through the builder's own fields —
// every aggressor it offers, both kinds of act, provoked or not, every Council response, dates
// either side of the pact's steps and Germany's leaving the League, and four positions of the
// Locarno guarantors — and checks each ruling against the CLI's.
func TestBuilderGridAgreesWithTheCLI(t *testing.T) {
	b := NewBuilder()
	dates := []string{"1934-01", "1934-06", "1935-05", "1935-11", "1936-03", "1936-06", "1939-08"}
	locarno := [][3]string{{"neutral", "neutral", "neutral"}, {"oppose", "neutral", "neutral"}, {"support", "support", "support"}, {"neutral", "oppose", "oppose"}}
	if testing.Short() {
		dates = []string{"1934-06", "1936-06"}
		locarno = locarno[:2]
	}
	start, n := time.Now(), 0
	obligations := map[treaty.Obligation]int{}
	for _, victim := range []string{"france", "ussr"} {
		b.Reset()
		if !b.Set(FVictim, victim) {
			t.Fatalf("victim %s refused", victim)
		}
		for _, aggr := range AggressorIDs() {
			if aggr == victim {
				if b.Set(FAggressor, aggr) {
					t.Fatalf("the builder accepted %s as the aggressor against itself", aggr)
				}
				continue
			}
			if !b.Set(FAggressor, aggr) {
				t.Fatalf("aggressor %s refused against %s", aggr, victim)
			}
			for _, kind := range []string{"attack", "threat"} {
				b.Set(FKind, kind)
				for _, prov := range []string{"false", "true"} {
					b.Set(FProvoked, prov)
					for _, council := range []string{"none", "unanimous", "no_unanimity", "recommends_assistance"} {
						b.Set(FCouncil, council)
						for _, d := range dates {
							if !b.Set(FDate, d) {
								t.Fatalf("date %s refused", d)
							}
							for _, l := range locarno {
								b.Set(FBritain, l[0])
								b.Set(FItaly, l[1])
								b.Set(FBelgium, l[2])
								obligations[checkBuilt(t, b).Obligation]++
								n++
							}
						}
					}
				}
			}
		}
	}
	t.Logf("%d situations, each ruled the same by the lab and by pact treaty check, in %s (%v)", n, time.Since(start).Round(time.Millisecond), obligations)
	for _, o := range []treaty.Obligation{treaty.ObligeNone, treaty.ObligeConsultation, treaty.ObligeAssistance} {
		if obligations[o] == 0 {
			t.Errorf("no situation of the grid gives %s: the grid does not reach every ruling", o)
		}
	}
}

// TestBuilderEveryOptionAgreesWithTheCLI takes every option of every field, one field at a time,
// from two starting situations (Germany attacking France in 1936, threatening the USSR in 1935).
func TestBuilderEveryOptionAgreesWithTheCLI(t *testing.T) {
	game := treaty.Terms{Kind: treaty.Multilateral, Automaticity: treaty.AutoAutomatic, LocarnoClause: false, Convention: treaty.ConventionStaff, DurationYears: 10}
	bases := []func(b *Builder){
		func(b *Builder) {},
		func(b *Builder) { b.Set(FVictim, "ussr"); b.Set(FKind, "threat"); b.Set(FDate, "1935-06") },
	}
	for _, base := range bases {
		b := NewBuilder()
		b.SetGameTerms(&game)
		for i := 0; i < b.Fields(); i++ {
			id, _, opts, _ := b.Field(i)
			for j := range opts {
				b.Reset()
				base(b)
				if !b.SetIndex(id, j) && id != FAggressor {
					t.Fatalf("%s: option %d (%s) refused", id, j, opts[j])
				}
				checkBuilt(t, b)
			}
		}
	}
}

// TestBuilderRandomFormsAgreeWithTheCLI fills the whole form at random (a fixed seed), so that
// fields combine as no grid would.
func TestBuilderRandomFormsAgreeWithTheCLI(t *testing.T) {
	r := rand.New(rand.NewPCG(1935, 5))
	game := treaty.HistoricalTerms()
	b := NewBuilder()
	b.SetGameTerms(&game)
	n := 3000
	if testing.Short() {
		n = 300
	}
	for range n {
		for i := 0; i < b.Fields(); i++ {
			id, _, opts, _ := b.Field(i)
			b.SetIndex(id, r.IntN(len(opts)))
		}
		checkBuilt(t, b)
	}
}

// TestBuilderKeepsItsSituationsValid: the aggressor is never the victim, changing a clause makes
// the terms the builder's own, the date stays within the months the module rules on.
func TestBuilderKeepsItsSituationsValid(t *testing.T) {
	b := NewBuilder()
	if b.Value(FAggressor) != "germany" || b.Value(FVictim) != "france" || b.Value(FDate) != "1936-04" {
		t.Fatalf("defaults: %s", b.JSON())
	}
	if b.Set(FAggressor, "france") {
		t.Error("France accepted as aggressor against France")
	}
	b.Set(FAggressor, "ussr")
	b.Set(FVictim, "ussr")
	if b.Value(FAggressor) == "ussr" {
		t.Error("the victim took the aggressor's place without moving it")
	}
	if b.Value(FTerms) != "history" {
		t.Fatal("terms should start from history")
	}
	b.Step(FConvention, 1)
	if b.Value(FTerms) != "set" || b.Situation().Pact == nil || b.Situation().Pact.Terms.Convention != treaty.ConventionStaff {
		t.Errorf("changing a clause did not make the terms the builder's own: %s", b.JSON())
	}
	if b.Set(FTerms, "game") {
		t.Error("this game's terms chosen without a game")
	}
	for range 200 {
		b.Step(FDate, 1)
	}
	if b.Value(FDate) != "1939-08" {
		t.Errorf("the date went past the last month: %s", b.Value(FDate))
	}
	// The keys of the lab: Germany attacks the USSR in June 1936, no unanimity in the Council.
	b.Reset()
	b.Set(FVictim, "ussr")
	b.Set(FCouncil, "no_unanimity")
	b.Set(FDate, "1936-06")
	r := b.Ruling()
	if r.Obligation != treaty.ObligeAssistance || !contains(r.Articles, "art2") {
		t.Errorf("Germany attacking the USSR in June 1936 without unanimity: %s on %v, want assistance on art2", r.Obligation, r.Articles)
	}
}
