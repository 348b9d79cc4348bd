package treaty

import (
	"fmt"
	"strings"
)

// Readiness the assisting party needs, by convention, for its help to arrive in time: without
// plans, forces must be far readier to improvise (TEXTS.md §4 note 7).
var readinessNeeded = map[Convention]int{ConventionNone: 50, ConventionStaff: 35, ConventionFull: 20}

// deliverable says whether help could actually reach the victim, apart from whether it is owed:
// a land route (a common frontier, or passage through Poland or Romania for Soviet forces), the
// military convention, and readiness when the situation gives it.
func deliverable(f *ctx, obl Obligation) Deliverable {
	if f.aggressor.id == string(f.Assisting) {
		return Deliverable{Why: "The aggressor is the pact's other party: there is no one to assist against it."}
	}
	var why []string
	if obl != ObligeAssistance {
		why = append(why, "No assistance is owed here; as to whether it could arrive if it were given:")
	}
	route, ok := landRoute(f)
	why = append(why, route)
	why = append(why, map[Convention]string{
		ConventionNone:  "No military convention fixes forces, plans or timing (the pact's 'hollowness', TEXTS.md §4 note 7): help would be improvised.",
		ConventionStaff: "Staff talks have prepared plans, though not binding commitments.",
		ConventionFull:  "A military convention fixes forces, plans and timing.",
	}[f.Terms.Convention])
	ready := true
	if f.Readiness != nil {
		need := readinessNeeded[f.Terms.Convention]
		conv := map[Convention]string{ConventionNone: "help without a convention", ConventionStaff: "help prepared by staff talks", ConventionFull: "help under a convention"}[f.Terms.Convention]
		if *f.Readiness < need {
			ready = false
			why = append(why, fmt.Sprintf("%s's readiness (%d) is below the %d that %s needs: it could not arrive in time.", capital(f.assisting()), *f.Readiness, need, conv))
		} else {
			why = append(why, fmt.Sprintf("%s's readiness (%d) meets the %d that %s needs.", capital(f.assisting()), *f.Readiness, need, conv))
		}
	} else {
		why = append(why, "Readiness is not given, so it is not weighed.")
	}
	return Deliverable{Possible: ok && ready, Why: strings.Join(why, " ")}
}

// landRoute finds how the assisting party's forces could reach the aggressor.
func landRoute(f *ctx) (string, bool) {
	from, to := string(f.Assisting), f.aggressor.id
	if borders(from, to) {
		return fmt.Sprintf("%s borders %s: its forces can act directly.", capital(f.assisting()), f.agg()), true
	}
	if f.Assisting == France {
		return fmt.Sprintf("France has no common frontier with %s: it could act only at sea or in the air, or against %s's allies.", f.agg(), f.agg()), false
	}
	src := "as the situation states"
	if f.TransitFrom == "history" {
		src = "by default from the date: on the historical line Poland and Romania refused passage to Soviet troops"
	}
	var via []string
	if f.Transit.Poland && (to == "poland" || borders("poland", to)) {
		via = append(via, "Poland")
	}
	if f.Transit.Romania && (borders("romania", to) || borders("czechoslovakia", to)) {
		if borders("romania", to) {
			via = append(via, "Romania")
		} else {
			via = append(via, "Romania and Czechoslovakia (the Czechoslovak–Soviet treaty of 1935 assumed to open the way)")
		}
	}
	if len(via) > 0 {
		return fmt.Sprintf("The USSR has no common frontier with %s, but passage through %s is granted (%s): Soviet forces can reach it.", f.agg(), strings.Join(via, ", or through "), src), true
	}
	refuse := "Poland and Romania refuse it"
	switch {
	case f.Transit.Poland:
		refuse = "Poland grants it but does not border " + f.agg() + ", and Romania refuses it"
	case f.Transit.Romania:
		refuse = "Romania grants it but its road does not reach " + f.agg() + ", and Poland refuses it"
	}
	return fmt.Sprintf("The USSR has no common frontier with %s: help on land needs passage through Poland or Romania, and %s (%s). Covenant Art. 16(3) asks Members to afford passage to forces co-operating to protect the Covenant, but in the Chamber debate of February 1936 Philippe Henriot argued that Poland would never let Soviet troops through. Only air and naval help could arrive.", f.agg(), refuse, src), false
}
