package screens

import (
	"encoding/json"
	"fmt"
	"slices"
	"strings"

	"github.com/pactgame/pact/game"
	"github.com/pactgame/pact/game/calendar"
	"github.com/pactgame/pact/game/treaty"
	c "github.com/pactgame/pact/ui/components"
)

// Builder is the Treaty lab's situation builder: a form of fields, each a choice among fixed
// options, that makes a treaty.Situation — exactly what `pact treaty check` reads — and rules on
// it. Every combination of its options is a valid situation (the aggressor is never the victim).
type Builder struct {
	fields []sitField
	// game is the terms of the pact in the campaign being played (for the "this game's terms"
	// option); nil without a campaign.
	game *treaty.Terms
}

// sitField is one field of the builder.
type sitField struct {
	ID    string // the situation's field it sets
	Label string
	Opts  []sitOpt
	Cur   int
	// Note says why the field does not apply, when it does not (shown beside it, the value dimmed).
	Note func(b *Builder) string
	// Dim says when the field only shows values set elsewhere (the clauses of terms taken from
	// history or the game).
	Dim func(b *Builder) bool
}

// sitOpt is one option of a field: the value written in the situation and how it reads.
type sitOpt struct{ Value, Label string }

// The builder's fields, by id.
const (
	FAggressor  = "aggressor"
	FVictim     = "victim"
	FKind       = "kind"
	FProvoked   = "provoked"
	FTarget     = "target"
	FCouncil    = "council"
	FMember     = "member"
	FBritain    = "britain"
	FItaly      = "italy"
	FBelgium    = "belgium"
	FDate       = "date"
	FStatus     = "status"
	FTerms      = "terms"
	FTermKind   = "terms.kind"
	FAuto       = "terms.automaticity"
	FClause     = "terms.locarno_clause"
	FConvention = "terms.convention"
	FDuration   = "terms.duration_years"
	FPoland     = "poland"
	FRomania    = "romania"
	FReadiness  = "readiness"
)

// The first and last months the treaty module rules on.
var (
	sitFirst = calendar.Of(1934, 1)
	sitLast  = calendar.Of(1939, 8)
)

// AggressorIDs are the states the builder offers as aggressor: the six powers first, then every
// other state the treaty module knows, by id.
func AggressorIDs() []string {
	out := []string{"germany", "italy", "britain", "belgium", "france", "ussr"}
	for _, id := range treaty.StateIDs() {
		if !slices.Contains(out, id) {
			out = append(out, id)
		}
	}
	return out
}

// StateName is how a state id reads: the powers by their names, the others as the treaty module
// names them.
func StateName(id string) string {
	if p, err := game.ParsePower(id); err == nil {
		return p.Name()
	}
	if name, ok := treaty.StateName(id); ok {
		return name
	}
	return strings.ReplaceAll(id, "_", " ")
}

// NewBuilder makes the builder with its defaults: Germany attacks France's territory, unprovoked,
// in April 1936, the Council silent, the guarantors neutral, the pact and transit as history had
// them at the date.
func NewBuilder() *Builder {
	b := &Builder{}
	var aggr []sitOpt
	for _, id := range AggressorIDs() {
		aggr = append(aggr, sitOpt{id, StateName(id)})
	}
	var months []sitOpt
	for m := sitFirst; m <= sitLast; m = m.Add(1) {
		months = append(months, sitOpt{m.String(), m.Name()})
	}
	positions := []sitOpt{{"neutral", "neutral"}, {"support", "supports action"}, {"oppose", "opposes action"}}
	statuses := []sitOpt{{"", "as in history"}}
	for _, st := range []treaty.Status{treaty.StatusNone, treaty.StatusTalks, treaty.StatusAgreed, treaty.StatusSigned, treaty.StatusRatified,
		treaty.StatusInForce, treaty.StatusInvoked, treaty.StatusDenounced, treaty.StatusExpired, treaty.StatusCollapsed} {
		statuses = append(statuses, sitOpt{string(st), PactStatus(st)})
	}
	var years []sitOpt
	for y := treaty.MinDurationYears; y <= treaty.MaxDurationYears; y++ {
		years = append(years, sitOpt{fmt.Sprint(y), c.Plural(y, "year", "years")})
	}
	readiness := []sitOpt{{"", "not given"}}
	for r := 0; r <= 100; r += 10 {
		readiness = append(readiness, sitOpt{fmt.Sprint(r), fmt.Sprint(r)})
	}
	passage := []sitOpt{{"", "as in history"}, {"false", "refuses passage"}, {"true", "grants passage"}}
	threatNote := func(b *Builder) string {
		if b.Value(FKind) == "threat" {
			return "Art. 1 does not ask"
		}
		return ""
	}
	fromTerms := func(b *Builder) bool { return b.Value(FTerms) != "set" }
	b.fields = []sitField{
		{ID: FAggressor, Label: "Aggressor", Opts: aggr},
		{ID: FVictim, Label: "Victim", Opts: []sitOpt{{"france", "France"}, {"ussr", "the USSR"}}},
		{ID: FKind, Label: "Act", Opts: []sitOpt{{"attack", "attacks"}, {"threat", "threatens"}}},
		{ID: FProvoked, Label: "Provocation", Opts: []sitOpt{{"false", "unprovoked"}, {"true", "provoked"}}, Note: threatNote},
		{ID: FTarget, Label: "Target", Opts: []sitOpt{{"territory", "its territory"}, {"ally", "an ally"}, {"colony", "a colony"}}},
		{ID: FCouncil, Label: "League Council", Opts: []sitOpt{{"none", "has not acted"}, {"unanimous", "unanimous report"},
			{"no_unanimity", "no unanimity"}, {"recommends_assistance", "recommends aid"}}},
		{ID: FMember, Label: "Aggressor in League", Opts: []sitOpt{{"", "from the date"}, {"true", "a member"}, {"false", "not a member"}}},
		{ID: FBritain, Label: "Britain (Locarno)", Opts: positions},
		{ID: FItaly, Label: "Italy (Locarno)", Opts: positions},
		{ID: FBelgium, Label: "Belgium (Locarno)", Opts: positions},
		{ID: FDate, Label: "Date", Opts: months},
		{ID: FStatus, Label: "Pact status", Opts: statuses},
		{ID: FTerms, Label: "Terms", Opts: []sitOpt{{"history", "as signed in 1935"}, {"game", "this game's"}, {"set", "as set below"}}},
		{ID: FTermKind, Label: "  kind", Opts: []sitOpt{{string(treaty.Bilateral), "bilateral"}, {string(treaty.Multilateral), "multilateral"}}, Dim: fromTerms},
		{ID: FAuto, Label: "  assistance", Opts: []sitOpt{{string(treaty.AutoCouncil), "after the Council"}, {string(treaty.AutoProtocol), "protocol (historical)"},
			{string(treaty.AutoAutomatic), "automatic"}}, Dim: fromTerms},
		{ID: FClause, Label: "  Locarno clause", Opts: []sitOpt{{"true", "kept"}, {"false", "dropped"}}, Dim: fromTerms},
		{ID: FConvention, Label: "  convention", Opts: []sitOpt{{string(treaty.ConventionNone), "none"}, {string(treaty.ConventionStaff), "staff talks"},
			{string(treaty.ConventionFull), "full convention"}}, Dim: fromTerms},
		{ID: FDuration, Label: "  first term", Opts: years, Dim: fromTerms},
		{ID: FPoland, Label: "Poland", Opts: passage},
		{ID: FRomania, Label: "Romania", Opts: passage},
		{ID: FReadiness, Label: "Readiness", Opts: readiness},
	}
	b.Reset()
	return b
}

// Reset puts every field back to its default.
func (b *Builder) Reset() {
	for i := range b.fields {
		b.fields[i].Cur = 0
	}
	b.Set(FDate, "1936-04")
	b.SetTerms(treaty.HistoricalTerms())
	b.Set(FTerms, "history")
}

// SetGameTerms gives the builder the terms of the campaign in play (nil: no campaign).
func (b *Builder) SetGameTerms(t *treaty.Terms) {
	b.game = t
	if t == nil && b.Value(FTerms) == "game" {
		b.Set(FTerms, "history")
	}
}

// Fields is the number of fields; Field the i-th.
func (b *Builder) Fields() int { return len(b.fields) }

// Field is the i-th field: its id, label, the options' labels and the current option.
func (b *Builder) Field(i int) (id, label string, opts []string, cur int) {
	f := &b.fields[i]
	for _, o := range f.Opts {
		opts = append(opts, o.Label)
	}
	return f.ID, f.Label, opts, f.Cur
}

func (b *Builder) field(id string) *sitField {
	for i := range b.fields {
		if b.fields[i].ID == id {
			return &b.fields[i]
		}
	}
	panic("screens: no builder field " + id)
}

// Value is the value of a field's current option.
func (b *Builder) Value(id string) string {
	f := b.field(id)
	return f.Opts[f.Cur].Value
}

// Label is the label of a field's current option.
func (b *Builder) Label(id string) string {
	f := b.field(id)
	return f.Opts[f.Cur].Label
}

// Options is the number of options of a field.
func (b *Builder) Options(id string) int { return len(b.field(id).Opts) }

// Set chooses a field's option by value; it reports whether the value is one of its options.
func (b *Builder) Set(id, value string) bool {
	f := b.field(id)
	for i, o := range f.Opts {
		if o.Value == value {
			return b.SetIndex(id, i)
		}
	}
	return false
}

// SetIndex chooses a field's i-th option, keeping the situation valid: the aggressor is never
// the victim (choosing the victim as aggressor is refused; a victim that was the aggressor moves
// the aggressor to Germany), and changing a clause of the terms makes the terms "as set".
func (b *Builder) SetIndex(id string, i int) bool {
	f := b.field(id)
	if i < 0 || i >= len(f.Opts) {
		return false
	}
	v := f.Opts[i].Value
	switch id {
	case FAggressor:
		if v == b.Value(FVictim) {
			return false
		}
	case FVictim:
		if v == b.Value(FAggressor) {
			b.Set(FAggressor, "germany")
		}
	case FTerms:
		if v == "game" && b.game == nil {
			return false
		}
	case FTermKind, FAuto, FClause, FConvention, FDuration:
		if f.Cur != i {
			b.fields[b.index(FTerms)].Cur = 2 // "as set below"
		}
	}
	f.Cur = i
	if id == FTerms && v != "set" {
		b.SetTerms(b.terms())
		f.Cur = i
	}
	return true
}

func (b *Builder) index(id string) int {
	for i := range b.fields {
		if b.fields[i].ID == id {
			return i
		}
	}
	return -1
}

// Step moves a field's option by d, skipping options that cannot be chosen (the victim as
// aggressor; this game's terms without a game), stopping at the ends.
func (b *Builder) Step(id string, d int) bool {
	f := b.field(id)
	for i := f.Cur + d; i >= 0 && i < len(f.Opts); i += d {
		if b.SetIndex(id, i) {
			return true
		}
	}
	return false
}

// SetTerms shows a set of terms in the clause fields (without changing the Terms choice).
func (b *Builder) SetTerms(t treaty.Terms) {
	keep := b.field(FTerms).Cur
	set := func(id, v string) {
		f := b.field(id)
		for i, o := range f.Opts {
			if o.Value == v {
				f.Cur = i
			}
		}
	}
	set(FTermKind, string(t.Kind))
	set(FAuto, string(t.Automaticity))
	set(FClause, fmt.Sprint(t.LocarnoClause))
	set(FConvention, string(t.Convention))
	set(FDuration, fmt.Sprint(t.DurationYears))
	b.field(FTerms).Cur = keep
}

// terms are the terms the Terms field stands for.
func (b *Builder) terms() treaty.Terms {
	switch b.Value(FTerms) {
	case "game":
		if b.game != nil {
			return *b.game
		}
	case "set":
		var years int
		fmt.Sscan(b.Value(FDuration), &years)
		return treaty.Terms{Kind: treaty.Kind(b.Value(FTermKind)), Automaticity: treaty.Automaticity(b.Value(FAuto)),
			LocarnoClause: b.Value(FClause) == "true", Convention: treaty.Convention(b.Value(FConvention)), DurationYears: years}
	}
	return treaty.HistoricalTerms()
}

// Date is the situation's month.
func (b *Builder) Date() calendar.Month {
	m, _ := calendar.Parse(b.Value(FDate))
	return m
}

// Situation is the situation the form describes.
func (b *Builder) Situation() treaty.Situation {
	s := treaty.Situation{
		Date:       b.Date(),
		Victim:     b.Value(FVictim),
		Aggressor:  b.Value(FAggressor),
		Kind:       b.Value(FKind),
		Unprovoked: b.Value(FProvoked) == "false",
		Target:     b.Value(FTarget),
		League:     treaty.League{Council: b.Value(FCouncil)},
		Locarno:    &treaty.Locarno{Britain: b.Value(FBritain), Italy: b.Value(FItaly), Belgium: b.Value(FBelgium)},
	}
	if m := b.Value(FMember); m != "" {
		v := m == "true"
		s.League.AggressorMember = &v
	}
	status, custom := treaty.Status(b.Value(FStatus)), b.Value(FTerms) != "history"
	if status != "" || custom {
		if status == "" {
			status = treaty.HistoricalStatusAt(s.Date, 0)
		}
		s.Pact = &treaty.PactView{Status: status}
		if custom {
			t := b.terms()
			s.Pact.Terms = &t
		}
	}
	if pl, ro := b.Value(FPoland), b.Value(FRomania); pl != "" || ro != "" {
		s.Transit = &treaty.Transit{Poland: pl == "true", Romania: ro == "true"}
	}
	if r := b.Value(FReadiness); r != "" {
		var v int
		fmt.Sscan(r, &v)
		s.Readiness = &v
	}
	return s
}

// JSON is the situation as `pact treaty check` reads it.
func (b *Builder) JSON() []byte {
	data, err := json.Marshal(b.Situation())
	if err != nil {
		panic("screens: a situation that cannot be written: " + err.Error())
	}
	return data
}

// Ruling is the treaty module's ruling on the situation.
func (b *Builder) Ruling() treaty.Ruling { return treaty.Rule(b.Situation()) }

// Sentence says the situation in words: "Germany attacks the USSR's territory, unprovoked, in
// June 1936; the League Council has not reached unanimity."
func (b *Builder) Sentence() string {
	s := b.Situation()
	whom := StateName(s.Victim)
	switch s.Target {
	case "ally":
		whom = "an ally of " + whom
	case "colony":
		whom = "a colony of " + whom
	}
	act := "threatens"
	if s.Kind == "attack" {
		act = "attacks"
		if s.Unprovoked {
			act = "attacks, unprovoked,"
		} else {
			act = "attacks, provoked,"
		}
	}
	council := map[string]string{"none": "the League Council has not acted", "unanimous": "the Council reports unanimously",
		"no_unanimity": "the Council fails to reach unanimity", "recommends_assistance": "the Council recommends assistance"}[s.League.Council]
	return fmt.Sprintf("%s %s %s in %s; %s.", capitalise(StateName(s.Aggressor)), act, whom, s.Date.Name(), council)
}

func capitalise(s string) string {
	if s == "" {
		return s
	}
	return strings.ToUpper(s[:1]) + s[1:]
}
