package treaty

import (
	"slices"
	"strings"
	"testing"

	"github.com/pactgame/pact/game/calendar"
)

// TestLeagueMembershipFollowsTheDates: Germany leaves in October 1935 (its notice dated 19 October
// 1933), Japan in March 1935, the USSR joins on 18 September 1934, Italy stays throughout.
func TestLeagueMembershipFollowsTheDates(t *testing.T) {
	for _, c := range []struct {
		state, date string
		day         int
		member      bool
	}{
		{"germany", "1934-01", 0, true}, {"germany", "1935-09", 0, true}, {"germany", "1935-10", 0, false},
		{"germany", "1935-10", 18, true}, {"germany", "1935-10", 19, false}, {"germany", "1936-03", 7, false},
		{"japan", "1935-02", 0, true}, {"japan", "1935-03", 0, false}, {"japan", "1935-03", 26, true}, {"japan", "1935-03", 27, false},
		{"ussr", "1934-08", 0, false}, {"ussr", "1934-09", 0, true}, {"ussr", "1934-09", 17, false}, {"ussr", "1934-09", 18, true},
		{"italy", "1934-01", 0, true}, {"italy", "1936-06", 0, true}, {"italy", "1939-08", 0, true},
		{"poland", "1936-06", 0, true}, {"usa", "1936-06", 0, false}, {"danzig", "1936-06", 0, false},
	} {
		st, ok := lookupState(c.state)
		if !ok {
			t.Fatalf("no state %s", c.state)
		}
		if got := st.memberAt(calendar.MustParse(c.date), c.day); got != c.member {
			t.Errorf("%s on %s day %d: member %v, want %v", c.state, c.date, c.day, got, c.member)
		}
	}
}

// TestTheHistoricalStatusFollowsTheDates: none, talks from 18 May 1934, agreed from 19 April
// 1935, signed 2 May 1935, ratified by France 12 March 1936, in force 27 March 1936 (and March 1936
// without a day, as the contract says).
func TestTheHistoricalStatusFollowsTheDates(t *testing.T) {
	for _, c := range []struct {
		date string
		day  int
		want Status
	}{
		{"1934-04", 0, StatusNone}, {"1934-05", 17, StatusNone}, {"1934-05", 18, StatusTalks}, {"1934-05", 0, StatusTalks},
		{"1935-04", 18, StatusTalks}, {"1935-04", 19, StatusAgreed}, {"1935-04", 0, StatusAgreed},
		{"1935-05", 1, StatusAgreed}, {"1935-05", 2, StatusSigned}, {"1936-02", 27, StatusSigned},
		{"1936-03", 7, StatusSigned}, {"1936-03", 12, StatusRatified}, {"1936-03", 26, StatusRatified},
		{"1936-03", 27, StatusInForce}, {"1936-03", 0, StatusInForce}, {"1939-08", 0, StatusInForce},
	} {
		if got := HistoricalStatusAt(calendar.MustParse(c.date), c.day); got != c.want {
			t.Errorf("%s day %d: %s, want %s", c.date, c.day, got, c.want)
		}
	}
}

// TestStateIDsAreSortedAndKnown: the table is sorted (it is searched by bisection) and every
// alias names a state.
func TestStateIDsAreSortedAndKnown(t *testing.T) {
	ids := StateIDs()
	for i := 1; i < len(ids); i++ {
		if ids[i-1] >= ids[i] {
			t.Fatalf("state ids out of order at %s, %s", ids[i-1], ids[i])
		}
	}
	for alias, id := range aliases {
		if _, ok := lookupState(id); !ok {
			t.Errorf("alias %s names no state %s", alias, id)
		}
	}
	for from, to := range neighbours {
		if !slices.IsSorted(to) {
			t.Errorf("the neighbours of %s are not sorted: %v", from, to)
		}
		for _, n := range to {
			if _, ok := lookupState(n); !ok {
				t.Errorf("%s borders an unknown state %s", from, n)
			}
		}
	}
	if !slices.IsSorted(easternPact) {
		t.Errorf("easternPact is not sorted: %v", easternPact)
	}
	for _, id := range easternPact {
		if st, _ := lookupState(id); !st.european {
			t.Errorf("Eastern Pact member %s is not European", id)
		}
	}
}

// Every state a situation may name has a name to read in a sentence.
func TestEveryStateHasAName(t *testing.T) {
	for _, id := range StateIDs() {
		name, ok := StateName(id)
		if !ok || name == "" || strings.Contains(name, "_") {
			t.Errorf("%s reads %q (%v)", id, name, ok)
		}
	}
	if _, ok := StateName("atlantis"); ok {
		t.Error("an unknown state has a name")
	}
}
