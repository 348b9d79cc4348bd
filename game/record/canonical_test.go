package record_test

import (
	"bytes"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"

	"github.com/pactgame/pact/game/record"
)

// TestCanonicalReaderAgreesWithTheYAMLReader: a record read by the fast canonical reader is the
// record the strict YAML reader reads, for canonical files and for variants of them that YAML
// reads in its own ways (numbers, booleans, dates, nulls, quotes, comments, spacing): each variant
// either reads the same through both, or is refused by both with the same errors.
func TestCanonicalReaderAgreesWithTheYAMLReader(t *testing.T) {
	r, _ := aiRecord(t, 3)
	sc := loadCampaign(t)
	if _, err := r.Branch(sc, record.MainLine, "alt", r.Lines[0].Turns[14].Date, nil, seed(99), nil); err != nil {
		t.Fatal(err) // (no policy: every power's AI)
	}
	if _, err := r.AddLine(record.MainLine, "b-1", r.Lines[0].Turns[14].Date, seed(18446744073709551615)); err != nil {
		t.Fatal(err)
	}
	good := r.Marshal()
	variants := map[string][]byte{"canonical": good}
	for name, repl := range map[string][2]string{
		"scenario as a date":      {"scenario: pact-1934", "scenario: 1934-01-05"},
		"scenario as a number":    {"scenario: pact-1934", "scenario: 0x1f"},
		"scenario as a float":     {"scenario: pact-1934", "scenario: 1e3"},
		"scenario as true":        {"scenario: pact-1934", "scenario: true"},
		"scenario as null":        {"scenario: pact-1934", "scenario: null"},
		"scenario quoted":         {"scenario: pact-1934", "scenario: \"pact-1934\""},
		"seed with leading zero":  {"seed: 3\n", "seed: 03\n"},
		"seed in hex":             {"seed: 3\n", "seed: 0x3\n"},
		"seed too big":            {"seed: 3\n", "seed: 18446744073709551616\n"},
		"format with a plus":      {"format: 2", "format: +2"},
		"current line":            {"lines:\n", "current: alt\nlines:\n"},
		"current as a number":     {"lines:\n", "current: 12\nlines:\n"},
		"current as null":         {"lines:\n", "current: null\nlines:\n"},
		"current quoted":          {"lines:\n", "current: \"b-1\"\nlines:\n"},
		"trailing space":          {"seed: 3\n", "seed: 3 \n"},
		"comment after a value":   {"seed: 3\n", "seed: 3 # three\n"},
		"a comment line":          {"lines:\n", "lines:\n# the lines\n"},
		"list without spaces":     {"players: [france]", "players: [ france ]"},
		"order as a number":       {"ussr: []", "ussr: [1934]"},
		"order as a date":         {"ussr: []", "ussr: [1934-01-05]"},
		"historical as yes":       {"historical: false", "historical: no"},
		"difficulty as null":      {"difficulty: normal", "difficulty: ~"},
		"name as a number":        {"name: b-1", "name: 12"},
		"name as null":            {"name: b-1", "name: null"},
		"end with extra spaces":   {"end: {lines: 3", "end: { lines: 3"},
		"blank line at the end":   {"}\n", "}\n\n"},
		"no newline at the end":   {"}\n", "}"},
		"carriage returns":        {"\n", "\r\n"},
		"digests with two spaces": {"digests: ", "digests:  "},
	} {
		v := bytes.Replace(good, []byte(repl[0]), []byte(repl[1]), 1)
		if name == "carriage returns" {
			v = bytes.ReplaceAll(good, []byte(repl[0]), []byte(repl[1]))
		}
		if bytes.Equal(v, good) {
			t.Fatalf("%s: nothing replaced", name)
		}
		variants[name] = v
	}
	if !record.Canonical(good) {
		t.Fatal("the canonical reader does not read a record as Marshal writes it")
	}
	for _, name := range []string{"seed in hex", "comment after a value", "scenario quoted", "carriage returns", "name as null"} {
		if record.Canonical(variants[name]) {
			t.Errorf("the canonical reader reads the variant %q itself; it should leave it to the YAML reader", name)
		}
	}
	for name, data := range variants {
		t.Run(name, func(t *testing.T) {
			got, errs := record.Parse("c.rec", data)
			want, werrs := record.ParseStrict("c.rec", data)
			if errs.Error() != werrs.Error() {
				t.Fatalf("errors differ:\n%v\nstrict:\n%v", errs, werrs)
			}
			if diff := cmp.Diff(want, got, cmpopts.EquateEmpty()); diff != "" {
				t.Fatalf("records differ (-strict +canonical):\n%s", diff)
			}
		})
	}
}
