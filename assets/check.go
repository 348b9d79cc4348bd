package assets

import (
	"io/fs"
	"regexp"
	"slices"
	"strings"
	"time"

	"github.com/pactgame/pact/game/datafile"
)

var idRE = regexp.MustCompile(`^[a-z0-9]+(-[a-z0-9]+)*$`)

var dateRE = regexp.MustCompile(`^[0-9]{4}-[0-9]{2}(-[0-9]{2})?$`)

// Check finds the problems of a loaded library that span entries and files, each located: a link,
// see or who id that names no entry; a citation of an unknown source; a dossier or entry without
// sources; duplicate ids; a bad date or id; a texts id that is not a legal text; an option list
// without its historical option. The list is sorted.
func Check(lib *Lib) datafile.ErrorList {
	var errs datafile.ErrorList
	if lib == nil {
		errs.Add(datafile.Pos{}, "assets: no library to check")
		return errs
	}
	c := checker{lib: lib, errs: &errs}
	c.sources()
	c.dossiers()
	c.entries()
	errs.Sort()
	return errs
}

// CheckDir loads the library files of a directory (as LoadFS does) and checks them. Ids that the
// directory does not define itself — an entry, a source — are looked up in the shipped library, so
// a directory may hold just a few new dossiers or entries; duplicates are checked within the
// directory only.
func CheckDir(fsys fs.FS) datafile.ErrorList {
	lib, errs := LoadFS(fsys)
	if base, err := Library(); base != nil && err == nil {
		lib.fallback = base
	}
	errs = append(errs, Check(lib)...)
	errs.Sort()
	return errs
}

type checker struct {
	lib  *Lib
	errs *datafile.ErrorList
}

func (c *checker) add(p datafile.Pos, format string, args ...any) { c.errs.Add(p, format, args...) }

// entry resolves an entry id here or in the fallback library.
func (c *checker) entry(id string) bool {
	if _, ok := c.lib.entryByID[id]; ok {
		return true
	}
	if c.lib.fallback != nil {
		_, ok := c.lib.fallback.entryByID[id]
		return ok
	}
	return false
}

func (c *checker) entryIDs() []string {
	ids := make([]string, 0, len(c.lib.entries))
	for _, e := range c.lib.entries {
		ids = append(ids, e.ID)
	}
	if c.lib.fallback != nil {
		for _, e := range c.lib.fallback.entries {
			ids = append(ids, e.ID)
		}
	}
	return ids
}

func (c *checker) sourceIDs() []string {
	var ids []string
	for _, s := range c.lib.sources {
		ids = append(ids, s.ID)
	}
	if c.lib.fallback != nil {
		for _, s := range c.lib.fallback.sources {
			ids = append(ids, s.ID)
		}
	}
	return ids
}

func (c *checker) id(what, id string, p datafile.Pos) {
	if id != "" && !idRE.MatchString(id) {
		c.add(p, "%s id %q must be lowercase words joined by hyphens (e.g. %q)", what, id, kebab(id))
	}
}

// kebab suggests a lowercase-kebab form of s.
func kebab(s string) string {
	var b strings.Builder
	for _, r := range fold(s) {
		switch {
		case r >= 'a' && r <= 'z', r >= '0' && r <= '9':
			b.WriteRune(r)
		case b.Len() > 0 && !strings.HasSuffix(b.String(), "-"):
			b.WriteByte('-')
		}
	}
	return strings.TrimSuffix(b.String(), "-")
}

func (c *checker) dup(what, id string, p datafile.Pos, seen map[string]datafile.Pos) {
	if id == "" {
		return
	}
	if first, ok := seen[id]; ok {
		c.add(p, "duplicate %s id %q (first defined at %s)", what, id, first)
		return
	}
	seen[id] = p
}

func (c *checker) empty(what, id, field, value string, p datafile.Pos) {
	if strings.TrimSpace(value) == "" {
		c.add(p, "%s %q has an empty %s", what, id, field)
	}
}

func (c *checker) sources() {
	seen := map[string]datafile.Pos{}
	for _, s := range c.lib.sources {
		c.id("source", s.ID, s.idPos)
		c.dup("source", s.ID, s.idPos, seen)
		c.empty("source", s.ID, "short name", s.Short, s.at.At("short", s.Pos))
		c.empty("source", s.ID, "title", s.Title, s.at.At("title", s.Pos))
	}
}

func (c *checker) citations(what, id string, cs []Citation, p datafile.Pos) {
	if len(cs) == 0 {
		c.add(p, "%s %q has no sources: cite at least one work from sources.yaml", what, id)
		return
	}
	for _, ct := range cs {
		if ct.Source == "" {
			continue // missing or not a string: the decoder has said so
		}
		if _, ok := c.lib.Source(ct.Source); !ok {
			c.add(ct.srcPos, "unknown source %q%s", ct.Source, datafile.DidYouMean(ct.Source, c.sourceIDs()))
		}
	}
}

func (c *checker) ref(kind, id string, p datafile.Pos) {
	if id == "" {
		return // not a string: the decoder has said so
	}
	if !c.entry(id) {
		c.add(p, "%s %q names no encyclopedia entry%s", kind, id, datafile.DidYouMean(id, c.entryIDs()))
	}
}

func validDate(s string) bool {
	if !dateRE.MatchString(s) {
		return false
	}
	layout := "2006-01-02"
	if len(s) == 7 {
		layout = "2006-01"
	}
	_, err := time.Parse(layout, s)
	return err == nil
}

func (c *checker) dossiers() {
	seen := map[string]datafile.Pos{}
	for _, d := range c.lib.dossiers {
		c.id("dossier", d.ID, d.idPos)
		c.dup("dossier", d.ID, d.idPos, seen)
		if d.Date != "" && !validDate(d.Date) {
			c.add(d.datePos, "date %q is not a real date written YYYY-MM-DD (or YYYY-MM when the day is unknown)", d.Date)
		}
		if d.noPowers {
			c.add(d.at.At("powers", d.Pos), "dossier %q lists no power", d.ID)
		}
		c.empty("dossier", d.ID, "what", d.What, d.at.At("what", d.Pos))
		c.empty("dossier", d.ID, "why", d.Why, d.at.At("why", d.Pos))
		for i, w := range d.Who {
			c.ref("who", w, d.whoPos[i])
		}
		if len(d.Options) > 0 {
			opts := map[string]datafile.Pos{}
			hist := false
			for _, o := range d.Options {
				c.id("option", o.ID, o.idPos)
				c.dup("option", o.ID, o.idPos, opts)
				hist = hist || o.Historical
			}
			if !hist {
				c.add(d.Options[0].Pos, "dossier %q has options but none is marked historical: true", d.ID)
			}
		}
		c.citations("dossier", d.ID, d.Sources, d.at.At("sources", d.Pos))
	}
}

func (c *checker) entries() {
	seen := map[string]datafile.Pos{}
	for _, e := range c.lib.entries {
		c.id("entry", e.ID, e.idPos)
		c.dup("entry", e.ID, e.idPos, seen)
		c.empty("entry", e.ID, "summary", e.Summary, e.at.At("summary", e.Pos))
		c.empty("entry", e.ID, "body", e.Body, e.at.At("body", e.Pos))
		for _, k := range e.links {
			if k.target == "" {
				c.add(k.pos, "a link [[…]] with no entry id")
				continue
			}
			if !c.entry(k.target) {
				c.add(k.pos, "link [[%s]] names no encyclopedia entry%s", k.target,
					datafile.DidYouMean(k.target, c.entryIDs()))
			}
		}
		for i, s := range e.See {
			c.ref("see", s, e.seePos[i])
			if s != "" && s == e.ID {
				c.add(e.seePos[i], "entry %q lists itself under see", e.ID)
			}
		}
		for i, t := range e.Texts {
			if t != "" && !slices.Contains(LegalTextIDs, t) {
				c.add(e.textsPos[i], "texts id %q is not a legal text id (one of %s)%s", t,
					strings.Join(LegalTextIDs, " "), datafile.DidYouMean(t, LegalTextIDs))
			}
		}
		if len(e.Texts) > 0 && e.Kind != "treaty" {
			c.add(e.at.At("texts", e.Pos), "entry %q carries texts but is a %s; only treaty entries carry legal texts", e.ID, e.Kind)
		}
		c.citations("entry", e.ID, e.Sources, e.at.At("sources", e.Pos))
	}
}
