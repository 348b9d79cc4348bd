package session

import (
	"slices"
	"strings"
	"testing"

	"github.com/pactgame/pact/game"
	"github.com/pactgame/pact/game/calendar"
	"github.com/pactgame/pact/scenarios"
)

func newFrance(t *testing.T, seed uint64) *Session {
	t.Helper()
	sc, err := scenarios.Load("pact-1934")
	if err != nil {
		t.Fatal(err)
	}
	s, err := New(sc, game.Setup{Seed: seed, Players: []game.Power{game.France}})
	if err != nil {
		t.Fatal(err)
	}
	return s
}

// advance plays months on the ministers' advice.
func advance(t *testing.T, s *Session, months int) {
	t.Helper()
	for range months {
		s.TakeAdvice()
		if _, err := s.EndMonth(); err != nil {
			t.Fatal(err)
		}
	}
}

func TestNewNeedsOnePlayablePower(t *testing.T) {
	sc, _ := scenarios.Load("pact-1934")
	if _, err := New(sc, game.Setup{Seed: 1}); err == nil {
		t.Error("a campaign without a player starts")
	}
	if _, err := New(sc, game.Setup{Seed: 1, Players: []game.Power{game.France, game.USSR}}); err == nil {
		t.Error("a campaign with two players starts")
	}
}

func TestToggleChoosesAndTakesBack(t *testing.T) {
	s := newFrance(t, 7)
	var id string
	for _, c := range s.Choices() {
		if c.Kind == game.ChoiceDecision && c.Cost.Influence <= s.Influence() {
			id = c.ID
			break
		}
	}
	if id == "" {
		t.Fatal("no affordable decision in the first month")
	}
	chosen, replaced, err := s.Toggle(id)
	if err != nil || !chosen || replaced != "" || !s.IsChosen(id) {
		t.Fatalf("Toggle(%s) = %v, %q, %v", id, chosen, replaced, err)
	}
	if s.Spent() == 0 {
		t.Error("a decision with a price costs nothing")
	}
	if chosen, _, _ := s.Toggle(id); chosen || s.IsChosen(id) {
		t.Error("a second Toggle does not take it back")
	}
	if _, _, err := s.Toggle("no-such-decision"); err == nil {
		t.Error("an unknown decision is accepted")
	}
}

func TestToggleRefusesWhatCannotBePaid(t *testing.T) {
	s := newFrance(t, 7)
	refused := false
	for _, c := range s.Choices() {
		if c.Kind != game.ChoiceDecision {
			continue
		}
		if _, _, err := s.Toggle(c.ID); err != nil {
			refused = true
			if !strings.Contains(err.Error(), "influence") {
				t.Errorf("the refusal does not say why: %v", err)
			}
		}
	}
	if !refused {
		t.Skip("every decision of the first month fits the influence at hand")
	}
	if s.Spent() > s.Influence() {
		t.Errorf("orders of %d influence with %d at hand", s.Spent(), s.Influence())
	}
}

func TestAnswersReplaceEachOther(t *testing.T) {
	s := newFrance(t, 7)
	advance(t, s, 3) // April 1934: an event asks France for an answer
	var group []game.Choice
	for _, c := range s.Choices() {
		if c.Kind == game.ChoiceEvent {
			group = append(group, c)
		}
	}
	if len(group) < 2 {
		t.Skip("no event with two options in April 1934 any more")
	}
	if len(s.Unanswered()) == 0 {
		t.Fatal("the unanswered event is not reported")
	}
	if err := s.Ready(); err == nil {
		t.Fatal("the month is ready with an unanswered event")
	}
	s.Toggle(group[0].ID)
	_, replaced, err := s.Toggle(group[1].ID)
	if err != nil || replaced != group[0].ID {
		t.Fatalf("the second option replaced %q (err %v)", replaced, err)
	}
	if s.IsChosen(group[0].ID) || !s.IsChosen(group[1].ID) || len(s.Unanswered()) != 0 {
		t.Fatal("the answer is not the second option alone")
	}
	if err := s.Ready(); err != nil {
		t.Fatal(err)
	}
}

func TestUndoTakesBackTheLastChoice(t *testing.T) {
	s := newFrance(t, 7)
	s.TakeAdvice()
	before := s.Chosen()
	if len(before) == 0 {
		t.Skip("the ministers advise nothing in the first month")
	}
	id, ok := s.Undo()
	if !ok || id != before[len(before)-1] || slices.Contains(s.Chosen(), id) {
		t.Fatalf("Undo = %q, %v; left %v", id, ok, s.Chosen())
	}
	s.chosen = nil
	if _, ok := s.Undo(); ok {
		t.Error("Undo with no orders")
	}
}

func TestEndMonthRecordsAndMovesOn(t *testing.T) {
	s := newFrance(t, 7)
	start := s.State().Date
	advance(t, s, 2)
	if s.State().Date != start.Add(2) {
		t.Fatalf("two months later it is %s", s.State().Date)
	}
	if n := len(s.Record.Line("main").Turns); n != 2 {
		t.Fatalf("the record holds %d months", n)
	}
	if len(s.Chosen()) != 0 {
		t.Error("the orders carry over to the next month")
	}
	// The record replays to the same game.
	o, err := Open(s.Scenario, s.Snapshot(), "main")
	if err != nil {
		t.Fatal(err)
	}
	if o.State().Hash() != s.State().Hash() {
		t.Fatal("the record does not replay to the same state")
	}
}

func TestTheSameSeedAndOrdersGiveTheSameGame(t *testing.T) {
	a, b := newFrance(t, 11), newFrance(t, 11)
	advance(t, a, 6)
	advance(t, b, 6)
	if a.State().Hash() != b.State().Hash() {
		t.Fatal("two sessions with the same seed and orders differ")
	}
}

func TestBranchGoesBackAndKeepsTheLine(t *testing.T) {
	s := newFrance(t, 7)
	advance(t, s, 4)
	at := calendar.MustParse("1934-02")
	name, err := s.Branch(at)
	if err != nil {
		t.Fatal(err)
	}
	if s.Line != name || s.State().Date != at {
		t.Fatalf("after the branch: line %s at %s", s.Line, s.State().Date)
	}
	if n := len(s.Record.Line("main").Turns); n != 4 {
		t.Errorf("main lost its months: %d", n)
	}
	advance(t, s, 1)
	if got := LatestLine(s.Record); got != "main" {
		t.Errorf("LatestLine = %s: main has gone further", got)
	}
	advance(t, s, 3)
	if got := LatestLine(s.Record); got != name {
		t.Errorf("LatestLine = %s, want the branch %s that went as far and was made later", got, name)
	}
	if _, err := s.Branch(calendar.MustParse("1936-01")); err == nil {
		t.Error("a branch from a month not yet played")
	}
}

func TestForecastsCoverTheChoicesAndStop(t *testing.T) {
	s := newFrance(t, 7)
	f := Forecasts(s.Scenario, s.State(), s.Player, nil)
	for _, c := range s.Choices() {
		if _, ok := f[c.ID]; !ok && !c.Current {
			t.Errorf("no forecast for %s", c.ID)
		}
	}
	if got := Forecasts(s.Scenario, s.State(), s.Player, func() bool { return true }); got != nil {
		t.Error("Forecasts goes on when told to stop")
	}
}
