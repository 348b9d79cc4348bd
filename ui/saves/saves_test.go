package saves_test

import (
	"bytes"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"

	"github.com/adrg/xdg"

	"github.com/pactgame/pact/game"
	"github.com/pactgame/pact/game/calendar"
	"github.com/pactgame/pact/game/datafile"
	"github.com/pactgame/pact/game/record"
	"github.com/pactgame/pact/scenarios"
	"github.com/pactgame/pact/ui/saves"
)

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

// gameRecord is the record of an AI campaign stopped after months months, with branches more
// branches (each a whole line played to the end): a big record when asked.
func gameRecord(tb testing.TB, seed uint64, months, branches int) *record.Record {
	tb.Helper()
	sc := loadCampaign(tb)
	g := game.New(sc, seed)
	for i := 0; i < months && !g.Over(); i++ {
		if _, err := g.Step(game.AIPolicy); err != nil {
			tb.Fatal(err)
		}
	}
	r := record.New(g, []game.Power{game.France}, false)
	for b := range branches {
		s := uint64(100 + b)
		at := sc.Start.Add(b % max(len(g.Reports), 1))
		if _, err := r.Branch(sc, record.MainLine, fmt.Sprintf("b%d", b), at, nil, &s, game.AIPolicy); err != nil {
			tb.Fatal(err)
		}
	}
	return r
}

func TestDirIsPACTDATAWhenSet(t *testing.T) {
	t.Setenv("PACT_DATA", "/somewhere/else")
	if got := saves.Dir(); got != "/somewhere/else" {
		t.Fatalf("Dir() = %q, want PACT_DATA", got)
	}
	if got := saves.AutosavePath(); got != "/somewhere/else/autosave.rec" {
		t.Fatalf("AutosavePath() = %q", got)
	}
}

func TestDirIsUnderXDGDataHomeByDefault(t *testing.T) {
	t.Setenv("PACT_DATA", "")
	t.Setenv("XDG_DATA_HOME", "/xdg/data")
	xdg.Reload()
	t.Cleanup(xdg.Reload)
	if got := saves.Dir(); got != "/xdg/data/pact" {
		t.Fatalf("Dir() = %q, want /xdg/data/pact", got)
	}
}

func TestWriteThenLoadGivesTheSameRecord(t *testing.T) {
	path := filepath.Join(t.TempDir(), "sub", "game.rec")
	r := gameRecord(t, 2, 12, 1)
	if err := saves.Write(path, r); err != nil {
		t.Fatal(err)
	}
	back, err := saves.Load(path)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(back.Marshal(), r.Marshal()) {
		t.Fatal("the loaded record differs from the saved one")
	}
	if entries, _ := os.ReadDir(filepath.Dir(path)); len(entries) != 1 {
		t.Fatalf("the write left %d files in the directory, want the record alone", len(entries))
	}
}

func TestLoadGivesLocatedErrors(t *testing.T) {
	path := filepath.Join(t.TempDir(), "bad.rec")
	if err := os.WriteFile(path, []byte("format: 1\nengine: x\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	_, err := saves.Load(path)
	var el datafile.ErrorList
	if !errors.As(err, &el) || !strings.Contains(el.Lines(), path+":2:9: ") {
		t.Fatalf("want a located error at %s:2:9, got %v", path, err)
	}
	if _, err := saves.Load(filepath.Join(t.TempDir(), "none.rec")); err == nil || !strings.Contains(err.Error(), "none.rec: no such file") {
		t.Fatalf("a missing file: %v", err)
	}
}

func TestAutosaveKeepsTheLastFive(t *testing.T) {
	t.Setenv("PACT_DATA", t.TempDir())
	var recs []*record.Record
	for i := range 7 {
		r := gameRecord(t, 4, i+1, 0)
		recs = append(recs, r)
		if err := saves.Autosave(r); err != nil {
			t.Fatal(err)
		}
	}
	paths := saves.Autosaves()
	if len(paths) != saves.Keep {
		t.Fatalf("%d autosaves kept, want %d: %v", len(paths), saves.Keep, paths)
	}
	for i, p := range paths { // newest first
		got, err := saves.Load(p)
		if err != nil {
			t.Fatal(err)
		}
		if want := recs[len(recs)-1-i]; !bytes.Equal(got.Marshal(), want.Marshal()) {
			t.Errorf("%s holds the wrong save (want the one of %d months)", p, len(want.Lines[0].Turns))
		}
	}
	latest, path, err := saves.Latest()
	if err != nil || path != saves.AutosavePath() || len(latest.Lines[0].Turns) != 7 {
		t.Fatalf("Latest: %v %s", err, path)
	}
}

func TestLatestFallsBackToThePreviousAutosave(t *testing.T) {
	t.Setenv("PACT_DATA", t.TempDir())
	for i := range 2 {
		if err := saves.Autosave(gameRecord(t, 4, i+1, 0)); err != nil {
			t.Fatal(err)
		}
	}
	if err := os.WriteFile(saves.AutosavePath(), []byte("format: 1\nlines: [half"), 0o644); err != nil {
		t.Fatal(err)
	}
	r, path, err := saves.Latest()
	if err != nil || !strings.HasSuffix(path, "autosave.1.rec") || len(r.Lines[0].Turns) != 1 {
		t.Fatalf("Latest with a damaged newest file: %v %q", err, path)
	}
}

func TestLatestWithoutAutosaveSaysSo(t *testing.T) {
	t.Setenv("PACT_DATA", t.TempDir())
	if _, _, err := saves.Latest(); !errors.Is(err, saves.ErrNoAutosave) {
		t.Fatalf("want ErrNoAutosave, got %v", err)
	}
}

// TestAutosavedGameResumesWhereItStopped: the game the TUI resumes (`pact play --continue`) is the
// record's line replayed to its last month.
func TestAutosavedGameResumesWhereItStopped(t *testing.T) {
	t.Setenv("PACT_DATA", t.TempDir())
	if err := saves.Autosave(gameRecord(t, 6, 15, 0)); err != nil {
		t.Fatal(err)
	}
	r, _, err := saves.Latest()
	if err != nil {
		t.Fatal(err)
	}
	g, err := r.Build(loadCampaign(t), record.MainLine)
	if err != nil {
		t.Fatal(err)
	}
	if got, want := g.Current().Date, calendar.MustParse("1935-04"); got != want {
		t.Fatalf("resumes at %s, want %s", got, want)
	}
}
