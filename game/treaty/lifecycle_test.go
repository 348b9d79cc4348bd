package treaty

import (
	"encoding/json"
	"slices"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/pactgame/pact/game/calendar"
)

func month(s string) calendar.Month { return calendar.MustParse(s) }

// walk applies actions in turn, failing the test on the first error.
func walk(t *testing.T, p Pact, as ...Action) Pact {
	t.Helper()
	for _, a := range as {
		q, err := p.Apply(a)
		if err != nil {
			t.Fatalf("%s on %s: %v", a.Kind, a.Date, err)
		}
		p = q
	}
	return p
}

func passed(party Party, body Body) *Vote {
	return &Vote{Party: party, Body: body, For: 353, Against: 164, Passed: true}
}

// historicalPath is the pact's road on the historical line, 1934–36.
func historicalPath() []Action {
	return []Action{
		{Kind: ActOpenTalks, Date: month("1934-05"), Terms: Terms{Kind: Multilateral}},
		{Kind: ActSetTerms, Date: month("1934-12"), Terms: HistoricalTerms()},
		{Kind: ActAgree, Date: month("1935-04")},
		{Kind: ActSign, Date: month("1935-05")},
		{Kind: ActRecordVote, Date: month("1936-02"), Vote: passed(France, Chamber)},
		{Kind: ActRecordVote, Date: month("1936-03"), Vote: passed(France, Senate)},
		{Kind: ActRecordVote, Date: month("1936-03"), Vote: &Vote{Party: USSR, Body: TsIK, Passed: true}},
		{Kind: ActExchange, Date: month("1936-03")},
	}
}

// TestTheHistoricalPathIsLegal walks none → talks → agreed → signed → ratified → in_force and
// checks each status, date and logged reason.
func TestTheHistoricalPathIsLegal(t *testing.T) {
	p := New()
	want := []Status{StatusTalks, StatusTalks, StatusAgreed, StatusSigned, StatusSigned, StatusRatified, StatusRatified, StatusInForce}
	for i, a := range historicalPath() {
		p = walk(t, p, a)
		if p.Status != want[i] {
			t.Fatalf("after %s: status %s, want %s", a.Kind, p.Status, want[i])
		}
	}
	if p.InForce != month("1936-03") || p.Signed != month("1935-05") || p.TalksOpened != month("1934-05") {
		t.Errorf("dates: talks %s, signed %s, in force %s", p.TalksOpened, p.Signed, p.InForce)
	}
	if !p.Ratified(France) || !p.Ratified(USSR) || len(p.Ratification[0].Votes) != 2 {
		t.Errorf("ratification: %+v", p.Ratification)
	}
	if p.TermEnds() != month("1941-03") {
		t.Errorf("first term ends %s, want 1941-03 (five years, Art. 5)", p.TermEnds())
	}
	if len(p.Log) != 8 {
		t.Fatalf("%d log entries, want 8", len(p.Log))
	}
	for _, tr := range p.Log {
		if tr.Reason == "" {
			t.Errorf("transition %s without a reason", tr.Action)
		}
	}
	if !strings.Contains(p.Log[5].Reason, "France has ratified") {
		t.Errorf("the Senate vote's reason: %q", p.Log[5].Reason)
	}
	if !p.BindingAt(month("1936-04")) || p.BindingAt(month("1936-02")) {
		t.Error("BindingAt disagrees with the date of entry into force")
	}
}

// TestEveryActionIsLegalExactlyFromItsStatuses: from every status, an action Legal does not list
// is refused with a reason, and every action it lists can succeed.
func TestEveryActionIsLegalExactlyFromItsStatuses(t *testing.T) {
	all := []ActionKind{ActOpenTalks, ActSetTerms, ActAgree, ActCollapse, ActSign, ActRecordVote, ActExchange, ActInvoke, ActDenounce, ActExpire}
	for _, p := range pactsInEveryStatus(t) {
		legal := p.Legal()
		for _, k := range all {
			a := wellFormed(p, k)
			_, err := p.Apply(a)
			switch {
			case slices.Contains(legal, k) && err != nil:
				t.Errorf("%s from %s is listed as legal but fails: %v", k, p.Status, err)
			case !slices.Contains(legal, k) && err == nil:
				t.Errorf("%s from %s is not listed as legal but succeeds", k, p.Status)
			case err != nil && !strings.HasPrefix(err.Error(), "treaty: "):
				t.Errorf("error without the package prefix: %v", err)
			}
		}
	}
}

// wellFormed is an action of kind k whose own preconditions hold for p, so only the status decides.
func wellFormed(p Pact, k ActionKind) Action {
	date := month("1934-01")
	if n := len(p.Log); n > 0 {
		date = p.Log[n-1].Date
	}
	if k == ActExpire {
		date = max(date, p.Ended)
	}
	a := Action{Kind: k, Date: date, Party: France, Terms: HistoricalTerms()}
	if k == ActRecordVote {
		switch {
		case !p.Ratified(France) && len(p.Ratification) > 0 && len(p.Ratification[0].Votes) == 0:
			a.Vote = passed(France, Chamber)
		case !p.Ratified(France):
			a.Vote = passed(France, Senate)
		default:
			a.Vote = &Vote{Party: USSR, Body: TsIK, Passed: true}
		}
	}
	return a
}

// pactsInEveryStatus builds one pact in each status.
func pactsInEveryStatus(t *testing.T) []Pact {
	t.Helper()
	var out []Pact
	p := New()
	out = append(out, p)
	for _, a := range historicalPath() {
		p = walk(t, p, a)
		out = append(out, p)
	}
	out = append(out,
		walk(t, p, Action{Kind: ActInvoke, Date: month("1936-06"), Party: France}),
		walk(t, p, Action{Kind: ActDenounce, Date: month("1936-06"), Party: USSR}),
		walk(t, p, Action{Kind: ActDenounce, Date: month("1936-06"), Party: USSR}, Action{Kind: ActExpire, Date: month("1941-03")}),
		walk(t, New(), Action{Kind: ActOpenTalks, Date: month("1934-05")}, Action{Kind: ActCollapse, Date: month("1934-09")}),
	)
	return out
}

// TestTalksCanCollapseAndReopen: talks or agreed terms collapse; new talks may then open, on a
// bilateral pact this time, with a clean ratification record.
func TestTalksCanCollapseAndReopen(t *testing.T) {
	for _, upTo := range []ActionKind{ActOpenTalks, ActAgree} {
		p := walk(t, New(), Action{Kind: ActOpenTalks, Date: month("1934-05"), Terms: Terms{Kind: Multilateral}})
		if upTo == ActAgree {
			p = walk(t, p, Action{Kind: ActAgree, Date: month("1934-07")})
		}
		p = walk(t, p, Action{Kind: ActCollapse, Date: month("1934-09"), Reason: "Germany and Poland refuse the Eastern Pact"})
		if p.Status != StatusCollapsed || p.Ended != month("1934-09") {
			t.Fatalf("after collapse: %s, ended %s", p.Status, p.Ended)
		}
		if r := p.Log[len(p.Log)-1].Reason; !strings.HasPrefix(r, "Germany and Poland refuse the Eastern Pact — ") {
			t.Errorf("the action's reason is not kept: %q", r)
		}
		p = walk(t, p, Action{Kind: ActOpenTalks, Date: month("1934-12"), Terms: Terms{Kind: Bilateral}})
		if p.Status != StatusTalks || p.Terms != HistoricalTerms() || !p.Ended.IsZero() || p.TalksOpened != month("1934-12") {
			t.Errorf("reopened: %+v", p)
		}
	}
}

// TestASignedTreatyCannotCollapse: once signed, the pact can only be ratified (or later denounced).
func TestASignedTreatyCannotCollapse(t *testing.T) {
	p := walk(t, New(), historicalPath()[:4]...)
	_, err := p.Apply(Action{Kind: ActCollapse, Date: month("1935-06")})
	if err == nil || !strings.Contains(err.Error(), "cannot collapse while the pact is signed") {
		t.Errorf("got %v", err)
	}
}

// TestRatificationFollowsTheBodiesInOrder: France votes in the Chamber, then the Senate; a body
// that rejects may vote again; the TsIK decides for the USSR; nobody ratifies twice.
func TestRatificationFollowsTheBodiesInOrder(t *testing.T) {
	signed := walk(t, New(), historicalPath()[:4]...)
	if _, err := signed.Apply(Action{Kind: ActRecordVote, Date: month("1936-02"), Vote: passed(France, Senate)}); err == nil || !strings.Contains(err.Error(), "votes in chamber next") {
		t.Errorf("the Senate before the Chamber: %v", err)
	}
	rejected := &Vote{Party: France, Body: Chamber, For: 200, Against: 300}
	p := walk(t, signed, Action{Kind: ActRecordVote, Date: month("1936-02"), Vote: rejected})
	if p.Status != StatusSigned || p.Ratified(France) || !strings.Contains(p.Log[len(p.Log)-1].Reason, "rejects the treaty (200–300)") {
		t.Fatalf("after a rejection: %s, %q", p.Status, p.Log[len(p.Log)-1].Reason)
	}
	p = walk(t, p, Action{Kind: ActRecordVote, Date: month("1936-04"), Vote: passed(France, Chamber)},
		Action{Kind: ActRecordVote, Date: month("1936-05"), Vote: passed(France, Senate)})
	if !p.Ratified(France) || p.Status != StatusRatified || p.Ratification[0].Date != month("1936-05") {
		t.Fatalf("France should have ratified in 1936-05: %+v", p.Ratification[0])
	}
	if _, err := p.Apply(Action{Kind: ActRecordVote, Date: month("1936-06"), Vote: passed(France, Chamber)}); err == nil || !strings.Contains(err.Error(), "already ratified") {
		t.Errorf("a second French ratification: %v", err)
	}
	if _, err := p.Apply(Action{Kind: ActExchange, Date: month("1936-06")}); err == nil {
		t.Error("exchange before the USSR ratified")
	}
	if _, err := p.Apply(Action{Kind: ActRecordVote, Date: month("1936-06"), Vote: &Vote{Party: "poland", Body: Chamber}}); err == nil || !strings.Contains(err.Error(), "not a party") {
		t.Errorf("a vote by a non-party: %v", err)
	}
	if _, err := p.Apply(Action{Kind: ActRecordVote, Date: month("1936-06")}); err == nil || !strings.Contains(err.Error(), "needs the vote") {
		t.Errorf("a vote without a vote: %v", err)
	}
}

// TestDenunciationFollowsArticle5: a notice given during the first term ends the pact at the
// term's end; a notice given later ends it a year on; expiry waits for the notice to run.
func TestDenunciationFollowsArticle5(t *testing.T) {
	inForce := walk(t, New(), historicalPath()...)
	for _, c := range []struct {
		notice, ends string
	}{
		{"1936-06", "1941-03"}, // in the first term, more than a year before its end: at the end of the term
		{"1940-09", "1941-09"}, // less than a year before: too late to stop renewal, so a year's notice
		{"1943-01", "1944-01"}, // after the first term: a year's notice
	} {
		p := walk(t, inForce, Action{Kind: ActDenounce, Date: month(c.notice), Party: USSR})
		if p.Status != StatusDenounced || p.Ended != month(c.ends) {
			t.Errorf("notice %s: %s until %s, want denounced until %s", c.notice, p.Status, p.Ended, c.ends)
		}
		if !p.BindingAt(month(c.ends).Add(-1)) || p.BindingAt(month(c.ends)) {
			t.Errorf("notice %s: the pact should bind until %s and not after", c.notice, c.ends)
		}
		if v := p.View(); v.Ends != month(c.ends) || v.Status != StatusDenounced {
			t.Errorf("view of a denounced pact: %+v", v)
		}
		if _, err := p.Apply(Action{Kind: ActExpire, Date: month(c.ends).Add(-1)}); err == nil || !strings.Contains(err.Error(), "runs until") {
			t.Errorf("expiry before the notice ran: %v", err)
		}
		q := walk(t, p, Action{Kind: ActExpire, Date: month(c.ends)})
		if q.Status != StatusExpired {
			t.Errorf("after the notice: %s", q.Status)
		}
	}
	if _, err := inForce.Apply(Action{Kind: ActExpire, Date: month("1941-03")}); err == nil || !strings.Contains(err.Error(), "denunciation") {
		t.Errorf("an undenounced pact expiring (Art. 5 renews it): %v", err)
	}
	if _, err := inForce.Apply(Action{Kind: ActDenounce, Date: month("1936-06"), Party: "germany"}); err == nil {
		t.Error("Germany denounced the Franco-Soviet pact")
	}
}

// TestInvocationNeedsAPactThatBinds: invoking works in force, again when invoked, and while a
// notice runs; not before entry into force nor once the notice has run.
func TestInvocationNeedsAPactThatBinds(t *testing.T) {
	inForce := walk(t, New(), historicalPath()...)
	p := walk(t, inForce, Action{Kind: ActInvoke, Date: month("1936-06"), Party: France, Reason: "assistance under Art. 3"})
	p = walk(t, p, Action{Kind: ActInvoke, Date: month("1936-07"), Party: USSR})
	if p.Status != StatusInvoked {
		t.Fatalf("status %s", p.Status)
	}
	d := walk(t, inForce, Action{Kind: ActDenounce, Date: month("1936-06"), Party: France})
	d = walk(t, d, Action{Kind: ActInvoke, Date: month("1937-01"), Party: USSR})
	if d.Status != StatusDenounced {
		t.Errorf("invoking during the notice changed the status to %s", d.Status)
	}
	if _, err := d.Apply(Action{Kind: ActInvoke, Date: month("1941-03"), Party: USSR}); err == nil {
		t.Error("invoked after the notice ran out")
	}
	signed := walk(t, New(), historicalPath()[:4]...)
	if _, err := signed.Apply(Action{Kind: ActInvoke, Date: month("1935-06"), Party: France}); err == nil || !strings.Contains(err.Error(), "Art. 5") {
		t.Errorf("invoking a signed pact: %v", err)
	}
}

// TestApplyChecksDatesAndTerms: an action needs a date no earlier than the last step, and terms
// must be legal.
func TestApplyChecksDatesAndTerms(t *testing.T) {
	p := walk(t, New(), Action{Kind: ActOpenTalks, Date: month("1934-05")})
	for _, c := range []struct {
		a    Action
		want string
	}{
		{Action{Kind: ActAgree}, "treaty: agree needs a date"},
		{Action{Kind: ActAgree, Date: month("1934-04")}, "treaty: agree dated 1934-04 is earlier than the last step of the pact (open_talks, 1934-05)"},
		{Action{Kind: ActSetTerms, Date: month("1934-06"), Terms: Terms{Automaticity: "sometimes"}}, `treaty: terms: automaticity "sometimes" is not one of council, protocol, automatic`},
		{Action{Kind: ActSetTerms, Date: month("1934-06"), Terms: Terms{DurationYears: 99}}, "treaty: terms: duration_years 99 is outside 1…20"},
		{Action{Kind: "annex", Date: month("1934-06")}, `treaty: unknown action "annex"`},
	} {
		if _, err := p.Apply(c.a); err == nil || err.Error() != c.want {
			t.Errorf("%+v:\n got %v\nwant %s", c.a, err, c.want)
		}
	}
}

// TestApplyNeverChangesThePactItIsGiven: the engine keeps old states, so Apply must copy on write:
// branching from an old state leaves that state, and every child already returned from it, as
// they were — even when two children append to the same log and the same list of votes.
func TestApplyNeverChangesThePactItIsGiven(t *testing.T) {
	p := New()
	for _, a := range historicalPath() {
		p = walk(t, p, a)
		before := snapshot(t, p)
		var children []Pact
		var snaps [][]byte
		for _, k := range p.Legal() {
			for _, reason := range []string{"first branch", "second branch"} {
				a := wellFormed(p, k)
				a.Reason = reason
				if c, err := p.Apply(a); err == nil {
					children = append(children, c)
					snaps = append(snaps, snapshot(t, c))
				}
			}
		}
		if p.Status == StatusSigned || p.Status == StatusRatified {
			for _, v := range []*Vote{{Party: USSR, Body: TsIK, Passed: false}, {Party: USSR, Body: TsIK, Passed: true}} {
				if c, err := p.Apply(Action{Kind: ActRecordVote, Date: p.Log[len(p.Log)-1].Date, Vote: v}); err == nil {
					children = append(children, c)
					snaps = append(snaps, snapshot(t, c))
				}
			}
		}
		if len(children) == 0 {
			continue
		}
		if diff := cmp.Diff(string(before), string(snapshot(t, p))); diff != "" {
			t.Errorf("%s: the parent changed (-before +after):\n%s", p.Status, diff)
		}
		for i, c := range children {
			if diff := cmp.Diff(string(snaps[i]), string(snapshot(t, c))); diff != "" {
				t.Errorf("%s: child %d changed when its siblings were made (-before +after):\n%s", p.Status, i, diff)
			}
		}
	}
}

func snapshot(t *testing.T, p Pact) []byte {
	t.Helper()
	b, err := json.Marshal(p)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// TestOpeningTermsStartFromHistory: talks opened with only a kind start from the historical
// clauses of that kind; blank enums are filled.
func TestOpeningTermsStartFromHistory(t *testing.T) {
	p := walk(t, New(), Action{Kind: ActOpenTalks, Date: month("1934-05"), Terms: Terms{Kind: Multilateral}})
	want := HistoricalTerms()
	want.Kind = Multilateral
	if p.Terms != want {
		t.Errorf("terms %+v, want %+v", p.Terms, want)
	}
	p = walk(t, p, Action{Kind: ActSetTerms, Date: month("1934-06"), Terms: Terms{Kind: Bilateral, Automaticity: AutoAutomatic, LocarnoClause: false}})
	if p.Terms.Convention != ConventionNone || p.Terms.DurationYears != 5 || p.Terms.Automaticity != AutoAutomatic || p.Terms.LocarnoClause {
		t.Errorf("set terms: %+v", p.Terms)
	}
}
