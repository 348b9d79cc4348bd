package session

import (
	"errors"
	"fmt"
	"slices"
	"strings"

	"github.com/pactgame/pact/game"
	"github.com/pactgame/pact/game/calendar"
	"github.com/pactgame/pact/game/record"
)

// Session is one campaign in play.
type Session struct {
	Scenario *game.Scenario
	Setup    game.Setup
	Player   game.Power
	Game     *game.Game
	Record   *record.Record
	Line     string     // the record's line being played
	Turn     *game.Turn // the month open for orders; nil once the campaign is over
	Fresh    bool       // a new campaign (not resumed): the first month shows the guide

	choices []game.Choice
	chosen  []string
}

// New starts a campaign of the scenario for the setup's one player.
func New(sc *game.Scenario, setup game.Setup) (*Session, error) {
	if len(setup.Players) != 1 {
		return nil, fmt.Errorf("session: a campaign in the terminal has one player, not %d", len(setup.Players))
	}
	if !slices.Contains(sc.Playable, setup.Players[0]) {
		return nil, fmt.Errorf("session: %s cannot be played in %s", setup.Players[0].Name(), sc.Title)
	}
	g := game.Start(sc, setup)
	s := &Session{Scenario: sc, Setup: setup, Player: setup.Players[0], Game: g,
		Record: record.NewSetup(g, setup, false), Line: record.MainLine, Fresh: true}
	return s, s.begin()
}

// Open resumes a record's line: it replays the line (checking every month's hash) and opens the
// next month. It costs a replay of the whole line; the interface calls it from a command.
func Open(sc *game.Scenario, r *record.Record, line string) (*Session, error) {
	if len(r.Players) == 0 {
		return nil, fmt.Errorf("session: the record names no player's power (an AI-only game cannot be resumed; replay it with 'pact replay')")
	}
	if line == "" {
		line = record.MainLine
	}
	g, err := r.Build(sc, line)
	if err != nil {
		return nil, err
	}
	s := &Session{Scenario: sc, Setup: r.Setup(), Player: r.Players[0], Game: g, Record: r, Line: line}
	return s, s.begin()
}

// begin opens the current month (nothing once the campaign is over).
func (s *Session) begin() error {
	s.chosen, s.choices, s.Turn = nil, nil, nil
	if s.Game.Over() {
		return nil
	}
	t, err := s.Game.Begin()
	if err != nil {
		return err
	}
	s.Turn = t
	s.choices = t.Choices(s.Player)
	return nil
}

// State is the state at the start of the month being played (or the final state).
func (s *Session) State() *game.State { return s.Game.Current() }

// Previous is the state a month earlier (nil in the first month), for trends.
func (s *Session) Previous() *game.State {
	if n := len(s.Game.States); n >= 2 {
		return s.Game.States[n-2]
	}
	return nil
}

// Over reports whether the campaign has ended.
func (s *Session) Over() bool { return s.Game.Over() }

// Month is the number of the month being played, from 1, and the campaign's length.
func (s *Session) Month() (int, int) {
	sc := s.Scenario
	return s.State().Date.Sub(sc.Start) + 1, sc.End.Sub(sc.Start) + 1
}

// Choices is what the player may do this month (the engine's one list).
func (s *Session) Choices() []game.Choice { return s.choices }

// Choice finds one of this month's choices.
func (s *Session) Choice(id string) (*game.Choice, bool) {
	for i := range s.choices {
		if s.choices[i].ID == id {
			return &s.choices[i], true
		}
	}
	return nil, false
}

// Chosen lists the ids chosen so far this month, in the order they were chosen.
func (s *Session) Chosen() []string { return slices.Clone(s.chosen) }

// IsChosen reports whether the choice is among the month's orders.
func (s *Session) IsChosen(id string) bool { return slices.Contains(s.chosen, id) }

// Influence is what the player has this month.
func (s *Session) Influence() int { return s.State().Powers[s.Player].Influence }

// Spent is the influence the chosen orders cost.
func (s *Session) Spent() int {
	n := 0
	for _, id := range s.chosen {
		if c, ok := s.Choice(id); ok {
			n += c.Cost.Influence
		}
	}
	return n
}

// ErrOver is returned when orders are given after the campaign has ended.
var ErrOver = errors.New("the campaign is over")

// Toggle chooses a choice, or takes it back if it was chosen. Choosing one of a group (an
// event's options, a crisis's rungs) replaces the other choice of that group, which it returns.
// A choice the player cannot afford beside the others is refused with the reason.
func (s *Session) Toggle(id string) (chosen bool, replaced string, err error) {
	if s.Turn == nil {
		return false, "", ErrOver
	}
	if i := slices.Index(s.chosen, id); i >= 0 {
		s.chosen = slices.Delete(s.chosen, i, i+1)
		return false, "", nil
	}
	c, ok := s.Choice(id)
	if !ok {
		return false, "", fmt.Errorf("%q is not open to %s in %s", id, s.Player.Name(), s.State().Date.Name())
	}
	spent := s.Spent()
	for i, other := range s.chosen {
		if oc, ok := s.Choice(other); ok && oc.Group == c.Group {
			replaced = other
			spent -= oc.Cost.Influence
			if have := s.Influence(); spent+c.Cost.Influence > have {
				return false, "", fmt.Errorf("%s costs %d influence; with your other orders you have %d left", c.Title, c.Cost.Influence, have-spent)
			}
			s.chosen[i] = id
			return true, replaced, nil
		}
	}
	if have := s.Influence(); spent+c.Cost.Influence > have {
		return false, "", fmt.Errorf("%s costs %d influence; with your other orders you have %d left", c.Title, c.Cost.Influence, have-spent)
	}
	s.chosen = append(s.chosen, id)
	return true, "", nil
}

// Advice is what the player's ministers would order this month: the engine's AI for the player's
// power, with its reasons.
func (s *Session) Advice() []game.Order {
	if s.Turn == nil {
		return nil
	}
	return s.Turn.AIOrders(s.Player)
}

// TakeAdvice replaces the month's orders with the ministers' advice; it returns the ids chosen.
func (s *Session) TakeAdvice() []string {
	s.chosen = nil
	var ids []string
	for _, o := range s.Advice() {
		if chosen, _, err := s.Toggle(o.ID); err == nil && chosen {
			ids = append(ids, o.ID)
		}
	}
	return ids
}

// Undo takes back the last choice made this month.
func (s *Session) Undo() (string, bool) {
	if len(s.chosen) == 0 {
		return "", false
	}
	id := s.chosen[len(s.chosen)-1]
	s.chosen = s.chosen[:len(s.chosen)-1]
	return id, true
}

// Unanswered lists the events that still need the player's answer this month (their titles).
func (s *Session) Unanswered() []string {
	var out []string
	seen := map[string]bool{}
	for _, c := range s.choices {
		if !c.Required || seen[c.Group] {
			continue
		}
		seen[c.Group] = true
		answered := slices.ContainsFunc(s.chosen, func(id string) bool {
			oc, ok := s.Choice(id)
			return ok && oc.Group == c.Group
		})
		if !answered {
			title := c.Group
			if c.Option != nil {
				title = c.Option.Event.Title
			}
			out = append(out, title)
		}
	}
	return out
}

// Ready checks the player's orders as the engine will: nil when the month can be played.
func (s *Session) Ready() error {
	if s.Turn == nil {
		return ErrOver
	}
	if missing := s.Unanswered(); len(missing) > 0 {
		return fmt.Errorf("answer first: %s", strings.Join(missing, "; "))
	}
	if err := s.Turn.Check(s.Player, s.chosen); err != nil {
		return errors.New(strings.TrimPrefix(err.Error(), "game: "))
	}
	return nil
}

// Orders are the month's orders: the player's choices and, for every other power, its AI's.
func (s *Session) Orders() game.Orders {
	o := game.OrdersFor(s.Turn, func(t *game.Turn, p game.Power) []game.Order {
		if p == s.Player {
			return nil
		}
		return t.AIOrders(p)
	})
	for _, id := range s.chosen {
		o[s.Player] = append(o[s.Player], game.Order{ID: id})
	}
	return o
}

// EndMonth plays the month with the chosen orders, records it in the line, and opens the next
// month. It returns the month's report.
func (s *Session) EndMonth() (*game.Report, error) {
	if err := s.Ready(); err != nil {
		return nil, err
	}
	rep, err := s.Game.Apply(s.Turn, s.Orders())
	if err != nil {
		return nil, errors.New(strings.TrimPrefix(err.Error(), "game: "))
	}
	if err := s.Record.Extend(s.Line, s.Game); err != nil {
		return rep, err
	}
	s.Fresh = false
	return rep, s.begin()
}

// Reports are the reports of the months played on this line, oldest first.
func (s *Session) Reports() []*game.Report { return s.Game.Reports }

// LastReport is the report of the month just played (nil before the first).
func (s *Session) LastReport() *game.Report {
	if n := len(s.Game.Reports); n > 0 {
		return s.Game.Reports[n-1]
	}
	return nil
}

// Snapshot is a deep copy of the record, safe to write from another goroutine while play goes on.
func (s *Session) Snapshot() *record.Record {
	r := *s.Record
	r.Current = s.Line
	r.Players = slices.Clone(r.Players)
	r.Lines = make([]*record.Line, len(s.Record.Lines))
	for i, l := range s.Record.Lines {
		c := *l
		c.Turns = slices.Clone(l.Turns)
		r.Lines[i] = &c
	}
	return &r
}

// GameSnapshot is a copy of the game's lists, safe to read from another goroutine (states and
// reports are never changed once made).
func (s *Session) GameSnapshot() *game.Game {
	g := *s.Game
	g.States = slices.Clone(g.States)
	g.Orders = slices.Clone(g.Orders)
	g.Reports = slices.Clone(g.Reports)
	return &g
}

// Branch starts a new line of the record forking before a past month of the current line: the
// game goes back to the start of that month, and play continues on the new line. It returns the
// new line's name.
func (s *Session) Branch(at calendar.Month) (string, error) {
	idx := -1
	for i, rep := range s.Game.Reports {
		if rep.Date == at {
			idx = i
		}
	}
	if idx < 0 {
		return "", fmt.Errorf("this line has not played %s yet", at.Name())
	}
	name := s.Record.NextName()
	if _, err := s.Record.AddLine(s.Line, name, at, nil); err != nil {
		return "", err
	}
	s.Game.Truncate(idx)
	s.Line = name
	if err := s.Record.Extend(name, s.Game); err != nil {
		return name, err
	}
	return name, s.begin()
}

// LatestLine is the line of a record to resume: the one the record says was being played, or for
// older records the one that has reached the latest month (see record.Record.CurrentLine).
func LatestLine(r *record.Record) string { return r.CurrentLine() }
