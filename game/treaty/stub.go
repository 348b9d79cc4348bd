package treaty

// Placeholder bodies so the engine can be built beside this module; the treaty issue replaces every
// function in this file with the real one (and deletes the file).

import (
	"fmt"

	"github.com/pactgame/pact/game/calendar"
)

// HistoricalTerms are the terms signed on 2 May 1935.
func HistoricalTerms() Terms {
	return Terms{Kind: Bilateral, Automaticity: AutoProtocol, LocarnoClause: true, Convention: ConventionNone, DurationYears: 5}
}

// New is the pact before any talks.
func New() Pact {
	return Pact{Status: StatusNone, Ratification: []Ratification{{Party: France}, {Party: USSR}}}
}

// Apply moves the pact by one action, or says why it cannot.
func (p Pact) Apply(a Action) (Pact, error) {
	return p, fmt.Errorf("treaty: %s not implemented", a.Kind)
}

// VoteOn counts a ratification vote of a body under the given climate and terms.
func VoteOn(party Party, body Body, c Climate, t Terms, r Rand) Vote {
	return Vote{Party: party, Body: body, Date: c.Date}
}

// Effects of a set of terms (the table in the package doc).
func (t Terms) Effects() Effects { return Effects{} }

// Rule decides what the pact obliges in a situation, with its reasoning.
func Rule(s Situation) Ruling { return Ruling{Obligation: ObligeNone} }

var _ = calendar.Month(0)
