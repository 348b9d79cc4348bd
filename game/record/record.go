package record

import (
	"fmt"
	"slices"
	"strconv"
	"strings"

	"github.com/pactgame/pact/game"
	"github.com/pactgame/pact/game/calendar"
)

// Format is the version of the record format this package writes. Records of every earlier format
// are read by every later version (the compatibility policy of docs/records.md). Format 2 added the
// optional current: key; a format 1 record is a format 2 record without it.
const Format = 2

// EngineVersion is the version of the engine's rules. A record made under other rules cannot replay
// to the same hashes; replay says so instead of reporting a mismatch.
const EngineVersion = 1

// MainLine is the name of the record's main line.
const MainLine = "main"

// Record is a game and its branches.
type Record struct {
	Format          int
	Engine          int
	Scenario        string
	ScenarioVersion int
	Seed            uint64
	Players         []game.Power
	Difficulty      game.Difficulty
	Historical      bool // the main line was played by the historical policy (for information)
	// Current is the line that was being played when the record was saved ("" if the record does
	// not say, as in records written before the key existed; CurrentLine then guesses).
	Current string
	Lines   []*Line
}

// CurrentLine is the line to resume: the one the record says was being played, or else the one that
// has reached the latest month (among equals, the one made last).
func (r *Record) CurrentLine() string {
	if r.Current != "" && r.Line(r.Current) != nil {
		return r.Current
	}
	best, bestDate := MainLine, calendar.Month(0)
	for _, l := range r.Lines {
		d := l.Fork
		if n := len(l.Turns); n > 0 {
			d = l.Turns[n-1].Date.Add(1)
		}
		if d >= bestDate {
			best, bestDate = l.Name, d
		}
	}
	return best
}

// Line is one line of play: the main line, or a branch forking from a parent line before a month.
type Line struct {
	Name   string
	Parent string         // "" for main
	Fork   calendar.Month // the first month of the branch (it shares the parent's months before)
	Seed   *uint64        // a new seed for chance from the fork, if the branch was given one
	Turns  []Turn         // from the fork (from the scenario's start for main)
}

// Turn is one month of a line: the orders of every power and the resulting state's hash.
type Turn struct {
	Date    calendar.Month
	Orders  [game.NumPowers][]string
	Hash    string
	Digests []string // short hashes of the state's sections, to name what differs on a mismatch
}

// New makes a record of a game's main line, played at normal difficulty.
func New(g *game.Game, players []game.Power, historical bool) *Record {
	return NewSetup(g, game.Setup{Seed: g.States[0].Seed, Players: players, Difficulty: game.Normal}, historical)
}

// NewSetup makes a record of a game started with the setup.
func NewSetup(g *game.Game, setup game.Setup, historical bool) *Record {
	d := setup.Difficulty
	if d == "" {
		d = game.Normal
	}
	r := &Record{Format: Format, Engine: EngineVersion, Scenario: g.Scenario.ID, ScenarioVersion: g.Scenario.Version,
		Seed: g.States[0].Seed, Players: slices.Clone(setup.Players), Difficulty: d, Historical: historical}
	slices.Sort(r.Players)
	r.Players = slices.Compact(r.Players)
	r.Lines = []*Line{{Name: MainLine, Fork: g.Scenario.Start, Turns: turnsOf(g, 0)}}
	return r
}

// turnsOf lists a game's months from index from.
func turnsOf(g *game.Game, from int) []Turn {
	var out []Turn
	for i := from; i < len(g.Reports); i++ {
		var t Turn
		t.Date = g.Reports[i].Date
		for _, p := range game.Powers {
			t.Orders[p] = g.Orders[i].IDs(p)
		}
		s := g.States[i+1]
		t.Hash = s.Hash()
		t.Digests = s.Digests()
		out = append(out, t)
	}
	return out
}

// Setup is how the record's game started.
func (r *Record) Setup() game.Setup {
	return game.Setup{Seed: r.Seed, Players: slices.Clone(r.Players), Difficulty: r.Difficulty}
}

// Line returns the line with the name, or nil.
func (r *Record) Line(name string) *Line {
	for _, l := range r.Lines {
		if l.Name == name {
			return l
		}
	}
	return nil
}

// Names lists the lines' names, main first, in the record's order.
func (r *Record) Names() []string {
	out := make([]string, len(r.Lines))
	for i, l := range r.Lines {
		out[i] = l.Name
	}
	return out
}

// Children lists the branches that fork from the line.
func (r *Record) Children(name string) []*Line {
	var out []*Line
	for _, l := range r.Lines {
		if l.Parent == name {
			out = append(out, l)
		}
	}
	return out
}

// Path is the chain of lines from main to the named line.
func (r *Record) Path(name string) ([]*Line, error) {
	var path []*Line
	seen := map[string]bool{}
	for cur := name; cur != ""; {
		l := r.Line(cur)
		if l == nil {
			return nil, fmt.Errorf("record: no line %q (the lines are %s)", cur, strings.Join(r.Names(), ", "))
		}
		if seen[cur] {
			return nil, fmt.Errorf("record: line %q is its own ancestor", cur)
		}
		seen[cur] = true
		path = append([]*Line{l}, path...)
		cur = l.Parent
	}
	return path, nil
}

// Orders returns the full list of orders of a line from the scenario's start: its ancestors'
// months before each fork, then its own.
func (r *Record) Orders(name string) ([]game.Orders, []Turn, error) {
	path, err := r.Path(name)
	if err != nil {
		return nil, nil, err
	}
	var turns []Turn
	for _, l := range path {
		// Keep the parent's months before this line's fork, then this line's own.
		turns = slices.DeleteFunc(turns, func(t Turn) bool { return t.Date >= l.Fork })
		turns = append(turns, l.Turns...)
	}
	orders := make([]game.Orders, len(turns))
	for i, t := range turns {
		for _, p := range game.Powers {
			for _, id := range t.Orders[p] {
				orders[i][p] = append(orders[i][p], game.Order{ID: id})
			}
		}
	}
	return orders, turns, nil
}

// reseeds are the months at which a line's seed changes along its path, with the new seed: a
// branch keeps the reseeds of its ancestors up to its fork (its parent's state at the start of the
// fork month, reseeded or not, is where it starts) and adds its own seed at its fork.
func (r *Record) reseeds(name string) (map[calendar.Month]uint64, error) {
	path, err := r.Path(name)
	if err != nil {
		return nil, err
	}
	out := map[calendar.Month]uint64{}
	for _, l := range path {
		for m := range out {
			if m > l.Fork {
				delete(out, m)
			}
		}
		if l.Seed != nil {
			out[l.Fork] = *l.Seed
		}
	}
	return out, nil
}

// ValidName reports whether a branch name is acceptable: letters, digits, - and _, at most 40;
// not "history" (the historical line's name) nor a word YAML reads as null.
func ValidName(s string) bool {
	if s == "" || len(s) > 40 || s == "history" || s == "null" || s == "Null" || s == "NULL" {
		return false
	}
	for _, c := range s {
		if !(c == '-' || c == '_' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9') {
			return false
		}
	}
	return true
}

// NextName proposes a free branch name: "branch-1", "branch-2", …
func (r *Record) NextName() string {
	for i := 1; ; i++ {
		n := "branch-" + strconv.Itoa(i)
		if r.Line(n) == nil {
			return n
		}
	}
}
