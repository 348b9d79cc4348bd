package treaty

import (
	"slices"
	"strings"

	"github.com/pactgame/pact/game/calendar"
)

// state is what the rulings need to know about a state that may threaten or attack a party: its
// name, whether it is European (Arts. 1–3 cover only "a European State"), and its League
// membership over the months the rulings model.
type state struct {
	id       string
	name     string // as it reads inside a sentence ("Germany", "the USSR")
	european bool
	// memberFrom and memberUntil bound League membership: a member from memberFrom (0 = before
	// 1934) until the month before memberUntil (0 = through 1939-08). The *Day fields refine the
	// boundary month when a situation gives a day: member from fromDay, no longer from untilDay.
	memberFrom, memberUntil calendar.Month
	fromDay, untilDay       int
	never                   bool   // never a League member in 1934–39
	note                    string // provenance and caveats, shown in the trace when they matter
}

// The months the rulings model: from the first turn of the campaign to the eve of the
// Nazi–Soviet pact, after which the Europe the treaty was written for no longer exists.
var (
	firstMonth = calendar.Of(1934, 1)
	lastMonth  = calendar.Of(1939, 8)
)

// generalRef labels membership facts that come from general reference works rather than the
// project's sources (TEXTS.md, timeline.md), which record only Germany's, Japan's and the USSR's.
const generalRef = "League membership from general reference (not in the project's sources)"

// states is the table of state ids a situation may name, sorted by id. Membership dates for
// Germany, Japan and the USSR follow TEXTS.md §2 (Covenant Art. 1(3)) and timeline.md; the others
// are general reference. Europe is the Europe of 1934–36; Turkey is counted European with a
// caveat (most of its territory lies in Asia).
var states = []state{
	{id: "afghanistan", name: "Afghanistan", memberFrom: calendar.Of(1934, 9), note: generalRef},
	{id: "albania", name: "Albania", european: true, note: generalRef},
	{id: "andorra", name: "Andorra", european: true, never: true, note: generalRef},
	{id: "austria", name: "Austria", european: true, note: generalRef},
	{id: "belgium", name: "Belgium", european: true, note: generalRef},
	{id: "brazil", name: "Brazil", never: true, note: generalRef + "; Brazil left in 1926"},
	{id: "britain", name: "Britain", european: true, note: generalRef},
	{id: "bulgaria", name: "Bulgaria", european: true, note: generalRef},
	{id: "china", name: "China", note: generalRef},
	{id: "czechoslovakia", name: "Czechoslovakia", european: true, note: generalRef},
	{id: "danzig", name: "the Free City of Danzig", european: true, never: true, note: generalRef + "; Danzig was under the League's protection, not a member"},
	{id: "denmark", name: "Denmark", european: true, note: generalRef},
	{id: "egypt", name: "Egypt", never: true, note: generalRef + "; Egypt joined only in 1937"},
	{id: "estonia", name: "Estonia", european: true, note: generalRef},
	{id: "ethiopia", name: "Ethiopia", note: generalRef},
	{id: "finland", name: "Finland", european: true, note: generalRef},
	{id: "france", name: "France", european: true},
	{id: "germany", name: "Germany", european: true, memberUntil: calendar.Of(1935, 10), untilDay: 19,
		note: "its notice of withdrawal, dated 19 October 1933, took effect under Covenant Art. 1(3) two years later, in late October 1935 (the exact day, 19–23 October, is unconfirmed; a situation dated only \"1935-10\" is taken as after it)"},
	{id: "greece", name: "Greece", european: true, note: generalRef},
	{id: "hungary", name: "Hungary", european: true, note: generalRef},
	{id: "iceland", name: "Iceland", european: true, never: true, note: generalRef},
	{id: "iraq", name: "Iraq", note: generalRef},
	{id: "ireland", name: "Ireland", european: true, note: generalRef},
	{id: "italy", name: "Italy", european: true, note: "a member throughout 1934–36; its notice of December 1937 falls outside the game"},
	{id: "japan", name: "Japan", memberUntil: calendar.Of(1935, 3), untilDay: 27,
		note: "its notice of March 1933 took effect in March 1935"},
	{id: "latvia", name: "Latvia", european: true, note: generalRef},
	{id: "liechtenstein", name: "Liechtenstein", european: true, never: true, note: generalRef},
	{id: "lithuania", name: "Lithuania", european: true, note: generalRef},
	{id: "luxembourg", name: "Luxembourg", european: true, note: generalRef},
	{id: "manchukuo", name: "Manchukuo", never: true, note: generalRef},
	{id: "monaco", name: "Monaco", european: true, never: true, note: generalRef},
	{id: "mongolia", name: "Mongolia", never: true, note: generalRef},
	{id: "netherlands", name: "the Netherlands", european: true, note: generalRef},
	{id: "norway", name: "Norway", european: true, note: generalRef},
	{id: "persia", name: "Persia", note: generalRef},
	{id: "poland", name: "Poland", european: true, note: generalRef},
	{id: "portugal", name: "Portugal", european: true, note: generalRef},
	{id: "romania", name: "Romania", european: true, note: generalRef},
	{id: "san_marino", name: "San Marino", european: true, never: true, note: generalRef},
	{id: "spain", name: "Spain", european: true, note: generalRef},
	{id: "sweden", name: "Sweden", european: true, note: generalRef},
	{id: "switzerland", name: "Switzerland", european: true, note: generalRef},
	{id: "turkey", name: "Turkey", european: true, note: generalRef + "; whether Turkey, mostly in Asia, is \"a European State\" in the sense of Arts. 1–3 is open to argument (the rulings count it European)"},
	{id: "usa", name: "the United States", never: true, note: generalRef},
	{id: "ussr", name: "the USSR", european: true, memberFrom: calendar.Of(1934, 9), fromDay: 18,
		note: "admitted on 18 September 1934"},
	{id: "vatican", name: "the Vatican City", european: true, never: true, note: generalRef},
	{id: "yugoslavia", name: "Yugoslavia", european: true, note: generalRef},
}

// aliases are other spellings a situation may use for a state id.
var aliases = map[string]string{
	"great_britain":  "britain",
	"soviet_union":   "ussr",
	"uk":             "britain",
	"united_kingdom": "britain",
	"united_states":  "usa",
	"iran":           "persia",
}

// lookupState finds a state by id or alias.
func lookupState(id string) (state, bool) {
	if a, ok := aliases[id]; ok {
		id = a
	}
	i, ok := slices.BinarySearchFunc(states, id, func(s state, id string) int { return strings.Compare(s.id, id) })
	if !ok {
		return state{}, false
	}
	return states[i], true
}

// StateIDs lists the state ids a situation may name, sorted.
func StateIDs() []string {
	ids := make([]string, len(states))
	for i, s := range states {
		ids[i] = s.id
	}
	return ids
}

// StateName is how a state reads inside a sentence ("Germany", "the USSR", "the United States");
// ok is false for an id the rulings do not know.
func StateName(id string) (name string, ok bool) {
	st, ok := lookupState(id)
	return st.name, ok
}

// memberAt reports whether st is a League member in month m (day 0 = the day is not known).
func (st state) memberAt(m calendar.Month, day int) bool {
	if st.never {
		return false
	}
	if !st.memberFrom.IsZero() {
		if m < st.memberFrom || (m == st.memberFrom && day != 0 && day < st.fromDay) {
			return false
		}
	}
	if !st.memberUntil.IsZero() {
		if m > st.memberUntil || (m == st.memberUntil && (day == 0 || day >= st.untilDay)) {
			return false
		}
	}
	return true
}

// neighbours are the land frontiers of 1934–36 that the deliverable needs: those of the two
// parties and of the transit states. Sorted.
var neighbours = map[string][]string{
	"czechoslovakia": {"austria", "germany", "hungary", "poland", "romania"},
	"france":         {"andorra", "belgium", "germany", "italy", "luxembourg", "monaco", "spain", "switzerland"},
	"poland":         {"czechoslovakia", "danzig", "germany", "latvia", "lithuania", "romania", "ussr"},
	"romania":        {"bulgaria", "czechoslovakia", "hungary", "poland", "ussr", "yugoslavia"},
	"ussr":           {"afghanistan", "china", "estonia", "finland", "japan", "latvia", "manchukuo", "mongolia", "persia", "poland", "romania", "turkey"},
}

func borders(a, b string) bool {
	_, ok := slices.BinarySearch(neighbours[a], b)
	return ok
}

// easternPact are the states Barthou's draft of June 1934 would have bound (timeline.md 1934-06:
// the USSR, Germany, Poland, Czechoslovakia, Finland and the Baltic states). Under multilateral
// terms the rulings treat aggression by any of them as within the pact's frame.
var easternPact = []string{"czechoslovakia", "estonia", "finland", "germany", "latvia", "lithuania", "poland"}

func inEasternPact(id string) bool {
	_, ok := slices.BinarySearch(easternPact, id)
	return ok
}

// nameOf is the display name of a state id ("Germany", "the USSR"); unknown ids are returned as
// they are.
func nameOf(id string) string {
	if st, ok := lookupState(id); ok {
		return st.name
	}
	return id
}

// capital makes the first letter of s upper-case, for names that open a sentence ("The USSR").
func capital(s string) string {
	if s == "" || s[0] < 'a' || s[0] > 'z' {
		return s
	}
	return string(s[0]-'a'+'A') + s[1:]
}
