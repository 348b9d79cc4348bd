package scenarios_test

import (
	"regexp"
	"strings"
	"testing"

	"github.com/pactgame/pact/game"
	"github.com/pactgame/pact/scenarios"
)

// conditionsOf lists every condition of a scenario a player may be told about: decisions', events'
// and options' conditions and the objectives'.
func conditionsOf(sc *game.Scenario) []*game.Expr {
	var out []*game.Expr
	for _, d := range sc.Decisions {
		out = append(out, d.When...)
	}
	for _, e := range sc.Events {
		out = append(out, e.When...)
		for _, o := range e.Options {
			out = append(out, o.When...)
		}
	}
	for _, p := range game.Powers {
		for _, o := range sc.Powers[p].Objectives {
			if o.When != nil {
				out = append(out, o.When)
			}
		}
	}
	return out
}

// sourceText finds what only the source of a condition would say: operators, paths, calls.
var sourceText = regexp.MustCompile(`==|!=|>=|<=| < | > |\w\.\w|_|\b(not|flag|fired|since|chose|crisis|rung) ?\(|\[`)

// Rule: a closed decision says why in words: every condition of every built-in scenario is
// described without falling back to its source text.
func TestEveryConditionIsDescribedInWords(t *testing.T) {
	list, err := scenarios.List()
	if err != nil {
		t.Fatal(err)
	}
	for _, info := range list {
		sc, err := scenarios.Load(info.ID)
		if err != nil {
			t.Fatal(err)
		}
		for _, c := range conditionsOf(sc) {
			w := sc.Describe(c)
			if sourceText.MatchString(w) {
				t.Errorf("%s: %s: %q is described as %q", info.ID, c.Pos, c.Src, w)
			}
		}
	}
}

func TestDescribeSaysConditionsInWords(t *testing.T) {
	sc, err := scenarios.Load("pact-1934")
	if err != nil {
		t.Fatal(err)
	}
	want := map[string]string{
		"rhineland == 'demilitarised'":                                       "the Rhineland is demilitarised",
		"pact.status in ['signed', 'ratified']":                              "the pact is signed or ratified by one party",
		"pact.status != 'none'":                                              "the pact is on the table",
		"not pact.france_ratified":                                           "France has not ratified the pact",
		"relations.france.italy >= 0":                                        "Franco-Italian relations are at least 0",
		`france.foreign_minister == "Louis Barthou"`:                         "the French foreign minister is Louis Barthou",
		"not (tension >= 40 and ussr.league)":                                "European tension is below 40 or the USSR is not in the League",
		"not (tension >= 40 or ussr.league) or war":                          "(European tension is below 40 and the USSR is not in the League) or a general war has broken out",
		"flag('tie.franco_belgian')":                                         "the Franco-Belgian military accord (1920) is in force",
		"flag('tie.rome_accords')":                                           "the Rome accords (1935) are in force",
		"flag('conscription')":                                               "after ‘Germany reintroduces conscription’",
		"date >= '1936-04'":                                                  "from April 1936",
		"since('chamber-ratifies') >= 2 and since('chamber-ratifies') < 999": "‘The Chamber of Deputies votes on ratification’ happened 2 or more months ago",
		"crisis('rhineland') != 'backed_down'":                               "the Rhineland crisis did not end in the aggressor's retreat",
		"rung('ethiopia', 'britain') >= 3":                                   "Britain at sanctions or beyond in the Ethiopian crisis",
		"poland.alignment != 'germany'":                                      "Poland is not aligned with Germany",
		"chose('de-1935-06-naval-offer/offer')":                              "Germany chose ‘Offer it, through Ribbentrop’",
		"appetite + 20 >= deterrence":                                        "Germany's appetite for risk plus 20 is at or above the deterrence Germany faces",
		"ussr.levers.berlin_track >= 20":                                     "Soviet Berlin track is at least 20",
	}
	for src, w := range want {
		e, err := game.CompileCondition(sc.Initial, src)
		if err != nil {
			t.Fatalf("%s: %v", src, err)
		}
		if got := sc.Describe(e); got != w {
			t.Errorf("Describe(%q) = %q, want %q", src, got, w)
		}
	}
}

// Rule: a council decision closed by its conditions says which, in words, in the first month of the
// campaign (where most of the pact's steps are still closed).
func TestClosedDecisionSaysWhyInWords(t *testing.T) {
	sc, err := scenarios.Load("pact-1934")
	if err != nil {
		t.Fatal(err)
	}
	turn, err := game.Begin(sc, sc.Initial)
	if err != nil {
		t.Fatal(err)
	}
	closed := 0
	for _, d := range sc.Decisions {
		why := turn.WhyClosed(d)
		if !strings.HasPrefix(why, "only") {
			continue
		}
		closed++
		if sourceText.MatchString(why) {
			t.Errorf("%s is closed %q", d.ID, why)
		}
	}
	if closed < 5 {
		t.Errorf("only %d decisions are closed by their conditions in January 1934", closed)
	}
}
