package assets

import (
	"cmp"
	"embed"
	"fmt"
	"io/fs"
	"path"
	"regexp"
	"slices"
	"strings"
	"sync"

	"github.com/pactgame/pact/game/datafile"
)

//go:embed sources.yaml dossiers/*.yaml encyclopedia/*.yaml
var shipped embed.FS

// Files is the shipped library as a file system (sources.yaml, dossiers/, encyclopedia/).
func Files() fs.FS { return shipped }

// Powers are the ids of the six playable powers, the only ones a dossier lists.
var Powers = []string{"france", "ussr", "germany", "britain", "italy", "belgium"}

// LegalTextIDs are the ids of the legal texts (held by game/treaty) that a treaty entry may carry.
var LegalTextIDs = []string{
	"art1", "art2", "art3", "art4", "art5",
	"protocol-1", "protocol-2", "protocol-3", "protocol-4",
	"covenant-10", "covenant-11", "covenant-12", "covenant-13", "covenant-15", "covenant-15-7",
	"covenant-16", "covenant-17",
	"locarno-1", "locarno-2", "locarno-4",
	"versailles-42", "versailles-43", "versailles-44",
}

// SourceKinds are the kinds of work a source may be.
var SourceKinds = []string{"primary", "press", "scholarship", "reference", "tertiary"}

// EntryKinds are the kinds of encyclopedia entry.
var EntryKinds = []string{"person", "institution", "treaty", "concept", "place", "event"}

// Source is one work of the bibliography.
type Source struct {
	ID        string // lowercase-kebab, stable
	Short     string // the bracketed short name of the history files, e.g. "[Duroselle]"
	Author    string
	Title     string
	Year      string // a year or a range ("1934–1936"); for a tertiary source, the year of access
	Publisher string
	Kind      string // one of SourceKinds
	Note      string
	Pos       datafile.Pos

	idPos datafile.Pos
	at    datafile.Fields
}

// Citation points at a source, and where known at a place in it (chapter, page, date, document).
type Citation struct {
	Source string
	At     string
	Pos    datafile.Pos

	srcPos datafile.Pos
}

// DossierOption is one option really debated at a decision point.
type DossierOption struct {
	ID         string
	Title      string
	Text       string // who argued for it
	Historical bool   // the option chosen (several when the real choice combined them)
	Pos        datafile.Pos

	idPos datafile.Pos
}

// Dossier tells what really happened at a historical event or decision point, and why it mattered.
type Dossier struct {
	ID            string // the event's or decision point's id in the scenarios
	Title         string
	Date          string // YYYY-MM-DD, or YYYY-MM when the day is unknown or unconfirmed
	Powers        []string
	What          string
	Why           string
	Who           []string // encyclopedia entry ids
	Disagreements string   // where sources disagree, and how
	Unconfirmed   string   // what is not confirmed
	Options       []DossierOption
	Sources       []Citation
	File          string
	Pos           datafile.Pos

	idPos, datePos datafile.Pos
	whoPos         []datafile.Pos
	at             datafile.Fields
	noPowers       bool // powers was written as an empty list
}

// Decision reports whether the dossier belongs to a decision point (it lists options).
func (d *Dossier) Decision() bool { return len(d.Options) > 0 }

// Entry is one article of the encyclopedia.
type Entry struct {
	ID      string
	Title   string
	Kind    string // one of EntryKinds
	Aliases []string
	Summary string // one sentence
	Body    string // paragraphs; links to other entries written [[id]] or [[id|shown text]]
	See     []string
	Texts   []string // legal text ids (treaties only), from LegalTextIDs
	Dates   string
	Sources []Citation
	File    string
	Pos     datafile.Pos

	idPos    datafile.Pos
	seePos   []datafile.Pos
	textsPos []datafile.Pos
	links    []link
	lib      *Lib
	at       datafile.Fields
}

// link is one [[target]] or [[target|text]] of a body, with where it is written.
type link struct {
	target, text string
	pos          datafile.Pos
}

// Lib is a loaded library.
type Lib struct {
	sources  []*Source
	dossiers []*Dossier
	entries  []*Entry
	// Lookups take the first definition of an id; Check reports the duplicates.
	sourceByID  map[string]*Source
	dossierByID map[string]*Dossier
	entryByID   map[string]*Entry
	index       []searchItem
	// fallback resolves ids a partial library (CheckDir) does not define itself.
	fallback *Lib
}

// Entry is the entry with the given id.
func (l *Lib) Entry(id string) (*Entry, bool) {
	e, ok := l.entryByID[id]
	return e, ok
}

// Dossier is the dossier with the given id.
func (l *Lib) Dossier(id string) (*Dossier, bool) {
	d, ok := l.dossierByID[id]
	return d, ok
}

// Source is the source with the given id.
func (l *Lib) Source(id string) (*Source, bool) {
	s, ok := l.sourceByID[id]
	if !ok && l.fallback != nil {
		return l.fallback.Source(id)
	}
	return s, ok
}

// Entries are all entries, sorted by title (ignoring case and accents), then id.
func (l *Lib) Entries() []*Entry { return slices.Clone(l.entries) }

// Dossiers are all dossiers, sorted by date, then id.
func (l *Lib) Dossiers() []*Dossier { return slices.Clone(l.dossiers) }

// Sources are all sources, in the order of the files.
func (l *Lib) Sources() []*Source { return slices.Clone(l.sources) }

// Links are the targets of the [[…]] links of e's body, in order of first appearance.
func (l *Lib) Links(e *Entry) []string {
	var out []string
	for _, k := range parseLinks(e.Body) {
		if !slices.Contains(out, k.target) {
			out = append(out, k.target)
		}
	}
	return out
}

var (
	libOnce sync.Once
	libVal  *Lib
	libErr  error
)

// Library is the shipped library, loaded and checked once. The error, if any, is the sorted
// datafile.ErrorList of every problem found.
func Library() (*Lib, error) {
	libOnce.Do(func() {
		lib, errs := LoadFS(shipped)
		errs = append(errs, Check(lib)...)
		libVal, libErr = lib, errs.Err()
	})
	return libVal, libErr
}

// file is the shape of every library file: any of the three lists.
type file struct {
	Sources  []rawSource  `yaml:"sources"`
	Dossiers []rawDossier `yaml:"dossiers"`
	Entries  []rawEntry   `yaml:"entries"`
}

type rawSource struct {
	ID        datafile.Text `yaml:"id,required"`
	Short     string        `yaml:"short,required"`
	Author    string        `yaml:"author"`
	Title     string        `yaml:"title,required"`
	Year      year          `yaml:"year,required"`
	Publisher string        `yaml:"publisher"`
	Kind      sourceKind    `yaml:"kind,required"`
	Note      string        `yaml:"note"`
	Pos       datafile.Pos
	At        datafile.Fields
}

type rawCitation struct {
	Source datafile.Text `yaml:"source,required"`
	At     string        `yaml:"at"`
	Pos    datafile.Pos
}

type rawOption struct {
	ID         datafile.Text `yaml:"id,required"`
	Title      string        `yaml:"title,required"`
	Text       string        `yaml:"text,required"`
	Historical bool          `yaml:"historical"`
	Pos        datafile.Pos
}

type rawDossier struct {
	ID            datafile.Text   `yaml:"id,required"`
	Title         string          `yaml:"title,required"`
	Date          datafile.Text   `yaml:"date,required"`
	Powers        []power         `yaml:"powers,required"`
	What          string          `yaml:"what,required"`
	Why           string          `yaml:"why,required"`
	Who           []datafile.Text `yaml:"who"`
	Disagreements string          `yaml:"disagreements"`
	Unconfirmed   string          `yaml:"unconfirmed"`
	Options       []rawOption     `yaml:"options"`
	Sources       []rawCitation   `yaml:"sources"`
	Pos           datafile.Pos
	At            datafile.Fields
}

type rawEntry struct {
	ID      datafile.Text   `yaml:"id,required"`
	Title   string          `yaml:"title,required"`
	Kind    entryKind       `yaml:"kind,required"`
	Aliases []string        `yaml:"aliases"`
	Summary string          `yaml:"summary,required"`
	Body    datafile.Text   `yaml:"body,required"`
	See     []datafile.Text `yaml:"see"`
	Texts   []datafile.Text `yaml:"texts"`
	Dates   string          `yaml:"dates"`
	Sources []rawCitation   `yaml:"sources"`
	Pos     datafile.Pos
	At      datafile.Fields
}

// sourceKind is one of SourceKinds.
type sourceKind string

func (k *sourceKind) UnmarshalScalar(s datafile.Scalar) error {
	if s.Kind != "string" || !slices.Contains(SourceKinds, s.Text) {
		return fmt.Errorf("%q is not a kind of source (one of %s)%s", s.Text, strings.Join(SourceKinds, ", "),
			datafile.DidYouMean(s.Text, SourceKinds))
	}
	*k = sourceKind(s.Text)
	return nil
}

// entryKind is one of EntryKinds.
type entryKind string

func (k *entryKind) UnmarshalScalar(s datafile.Scalar) error {
	if s.Kind != "string" || !slices.Contains(EntryKinds, s.Text) {
		return fmt.Errorf("%q is not a kind of entry (one of %s)%s", s.Text, strings.Join(EntryKinds, ", "),
			datafile.DidYouMean(s.Text, EntryKinds))
	}
	*k = entryKind(s.Text)
	return nil
}

// power is one of Powers.
type power string

func (p *power) UnmarshalScalar(s datafile.Scalar) error {
	if !slices.Contains(Powers, s.Text) || s.Kind != "string" {
		return fmt.Errorf("%q is not a power (one of %s)%s", s.Text, strings.Join(Powers, ", "),
			datafile.DidYouMean(s.Text, Powers))
	}
	*p = power(s.Text)
	return nil
}

// year is a year (an integer) or a range of years written as a string, e.g. "1934–1936".
type year string

var yearRE = regexp.MustCompile(`^(1[0-9]{3}|20[0-9]{2})(\s*[–-]\s*([0-9]{4}|[0-9]{2}))?$`)

func (y *year) UnmarshalScalar(s datafile.Scalar) error {
	if (s.Kind != "int" && s.Kind != "string") || !yearRE.MatchString(strings.TrimSpace(s.Text)) {
		return fmt.Errorf("%q is not a year or a range of years (e.g. 1979 or \"1934–1936\")", s.Text)
	}
	*y = year(strings.TrimSpace(s.Text))
	return nil
}

// LoadFS loads every *.yaml file of fsys (directories named testdata, or starting with "." or
// "_", are skipped) as library files. It returns what it could read and the decoding problems,
// sorted; Check finds the problems that span entries and files.
func LoadFS(fsys fs.FS) (*Lib, datafile.ErrorList) {
	var errs datafile.ErrorList
	var names []string
	walkErr := fs.WalkDir(fsys, ".", func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			errs.Add(datafile.Pos{File: p}, "assets: cannot read %s: %v", p, err)
			return nil
		}
		base := path.Base(p)
		if d.IsDir() {
			if p != "." && (base == "testdata" || strings.HasPrefix(base, ".") || strings.HasPrefix(base, "_")) {
				return fs.SkipDir
			}
			return nil
		}
		if strings.HasSuffix(base, ".yaml") || strings.HasSuffix(base, ".yml") {
			names = append(names, p)
		}
		return nil
	})
	if walkErr != nil {
		errs.Add(datafile.Pos{}, "assets: %v", walkErr)
	}
	if len(names) == 0 && len(errs) == 0 {
		errs.Add(datafile.Pos{}, "assets: no library files (*.yaml) found")
	}
	lib := &Lib{}
	for _, name := range names {
		data, err := fs.ReadFile(fsys, name)
		if err != nil {
			errs.Add(datafile.Pos{File: name}, "assets: cannot read %s: %v", name, err)
			continue
		}
		var f file
		errs.Append(datafile.Decode(name, data, &f))
		lib.add(name, data, &f)
	}
	lib.index2()
	errs.Sort()
	return lib, errs
}

// add takes the decoded items of one file. An item the decoder could not read at all (an anchor or
// alias in its place) has no position; its error is already reported, and it is left out.
func (l *Lib) add(name string, data []byte, f *file) {
	for _, r := range f.Sources {
		if !r.Pos.IsValid() {
			continue
		}
		l.sources = append(l.sources, &Source{
			ID: r.ID.Value, Short: r.Short, Author: r.Author, Title: r.Title, Year: string(r.Year),
			Publisher: r.Publisher, Kind: string(r.Kind), Note: r.Note, Pos: r.Pos, idPos: r.ID.Pos,
			at: r.At,
		})
	}
	for _, r := range f.Dossiers {
		if !r.Pos.IsValid() {
			continue
		}
		d := &Dossier{
			ID: r.ID.Value, Title: r.Title, Date: r.Date.Value, What: r.What, Why: r.Why,
			Disagreements: r.Disagreements, Unconfirmed: r.Unconfirmed, Sources: citations(r.Sources),
			File: name, Pos: r.Pos, idPos: r.ID.Pos, datePos: r.Date.Pos, at: r.At,
			noPowers: r.Powers != nil && len(r.Powers) == 0,
		}
		for _, p := range r.Powers {
			d.Powers = append(d.Powers, string(p))
		}
		for _, w := range r.Who {
			d.Who = append(d.Who, w.Value)
			d.whoPos = append(d.whoPos, w.Pos)
		}
		for _, o := range r.Options {
			if !o.Pos.IsValid() {
				continue
			}
			d.Options = append(d.Options, DossierOption{ID: o.ID.Value, Title: o.Title, Text: o.Text,
				Historical: o.Historical, Pos: o.Pos, idPos: o.ID.Pos})
		}
		l.dossiers = append(l.dossiers, d)
	}
	for _, r := range f.Entries {
		if !r.Pos.IsValid() {
			continue
		}
		e := &Entry{
			ID: r.ID.Value, Title: r.Title, Kind: string(r.Kind), Aliases: r.Aliases, Summary: r.Summary,
			Body: r.Body.Value, Dates: r.Dates, Sources: citations(r.Sources), File: name, Pos: r.Pos,
			idPos: r.ID.Pos, lib: l, at: r.At,
		}
		for _, s := range r.See {
			e.See = append(e.See, s.Value)
			e.seePos = append(e.seePos, s.Pos)
		}
		for _, t := range r.Texts {
			e.Texts = append(e.Texts, t.Value)
			e.textsPos = append(e.textsPos, t.Pos)
		}
		e.links = locateLinks(data, r.Body)
		l.entries = append(l.entries, e)
	}
}

func citations(rs []rawCitation) []Citation {
	var out []Citation
	for _, r := range rs {
		out = append(out, Citation{Source: r.Source.Value, At: r.At, Pos: r.Pos, srcPos: r.Source.Pos})
	}
	return out
}

// index2 sorts the lists, fills the lookups and builds the search index.
func (l *Lib) index2() {
	slices.SortStableFunc(l.entries, func(a, b *Entry) int {
		return cmp.Or(cmp.Compare(fold(a.Title), fold(b.Title)), cmp.Compare(a.ID, b.ID))
	})
	slices.SortStableFunc(l.dossiers, func(a, b *Dossier) int {
		return cmp.Or(cmp.Compare(a.Date, b.Date), cmp.Compare(a.ID, b.ID))
	})
	l.sourceByID = map[string]*Source{}
	l.dossierByID = map[string]*Dossier{}
	l.entryByID = map[string]*Entry{}
	for _, s := range l.sources {
		if _, dup := l.sourceByID[s.ID]; !dup {
			l.sourceByID[s.ID] = s
		}
	}
	for _, d := range l.dossiers {
		if _, dup := l.dossierByID[d.ID]; !dup {
			l.dossierByID[d.ID] = d
		}
	}
	for _, e := range l.entries {
		if _, dup := l.entryByID[e.ID]; !dup {
			l.entryByID[e.ID] = e
		}
	}
	l.buildIndex()
}

// linkRE matches [[target]] and [[target|shown text]].
var linkRE = regexp.MustCompile(`\[\[([^\[\]|]*)(?:\|([^\[\]]*))?\]\]`)

func parseLinks(body string) []link {
	var out []link
	for _, m := range linkRE.FindAllStringSubmatch(body, -1) {
		out = append(out, link{target: strings.TrimSpace(m[1]), text: strings.TrimSpace(m[2])})
	}
	return out
}

// locateLinks parses the links of a body and finds where each is written in the file: the n-th
// "[[target" from the body's first line. When the text cannot be found (an escaped quoted string),
// the link is placed at the body itself.
func locateLinks(data []byte, body datafile.Text) []link {
	links := parseLinks(body.Value)
	if len(links) == 0 {
		return nil
	}
	lines := strings.Split(string(data), "\n")
	line, col := body.Pos.Line-1, body.Pos.Col-1 // where to search from (0-based; col in runes)
	for i := range links {
		links[i].pos = body.Pos
		if line < 0 || line >= len(lines) {
			continue
		}
		needle := "[[" + links[i].target
		for l, c := line, col; l < len(lines); l, c = l+1, 0 {
			rs := []rune(lines[l])
			if c > len(rs) {
				continue
			}
			if k := strings.Index(string(rs[c:]), needle); k >= 0 {
				at := c + len([]rune(string(rs[c:])[:k]))
				links[i].pos = datafile.Pos{File: body.Pos.File, Line: l + 1, Col: at + 1}
				line, col = l, at+len([]rune(needle))
				break
			}
		}
	}
	return links
}
