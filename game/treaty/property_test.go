package treaty

import (
	"bytes"
	"encoding/json"
	"slices"
	"strings"
	"testing"

	"pgregory.net/rapid"

	"github.com/pactgame/pact/game/calendar"
)

// genTerms draws any legal terms.
func genTerms() *rapid.Generator[Terms] {
	return rapid.Custom(func(t *rapid.T) Terms {
		return Terms{
			Kind:          Kind(rapid.SampledFrom(kinds).Draw(t, "kind")),
			Automaticity:  Automaticity(rapid.SampledFrom(automaticities).Draw(t, "automaticity")),
			LocarnoClause: rapid.Bool().Draw(t, "locarno_clause"),
			Convention:    Convention(rapid.SampledFrom(conventions).Draw(t, "convention")),
			DurationYears: rapid.IntRange(MinDurationYears, MaxDurationYears).Draw(t, "duration"),
		}
	})
}

// genSituation draws a valid situation, every optional part present or not.
func genSituation() *rapid.Generator[Situation] {
	return rapid.Custom(func(t *rapid.T) Situation {
		m := calendar.Month(rapid.IntRange(int(firstMonth), int(lastMonth)).Draw(t, "month"))
		s := Situation{
			Date:       m,
			Day:        rapid.SampledFrom([]int{0, 0, 1, 7, 18, 19, 27, 28}).Draw(t, "day"),
			Victim:     rapid.SampledFrom([]string{"france", "ussr"}).Draw(t, "victim"),
			Kind:       rapid.SampledFrom(situationKinds).Draw(t, "kind"),
			Unprovoked: rapid.Bool().Draw(t, "unprovoked"),
			Target:     rapid.SampledFrom(append([]string{""}, targets...)).Draw(t, "target"),
			League:     League{Council: rapid.SampledFrom(append([]string{""}, councils...)).Draw(t, "council")},
		}
		ids := StateIDs()
		s.Aggressor = rapid.SampledFrom(ids).Filter(func(id string) bool { return id != s.Victim }).Draw(t, "aggressor")
		if rapid.Bool().Draw(t, "member?") {
			b := rapid.Bool().Draw(t, "member")
			s.League.AggressorMember = &b
		}
		if rapid.Bool().Draw(t, "locarno?") {
			pos := append([]string{""}, positions...)
			s.Locarno = &Locarno{
				Britain: rapid.SampledFrom(pos).Draw(t, "britain"),
				Italy:   rapid.SampledFrom(pos).Draw(t, "italy"),
				Belgium: rapid.SampledFrom(pos).Draw(t, "belgium"),
			}
		}
		if rapid.Bool().Draw(t, "pact?") {
			p := &PactView{Status: Status(rapid.SampledFrom(statuses).Draw(t, "status"))}
			if rapid.Bool().Draw(t, "terms?") {
				tm := genTerms().Draw(t, "terms")
				p.Terms = &tm
			}
			if p.Status == StatusDenounced && rapid.Bool().Draw(t, "ends?") {
				p.Ends = calendar.Month(rapid.IntRange(int(firstMonth), int(lastMonth)+24).Draw(t, "ends"))
			}
			s.Pact = p
		}
		if rapid.Bool().Draw(t, "transit?") {
			s.Transit = &Transit{Poland: rapid.Bool().Draw(t, "poland"), Romania: rapid.Bool().Draw(t, "romania")}
		}
		if rapid.Bool().Draw(t, "readiness?") {
			r := rapid.IntRange(0, 100).Draw(t, "readiness")
			s.Readiness = &r
		}
		return s
	})
}

func strength(o Obligation) int {
	return map[Obligation]int{ObligeNone: 0, ObligeConsultation: 1, ObligeAssistance: 2}[o]
}

// TestEveryRulingHasAReasonedTrace: every situation, valid or not, gets a ruling whose trace is
// not empty, whose steps all say something and cite only articles that have a text.
func TestEveryRulingHasAReasonedTrace(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		s := genSituation().Draw(t, "situation")
		if rapid.Bool().Draw(t, "spoil?") { // an invalid situation must get a trace too
			s.Aggressor = rapid.String().Draw(t, "any aggressor")
			s.Victim = rapid.String().Draw(t, "any victim")
		}
		r := Rule(s)
		if len(r.Trace) == 0 {
			t.Fatalf("empty trace for %+v", s)
		}
		for _, st := range r.Trace {
			if strings.TrimSpace(st.Text) == "" {
				t.Fatalf("a step without text: %+v", r.Trace)
			}
			if _, ok := TextByID(st.Article); st.Article != "" && !ok {
				t.Fatalf("a step cites %q, which has no text", st.Article)
			}
		}
		if !oneOf(string(r.Obligation), []string{"none", "consultation", "assistance"}) {
			t.Fatalf("obligation %q", r.Obligation)
		}
		if r.Summary == "" || r.Deliverable.Why == "" {
			t.Fatalf("no summary or no deliverable reason: %+v", r)
		}
	})
}

// TestAssistanceRestsOnArticle2Or3: "assistance" is never ruled without art2 or art3 among the
// articles, and the articles are known, unique and in canonical order.
func TestAssistanceRestsOnArticle2Or3(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		r := Rule(genSituation().Draw(t, "situation"))
		if r.Obligation == ObligeAssistance && !slices.Contains(r.Articles, "art2") && !slices.Contains(r.Articles, "art3") {
			t.Fatalf("assistance on %v", r.Articles)
		}
		if r.Obligation == ObligeAssistance && slices.Contains(r.Articles, "art2") && slices.Contains(r.Articles, "art3") {
			t.Fatalf("assistance on two routes at once: %v", r.Articles)
		}
		if r.Obligation == ObligeConsultation && !slices.Contains(r.Articles, "art1") {
			t.Fatalf("consultation without art1: %v", r.Articles)
		}
		sorted := slices.Clone(r.Articles)
		sortArticles(sorted)
		if !slices.Equal(sorted, r.Articles) || len(slices.Compact(slices.Clone(sorted))) != len(sorted) {
			t.Fatalf("articles not unique and in canonical order: %v", r.Articles)
		}
		for _, a := range r.Articles {
			if _, ok := TextByID(a); !ok {
				t.Fatalf("article %q has no text", a)
			}
		}
	})
}

// TestAPactNotInForceNeverObliges: before the exchange of ratifications, after the end of a
// denunciation's notice, or without a pact, the ruling is none on art5 — and it still says what
// the pact would oblige.
func TestAPactNotInForceNeverObliges(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		s := genSituation().Draw(t, "situation")
		st := Status(rapid.SampledFrom([]string{"none", "talks", "agreed", "signed", "ratified", "expired", "collapsed", "denounced"}).Draw(t, "status"))
		s.Pact = &PactView{Status: st, Terms: s.Pact.termsOrNil()}
		r := Rule(s)
		if r.Obligation != ObligeNone || !slices.Equal(r.Articles, []string{"art5"}) {
			t.Fatalf("a pact %s obliges %s on %v", st, r.Obligation, r.Articles)
		}
		if !strings.Contains(traceText(r), "would oblige") {
			t.Fatalf("the trace does not say what the pact would oblige:\n%s", traceText(r))
		}
	})
}

func (p *PactView) termsOrNil() *Terms {
	if p == nil {
		return nil
	}
	return p.Terms
}

// TestHistoricalDefaultNeverObligesBeforeTheExchange: left to the historical line, the pact obliges
// nothing before 27 March 1936.
func TestHistoricalDefaultNeverObligesBeforeTheExchange(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		s := genSituation().Draw(t, "situation")
		s.Pact = nil
		s.Date = calendar.Month(rapid.IntRange(int(firstMonth), int(calendar.Of(1936, 3))).Draw(t, "before"))
		if s.Date == calendar.Of(1936, 3) {
			s.Day = rapid.IntRange(1, 26).Draw(t, "day")
		}
		if r := Rule(s); r.Obligation != ObligeNone {
			t.Fatalf("%s-%02d: obliges %s", s.Date, s.Day, r.Obligation)
		}
	})
}

// TestStrongerAutomaticityNeverObligesLess: the same situation under "automatic" terms obliges at
// least as much as under "protocol", and "protocol" at least as much as "council".
func TestStrongerAutomaticityNeverObligesLess(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		s := genSituation().Draw(t, "situation")
		tm := genTerms().Draw(t, "terms")
		var got [3]int
		for i, a := range []Automaticity{AutoCouncil, AutoProtocol, AutoAutomatic} {
			tm.Automaticity = a
			tt := tm
			s.Pact = &PactView{Status: StatusInForce, Terms: &tt}
			got[i] = strength(Rule(s).Obligation)
		}
		if got[0] > got[1] || got[1] > got[2] {
			t.Fatalf("council %d, protocol %d, automatic %d", got[0], got[1], got[2])
		}
	})
}

// TestThreatsNeverCallForAssistance: a threat obliges consultation at most (Art. 1).
func TestThreatsNeverCallForAssistance(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		s := genSituation().Draw(t, "situation")
		s.Kind = "threat"
		if r := Rule(s); r.Obligation == ObligeAssistance {
			t.Fatalf("a threat obliges assistance: %v", r.Articles)
		}
	})
}

// TestNonAssistanceComesFromProtocolIV: the duty of abstention appears only with protocol point
// IV, on a ruling that owes nothing more.
func TestNonAssistanceComesFromProtocolIV(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		r := Rule(genSituation().Draw(t, "situation"))
		if r.NonAssistance && (r.Obligation != ObligeNone || !slices.Contains(r.Articles, "protocol-4")) {
			t.Fatalf("non-assistance with %s on %v", r.Obligation, r.Articles)
		}
	})
}

// TestRulingsAreDeterministicAndSurviveJSON: the same situation gives the same ruling, byte for
// byte, and a situation written as JSON parses back to the same ruling.
func TestRulingsAreDeterministicAndSurviveJSON(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		s := genSituation().Draw(t, "situation")
		a, err := json.Marshal(Rule(s))
		if err != nil {
			t.Fatal(err)
		}
		b, _ := json.Marshal(Rule(s))
		if !bytes.Equal(a, b) {
			t.Fatalf("two rulings differ:\n%s\n%s", a, b)
		}
		in, err := json.Marshal(s)
		if err != nil {
			t.Fatal(err)
		}
		if s.Day != 0 { // the day rides in the date
			in = bytes.Replace(in, []byte(`"date":"`+s.Date.String()+`"`), []byte(`"date":"`+s.Date.String()+"-"+twoDigits(s.Day)+`"`), 1)
		}
		p, err := ParseSituation("", in)
		if err != nil {
			t.Fatalf("%s: %v", in, err)
		}
		c, _ := json.Marshal(Rule(p))
		if !bytes.Equal(a, c) {
			t.Fatalf("the ruling changed through JSON:\n%s\n%s", a, c)
		}
	})
}

func twoDigits(n int) string { return string([]byte{byte('0' + n/10), byte('0' + n%10)}) }

// TestRuleIsPure: Rule does not change the situation it is given.
func TestRuleIsPure(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		s := genSituation().Draw(t, "situation")
		before, _ := json.Marshal(s)
		Rule(s)
		after, _ := json.Marshal(s)
		if !bytes.Equal(before, after) {
			t.Fatalf("Rule changed its situation:\n%s\n%s", before, after)
		}
	})
}
