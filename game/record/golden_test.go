package record_test

import (
	"bytes"
	"errors"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/pactgame/pact/game"
	"github.com/pactgame/pact/game/calendar"
	"github.com/pactgame/pact/game/record"
)

var update = flag.Bool("update", false, "rewrite the golden records of testdata/golden (only after a deliberate engine, scenario or format change: see docs/records.md)")

const goldenDir = "testdata/golden"

// goldenRecords make the records of testdata/golden. They were written by this version and must
// replay forever: each test run replays them (TestGoldenRecordsReplayForever).
var goldenRecords = []struct {
	file string
	make func(t *testing.T) *record.Record
}{
	{"historical.rec", func(t *testing.T) *record.Record {
		g := game.New(loadCampaign(t), 1)
		if err := g.Run(game.HistoricalPolicy); err != nil {
			t.Fatal(err)
		}
		return record.New(g, []game.Power{game.France}, true)
	}},
	{"ai-france.rec", func(t *testing.T) *record.Record {
		r, _ := aiRecord(t, 3)
		return r
	}},
	{"branches.rec", func(t *testing.T) *record.Record {
		// The USSR played at hard difficulty; branches of branches, one with a French answer
		// history did not give, one forking from a branch's own fork month.
		sc := loadCampaign(t)
		setup := game.Setup{Seed: 5, Players: []game.Power{game.USSR}, Difficulty: game.Hard}
		g := game.Start(sc, setup)
		if err := g.Run(game.AIPolicy); err != nil {
			t.Fatal(err)
		}
		r := record.NewSetup(g, setup, false)
		branch(t, r, record.MainLine, "refuse", "1934-04", map[game.Power][]string{game.France: {unhistorical(t, r, record.MainLine, "1934-04", game.France)}}, nil)
		branch(t, r, "refuse", "refuse-late", "1935-06", nil, nil)
		branch(t, r, "refuse-late", "refuse-late-2", "1936-01", nil, nil)
		branch(t, r, "refuse", "refuse-same-month", "1934-04", nil, nil)
		r.Current = "refuse-late"
		return r
	}},
	{"reseeded.rec", func(t *testing.T) *record.Record {
		// A game in progress (stopped in mid-1935, at easy difficulty), a reseeded branch played to
		// the end, a branch of it forking at its fork month (keeping the new seed), and an empty
		// reseeded branch saved before its first month.
		sc := loadCampaign(t)
		setup := game.Setup{Seed: 11, Players: []game.Power{game.France, game.Britain}, Difficulty: game.Easy}
		g := game.Start(sc, setup)
		for g.Current().Date < calendar.MustParse("1935-07") {
			if _, err := g.Step(game.AIPolicy); err != nil {
				t.Fatal(err)
			}
		}
		r := record.NewSetup(g, setup, false)
		branch(t, r, record.MainLine, "alt", "1934-09", nil, seed(99))
		branch(t, r, "alt", "alt-same-fork", "1934-09", nil, nil)
		branch(t, r, "alt", "alt-reseeded-again", "1935-10", nil, seed(1935))
		if _, err := r.AddLine(record.MainLine, "fresh", calendar.MustParse("1935-07"), seed(42)); err != nil {
			t.Fatal(err)
		}
		return r
	}},
}

func branch(t *testing.T, r *record.Record, parent, name, at string, decide map[game.Power][]string, seed *uint64) {
	t.Helper()
	if _, err := r.Branch(loadCampaign(t), parent, name, calendar.MustParse(at), decide, seed, game.AIPolicy); err != nil {
		t.Fatalf("branch %s: %v", name, err)
	}
}

// unhistorical is an answer of p to an event of the month that history did not give.
func unhistorical(t *testing.T, r *record.Record, line, at string, p game.Power) string {
	t.Helper()
	sc := loadCampaign(t)
	g, err := r.Build(sc, line)
	if err != nil {
		t.Fatal(err)
	}
	m := calendar.MustParse(at)
	turn, err := game.Begin(sc, g.States[m.Sub(sc.Start)])
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range turn.Choices(p) {
		if c.Kind == game.ChoiceEvent && !c.Historical {
			return c.ID
		}
	}
	t.Fatalf("%s has no unhistorical answer to give in %s", p, at)
	return ""
}

// TestGoldenRecordsReplayForever replays every record of testdata/golden, line by line, hash for
// hash. They were written by earlier versions of Pact; a player's saves and shared games are such
// records, so a failure here means the engine, the scenario or the reader changed in a way that
// breaks old records.
func TestGoldenRecordsReplayForever(t *testing.T) {
	if *update {
		if err := os.MkdirAll(goldenDir, 0o755); err != nil {
			t.Fatal(err)
		}
		for _, gr := range goldenRecords {
			if err := os.WriteFile(filepath.Join(goldenDir, gr.file), gr.make(t).Marshal(), 0o644); err != nil {
				t.Fatal(err)
			}
		}
	}
	files, _ := filepath.Glob(filepath.Join(goldenDir, "*.rec"))
	if len(files) < len(goldenRecords) {
		t.Fatalf("testdata/golden holds %d records, want at least %d (run go test -run TestGolden -update once)", len(files), len(goldenRecords))
	}
	sc := loadCampaign(t)
	for _, path := range files {
		t.Run(filepath.Base(path), func(t *testing.T) {
			data, err := os.ReadFile(path)
			if err != nil {
				t.Fatal(err)
			}
			r, errs := record.Parse(path, data)
			if len(errs) > 0 {
				t.Fatalf("%s no longer parses: %v\n%s", path, errs, howToFix)
			}
			results, err := r.Replay(sc)
			var inc *record.Incompatible
			if errors.As(err, &inc) {
				t.Fatalf("%s is refused: %v\n%s", path, err, howToFix)
			}
			if err != nil {
				t.Fatalf("%s no longer replays: %v\n%s", path, err, howToFix)
			}
			for _, res := range results {
				if !res.OK || res.Turns == 0 && len(r.Line(res.Line).Turns) > 0 {
					t.Errorf("line %s: %+v", res.Line, res)
				}
			}
			if len(results) != len(r.Lines) {
				t.Errorf("replayed %d lines of %d", len(results), len(r.Lines))
			}
			if r.Format == record.Format && !bytes.Equal(r.Marshal(), data) {
				t.Errorf("%s is not written canonically any more: this version writes it differently, though the format number is the same (%d). Change the writer back, or raise record.Format and keep reading format %d", path, r.Format, r.Format)
			}
		})
	}
}

const howToFix = `Records made by earlier versions of Pact must keep replaying (docs/records.md, "Compatibility").
If the engine's rules or the scenario changed on purpose, raise record.EngineVersion (or the
scenario's version) so that old records are refused with a clear reason instead of a false
mismatch, add a migration note to docs/records.md, and only then rewrite these files with
    go test ./game/record -run TestGoldenRecordsReplayForever -update`

// TestSameGameWritesTheSameRecord plays one campaign twice and compares the records byte for byte.
func TestSameGameWritesTheSameRecord(t *testing.T) {
	a, _ := aiRecord(t, 8)
	b, _ := aiRecord(t, 8)
	if !bytes.Equal(a.Marshal(), b.Marshal()) {
		t.Fatal("two plays of the same game write different records")
	}
	c, _ := aiRecord(t, 9)
	if bytes.Equal(a.Marshal(), c.Marshal()) {
		t.Fatal("games of two seeds write the same record")
	}
}

// TestGoldenRecordsCoverTheirCases checks that the golden set holds what it claims: a historical
// line, branches of branches, a reseeded branch and a game in progress.
func TestGoldenRecordsCoverTheirCases(t *testing.T) {
	read := func(name string) *record.Record {
		data, err := os.ReadFile(filepath.Join(goldenDir, name))
		if err != nil {
			t.Fatal(err)
		}
		r, errs := record.Parse(name, data)
		if len(errs) > 0 {
			t.Fatal(errs)
		}
		return r
	}
	if !read("historical.rec").Historical {
		t.Error("historical.rec is not marked historical")
	}
	br := read("branches.rec")
	if p, err := br.Path("refuse-late-2"); err != nil || len(p) != 4 {
		t.Errorf("branches.rec: refuse-late-2 should be a branch of a branch of a branch: %v %v", p, err)
	}
	rs := read("reseeded.rec")
	if l := rs.Line("alt"); l == nil || l.Seed == nil {
		t.Error("reseeded.rec has no reseeded branch alt")
	}
	if main := rs.Line(record.MainLine); len(main.Turns) >= 36 {
		t.Error("reseeded.rec's main line should be a game in progress")
	}
	if !strings.Contains(string(mustRead(t, filepath.Join(goldenDir, "reseeded.rec"))), "turns: []") {
		t.Error("reseeded.rec should hold a branch saved before its first month")
	}
}

func mustRead(t *testing.T, path string) []byte {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return data
}
