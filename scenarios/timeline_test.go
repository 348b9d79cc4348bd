package scenarios_test

import (
	"slices"
	"strings"
	"testing"

	"github.com/pactgame/pact/assets"
	"github.com/pactgame/pact/game"
)

// TestEveryTimelineEntryIsAnEvent: each dossier of a timeline entry (assets/dossiers/19xx.yaml) is
// the dossier of exactly one dated event of the campaign, dated in the dossier's month, and that
// event fires in that month on the historical line. Each decision point's dossier belongs to an
// event, a council decision or a crisis answer.
func TestEveryTimelineEntryIsAnEvent(t *testing.T) {
	lib, err := assets.Library()
	if err != nil {
		t.Fatal(err)
	}
	sc := campaign(t)
	g := historical(t, 1)
	firedIn := map[string]string{}
	for _, r := range g.Reports {
		for _, e := range r.Events {
			if _, ok := firedIn[e.ID]; !ok {
				firedIn[e.ID] = r.Date.String()
			}
		}
	}
	used := map[string]bool{}
	for _, d := range sc.Decisions {
		used[d.Dossier] = true
	}
	for _, c := range sc.Crises {
		used[c.Dossier] = true
		for _, p := range c.Points {
			used[p.ID] = true
		}
	}
	dated := map[string][]*game.Event{}
	for _, e := range sc.Events {
		used[e.Dossier] = true
		if !e.Date.IsZero() {
			dated[e.Dossier] = append(dated[e.Dossier], e)
		}
	}
	timeline, decisions := 0, 0
	for _, d := range lib.Dossiers() {
		if d.Decision() {
			decisions++
			if !used[d.ID] {
				t.Errorf("the decision point %s has no event, decision or crisis answer in the campaign", d.ID)
			}
			continue
		}
		timeline++
		evs := dated[d.ID]
		if len(evs) != 1 {
			t.Errorf("the timeline entry %s is the dossier of %d dated events, want 1", d.ID, len(evs))
			continue
		}
		e := evs[0]
		month := d.Date[:7]
		if e.Date.String() != month {
			t.Errorf("event %s is dated %s; its dossier %s says %s", e.ID, e.Date, d.ID, d.Date)
		}
		if got := firedIn[e.ID]; got != month {
			t.Errorf("event %s (%s) fires in %q on the historical line, not in %s", e.ID, d.ID, got, month)
		}
	}
	if timeline < 123 || decisions < 60 {
		t.Errorf("the library holds %d timeline dossiers and %d decision dossiers; want 123 and 60", timeline, decisions)
	}
}

// TestUnconfirmedEntriesAreNotPresentedAsFact: the timeline entries the sources leave unconfirmed
// (timeline.md "(unconfirmed)", and their dossiers) are events whose text says so.
func TestUnconfirmedEntriesAreNotPresentedAsFact(t *testing.T) {
	sc := campaign(t)
	hedges := []string{"not confirm", "reported", "said to"}
	for _, id := range []string{
		"peace-ballot", "jouvenel-interview", "ethiopia-annexed", "haile-selassie-geneva", "montreux-convention",
		"zinoviev-kamenev-trial", "german-two-year-service", "franc-devalued", "franco-recognised",
		"rhineland-plebiscite", "belgium-ends-1920-accord", "barthou-london", "laval-foreign-minister",
		"poland-rejects-eastern-pact", "german-locarno-memorandum", "eden-moscow", "hoare-laval-meeting",
		"albert-dies", "belgian-cabinet-theunis", "belgium-van-zeeland",
	} {
		e, ok := sc.Event(id)
		if !ok {
			t.Errorf("no event %s", id)
			continue
		}
		text := strings.ToLower(strings.Join(strings.Fields(e.Text), " "))
		if !slices.ContainsFunc(hedges, func(h string) bool { return strings.Contains(text, h) }) {
			t.Errorf("%s presents an unconfirmed entry as fact: %q", id, e.Text)
		}
	}
}

// TestOfficesChangeWithTheirCauses: off the historical line, an office changes hands only when
// the event that caused the change happens.
func TestOfficesChangeWithTheirCauses(t *testing.T) {
	sc := campaign(t)
	// answer follows history but answers one event differently.
	answer := func(p game.Power, event, option string) game.Policy {
		return func(t *game.Turn, q game.Power) []game.Order {
			out := game.HistoricalPolicy(t, q)
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
	play := func(t *testing.T, policy game.Policy) *game.Game {
		t.Helper()
		g := game.New(sc, 1)
		if err := g.Run(policy); err != nil {
			t.Fatal(err)
		}
		return g
	}
	fired := func(g *game.Game, id string) bool {
		for _, r := range g.Reports {
			if slices.ContainsFunc(r.Events, func(e game.ReportEvent) bool { return e.ID == id }) {
				return true
			}
		}
		return false
	}
	office := func(t *testing.T, g *game.Game, month, path string) string {
		t.Helper()
		s, _ := at(t, g, month)
		f, ok := sc.Fields.Lookup(path)
		if !ok {
			t.Fatalf("no field %s", path)
		}
		return f.Str(s)
	}
	t.Run("BarthouSurvives", func(t *testing.T) {
		g := play(t, func(tn *game.Turn, q game.Power) []game.Order {
			out := game.HistoricalPolicy(tn, q)
			if q == game.France && tn.State.Date.String() == "1934-09" {
				out = append(out, game.Order{ID: "fr-marseille-security"})
			}
			return out
		})
		if fired(g, "laval-foreign-minister") {
			t.Error("Laval takes the Quai d'Orsay although Barthou survived")
		}
		for _, m := range []string{"1934-12", "1935-06", "1936-01"} {
			if fm := office(t, g, m, "france.foreign_minister"); fm != "Louis Barthou" {
				t.Errorf("Barthou survived, but the Foreign Minister at the end of %s is %s", m, fm)
			}
		}
		if pm := office(t, g, "1935-06", "france.head_of_government"); pm != "Pierre Laval" {
			t.Errorf("the premier after Flandin's fall is %s", pm)
		}
	})
	t.Run("HoareLavalDisowned", func(t *testing.T) {
		g := play(t, answer(game.Britain, "gb-1935-12-hoare-laval", "disown"))
		if fired(g, "hoare-laval-published") || fired(g, "hoare-resigns") || fired(g, "eden-foreign-secretary") {
			t.Error("the plan leaks and Hoare resigns although London disowned it at once")
		}
		if fm := office(t, g, "1935-12", "britain.foreign_minister"); fm != "Sir Samuel Hoare" {
			t.Errorf("the Foreign Secretary at the end of 1935 is %s, though Hoare never resigned", fm)
		}
	})
	t.Run("NoPartition", func(t *testing.T) {
		g := play(t, answer(game.France, "fr-1935-12-hoare-laval", "stay-with-league"))
		for _, id := range []string{"hoare-laval-meeting", "hoare-laval-published", "laval-survives", "hoare-resigns"} {
			if fired(g, id) {
				t.Errorf("%s happens although Laval proposed no partition", id)
			}
		}
	})
	t.Run("StayOutOfTheLeague", func(t *testing.T) {
		g := play(t, answer(game.USSR, "su-1934-09-join-league", "stay-out"))
		if s, _ := at(t, g, "1934-09"); s.Powers[game.USSR].League || fired(g, "ussr-joins-league") {
			t.Error("the USSR is in the League although Moscow chose to stay out")
		}
	})
	t.Run("ConscriptionLater", func(t *testing.T) {
		g := play(t, answer(game.Germany, "de-1935-03-conscription", "later"))
		if fired(g, "german-conscription") {
			t.Error("the conscription law of 16 March happens although Hitler chose a quieter course")
		}
	})
	t.Run("NoIndependence", func(t *testing.T) {
		g := play(t, answer(game.Belgium, "be-1936-10-leopold-speech", "military-grounds"))
		if s, _ := at(t, g, "1936-10"); s.HasFlag("belgium_independent") || fired(g, "leopold-independence-speech") {
			t.Error("Belgium declares its independence although the King argued the bill on military grounds")
		}
	})
}
