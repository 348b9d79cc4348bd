package record_test

import (
	"slices"
	"strings"
	"testing"

	"github.com/pactgame/pact/game"
	"github.com/pactgame/pact/game/calendar"
	"github.com/pactgame/pact/game/record"
)

// Compare finds where two lines part and says how, in words and as data: the same months are the
// same, the fork month has the other answer to the event as an event-choice item with both answers,
// and the orders that differ are decision items naming the power and the line that made them.
func TestCompareSaysWhereAndHowTwoLinesDiffer(t *testing.T) {
	sc := loadCampaign(t)
	r, main := aiRecord(t, 3)
	at := calendar.MustParse("1934-04")
	decide := map[game.Power][]string{game.France: {"fr-1934-04-barthou-note/convention"}}
	alt, err := r.Branch(sc, record.MainLine, "alt", at, decide, nil, game.AIPolicy)
	if err != nil {
		t.Fatal(err)
	}
	cmp := record.Compare(main, alt, "main", "alt")
	if cmp.FirstDiff != "1934-04" {
		t.Fatalf("first difference %q, want 1934-04", cmp.FirstDiff)
	}
	for _, m := range cmp.Turns {
		if m.Date < "1934-04" && (!m.Same || len(m.Items) != 0) {
			t.Errorf("%s differs before the fork: %+v", m.Date, m.Items)
		}
		if len(m.Items) != len(m.Differences) {
			t.Errorf("%s: %d items for %d differences", m.Date, len(m.Items), len(m.Differences))
		}
	}
	fork := cmp.Turns[3]
	i := slices.IndexFunc(fork.Items, func(it record.Item) bool { return it.Kind == "event-choice" })
	if i < 0 {
		t.Fatalf("no event-choice item in %s: %+v", fork.Date, fork.Items)
	}
	it := fork.Items[i]
	if it.ID != "fr-1934-04-barthou-note" || it.Power != "france" || it.A == it.B || it.B != "convention" {
		t.Errorf("event-choice item %+v", it)
	}
	for _, it := range fork.Items {
		if strings.Contains(it.Text, "fr-") {
			t.Errorf("a difference names an id instead of a title: %q", it.Text)
		}
		if it.Kind == "decision" && (it.Power == "" || (it.Only != "main" && it.Only != "alt")) {
			t.Errorf("decision item without its power or line: %+v", it)
		}
	}
}
