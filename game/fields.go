package game

import (
	"fmt"
	"slices"
	"strings"
)

// FieldKind is the type of a state field.
type FieldKind uint8

// Integer fields have a range; enum fields a list of values; names are free text (office holders).
const (
	IntField FieldKind = iota
	BoolField
	EnumField
	NameField
)

// Field is one addressable value of the state, by its path ("tension", "germany.rearmament",
// "relations.france.ussr", "germany.levers.risk_appetite", "poland.passage"). The one catalogue
// of fields serves effects (what data files may change), the report (labels and weights), the
// invariants (ranges) and the comparison of two states.
type Field struct {
	Path   string
	Label  string // "German rearmament"
	Kind   FieldKind
	Lo, Hi int      // for integer fields
	Enum   []string // for enum fields
	Weight int      // importance of one point of change, for sorting reports
	Power  Power    // the power the field belongs to, NumPowers if none

	intp  func(*State) *int
	boolp func(*State) *bool
	strp  func(*State) *string
	pair  [2]Power // relations: the pair, set both ways
}

// IsRelation reports whether the field is a relation between two powers.
func (f *Field) IsRelation() bool { return f.pair[0] != f.pair[1] }

// Int reads an integer field.
func (f *Field) Int(s *State) int {
	if f.IsRelation() {
		return s.Relations.Get(f.pair[0], f.pair[1])
	}
	return *f.intp(s)
}

// Format reads any field as text.
func (f *Field) Format(s *State) string {
	switch f.Kind {
	case IntField:
		return fmt.Sprint(f.Int(s))
	case BoolField:
		return fmt.Sprint(*f.boolp(s))
	}
	return *f.strp(s)
}

// Bool reads a boolean field.
func (f *Field) Bool(s *State) bool { return *f.boolp(s) }

// Str reads an enum or name field.
func (f *Field) Str(s *State) string { return *f.strp(s) }

// setInt writes an integer field, clamped to its range; it returns the value written.
func (f *Field) setInt(s *State, v int) int {
	v = min(max(v, f.Lo), f.Hi)
	if f.IsRelation() {
		s.Relations.Set(f.pair[0], f.pair[1], v)
	} else {
		*f.intp(s) = v
	}
	return v
}

// Catalogue is the set of fields of a scenario's state, sorted by path.
type Catalogue struct {
	fields []Field
	byPath map[string]*Field
	powers [NumPowers]powerFields
}

// powerFields are the fields of one power the engine itself changes every month.
type powerFields struct {
	influence, stability, prestige, industry, readiness *Field
}

// Lookup finds a field by path. A relation may be named in either order: relations.britain.france
// is relations.france.britain.
func (c *Catalogue) Lookup(path string) (*Field, bool) {
	if f, ok := c.byPath[path]; ok {
		return f, true
	}
	if rest, ok := strings.CutPrefix(path, "relations."); ok {
		if a, b, ok := strings.Cut(rest, "."); ok {
			pa, errA := ParsePower(a)
			pb, errB := ParsePower(b)
			if errA == nil && errB == nil && pa > pb {
				path = "relations." + b + "." + a
			}
		}
	}
	i, ok := slices.BinarySearchFunc(c.fields, path, func(f Field, p string) int { return cmpString(f.Path, p) })
	if !ok {
		return nil, false
	}
	return &c.fields[i], true
}

// All lists the fields in path order.
func (c *Catalogue) All() []Field { return c.fields }

// Paths lists every path, for suggestions.
func (c *Catalogue) Paths() []string {
	out := make([]string, len(c.fields))
	for i, f := range c.fields {
		out[i] = f.Path
	}
	return out
}

// newCatalogue builds the fields of a state shaped like s (its minors and its powers' levers).
func newCatalogue(s *State) *Catalogue {
	var fs []Field
	add := func(f Field) { fs = append(fs, f) }
	g := func(path, label string, lo, hi, weight int, p func(*State) *int) {
		add(Field{Path: path, Label: label, Kind: IntField, Lo: lo, Hi: hi, Weight: weight, Power: NumPowers, intp: p})
	}
	e := func(path, label string, values []string, weight int, p func(*State) *string) {
		add(Field{Path: path, Label: label, Kind: EnumField, Enum: values, Weight: weight, Power: NumPowers, strp: p})
	}
	g("tension", "European tension", 0, 100, 5, func(s *State) *int { return &s.Global.Tension })
	g("league_credibility", "League credibility", 0, 100, 3, func(s *State) *int { return &s.Global.LeagueCredibility })
	g("locarno", "Locarno's integrity", 0, 100, 3, func(s *State) *int { return &s.Global.Locarno })
	g("lobbying", "lobbying of the Chamber for the pact", 0, 100, 2, func(s *State) *int { return &s.Global.Lobbying })
	e("rhineland", "the Rhineland", RhinelandValues, 40, func(s *State) *string { return &s.Global.Rhineland })
	e("saar", "the Saar", SaarValues, 20, func(s *State) *string { return &s.Global.Saar })
	e("stresa", "the Stresa front", StresaValues, 25, func(s *State) *string { return &s.Global.Stresa })
	e("ethiopia", "Ethiopia", EthiopiaValues, 25, func(s *State) *string { return &s.Global.Ethiopia })
	e("austria", "Austria", AustriaValues, 25, func(s *State) *string { return &s.Global.Austria })
	e("spain", "Spain", SpainValues, 25, func(s *State) *string { return &s.Global.Spain })

	for _, p := range Powers {
		p := p
		id, adj := p.ID(), p.Adjective()
		pi := func(path, label string, lo, hi, weight int, get func(*PowerState) *int) {
			add(Field{Path: id + "." + path, Label: adj + " " + label, Kind: IntField, Lo: lo, Hi: hi, Weight: weight, Power: p,
				intp: func(s *State) *int { return get(&s.Powers[p]) }})
		}
		pn := func(path, label string, get func(*PowerState) *string) {
			add(Field{Path: id + "." + path, Label: adj + " " + label, Kind: NameField, Weight: 30, Power: p,
				strp: func(s *State) *string { return get(&s.Powers[p]) }})
		}
		pn("head_of_state", "head of state", func(ps *PowerState) *string { return &ps.HeadOfState })
		pn("head_of_government", "head of government", func(ps *PowerState) *string { return &ps.HeadOfGovernment })
		pn("foreign_minister", "foreign minister", func(ps *PowerState) *string { return &ps.ForeignMinister })
		pi("army", "army (divisions)", 0, 400, 1, func(ps *PowerState) *int { return &ps.Army })
		pi("air", "air strength (aircraft)", 0, 10000, 0, func(ps *PowerState) *int { return &ps.Air })
		pi("readiness", "readiness", 0, 100, 2, func(ps *PowerState) *int { return &ps.Readiness })
		pi("industry", "industry", 0, 100, 2, func(ps *PowerState) *int { return &ps.Industry })
		pi("rearmament", "rearmament", 0, 100, 3, func(ps *PowerState) *int { return &ps.Rearmament })
		pi("stability", "stability", 0, 100, 3, func(ps *PowerState) *int { return &ps.Stability })
		pi("pacifism", "pacifism", 0, 100, 2, func(ps *PowerState) *int { return &ps.Pacifism })
		pi("anti_communism", "anti-communism", 0, 100, 2, func(ps *PowerState) *int { return &ps.AntiCommunism })
		pi("prestige", "prestige", 0, 100, 3, func(ps *PowerState) *int { return &ps.Prestige })
		pi("influence", "influence", 0, MaxInfluence, 1, func(ps *PowerState) *int { return &ps.Influence })
		add(Field{Path: id + ".league", Label: adj + " membership of the League", Kind: BoolField, Weight: 30, Power: p,
			boolp: func(s *State) *bool { return &s.Powers[p].League }})
		for i, l := range s.Powers[p].Levers {
			i := i
			add(Field{Path: id + ".levers." + l.Name, Label: adj + " " + leverLabel(l.Name), Kind: IntField,
				Lo: 0, Hi: 100, Weight: 2, Power: p, intp: func(s *State) *int { return &s.Powers[p].Levers[i].Value }})
		}
	}
	for i, a := range Powers {
		for _, b := range Powers[i+1:] {
			add(Field{Path: "relations." + a.ID() + "." + b.ID(), Label: relationLabel(a, b), Kind: IntField,
				Lo: -100, Hi: 100, Weight: 2, Power: a, pair: [2]Power{a, b}})
		}
	}
	alignments := append(PowerIDs(), "neutral")
	for i, m := range s.Minors {
		i := i
		add(Field{Path: m.ID + ".alignment", Label: m.Name + "'s alignment", Kind: EnumField, Enum: alignments, Weight: 15, Power: NumPowers,
			strp: func(s *State) *string { return &s.Minors[i].Alignment }})
		add(Field{Path: m.ID + ".passage", Label: m.Name + "'s passage for Soviet troops", Kind: BoolField, Weight: 20, Power: NumPowers,
			boolp: func(s *State) *bool { return &s.Minors[i].Passage }})
		add(Field{Path: m.ID + ".stability", Label: m.Name + "'s stability", Kind: IntField, Lo: 0, Hi: 100, Weight: 1,
			Power: NumPowers, intp: func(s *State) *int { return &s.Minors[i].Stability }})
	}
	slices.SortFunc(fs, func(a, b Field) int { return cmpString(a.Path, b.Path) })
	c := &Catalogue{fields: fs, byPath: make(map[string]*Field, len(fs))}
	for i := range c.fields {
		c.byPath[c.fields[i].Path] = &c.fields[i]
	}
	for _, p := range Powers {
		id := p.ID() + "."
		c.powers[p] = powerFields{influence: c.byPath[id+"influence"], stability: c.byPath[id+"stability"],
			prestige: c.byPath[id+"prestige"], industry: c.byPath[id+"industry"], readiness: c.byPath[id+"readiness"]}
	}
	return c
}

// properWords are the words of lever names that are names ("berlin_track" reads "Berlin track").
var properWords = map[string]string{"berlin": "Berlin", "britain": "Britain", "france": "France", "italy": "Italy",
	"germany": "Germany", "league": "League", "stresa": "Stresa", "german": "German", "soviet": "Soviet",
	"ussr": "USSR", "belgium": "Belgium", "london": "London", "paris": "Paris", "moscow": "Moscow", "rome": "Rome"}

// leverLabel is a lever's name in words: "italy_vs_league" reads "Italy vs League".
func leverLabel(name string) string {
	words := strings.Split(name, "_")
	for i, w := range words {
		if p, ok := properWords[w]; ok {
			words[i] = p
		}
	}
	return strings.Join(words, " ")
}

// relationLabel is "Franco-Soviet relations" and the like.
func relationLabel(a, b Power) string {
	prefix := [NumPowers]string{"Franco", "Soviet", "German", "Anglo", "Italo", "Belgo"}
	names := [NumPowers]string{"French", "Soviet", "German", "British", "Italian", "Belgian"}
	if a == USSR {
		return "Soviet–" + names[b] + " relations"
	}
	return prefix[a] + "-" + names[b] + " relations"
}
