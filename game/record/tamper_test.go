package record_test

import (
	"bytes"
	"errors"
	"math/rand/v2"
	"regexp"
	"strings"
	"testing"

	"github.com/pactgame/pact/game"
	"github.com/pactgame/pact/game/calendar"
	"github.com/pactgame/pact/game/datafile"
	"github.com/pactgame/pact/game/record"
)

// load reads and replays a record, as `pact replay` does: a reading error (located) or a replay
// error, or nil for a record that replays.
func load(t *testing.T, data []byte) error {
	t.Helper()
	r, errs := record.Parse("t.rec", data)
	if len(errs) > 0 {
		for _, e := range errs {
			if !e.Pos.IsValid() || e.Pos.File != "t.rec" {
				t.Errorf("error without a valid position: %v", e)
			}
		}
		return errs
	}
	_, err := r.Replay(loadCampaign(t))
	return err
}

// sub replaces the first match of a pattern (which must match) in the record.
func sub(t *testing.T, data []byte, pattern, repl string) []byte {
	t.Helper()
	re := regexp.MustCompile(pattern)
	loc := re.FindSubmatchIndex(data)
	if loc == nil {
		t.Fatalf("the record has no %q to tamper with", pattern)
	}
	out := append([]byte{}, data[:loc[0]]...)
	out = re.Expand(out, []byte(repl), data, loc)
	return append(out, data[loc[1]:]...)
}

// TestTamperedRecordsAreRefused: every kind of damage to a record gives a clear error that says
// what is wrong and where (the line and month, or FILE:LINE:COL) — never a panic, never a replay
// that passes.
func TestTamperedRecordsAreRefused(t *testing.T) {
	r, _ := aiRecord(t, 3)
	sc := loadCampaign(t)
	if _, err := r.Branch(sc, record.MainLine, "alt", calendar.MustParse("1935-03"), nil, seed(99), game.AIPolicy); err != nil {
		t.Fatal(err)
	}
	good := r.Marshal()
	if err := load(t, good); err != nil {
		t.Fatalf("the untampered record is refused: %v", err)
	}
	cases := []struct {
		name   string
		tamper func([]byte) []byte
		want   []string // every one must appear in the error
	}{
		{"changed seed", func(d []byte) []byte { return sub(t, d, `(?m)^seed: 3$`, "seed: 4") },
			[]string{"line main", "1934-01", "differs from the record", "rng"}},
		{"changed branch seed", func(d []byte) []byte { return sub(t, d, `(?m)^    seed: 99$`, "    seed: 98") },
			[]string{"line alt", "1935-03", "differs"}},
		{"decision the power cannot take", func(d []byte) []byte {
			return sub(t, d, `(?s)(- date: 1934-06\n        orders:\n          france: \[)`, "${1}fr-no-such-decision, ")
		}, []string{"line main", "1934-06", "france cannot take \"fr-no-such-decision\""}},
		{"changed decision", func(d []byte) []byte {
			return sub(t, d, `(?s)(- date: 1934-03\n        orders:\n          france: )\[[^\]]*\]`, "${1}[fr-defence-credits]")
		}, []string{"line main", "1934-03", "differs from the record"}},
		{"decision removed", func(d []byte) []byte {
			return sub(t, d, `(?s)(- date: 1934-05\n        orders:\n          france: )\[[^\]]*\]`, "${1}[]")
		}, []string{"line main", "1934-05"}},
		{"changed hash", func(d []byte) []byte {
			return sub(t, d, `(?s)(- date: 1934-07\n.*?hash: )([0-9a-f])`, "${1}x")
		}, []string{"t.rec:", "hash", "hexadecimal"}},
		{"another valid hash", func(d []byte) []byte {
			return sub(t, d, `(?s)(- date: 1934-08\n.*?hash: )[0-9a-f]{32}`, "${1}0123456789abcdef0123456789abcdef")
		}, []string{"line main", "1934-08", "digests agree"}},
		{"uppercase hash", func(d []byte) []byte {
			return sub(t, d, `(?s)(- date: 1934-07\n.*?hash: )([0-9a-f]{32})`, "${1}ABCDEF0123456789ABCDEF0123456789")
		}, []string{"t.rec:", "lowercase"}},
		{"swapped months", func(d []byte) []byte { return swapMonths(t, d, "1934-05", "1934-06") },
			[]string{"t.rec:", "months must follow one another"}},
		{"month dropped", func(d []byte) []byte {
			return sub(t, d, `(?s)      - date: 1935-01\n.*?(      - date: 1935-02)`, "$1")
		}, []string{"t.rec:", "months must follow one another"}},
		{"unknown key", func(d []byte) []byte {
			return sub(t, d, `(?m)^historical: false$`, "historical: false\nmood: cheerful")
		},
			[]string{"t.rec:10:1", "unknown key \"mood\""}},
		{"newer format", func(d []byte) []byte { return sub(t, d, `(?m)^format: \d+$`, "format: 99\nsignature: abc") },
			[]string{"t.rec:2:1", "record format 99", "upgrade"}},
		{"format zero", func(d []byte) []byte { return sub(t, d, `(?m)^format: \d+$`, "format: 0") },
			[]string{"t.rec:2", "not a valid format"}},
		{"newer engine", func(d []byte) []byte { return sub(t, d, `(?m)^engine: 1$`, "engine: 7") },
			[]string{"engine rules version 7", "upgrade"}},
		{"other scenario version", func(d []byte) []byte { return sub(t, d, `(?m)^scenario_version: 1$`, "scenario_version: 9") },
			[]string{"version 9 of scenario pact-1934", "upgrade"}},
		{"other scenario", func(d []byte) []byte { return sub(t, d, `(?m)^scenario: pact-1934$`, "scenario: pact-1935") },
			[]string{"scenario \"pact-1935\", not \"pact-1934\""}},
		{"unknown power", func(d []byte) []byte { return sub(t, d, `(?m)^players: \[france\]$`, "players: [frnace]") },
			[]string{"t.rec:7", "unknown power \"frnace\"", "france"}},
		{"branch of a missing line", func(d []byte) []byte { return sub(t, d, `(?m)^    parent: main$`, "    parent: mian") },
			[]string{"t.rec:", "forks from \"mian\""}},
		{"end line removed", func(d []byte) []byte { return sub(t, d, `(?m)^end: .*\n`, "") },
			[]string{"no end line", "cut short"}},
		{"end line disagrees", func(d []byte) []byte { return sub(t, d, `(?m)^end: \{lines: 2,`, "end: {lines: 3,") },
			[]string{"cut or edited"}},
		{"not a record", func([]byte) []byte { return []byte("just: some\nother: yaml\n") },
			[]string{"t.rec:1:1", "just"}},
		{"empty file", func([]byte) []byte { return nil },
			[]string{"t.rec:1:1", "empty"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			data := c.tamper(bytes.Clone(good))
			err := load(t, data)
			if err == nil {
				t.Fatal("the tampered record is accepted")
			}
			msg := err.Error()
			var el datafile.ErrorList
			if errors.As(err, &el) {
				msg = el.Lines()
			}
			for _, w := range c.want {
				if !strings.Contains(msg, w) {
					t.Errorf("the error does not say %q:\n%s", w, msg)
				}
			}
		})
	}
}

// TestTamperedReplayNamesTheDifferingParts: a replay mismatch is a *Mismatch that names the line,
// the month and the parts of the state that differ, so the CLI can report them.
func TestTamperedReplayNamesTheDifferingParts(t *testing.T) {
	r, _ := aiRecord(t, 3)
	data := sub(t, r.Marshal(), `(?m)^seed: 3$`, "seed: 4")
	back, errs := record.Parse("t.rec", data)
	if len(errs) > 0 {
		t.Fatal(errs)
	}
	_, err := back.Build(loadCampaign(t), record.MainLine)
	var m *record.Mismatch
	if !errors.As(err, &m) {
		t.Fatalf("want a *Mismatch, got %v", err)
	}
	if m.Line != record.MainLine || m.Date.String() != "1934-01" || len(m.Sections) == 0 || m.Sections[0] == "" {
		t.Fatalf("the mismatch does not name line, month and parts: %+v", m)
	}
}

// TestTruncatedRecordsAreRefused cuts a record at many offsets — at random bytes, and exactly at
// the end of every line — and checks that each piece is refused with a located error.
func TestTruncatedRecordsAreRefused(t *testing.T) {
	r, _ := aiRecord(t, 3)
	good := r.Marshal()
	var cuts []int
	for i, c := range good[:len(good)-1] {
		if c == '\n' && i%7 == 0 || c == '\n' && bytes.HasPrefix(good[i+1:], []byte("      - date:")) {
			cuts = append(cuts, i+1) // a whole number of lines, e.g. every month's boundary
		}
	}
	rng := rand.New(rand.NewPCG(1, 2))
	for range 60 {
		cuts = append(cuts, rng.IntN(len(good)))
	}
	cuts = append(cuts, 0, 1, len(good)/2, len(good)-2) // (cutting only the final newline leaves it whole)
	for _, n := range cuts {
		_, errs := record.Parse("t.rec", good[:n])
		if len(errs) == 0 {
			t.Errorf("a record cut at byte %d of %d is accepted", n, len(good))
			continue
		}
		for _, e := range errs {
			if !e.Pos.IsValid() {
				t.Errorf("cut at %d: an error without a position: %v", n, e)
			}
		}
	}
}

// TestRandomBytesAreRefused feeds random bytes, and random bytes spliced into a record, to the
// reader and the replay: errors, never a panic or an accepted record.
func TestRandomBytesAreRefused(t *testing.T) {
	r, _ := aiRecord(t, 3)
	good := r.Marshal()
	rng := rand.New(rand.NewPCG(3, 4))
	for i := range 200 {
		var data []byte
		if i%2 == 0 {
			data = make([]byte, 1+rng.IntN(3000))
			for j := range data {
				data[j] = byte(rng.Uint32())
			}
		} else {
			data = bytes.Clone(good)
			at := rng.IntN(len(data))
			for j := at; j < min(len(data), at+1+rng.IntN(16)); j++ {
				data[j] = byte(rng.Uint32())
			}
		}
		if err := load(t, data); err == nil && !bytes.Equal(data, good) {
			// A splice may hit a comment or leave the text as it was; anything else must fail.
			if back, errs := record.Parse("t.rec", data); len(errs) == 0 && !bytes.Equal(back.Marshal(), good) {
				t.Errorf("random damage %d is accepted", i)
			}
		}
	}
	var el datafile.ErrorList
	if err := load(t, []byte("\x00\x01\x02")); !errors.As(err, &el) {
		t.Errorf("binary junk: want located errors, got %v", err)
	}
}

func swapMonths(t *testing.T, data []byte, a, b string) []byte {
	t.Helper()
	re := regexp.MustCompile(`(?s)(      - date: ` + a + `\n.*?)(      - date: ` + b + `\n.*?)(      - date: )`)
	loc := re.FindSubmatchIndex(data)
	if loc == nil {
		t.Fatalf("no months %s and %s to swap", a, b)
	}
	var out []byte
	out = append(out, data[:loc[2]]...)
	out = append(out, data[loc[4]:loc[5]]...)
	out = append(out, data[loc[2]:loc[3]]...)
	return append(out, data[loc[6]:]...)
}
