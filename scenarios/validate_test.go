package scenarios_test

import (
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/pactgame/pact/scenarios"
)

var update = flag.Bool("update", false, "rewrite the golden files")

// TestBadScenariosGiveLocatedErrors validates every file of testdata/bad and compares the rendered
// errors — FILE:LINE:COL: message, with the source line and a caret — with its golden file.
func TestBadScenariosGiveLocatedErrors(t *testing.T) {
	files, _ := filepath.Glob("testdata/bad/*.yaml")
	if len(files) < 8 {
		t.Fatalf("only %d bad scenarios", len(files))
	}
	for _, f := range files {
		t.Run(strings.TrimSuffix(filepath.Base(f), ".yaml"), func(t *testing.T) {
			data, err := os.ReadFile(f)
			if err != nil {
				t.Fatal(err)
			}
			sc, errs := scenarios.Parse(f, data, scenarios.Options{})
			if sc != nil || len(errs) == 0 {
				t.Fatal("a bad scenario was accepted")
			}
			for _, e := range errs {
				if e.Pos.File != f || e.Pos.Line < 1 || e.Pos.Col < 1 {
					t.Errorf("an error without its place: %v", e)
				}
			}
			got := errs.Render(data)
			golden := strings.TrimSuffix(f, ".yaml") + ".golden"
			if *update {
				if err := os.WriteFile(golden, []byte(got), 0o644); err != nil {
					t.Fatal(err)
				}
			}
			want, err := os.ReadFile(golden)
			if err != nil {
				t.Fatalf("%v (run go test ./scenarios -update)", err)
			}
			if diff := cmp.Diff(string(want), got); diff != "" {
				t.Errorf("errors (-want +got):\n%s", diff)
			}
		})
	}
}

// TestShippedScenariosValidate: every embedded scenario compiles without a single error.
func TestShippedScenariosValidate(t *testing.T) {
	for _, name := range scenarios.Files() {
		data, _ := scenarios.Source(name)
		if _, errs := scenarios.Parse(name, data, scenarios.Options{}); len(errs) > 0 {
			t.Errorf("%s:\n%s", name, errs.Lines())
		}
	}
}

// TestUnknownKeyAppendedToTheShippedScenarioIsLocated is the contract check's own test: an
// unknown top-level key appended to pact-1934 is reported at its line, column 1.
func TestUnknownKeyAppendedToTheShippedScenarioIsLocated(t *testing.T) {
	data, _ := scenarios.Source("pact-1934.yaml")
	if len(data) > 0 && data[len(data)-1] != '\n' {
		data = append(data, '\n')
	}
	line := strings.Count(string(data), "\n") + 1
	data = append(data, "zzz_unknown_field: 1\n"...)
	_, errs := scenarios.Parse("bad.yaml", data, scenarios.Options{})
	if len(errs) != 1 || errs[0].Pos.Line != line || errs[0].Pos.Col != 1 {
		t.Fatalf("errors = %v; want one at bad.yaml:%d:1", errs, line)
	}
}

// FuzzParse: the loader never panics, and every error carries a valid position in the file.
// It is seeded with the small files (the test scenario and the bad ones): the full campaign, over
// 4,000 lines, is too slow to mutate usefully and is validated by TestShippedScenariosValidate.
func FuzzParse(f *testing.F) {
	if data, err := os.ReadFile("../game/testdata/mini.yaml"); err == nil {
		f.Add(data)
	}
	bad, _ := filepath.Glob("testdata/bad/*.yaml")
	for _, b := range bad {
		data, _ := os.ReadFile(b)
		f.Add(data)
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		sc, errs := scenarios.Parse("fuzz.yaml", data, scenarios.Options{})
		if sc == nil && len(errs) == 0 {
			t.Fatal("neither a scenario nor an error")
		}
		for _, e := range errs {
			if e.Pos.File != "fuzz.yaml" || e.Pos.Line < 1 {
				t.Fatalf("error without a position: %v", e)
			}
			_ = errs.Render(data)
		}
	})
}
