package game

import (
	"fmt"
	"slices"

	"github.com/pactgame/pact/game/treaty"
)

// InvariantError is a broken invariant: always a bug in the engine or the scenario, reported with
// what broke and where, never silently repaired.
type InvariantError struct {
	Date string
	What string
}

func (e *InvariantError) Error() string {
	return fmt.Sprintf("game: invariant broken after %s: %s", e.Date, e.What)
}

// CheckInvariants verifies a state: every field within its range, relations symmetric with an
// empty diagonal, sorted sets sorted, the pact's ratifications consistent with its status, crises
// consistent, and the schedule in date order.
func CheckInvariants(sc *Scenario, s *State) error {
	fail := func(format string, args ...any) error {
		return &InvariantError{Date: s.Date.Add(-1).String(), What: fmt.Sprintf(format, args...)}
	}
	for _, f := range sc.Fields.All() {
		switch f.Kind {
		case IntField:
			if v := f.Int(s); v < f.Lo || v > f.Hi {
				return fail("%s is %d, outside %d…%d", f.Path, v, f.Lo, f.Hi)
			}
		case EnumField:
			if v := f.Str(s); !slices.Contains(f.Enum, v) {
				return fail("%s is %q, not one of %v", f.Path, v, f.Enum)
			}
		case NameField:
			if f.Str(s) == "" {
				return fail("%s is empty", f.Path)
			}
		}
	}
	for _, a := range Powers {
		if s.Relations[a][a] != 0 {
			return fail("%s has a relation with itself (%d)", a, s.Relations[a][a])
		}
		for _, b := range Powers {
			if s.Relations[a][b] != s.Relations[b][a] {
				return fail("relations %s–%s are not symmetric (%d, %d)", a, b, s.Relations[a][b], s.Relations[b][a])
			}
		}
		if !slices.IsSortedFunc(s.Powers[a].Levers, func(x, y Lever) int { return cmpString(x.Name, y.Name) }) {
			return fail("%s's levers are not sorted", a)
		}
	}
	for i := 1; i < len(s.Last); i++ {
		a, b := &s.Last[i-1], &s.Last[i]
		if a.ID > b.ID || a.ID == b.ID && a.Power >= b.Power {
			return fail("the occurrences are not a sorted set at %s/%s", b.ID, b.Power)
		}
	}
	for i := 1; i < len(s.Flags); i++ {
		if s.Flags[i-1] >= s.Flags[i] {
			return fail("flags are not a sorted set: %v", s.Flags)
		}
	}
	for i := 1; i < len(s.Scheduled); i++ {
		if s.Scheduled[i-1].At > s.Scheduled[i].At {
			return fail("the schedule is out of date order at %d", i)
		}
	}
	for _, it := range s.Scheduled {
		if it.At < s.Date && it.Event == "" {
			return fail("a delayed consequence of %s was due in %s and never applied", it.Source, it.At)
		}
	}
	ratified := 0
	for _, r := range s.Pact.Ratification {
		if r.Ratified {
			ratified++
		}
	}
	switch s.Pact.Status {
	case treaty.StatusNone, treaty.StatusTalks, treaty.StatusAgreed, treaty.StatusSigned:
		if ratified > 0 {
			return fail("the pact is %s yet %d parties have ratified it", s.Pact.Status, ratified)
		}
	case treaty.StatusRatified:
		if ratified == 0 {
			return fail("the pact is ratified by no party")
		}
	case treaty.StatusInForce:
		if ratified != len(s.Pact.Ratification) || s.Pact.InForce.IsZero() {
			return fail("the pact is in force without every ratification and a date")
		}
	}
	open := map[string]bool{}
	for _, c := range s.Crises {
		if !slices.Contains(CrisisStatuses, c.Status) {
			return fail("crisis %s has status %q", c.ID, c.Status)
		}
		if c.Status == "open" {
			if open[c.ID] {
				return fail("crisis %s is open twice", c.ID)
			}
			open[c.ID] = true
		}
		for _, rg := range c.Rungs {
			if rg < 0 || rg >= NumRungs {
				return fail("crisis %s has a rung %d", c.ID, rg)
			}
		}
	}
	return nil
}
