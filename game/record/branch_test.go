package record_test

import (
	"testing"

	"github.com/pactgame/pact/game"
	"github.com/pactgame/pact/game/calendar"
	"github.com/pactgame/pact/game/record"
)

// aiRecord is a record of a full AI campaign with the seed, France played.
func aiRecord(t testing.TB, seed uint64) (*record.Record, *game.Game) {
	t.Helper()
	sc := loadCampaign(t)
	g := game.New(sc, seed)
	if err := g.Run(game.AIPolicy); err != nil {
		t.Fatal(err)
	}
	return record.New(g, []game.Power{game.France}, false), g
}

// reparse writes and reads a record back, failing the test on any error.
func reparse(t testing.TB, r *record.Record) *record.Record {
	t.Helper()
	back, errs := record.Parse("t.rec", r.Marshal())
	if len(errs) > 0 {
		t.Fatalf("the written record does not parse: %v", errs)
	}
	return back
}

func seed(v uint64) *uint64 { return &v }

// A branch forking from a reseeded branch at that branch's own fork month starts from its
// parent's reseeded state, so it replays with the parent's new seed.
func TestBranchAtAReseededParentsForkKeepsItsSeed(t *testing.T) {
	sc := loadCampaign(t)
	r, _ := aiRecord(t, 3)
	at := calendar.MustParse("1935-03")
	if _, err := r.Branch(sc, record.MainLine, "b1", at, nil, seed(99), game.AIPolicy); err != nil {
		t.Fatal(err)
	}
	decide := map[game.Power][]string{}
	played, err := r.Branch(sc, "b1", "b2", at, decide, nil, game.AIPolicy)
	if err != nil {
		t.Fatal(err)
	}
	if got := played.Current().Seed; got != 99 {
		t.Fatalf("the branch of the reseeded branch plays with seed %d, want its parent's 99", got)
	}
	g, err := reparse(t, r).Build(sc, "b2")
	if err != nil {
		t.Fatalf("the branch of a reseeded branch does not replay: %v", err)
	}
	if g.Current().Hash() != played.Current().Hash() {
		t.Fatal("the branch replays to another state")
	}
}

// A branch given a new seed and saved before it plays a month (the TUI's autosave right after a
// branch) replays to a game that will draw from the new seed.
func TestEmptyReseededBranchReplaysWithItsSeed(t *testing.T) {
	sc := loadCampaign(t)
	r, _ := aiRecord(t, 3)
	if _, err := r.AddLine(record.MainLine, "b1", calendar.MustParse("1935-03"), seed(7)); err != nil {
		t.Fatal(err)
	}
	g, err := reparse(t, r).Build(sc, "b1")
	if err != nil {
		t.Fatal(err)
	}
	if got, want := g.Current().Date, calendar.MustParse("1935-03"); got != want {
		t.Fatalf("the empty branch stands at %s, want %s", got, want)
	}
	if got := g.Current().Seed; got != 7 {
		t.Fatalf("the empty branch's game has seed %d, want 7", got)
	}
}

// Branch names YAML could read as numbers or booleans come back as written; the ones it reads as
// null, or "history", are refused.
func TestBranchNamesSurviveTheFile(t *testing.T) {
	r, _ := aiRecord(t, 3)
	at := calendar.MustParse("1935-01")
	for _, name := range []string{"1", "007", "1e3", "true", "no", "Y", "on", "-x", "x_", "NaN"} {
		if _, err := r.AddLine(record.MainLine, name, at, nil); err != nil {
			t.Fatalf("%q: %v", name, err)
		}
	}
	back := reparse(t, r)
	for i, l := range r.Lines {
		if back.Lines[i].Name != l.Name {
			t.Errorf("branch %q reads back as %q", l.Name, back.Lines[i].Name)
		}
	}
	for _, name := range []string{"null", "Null", "NULL", "history", "a b", "x:y", ""} {
		if _, err := r.AddLine(record.MainLine, name, at, nil); err == nil {
			t.Errorf("the branch name %q is accepted", name)
		}
	}
}
