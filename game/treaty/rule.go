package treaty

import (
	"fmt"
	"slices"
	"strings"

	"github.com/pactgame/pact/game/calendar"
)

// Facts are what a ruling took as given: the situation with its defaults filled in (the pact's
// status and terms, League membership, transit) and where each default came from.
type Facts struct {
	Date            string   `json:"date"` // YYYY-MM, or YYYY-MM-DD when the situation gave the day
	Victim          string   `json:"victim"`
	Aggressor       string   `json:"aggressor"`
	Kind            string   `json:"kind"`
	Unprovoked      bool     `json:"unprovoked"`
	Target          string   `json:"target"`
	Council         string   `json:"council"`
	Status          Status   `json:"status"`
	StatusFrom      string   `json:"status_from"` // "situation" or "history"
	Binding         bool     `json:"binding"`     // the pact binds at the date
	Terms           Terms    `json:"terms"`
	TermsFrom       string   `json:"terms_from"` // "situation" or "history"
	European        bool     `json:"european"`
	AggressorMember bool     `json:"aggressor_member"`
	MemberFrom      string   `json:"aggressor_member_from"` // "situation" or "date"
	VictimMember    bool     `json:"victim_member"`
	Assisting       Party    `json:"assisting"`
	InFrame         bool     `json:"in_frame"` // the aggressor is within protocol point IV's frame
	Transit         Transit  `json:"transit"`
	TransitFrom     string   `json:"transit_from"` // "situation" or "history"
	Readiness       *int     `json:"readiness,omitempty"`
	Locarno         Locarno  `json:"locarno"`
	Opposing        []string `json:"locarno_opposing,omitempty"` // Locarno powers opposing action against the aggressor
}

// ctx is the facts with what the reasoning needs beside them.
type ctx struct {
	Facts
	aggressor state
	month     calendar.Month
	day       int
}

// HistoricalStatusAt is the pact's status on the historical line in month m (day 0 = the day is
// not known): talks from the Barthou–Litvinov agreement of 18 May 1934, the text approved by the
// French cabinet on 19 April 1935, signed on 2 May 1935, ratified by France on 12 March 1936 (the
// Soviet act's date is unconfirmed), in force from the exchange on 27 March 1936. As GAME.md's
// contract says, March 1936 without a day counts as in force.
func HistoricalStatusAt(m calendar.Month, day int) Status {
	before := func(y, mo, d int) bool {
		b := calendar.Of(y, mo)
		return m < b || (m == b && day != 0 && day < d)
	}
	switch {
	case before(1934, 5, 18):
		return StatusNone
	case before(1935, 4, 19):
		return StatusTalks
	case before(1935, 5, 2):
		return StatusAgreed
	case before(1936, 3, 12):
		return StatusSigned
	case before(1936, 3, 27):
		return StatusRatified
	}
	return StatusInForce
}

// gather fills a situation's defaults.
func gather(s Situation) *ctx {
	s = s.normalised()
	agg, _ := lookupState(s.Aggressor)
	f := &ctx{Facts: Facts{
		Date: s.Date.String(), Victim: s.Victim, Aggressor: agg.id, Kind: s.Kind, Unprovoked: s.Unprovoked,
		Target: s.Target, Council: s.League.Council, European: agg.european, Readiness: s.Readiness,
	}, aggressor: agg, month: s.Date, day: s.Day}
	if s.Day != 0 {
		f.Date = fmt.Sprintf("%s-%02d", s.Date, s.Day)
	}
	f.Status, f.StatusFrom = HistoricalStatusAt(s.Date, s.Day), "history"
	f.Terms, f.TermsFrom = HistoricalTerms(), "history"
	if p := s.Pact; p != nil {
		f.Status, f.StatusFrom = p.Status, "situation"
		if p.Terms != nil {
			f.Terms, f.TermsFrom = *p.Terms, "situation"
		}
	}
	switch f.Status {
	case StatusInForce, StatusInvoked:
		f.Binding = true
	case StatusDenounced:
		f.Binding = s.Pact != nil && !s.Pact.Ends.IsZero() && s.Date < s.Pact.Ends
	}
	f.AggressorMember, f.MemberFrom = agg.memberAt(s.Date, s.Day), "date"
	if m := s.League.AggressorMember; m != nil {
		f.AggressorMember, f.MemberFrom = *m, "situation"
	}
	victim, _ := lookupState(s.Victim)
	f.VictimMember = victim.memberAt(s.Date, s.Day)
	f.Assisting = USSR
	if s.Victim == string(USSR) {
		f.Assisting = France
	}
	f.InFrame = agg.id == "germany" || (f.Terms.Kind == Multilateral && inEasternPact(agg.id))
	f.TransitFrom = "history"
	if s.Transit != nil {
		f.Transit, f.TransitFrom = *s.Transit, "situation"
	}
	if s.Locarno != nil {
		f.Locarno = *s.Locarno
	}
	for _, g := range []struct{ id, pos string }{{"britain", f.Locarno.Britain}, {"italy", f.Locarno.Italy}, {"belgium", f.Locarno.Belgium}} {
		if g.pos == "oppose" {
			f.Opposing = append(f.Opposing, g.id)
		}
	}
	return f
}

// ruler collects a ruling's steps and articles.
type ruler struct {
	f         *ctx
	steps     []Step
	arts      []string
	obl       Obligation
	nonAssist bool
	summary   string
	route     string // "art2" or "art3" when assistance is owed
}

func (r *ruler) step(article, format string, args ...any) {
	r.steps = append(r.steps, Step{Article: article, Text: fmt.Sprintf(format, args...)})
}

func (r *ruler) cite(ids ...string) {
	for _, id := range ids {
		if !slices.Contains(r.arts, id) {
			r.arts = append(r.arts, id)
		}
	}
}

func (r *ruler) decide(o Obligation, summary string, ids ...string) {
	r.obl, r.summary = o, summary
	r.cite(ids...)
}

// Rule decides what the pact obliges in a situation, and why, step by step (the order of
// reasoning is in the package doc). A situation that fails Validate gets obligation none and a
// trace that says what is wrong with it.
func Rule(s Situation) Ruling {
	if err := s.Validate(); err != nil {
		return Ruling{
			Obligation: ObligeNone, Articles: []string{},
			Trace:       []Step{{Text: "The situation cannot be ruled on: " + err.Error() + "."}},
			Deliverable: Deliverable{Why: "No ruling on an invalid situation."},
			Summary:     "No ruling: the situation is invalid.",
		}
	}
	f := gather(s)
	r := &ruler{f: f}
	r.facts()
	if f.Binding {
		r.inForce()
		r.analyse()
	} else {
		h := &ruler{f: f}
		h.analyse()
		r.notInForce(h)
	}
	sortArticles(r.arts)
	return Ruling{
		Obligation:    r.obl,
		Articles:      r.arts,
		Trace:         r.steps,
		Deliverable:   deliverable(f, r.obl),
		NonAssistance: r.nonAssist,
		Summary:       r.summary,
		Facts:         f.Facts,
	}
}

// Phrases for the trace.
func (f *ctx) victim() string    { return nameOf(f.Victim) }
func (f *ctx) assisting() string { return nameOf(string(f.Assisting)) }
func (f *ctx) agg() string       { return f.aggressor.name }

func (f *ctx) victims() string { // "France's", "the USSR's"
	return f.victim() + "'s"
}

var councilPhrase = map[string]string{
	"none":                  "has not acted",
	"unanimous":             "has reached a unanimous report (the parties' votes apart) without recommending assistance",
	"no_unanimity":          "has failed to reach a unanimous report",
	"recommends_assistance": "recommends that Members assist the victim",
}

var statusPhrase = map[Status]string{
	StatusNone:      "no pact has been negotiated",
	StatusTalks:     "still under negotiation",
	StatusAgreed:    "agreed but not signed",
	StatusSigned:    "signed but not ratified",
	StatusRatified:  "ratified, but the ratifications have not been exchanged",
	StatusInForce:   "in force",
	StatusInvoked:   "in force and already invoked",
	StatusDenounced: "denounced",
	StatusExpired:   "expired",
	StatusCollapsed: "never concluded: the talks collapsed",
}

// facts opens the trace with what the ruling takes as given.
func (r *ruler) facts() {
	f := r.f
	what := map[string]string{"territory": "territory", "colony": "a colony", "ally": "an ally"}[f.Target]
	verb := "threatens"
	if f.Kind == "attack" {
		verb = "attacks"
	}
	prov := ""
	if f.Kind == "attack" {
		prov = "; the attack is provoked"
		if f.Unprovoked {
			prov = "; the attack is unprovoked"
		}
	}
	on := what + " of " + f.victim()
	if f.Target == "territory" {
		on = f.victims() + " own territory"
	}
	r.step("", "The situation: %s, %s %s %s%s; the League Council %s.", dateName(f), f.agg(), verb, on, prov, councilPhrase[f.Council])
	from := "its historical status at this date"
	if f.StatusFrom == "situation" {
		from = "as the situation states"
	}
	terms := "the historical terms signed on 2 May 1935"
	if f.TermsFrom == "situation" {
		terms = "terms given by the situation"
	}
	r.step("", "The pact is %s (%s); its terms: %s (%s).", statusPhrase[f.Status], from, f.Terms, terms)
	if !f.European {
		return
	}
	member := "is"
	if !f.AggressorMember {
		member = "is not"
	}
	switch {
	case f.MemberFrom == "situation":
		r.step("", "%s %s a League member, as the situation states.", capital(f.agg()), member)
	case f.aggressor.id == "germany" && !f.AggressorMember:
		r.step("covenant-1-3", "%s %s a League member at this date: %s.", capital(f.agg()), member, f.aggressor.note)
	case f.aggressor.note != "":
		r.step("", "%s %s a League member at this date (%s).", capital(f.agg()), member, f.aggressor.note)
	default:
		r.step("", "%s %s a League member at this date.", capital(f.agg()), member)
	}
}

func dateName(f *ctx) string {
	if f.day != 0 {
		return fmt.Sprintf("on %d %s", f.day, f.month.Name())
	}
	return "in " + f.month.Name()
}

// inForce states why the pact binds.
func (r *ruler) inForce() {
	f := r.f
	switch f.Status {
	case StatusDenounced:
		r.step("art5", "Notice of denunciation has been given, but under Art. 5 the pact binds until the notice runs out: it is still in force.")
	case StatusInvoked:
		r.step("art5", "The pact is in force (Art. 5) and has already been invoked; its obligations continue.")
	default:
		r.step("art5", "The pact is in force: under Art. 5 it takes effect on the exchange of ratifications (historically at Moscow, 27 March 1936) for five years, then runs on until denounced at a year's notice.")
		if f.StatusFrom == "history" && f.month == calendar.Of(1936, 3) && f.day == 0 {
			r.step("art5", "March 1936 is taken as in force, as the game's contract says; the exchange came on the 27th. For an event earlier in the month — the Rhineland on the 7th — give the date as 1936-03-07.")
		}
	}
}

// notInForce makes the ruling "none" on Art. 5 and says what the pact would oblige once in force,
// with the hypothetical reasoning h.
func (r *ruler) notInForce(h *ruler) {
	f := r.f
	switch f.Status {
	case StatusDenounced, StatusExpired:
		r.step("art5", "The pact has ended (%s: under Art. 5 a denunciation takes effect when its notice runs out); nothing is owed under it.", f.Status)
	case StatusNone, StatusCollapsed, StatusTalks, StatusAgreed:
		r.step("art5", "There is no treaty in force: Art. 5 makes the pact take effect only on the exchange of ratifications, and this one is %s. It obliges nothing.", statusPhrase[f.Status])
	default:
		r.step("art5", "The pact is not yet in force: Art. 5 makes it take effect only when the ratifications have been exchanged (historically at Moscow, 27 March 1936). It obliges nothing yet.")
	}
	would := "Once in force, the pact would oblige"
	if f.Status == StatusDenounced || f.Status == StatusExpired {
		would = "Were it still in force, the pact would oblige"
	}
	arts := append([]string(nil), h.arts...)
	sortArticles(arts)
	r.step("art5", "%s %s here (%s): %s", would, h.obl, strings.Join(arts, ", "), h.summary)
	for _, st := range h.steps {
		r.steps = append(r.steps, Step{Article: st.Article, Text: "(if in force) " + st.Text})
	}
	r.obl, r.arts, r.nonAssist = ObligeNone, []string{"art5"}, false
	r.summary = fmt.Sprintf("Nothing is owed: the pact is not in force (Art. 5). In force, it would oblige %s.", h.obl)
}

// analyse is the ruling proper, for a pact in force.
func (r *ruler) analyse() {
	f := r.f
	switch {
	case f.aggressor.id == string(f.Assisting):
		r.otherParty()
	case !f.European:
		r.notEuropean()
	case !f.VictimMember:
		r.victimNotMember()
	case f.Target == "ally":
		r.ally()
	case f.Kind == "threat":
		r.threat()
	case !f.Unprovoked:
		r.provoked()
	case !f.InFrame:
		r.outsideFrame()
	case f.Target == "colony":
		r.colony()
	default:
		r.routes()
	}
}

func (r *ruler) otherParty() {
	f := r.f
	r.step("art1", "%s is the pact's other party. Arts. 1–3 bind France and the USSR to consult and assist each other against a third State; they cannot oblige one party to assist against the other. A war between them would break their non-aggression pact of 29 November 1932 and fall to the League (Covenant Art. 11).", capital(f.agg()))
	r.decide(ObligeNone, fmt.Sprintf("Nothing is owed: %s is the pact's other party.", f.agg()), "art1", "art2", "art3")
}

func (r *ruler) notEuropean() {
	f := r.f
	r.step("art1", "Art. 1 (consultation) applies only to a threat or danger of aggression 'on the part of a European State' (« de la part d'un Etat européen »), and %s is not a European State.", f.agg())
	far := ""
	if f.aggressor.id == "japan" {
		far = " Japan in the Far East, the danger Moscow feared most, is outside the pact."
	}
	r.step("art2", "Arts. 2 and 3 (assistance) carry the same limit, so no route to assistance opens.%s", far)
	r.step("covenant-11", "The League remains: any war or threat of war is a matter of concern to the whole League (Covenant Art. 11), and the parties keep their Covenant duties (Art. 4).")
	r.decide(ObligeNone, fmt.Sprintf("Nothing is owed: %s is not a European State (Arts. 1–3).", f.agg()), "art1", "art2", "art3")
}

func (r *ruler) victimNotMember() {
	f := r.f
	r.step("covenant-10", "%s is not a League member at this date (it was admitted on 18 September 1934). Every route of the pact runs through the Covenant — Art. 1 through Covenant Art. 10, Art. 2 through Art. 15(7), Art. 3 through Arts. 16 and 17 — whose guarantees protect Members; the pact, written for two Members, cannot work for a non-member.", capital(f.victim()))
	r.decide(ObligeNone, fmt.Sprintf("Nothing is owed: %s is not yet a League member, and the pact works through the Covenant.", f.victim()), "art1", "art2", "art3")
}

func (r *ruler) ally() {
	f := r.f
	r.step("art1", "Arts. 1–3 protect France and the USSR themselves: each speaks of one of them being 'the object of' a threat or an aggression. A %s against an ally of %s is not one against %s.", f.Kind, f.victim(), f.victim())
	r.step("protocol-1", "Protocol point I (a PARAPHRASE: its official wording was not found) confines the assistance undertakings to aggression against either party's own territory — the usual summary; the exact words are unconfirmed.")
	r.step("", "An ally's defence is another treaty's business: for Czechoslovakia, the Czechoslovak–Soviet treaty of 16 May 1935, under which Soviet help was due only if France also came to Czechoslovakia's aid. The League may act under Covenant Art. 11.")
	r.decide(ObligeNone, fmt.Sprintf("Nothing is owed: the pact covers only France and the USSR themselves, not an ally of %s.", f.victim()), "art1", "protocol-1")
}

func (r *ruler) threat() {
	f := r.f
	r.step("art1", "A threat or danger of aggression by a European State against %s calls for consultation: under Art. 1, %s and %s must consult at once on the measures to be taken to observe Covenant Art. 10.", f.victim(), f.victim(), f.assisting())
	r.step("covenant-10", "Covenant Art. 10: Members undertake to respect and preserve against external aggression the territorial integrity and political independence of all Members; in case of any threat or danger of such aggression the Council advises on the means. The consultation prepares those means.")
	r.step("art2", "Arts. 2 and 3 (assistance) are not engaged: they need an actual aggression, not a threat.")
	r.step("art1", "Unlike Arts. 2 and 3, Art. 1 does not ask whether the threat is provoked.")
	if f.Target == "colony" {
		r.step("protocol-1", "The threat is to a colony. Art. 1 has no territorial limit — a threat to %s colony is a threat to %s — while protocol point I's 'own territory' limit (a PARAPHRASE; wording unconfirmed) would exclude assistance if it came to an attack. Contested.", f.victims(), f.victim())
	}
	if !f.InFrame {
		r.step("protocol-4", "Protocol point IV (a PARAPHRASE) confines the pact's undertakings to the planned three-party frame — in practice, Germany; against other European powers a party owes only abstention from helping the aggressor. That abstention clause speaks of an attack; this ruling keeps Art. 1's consultation for a threat, which the Article's words ('a European State') cover. Contested, since the protocol is known only as a paraphrase.")
	}
	if f.aggressor.id == "germany" && f.Victim == string(France) {
		r.step("versailles-43", "If the threat is German forces entering the demilitarised Rhineland zone (Versailles Arts. 42–43), that is Locarno's business: France may bring it before the Council (Locarno Art. 4(1)), and a flagrant breach with forces assembling in the zone allows immediate action (Locarno Arts. 2 and 4(3)). It is not an aggression against French territory, so under this pact it calls for consultation only.")
	}
	r.step("art4", "Art. 4: nothing in the pact restricts the League's duty to safeguard peace or the parties' obligations under the Covenant.")
	r.decide(ObligeConsultation, fmt.Sprintf("%s and %s must consult at once on the measures to observe Covenant Art. 10 (Art. 1).", capital(f.victim()), f.assisting()), "art1", "covenant-10")
}

func (r *ruler) provoked() {
	r.step("art2", "Art. 2 requires an unprovoked aggression (« agression non provoquée ») suffered 'notwithstanding the sincerely peaceful intentions of both countries'; this attack was provoked.")
	r.step("art3", "Art. 3 para. 1 carries the same condition. Para. 2 (aggression by a non-member, Covenant Art. 17) does not repeat the word 'unprovoked' in the English text, but it assumes 'the same obligation', read here as carrying para. 1's conditions with it. Contested.")
	r.step("art1", "Nor is Art. 1's consultation owed: the pact rests on the parties' peaceful intentions, and a party that provoked the war cannot call on the other to consult on its defence (contested: Art. 1 itself does not say 'unprovoked'). The League remains (Covenant Art. 11).")
	r.decide(ObligeNone, "Nothing is owed: the pact's assistance is for unprovoked aggression only (Arts. 2–3).", "art2", "art3")
}

func (r *ruler) outsideFrame() {
	f := r.f
	frame := "the planned three-party agreement between the USSR, France and Germany — in practice, aggression by Germany"
	if f.Terms.Kind == Multilateral {
		frame = "the regional pact these terms conclude — the Eastern Pact of the USSR, Germany, Poland, Czechoslovakia, Finland and the Baltic states (a game hypothesis: that pact was never concluded)"
	}
	r.step("protocol-4", "Protocol point IV (a PARAPHRASE; its last part is known from a Russian fragment) confines the pact's undertakings to the limits of %s. %s is outside that frame.", frame, capital(f.agg()))
	r.step("protocol-4", "For an attack by a European power outside the frame, each party owes the other only abstention: recalling their non-aggression pact of 29 November 1932, %s must refrain for the whole conflict from any direct or indirect aid or support to %s.", f.assisting(), f.agg())
	r.step("art2", "So neither Art. 2 nor Art. 3 obliges %s to assist %s against %s; nor, on this reading, does Art. 1's consultation, which the protocol's limits also reach (contested: the protocol is known only as a paraphrase).", f.assisting(), f.victim(), f.agg())
	r.nonAssist = true
	r.decide(ObligeNone, fmt.Sprintf("No assistance is owed against %s, which is outside protocol point IV's frame; %s must only refrain from helping it.", f.agg(), f.assisting()), "protocol-4")
}

func (r *ruler) colony() {
	f := r.f
	r.step("protocol-1", "The attack falls on a colony of %s. Protocol point I (a PARAPHRASE; wording unconfirmed) is summarised as confining the assistance undertakings to aggression against either party's own territory — usually read as its home territory — so Arts. 2–3 give no assistance here.", f.victim())
	r.step("art2", "Contested: a colony is under %s sovereignty, and Arts. 2–3 speak only of %s being 'the object of' an aggression. The ruling follows the protocol as summarised.", f.victims(), f.victim())
	r.step("art1", "Art. 1 has no territorial limit: an aggression against %s colony is at least a danger of aggression against %s, so the parties consult at once on the measures to observe Covenant Art. 10.", f.victims(), f.victim())
	r.step("art4", "Art. 4: the parties' Covenant duties stand in any case.")
	r.decide(ObligeConsultation, fmt.Sprintf("No assistance for a colony (protocol point I, contested); %s and %s consult under Art. 1.", f.victim(), f.assisting()), "art1", "covenant-10", "protocol-1")
}

// routes weighs Arts. 2 and 3 for an unprovoked aggression against a party's own territory by a
// European State within the pact's frame, then the Locarno brake.
func (r *ruler) routes() {
	f := r.f
	r.step("art3", "The aggression is unprovoked, by a European State within the pact's frame, against %s own territory: the conditions Arts. 2 and 3 share are met. The route depends on the League Council and on whether %s is a League member.", f.victims(), f.agg())
	auto := f.Terms.Automaticity
	if auto == AutoCouncil && f.Council != "recommends_assistance" {
		r.step("art3", "Under 'council' terms (Laval's first demand, not the signed text) assistance waits on a Council recommendation, and the Council %s. Neither Art. 2, which these terms subordinate to the Council, nor Art. 3 obliges assistance yet.", councilPhrase[f.Council])
		r.step("art1", "Meanwhile the aggression is at the least a danger of aggression against %s: under Art. 1 the parties consult at once on the measures to observe Covenant Art. 10, and press the Council to recommend.", f.victim())
		r.closing()
		r.decide(ObligeConsultation, fmt.Sprintf("Under 'council' terms assistance waits on a Council recommendation; until then %s and %s consult (Art. 1).", f.victim(), f.assisting()), "art1", "covenant-10")
		return
	}
	if auto == AutoCouncil {
		r.step("art3", "Under 'council' terms (Laval's first demand, not the signed text) assistance follows only a Council recommendation — and the Council has recommended it.")
	}
	if auto == AutoAutomatic {
		r.step("art3", "Under 'automatic' terms (the Barthou–Litvinov conception, not the signed text) assistance is immediate on an unprovoked aggression, whatever the Council does or fails to do.")
	}
	if f.Council == "no_unanimity" && auto != AutoCouncil {
		r.art2()
	} else {
		r.art3()
	}
	if f.Victim == string(France) && f.aggressor.id == "germany" {
		r.step("locarno-4", "Apart from the pact, France has Locarno's guarantee: against a flagrant violation of Locarno Art. 2, Britain and Italy undertake to come at once to its help (Locarno Art. 4(3)).")
	}
	if f.Assisting == France && f.aggressor.id == "germany" {
		r.locarnoBrake()
	}
	r.closing()
}

func (r *ruler) art2() {
	f := r.f
	r.step("art2", "Art. 2 applies: the Council has failed to reach a report unanimously agreed by its members other than the parties' representatives — the circumstances of Covenant Art. 15(7), in which Members 'reserve to themselves the right to take such action as they shall consider necessary'. %s must immediately lend %s aid and assistance.", capital(f.assisting()), f.victim())
	r.step("covenant-15-7", "Covenant Art. 15(7) is the gap in the League's machinery that Art. 2 fills: where the Council cannot agree, the pact turns the Members' liberty to act into a duty to assist.")
	if f.AggressorMember {
		r.step("art3", "Art. 3 is not needed; it may apply as well if %s went to war before the three months Covenant Art. 12 requires after the Council's report, which would be war in disregard of the Covenant (Art. 16).", f.agg())
		r.decide(ObligeAssistance, fmt.Sprintf("%s must immediately aid and assist %s: the Council failed to agree (Art. 2, Covenant Art. 15(7)).", capital(f.assisting()), f.victim()), "art2", "covenant-15-7")
	} else {
		r.step("covenant-17", "%s is not a League member: the Council's Art. 15 procedure reaches it through Covenant Art. 17(1), which invites a non-member to accept the obligations of membership for the dispute; having accepted, it stands where a member would. Art. 3 para. 2, which presupposes a refusal (Art. 17(3)), is therefore not the route.", capital(f.agg()))
		r.decide(ObligeAssistance, fmt.Sprintf("%s must immediately aid and assist %s: the Council failed to agree (Art. 2, Covenant Arts. 15(7) and 17(1)).", capital(f.assisting()), f.victim()), "art2", "covenant-15-7", "covenant-17")
	}
	r.route = "art2"
}

func (r *ruler) art3() {
	f := r.f
	why2 := map[string]string{
		"none":                  "the Council has not acted",
		"unanimous":             "the Council has reached a unanimous report",
		"recommends_assistance": "the Council has agreed on a recommendation",
		"no_unanimity":          "these terms subordinate it to a Council recommendation",
	}[f.Council]
	r.step("art2", "Art. 2 does not apply: %s, so the circumstances of Covenant Art. 15(7) — a Council failing to reach a unanimous report — are absent.", why2)
	auto := f.Terms.Automaticity
	if f.AggressorMember {
		r.step("art3", "Art. 3 para. 1 applies: %s, a League member resorting to war in disregard of its covenants under Covenant Arts. 12, 13 or 15, is 'ipso facto deemed to have committed an act of war against all other Members' (Covenant Art. 16(1)). %s must immediately come to %s aid and assistance in application of Art. 16.", f.agg(), capital(f.assisting()), f.victims())
		r.step("covenant-16", "Covenant Art. 16: every Member at once severs trade and financial relations with the covenant-breaker; the Council recommends the military contribution (16(2)); Members afford passage to forces protecting the Covenant (16(3)).")
		r.decide(ObligeAssistance, fmt.Sprintf("%s must immediately aid and assist %s against a League member at war in breach of the Covenant (Art. 3 para. 1, Covenant Art. 16).", capital(f.assisting()), f.victim()), "art3", "covenant-16")
	} else {
		note := "as the situation states"
		if f.MemberFrom == "date" {
			note = "at this date"
		}
		r.step("art3", "Art. 3 para. 1 does not apply: %s is not a League member (%s).", f.agg(), note)
		r.step("art3", "Art. 3 para. 2 applies: a non-member invited to accept the obligations of membership for the dispute (Covenant Art. 17(1)) that refuses and resorts to war against a Member is subject to Art. 16 (Art. 17(3)). %s owes %s the same immediate aid and assistance. (The English text of para. 2 does not repeat 'unprovoked'; this aggression is unprovoked in any case.)", capital(f.assisting()), f.victim())
		r.step("covenant-17", "Were %s to accept the invitation instead, Covenant Arts. 12–16 would apply to it as to a member: the Council's procedure would run, and assistance would follow under Art. 2 (if the Council failed to agree) or Art. 3 para. 1.", f.agg())
		r.decide(ObligeAssistance, fmt.Sprintf("%s must immediately aid and assist %s against a non-member at war (Art. 3 para. 2, Covenant Art. 17(1),(3)).", capital(f.assisting()), f.victim()), "art3", "covenant-17")
	}
	switch {
	case auto == AutoAutomatic:
	case f.Council == "recommends_assistance":
		r.step("protocol-1", "Protocol point I (a PARAPHRASE): the parties comply at once with the Council's recommendations under Covenant Art. 16 — here it recommends assistance, so %s acts on it immediately.", f.assisting())
		r.cite("protocol-1")
	default:
		r.step("protocol-1", "Protocol point I (a PARAPHRASE): the parties press the Council to recommend quickly, and if it makes no recommendation or reaches no unanimous decision the obligation of assistance is still to be carried out. The Council %s: the duty stands. This is the treaty's 'automatic' element — the one Germany called incompatible with Locarno.", councilPhrase[f.Council])
		r.cite("protocol-1")
	}
	r.route = "art3"
}

// locarnoBrake is protocol point II for France acting against Germany.
func (r *ruler) locarnoBrake() {
	f := r.f
	r.step("locarno-2", "France is bound by Locarno Art. 2 never to attack or invade Germany, save (1) in legitimate defence, (2) in pursuance of Covenant Art. 16, or (3) on a decision of the League Council or Assembly, or under Covenant Art. 15(7) against the State that attacked first.")
	r.cite("locarno-2")
	if f.month >= calendar.Of(1936, 3) {
		r.step("locarno-2", "Germany declared itself no longer bound by Locarno on 7 March 1936, and the Council found it in breach on 19 March. Whether Locarno still shielded Germany is doubtful; what the other Locarno powers would do still decides whether France would face them.")
	}
	if !f.Terms.LocarnoClause {
		who := "none of them opposes at present"
		if len(f.Opposing) > 0 {
			who = namesOf(f.Opposing) + " would treat French action as a breach of Locarno"
		}
		r.step("locarno-4", "These terms leave out protocol point II: France owes assistance even where acting would put it in breach of Locarno and bring the other Locarno powers to Germany's help (Locarno Art. 4) — %s.", who)
		r.cite("locarno-4")
		return
	}
	r.cite("protocol-2")
	switch {
	case f.Council == "recommends_assistance":
		r.step("protocol-2", "Here France would act on a Council recommendation — 'action as the result of a decision taken by the … Council' (Locarno Art. 2(3)): no breach of Locarno, so protocol point II (a PARAPHRASE) does not release France.")
		return
	case r.route == "art2":
		r.step("protocol-2", "Here France would act under Covenant Art. 15(7) against Germany, the State that attacked first (the aggression is unprovoked): Locarno Art. 2(3)'s exception covers it, so protocol point II (a PARAPHRASE) does not release France.")
		return
	}
	basis := "Germany, a member, having gone to war in breach of the Covenant"
	if !f.AggressorMember {
		basis = "Covenant Art. 17(3) having made Art. 16 applicable to Germany, a non-member"
	}
	r.step("locarno-2", "Here France would act without a Council decision, on its own finding that Art. 16 applies (%s). Whether that is 'action in pursuance of Article 16' under Locarno Art. 2(2) is what Germany disputed in 1935–36 — its memorandum of 7 March 1936 said the pact bound France to act 'as if neither the Covenant … nor the Rhine pact … were valid' — while France answered that the pact worked only within League procedure. Contested; the Locarno powers' positions decide.", basis)
	if len(f.Opposing) == 0 {
		r.step("locarno-4", "No Locarno power opposes (Britain %s, Italy %s, Belgium %s): none would treat French action as a violation calling for its help to Germany under Locarno Art. 4, so France is not exposed to sanctions and protocol point II does not release it.", position(f.Locarno.Britain), position(f.Locarno.Italy), position(f.Locarno.Belgium))
		return
	}
	r.step("locarno-4", "%s %s: as %s %s would treat French action as a violation of Locarno Art. 2 and owe Germany %s help under Locarno Art. 4 — 'sanctions of an international character'.", capital(namesOf(f.Opposing)),
		plural(f.Opposing, "opposes", "oppose"), plural(f.Opposing, "a Locarno power", "Locarno powers"), plural(f.Opposing, "it", "they"), plural(f.Opposing, "its", "their"))
	r.step("protocol-2", "Protocol point II (a PARAPHRASE; the quoted phrase's official wording is unconfirmed): the treaty is not to be applied in a way that, incompatible with a party's obligations under earlier published treaties, would expose it to such sanctions. France is released from assistance here.")
	r.step("art1", "Consultation exposes no one to sanctions: under Art. 1 the parties still consult at once on the measures to observe Covenant Art. 10.")
	r.obl, r.route = ObligeConsultation, ""
	r.arts = slices.DeleteFunc(r.arts, func(id string) bool {
		return slices.Contains([]string{"art2", "art3", "covenant-15-7", "covenant-16", "covenant-17", "protocol-1"}, id)
	})
	r.cite("art1", "covenant-10", "locarno-4")
	r.summary = fmt.Sprintf("Protocol point II releases France from assistance: %s would treat action against Germany without a Council decision as a breach of Locarno; the parties consult (Art. 1).", namesOf(f.Opposing))
}

// closing is the Art. 4 step that ends a ruling on the merits.
func (r *ruler) closing() {
	f := r.f
	extra := ""
	if f.AggressorMember {
		extra = fmt.Sprintf(" — including the economic sanctions every Member owes against %s under Covenant Art. 16(1)", f.agg())
	}
	r.step("art4", "Art. 4: nothing in the pact restricts the League's duty to safeguard peace or the parties' obligations under the Covenant%s.", extra)
}

func position(p string) string {
	if p == "" {
		return "neutral"
	}
	return p
}

func plural(ids []string, one, many string) string {
	if len(ids) == 1 {
		return one
	}
	return many
}

// namesOf joins state names: "Britain", "Britain and Italy", "Britain, Italy and Belgium".
func namesOf(ids []string) string {
	names := make([]string, len(ids))
	for i, id := range ids {
		names[i] = nameOf(id)
	}
	if len(names) <= 1 {
		return strings.Join(names, "")
	}
	return strings.Join(names[:len(names)-1], ", ") + " and " + names[len(names)-1]
}

// articleOrder is the canonical order of article ids: the treaty, its protocol, the Covenant,
// Locarno, Versailles. Texts() follows it, and so do a ruling's Articles.
var articleOrder = []string{
	"preamble", "art1", "art2", "art3", "art4", "art5",
	"protocol-1", "protocol-2", "protocol-3", "protocol-4",
	"covenant-1-3", "covenant-10", "covenant-11", "covenant-12", "covenant-13", "covenant-15", "covenant-15-7", "covenant-16", "covenant-17",
	"locarno-1", "locarno-2", "locarno-3", "locarno-4", "locarno-5", "locarno-8",
	"versailles-42", "versailles-43", "versailles-44",
}

func sortArticles(ids []string) {
	slices.SortStableFunc(ids, func(a, b string) int {
		return slices.Index(articleOrder, a) - slices.Index(articleOrder, b)
	})
}
