package record

import (
	"fmt"
	"maps"
	"slices"
	"strconv"
	"strings"

	"github.com/pactgame/pact/game"
	"github.com/pactgame/pact/game/calendar"
	"github.com/pactgame/pact/game/datafile"
)

type fileRecord struct {
	Pos             datafile.Pos
	At              datafile.Fields
	Format          int             `yaml:"format,required"`
	Engine          int             `yaml:"engine,required"`
	Scenario        datafile.Text   `yaml:"scenario,required"`
	ScenarioVersion int             `yaml:"scenario_version,required"`
	Seed            uint64          `yaml:"seed,required"`
	Players         []datafile.Text `yaml:"players"`
	Difficulty      datafile.Text   `yaml:"difficulty"`
	Historical      bool            `yaml:"historical"`
	Current         datafile.Text   `yaml:"current"`
	Lines           []fileLine      `yaml:"lines,required"`
	End             *fileEnd        `yaml:"end"`
}

// fileEnd is the record's last line: how many lines and months it holds, so that a file cut short
// at a month's boundary is not taken for a shorter game.
type fileEnd struct {
	Pos    datafile.Pos
	Lines  int `yaml:"lines,required"`
	Months int `yaml:"months,required"`
}

type fileLine struct {
	Pos    datafile.Pos
	At     datafile.Fields
	Name   datafile.Text `yaml:"name,required"`
	Parent datafile.Text `yaml:"parent"`
	Fork   datafile.Text `yaml:"fork,required"`
	Seed   *uint64       `yaml:"seed"`
	Turns  []fileTurn    `yaml:"turns,required"`
}

type fileTurn struct {
	Pos     datafile.Pos
	Date    datafile.Text `yaml:"date,required"`
	Orders  fileOrders    `yaml:"orders,required"`
	Hash    datafile.Text `yaml:"hash,required"`
	Digests datafile.Text `yaml:"digests,required"`
}

type fileOrders struct {
	Pos     datafile.Pos
	France  []datafile.Text `yaml:"france,required"`
	USSR    []datafile.Text `yaml:"ussr,required"`
	Germany []datafile.Text `yaml:"germany,required"`
	Britain []datafile.Text `yaml:"britain,required"`
	Italy   []datafile.Text `yaml:"italy,required"`
	Belgium []datafile.Text `yaml:"belgium,required"`
}

// Parse reads a record strictly. Every problem is reported as FILE:LINE:COL: message: unknown keys,
// wrong types, a format this version cannot read, bad dates, unknown powers, lines whose parents
// do not exist or whose months are out of order, malformed hashes.
func Parse(name string, data []byte) (*Record, datafile.ErrorList) {
	// A record as Marshal writes it is read without the YAML parser; anything else, and any record
	// with an error (to locate the errors exactly), by the strict YAML decoder.
	if f, ok := readCanonical(name, data); ok {
		if r, errs := f.build(name, data); len(errs) == 0 {
			return r, nil
		}
	}
	return parseStrict(name, data)
}

// parseStrict reads a record with the strict YAML decoder.
func parseStrict(name string, data []byte) (*Record, datafile.ErrorList) {
	var f fileRecord
	errs := datafile.Decode(name, data, &f)
	if len(errs) > 0 {
		// A newer format may have keys this version does not know: say so rather than list them.
		if v, pos, ok := peekFormat(name, data); ok && v > Format {
			return nil, datafile.ErrorList{newerFormat(pos, v)}
		}
		if !hasEnd(data) {
			errs = append(errs, noEnd(name, data))
		}
		return nil, errs
	}
	return f.build(name, data)
}

// build checks a decoded record and makes it a Record.
func (f *fileRecord) build(name string, data []byte) (*Record, datafile.ErrorList) {
	var errs datafile.ErrorList
	add := func(p datafile.Pos, format string, args ...any) { errs.Add(p, format, args...) }
	switch {
	case f.Format > Format:
		return nil, datafile.ErrorList{newerFormat(f.At.At("format", f.Pos), f.Format)}
	case f.Format < 1:
		add(f.At.At("format", f.Pos), "record format %d is not a valid format number (this version of Pact reads formats 1 to %d)", f.Format, Format)
		return nil, errs
	}
	r := &Record{Format: f.Format, Engine: f.Engine, Scenario: f.Scenario.Value, ScenarioVersion: f.ScenarioVersion,
		Seed: f.Seed, Historical: f.Historical, Current: f.Current.Value}
	if !plainID(r.Scenario) {
		add(f.Scenario.Pos, "scenario %q is not a scenario id (letters, digits, -, _ and .)", r.Scenario)
	}
	if f.Engine < 1 {
		add(f.At.At("engine", f.Pos), "engine version %d is not valid (versions count from 1)", f.Engine)
	}
	if f.ScenarioVersion < 1 {
		add(f.At.At("scenario_version", f.Pos), "scenario version %d is not valid (versions count from 1)", f.ScenarioVersion)
	}
	d, err := game.ParseDifficulty(f.Difficulty.Value)
	if err != nil {
		add(f.Difficulty.Pos, "difficulty %q: easy, normal or hard", f.Difficulty.Value)
	}
	r.Difficulty = d
	for _, t := range f.Players {
		p, err := game.ParsePower(t.Value)
		if err != nil {
			add(t.Pos, "players: unknown power %q%s", t.Value, datafile.DidYouMean(t.Value, game.PowerIDs()))
			continue
		}
		if slices.Contains(r.Players, p) {
			add(t.Pos, "players: %s appears twice", p)
			continue
		}
		r.Players = append(r.Players, p)
	}
	names := map[string]bool{}
	for li, fl := range f.Lines {
		l := &Line{Name: fl.Name.Value, Parent: fl.Parent.Value, Seed: fl.Seed}
		switch {
		case li == 0 && (l.Name != MainLine || l.Parent != ""):
			add(fl.Name.Pos, "the first line must be %q, with no parent", MainLine)
		case li > 0 && !ValidName(l.Name):
			add(fl.Name.Pos, "line name %q: use letters, digits, - and _ (at most 40; not \"history\" or \"null\")", l.Name)
		case names[l.Name]:
			add(fl.Name.Pos, "line %q appears twice", l.Name)
		case li > 0 && !names[l.Parent]:
			add(fl.At.At("parent", fl.Pos), "line %q forks from %q, which is not an earlier line of the record", l.Name, l.Parent)
		}
		names[l.Name] = true
		fork, err := calendar.Parse(fl.Fork.Value)
		if err != nil {
			add(fl.Fork.Pos, "fork: %q is not a month written YYYY-MM", fl.Fork.Value)
		}
		l.Fork = fork
		prev := calendar.Month(0)
		for ti, ft := range fl.Turns {
			var t Turn
			d, err := calendar.Parse(ft.Date.Value)
			if err != nil {
				add(ft.Date.Pos, "date: %q is not a month written YYYY-MM", ft.Date.Value)
			}
			t.Date = d
			switch {
			case ti == 0 && err == nil && fork != 0 && d != fork:
				add(ft.Date.Pos, "the line's first month is %s, but it forks at %s", d, fork)
			case ti > 0 && err == nil && prev != 0 && d != prev.Add(1):
				add(ft.Date.Pos, "months must follow one another: %s after %s", d, prev)
			}
			prev = d
			for i, list := range [][]datafile.Text{ft.Orders.France, ft.Orders.USSR, ft.Orders.Germany, ft.Orders.Britain, ft.Orders.Italy, ft.Orders.Belgium} {
				for _, o := range list {
					if !plainID(o.Value) {
						add(o.Pos, "order %q is not a decision id (letters, digits, -, _, / and .)", o.Value)
						continue
					}
					t.Orders[i] = append(t.Orders[i], o.Value)
				}
			}
			if !isHex(ft.Hash.Value, 32) {
				add(ft.Hash.Pos, "hash %q is not 32 lowercase hexadecimal digits", ft.Hash.Value)
			}
			t.Hash = ft.Hash.Value
			t.Digests = strings.Fields(ft.Digests.Value)
			if len(t.Digests) != len(game.Sections) {
				add(ft.Digests.Pos, "digests: %d values, not %d", len(t.Digests), len(game.Sections))
			} else {
				for _, dg := range t.Digests {
					if !isHex(dg, 8) {
						add(ft.Digests.Pos, "digest %q is not 8 lowercase hexadecimal digits", dg)
						break
					}
				}
			}
			l.Turns = append(l.Turns, t)
		}
		r.Lines = append(r.Lines, l)
	}
	if len(f.Lines) == 0 {
		add(f.At.At("lines", f.Pos), "a record needs at least its main line")
	}
	if r.Current != "" && f.Format < 2 {
		add(f.Current.Pos, "current: a record of format %d cannot say its current line (the key came with format 2)", f.Format)
	} else if r.Current != "" && !names[r.Current] {
		add(f.Current.Pos, "current: %q is not a line of the record%s", r.Current, datafile.DidYouMean(r.Current, slices.Sorted(maps.Keys(names))))
	}
	months := 0
	for _, l := range r.Lines {
		months += len(l.Turns)
	}
	switch {
	case f.End == nil:
		errs = append(errs, noEnd(name, data))
	case f.End.Lines != len(f.Lines) || f.End.Months != months:
		add(f.End.Pos, "the record ends saying it holds %d lines and %d months, but it holds %d lines and %d months: it was cut or edited",
			f.End.Lines, f.End.Months, len(f.Lines), months)
	}
	errs.Sort()
	if len(errs) > 0 {
		return nil, errs
	}
	return r, nil
}

// isHex reports whether s is n lowercase hexadecimal digits (as the writer writes them).
func isHex(s string, n int) bool {
	if len(s) != n {
		return false
	}
	for i := range len(s) {
		if c := s[i]; !(c >= '0' && c <= '9' || c >= 'a' && c <= 'f') {
			return false
		}
	}
	return true
}

// hasEnd reports whether the file has a top-level end line.
func hasEnd(data []byte) bool {
	for _, line := range strings.Split(string(data), "\n") {
		if strings.HasPrefix(line, "end:") {
			return true
		}
	}
	return false
}

// noEnd is the error for a record without its end line, placed at the file's last line.
func noEnd(name string, data []byte) *datafile.Error {
	last := strings.Count(string(data), "\n")
	if len(data) == 0 || data[len(data)-1] != '\n' {
		last++ // the last line has no newline of its own
	}
	return &datafile.Error{Pos: datafile.Pos{File: name, Line: last, Col: 1},
		Msg: "the record has no end line (end: {lines: …, months: …}): the file was cut short, or is not a whole Pact record"}
}

// newerFormat is the error for a record written by a newer Pact.
func newerFormat(pos datafile.Pos, v int) *datafile.Error {
	return &datafile.Error{Pos: pos, Msg: fmt.Sprintf("record format %d: this version of Pact reads record formats 1 to %d; the record was made by a newer Pact — upgrade Pact to replay it", v, Format)}
}

// peekFormat finds a top-level "format: N" line without decoding the file, for a record whose
// keys this version does not know.
func peekFormat(name string, data []byte) (int, datafile.Pos, bool) {
	for i, line := range strings.Split(string(data), "\n") {
		rest, ok := strings.CutPrefix(line, "format:")
		if !ok {
			continue
		}
		v, err := strconv.Atoi(strings.TrimSpace(rest))
		if err != nil {
			return 0, datafile.Pos{}, false
		}
		return v, datafile.Pos{File: name, Line: i + 1, Col: 1}, true
	}
	return 0, datafile.Pos{}, false
}
