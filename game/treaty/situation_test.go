package treaty

import (
	"errors"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/pactgame/pact/game/calendar"
)

// TestParseSituationReadsJSONAndYAMLAlike: the same situation in JSON and in YAML parses to the
// same value, defaults filled in.
func TestParseSituationReadsJSONAndYAMLAlike(t *testing.T) {
	js := `{"date": "1936-04", "victim": "ussr", "aggressor": "germany", "kind": "attack", "unprovoked": true,
	        "league": {"council": "no_unanimity", "aggressor_member": false},
	        "locarno": {"britain": "oppose"}, "pact": {"status": "in_force", "terms": {"convention": "staff_talks"}},
	        "transit": {"poland": true}, "readiness": 55}`
	ym := `
date: 1936-04
victim: ussr
aggressor: germany
kind: attack
unprovoked: true
league: {council: no_unanimity, aggressor_member: false}
locarno:
  britain: oppose
pact:
  status: in_force
  terms: {convention: staff_talks}
transit: {poland: true}
readiness: 55
`
	a, err := ParseSituation("a.json", []byte(js))
	if err != nil {
		t.Fatal(err)
	}
	b, err := ParseSituation("b.yaml", []byte(ym))
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(a, b); diff != "" {
		t.Errorf("JSON and YAML differ (-json +yaml):\n%s", diff)
	}
	no, ready := false, 55
	terms := HistoricalTerms()
	terms.Convention = ConventionStaff
	want := Situation{
		Date: calendar.Of(1936, 4), Victim: "ussr", Aggressor: "germany", Kind: "attack", Unprovoked: true, Target: "territory",
		League:  League{Council: "no_unanimity", AggressorMember: &no},
		Locarno: &Locarno{Britain: "oppose"}, Pact: &PactView{Status: StatusInForce, Terms: &terms},
		Transit: &Transit{Poland: true}, Readiness: &ready,
	}
	if diff := cmp.Diff(want, a); diff != "" {
		t.Errorf("parsed situation (-want +got):\n%s", diff)
	}
}

// TestParseSituationAcceptsADay: YYYY-MM-DD keeps the day, for the dates where it matters.
func TestParseSituationAcceptsADay(t *testing.T) {
	s, err := ParseSituation("", []byte(`{"date": "1936-02-29", "victim": "france", "aggressor": "germany", "kind": "threat"}`))
	if err != nil {
		t.Fatal(err)
	}
	if s.Date != calendar.Of(1936, 2) || s.Day != 29 {
		t.Errorf("date %s day %d, want 1936-02 day 29", s.Date, s.Day)
	}
}

// TestParseSituationRefusesBadInputNamingTheField: every kind of bad situation is refused with an
// error that names the field (and, where it was written, its position).
func TestParseSituationRefusesBadInputNamingTheField(t *testing.T) {
	base := `"date": "1936-04", "victim": "france", "aggressor": "germany", "kind": "attack", "unprovoked": true`
	for _, c := range []struct {
		name, in, want string
	}{
		{"unknown field", `{` + base + `, "weather": "fine"}`, `s:1:103: field "weather": unknown field (known: date, victim, aggressor, kind, unprovoked, target, league, locarno, pact, transit, readiness)`},
		{"misspelt field", `{` + base + `, "targt": "ally"}`, `s:1:103: field "targt": unknown field (did you mean "target"?)`},
		{"bad council", `{` + base + `, "league": {"council": "maybe"}}`, `s:1:125: field "league.council": "maybe" is not one of none, unanimous, no_unanimity, recommends_assistance`},
		{"wrong type", `{"date": "1936-04", "victim": "france", "aggressor": "germany", "kind": "attack", "unprovoked": "yes"}`, `s:1:97: field "unprovoked": expected true or false, found the string "yes"`},
		{"victim not a party", `{"date": "1936-04", "victim": "poland", "aggressor": "germany", "kind": "threat"}`, `s:1:31: field "victim": "poland" is not a party to the pact (france or ussr)`},
		{"unknown state", `{"date": "1936-04", "victim": "france", "aggressor": "germny", "kind": "threat"}`, `s:1:54: field "aggressor": unknown state "germny" (did you mean "germany"?)`},
		{"own aggressor", `{"date": "1936-04", "victim": "france", "aggressor": "france", "kind": "threat"}`, `s:1:54: field "aggressor": "france" is the victim itself`},
		{"impossible month", `{"date": "1936-13", "victim": "france", "aggressor": "germany", "kind": "threat"}`, `s:1:10: field "date": "1936-13" is not a date written YYYY-MM (or YYYY-MM-DD)`},
		{"impossible day", `{"date": "1935-02-29", "victim": "france", "aggressor": "germany", "kind": "threat"}`, `s:1:10: field "date": "1935-02-29" is an impossible date: February 1935 has 28 days`},
		{"date out of range", `{"date": "1941-06", "victim": "ussr", "aggressor": "germany", "kind": "threat"}`, `s:1:10: field "date": 1941-06 is outside 1934-01 … 1939-08, the months the rulings model`},
		{"date as number", "date: 1936\nvictim: france\naggressor: germany\nkind: threat\n", `s:1:7: field "date": expected a date written YYYY-MM, found the number 1936`},
		{"missing kind", `{"date": "1936-04", "victim": "france", "aggressor": "germany"}`, `s:1:1: field "kind": missing: attack or threat`},
		{"missing date, block style", "victim: france\naggressor: germany\nkind: threat\n", `s:1:1: field "date": missing: the month of the situation, YYYY-MM`},
		{"null date", "date: null\nvictim: france\naggressor: germany\nkind: threat\n", `s:1:1: field "date": missing: the month of the situation, YYYY-MM`},
		{"attack without unprovoked", `{"date": "1936-04", "victim": "france", "aggressor": "germany", "kind": "attack"}`, `s:1:1: field "unprovoked": missing: an attack must say whether it is unprovoked (true or false)`},
		{"bad terms", `{` + base + `, "pact": {"status": "in_force", "terms": {"automaticity": "sometimes"}}}`, `s:1:160: field "pact.terms.automaticity": "sometimes" is not one of council, protocol, automatic`},
		{"duration", `{` + base + `, "pact": {"status": "in_force", "terms": {"duration_years": 50}}}`, `s:1:162: field "pact.terms.duration_years": 50 is outside 1…20`},
		{"pact without status", `{` + base + `, "pact": {"terms": {}}}`, `s:1:111: field "pact.status": missing: a pact given in the situation needs its status (none, talks, agreed, signed, ratified, in_force, invoked, denounced, expired, collapsed)`},
		{"ends without denunciation", `{` + base + `, "pact": {"status": "in_force", "ends": "1937-01"}}`, `s:1:142: field "pact.ends": an end date is meaningful only for a denounced pact, not one that is in_force`},
		{"readiness range", `{` + base + `, "readiness": 120}`, `s:1:116: field "readiness": 120 is outside 0…100`},
		{"readiness fraction", `{` + base + `, "readiness": 50.5}`, `s:1:116: field "readiness": expected a whole number 0…100, found the number 50.5`},
		{"locarno position", `{` + base + `, "locarno": {"britain": "maybe"}}`, `s:1:126: field "locarno.britain": "maybe" is not one of support, neutral, oppose`},
		{"transit type", `{` + base + `, "transit": {"poland": 1}}`, `s:1:125: field "transit.poland": expected true or false, found the number 1`},
		{"not a mapping", `[1, 2]`, `s:1:1: the situation must be a mapping of fields, found a list`},
		{"empty", ``, `s: the situation is empty`},
		{"syntax", `{"date": "1936-04",`, `s:1:19: syntax error: could not find flow map content`},
		{"duplicate key", `{"kind": "threat", "kind": "attack"}`, `s:1:20: syntax error: mapping key "kind" already defined at [1:2]`},
		{"alias", "x: &a 1\n", `s:1:1: field "x": unknown field (known: date, victim, aggressor, kind, unprovoked, target, league, locarno, pact, transit, readiness)`},
		{"tag", "date: !!str 1936-04\nvictim: france\naggressor: germany\nkind: threat\n", `s:1:7: field "date": YAML tags are not allowed in a situation`},
		{"two documents", "date: 1936-04\n---\ndate: 1936-05\n", `s:3:1: more than one document: a situation is one mapping`},
	} {
		t.Run(c.name, func(t *testing.T) {
			_, err := ParseSituation("s", []byte(c.in))
			if err == nil {
				t.Fatalf("%s: accepted", c.in)
			}
			var se *SituationError
			if !errors.As(err, &se) {
				t.Fatalf("%T is not a *SituationError", err)
			}
			if got := err.Error(); got != c.want {
				t.Errorf("error\n got %s\nwant %s", got, c.want)
			}
			if strings.Contains(err.Error(), "\n") {
				t.Errorf("the error is not one line: %q", err)
			}
		})
	}
}

// TestValidateChecksEngineSituations: a situation built in code is checked like a parsed one,
// and Rule refuses an invalid one in its trace rather than panicking.
func TestValidateChecksEngineSituations(t *testing.T) {
	good := Situation{Date: calendar.Of(1936, 4), Victim: "france", Aggressor: "germany", Kind: "threat"}
	if err := good.Validate(); err != nil {
		t.Fatalf("good situation refused: %v", err)
	}
	bad := good
	bad.Victim = "czechoslovakia"
	err := bad.Validate()
	if err == nil || err.Error() != `situation: field "victim": "czechoslovakia" is not a party to the pact (france or ussr)` {
		t.Fatalf("got %v", err)
	}
	r := Rule(bad)
	if r.Obligation != ObligeNone || len(r.Trace) != 1 || !strings.Contains(r.Trace[0].Text, "czechoslovakia") {
		t.Errorf("ruling on an invalid situation: %+v", r)
	}
}

// FuzzParseSituation: whatever the input, ParseSituation returns a situation that rules, or a
// one-line *SituationError; it never panics. Seeded with every case situation.
func FuzzParseSituation(f *testing.F) {
	for _, c := range loadCases(f) {
		f.Add([]byte(c.Situation))
	}
	for _, s := range []string{``, `{`, `[]`, `null`, "date: 1936-04\n---\n", `{"date": "1936-02-30"}`, "a: &x {b: *x}\n", `{"readiness": 99999999999999999999999}`} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		s, err := ParseSituation("fuzz", data)
		if err != nil {
			var se *SituationError
			if !errors.As(err, &se) {
				t.Fatalf("%T is not a *SituationError: %v", err, err)
			}
			if msg := err.Error(); msg == "" || strings.Contains(msg, "\n") || !strings.HasPrefix(msg, "fuzz") {
				t.Fatalf("bad error message %q", msg)
			}
			if strings.Contains(err.Error(), "could not be read") { // ParseSituation recovered a panic
				t.Fatalf("a panic was recovered: %v", err)
			}
			return
		}
		if err := s.Validate(); err != nil {
			t.Fatalf("parsed but invalid: %v", err)
		}
		r := Rule(s)
		if len(r.Trace) == 0 {
			t.Fatal("empty trace")
		}
		_ = r.Text()
	})
}
