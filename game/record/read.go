package record

import (
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
	Lines           []fileLine      `yaml:"lines,required"`
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
	var f fileRecord
	errs := datafile.Decode(name, data, &f)
	if len(errs) > 0 {
		return nil, errs
	}
	add := func(p datafile.Pos, format string, args ...any) { errs.Add(p, format, args...) }
	if f.Format > Format || f.Format < 1 {
		add(f.At.At("format", f.Pos), "record format %d: this version of Pact reads record format %d (and every earlier one); %s",
			f.Format, Format, map[bool]string{true: "the record was made by a newer Pact — upgrade to replay it", false: "the format number is not valid"}[f.Format > Format])
		return nil, errs
	}
	r := &Record{Format: f.Format, Engine: f.Engine, Scenario: f.Scenario.Value, ScenarioVersion: f.ScenarioVersion,
		Seed: f.Seed, Historical: f.Historical}
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
		r.Players = append(r.Players, p)
	}
	names := map[string]bool{}
	for li, fl := range f.Lines {
		l := &Line{Name: fl.Name.Value, Parent: fl.Parent.Value, Seed: fl.Seed}
		switch {
		case li == 0 && (l.Name != MainLine || l.Parent != ""):
			add(fl.Name.Pos, "the first line must be %q, with no parent", MainLine)
		case li > 0 && !ValidName(l.Name):
			add(fl.Name.Pos, "line name %q: use letters, digits, - and _ (at most 40; not \"history\")", l.Name)
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
					if strings.TrimSpace(o.Value) == "" {
						add(o.Pos, "an order cannot be empty")
						continue
					}
					t.Orders[i] = append(t.Orders[i], o.Value)
				}
			}
			if !isHex(ft.Hash.Value, 32) {
				add(ft.Hash.Pos, "hash %q is not 32 hexadecimal digits", ft.Hash.Value)
			}
			t.Hash = ft.Hash.Value
			t.Digests = strings.Fields(ft.Digests.Value)
			if len(t.Digests) != len(game.Sections) {
				add(ft.Digests.Pos, "digests: %d values, not %d", len(t.Digests), len(game.Sections))
			} else {
				for _, dg := range t.Digests {
					if !isHex(dg, 8) {
						add(ft.Digests.Pos, "digest %q is not 8 hexadecimal digits", dg)
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
	errs.Sort()
	if len(errs) > 0 {
		return nil, errs
	}
	return r, nil
}

func isHex(s string, n int) bool {
	if len(s) != n {
		return false
	}
	_, err := strconv.ParseUint(s[:min(n, 16)], 16, 64)
	if err != nil {
		return false
	}
	if n > 16 {
		_, err = strconv.ParseUint(s[16:], 16, 64)
	}
	return err == nil
}
