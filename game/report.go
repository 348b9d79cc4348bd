package game

import (
	"cmp"
	"slices"

	"github.com/pactgame/pact/game/calendar"
	"github.com/pactgame/pact/game/treaty"
)

// CauseKind says what kind of thing caused a change.
type CauseKind string

// The kinds of cause.
const (
	CauseEvent    CauseKind = "event"
	CauseDecision CauseKind = "decision"
	CauseDelayed  CauseKind = "delayed" // a delayed consequence of an earlier decision or event
	CauseCost     CauseKind = "cost"    // the price of a decision
	CauseDrift    CauseKind = "drift"   // the world's standing rules
	CauseCrisis   CauseKind = "crisis"
	CausePact     CauseKind = "pact"
)

// Cause is why something changed: the event, decision or rule, and a human sentence.
type Cause struct {
	Kind  CauseKind `json:"kind"`
	ID    string    `json:"id"`
	Power string    `json:"power,omitempty"` // the power whose decision it was
	Text  string    `json:"text"`
	Since string    `json:"since,omitempty"` // for a delayed consequence: the month of the cause
}

// Change is one field's change in a turn, with its cause.
type Change struct {
	Field  string `json:"field"`
	Label  string `json:"label"`
	From   string `json:"from"`
	To     string `json:"to"`
	Delta  int    `json:"delta,omitempty"` // for integer fields
	Weight int    `json:"-"`               // importance, for sorting
	Cause  Cause  `json:"cause"`
}

// Importance orders changes for the report: the field's weight times the size of the change.
func (c *Change) Importance() int {
	if c.Delta != 0 {
		return c.Weight * max(c.Delta, -c.Delta)
	}
	return c.Weight * 5
}

// Reason is one part of why an AI chose something: a goal or a fact and what it weighed.
type Reason struct {
	Text  string `json:"text"`
	Score int    `json:"score"`
}

// ReportEvent is an event that fired this month.
type ReportEvent struct {
	ID      string `json:"id"`
	Title   string `json:"title"`
	Power   string `json:"power,omitempty"`  // who chose, if it offered a choice
	Option  string `json:"option,omitempty"` // the option chosen
	Choice  string `json:"choice,omitempty"` // its title
	Dossier string `json:"dossier,omitempty"`
	Source  string `json:"source"` // "window", "trigger" or "follow-up"
}

// ReportDecision is a decision taken this month.
type ReportDecision struct {
	Power   string   `json:"power"`
	ID      string   `json:"id"`
	Title   string   `json:"title"`
	Reasons []Reason `json:"reasons,omitempty"` // why the AI chose it
}

// Note is a remark about the month: an event delayed or prevented and why, a treaty action that
// could not proceed, a crisis move.
type Note struct {
	Kind  string `json:"kind"` // "delayed", "prevented", "failed", "crisis", "pact"
	ID    string `json:"id,omitempty"`
	Title string `json:"title,omitempty"`
	Text  string `json:"text"`
}

// Report is what happened in one month and why.
type Report struct {
	Date      calendar.Month   `json:"date"`
	Events    []ReportEvent    `json:"events"`
	Decisions []ReportDecision `json:"decisions"`
	Changes   []Change         `json:"changes"`
	Notes     []Note           `json:"notes"`
	Votes     []treaty.Vote    `json:"votes,omitempty"`
	Ended     bool             `json:"ended"`
}

// ByImportance returns the changes sorted by importance, most important first (stable, so equal
// changes keep the order in which they happened).
func (r *Report) ByImportance() []Change {
	out := slices.Clone(r.Changes)
	slices.SortStableFunc(out, func(a, b Change) int { return cmp.Compare(b.Importance(), a.Importance()) })
	return out
}

// Net sums the changes of each field over the month (first From, last To), in the order the
// fields first changed; changes that cancel out are dropped.
func (r *Report) Net() []Change {
	var out []Change
	idx := map[string]int{}
	for _, c := range r.Changes {
		if i, ok := idx[c.Field]; ok {
			out[i].To = c.To
			out[i].Delta += c.Delta
			continue
		}
		idx[c.Field] = len(out)
		out = append(out, c)
	}
	return slices.DeleteFunc(out, func(c Change) bool { return c.From == c.To })
}
