package scenarios_test

import (
	"slices"
	"strings"
	"testing"

	"github.com/pactgame/pact/game"
	"github.com/pactgame/pact/game/calendar"
	"github.com/pactgame/pact/scenarios"
)

func campaign(t *testing.T) *game.Scenario {
	t.Helper()
	sc, err := scenarios.Load("pact-1934")
	if err != nil {
		t.Fatal(err)
	}
	return sc
}

// historical plays the historical line once per seed.
func historical(t *testing.T, seed uint64) *game.Game {
	t.Helper()
	g := game.New(campaign(t), seed)
	if err := g.Run(game.HistoricalPolicy); err != nil {
		t.Fatal(err)
	}
	return g
}

// at returns the state at the end of a month (YYYY-MM) and that month's report.
func at(t *testing.T, g *game.Game, month string) (*game.State, *game.Report) {
	t.Helper()
	m := calendar.MustParse(month)
	for i, r := range g.Reports {
		if r.Date == m {
			return g.States[i+1], r
		}
	}
	t.Fatalf("the line never reached %s", month)
	return nil, nil
}

// TestHistoricalLineFollowsTheSources checks the historical line against a table drawn from
// ../shared/history (timeline.md, people.md, figures.md): the month of each dated event, the
// pact's status on its real dates, the Rhineland, the League, Ethiopia, Belgium, the office holders.
func TestHistoricalLineFollowsTheSources(t *testing.T) {
	g := historical(t, 1)
	events := []struct{ id, month string }{
		{"german-polish-declaration", "1934-01"}, {"february-riots", "1934-02"}, {"doumergue-government", "1934-02"},
		{"barthou-litvinov", "1934-05"}, {"dollfuss-murdered", "1934-07"}, {"hindenburg-dies", "1934-08"},
		{"su-1934-09-join-league", "1934-09"}, {"pl-1934-09-eastern-pact-refusal", "1934-09"},
		{"barthou-marseille", "1934-10"}, {"flandin-government", "1934-11"}, {"fr-1934-12-geneva-protocol", "1934-12"},
		{"fr-1935-01-rome-accords", "1935-01"}, {"saar-plebiscite", "1935-01"}, {"de-1935-03-conscription", "1935-03"},
		{"stresa-conference", "1935-04"}, {"pact-signed", "1935-05"}, {"su-1935-05-stalin-communique", "1935-05"},
		{"anglo-german-naval-agreement", "1935-06"}, {"baldwin-hoare", "1935-06"}, {"italy-invades-ethiopia", "1935-10"},
		{"germany-leaves-league", "1935-10"}, {"fr-1935-12-hoare-laval", "1935-12"}, {"laval-resigns", "1936-01"},
		{"chamber-ratifies", "1936-02"}, {"rhineland-remilitarised", "1936-03"}, {"senate-ratifies", "1936-03"},
		{"ratifications-exchanged", "1936-03"}, {"popular-front-victory", "1936-05"}, {"addis-ababa", "1936-05"},
		{"blum-government", "1936-06"}, {"spanish-civil-war", "1936-07"}, {"be-1936-10-leopold-speech", "1936-10"},
		{"abdication", "1936-12"},
		// The timeline entries that are the outcome of a decision (follow-ups of its historical
		// option) and the scheduled facts, each in its real month.
		{"leopold-iii-oath", "1934-02"}, {"barthou-note", "1934-04"}, {"eastern-pact-draft", "1934-06"},
		{"barthou-balkan-tour", "1934-06"}, {"barthou-london", "1934-07"}, {"raf-scheme-a", "1934-07"},
		{"fuhrer-plebiscite", "1934-08"}, {"germany-rejects-eastern-pact", "1934-09"}, {"ussr-joins-league", "1934-09"},
		{"poland-rejects-eastern-pact", "1934-09"}, {"laval-foreign-minister", "1934-10"}, {"geneva-protocol", "1934-12"},
		{"rome-accords", "1935-01"}, {"luftwaffe-decree", "1935-02"}, {"german-conscription", "1935-03"},
		{"fr-1935-03-answer-to-conscription", "1935-03"}, {"eden-moscow", "1935-03"}, {"laval-moscow", "1935-05"},
		{"german-locarno-memorandum", "1935-05"}, {"flandin-falls", "1935-05"}, {"bouisson-government", "1935-06"},
		{"laval-premier", "1935-06"}, {"peace-ballot", "1935-06"}, {"comintern-congress", "1935-07"},
		{"hoare-geneva-speech", "1935-09"}, {"assembly-sanctions", "1935-10"}, {"sanctions-package", "1935-10"},
		{"hoare-laval-meeting", "1935-12"}, {"hoare-laval-published", "1935-12"}, {"laval-survives", "1935-12"},
		{"hoare-resigns", "1935-12"}, {"herriot-leaves-radical-presidency", "1935-12"}, {"eden-foreign-secretary", "1935-12"},
		{"sarraut-government", "1936-01"}, {"ratification-debate", "1936-02"}, {"jouvenel-interview", "1936-02"},
		{"blomberg-directive", "1936-03"}, {"belgium-ends-1920-accord", "1936-03"}, {"locarno-powers-paris", "1936-03"},
		{"london-council", "1936-03"}, {"rhineland-plebiscite", "1936-03"}, {"treaty-registered", "1936-04"},
		{"ethiopia-annexed", "1936-05"}, {"haile-selassie-geneva", "1936-06"}, {"montreux-convention", "1936-07"},
		{"zinoviev-kamenev-trial", "1936-08"}, {"ussr-joins-non-intervention", "1936-08"},
		{"german-two-year-service", "1936-08"}, {"franc-devalued", "1936-10"}, {"leopold-independence-speech", "1936-10"},
		{"franco-recognised", "1936-11"}, {"fr-1936-11-soviet-staff-talks", "1936-11"},
	}
	for _, e := range events {
		_, rep := at(t, g, e.month)
		if !slices.ContainsFunc(rep.Events, func(x game.ReportEvent) bool { return x.ID == e.id }) {
			t.Errorf("%s did not happen in %s on the historical line", e.id, e.month)
		}
	}
	// Every event with a historical date that fires on the historical line fires in that month.
	for _, rep := range g.Reports {
		for _, re := range rep.Events {
			ev, _ := g.Scenario.Event(re.ID)
			if !ev.Date.IsZero() && ev.Date != rep.Date {
				t.Errorf("%s fired in %s; in history %s", re.ID, rep.Date, ev.Date)
			}
		}
	}
	pact := []struct{ month, status string }{
		{"1934-04", "none"}, {"1934-05", "talks"}, {"1935-03", "talks"}, {"1935-04", "agreed"},
		{"1935-05", "signed"}, {"1936-02", "signed"}, {"1936-03", "in_force"}, {"1936-12", "in_force"},
	}
	for _, p := range pact {
		s, _ := at(t, g, p.month)
		if string(s.Pact.Status) != p.status {
			t.Errorf("the pact is %s at the end of %s; in history %s", s.Pact.Status, p.month, p.status)
		}
	}
	checks := []struct {
		month string
		ok    func(*game.State) bool
		what  string
	}{
		{"1936-02", func(s *game.State) bool { return s.Global.Rhineland == "demilitarised" }, "the Rhineland demilitarised until March 1936"},
		{"1936-03", func(s *game.State) bool { return s.Global.Rhineland == "remilitarised" }, "the Rhineland remilitarised in March 1936"},
		{"1935-09", func(s *game.State) bool { return s.Powers[game.Germany].League }, "Germany in the League until its withdrawal took effect"},
		{"1935-10", func(s *game.State) bool { return !s.Powers[game.Germany].League }, "Germany out of the League from October 1935"},
		{"1934-08", func(s *game.State) bool { return !s.Powers[game.USSR].League }, "the USSR outside the League before September 1934"},
		{"1934-09", func(s *game.State) bool { return s.Powers[game.USSR].League }, "the USSR in the League from September 1934"},
		{"1935-09", func(s *game.State) bool { return s.Global.Ethiopia != "war" }, "Italy not yet at war in Ethiopia in September 1935"},
		{"1935-10", func(s *game.State) bool { return s.Global.Ethiopia == "war" }, "Italy at war in Ethiopia from October 1935"},
		{"1936-05", func(s *game.State) bool { return s.Global.Ethiopia == "conquered" }, "Ethiopia conquered in May 1936"},
		{"1936-09", func(s *game.State) bool { return !s.HasFlag("belgium_independent") }, "Belgium still in the old course before October 1936"},
		{"1936-10", func(s *game.State) bool {
			return s.HasFlag("belgium_independent") && !s.HasFlag("tie.franco_belgian")
		}, "Belgium back to neutrality in October 1936"},
		{"1935-04", func(s *game.State) bool { return s.Global.Stresa == "formed" }, "the Stresa front in April 1935"},
		{"1935-01", func(s *game.State) bool { return s.Global.Saar == "german" }, "the Saar German from January 1935"},
		{"1936-07", func(s *game.State) bool { return s.Global.Spain == "civil_war" }, "civil war in Spain from July 1936"},
	}
	for _, c := range checks {
		if s, _ := at(t, g, c.month); !c.ok(s) {
			t.Errorf("%s: not so at the end of %s", c.what, c.month)
		}
	}
	offices := []struct{ month, power, office, name string }{
		{"1934-01", "france", "head_of_government", "Édouard Daladier"},
		{"1934-02", "france", "head_of_government", "Gaston Doumergue"},
		{"1934-02", "france", "foreign_minister", "Louis Barthou"},
		{"1934-10", "france", "foreign_minister", "Pierre Laval"},
		{"1934-11", "france", "head_of_government", "Pierre-Étienne Flandin"},
		{"1935-06", "france", "head_of_government", "Pierre Laval"},
		{"1936-01", "france", "head_of_government", "Albert Sarraut"},
		{"1936-01", "france", "foreign_minister", "Pierre-Étienne Flandin"},
		{"1936-06", "france", "head_of_government", "Léon Blum"},
		{"1936-06", "france", "foreign_minister", "Yvon Delbos"},
		{"1934-09", "france", "foreign_minister", "Louis Barthou"},
		{"1934-10", "france", "head_of_government", "Gaston Doumergue"},
		{"1935-05", "france", "head_of_government", "Pierre-Étienne Flandin"}, // resigned on 31 May
		{"1935-05", "france", "foreign_minister", "Pierre Laval"},
		{"1935-12", "france", "head_of_government", "Pierre Laval"},
		{"1935-12", "france", "foreign_minister", "Pierre Laval"},
		{"1936-05", "france", "head_of_government", "Albert Sarraut"},
		{"1936-05", "france", "foreign_minister", "Pierre-Étienne Flandin"},
		{"1936-12", "france", "head_of_state", "Albert Lebrun"},
		{"1934-07", "germany", "head_of_state", "Paul von Hindenburg"},
		{"1934-08", "germany", "head_of_state", "Adolf Hitler"},
		{"1936-12", "germany", "foreign_minister", "Konstantin von Neurath"},
		{"1935-05", "britain", "head_of_government", "Ramsay MacDonald"},
		{"1935-05", "britain", "foreign_minister", "Sir John Simon"},
		{"1935-06", "britain", "head_of_government", "Stanley Baldwin"},
		{"1935-06", "britain", "foreign_minister", "Sir Samuel Hoare"},
		{"1935-11", "britain", "foreign_minister", "Sir Samuel Hoare"},
		{"1935-12", "britain", "foreign_minister", "Anthony Eden"},
		{"1935-12", "britain", "head_of_state", "George V"},
		{"1936-01", "britain", "head_of_state", "Edward VIII"},
		{"1936-11", "britain", "head_of_state", "Edward VIII"},
		{"1936-12", "britain", "head_of_state", "George VI"},
		{"1936-05", "italy", "foreign_minister", "Benito Mussolini"},
		{"1936-06", "italy", "foreign_minister", "Galeazzo Ciano"},
		{"1936-12", "italy", "head_of_government", "Benito Mussolini"},
		{"1934-01", "belgium", "head_of_state", "Albert I"},
		{"1934-02", "belgium", "head_of_state", "Leopold III"},
		{"1934-10", "belgium", "head_of_government", "Charles de Broqueville"},
		{"1934-11", "belgium", "head_of_government", "Georges Theunis"},
		{"1935-02", "belgium", "head_of_government", "Georges Theunis"},
		{"1935-03", "belgium", "head_of_government", "Paul van Zeeland"},
		{"1936-12", "belgium", "head_of_government", "Paul van Zeeland"},
		{"1936-05", "belgium", "foreign_minister", "Paul van Zeeland"}, // people.md: (unconfirmed)
		{"1936-06", "belgium", "foreign_minister", "Paul-Henri Spaak"},
		{"1936-12", "ussr", "foreign_minister", "Maxim Litvinov"},
	}
	for _, o := range offices {
		s, _ := at(t, g, o.month)
		f, ok := g.Scenario.Fields.Lookup(o.power + "." + o.office)
		if !ok {
			t.Fatalf("no field %s.%s", o.power, o.office)
		}
		if got := f.Str(s); got != o.name {
			t.Errorf("%s %s at the end of %s is %s; in history %s", o.power, o.office, o.month, got, o.name)
		}
	}
}

// TestHistoricalRatificationVotesAreNearTheRealCounts: the Chamber passed the treaty 353–164 on 27
// February 1936 and the Senate by a large majority on 12 March (figures.md §5). Over many seeds
// the historical line's median Chamber vote must be near the real count, and both houses pass.
func TestHistoricalRatificationVotesAreNearTheRealCounts(t *testing.T) {
	var chamberFor, chamberAgainst []int
	for seed := uint64(1); seed <= 21; seed++ {
		g := historical(t, seed)
		_, feb := at(t, g, "1936-02")
		_, mar := at(t, g, "1936-03")
		var chamber, senate bool
		for _, v := range append(feb.Votes, mar.Votes...) {
			switch v.Body {
			case "chamber":
				chamber = v.Passed
				chamberFor, chamberAgainst = append(chamberFor, v.For), append(chamberAgainst, v.Against)
			case "senate":
				senate = v.Passed && v.For > 2*v.Against
			}
		}
		if !chamber || !senate {
			t.Errorf("seed %d: the Chamber passed=%v, the Senate by a large majority=%v", seed, chamber, senate)
		}
	}
	slices.Sort(chamberFor)
	slices.Sort(chamberAgainst)
	mf, ma := chamberFor[len(chamberFor)/2], chamberAgainst[len(chamberAgainst)/2]
	if mf < 333 || mf > 373 || ma < 144 || ma > 184 {
		t.Errorf("median Chamber vote %d–%d; in history 353–164", mf, ma)
	}
}

// TestEveryDecisionPointIsInTheGame: each of the 58 decision points and 2 Polish events of
// choices.md §2 is an event (or a crisis answer) with its stable id, and its historical option
// is the one taken on the historical line.
func TestEveryDecisionPointIsInTheGame(t *testing.T) {
	sc := campaign(t)
	points := []string{
		"fr-1934-04-barthou-note", "fr-1934-06-eastern-pact-design", "gb-1934-07-eastern-pact-support",
		"gb-1934-07-defence-priorities", "de-1934-09-eastern-pact-refusal", "pl-1934-09-eastern-pact-refusal",
		"su-1934-09-join-league", "fr-1934-10-laval-course", "fr-1934-12-geneva-protocol", "su-1934-12-geneva-protocol",
		"it-1934-12-ethiopia-directive", "fr-1935-01-rome-accords", "it-1935-01-rome-accords",
		"it-1935-02-military-talks-france", "fr-1935-03-answer-to-conscription", "gb-1935-03-answer-to-conscription",
		"de-1935-03-conscription", "gb-1935-04-stresa-silence", "fr-1935-04-treaty-terms", "su-1935-04-accept-text",
		"fr-1935-05-no-convention", "su-1935-05-stalin-communique", "de-1935-05-locarno-claim",
		"gb-1935-06-naval-agreement", "de-1935-06-naval-offer", "fr-1935-06-ratification-delay",
		"it-1935-06-reject-compromise", "su-1935-07-berlin-track", "su-1935-08-popular-front", "gb-1935-09-league-line",
		"be-1935-10-sanctions-and-mediation", "it-1935-10-war-and-sanctions", "fr-1935-10-sanctions-and-navy",
		"gb-1935-11-oil-and-suez", "fr-1935-12-hoare-laval", "gb-1935-12-hoare-laval", "it-1935-12-hoare-laval",
		"it-1936-01-austria-for-germany", "de-1936-02-rhineland-timing", "fr-1936-02a-ratification",
		"fr-1936-02b-no-isolated-action", "be-1936-03a-end-1920-accord", "de-1936-03-rhineland-conduct",
		"fr-1936-03a-rhineland-response", "gb-1936-03-rhineland", "it-1936-03-locarno-guarantor",
		"be-1936-03b-rhineland-response", "su-1936-03-rhineland-response", "pl-1936-03-beck-assurance",
		"fr-1936-03b-london", "de-1936-04-soviet-trade", "gb-1936-06-lift-sanctions", "fr-1936-07-spain",
		"de-1936-07-spain", "it-1936-07-spain", "gb-1936-07-spain", "be-1936-07-independence", "su-1936-08-spain",
		"be-1936-10-leopold-speech", "fr-1936-11-soviet-staff-talks",
	}
	if len(points) != 60 {
		t.Fatalf("the list holds %d points, not 58 + 2", len(points))
	}
	crisisPoints := map[string]bool{}
	for _, c := range sc.Crises {
		for _, p := range c.Points {
			if p.ID != "" {
				crisisPoints[p.ID] = true
			}
		}
	}
	g := historical(t, 1)
	taken := map[string]string{}
	for _, rep := range g.Reports {
		for _, e := range rep.Events {
			taken[e.ID] = e.Option
		}
	}
	for _, id := range points {
		if crisisPoints[id] {
			continue
		}
		ev, ok := sc.Event(id)
		if !ok {
			t.Errorf("decision point %s is not in the game", id)
			continue
		}
		opt, fired := taken[id]
		if !fired {
			t.Errorf("decision point %s never comes up on the historical line", id)
			continue
		}
		if len(ev.Options) > 0 {
			o, _ := sc.Option(id + "/" + opt)
			if o == nil || !o.Historical {
				t.Errorf("on the historical line %s takes %q, which is not its historical option", id, opt)
			}
		}
	}
}

// TestTheFiveKeyEventsArePreventable: Barthou's murder, German conscription, the signature, the
// ratification votes and the Rhineland each depend on the state, not on the calendar.
func TestTheFiveKeyEventsArePreventable(t *testing.T) {
	sc := campaign(t)
	hist := game.HistoricalPolicy
	// A policy that follows history but makes one power take one extra decision in one month.
	plus := func(p game.Power, month, id string) game.Policy {
		return func(t *game.Turn, q game.Power) []game.Order {
			out := hist(t, q)
			if q == p && t.State.Date.String() == month {
				out = append(out, game.Order{ID: id})
			}
			return out
		}
	}
	// replace follows history but answers one event differently.
	replace := func(p game.Power, event, option string) game.Policy {
		return func(t *game.Turn, q game.Power) []game.Order {
			out := hist(t, q)
			if q != p {
				return out
			}
			for i, o := range out {
				if strings.HasPrefix(o.ID, event+"/") {
					out[i] = game.Order{ID: event + "/" + option}
				}
			}
			return out
		}
	}
	run := func(t *testing.T, policy game.Policy) *game.Game {
		t.Helper()
		g := game.New(sc, 1)
		if err := g.Run(policy); err != nil {
			t.Fatal(err)
		}
		return g
	}
	firedIn := func(g *game.Game, id string) string {
		for _, r := range g.Reports {
			for _, e := range r.Events {
				if e.ID == id {
					return r.Date.String()
				}
			}
		}
		return ""
	}
	t.Run("Marseille", func(t *testing.T) {
		g := run(t, plus(game.France, "1934-09", "fr-marseille-security"))
		if m := firedIn(g, "barthou-marseille"); m != "" {
			t.Errorf("Barthou is still murdered (%s) despite the security measures", m)
		}
		s, _ := at(t, g, "1934-12")
		if s.Powers[game.France].ForeignMinister != "Louis Barthou" {
			t.Errorf("Barthou survived but the Foreign Minister is %s", s.Powers[game.France].ForeignMinister)
		}
	})
	t.Run("Conscription", func(t *testing.T) {
		// A France that keeps its army ready and London firm deters the announcement.
		deter := func(t *game.Turn, q game.Power) []game.Order {
			out := hist(t, q)
			for _, id := range []string{"fr-recall-reservists", "fr-defence-credits", "gb-promise-france", "gb-warn-berlin"} {
				if slices.ContainsFunc(out, func(o game.Order) bool { return o.ID == id }) {
					continue
				}
				for _, c := range t.Choices(q) {
					if c.ID == id && c.Cost.Influence <= t.State.Powers[q].Influence-8 {
						out = append(out, game.Order{ID: id})
					}
				}
			}
			return out
		}
		g := run(t, deter)
		t.Logf("conscription announced in %q", firedIn(g, "de-1935-03-conscription"))
		if m := firedIn(g, "de-1935-03-conscription"); m == "1935-03" {
			t.Error("conscription is announced on time even when Germany is deterred")
		}
	})
	t.Run("Signature", func(t *testing.T) {
		g := run(t, replace(game.USSR, "su-1935-04-accept-text", "czech-and-berlin"))
		if m := firedIn(g, "pact-signed"); m == "1935-05" {
			t.Error("the treaty is signed in May 1935 although Moscow did not accept the text")
		}
	})
	t.Run("Ratification", func(t *testing.T) {
		g := run(t, replace(game.France, "fr-1936-02a-ratification", "delay"))
		if m := firedIn(g, "chamber-ratifies"); m == "1936-02" {
			t.Error("the Chamber votes in February 1936 although the government delayed the treaty")
		}
	})
	t.Run("RhinelandDeterred", func(t *testing.T) {
		// France ready, Britain firm and committed, Italy kept on the Brenner, the pact with teeth.
		firm := func(t *game.Turn, q game.Power) []game.Order {
			out := hist(t, q)
			want := map[game.Power][]string{
				game.France:  {"fr-recall-reservists", "fr-defence-credits", "fr-fortify"},
				game.Britain: {"gb-promise-france", "gb-warn-berlin", "gb-western-staff-talks"},
			}
			spent := 0
			for _, id := range want[q] {
				if slices.ContainsFunc(out, func(o game.Order) bool { return o.ID == id }) {
					continue
				}
				for _, c := range t.Choices(q) {
					if c.ID == id && spent+c.Cost.Influence <= t.State.Powers[q].Influence-4 {
						out = append(out, game.Order{ID: id})
						spent += c.Cost.Influence
					}
				}
			}
			return out
		}
		g := run(t, firm)
		s, _ := at(t, g, "1936-02")
		t.Logf("Rhineland remilitarised in %q; February 1936: deterrence %d, appetite %d", firedIn(g, "rhineland-remilitarised"), game.Deterrence(s), game.Appetite(s))
		if m := firedIn(g, "rhineland-remilitarised"); m == "1936-03" {
			s, _ := at(t, g, "1936-01")
			t.Errorf("the Rhineland is remilitarised on time against a firm France and Britain (deterrence %d, appetite %d in January 1936)",
				game.Deterrence(s), game.Appetite(s))
		}
	})
	t.Run("Rhineland", func(t *testing.T) {
		g := run(t, replace(game.Germany, "de-1936-02-rhineland-timing", "wait"))
		if m := firedIn(g, "rhineland-remilitarised"); m == "1936-03" {
			t.Error("the Rhineland is remilitarised in March 1936 although Hitler waited")
		}
	})
}

// TestEveryScenarioPlaysToItsEnd: every shipped scenario plays to its last month with every
// power's AI (several seeds) and on its historical line, and every event of the full campaign is
// reachable on some line.
func TestEveryScenarioPlaysToItsEnd(t *testing.T) {
	list, err := scenarios.List()
	if err != nil {
		t.Fatal(err)
	}
	for _, info := range list {
		sc, err := scenarios.Load(info.ID)
		if err != nil {
			t.Fatal(err)
		}
		for _, policy := range []struct {
			name string
			p    game.Policy
		}{{"historical", game.HistoricalPolicy}, {"ai", game.AIPolicy}} {
			for seed := uint64(1); seed <= 3; seed++ {
				g := game.New(sc, seed)
				if err := g.Run(policy.p); err != nil {
					t.Fatalf("%s, %s, seed %d: %v", info.ID, policy.name, seed, err)
				}
				if last := g.Reports[len(g.Reports)-1].Date; last != sc.End && !g.Current().Ending.War {
					t.Errorf("%s, %s, seed %d: ended in %s, not %s", info.ID, policy.name, seed, last, sc.End)
				}
			}
		}
	}
}
