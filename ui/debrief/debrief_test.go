package debrief_test

import (
	"flag"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"sync"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/pactgame/pact/assets"
	"github.com/pactgame/pact/game"
	"github.com/pactgame/pact/game/calendar"
	"github.com/pactgame/pact/game/record"
	"github.com/pactgame/pact/scenarios"
	"github.com/pactgame/pact/ui/debrief"
)

var update = flag.Bool("update", false, "rewrite the golden debriefs of testdata")

var (
	campaignOnce sync.Once
	campaign     *game.Scenario
	campaignErr  error
)

func loadCampaign(tb testing.TB) *game.Scenario {
	tb.Helper()
	campaignOnce.Do(func() { campaign, campaignErr = scenarios.Load("pact-1934") })
	if campaignErr != nil {
		tb.Fatal(campaignErr)
	}
	return campaign
}

// fixtureLib is the small library of testdata/lib: a few dossiers and sources, so the golden
// debrief does not change whenever the shipped library grows.
func fixtureLib(t *testing.T) *assets.Lib {
	t.Helper()
	lib, errs := assets.LoadFS(os.DirFS("testdata/lib"))
	if len(errs) > 0 {
		t.Fatal(errs)
	}
	return lib
}

// historical is the scenario's historical line with a seed.
func historical(t *testing.T, seed uint64) *game.Game {
	t.Helper()
	h := game.New(loadCampaign(t), seed)
	if err := h.Run(game.HistoricalPolicy); err != nil {
		t.Fatal(err)
	}
	return h
}

// convention plays months months of seed 5 by the AI, except that in April 1934 France answers
// the British disarmament compromise as history did not: a limitation convention.
func convention(t *testing.T, months int) *game.Game {
	t.Helper()
	g := game.New(loadCampaign(t), 5)
	for range months {
		if g.Over() {
			break
		}
		turn, err := g.Begin()
		if err != nil {
			t.Fatal(err)
		}
		orders := game.OrdersFor(turn, game.AIPolicy)
		if g.Current().Date == calendar.MustParse("1934-04") {
			orders[game.France] = []game.Order{{ID: "fr-1934-04-barthou-note/convention"}}
		}
		if _, err := g.Apply(turn, orders); err != nil {
			t.Fatal(err)
		}
	}
	return g
}

// TestDebriefGolden compares the debrief of a six-month line (with an answer history did not
// give) and its fixture library with testdata/convention.golden; -update rewrites it.
func TestDebriefGolden(t *testing.T) {
	sc := loadCampaign(t)
	got := debrief.Markdown(sc, convention(t, 6), historical(t, 5), fixtureLib(t),
		debrief.Options{Power: game.France, Seed: 5, Line: "convention", Record: "golden.rec", KeyDecisions: 4})
	path := filepath.Join("testdata", "convention.golden")
	if *update {
		if err := os.WriteFile(path, []byte(got), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run go test ./ui/debrief -run TestDebriefGolden -update)", err)
	}
	if diff := cmp.Diff(string(want), got); diff != "" {
		t.Errorf("the debrief differs from %s (-want +got); if the change is meant, rewrite it with -update:\n%s", path, diff)
	}
}

// TestDebriefFlagsTheDecisionThatLeftHistory: the answer history did not give is flagged with
// what history chose, in the key decisions and in the closing section.
func TestDebriefFlagsTheDecisionThatLeftHistory(t *testing.T) {
	md := debrief.Markdown(loadCampaign(t), convention(t, 6), historical(t, 5), fixtureLib(t), debrief.Options{Power: game.France, Seed: 5})
	for _, want := range []string{
		"⚑ **Departs from history**, which chose: Refuse to legalise German rearmament, and break off.",
		"**Where France chose otherwise:**",
		"- April 1934, Answer the British disarmament compromise?: Negotiate a limitation convention with guarantees: history chose Refuse to legalise German rearmament, and break off",
		"*What was decided:* Refuse, and break off",
	} {
		if !strings.Contains(md, want) {
			t.Errorf("the debrief does not say %q", want)
		}
	}
}

// TestDebriefOfTheHistoricalLineFollowsHistory: a line that is history itself has no divergence
// and no flagged decision.
func TestDebriefOfTheHistoricalLineFollowsHistory(t *testing.T) {
	h := historical(t, 2)
	md := debrief.Markdown(loadCampaign(t), h, historical(t, 2), fixtureLib(t), debrief.Options{Power: game.France, Seed: 2})
	if strings.Contains(md, "Against history:") || strings.Contains(md, "⚑ **Departs") {
		t.Error("the historical line's debrief reports divergences")
	}
	if n := strings.Count(md, "This month follows history."); n != 36 {
		t.Errorf("%d months follow history, want 36", n)
	}
}

// TestDebriefOfAFullCampaign checks the debrief of a whole AI campaign with the shipped library:
// its sections, a heading for every month, a full citation for every source in the bibliography,
// and the same text every time.
func TestDebriefOfAFullCampaign(t *testing.T) {
	lib, err := assets.Library()
	if err != nil {
		t.Skipf("the shipped library does not load (it is being edited?): %v", err)
	}
	sc := loadCampaign(t)
	g := game.New(sc, 5)
	if err := g.Run(game.AIPolicy); err != nil {
		t.Fatal(err)
	}
	r := record.New(g, []game.Power{game.France}, false)
	md, err := debrief.ForRecord(r, sc, "", lib)
	if err != nil {
		t.Fatal(err)
	}
	again, _ := debrief.ForRecord(r, sc, record.MainLine, lib)
	if md != again {
		t.Fatal("two debriefs of the same line differ")
	}
	for _, h := range []string{"# Debrief: The Pact, 1934–1936 — France", "## Outcome", "### The other powers",
		"## The treaty's fate", "### Its lifecycle, month by month", "### Its terms against the historical terms",
		"### Ratification", "## Your key decisions", "### Every decision taken", "## Month by month against history",
		"## What history did instead", "## Sources"} {
		if !regexp.MustCompile(`(?m)^` + regexp.QuoteMeta(h) + `$`).MatchString(md) {
			t.Errorf("no heading %q", h)
		}
	}
	for _, m := range sc.Months() {
		if !strings.Contains(md, "\n### "+m.Name()+"\n") {
			t.Errorf("no section for %s", m.Name())
		}
	}
	// Every source cited in the months is in the bibliography, in full.
	bib := md[strings.Index(md, "\n## Sources\n"):]
	cited := regexp.MustCompile(`> \*Sources:\* (.*)\.\n`).FindAllStringSubmatch(md, -1)
	if len(cited) == 0 {
		t.Fatal("no month cites a source")
	}
	for _, s := range lib.Sources() {
		if strings.Contains(md[:len(md)-len(bib)], "*"+strings.TrimSpace(s.Title)+"*") && !strings.Contains(bib, "*"+strings.TrimSpace(s.Title)+"*") {
			t.Errorf("%s is cited but not in the bibliography", s.ID)
		}
	}
	if _, err := debrief.ForRecord(r, sc, "nowhere", lib); err == nil {
		t.Error("the debrief of a line the record does not have")
	}
}
