package main

import (
	"bytes"
	"encoding/json"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/pactgame/pact/assets"
)

func runPact(t *testing.T, args ...string) (code int, stdout, stderr string) {
	t.Helper()
	var out, errw bytes.Buffer
	code = run(args, strings.NewReader(""), &out, &errw)
	return code, out.String(), errw.String()
}

func TestEncyclopediaExitStatus(t *testing.T) {
	for _, tc := range []struct {
		args []string
		code int
	}{
		{[]string{"encyclopedia", "Barthou"}, 0},
		{[]string{"encyclopedia"}, 0},
		{[]string{"encyclopedia", "--json"}, 0},
		{[]string{"encyclopedia", "zzqxj"}, 1},
		{[]string{"encyclopedia", "zzqxj", "--json"}, 1},
		{[]string{"encyclopedia", "--yaml"}, 2},
	} {
		code, _, stderr := runPact(t, tc.args...)
		if code != tc.code {
			t.Errorf("pact %s: exit status %d, want %d (stderr %q)", strings.Join(tc.args, " "), code, tc.code, stderr)
		}
		if code != 0 && strings.Count(stderr, "\n") != 1 {
			t.Errorf("pact %s: stderr is not one line: %q", strings.Join(tc.args, " "), stderr)
		}
	}
}

func TestEncyclopediaJSONListsEveryEntryWithItsCitations(t *testing.T) {
	code, stdout, _ := runPact(t, "encyclopedia", "--json")
	if code != 0 {
		t.Fatalf("exit status %d", code)
	}
	var all []entryJSON
	if err := json.Unmarshal([]byte(stdout), &all); err != nil {
		t.Fatalf("not a JSON list of entries: %v", err)
	}
	lib, err := assets.Library()
	if err != nil {
		t.Fatal(err)
	}
	if len(all) != len(lib.Entries()) {
		t.Fatalf("%d entries in JSON, %d in the library", len(all), len(lib.Entries()))
	}
	ids := map[string]bool{}
	for _, e := range all {
		ids[e.ID] = true
	}
	for _, e := range all {
		if e.Title == "" || e.Kind == "" || e.Summary == "" || e.Body == "" || e.Plain == "" {
			t.Errorf("entry %s has an empty field: %+v", e.ID, e)
		}
		if strings.Contains(e.Plain, "[[") {
			t.Errorf("entry %s: plain text still holds link markup", e.ID)
		}
		if len(e.Sources) == 0 {
			t.Errorf("entry %s has no sources", e.ID)
		}
		for _, c := range e.Sources {
			if c.Source == "" || c.Citation == "" || strings.HasPrefix(c.Citation, "unknown source") {
				t.Errorf("entry %s: bad citation %+v", e.ID, c)
			}
		}
		for _, l := range append(e.Links, e.See...) {
			if !ids[l] {
				t.Errorf("entry %s links to %q, which is not in the list", e.ID, l)
			}
		}
		if e.Aliases == nil || e.See == nil || e.Texts == nil || e.Links == nil {
			t.Errorf("entry %s: a list is null instead of []", e.ID)
		}
	}
}

func TestEncyclopediaJSONLookup(t *testing.T) {
	code, stdout, _ := runPact(t, "encyclopedia", "franco", "soviet", "pact", "--json")
	if code != 0 {
		t.Fatalf("exit status %d", code)
	}
	var got lookupJSON
	if err := json.Unmarshal([]byte(stdout), &got); err != nil {
		t.Fatalf("not a JSON lookup: %v", err)
	}
	if got.Query != "franco soviet pact" || got.Best.ID != "franco-soviet-pact" {
		t.Errorf("query %q, best %q", got.Query, got.Best.ID)
	}
	if len(got.Matches) < 2 || len(got.Matches) > 6 || got.Matches[0].ID != got.Best.ID {
		t.Errorf("matches %+v: want the best first and up to five others", got.Matches)
	}
	if len(got.Best.Texts) != 9 {
		t.Errorf("the pact carries %d legal texts, want art1–art5 and protocol-1–4", len(got.Best.Texts))
	}
}

// Every entry prints within 80 columns (a single over-long word excepted), links as words.
func TestEncyclopediaTextFitsTheTerminal(t *testing.T) {
	lib, err := assets.Library()
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range lib.Entries() {
		var out bytes.Buffer
		if err := printEntry(&out, lib, []assets.Match{{Entry: e}}); err != nil {
			t.Fatal(err)
		}
		text := out.String()
		if !strings.HasPrefix(text, e.Title+"\n") || !strings.Contains(text, "\nSources:\n  - ") {
			t.Errorf("entry %s: unexpected layout:\n%s", e.ID, text)
		}
		if strings.Contains(text, "[[") {
			t.Errorf("entry %s: link markup in the text output", e.ID)
		}
		for _, line := range strings.Split(text, "\n") {
			if utf8.RuneCountInString(line) > encyclopediaWidth && strings.Contains(strings.TrimSpace(line), " ") {
				t.Errorf("entry %s: line wider than %d columns: %q", e.ID, encyclopediaWidth, line)
			}
		}
	}
}

func TestWrapBreaksAtWordsWithHangingIndent(t *testing.T) {
	got := wrap("one two three four five six", 14, "- ", "  ")
	want := "- one two\n  three four\n  five six\n"
	if got != want {
		t.Errorf("wrap = %q, want %q", got, want)
	}
	if got := wrap("", 10, "", ""); got != "\n" {
		t.Errorf("wrap of nothing = %q", got)
	}
}
