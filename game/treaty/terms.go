package treaty

import (
	"fmt"
	"strings"
)

// HistoricalTerms are the terms signed in Paris on 2 May 1935: a bilateral treaty whose assistance
// runs through the Covenant but, by protocol point I, stands even if the Council fails to
// recommend; the Locarno brake of protocol point II; no military convention; five years (Art. 5).
func HistoricalTerms() Terms {
	return Terms{Kind: Bilateral, Automaticity: AutoProtocol, LocarnoClause: true, Convention: ConventionNone, DurationYears: 5}
}

// Duration bounds for the first term of the pact (Art. 5 sets five years).
const (
	MinDurationYears = 1
	MaxDurationYears = 20
)

var (
	kinds          = []string{string(Multilateral), string(Bilateral)}
	automaticities = []string{string(AutoCouncil), string(AutoProtocol), string(AutoAutomatic)}
	conventions    = []string{string(ConventionNone), string(ConventionStaff), string(ConventionFull)}
)

// Validate reports the first clause of t that is not a legal value.
func (t Terms) Validate() error {
	if f, msg := t.check(); f != "" {
		return fmt.Errorf("treaty: terms: %s %s", f, msg)
	}
	return nil
}

// check is the clause at fault in t and why, or "" when t is legal.
func (t Terms) check() (field, msg string) {
	switch {
	case !oneOf(string(t.Kind), kinds):
		return "kind", fmt.Sprintf("%q is not one of %s", t.Kind, strings.Join(kinds, ", "))
	case !oneOf(string(t.Automaticity), automaticities):
		return "automaticity", fmt.Sprintf("%q is not one of %s", t.Automaticity, strings.Join(automaticities, ", "))
	case !oneOf(string(t.Convention), conventions):
		return "convention", fmt.Sprintf("%q is not one of %s", t.Convention, strings.Join(conventions, ", "))
	case t.DurationYears < MinDurationYears || t.DurationYears > MaxDurationYears:
		return "duration_years", fmt.Sprintf("%d is outside %d…%d", t.DurationYears, MinDurationYears, MaxDurationYears)
	}
	return "", ""
}

func oneOf(s string, set []string) bool {
	for _, x := range set {
		if s == x {
			return true
		}
	}
	return false
}

// String is the terms in a few words: "bilateral, protocol automaticity, Locarno clause, no
// convention, 5 years".
func (t Terms) String() string {
	locarno := "Locarno clause"
	if !t.LocarnoClause {
		locarno = "no Locarno clause"
	}
	conv := map[Convention]string{ConventionNone: "no convention", ConventionStaff: "staff talks", ConventionFull: "full military convention"}[t.Convention]
	if conv == "" {
		conv = "convention " + string(t.Convention)
	}
	return fmt.Sprintf("%s, %s automaticity, %s, %s, %d years", t.Kind, t.Automaticity, locarno, conv, t.DurationYears)
}

// The families of French parliamentary groups. Each group of the Chamber and the Senate belongs
// to one, and the terms and the climate move a group through its family's weights.
const (
	FamCommunists = "communists"
	FamSocialists = "socialists"
	FamRadicals   = "radicals"
	FamCentreLeft = "centre-left"
	FamChristian  = "christian-democrats"
	FamCentreRght = "centre-right"
	FamRight      = "right"
)

// Families lists the families in id order (the order of Effects.Groups).
func Families() []string {
	return []string{FamCentreLeft, FamCentreRght, FamChristian, FamCommunists, FamRadicals, FamRight, FamSocialists}
}

// termEffect is one row of the terms table of the package doc: what one clause (compared with the
// historical one) does.
type termEffect struct {
	why                                       string
	deterrence, pretext                       int
	london, rome, brussels, warsaw, berlin    int
	communists, socialists, radicals          int // group support, percentage points
	centreLeft, christian, centreRight, right int
}

// baseEffect is the historical treaty's own effect (bilateral, protocol, Locarno clause, no
// convention, five years).
var baseEffect = termEffect{
	why:        "the historical treaty of 2 May 1935",
	deterrence: 10, pretext: 40,
	london: -5, rome: -5, brussels: -5, warsaw: -10, berlin: -20,
}

// The rows of the terms table, by clause. Values are design choices argued from choices.md
// (fr-1935-04-treaty-terms, H-04, §1.1 "teeth versus votes"), not historical measurements.
var (
	effMultilateral = termEffect{
		why:        "multilateral: Germany is invited into an Eastern Locarno, so the pact is not 'directed against Germany'",
		deterrence: 5, pretext: -30,
		london: 10, rome: 3, brussels: 5, warsaw: -5, berlin: 10,
		communists: 0, socialists: 2, radicals: 3, centreLeft: 3, christian: 5, centreRight: 6, right: 4,
	}
	effCouncil = termEffect{
		why:        "assistance only on a Council recommendation (Laval's first demand): safer, weaker",
		deterrence: -5, pretext: -15,
		london: 5, rome: 3, brussels: 5, warsaw: 3, berlin: 5,
		communists: -3, socialists: -1, radicals: 3, centreLeft: 2, christian: 4, centreRight: 6, right: 3,
	}
	effAutomatic = termEffect{
		why:        "fully automatic assistance (the Barthou–Litvinov conception): stronger, and Germany's 'incompatible with Locarno' case gets easier",
		deterrence: 10, pretext: 25,
		london: -10, rome: -5, brussels: -10, warsaw: -5, berlin: -15,
		communists: 2, socialists: 1, radicals: -5, centreLeft: -4, christian: -5, centreRight: -8, right: -6,
	}
	effNoLocarno = termEffect{
		why:        "no Locarno brake: France could be put in breach of Locarno, exactly Germany's charge",
		deterrence: 5, pretext: 30,
		london: -15, rome: -10, brussels: -10, warsaw: 0, berlin: -10,
		communists: 0, socialists: -1, radicals: -5, centreLeft: -4, christian: -6, centreRight: -10, right: -5,
	}
	effStaff = termEffect{
		why:        "staff talks: some machinery behind the words; the right's fear of a Red alliance grows",
		deterrence: 10, pretext: 10,
		london: -5, rome: -3, brussels: -5, warsaw: -10, berlin: -10,
		communists: 2, socialists: 0, radicals: -2, centreLeft: -2, christian: -4, centreRight: -6, right: -5,
	}
	effFull = termEffect{
		why:        "a full military convention: deterrence and pretext rise together (H-04); Warsaw and Brussels take fright",
		deterrence: 20, pretext: 25,
		london: -15, rome: -5, brussels: -15, warsaw: -20, berlin: -20,
		communists: 4, socialists: -2, radicals: -6, centreLeft: -5, christian: -8, centreRight: -12, right: -10,
	}
)

// durationEffect is the row for a first term of years instead of five: each year more binds
// France longer (deterrence +1, pretext +1, Berlin −1, the centre-right, the Christian democrats
// and the right −1 point of support), each year less the reverse, up to five years either way.
func durationEffect(years int) termEffect {
	d := max(-5, min(5, years-5))
	return termEffect{
		why:        fmt.Sprintf("a first term of %d years instead of five (Art. 5)", years),
		deterrence: d, pretext: d, berlin: -d,
		christian: -d, centreRight: -d, right: -d,
	}
}

// rows are the term effects of t, the historical treaty's first.
// Weights are the terms' Effects without the parliamentary groups' shifts and their reasons: the
// figures the engine reads every month, computed without allocating.
func (t Terms) Weights() Effects {
	var buf [8]termEffect
	return sumRows(t.appendRows(buf[:0]))
}

// sumRows adds up the figures of the rows.
func sumRows(rows []termEffect) Effects {
	var e Effects
	for _, r := range rows {
		e.Deterrence += r.deterrence
		e.Pretext += r.pretext
		e.London += r.london
		e.Rome += r.rome
		e.Brussels += r.brussels
		e.Warsaw += r.warsaw
		e.Berlin += r.berlin
	}
	e.Deterrence, e.Pretext = max(0, e.Deterrence), max(0, e.Pretext)
	return e
}

func (t Terms) rows() []termEffect { return t.appendRows(nil) }

func (t Terms) appendRows(rows []termEffect) []termEffect {
	rows = append(rows, baseEffect)
	if t.Kind == Multilateral {
		rows = append(rows, effMultilateral)
	}
	switch t.Automaticity {
	case AutoCouncil:
		rows = append(rows, effCouncil)
	case AutoAutomatic:
		rows = append(rows, effAutomatic)
	}
	if !t.LocarnoClause {
		rows = append(rows, effNoLocarno)
	}
	switch t.Convention {
	case ConventionStaff:
		rows = append(rows, effStaff)
	case ConventionFull:
		rows = append(rows, effFull)
	}
	if t.DurationYears != 5 && t.DurationYears != 0 {
		rows = append(rows, durationEffect(t.DurationYears))
	}
	return rows
}

func (e termEffect) family(f string) int {
	switch f {
	case FamCommunists:
		return e.communists
	case FamSocialists:
		return e.socialists
	case FamRadicals:
		return e.radicals
	case FamCentreLeft:
		return e.centreLeft
	case FamChristian:
		return e.christian
	case FamCentreRght:
		return e.centreRight
	case FamRight:
		return e.right
	}
	return 0
}

// termShift is the support shift of a family under t, in percentage points (0 for the historical
// terms), with the reasons that are not zero.
func (t Terms) termShift(f string) int {
	s := 0
	for _, r := range t.rows()[1:] {
		s += r.family(f)
	}
	return s
}

// Effects of a set of terms, by the table in the package doc: deterrence and pretext are levels
// for the pact as a whole; the reactions are relations points; Groups gives each family's support
// shift against the historical terms.
func (t Terms) Effects() Effects {
	rows := t.rows()
	e := sumRows(rows)
	for _, f := range Families() {
		var whys []string
		shift := 0
		for _, r := range rows[1:] {
			if v := r.family(f); v != 0 {
				shift += v
				whys = append(whys, fmt.Sprintf("%+d %s", v, r.why))
			}
		}
		why := "as the historical terms"
		if len(whys) > 0 {
			why = strings.Join(whys, "; ")
		}
		e.Groups = append(e.Groups, GroupShift{Group: f, Shift: shift, Why: why})
	}
	return e
}
