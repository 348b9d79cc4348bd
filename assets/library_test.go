package assets

import (
	"flag"
	"io/fs"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/google/go-cmp/cmp"

	"github.com/pactgame/pact/game/datafile"
)

var update = flag.Bool("update", false, "rewrite the golden files of testdata/bad")

func shippedLibrary(t testing.TB) *Lib {
	t.Helper()
	lib, err := Library()
	if err != nil {
		t.Fatalf("the shipped library does not load cleanly:\n%s", err.(datafile.ErrorList).Lines())
	}
	return lib
}

func TestShippedLibraryChecksClean(t *testing.T) {
	lib, errs := LoadFS(Files())
	errs = append(errs, Check(lib)...)
	if len(errs) != 0 {
		t.Fatalf("%d problems in the shipped library:\n%s", len(errs), errs.Lines())
	}
	if _, err := Library(); err != nil {
		t.Fatalf("Library() = %v", err)
	}
}

// decisionIDs are the 58 decision points and 2 Polish scripted events of choices.md §2.
var decisionIDs = []string{
	"fr-1934-04-barthou-note", "fr-1934-06-eastern-pact-design", "gb-1934-07-eastern-pact-support",
	"gb-1934-07-defence-priorities", "de-1934-09-eastern-pact-refusal", "pl-1934-09-eastern-pact-refusal",
	"su-1934-09-join-league", "fr-1934-10-laval-course", "fr-1934-12-geneva-protocol",
	"su-1934-12-geneva-protocol", "it-1934-12-ethiopia-directive",
	"fr-1935-01-rome-accords", "it-1935-01-rome-accords", "it-1935-02-military-talks-france",
	"fr-1935-03-answer-to-conscription", "gb-1935-03-answer-to-conscription", "de-1935-03-conscription",
	"gb-1935-04-stresa-silence", "fr-1935-04-treaty-terms", "su-1935-04-accept-text",
	"fr-1935-05-no-convention", "su-1935-05-stalin-communique", "de-1935-05-locarno-claim",
	"gb-1935-06-naval-agreement", "de-1935-06-naval-offer", "fr-1935-06-ratification-delay",
	"it-1935-06-reject-compromise", "su-1935-07-berlin-track", "su-1935-08-popular-front",
	"gb-1935-09-league-line", "be-1935-10-sanctions-and-mediation", "it-1935-10-war-and-sanctions",
	"fr-1935-10-sanctions-and-navy", "gb-1935-11-oil-and-suez", "fr-1935-12-hoare-laval",
	"gb-1935-12-hoare-laval", "it-1935-12-hoare-laval",
	"it-1936-01-austria-for-germany", "de-1936-02-rhineland-timing", "fr-1936-02a-ratification",
	"fr-1936-02b-no-isolated-action", "be-1936-03a-end-1920-accord", "de-1936-03-rhineland-conduct",
	"fr-1936-03a-rhineland-response", "gb-1936-03-rhineland", "it-1936-03-locarno-guarantor",
	"be-1936-03b-rhineland-response", "su-1936-03-rhineland-response", "pl-1936-03-beck-assurance",
	"fr-1936-03b-london", "de-1936-04-soviet-trade", "gb-1936-06-lift-sanctions", "fr-1936-07-spain",
	"de-1936-07-spain", "it-1936-07-spain", "gb-1936-07-spain", "be-1936-07-independence",
	"su-1936-08-spain", "be-1936-10-leopold-speech", "fr-1936-11-soviet-staff-talks",
}

func TestShippedLibraryHasEveryDecisionPoint(t *testing.T) {
	if len(decisionIDs) != 60 {
		t.Fatalf("the list holds %d ids, want 58 decision points + 2 Polish events", len(decisionIDs))
	}
	lib := shippedLibrary(t)
	for _, id := range decisionIDs {
		d, ok := lib.Dossier(id)
		if !ok {
			t.Errorf("no dossier for decision point %s", id)
			continue
		}
		if !d.Decision() || !slices.ContainsFunc(d.Options, func(o DossierOption) bool { return o.Historical }) {
			t.Errorf("decision point %s has no options or no historical option", id)
		}
		// The id's month is the dossier's date (the window's reference month).
		if month := id[3:10]; !strings.HasPrefix(d.Date, month) {
			t.Errorf("decision point %s is dated %s, want %s", id, d.Date, month)
		}
	}
	for _, d := range lib.Dossiers() {
		if d.Decision() && !slices.Contains(decisionIDs, d.ID) {
			t.Errorf("dossier %s has options but is not a decision point of choices.md §2", d.ID)
		}
	}
}

func TestShippedLibraryCounts(t *testing.T) {
	lib := shippedLibrary(t)
	kinds := map[string]int{}
	for _, e := range lib.Entries() {
		kinds[e.Kind]++
	}
	events := 0
	for _, d := range lib.Dossiers() {
		if !d.Decision() {
			events++
		}
	}
	t.Logf("entries by kind %v; %d timeline dossiers; %d sources", kinds, events, len(lib.Sources()))
	if n := len(lib.Entries()); n < 70 {
		t.Errorf("%d encyclopedia entries, want at least 70", n)
	}
	if events < 75 {
		t.Errorf("%d timeline dossiers, want at least 75", events)
	}
	for _, k := range EntryKinds {
		if kinds[k] == 0 {
			t.Errorf("no encyclopedia entry of kind %s", k)
		}
	}
}

func TestEveryLinkAndReferenceResolves(t *testing.T) {
	lib := shippedLibrary(t)
	for _, e := range lib.Entries() {
		for _, id := range append(lib.Links(e), e.See...) {
			if _, ok := lib.Entry(id); !ok {
				t.Errorf("entry %s links to %q, which is not an entry", e.ID, id)
			}
		}
		if len(e.Sources) == 0 {
			t.Errorf("entry %s has no sources", e.ID)
		}
	}
	for _, d := range lib.Dossiers() {
		for _, id := range d.Who {
			if _, ok := lib.Entry(id); !ok {
				t.Errorf("dossier %s names %q, which is not an entry", d.ID, id)
			}
		}
		if len(d.Sources) == 0 {
			t.Errorf("dossier %s has no sources", d.ID)
		}
		for _, c := range d.Sources {
			if _, ok := lib.Source(c.Source); !ok {
				t.Errorf("dossier %s cites unknown source %q", d.ID, c.Source)
			}
		}
	}
}

// The pact's entry must set right three claims popular accounts repeat (TEXTS.md §1.5).
func TestPactEntrySetsRightThreePopularClaims(t *testing.T) {
	lib := shippedLibrary(t)
	e, ok := lib.Entry("franco-soviet-pact")
	if !ok {
		t.Fatal("no entry franco-soviet-pact")
	}
	text := e.Plain()
	for _, want := range []string{
		`do not cite "the Locarno Pact"`, "Covenant of the League (Arts. 15(7), 16 and 17)",
		"prior approval of Britain, Italy and Belgium", "loose reading of protocol point II",
		"alliance with Austria", "7 March 1936", "11 July 1936 was no alliance",
		"353 votes to 164", "27 March 1936",
	} {
		if !strings.Contains(text, want) {
			t.Errorf("the pact's entry does not say %q", want)
		}
	}
	for _, id := range []string{"art1", "art2", "art3", "art4", "art5", "protocol-1", "protocol-2", "protocol-3", "protocol-4"} {
		if !slices.Contains(e.Texts, id) {
			t.Errorf("the pact's entry does not carry the legal text %s", id)
		}
	}
}

// Facts the history files mark unconfirmed must never be stated bare.
func TestUnconfirmedFactsAreFlagged(t *testing.T) {
	lib := shippedLibrary(t)
	claims := []struct {
		name    string
		pattern *regexp.Regexp
	}{
		{"the Senate count 231–52", regexp.MustCompile(`231\s*(to|–|-)\s*52`)},
		{"a protocol point V", regexp.MustCompile(`point V\b`)},
	}
	texts := map[string]string{}
	for _, e := range lib.Entries() {
		texts["entry "+e.ID] = e.Plain()
	}
	for _, d := range lib.Dossiers() {
		texts["dossier "+d.ID] = d.What + "\n" + d.Why + "\n" + d.Unconfirmed + "\n" + d.Disagreements
	}
	for where, text := range texts {
		for _, c := range claims {
			for _, para := range strings.Split(text, "\n") {
				if c.pattern.MatchString(para) && !regexp.MustCompile(`unconfirmed|not found|not confirmed|there is no`).MatchString(para) {
					t.Errorf("%s states %s without flagging it: %q", where, c.name, para)
				}
			}
		}
	}
}

// Works are cited, never the site where a copy was read; Duroselle's online "parts" are not chapters.
func TestCitationsNameWorksNotWebCopies(t *testing.T) {
	lib := shippedLibrary(t)
	bad := regexp.MustCompile(`(?i)papers ?past|wikizero|wikimili|zxc\.wiki|qaz\.wiki|bubooker|issuhub|chitka|bibliboba|https?://`)
	check := func(where string, cs []Citation) {
		for _, c := range cs {
			cite := lib.Cite(c)
			if bad.MatchString(cite) {
				t.Errorf("%s cites a web copy: %s", where, cite)
			}
			if c.Source == "duroselle" && regexp.MustCompile(`(?i)\bpart \d`).MatchString(c.At) {
				t.Errorf("%s cites Duroselle by an online copy's part number: %q", where, c.At)
			}
		}
	}
	for _, e := range lib.Entries() {
		check("entry "+e.ID, e.Sources)
	}
	for _, d := range lib.Dossiers() {
		check("dossier "+d.ID, d.Sources)
	}
	for _, s := range lib.Sources() {
		if bad.MatchString(s.Title + " " + s.Author + " " + s.Publisher + " " + s.Note) {
			t.Errorf("source %s names a web copy: %s", s.ID, s.Cite(""))
		}
	}
}

func TestEntriesSortedByTitleAndDossiersByDate(t *testing.T) {
	lib := shippedLibrary(t)
	es := lib.Entries()
	if !slices.IsSortedFunc(es, func(a, b *Entry) int { return strings.Compare(fold(a.Title), fold(b.Title)) }) {
		t.Error("Entries() is not sorted by title")
	}
	ds := lib.Dossiers()
	if !slices.IsSortedFunc(ds, func(a, b *Dossier) int { return strings.Compare(a.Date, b.Date) }) {
		t.Error("Dossiers() is not sorted by date")
	}
}

// TestBrokenCopiesReportLocatedErrors loads each directory of testdata/bad and compares the located
// errors with its want.txt (go test -run TestBrokenCopies -update rewrites them).
func TestBrokenCopiesReportLocatedErrors(t *testing.T) {
	dirs, err := filepath.Glob("testdata/bad/*")
	if err != nil || len(dirs) == 0 {
		t.Fatalf("no broken copies in testdata/bad (%v)", err)
	}
	for _, dir := range dirs {
		t.Run(filepath.Base(dir), func(t *testing.T) {
			fsys := os.DirFS(dir)
			lib, errs := LoadFS(fsys)
			errs = append(errs, Check(lib)...)
			errs.Sort()
			got := errs.Lines()
			golden := filepath.Join(dir, "want.txt")
			if *update {
				if err := os.WriteFile(golden, []byte(got), 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			want, err := os.ReadFile(golden)
			if err != nil {
				t.Fatalf("%v (run with -update to create it)", err)
			}
			if diff := cmp.Diff(string(want), got); diff != "" {
				t.Errorf("errors (-want +got):\n%s", diff)
			}
			for _, e := range errs {
				if !e.Pos.IsValid() || e.Pos.File == "" {
					t.Errorf("error without a position: %v", e)
				}
			}
		})
	}
}

func TestWantFilesAreNotLoadedAsLibraryFiles(t *testing.T) {
	// want.txt sits next to the broken files and must not be taken for YAML.
	lib, errs := LoadFS(fstest.MapFS{
		"want.txt":     {Data: []byte("not: [yaml")},
		"sources.yaml": {Data: []byte("sources:\n  - {id: s, short: '[S]', title: T, year: 1935, kind: press}\n")},
	})
	if len(errs) != 0 || len(lib.Sources()) != 1 {
		t.Fatalf("errors %v, sources %d", errs, len(lib.Sources()))
	}
}

func TestLoaderSkipsTestdataDirectories(t *testing.T) {
	lib, errs := LoadFS(os.DirFS("."))
	errs = append(errs, Check(lib)...)
	if len(errs) != 0 {
		t.Fatalf("loading the package directory picked up broken copies:\n%s", errs.Lines())
	}
}

func TestCheckDirResolvesAgainstTheShippedLibrary(t *testing.T) {
	good := fstest.MapFS{"extra.yaml": {Data: []byte(`dossiers:
  - id: barthou-survives
    title: Barthou survives Marseille
    date: 1934-10
    powers: [france]
    what: A what-if.
    why: The pact keeps its architect.
    who: [barthou, laval]
    sources:
      - source: duroselle
`)}}
	if errs := CheckDir(good); len(errs) != 0 {
		t.Errorf("a dossier citing shipped ids: %s", errs.Lines())
	}
	bad := fstest.MapFS{"extra.yaml": {Data: []byte(`dossiers:
  - id: barthou-survives
    title: Barthou survives Marseille
    date: 1934-10
    powers: [france]
    what: A what-if.
    why: The pact keeps its architect.
    who: [barthu]
    sources:
      - source: durosele
`)}}
	got := CheckDir(bad).Lines()
	want := `extra.yaml:8:11: who "barthu" names no encyclopedia entry (did you mean "barthou"?)
extra.yaml:10:17: unknown source "durosele" (did you mean "duroselle"?)
`
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("CheckDir errors (-want +got):\n%s", diff)
	}
}

func TestRenderingShowsLinksAsText(t *testing.T) {
	lib, errs := LoadFS(fstest.MapFS{"lib.yaml": {Data: []byte(`sources:
  - id: gibler
    short: "[Gibler]"
    author: Douglas M. Gibler
    title: International Military Alliances, 1648–2008
    year: 2009
    publisher: CQ Press
    kind: reference
  - id: dominion
    short: "[PapersPast] DOM"
    title: The Dominion (Wellington)
    year: 1936
    kind: press
  - id: wikipedia
    short: "[Wikipedia]"
    title: Wikipedia
    year: 2026
    kind: tertiary
entries:
  - id: pact
    title: Franco-Soviet pact
    kind: treaty
    summary: The treaty of 1935.
    dates: signed 2 May 1935
    body: >-
      Signed by [[laval]] and [[laval|the same man again]], ratified by the [[chamber]].

      In force from 27 March 1936; see [[laval]].
    see: [chamber]
    sources:
      - source: gibler
        at: entry 4.1283
      - source: dominion
        at: 29 February 1936
      - source: wikipedia
        at: article “Franco-Soviet Treaty of Mutual Assistance”
  - id: laval
    title: Pierre Laval
    kind: person
    summary: Foreign Minister.
    body: Laval.
    sources: [{source: gibler}]
  - id: chamber
    title: Chamber of Deputies
    kind: institution
    summary: The lower house.
    body: The Chamber.
    sources: [{source: gibler}]
`)}})
	if len(errs) != 0 {
		t.Fatal(errs.Lines())
	}
	e, _ := lib.Entry("pact")
	if diff := cmp.Diff([]string{"laval", "chamber"}, lib.Links(e)); diff != "" {
		t.Errorf("Links (-want +got):\n%s", diff)
	}
	wantPlain := "Signed by Pierre Laval and the same man again, ratified by the Chamber of Deputies.\n\n" +
		"In force from 27 March 1936; see Pierre Laval."
	if diff := cmp.Diff(wantPlain, e.Plain()); diff != "" {
		t.Errorf("Plain (-want +got):\n%s", diff)
	}
	wantMD := `# Franco-Soviet pact

*treaty · signed 2 May 1935*

**The treaty of 1935.**

Signed by Pierre Laval and the same man again, ratified by the Chamber of Deputies.

In force from 27 March 1936; see Pierre Laval.

**See also:** Chamber of Deputies

## Sources

- Douglas M. Gibler, *International Military Alliances, 1648–2008* (CQ Press, 2009), entry 4.1283
- *The Dominion (Wellington)*, 29 February 1936
- Wikipedia, article “Franco-Soviet Treaty of Mutual Assistance” (accessed 2026; tertiary source)
`
	if diff := cmp.Diff(wantMD, e.Markdown()); diff != "" {
		t.Errorf("Markdown (-want +got):\n%s", diff)
	}
}

func TestSearchRanksExactAndPrefixMatchesFirst(t *testing.T) {
	lib := shippedLibrary(t)
	for _, tc := range []struct{ query, want string }{
		{"Louis Barthou", "barthou"},
		{"barthou", "barthou"},
		{"Franco-Soviet pact", "franco-soviet-pact"},
		{"franco soviet pact", "franco-soviet-pact"},
		{"hoare-laval-plan", "hoare-laval-plan"},
		{"Rhineland", "rhineland"},
		{"Pilsudski", "pilsudski"},
		{"benes", "benes"},
		{"Goering", "goring"},
		{"Barthu", "barthou"},
		{"Locarno", "locarno"},
		{"Stresa", "stresa-front"},
		{"collective", "collective-security"},
		{"Abyssinia", "ethiopia"},
	} {
		ms := lib.Search(tc.query, 6)
		if len(ms) == 0 || ms[0].Entry.ID != tc.want {
			var got []string
			for _, m := range ms {
				got = append(got, m.Entry.ID+"("+m.Field+")")
			}
			t.Errorf("Search(%q) = %v, want %s first", tc.query, got, tc.want)
		}
	}
	if ms := lib.Search("zzqxj", 5); len(ms) != 0 {
		t.Errorf("Search(zzqxj) found %d entries", len(ms))
	}
	if ms := lib.Search("   ", 5); ms != nil {
		t.Errorf("an empty query found %d entries", len(ms))
	}
	if ms := lib.Search("pact", 3); len(ms) != 3 {
		t.Errorf("Search(pact, 3) returned %d matches", len(ms))
	}
}

var benchQueries = []string{
	"Barthou", "franco soviet", "Locarno", "rhineland", "collective security", "Laval", "stalin",
	"Gamelin", "sanctions", "hollow", "zzz", "leopold", "a", "pact", "Hoare-Laval", "eden",
}

func BenchmarkSearch(b *testing.B) {
	lib := shippedLibrary(b)
	b.ResetTimer()
	for i := 0; b.Loop(); i++ {
		lib.Search(benchQueries[i%len(benchQueries)], 6)
	}
}

// FuzzLoad loads a single library file: whatever its bytes, the loader and the checks must not
// panic, and every error must carry a valid position in that file. The seeds are the shipped
// files, tens of kilobytes each, and minimising such an input takes minutes, so fuzz with
// -fuzzminimizetime=2s: go test ./assets -run '^$' -fuzz FuzzLoad -fuzztime 60s -fuzzminimizetime 2s
func FuzzLoad(f *testing.F) {
	err := fs.WalkDir(Files(), ".", func(p string, d fs.DirEntry, err error) error {
		if err == nil && !d.IsDir() {
			data, _ := fs.ReadFile(Files(), p)
			f.Add(data)
		}
		return err
	})
	if err != nil {
		f.Fatal(err)
	}
	f.Add([]byte("entries:\n  - id: x\n    body: \"[[y]] [[\"\n"))
	f.Add([]byte("dossiers: [~, {}, {id: A B, date: 1935-02-30}]\n"))
	f.Fuzz(func(t *testing.T, data []byte) {
		lib, errs := LoadFS(fstest.MapFS{"f.yaml": {Data: data}})
		errs = append(errs, Check(lib)...)
		for _, e := range errs {
			if e.Pos.File != "f.yaml" || !e.Pos.IsValid() {
				t.Fatalf("error without a valid position: %v", e)
			}
			_ = datafile.Excerpt(data, e.Pos)
		}
		for _, e := range lib.Entries() {
			_ = e.Plain()
			_ = e.Markdown()
		}
		_ = lib.Search(string(data[:min(len(data), 40)]), 3)
	})
}
