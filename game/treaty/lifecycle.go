package treaty

import (
	"errors"
	"fmt"
	"slices"

	"github.com/pactgame/pact/game/calendar"
)

// New is the pact before any talks: status none, with a ratification record for France, then the
// USSR.
func New() Pact {
	return Pact{Status: StatusNone, Ratification: []Ratification{{Party: France}, {Party: USSR}}}
}

// Bodies are the bodies through which a party ratifies, in order: France's Chamber of Deputies,
// then its Senate; the USSR's Central Executive Committee.
func Bodies(p Party) []Body {
	switch p {
	case France:
		return []Body{Chamber, Senate}
	case USSR:
		return []Body{TsIK}
	}
	return nil
}

// Ends is the month the pact stops binding after a denunciation: Art. 5 lets it run its first term
// of DurationYears and, notice not having been given a year before that term's end, renews it
// indefinitely, each party free to end it at a year's notice. A notice given in month m therefore
// ends the pact at the later of the first term's end and m plus twelve months.
func (p Pact) endsAfterNotice(m calendar.Month) calendar.Month {
	return max(p.InForce.Add(12*p.Terms.DurationYears), m.Add(12))
}

// TermEnds is the end of the pact's first term (Art. 5), or zero when it is not in force.
func (p Pact) TermEnds() calendar.Month {
	if p.InForce.IsZero() {
		return 0
	}
	return p.InForce.Add(12 * p.Terms.DurationYears)
}

// BindingAt reports whether the pact binds its parties in month m: from the exchange of
// ratifications (Art. 5) until a denunciation's notice has run.
func (p Pact) BindingAt(m calendar.Month) bool {
	switch p.Status {
	case StatusInForce, StatusInvoked:
		return m >= p.InForce
	case StatusDenounced:
		return m >= p.InForce && m < p.Ended
	}
	return false
}

// View is the pact as a Situation states it.
func (p Pact) View() PactView {
	t := p.Terms
	v := PactView{Status: p.Status, Terms: &t}
	if p.Status == StatusDenounced {
		v.Ends = p.Ended
	}
	return v
}

// Ratified reports whether party has ratified.
func (p Pact) Ratified(party Party) bool {
	for _, r := range p.Ratification {
		if r.Party == party {
			return r.Ratified
		}
	}
	return false
}

// Legal lists the action kinds Apply may accept from the pact's status (their other preconditions
// — dates, votes, parties — are checked by Apply). It is the one list of legal moves the engine,
// the AI and the UI share.
func (p Pact) Legal() []ActionKind {
	switch p.Status {
	case StatusNone, StatusCollapsed:
		return []ActionKind{ActOpenTalks}
	case StatusTalks:
		return []ActionKind{ActSetTerms, ActAgree, ActCollapse}
	case StatusAgreed:
		return []ActionKind{ActSign, ActCollapse}
	case StatusSigned:
		return []ActionKind{ActRecordVote}
	case StatusRatified:
		if p.Ratified(France) && p.Ratified(USSR) {
			return []ActionKind{ActExchange}
		}
		return []ActionKind{ActRecordVote}
	case StatusInForce, StatusInvoked:
		return []ActionKind{ActInvoke, ActDenounce}
	case StatusDenounced:
		return []ActionKind{ActInvoke, ActExpire}
	}
	return nil
}

// Apply moves the pact by one action and logs the transition with its reason, or says why the
// action is illegal. p is not changed: the result shares no slice p could see grow or change.
func (p Pact) Apply(a Action) (Pact, error) {
	if a.Date.IsZero() {
		return p, fmt.Errorf("treaty: %s needs a date", a.Kind)
	}
	if n := len(p.Log); n > 0 && a.Date < p.Log[n-1].Date {
		return p, fmt.Errorf("treaty: %s dated %s is earlier than the last step of the pact (%s, %s)", a.Kind, a.Date, p.Log[n-1].Action, p.Log[n-1].Date)
	}
	if !slices.Contains(p.Legal(), a.Kind) {
		return p, p.illegal(a)
	}
	q := p
	q.Ratification = slices.Clone(p.Ratification)
	reason, err := q.apply(a)
	if err != nil {
		return p, err
	}
	if a.Reason != "" {
		reason = a.Reason + " — " + reason
	}
	q.Log = append(slices.Clip(p.Log), Transition{Date: a.Date, From: p.Status, To: q.Status, Action: a.Kind, Reason: reason})
	return q, nil
}

// illegal explains why an action is not open from p's status.
func (p Pact) illegal(a Action) error {
	from := map[ActionKind]string{
		ActOpenTalks:  "talks open only when there is no pact or the last talks collapsed",
		ActSetTerms:   "terms change only while talks are going on",
		ActAgree:      "terms can be agreed only in talks",
		ActCollapse:   "only talks or agreed terms can collapse; a signed treaty is ratified, or denounced once in force",
		ActSign:       "only agreed terms can be signed",
		ActRecordVote: "ratification votes follow signature and stop once both parties have ratified",
		ActExchange:   "ratifications are exchanged only when both parties have ratified (Art. 5)",
		ActInvoke:     "only a pact in force can be invoked (Art. 5: it takes effect on the exchange of ratifications)",
		ActDenounce:   "only a pact in force can be denounced (Art. 5)",
		ActExpire:     "the pact expires only after a denunciation's notice has run (Art. 5)",
	}[a.Kind]
	if from == "" {
		return fmt.Errorf("treaty: unknown action %q", a.Kind)
	}
	return fmt.Errorf("treaty: cannot %s while the pact is %s: %s", a.Kind, p.Status, from)
}

// apply changes q (a copy whose Ratification slice is already its own) and returns the reason to
// log.
func (q *Pact) apply(a Action) (string, error) {
	switch a.Kind {
	case ActOpenTalks:
		t := openingTerms(a.Terms)
		if err := t.Validate(); err != nil {
			return "", err
		}
		*q = Pact{Status: StatusTalks, Terms: t, TalksOpened: a.Date, Ratification: New().Ratification, Log: q.Log}
		if t.Kind == Multilateral {
			return "talks open on a multilateral Eastern Pact (Barthou's 'Eastern Locarno')", nil
		}
		return "talks open on a bilateral Franco-Soviet pact", nil
	case ActSetTerms:
		t := fillTerms(a.Terms)
		if err := t.Validate(); err != nil {
			return "", err
		}
		old := q.Terms
		q.Terms = t
		return fmt.Sprintf("terms under negotiation change from (%s) to (%s)", old, t), nil
	case ActAgree:
		q.Status, q.Agreed = StatusAgreed, a.Date
		return fmt.Sprintf("the parties agree the text (%s)", q.Terms), nil
	case ActCollapse:
		was := q.Status
		q.Status, q.Ended = StatusCollapsed, a.Date
		return fmt.Sprintf("the %s collapse before signature", map[Status]string{StatusTalks: "talks", StatusAgreed: "agreed terms"}[was]), nil
	case ActSign:
		q.Status, q.Signed = StatusSigned, a.Date
		return "the treaty and its protocol of signature are signed; each party must now ratify (Art. 5)", nil
	case ActRecordVote:
		return q.recordVote(a)
	case ActExchange:
		q.Status, q.InForce = StatusInForce, a.Date
		return fmt.Sprintf("ratifications exchanged: the pact takes effect (Art. 5) for a first term ending %s", q.TermEnds()), nil
	case ActInvoke:
		if a.Party != France && a.Party != USSR {
			return "", fmt.Errorf("treaty: invoke: %q is not a party to the pact (france or ussr)", a.Party)
		}
		if q.Status == StatusDenounced && a.Date >= q.Ended {
			return "", fmt.Errorf("treaty: invoke: the pact stopped binding in %s, when the notice of denunciation ran out (Art. 5)", q.Ended)
		}
		if q.Status != StatusDenounced {
			q.Status = StatusInvoked
		}
		return fmt.Sprintf("%s invokes the pact", capital(nameOf(string(a.Party)))), nil
	case ActDenounce:
		if a.Party != France && a.Party != USSR {
			return "", fmt.Errorf("treaty: denounce: %q is not a party to the pact (france or ussr)", a.Party)
		}
		q.Status, q.Ended = StatusDenounced, q.endsAfterNotice(a.Date)
		return fmt.Sprintf("%s gives notice of denunciation; under Art. 5 the pact binds until %s", capital(nameOf(string(a.Party))), q.Ended), nil
	case ActExpire:
		if a.Date < q.Ended {
			return "", fmt.Errorf("treaty: expire: the notice of denunciation runs until %s (Art. 5)", q.Ended)
		}
		q.Status = StatusExpired
		return "the notice of denunciation has run: the pact expires (Art. 5)", nil
	}
	return "", fmt.Errorf("treaty: unknown action %q", a.Kind)
}

// recordVote records a ratification vote; a party ratifies when its last body passes the treaty.
func (q *Pact) recordVote(a Action) (string, error) {
	v := a.Vote
	if v == nil {
		return "", errors.New("treaty: record_vote needs the vote")
	}
	i := slices.IndexFunc(q.Ratification, func(r Ratification) bool { return r.Party == v.Party })
	if i < 0 {
		return "", fmt.Errorf("treaty: record_vote: %q is not a party to the pact (france or ussr)", v.Party)
	}
	r := q.Ratification[i]
	if r.Ratified {
		return "", fmt.Errorf("treaty: record_vote: %s has already ratified", nameOf(string(v.Party)))
	}
	bodies := Bodies(v.Party)
	next := 0 // the body whose vote comes next: after the last body that passed
	for _, past := range r.Votes {
		if past.Passed {
			next = slices.Index(bodies, past.Body) + 1
		}
	}
	if next >= len(bodies) || v.Body != bodies[next] {
		want := "nothing"
		if next < len(bodies) {
			want = string(bodies[next])
		}
		return "", fmt.Errorf("treaty: record_vote: %s votes in %s next, not %q", nameOf(string(v.Party)), want, v.Body)
	}
	r.Votes = append(slices.Clip(r.Votes), *v)
	var reason string
	switch {
	case !v.Passed:
		reason = fmt.Sprintf("the %s rejects the treaty (%d–%d); it may be submitted again", bodyName(v.Body), v.For, v.Against)
	case next == len(bodies)-1:
		r.Ratified, r.Date = true, a.Date
		q.Status = StatusRatified
		reason = fmt.Sprintf("the %s approves (%s): %s has ratified", bodyName(v.Body), tally(*v), nameOf(string(v.Party)))
	default:
		reason = fmt.Sprintf("the %s approves (%s); the %s votes next", bodyName(v.Body), tally(*v), bodyName(bodies[next+1]))
	}
	q.Ratification[i] = r
	return reason, nil
}

func tally(v Vote) string {
	if v.Body == TsIK {
		return "a leadership decision, formalised without a counted vote"
	}
	return fmt.Sprintf("%d–%d", v.For, v.Against)
}

func bodyName(b Body) string {
	switch b {
	case Chamber:
		return "Chamber of Deputies"
	case Senate:
		return "Senate"
	case TsIK:
		return "Central Executive Committee (TsIK)"
	}
	return string(b)
}

// openingTerms are the terms talks open on: an action that names only the kind of pact starts
// from the historical clauses of that kind; otherwise the terms given, their blank enums filled.
func openingTerms(t Terms) Terms {
	if t == (Terms{Kind: t.Kind}) {
		h := HistoricalTerms()
		if t.Kind != "" {
			h.Kind = t.Kind
		}
		return h
	}
	return fillTerms(t)
}

// fillTerms fills the blank enum clauses of t with the historical ones (LocarnoClause, a bool, is
// taken as given).
func fillTerms(t Terms) Terms {
	h := HistoricalTerms()
	if t.Kind == "" {
		t.Kind = h.Kind
	}
	if t.Automaticity == "" {
		t.Automaticity = h.Automaticity
	}
	if t.Convention == "" {
		t.Convention = h.Convention
	}
	if t.DurationYears == 0 {
		t.DurationYears = h.DurationYears
	}
	return t
}
